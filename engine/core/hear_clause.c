/* hear_clause: reading a typed line for the question the prospect answers
 * (see hear_internal.h): which clause, whether a lead-in's words count, a
 * question asking when, people named to be left out, two questions joined,
 * a pitch then a question, a question in another language. */
#include "hear_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"

/* Text of the answered clause (or the whole line). */
void hear_answered_span(const HearInput *in, const char **text, size_t *len, unsigned *labels)
{
    const AnResult *a = in->analysis;
    *text = in->text;
    *len = in->len;
    *labels = a->labels;
    if (a->answered >= 0 && (size_t)a->answered < a->clause_count && a->clause_count > 1) {
        const AnClause *clause = &a->clauses[a->answered];
        size_t start = clause->start < in->len ? clause->start : in->len;
        size_t end = clause->end < in->len ? clause->end : in->len;
        *text = in->text + start;
        *len = end > start ? end - start : 0;
        *labels = clause->labels;
    }
}

/* Does the answered clause point back at what came before it ("What would
 * she need to see?", "How did that happen?", "Is it the same one?";
 * the lexicon's lists.answer_pointers)? */
static bool points_back(const Analyzer *analyzer, const char *text, size_t len)
{
    const char *const *back = an_list(analyzer, LEX_LIST_ANSWER_POINTERS);
    size_t i = 0;
    while (i < len) {
        while (i < len && !isalpha((unsigned char)text[i]))
            i++;
        size_t start = i;
        while (i < len && isalpha((unsigned char)text[i]))
            i++;
        for (size_t w = 0; back[w] != NULL && i > start; w++)
            if (strlen(back[w]) == i - start && strncasecmp(text + start, back[w], i - start) == 0)
                return true;
        /* "Tell me more.", "Can you say more?" */
        size_t rest = i;
        while (rest < len && !isalpha((unsigned char)text[rest]))
            rest++;
        if (rest == len && i - start == 4 && strncasecmp(text + start, "more", 4) == 0)
            return true;
    }
    return false;
}

/* Is the word at text[i] (i at a word start) `word`, whole? */
static bool word_is(const char *text, size_t len, size_t i, const char *word)
{
    size_t n = strlen(word);
    if (i + n > len)
        return false;
    /* the first letter alone turns down most words, before the whole compare */
    if (n > 0 && tolower((unsigned char)text[i]) != tolower((unsigned char)word[0]))
        return false;
    if (strncasecmp(text + i, word, n) != 0)
        return false;
    return i + n == len || !(isalpha((unsigned char)text[i + n]) || text[i + n] == '\'');
}

/* Does text (a clause) ask WHEN: "when could you switch?", "Timing-wise, when
 * in the year...", "how soon do you need it?", "what's your timeline?", "is
 * there a point on the calendar...". A "when" that opens a time clause is
 * not ("what happens when the season hits?", "when it breaks, who fixes
 * it?"): it asks when only followed by a verb of the question or "in". */
bool hear_asks_when(const char *text, size_t len)
{
    static const char *const after_when[] = {"do",    "does",  "did",   "is",    "are",  "was",  "were", "will",
                                             "would", "could", "can",   "should", "might", "must", "has",  "have",
                                             "in",    "exactly", "roughly", "ideally", "realistically", NULL};
    static const char *const phrases[] = {"when's",      "by when",   "how soon",   "how long do you have",  "how long have you got",
                                          "how long have we got", "how long until", "how long till", "how long before", "timeline", "timelines", "timeframe",
                                          "time frame",  "time-frame", "deadline",   "deadlines",   "what date",
                                          "which date",  "the calendar", "time of year", "time of the year",
                                          "what month",  "which month", "how far out", "timing",
                                          /* "is there a season when the big bids come in?" (r29 coffee skilled 7) */
                                          "a season when", "what season", "which season", "a month when", NULL};
    for (size_t i = 0; i < len; i++) {
        if (!isalpha((unsigned char)text[i]) || (i > 0 && (isalpha((unsigned char)text[i - 1]) || text[i - 1] == '\'')))
            continue;
        /* a second question joined on ("who else has a say, and by when?")
         * is not the one answered (see first_of_two) */
        if (i >= 2 && text[i - 2] == ',' && (word_is(text, len, i, "and") || word_is(text, len, i, "or")))
            return false;
        for (size_t p = 0; phrases[p] != NULL; p++)
            if (word_is(text, len, i, phrases[p]))
                return true;
        if (word_is(text, len, i, "when")) {
            size_t j = i + 4;
            while (j < len && (text[j] == ' ' || text[j] == ','))
                j++;
            /* the date of a thing they named ("when is the baby due?",
             * "when was your last audit?") is a question about that thing */
            static const char *const be[] = {"is", "was", "are", "were", NULL};
            static const char *const det[] = {"the", "your", "his", "her", "their", "our", NULL};
            for (size_t b = 0; be[b] != NULL; b++)
                if (word_is(text, len, j, be[b])) {
                    size_t k = j + strlen(be[b]);
                    while (k < len && text[k] == ' ')
                        k++;
                    for (size_t d = 0; det[d] != NULL; d++)
                        if (word_is(text, len, k, det[d]))
                            goto next;
                }
            for (size_t a = 0; after_when[a] != NULL; a++)
                if (word_is(text, len, j, after_when[a]))
                    return true;
        }
    next:;
    }
    return false;
}

/* Does a clause open with one of words, after any of skip ("and", "so",
 * "apart from"...)? */
static bool opens_with(const char *text, size_t len, const char *const *skip, const char *const *words)
{
    size_t i = 0;
    while (i < len) {
        while (i < len && !isalpha((unsigned char)text[i]))
            i++;
        if (i >= len)
            return false;
        for (size_t w = 0; words[w] != NULL; w++)
            if (word_is(text, len, i, words[w]))
                return true;
        size_t k = 0;
        while (skip[k] != NULL && !word_is(text, len, i, skip[k]))
            k++;
        if (skip[k] == NULL)
            return false;
        while (i < len && (isalpha((unsigned char)text[i]) || text[i] == '\''))
            i++;
    }
    return false;
}

/* Does a clause open with "when", after "and", "so", "but" or "then"
 * ("When you need it by?", "and when's that?")? A "when" clause that sets
 * the scene for the question after its comma ("When thirty-eight stores go
 * live, what changes for you in that kitchen?", "when they say yes, how
 * will you cope?") is a condition, not a question about when: "when" not
 * followed by a verb of the question, then a comma and a question word or
 * a verb opening a question that asks no when of its own. */
bool hear_opens_with_when(const char *text, size_t len)
{
    static const char *const skip[] = {"and", "so", "but", "then", "okay", "ok", "well", NULL};
    static const char *const when[] = {"when", "when's", NULL};
    if (!opens_with(text, len, skip, when))
        return false;
    static const char *const verbs[] = {"do", "does", "did", "is", "are", "was", "were", "will", "would", "could",
                                        "can", "should", "might", "must", "has", "have", "in", "exactly", "roughly",
                                        "ideally", "realistically", "by", NULL};
    static const char *const asks[] = {"what", "what's", "how", "how's", "who", "who's", "which", "where", "why",
                                       "whose", "do", "does", "did", "is", "are", "was", "were", "will", "would",
                                       "could", "can", "should", "has", "have", NULL};
    size_t i = 0;
    while (i < len && !word_is(text, len, i, "when"))
        i++; /* "when's" opens a question about when */
    if (i >= len)
        return true;
    size_t j = i + 4;
    while (j < len && text[j] == ' ')
        j++;
    if (j >= len || !isalpha((unsigned char)text[j]))
        return true; /* "When?", "when, roughly, ..." */
    for (size_t v = 0; verbs[v] != NULL; v++)
        if (word_is(text, len, j, verbs[v]))
            return true;
    for (size_t k = j; k < len; k++) {
        if (text[k] == '.' || text[k] == '?' || text[k] == '!')
            break;
        if (text[k] != ',' && text[k] != '-')
            continue;
        size_t q = k + 1;
        while (q < len && (text[q] == ' ' || text[q] == '-'))
            q++;
        for (size_t a = 0; asks[a] != NULL; a++)
            if (word_is(text, len, q, asks[a])) {
                /* (unless the question after it asks when too: "When it
                 * comes to choosing, who makes that call, and by when...") */
                for (size_t w = q; w < len; w++)
                    if ((w == 0 || !isalpha((unsigned char)text[w - 1])) && word_is(text, len, w, "when"))
                        return true;
                return false;
            }
    }
    return true;
}

/* Copies words (space-separated) into out without the word drop; false when
 * drop is not among them or out is too small (out is then unused). */
bool hear_drop_word(const char *words, const char *drop, char *out, size_t size)
{
    size_t len = strlen(words), n = strlen(drop), o = 0;
    bool dropped = false;
    if (len + 1 > size)
        return false;
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && words[end] != ' ')
            end++;
        if (end - i == n && strncasecmp(words + i, drop, n) == 0) {
            dropped = true;
        } else if (end > i) {
            if (o > 0)
                out[o++] = ' ';
            memcpy(out + o, words + i, end - i);
            o += end - i;
        }
        i = end + 1;
    }
    out[o] = '\0';
    return dropped;
}

/* Is an intent about timing: its words or what it is heard as name when,
 * or one of its examples asks when? */
bool hear_about_timing(const HearIntent *intent)
{
    static const char *const time_words[] = {"when",  "timeline", "timing", "deadline", "soon", "sooner",
                                             "date",  "timeframe", NULL};
    const char *w = intent->words;
    for (size_t i = 0; w != NULL && w[i] != '\0'; i++) {
        if (!isalpha((unsigned char)w[i]) || (i > 0 && isalpha((unsigned char)w[i - 1])))
            continue;
        for (size_t t = 0; time_words[t] != NULL; t++)
            if (word_is(w, strlen(w), i, time_words[t]))
                return true;
    }
    if (intent->heard != NULL && hear_asks_when(intent->heard, strlen(intent->heard)))
        return true;
    if (intent->heard != NULL && strncasecmp(intent->heard, "when ", 5) == 0)
        return true;
    for (size_t e = 0; e < intent->example_count; e++)
        if (intent->examples[e] != NULL && hear_asks_when(intent->examples[e], strlen(intent->examples[e])))
            return true;
    return false;
}

/* People and things named to be left out are not the topic: "Apart from you
 * and Tom, who else gets a say?" is not about Tom. The words after "apart
 * from", "aside from", "besides", "other than", "except (for)", "beyond" or
 * "outside of", up to a comma or the end of the clause, a question word or
 * six words, are blanked in out (the same length as text, so clause offsets
 * hold). So are the words a reflection sets aside for another ("it wasn't
 * that the crews couldn't do it, it was not knowing if the cash would hold",
 * "it's not the price, it's the timing", "not so much the rate but the
 * fees"): after "it wasn't/isn't/'s not (that|the)", "not so much", "(it)
 * wasn't/isn't/'s not about", "not about" or "never about", when the same
 * sentence goes on to what it is (", it was", ", but", "- it's", ", just",
 * ", more", ", rather" or "but ..."). Returns whether anything was blanked
 * (out is then text with the blanks; untouched otherwise). */
/* After a set-aside ("it wasn't the crews"), does the sentence go on to
 * what it is instead (", it was the cash", "- it's the timing", "but the
 * fees")? From text[from] to the end of the sentence. */
static bool goes_on_to_what_it_is(const char *text, size_t len, size_t from)
{
    static const char *const after_mark[] = {"it", "it's", "its", "but", "just", "more", "rather", "it was",
                                             "that's", "thats", "instead", NULL};
    bool mark = false;
    for (size_t k = from; k < len && text[k] != '.' && text[k] != '?' && text[k] != '!'; k++) {
        if (text[k] == ',' || text[k] == ';' || text[k] == '-' || text[k] == ':') {
            mark = true;
            continue;
        }
        if (!isalpha((unsigned char)text[k]) || (k > 0 && (isalpha((unsigned char)text[k - 1]) || text[k - 1] == '\'')))
            continue;
        if (word_is(text, len, k, "but"))
            return true;
        for (size_t a = 0; mark && after_mark[a] != NULL; a++)
            if (word_is(text, len, k, after_mark[a]))
                return true;
        mark = false;
    }
    return false;
}

bool hear_blank_excluded(const char *text, size_t len, char *out, size_t size)
{
    static const char *const set_aside[] = {
        "it wasn't that", "it isn't that", "it's not that", "it was not that", "it is not that", "it wasnt that",
        "it isnt that",   "its not that",  "it wasn't the", "it isn't the",    "it's not the",   "it was not the",
        "it is not the",  "it wasnt the",  "it isnt the",   "its not the",     "it was never the", "it's never the",
        "not so much",    "wasn't about",  "isn't about",   "wasnt about",     "isnt about",     "not about",
        "never about",    "wasn't really about", "isn't really about", "not really about", NULL};
    static const char *const leaders[] = {"apart from", "aside from", "besides", "other than", "except for",
                                          "except",     "beyond",     "outside of", NULL};
    static const char *const stops[] = {"who",   "what", "which", "where", "when",  "how",  "why",  "whose",
                                        "that",  "is",   "are",   "do",    "does",  "did",  "can",  "could",
                                        "would", "will", "should", "has",  "have",  "else", "but",
                                        /* the verb after a person set aside ("who besides you gets a say?",
                                         * r27 homebuyer skilled 8): the question goes on */
                                        "gets", "get", "got", "had", "was", "were", "might", "may", "must",
                                        "needs", "wants", "decides", "weighs", "signs", "makes", "gives", NULL};
    if (len + 1 > size)
        return false;
    bool blanked = false;
    memcpy(out, text, len);
    out[len] = '\0';
    for (size_t i = 0; i < len; i++) {
        if (!isalpha((unsigned char)text[i]) || (i > 0 && (isalpha((unsigned char)text[i - 1]) || text[i - 1] == '\'')))
            continue;
        size_t l = 0, lead_len = 0;
        while (leaders[l] != NULL && !word_is(text, len, i, leaders[l]))
            l++;
        bool aside = false;
        if (leaders[l] != NULL) {
            lead_len = strlen(leaders[l]);
        } else {
            for (size_t a = 0; set_aside[a] != NULL && lead_len == 0; a++)
                if (word_is(text, len, i, set_aside[a]))
                    lead_len = strlen(set_aside[a]);
            if (lead_len == 0)
                continue;
            aside = true;
        }
        size_t j = i + lead_len, from = j;
        int words = 0;
        while (j < len && words < 6) {
            while (j < len && text[j] == ' ')
                j++;
            if (j >= len || !isalnum((unsigned char)text[j]))
                break; /* a comma, a stop, a dash */
            size_t s = 0;
            while (stops[s] != NULL && !word_is(text, len, j, stops[s]))
                s++;
            if (stops[s] != NULL)
                break;
            while (j < len && (isalnum((unsigned char)text[j]) || text[j] == '\'' || (unsigned char)text[j] >= 0x80))
                j++;
            words++;
        }
        if (words > 0 && (!aside || goes_on_to_what_it_is(text, len, j))) {
            for (size_t k = from; k < j; k++)
                if (isalnum((unsigned char)text[k]) || text[k] == '\'' || (unsigned char)text[k] >= 0x80)
                    out[k] = ' ';
            blanked = true;
        }
        i = j;
    }
    return blanked;
}

/* Do the lead-in's words count for each intent (into counts[], one per
 * intent)? Only when the answered clause refers back to them, names nothing
 * of its own, or names that intent's topic too: "So it ends up on your
 * shoulders with the ops director. What would fixing Line 3 mean for you
 * personally?" is the question about what it means for them, not who
 * decides; "Denise got burned last time. What would she need to see?" and
 * "You said Line 3 is a headache. What's been happening?" are about the
 * lead-in. The clause names an intent's topic when it carries one of the
 * rule's words or a content meaning of one of its examples or its option.
 * Returns whether it names one (some counts[] are then false). */
static bool lead_in_counts(const HearInput *in, size_t count, bool *counts)
{
    const char *clause_text;
    size_t clause_len;
    unsigned clause_labels;
    hear_answered_span(in, &clause_text, &clause_len, &clause_labels);
    bool all = clause_text == in->text && clause_len == in->len; /* one clause: no lead-in */
    all = all || points_back(in->analyzer, clause_text, clause_len);
    bool named_any = false;
    for (size_t i = 0; i < count; i++) {
        const HearIntent *intent = &in->intents[i];
        counts[i] = all;
        if (all)
            continue;
        if (intent->words != NULL &&
            an_shared_words(in->analyzer, clause_text, clause_len, intent->words, NULL, 0) > 0)
            counts[i] = true;
        for (size_t e = 0; e <= intent->example_count && !counts[i]; e++) {
            const char *example = e < intent->example_count ? intent->examples[e]
                                  : intent->is_choice       ? intent->text
                                                            : NULL;
            if (example != NULL &&
                an_overlap(in->analyzer, clause_text, clause_len, example, strlen(example)).shared > 0)
                counts[i] = true;
        }
        named_any = named_any || counts[i];
    }
    if (!all && !named_any)
        for (size_t i = 0; i < count; i++)
            counts[i] = true;
    return !all && named_any;
}

/* A pitch, then a question about the seller ("...we've helped over ten
 * thousand first-time buyers. Have you heard of us before?"): the pitch's
 * words are the pitch, not a topic of the prospect's, so they count for no
 * rule ("first-time" is no question about time). */
static bool pitch_then_asks_about_us(const HearInput *in)
{
    const AnResult *a = in->analysis;
    if (a->clause_count < 2 || a->answered < 1 || (size_t)a->answered >= a->clause_count ||
        (a->labels & AN_BIT(AN_FEATURE)) == 0)
        return false;
    const AnClause *clause = &a->clauses[a->answered];
    if ((clause->labels & (AN_BIT(AN_FEATURE) | AN_BIT(AN_NEXT_STEP))) != 0)
        return false;
    size_t start = clause->start < in->len ? clause->start : in->len;
    size_t end = clause->end < in->len && clause->end > start ? clause->end : in->len;
    const char *const *us = an_list(in->analyzer, LEX_LIST_SELLER_WORDS); /* we, our, ours, us */
    for (size_t i = start; i < end; i++) {
        if (!isalpha((unsigned char)in->text[i]) || (i > start && isalpha((unsigned char)in->text[i - 1])))
            continue;
        for (size_t u = 0; us[u] != NULL; u++)
            if (word_is(in->text, end, i, us[u]))
                return true;
    }
    return false;
}

/* Does a question clause open with a question word ("Apart from you and
 * Tom, who else gets a say?", "and what would it take?"): an open question
 * whatever label its shape got. */
static bool opens_with_question_word(const char *text, size_t len)
{
    static const char *const skip[] = {"and", "so", "but", "then", "okay", "ok", "well", "apart", "aside", "from",
                                       "besides", "other", "than", "except", "for", "beyond", "outside", "of", NULL};
    static const char *const wh[] = {"who", "what", "which", "where", "when", "how", "why", "whose", "what's",
                                     "who's", "how's", "where's", NULL};
    return opens_with(text, len, skip, wh);
}

/* A line of several clauses whose answered one is an open question or a
 * follow-up, not an ask. */
bool hear_ends_on_open_question(const HearInput *in)
{
    const AnResult *a = in->analysis;
    const unsigned open = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_PROBE);
    if (!(a->answered >= 0 && (size_t)a->answered < a->clause_count && a->clause_count > 1))
        return false;
    const AnClause *clause = &a->clauses[a->answered];
    if ((clause->labels & AN_BIT(AN_NEXT_STEP)) != 0)
        return false;
    if ((clause->labels & open) != 0)
        return true;
    size_t start = clause->start < in->len ? clause->start : in->len;
    size_t end = clause->end < in->len && clause->end > start ? clause->end : in->len;
    return (clause->labels & AN_BIT(AN_CLOSED_QUESTION)) != 0 && opens_with_question_word(in->text + start, end - start);
}

/* A question mark is all the analyser read in a line whose words it mostly
 * does not know: "¿Cuáles son sus mayores problemas?", "Wie läuft das
 * Geschäft?". That is another language, not a closed question to answer.
 * Words of the prospect's line count as known: "Harlow buyer twitchy?" is a
 * terse question on their own names. */
bool hear_foreign_question(const AnResult *a)
{
    int known = a->known_words + a->context_overlap; /* their names: "Harlow buyer twitchy?" */
    if (a->labels != AN_BIT(AN_CLOSED_QUESTION) || a->words < 3 || 4 * known >= a->words)
        return false;
    for (size_t i = 0; i < a->evidence_count; i++)
        if (strcmp(a->evidence[i].rule, "closed.question_mark") != 0)
            return false;
    return true;
}

/* A pitch, then a question of its own ("We can do that, every customer
 * gets a dedicated onboarding manager. Is Denise the one who makes the
 * decision?"): the line has a feature, the answered clause is a question
 * with none, no ask, and does not point back at the pitch ("...Would that
 * help?", "Is it something you'd use?"). */
bool hear_pitch_then_question(const HearInput *in)
{
    const AnResult *a = in->analysis;
    const unsigned question = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION) | AN_BIT(AN_PROBE);
    if (a->clause_count < 2 || a->answered < 1 || (size_t)a->answered >= a->clause_count ||
        (a->labels & AN_BIT(AN_FEATURE)) == 0)
        return false;
    const AnClause *clause = &a->clauses[a->answered];
    if ((clause->labels & question) == 0 || (clause->labels & (AN_BIT(AN_FEATURE) | AN_BIT(AN_NEXT_STEP))) != 0)
        return false;
    size_t start = clause->start < in->len ? clause->start : in->len;
    size_t end = clause->end < in->len && clause->end > start ? clause->end : in->len;
    /* the pitch pointed back at, the seller's own offer ("can I show you
     * our best fix?"), or a yes/no check that it lands ("would a demo help
     * your team?") */
    static const char *const back[] = {"that", "this", "it", "those", "these", "i", "we", "our", "us", "ours", NULL};
    static const char *const checks[] = {"help", "helps", "helpful", "useful", "interest", "interested",
                                         "interesting", "worth", "sound", "sounds", "appeal", "like", NULL};
    bool closed_only = (clause->labels & (AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_PROBE))) == 0;
    for (size_t i = start; i < end; i++) {
        if (!isalpha((unsigned char)in->text[i]) || (i > start && isalpha((unsigned char)in->text[i - 1])))
            continue;
        /* "something like this" is a kind of thing, not the pitch */
        if (word_is(in->text, end, i, "like") &&
            (word_is(in->text, end, i + 5, "this") || word_is(in->text, end, i + 5, "that"))) {
            i += 9;
            continue;
        }
        for (size_t b = 0; back[b] != NULL; b++)
            if (word_is(in->text, end, i, back[b]))
                return false;
        for (size_t c = 0; closed_only && checks[c] != NULL; c++)
            if (word_is(in->text, end, i, checks[c]))
                return false;
    }
    return true;
}

/* The input with the people and things named to be left out blanked
 * (hear_blank_excluded), in *copy over buffer; or the input itself. */
const HearInput *hear_without_excluded(const HearInput *in, HearInput *copy, char *buffer, size_t size)
{
    if (!hear_blank_excluded(in->text, in->len, buffer, size))
        return in;
    *copy = *in;
    copy->shown = in->shown != NULL ? in->shown : in->text; /* "besides line 3" is quoted as typed */
    copy->text = buffer;
    return copy;
}

/* Two questions in one sentence joined by "and" or "or" ("Who else gets a
 * say in this, and when does it need to be running?"): the clause of the
 * first, which the prospect answers (hear_line), or -1. The first is a
 * question by its label or by a question word and its verb ("For the three
 * of you to say yes, what would the demo have to show you, and when...").*/
static int first_of_two(const HearInput *in)
{
    const AnResult *a = in->analysis;
    int k = a->answered;
    if (k < 1 || (size_t)k >= a->clause_count)
        return -1;
    const unsigned question = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION) | AN_BIT(AN_PROBE);
    const AnClause *second = &a->clauses[k], *first = &a->clauses[k - 1];
    size_t s2 = second->start < in->len ? second->start : in->len;
    size_t e2 = second->end < in->len && second->end > s2 ? second->end : in->len;
    size_t s1 = first->start < s2 ? first->start : s2;
    if ((second->labels & question) == 0 || (second->labels & AN_BIT(AN_NEXT_STEP)) != 0 ||
        (first->labels & AN_BIT(AN_NEXT_STEP)) != 0)
        return -1;
    size_t i = s2;
    while (i < e2 && !isalpha((unsigned char)in->text[i]))
        i++;
    if (!word_is(in->text, e2, i, "and") && !word_is(in->text, e2, i, "or"))
        return -1;
    for (size_t j = s1; j < s2; j++)
        if (in->text[j] == '.' || in->text[j] == '?' || in->text[j] == '!')
            return -1; /* another sentence: the last question is answered */
    if ((first->labels & question) != 0)
        return k - 1;
    static const char *const wh[] = {"who", "what", "which", "where", "when", "how", "why", NULL};
    static const char *const verbs[] = {"would", "will", "do", "does", "did", "is", "are", "was", "could", "can",
                                        "should", "has", "have", "must", NULL};
    for (size_t j = s1; j < s2; j++) {
        if (!isalpha((unsigned char)in->text[j]) || (j > s1 && isalpha((unsigned char)in->text[j - 1])))
            continue;
        for (size_t w = 0; wh[w] != NULL; w++)
            if (word_is(in->text, s2, j, wh[w])) {
                size_t v = j + strlen(wh[w]);
                while (v < s2 && in->text[v] == ' ')
                    v++;
                for (size_t b = 0; verbs[b] != NULL; b++)
                    if (word_is(in->text, s2, v, verbs[b]))
                        return k - 1;
            }
    }
    return -1;
}

/* The input with its first of two joined questions as the one answered
 * (first_of_two), in *copy over *analysis; or the input itself. */
const HearInput *hear_first_question(const HearInput *in, HearInput *copy, AnResult *analysis)
{
    int first = first_of_two(in);
    if (first < 0)
        return in;
    *analysis = *in->analysis;
    analysis->answered = first;
    const unsigned question = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION) | AN_BIT(AN_PROBE);
    if ((analysis->clauses[first].labels & question) == 0)
        analysis->clauses[first].labels |= AN_BIT(AN_OPEN_QUESTION);
    *copy = *in;
    copy->analysis = analysis;
    /* a rule's test reads the line up to the end of the first question,
     * not the question joined on after it */
    const AnClause *clause = &analysis->clauses[first];
    copy->test_until = clause->end < in->len ? clause->end : in->len;
    return copy;
}

/* Whether the lead-in's words count for each intent of the line (into
 * lead_in[count]): set aside only for an open question or a follow-up that
 * names a topic of its own (lead_in_counts; "Friday at ten, or Monday
 * afternoon?" closes an ask whose words are all before it), and never after
 * a pitch whose question is about the seller. Returns whether the question
 * named a topic of its own, so that hear_line can give the lead-in back
 * when that topic finds no taker. */
bool hear_lead_in(const HearInput *in, size_t count, bool *lead_in)
{
    bool own_topic = lead_in_counts(in, count, lead_in) && hear_ends_on_open_question(in);
    if (!own_topic)
        for (size_t i = 0; i < count; i++)
            lead_in[i] = true;
    if (pitch_then_asks_about_us(in)) {
        own_topic = false;
        for (size_t i = 0; i < count; i++)
            lead_in[i] = false;
    }
    return own_topic;
}

size_t hear_near_lead_in(const HearInput *in)
{
    const AnResult *a = in->analysis;
    if (a->answered < 2 || (size_t)a->answered >= a->clause_count)
        return 0;
    size_t start = a->clauses[a->answered - 1].start;
    return start < in->len ? start : 0;
}
