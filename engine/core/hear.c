/* hear: see hear.h. Pure C over the analyser: no Lua, no allocation. A
 * route's test function is the one thing only the scenario can answer; it is
 * asked through HearInput.test, lazily, best candidates first, so a test is
 * run only when its rule could be the one heard. */
#include "hear_internal.h"

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
    hear_answered_span(in, &clause_text, &clause_len, &clause_labels);
    AnResult analysed;
    if (!labels_known) {
        an_analyze(in->analyzer, example, strlen(example), in->context, &analysed);
        example_labels = analysed.labels;
    }
    double best = 0;
    /* the whole line only when its lead-in counts (see hear_lead_in) */
    for (int pass = lead_in ? 0 : 1; pass < 2; pass++) {
        size_t from = in->lead_from < in->len ? in->lead_from : 0;
        const char *text = pass == 0 ? in->text + from : clause_text;
        size_t len = pass == 0 ? in->len - from : clause_len;
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

/* hear_asks_when and hear_about_timing, each asked at most once per
 * intent scored: *known is -1 until the first call, then the answer. */
static bool asks_when(const char *text, size_t len, int *known)
{
    if (*known < 0)
        *known = hear_asks_when(text, len);
    return *known != 0;
}

static bool about_timing(const HearIntent *intent, int *known)
{
    if (*known < 0)
        *known = hear_about_timing(intent);
    return *known != 0;
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
    hear_answered_span(in, &clause_text, &clause_len, &clause_labels);
    /* a line that asks nothing is answered as a whole: a benefit said in
     * it is its move, though its last clause names only the product ("we
     * keep your books current, so your Sundays are yours again - next time
     * a Route 9 comes along you'd know if you can float the payroll") */
    const unsigned asking = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION) | AN_BIT(AN_PROBE) |
                            AN_BIT(AN_NEXT_STEP) | AN_BIT(AN_SMALL_TALK);
    if ((a->labels & asking) == 0 && (a->labels & AN_BIT(AN_BENEFIT)) != 0)
        clause_labels |= AN_BIT(AN_BENEFIT);

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
        int clause_asks_when = -1, intent_about_timing = -1; /* not asked yet */
        if (intent->words != NULL) {
            /* "when" inside a question that does not ask when is a time
             * clause, no word of a timing rule: "What was it like when they
             * said yes?", "what happens when the season hits?" */
            char without_when[512];
            const char *words = intent->words;
            if (!asks_when(clause_text, clause_len, &clause_asks_when) &&
                !hear_opens_with_when(clause_text, clause_len) && about_timing(intent, &intent_about_timing) &&
                hear_drop_word(words, "when", without_when, sizeof without_when))
                words = without_when;
            size_t from = in->lead_from < in->len ? in->lead_from : 0;
            shared = an_shared_words(in->analyzer, in->text + from, in->len - from, words, out->topic,
                                     sizeof out->topic);
            clause_shared = clause_text == in->text && clause_len == in->len
                                ? shared
                                : an_shared_words(in->analyzer, clause_text, clause_len, words, NULL, 0);
        }
        /* a question asking WHEN names the topic of a rule about timing,
         * whatever time words it uses ("is there a point on the calendar
         * where you'd want this sorted, like before the next big bid
         * season?"), and that rule outranks one that only shares a content
         * word of the question ('big', 'change', 'need'): +0.05 */
        const unsigned question = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION) | AN_BIT(AN_PROBE);
        bool timing = (clause_labels & question) != 0 && (clause_labels & AN_BIT(AN_NEXT_STEP)) == 0 &&
                      asks_when(clause_text, clause_len, &clause_asks_when) &&
                      about_timing(intent, &intent_about_timing);
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
        bool known = intent->example_labels != NULL;
        double similarity = example_similarity(in, intent->examples[e], known ? intent->example_labels[e] : 0,
                                               known, lead_in);
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

/* Runs intent's test on the line, or on the clause answered (answered):
 * the part a test reads is the answered clause of in->analysis, and "the
 * line" ends with the first of two joined questions when that one is
 * answered (in->test_until). */
static int run_test(const HearInput *in, size_t intent, HearTestOn on, bool *passed, CoachError *err)
{
    if (on == HEAR_TEST_PART) {
        const char *text;
        size_t len;
        unsigned labels;
        hear_answered_span(in, &text, &len, &labels);
        if (text != in->text || len != in->len) {
            size_t start = (size_t)(text - in->text);
            return in->test(in->test_data, intent, HEAR_TEST_PART, start, start + len, passed, err);
        }
        on = HEAR_TEST_LINE; /* no clause of its own: the line is the question */
    }
    if (on == HEAR_TEST_LINE && in->test_until > 0 && in->test_until < in->len)
        return in->test(in->test_data, intent, HEAR_TEST_PART, 0, in->test_until, passed, err);
    return in->test(in->test_data, intent, on, 0, in->len, passed, err);
}

/* A rule about timing whose test passed on the line, when the question
 * answered asks no when: the when may be a remark before the question ("So
 * March is the deadline. What would Sam want in front of him to approve a
 * fix?" asks what Sam needs). Its test reads the question alone; failing
 * there, the rule is only as strong as one met by an earlier clause, so the
 * question's own topic wins (issue 8, r26 plant picker 6). */
/* A line with no question in it whose last clause asks when - a question
 * typed without its mark after a reflection ("...never again too. If you
 * did make a change, when in the year could you and Denise stand to do
 * it", r28 burned skilled 10) - has no other question answered: its when
 * is no remark before one. */
static bool unmarked_when_last(const HearInput *in)
{
    const AnResult *a = in->analysis;
    const unsigned question = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION) | AN_BIT(AN_PROBE) |
                              AN_BIT(AN_NEXT_STEP);
    if ((a->labels & question) != 0 || a->clause_count < 2)
        return false;
    const AnClause *last = &a->clauses[a->clause_count - 1];
    size_t start = last->start < in->len ? last->start : in->len;
    size_t end = last->end < in->len ? last->end : in->len;
    return end > start && hear_asks_when(in->text + start, end - start);
}

static int weigh_timing_lead_in(const HearInput *in, size_t intent, Scored *scored, CoachError *err)
{
    if (scored->score <= 0.65 || !hear_about_timing(&in->intents[intent]))
        return COACH_OK; /* most lines: no timing rule to weigh, no span to find */
    const char *text;
    size_t len;
    unsigned labels;
    hear_answered_span(in, &text, &len, &labels);
    if ((text == in->text && len == in->len) || hear_asks_when(text, len) || unmarked_when_last(in))
        return COACH_OK;
    bool answered = false;
    int rc = run_test(in, intent, HEAR_TEST_PART, &answered, err);
    if (rc == COACH_OK && !answered) {
        scored->score = 0.65;
        snprintf(scored->why, sizeof scored->why, "its test passed on the line, not on the question answered");
    }
    return rc;
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
            int rc = run_test(in, (size_t)*best, HEAR_TEST_LINE, &passed, err);
            if (rc != COACH_OK)
                return rc;
            if (passed && scored[*best].test_only) {
                bool any_line = false;
                rc = run_test(in, (size_t)*best, HEAR_TEST_EMPTY, &any_line, err);
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
                    rc = run_test(in, (size_t)*best, HEAR_TEST_PART, &answered, err);
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
        if (passed && in->test != NULL && !scored[*best].test_only) {
            int rc = weigh_timing_lead_in(in, (size_t)*best, &scored[*best], err);
            if (rc != COACH_OK)
                return rc;
        }
        if (!passed && in->test != NULL && scored[*best].names_question && hear_pitch_then_question(in)) {
            /* a pitch, then a question on the rule's topic: the question is
             * the move answered; a test that turned the line down for its
             * pitch reads the question alone */
            int rc = run_test(in, (size_t)*best, HEAR_TEST_PART, &passed, err);
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

static int hear_once(const HearInput *typed, HearResult *out, CoachError *err);

/* Two questions joined in one sentence: the first is answered when an
 * intent of the node hears it (a rule or example met at 0.80 or more), else
 * the last, as for any line (see scenarios/README.md). */
int hear_line(const HearInput *typed, HearResult *out, CoachError *err)
{
    HearInput copy;
    AnResult analysis;
    const HearInput *in = hear_first_question(typed, &copy, &analysis);
    int rc = hear_once(in, out, err);
    if (rc != COACH_OK || in == typed || (out->verdict == HEAR_MATCH && out->score >= 0.8))
        return rc;
    return hear_once(typed, out, err);
}

static int hear_once(const HearInput *typed, HearResult *out, CoachError *err)
{
    HearInput copy;
    char blanked[2048];
    const HearInput *in = hear_without_excluded(typed, &copy, blanked, sizeof blanked);
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
    bool compound = hear_ends_on_open_question(in);
    bool lead_in[64];
    bool own_topic = hear_lead_in(in, count, lead_in);
    int best = -1;
    int rc = choose(in, lead_in, compound, scored, count, &best, err);
    if (rc != COACH_OK)
        return rc;
    /* the question's own topic found no taker (its rules' tests failed):
     * the lead-in names the topic after all, as before the question */
    HearInput near;
    if (own_topic && (best < 0 || !lead_in[best])) {
        for (size_t i = 0; i < count; i++)
            lead_in[i] = true;
        /* ...the lead-in next to the question, not an acknowledgement said
         * before it: in "Got it, March with Sam. You said the bearings look
         * fine - what have you tried?" Sam is not the topic */
        near = *in;
        near.lead_from = hear_near_lead_in(in);
        in = &near;
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
    bool no_move = (unintelligible && (best < 0 || scored[best].score <= 0.5)) || hear_foreign_question(a);
    if (best >= 0 && out->score >= HEAR_CONFIDENT && !no_move) {
        out->verdict = HEAR_MATCH;
        hear_describe(in, &in->intents[best], out);
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
            hear_describe(in, NULL, out);
        return COACH_OK;
    }
    if (best >= 0 && out->score >= HEAR_CONFIDENT) {
        /* a catch-all takes a line with no move once clarifications are spent */
        out->verdict = HEAR_MATCH;
        hear_describe(in, &in->intents[best], out);
        return COACH_OK;
    }
    out->verdict = HEAR_OTHERWISE;
    out->intent = -1;
    if (out->why[0] == '\0' || best < 0)
        snprintf(out->why, sizeof out->why, "no intent of this node matched");
    hear_describe(in, NULL, out);
    return COACH_OK;
}

double hear_explain(const HearInput *asked, size_t intent, bool *needs_test, char *why, size_t size)
{
    HearInput first_copy, copy;
    AnResult analysis;
    const HearInput *typed = hear_first_question(asked, &first_copy, &analysis);
    char blanked[2048];
    const HearInput *input = hear_without_excluded(typed, &copy, blanked, sizeof blanked);
    Scored scored;
    *needs_test = false;
    if (intent >= input->intent_count) {
        snprintf(why, size, "no such intent");
        return 0;
    }
    bool lead_in[64];
    size_t count = input->intent_count < 64 ? input->intent_count : 64;
    hear_lead_in(input, count, lead_in);
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
