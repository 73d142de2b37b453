/* hear: see hear.h. Pure C over the analyser: no Lua, no allocation. A
 * route's test function is the one thing only the scenario can answer; it is
 * asked through HearInput.test, lazily, best candidates first, so a test is
 * run only when its rule could be the one heard. */
#include "hear.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Labels that say what kind of move a line is (all of them today). */
#define HEAR_ALL_LABELS ((1u << AN_LABEL_COUNT) - 1u)

const char *hear_doubt_name(HearDoubt doubt)
{
    static const char *const names[] = {"", "empty", "no_move", "long", "near_miss", "dead_end"};
    return (unsigned)doubt < sizeof names / sizeof names[0] ? names[doubt] : "";
}

static int bit_count(unsigned bits)
{
    int n = 0;
    for (; bits != 0; bits &= bits - 1)
        n++;
    return n;
}

/* Does the label set meet the intent's label conditions (not `unless`)? */
static bool labels_meet(const HearIntent *intent, unsigned labels)
{
    if ((labels & intent->when) != intent->when)
        return false;
    return intent->any == 0 || (labels & intent->any) != 0;
}

static void append(char *out, size_t size, const char *format, const char *a, const char *b)
{
    size_t used = strlen(out);
    if (used + 1 >= size)
        return;
    snprintf(out + used, size - used, format, a, b);
}

static void label_list(unsigned bits, char *out, size_t size)
{
    out[0] = '\0';
    for (int l = 0; l < AN_LABEL_COUNT; l++)
        if (bits & AN_BIT(l))
            append(out, size, "%s%s", out[0] != '\0' ? "+" : "", an_label_name((AnLabel)l));
    if (out[0] == '\0')
        snprintf(out, size, "no label");
}

/* Text of the answered clause (or the whole line). */
static void answered_span(const HearInput *in, const char **text, size_t *len, unsigned *labels)
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
 * she need to see?", "How did that happen?", "Is it the same one?")? */
static bool points_back(const char *text, size_t len)
{
    static const char *const back[] = {"he",   "she",  "him",   "her",   "they", "them",
                                       "it",   "that", "this",  "those", "there", "same"};
    size_t i = 0;
    while (i < len) {
        while (i < len && !isalpha((unsigned char)text[i]))
            i++;
        size_t start = i;
        while (i < len && isalpha((unsigned char)text[i]))
            i++;
        for (size_t w = 0; w < sizeof back / sizeof back[0] && i > start; w++)
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
    if (i + n > len || strncasecmp(text + i, word, n) != 0)
        return false;
    return i + n == len || !(isalpha((unsigned char)text[i + n]) || text[i + n] == '\'');
}

/* Does text (a clause) ask WHEN: "when could you switch?", "Timing-wise, when
 * in the year...", "how soon do you need it?", "what's your timeline?", "is
 * there a point on the calendar...". A "when" that opens a time clause is
 * not ("what happens when the season hits?", "when it breaks, who fixes
 * it?"): it asks when only followed by a verb of the question or "in". */
static bool asks_when(const char *text, size_t len)
{
    static const char *const after_when[] = {"do",    "does",  "did",   "is",    "are",  "was",  "were", "will",
                                             "would", "could", "can",   "should", "might", "must", "has",  "have",
                                             "in",    "exactly", "roughly", "ideally", "realistically", NULL};
    static const char *const phrases[] = {"when's",      "by when",   "how soon",   "how long do you have",  "how long have you got",
                                          "how long have we got", "how long until", "how long till", "how long before", "timeline", "timelines", "timeframe",
                                          "time frame",  "time-frame", "deadline",   "deadlines",   "what date",
                                          "which date",  "the calendar", "time of year", "time of the year",
                                          "what month",  "which month", "how far out", "timing", NULL};
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

/* Is an intent about timing: its words or what it is heard as name when,
 * or one of its examples asks when? */
static bool about_timing(const HearIntent *intent)
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
    if (intent->heard != NULL && asks_when(intent->heard, strlen(intent->heard)))
        return true;
    if (intent->heard != NULL && strncasecmp(intent->heard, "when ", 5) == 0)
        return true;
    for (size_t e = 0; e < intent->example_count; e++)
        if (intent->examples[e] != NULL && asks_when(intent->examples[e], strlen(intent->examples[e])))
            return true;
    return false;
}

/* People and things named to be left out are not the topic: "Apart from you
 * and Tom, who else gets a say?" is not about Tom. The words after "apart
 * from", "aside from", "besides", "other than", "except (for)", "beyond" or
 * "outside of", up to a comma or the end of the clause, a question word or
 * six words, are blanked in out (the same length as text, so clause offsets
 * hold). Returns whether anything was blanked (out is then text with the
 * blanks; untouched otherwise). */
bool hear_blank_excluded(const char *text, size_t len, char *out, size_t size)
{
    static const char *const leaders[] = {"apart from", "aside from", "besides", "other than", "except for",
                                          "except",     "beyond",     "outside of", NULL};
    static const char *const stops[] = {"who",   "what", "which", "where", "when",  "how",  "why",  "whose",
                                        "that",  "is",   "are",   "do",    "does",  "did",  "can",  "could",
                                        "would", "will", "should", "has",  "have",  "else", NULL};
    if (len + 1 > size)
        return false;
    bool blanked = false;
    memcpy(out, text, len);
    out[len] = '\0';
    for (size_t i = 0; i < len; i++) {
        if (!isalpha((unsigned char)text[i]) || (i > 0 && (isalpha((unsigned char)text[i - 1]) || text[i - 1] == '\'')))
            continue;
        size_t l = 0;
        while (leaders[l] != NULL && !word_is(text, len, i, leaders[l]))
            l++;
        if (leaders[l] == NULL)
            continue;
        size_t j = i + strlen(leaders[l]);
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
            while (j < len && (isalnum((unsigned char)text[j]) || text[j] == '\'' || (unsigned char)text[j] >= 0x80)) {
                out[j] = ' ';
                j++;
            }
            words++;
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
    answered_span(in, &clause_text, &clause_len, &clause_labels);
    bool all = clause_text == in->text && clause_len == in->len; /* one clause: no lead-in */
    all = all || points_back(clause_text, clause_len);
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
    static const char *const us[] = {"us", "we", "our", "ours", NULL};
    for (size_t i = start; i < end; i++) {
        if (!isalpha((unsigned char)in->text[i]) || (i > start && isalpha((unsigned char)in->text[i - 1])))
            continue;
        for (size_t u = 0; us[u] != NULL; u++)
            if (word_is(in->text, end, i, us[u]))
                return true;
    }
    return false;
}

/* A line of several clauses whose answered one is an open question or a
 * follow-up, not an ask. */
/* Does a question clause open with a question word ("Apart from you and
 * Tom, who else gets a say?", "and what would it take?"): an open question
 * whatever label its shape got. */
static bool opens_with_question_word(const char *text, size_t len)
{
    static const char *const skip[] = {"and", "so", "but", "then", "okay", "ok", "well", "apart", "aside", "from",
                                       "besides", "other", "than", "except", "for", "beyond", "outside", "of", NULL};
    static const char *const wh[] = {"who", "what", "which", "where", "when", "how", "why", "whose", "what's",
                                     "who's", "how's", "where's", NULL};
    size_t i = 0;
    while (i < len) {
        while (i < len && !isalpha((unsigned char)text[i]))
            i++;
        if (i >= len)
            return false;
        for (size_t w = 0; wh[w] != NULL; w++)
            if (word_is(text, len, i, wh[w]))
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

static bool ends_on_open_question(const HearInput *in)
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

/* The main move of a clause: what a prospect answers first. An ask is
 * answered before the question form it comes in, and so is small talk ("How
 * was your weekend?"); a follow-up before a plain question; a question
 * before a reflection that leads into it. */
static AnLabel primary_label(unsigned labels)
{
    static const AnLabel order[] = {AN_NEXT_STEP,  AN_SMALL_TALK, AN_PROBE,   AN_OPEN_QUESTION,
                                    AN_CLOSED_QUESTION, AN_REFLECTION, AN_BENEFIT, AN_FEATURE,
                                    AN_PURPOSE,    AN_SELLER_FOCUS};
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        if (labels & AN_BIT(order[i]))
            return order[i];
    return AN_LABEL_COUNT;
}

/* Case, spacing and punctuation aside, is text the option's own words? */
static bool same_words(const char *a, size_t a_len, const char *b)
{
    size_t i = 0, j = 0, b_len = strlen(b);
    for (;;) {
        while (i < a_len && !isalnum((unsigned char)a[i]) && (unsigned char)a[i] < 0x80)
            i++;
        while (j < b_len && !isalnum((unsigned char)b[j]) && (unsigned char)b[j] < 0x80)
            j++;
        if (i == a_len || j == b_len)
            return i == a_len && j == b_len;
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[j]))
            return false;
        i++;
        j++;
    }
}

typedef struct Scored {
    double score;
    double partial;      /* best partial evidence, for near misses */
    bool gates_ok;       /* unless / premature allow it */
    bool needs_test;
    bool test_only;      /* a rule with only a test: a catch-all if it passes for an empty line */
    char why[HEAR_TEXT_BYTES];
    char topic[96];      /* the line's words that matched `words` */
    bool names_question; /* the rule's words are in the question answered */
} Scored;

/* How alike the line is to one example said at this point: 0.6 x the share
 * of the example's content meanings the line (or its answered clause)
 * carries + 0.4 x label agreement (shared / union of the two label sets; two
 * lines with no label agree). */
static double example_similarity(const HearInput *in, const char *example, unsigned example_labels,
                                 bool labels_known, bool lead_in)
{
    const char *clause_text;
    size_t clause_len;
    unsigned clause_labels;
    answered_span(in, &clause_text, &clause_len, &clause_labels);
    AnResult analysed;
    if (!labels_known) {
        an_analyze(in->analyzer, example, strlen(example), in->context, &analysed);
        example_labels = analysed.labels;
    }
    double best = 0;
    /* the whole line only when its lead-in counts (see lead_in_counts) */
    for (int pass = lead_in ? 0 : 1; pass < 2; pass++) {
        const char *text = pass == 0 ? in->text : clause_text;
        size_t len = pass == 0 ? in->len : clause_len;
        unsigned labels = pass == 0 ? in->analysis->labels : clause_labels;
        if (pass == 1 && text == in->text && len == in->len)
            break;
        AnOverlap overlap = an_overlap(in->analyzer, text, len, example, strlen(example));
        double content = overlap.right > 0 ? (double)overlap.shared / overlap.right : 0;
        /* a long line that happens to contain a short example's two words is
         * not that example: weigh by how much of the line the example explains */
        if (overlap.left > 2 * overlap.right + 2)
            content *= (double)(2 * overlap.right + 2) / overlap.left;
        unsigned both = labels & example_labels, either = labels | example_labels;
        /* two lines with no label agree only half: an example the analyser
         * reads nothing in ("so Tuesday with Denise then") is like a line only
         * by its words, not by both being remarks */
        double agreement = either == 0 ? 0.5 : (double)bit_count(both) / bit_count(either);
        double similarity = 0.6 * content + 0.4 * agreement;
        if (overlap.shared == 0)
            similarity = 0; /* agreeing labels alone are no likeness */
        /* nor is one shared meaning between two lines with no move: "Denise"
         * said alone is not "so Tuesday with Denise then", at most a near miss */
        if (either == 0 && overlap.shared < 2 && similarity > HEAR_NEAR_MISS)
            similarity = HEAR_NEAR_MISS;
        if (similarity > best)
            best = similarity;
    }
    return best;
}

static void score_intent(const HearInput *in, const HearIntent *intent, bool lead_in, Scored *out)
{
    const AnResult *a = in->analysis;
    memset(out, 0, sizeof *out);
    out->gates_ok = (a->labels & intent->unless) == 0 &&
                    (intent->premature < 0 || (intent->premature == 1) == in->premature);
    if (!out->gates_ok) {
        snprintf(out->why, sizeof out->why, "ruled out (%s)",
                 (a->labels & intent->unless) ? "an unless label is present" : "premature condition");
        return;
    }
    const char *clause_text;
    size_t clause_len;
    unsigned clause_labels;
    answered_span(in, &clause_text, &clause_len, &clause_labels);

    if (intent->is_choice && intent->text != NULL && same_words(in->text, in->len, intent->text)) {
        out->score = 1.0;
        snprintf(out->why, sizeof out->why, "the option's own words");
        return;
    }

    double rule_score = 0;
    if (!intent->is_choice) {
        unsigned wanted = intent->when | intent->any;
        bool has_labels = wanted != 0;
        bool line_labels = labels_meet(intent, a->labels);
        bool clause_ok = labels_meet(intent, clause_labels);
        int shared = 0, clause_shared = 0;
        if (intent->words != NULL) {
            shared = an_shared_words(in->analyzer, in->text, in->len, intent->words, out->topic,
                                     sizeof out->topic);
            clause_shared = clause_text == in->text && clause_len == in->len
                                ? shared
                                : an_shared_words(in->analyzer, clause_text, clause_len, intent->words, NULL, 0);
        }
        /* a question asking WHEN names the topic of a rule about timing,
         * whatever time words it uses ("is there a point on the calendar
         * where you'd want this sorted, like before the next big bid
         * season?"), and that rule outranks one that only shares a content
         * word of the question ('big', 'change', 'need'): +0.05 */
        const unsigned question = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION) | AN_BIT(AN_PROBE);
        bool timing = (clause_labels & question) != 0 && (clause_labels & AN_BIT(AN_NEXT_STEP)) == 0 &&
                      asks_when(clause_text, clause_len) && about_timing(intent);
        if (timing && clause_shared == 0) {
            clause_shared = 1;
            if (shared == 0) {
                shared = 1;
                snprintf(out->topic, sizeof out->topic, "when");
            }
        }
        /* a lead-in's words name the topic only when the question answered
         * names none of its own or points back at them */
        bool words_ok = intent->words == NULL || (lead_in ? shared > 0 : clause_shared > 0);
        if (!has_labels && intent->words == NULL && intent->has_test) {
            /* the test alone decides: as strong as a specific rule if it
             * reads the line, a catch-all if it passes for any line (found
             * out when it is asked, see hear_line) */
            rule_score = 0.85;
            out->test_only = true;
            snprintf(out->why, sizeof out->why, "its test passed");
        } else if (!has_labels && intent->words == NULL) {
            rule_score = 0.5; /* a catch-all: whatever was said */
            snprintf(out->why, sizeof out->why, "a catch-all rule");
        } else if (line_labels && words_ok) {
            /* the move the prospect answers is the answered clause's main
             * one: a rule listening for it outranks one that only matches
             * the shape ("Could Theo join us?" is an ask before a closed
             * question) or an earlier clause */
            AnLabel primary = primary_label(clause_labels);
            bool wants_primary = has_labels && clause_ok && (wanted & AN_BIT(primary)) != 0;
            bool in_clause = has_labels && clause_ok;
            int extra = bit_count(intent->when) - (intent->when != 0) + (intent->unless != 0) +
                        (intent->premature == 1) + intent->has_test;
            if (extra > 2)
                extra = 2;
            /* among word rules that all fit, the one with more of its words
             * in the question answered is the topic asked about ("what do
             * the duplicates and late approvals cost you": cost and
             * duplicates, not approvals). Words in a lead-in do not count:
             * "Twelve years - if you tried again, what would have to be
             * different this time?" is not about when. At most 0.04, so it
             * only breaks ties and never lifts a rule over a better kind of
             * match. */
            double more = clause_shared > 1 ? 0.01 * (clause_shared - 1) : 0;
            if (more > 0.04)
                more = 0.04;
            out->names_question = intent->words != NULL && clause_shared > 0 && clause_ok &&
                                  !(clause_text == in->text && clause_len == in->len);
            rule_score = 0.6 + (!has_labels || wants_primary ? 0.2 : in_clause ? 0.05 : 0) +
                         (intent->words != NULL ? (clause_shared > 0 ? 0.10 + more : 0.05) : 0) + 0.05 * extra +
                         (timing ? 0.05 : 0);
            char labels[96];
            label_list((in_clause ? clause_labels : a->labels) & wanted, labels, sizeof labels);
            snprintf(out->why, sizeof out->why, "%s%s%s%s%s%s", has_labels ? labels : "",
                     wants_primary ? " (the move answered)" : in_clause ? " in the answered clause" : "",
                     intent->words != NULL ? (has_labels ? "; words: " : "words: ") : "",
                     intent->words != NULL ? out->topic : "", clause_shared > 0 ? " (answered)" : "",
                     extra > 0 ? "; specific rule" : "");
            if (timing)
                append(out->why, sizeof out->why, "%s%s", "; asks when", "");
        } else if (words_ok && intent->words != NULL) {
            out->partial = HEAR_NEAR_MISS; /* the right topic, another kind of move */
        } else if (line_labels && intent->words != NULL) {
            out->partial = 0.2;
        }
        out->needs_test = intent->has_test;
    }

    double example_score = 0;
    int example_index = -1;
    if (intent->is_choice && intent->text != NULL) {
        example_score = example_similarity(in, intent->text, intent->text_labels, true, lead_in);
        example_index = 0;
    }
    for (size_t e = 0; e < intent->example_count; e++) {
        if (intent->examples[e] == NULL)
            continue;
        double similarity = example_similarity(in, intent->examples[e], 0, false, lead_in);
        if (similarity > example_score) {
            example_score = similarity;
            example_index = (int)e + 1;
        }
    }
    if (example_score > out->partial && example_score < HEAR_CONFIDENT)
        out->partial = example_score;
    /* an example may stand in for a missed label, never for a failed test */
    if (example_score >= HEAR_CONFIDENT && example_score > rule_score) {
        rule_score = example_score;
        if (example_index == 0)
            snprintf(out->why, sizeof out->why, "like the option's words (%.2f)", example_score);
        else
            snprintf(out->why, sizeof out->why, "like example %d (%.2f)", example_index, example_score);
    }
    out->score = rule_score;
}

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

static void describe(const HearInput *in, const HearIntent *intent, HearResult *out)
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
        size_t length = end > start ? end - start : 0, cut = length;
        if (cut > 120) {
            cut = 120;
            while (cut > 0 && ((unsigned char)in->text[start + cut] & 0xC0) == 0x80)
                cut--;
        }
        snprintf(out->heard, sizeof out->heard, "%s: \"%.*s%s\"", phrase, (int)cut, in->text + start,
                 cut < length ? "..." : "");
    } else {
        snprintf(out->heard, sizeof out->heard, "%s", phrase);
    }
}

/* A question mark is all the analyser read in a line whose words it mostly
 * does not know: "¿Cuáles son sus mayores problemas?", "Wie läuft das
 * Geschäft?". That is another language, not a closed question to answer.
 * Words of the prospect's line count as known: "Harlow buyer twitchy?" is a
 * terse question on their own names. */
static bool foreign_question(const AnResult *a)
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
static bool pitch_then_question(const HearInput *in)
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

/* Scores every intent (lead_in[i]: the lead-in's words count for intent
 * i) and picks the best, running tests best candidates first, so a test is
 * run only when its rule could be the one heard. *best is -1 when none
 * scores. */
static int choose(const HearInput *in, const bool *lead_in, bool compound, Scored *scored, size_t count, int *best,
                  CoachError *err)
{
    for (size_t i = 0; i < count; i++)
        score_intent(in, &in->intents[i], lead_in[i], &scored[i]);
    for (;;) {
        *best = -1;
        for (size_t i = 0; i < count; i++)
            if (scored[i].gates_ok && scored[i].score > 0 &&
                (*best < 0 || scored[i].score > scored[*best].score + 1e-9))
                *best = (int)i;
        if (*best < 0 || !scored[*best].needs_test)
            break;
        bool passed = true;
        if (in->test != NULL) {
            int rc = in->test(in->test_data, (size_t)*best, HEAR_TEST_LINE, &passed, err);
            if (rc != COACH_OK)
                return rc;
            if (passed && scored[*best].test_only) {
                bool any_line = false;
                rc = in->test(in->test_data, (size_t)*best, HEAR_TEST_EMPTY, &any_line, err);
                if (rc != COACH_OK)
                    return rc;
                if (any_line) {
                    scored[*best].score = 0.5;
                    snprintf(scored[*best].why, sizeof scored[*best].why, "a catch-all rule (its test passes for any line)");
                } else if (compound) {
                    /* a test that reads the whole line may pass on a lead-in
                     * the prospect does not answer ("I'm glad to price the
                     * trays. Before I do, what matters most to Theo?" is the
                     * question, not the quote): on the answered clause it is
                     * as strong as a label rule met there, otherwise only as
                     * strong as one met by an earlier clause */
                    bool answered = false;
                    rc = in->test(in->test_data, (size_t)*best, HEAR_TEST_ANSWERED, &answered, err);
                    if (rc != COACH_OK)
                        return rc;
                    if (!answered) {
                        scored[*best].score = 0.65;
                        snprintf(scored[*best].why, sizeof scored[*best].why,
                                 "its test passed on the line, not on the question answered");
                    }
                }
            }
        }
        if (!passed && in->test != NULL && scored[*best].names_question && pitch_then_question(in)) {
            /* a pitch, then a question on the rule's topic: the question is
             * the move answered; a test that turned the line down for its
             * pitch reads the question alone */
            int rc = in->test(in->test_data, (size_t)*best, HEAR_TEST_ANSWERED, &passed, err);
            if (rc != COACH_OK)
                return rc;
            if (passed)
                snprintf(scored[*best].why + strlen(scored[*best].why),
                         sizeof scored[*best].why - strlen(scored[*best].why), "; the question after the pitch");
        }
        scored[*best].needs_test = false;
        if (!passed) {
            scored[*best].score = 0;
            scored[*best].gates_ok = false;
        }
    }
    return COACH_OK;
}

/* The input with the people and things named to be left out blanked
 * (hear_blank_excluded), in *copy over buffer; or the input itself. */
static const HearInput *without_excluded(const HearInput *in, HearInput *copy, char *buffer, size_t size)
{
    if (!hear_blank_excluded(in->text, in->len, buffer, size))
        return in;
    *copy = *in;
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
static const HearInput *first_question(const HearInput *in, HearInput *copy, AnResult *analysis)
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
    return copy;
}

static int hear_once(const HearInput *typed, HearResult *out, CoachError *err);

/* Two questions joined in one sentence: the first is answered when an
 * intent of the node hears it (a rule or example met at 0.80 or more), else
 * the last, as for any line (see scenarios/README.md). */
int hear_line(const HearInput *typed, HearResult *out, CoachError *err)
{
    HearInput copy;
    AnResult analysis;
    const HearInput *in = first_question(typed, &copy, &analysis);
    int rc = hear_once(in, out, err);
    if (rc != COACH_OK || in == typed || (out->verdict == HEAR_MATCH && out->score >= 0.8))
        return rc;
    return hear_once(typed, out, err);
}

static int hear_once(const HearInput *typed, HearResult *out, CoachError *err)
{
    HearInput copy;
    char blanked[2048];
    const HearInput *in = without_excluded(typed, &copy, blanked, sizeof blanked);
    memset(out, 0, sizeof *out);
    out->intent = -1;
    out->runner_up = -1;
    const AnResult *a = in->analysis;

    if (a->words == 0 || a->words > HEAR_MAX_WORDS) {
        out->doubt = a->words == 0 ? HEAR_DOUBT_EMPTY : HEAR_DOUBT_LONG;
        snprintf(out->why, sizeof out->why, "%s", a->words == 0 ? "no words" : "a monologue");
        if (in->can_clarify) {
            out->verdict = HEAR_CLARIFY;
            snprintf(out->heard, sizeof out->heard, "%s",
                     a->words == 0 ? "nothing" : "a long speech with no one thing to answer");
            return COACH_OK;
        }
    }

    Scored scored[64];
    size_t count = in->intent_count < 64 ? in->intent_count : 64;
    /* best first; a test runs only when its rule is the best still standing */
    /* a line of several clauses that ends on an open question: what a
     * rule's test reads elsewhere in it is a lead-in to that question. (A
     * yes/no check or an ask after a pitch or a promise is not: "ours is
     * different... can I show you a demo?" is heard as the promise.) */
    bool compound = ends_on_open_question(in);
    bool lead_in[64];
    bool own_topic = lead_in_counts(in, count, lead_in);
    /* the lead-in's words are set aside only for an open question or a
     * follow-up ("Friday at ten, or Monday afternoon?" closes an ask whose
     * words are all before it) */
    if (!compound)
        for (size_t i = 0; i < count; i++)
            lead_in[i] = true;
    if (pitch_then_asks_about_us(in)) {
        own_topic = false;
        for (size_t i = 0; i < count; i++)
            lead_in[i] = false;
    }
    int best = -1;
    int rc = choose(in, lead_in, compound, scored, count, &best, err);
    if (rc != COACH_OK)
        return rc;
    /* the question's own topic found no taker (its rules' tests failed):
     * the lead-in names the topic after all, as before the question */
    if (compound && own_topic && (best < 0 || !lead_in[best])) {
        for (size_t i = 0; i < count; i++)
            lead_in[i] = true;
        rc = choose(in, lead_in, compound, scored, count, &best, err);
        if (rc != COACH_OK)
            return rc;
    }
    double partial = 0;
    int partial_index = -1;
    for (size_t i = 0; i < count; i++)
        if (scored[i].gates_ok && scored[i].partial > partial) {
            partial = scored[i].partial;
            partial_index = (int)i;
        }

    if (best >= 0) {
        out->intent = best;
        out->score = scored[best].score;
        for (size_t i = 0; i < count; i++)
            if ((int)i != best && scored[i].gates_ok && scored[i].score > out->runner_up_score &&
                !scored[i].needs_test) {
                out->runner_up = (int)i;
                out->runner_up_score = scored[i].score;
            }
        snprintf(out->why, sizeof out->why, "%s", scored[best].why);
    }

    /* a line with no label is fine ("Thanks.", "Understood."); one whose
     * words the lexicon mostly does not know is gibberish or another
     * language */
    bool unintelligible = a->labels == 0 && (a->known_words == 0 || (a->words >= 3 && 4 * a->known_words < a->words));
    bool no_move = (unintelligible && (best < 0 || scored[best].score <= 0.5)) || foreign_question(a);
    if (best >= 0 && out->score >= HEAR_CONFIDENT && !no_move) {
        out->verdict = HEAR_MATCH;
        describe(in, &in->intents[best], out);
        return COACH_OK;
    }
    if (best < 0)
        out->intent = partial_index;
    if (no_move)
        out->doubt = HEAR_DOUBT_NO_MOVE;
    else if (partial >= HEAR_NEAR_MISS && !in->closing)
        out->doubt = HEAR_DOUBT_NEAR_MISS;
    else if (in->otherwise_ends_call && a->labels != 0)
        out->doubt = HEAR_DOUBT_DEAD_END; /* a move the node has no answer for; an exit may end it */
    if (out->doubt != HEAR_DOUBT_NONE && in->can_clarify) {
        out->verdict = HEAR_CLARIFY;
        if (out->why[0] == '\0')
            snprintf(out->why, sizeof out->why, "%s", hear_doubt_name(out->doubt));
        if (no_move)
            snprintf(out->heard, sizeof out->heard, "no question, reflection, pitch or ask");
        else
            describe(in, NULL, out);
        return COACH_OK;
    }
    if (best >= 0 && out->score >= HEAR_CONFIDENT) {
        /* a catch-all takes a line with no move once clarifications are spent */
        out->verdict = HEAR_MATCH;
        describe(in, &in->intents[best], out);
        return COACH_OK;
    }
    out->verdict = HEAR_OTHERWISE;
    out->intent = -1;
    if (out->why[0] == '\0' || best < 0)
        snprintf(out->why, sizeof out->why, "no intent of this node matched");
    describe(in, NULL, out);
    return COACH_OK;
}

double hear_explain(const HearInput *asked, size_t intent, bool *needs_test, char *why, size_t size)
{
    HearInput first_copy, copy;
    AnResult analysis;
    const HearInput *typed = first_question(asked, &first_copy, &analysis);
    char blanked[2048];
    const HearInput *input = without_excluded(typed, &copy, blanked, sizeof blanked);
    Scored scored;
    *needs_test = false;
    if (intent >= input->intent_count) {
        snprintf(why, size, "no such intent");
        return 0;
    }
    bool lead_in[64];
    size_t count = input->intent_count < 64 ? input->intent_count : 64;
    if (!lead_in_counts(input, count, lead_in) || !ends_on_open_question(input))
        for (size_t i = 0; i < count; i++)
            lead_in[i] = true;
    if (pitch_then_asks_about_us(input))
        for (size_t i = 0; i < count; i++)
            lead_in[i] = false;
    /* (hear_line gives the lead-in back when the question's own topic
     * finds no taker; a test is not run here) */
    score_intent(input, &input->intents[intent], intent < count ? lead_in[intent] : true, &scored);
    *needs_test = scored.needs_test;
    if (scored.score > 0)
        snprintf(why, size, "%s", scored.why);
    else if (!scored.gates_ok)
        snprintf(why, size, "%s", scored.why);
    else if (scored.partial > 0)
        snprintf(why, size, "partly (%.2f): the right words or an example half said, not the move", scored.partial);
    else
        snprintf(why, size, "no match");
    return scored.score;
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
