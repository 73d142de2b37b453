/* hear_describe: how the prospect understood a line, in words for the
 * trainee (see hear_internal.h). */
#include "hear_internal.h"

#include <stdio.h>
#include <string.h>

/* The kind of move in a label set, for the trainee. */
static const char *move_phrase(unsigned labels)
{
    if (labels & AN_BIT(AN_NEXT_STEP))
        return "a request for a next step";
    if ((labels & AN_BIT(AN_REFLECTION)) && (labels & (AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION))))
        return "a reflection, then a question";
    if (labels & AN_BIT(AN_PROBE))
        return "a follow-up question";
    if (labels & AN_BIT(AN_OPEN_QUESTION))
        return "an open question";
    if (labels & AN_BIT(AN_CLOSED_QUESTION))
        return "a closed question";
    if (labels & AN_BIT(AN_REFLECTION))
        return "a reflection of what was said";
    if ((labels & AN_BIT(AN_FEATURE)) && (labels & AN_BIT(AN_BENEFIT)))
        return "a feature with what it does for them";
    if (labels & AN_BIT(AN_BENEFIT))
        return "what it would do for them";
    if (labels & AN_BIT(AN_FEATURE))
        return "a product pitch";
    if (labels & AN_BIT(AN_PURPOSE))
        return "why you called";
    if (labels & AN_BIT(AN_SELLER_FOCUS))
        return "talk about your own situation";
    if (labels & AN_BIT(AN_SMALL_TALK))
        return "small talk";
    return "a remark";
}

void hear_describe(const HearInput *in, const HearIntent *intent, HearResult *out)
{
    if (intent != NULL && intent->is_choice && intent->text != NULL) {
        snprintf(out->heard, sizeof out->heard, "the same as the option \"%s\"", intent->text);
        return;
    }
    const AnResult *a = in->analysis;
    /* the move the rule was listening for, else what the answered clause is */
    unsigned wanted = intent != NULL ? a->labels & (intent->when | intent->any) : 0;
    int clause = a->answered;
    if (wanted != 0 && a->clause_count > 1) {
        for (int c = a->answered >= 0 ? a->answered : (int)a->clause_count - 1; c >= 0; c--)
            if (a->clauses[c].labels & wanted) {
                clause = c;
                break;
            }
    }
    /* an ask closed by a yes/no question ("Then let's get it in front of Sam
     * before March. Could I walk Line 3 with you and Sam next Tuesday or
     * Thursday morning?"): the question is the ask the prospect answers, and
     * the one quoted (a closed question closing an ask, hear_clause.c) */
    if ((wanted & AN_BIT(AN_NEXT_STEP)) && a->answered >= 0 && clause >= 0 && clause < a->answered &&
        (size_t)a->answered < a->clause_count) {
        unsigned answered = a->clauses[a->answered].labels;
        if ((answered & AN_BIT(AN_CLOSED_QUESTION)) &&
            !(answered & (AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_PROBE) | AN_BIT(AN_FEATURE))))
            clause = a->answered;
    }
    unsigned labels = wanted;
    if (labels == 0)
        labels = clause >= 0 && (size_t)clause < a->clause_count ? a->clauses[clause].labels : a->labels;
    if (labels == 0)
        labels = a->labels;
    /* "a reflection, then a question" only when they sit in separate clauses */
    if (a->clause_count > 1 && (a->labels & AN_BIT(AN_REFLECTION)) && !(labels & AN_BIT(AN_REFLECTION)) &&
        (labels & (AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION))))
        labels |= AN_BIT(AN_REFLECTION);
    const char *phrase = move_phrase(labels);
    if (intent != NULL && intent->heard != NULL && intent->heard[0] != '\0') {
        snprintf(out->heard, sizeof out->heard, "%s - %s", phrase, intent->heard);
    } else if (a->clause_count > 1 && clause >= 0 && (size_t)clause < a->clause_count) {
        /* quote the part that was heard, cut on a character boundary */
        size_t start = a->clauses[clause].start < in->len ? a->clauses[clause].start : in->len;
        size_t end = a->clauses[clause].end < in->len ? a->clauses[clause].end : in->len;
        /* a clause cut at a dash keeps no space at its end */
        while (end > start && (in->text[end - 1] == ' ' || in->text[end - 1] == '\t'))
            end--;
        size_t length = end > start ? end - start : 0, cut = length;
        if (cut > 120) {
            cut = 120;
            while (cut > 0 && ((unsigned char)in->text[start + cut] & 0xC0) == 0x80) /* blanks keep ASCII */
                cut--;
        }
        const char *shown = in->shown != NULL ? in->shown : in->text; /* not the blanked copy */
        snprintf(out->heard, sizeof out->heard, "%s: \"%.*s%s\"", phrase, (int)cut, shown + start,
                 cut < length ? "..." : "");
    } else {
        snprintf(out->heard, sizeof out->heard, "%s", phrase);
    }
}

void hear_sentence(const HearResult *result, const char *listener, char *out, size_t size)
{
    const char *name = listener != NULL && listener[0] != '\0' ? listener : "The prospect";
    size_t length = strlen(result->heard);
    char last = length > 0 ? result->heard[length - 1] : '.';
    const char *stop = strchr(".?!\"", last) != NULL ? "" : ".";
    if (result->verdict == HEAR_CLARIFY) {
        switch (result->doubt) {
        case HEAR_DOUBT_EMPTY:
            snprintf(out, size, "%s heard nothing to answer.", name);
            break;
        case HEAR_DOUBT_NO_MOVE:
            snprintf(out, size, "%s could not make out a question, a reflection, a pitch or an ask.", name);
            break;
        case HEAR_DOUBT_LONG:
            snprintf(out, size, "%s heard a long speech with no one thing to answer.", name);
            break;
        case HEAR_DOUBT_NEAR_MISS:
            snprintf(out, size, "%s half understood (%s) and asks what you mean.", name, result->heard);
            break;
        default:
            snprintf(out, size, "%s heard %s but has no answer to it here, so asks what you mean.", name,
                     result->heard);
            break;
        }
    } else
        snprintf(out, size, "%s heard %s%s", name, result->heard, stop);
}
