/* hear: what the prospect understood of a typed line at one node.
 *
 * A node's routes and options are the intents the prospect can hear at that
 * point. A typed line is matched against all of them, not just the first
 * rule that fires, with a similarity a trainer can read:
 *
 *   - a route's conditions (when / any / unless / words / premature / test)
 *     met by the whole line score 0.60, plus 0.25 when they are met by the
 *     clause the prospect answers (the last question or ask), plus 0.05 for
 *     each condition beyond the first (at most 0.15): "It sounds like Harlow
 *     is the worry. What happens if nothing changes?" is heard as the
 *     question about doing nothing, not as the reflection on Harlow;
 *   - a lead-in's words count for a rule only when the answered open
 *     question points back at it ("What would she need?"), names no topic
 *     of the node's intents, or names that rule's topic too; else, when a
 *     rule the question names passes its test, the question's topic decides
 *     (the lead-in is given back when none does);
 *   - a rule with no label or words condition (a catch-all) scores 0.50;
 *   - an option, and an author's `examples` of an intent, score by how alike
 *     they are: 0.6 x the share of the example's content meanings (stems and
 *     synonym groups) that the line (or its answered clause) carries + 0.4 x
 *     the agreement of their labels; typing an option's own words is that
 *     option.
 *
 * The best intent at or above HEAR_CONFIDENT is what the prospect heard.
 * Below it the prospect asks a clarification (no state change, no score)
 * when the line holds no move at all, when a near miss makes it ambiguous,
 * or when the node's fallback would end the call; otherwise the node's
 * `otherwise` applies. Clarifications are budgeted by the caller. */
#ifndef COACH_HEAR_H
#define COACH_HEAR_H

#include <stdbool.h>
#include <stddef.h>

#include "analyze.h"
#include "error.h"

#define HEAR_CONFIDENT 0.5
/* A partial match at or above this (the right words, the wrong kind of
 * move; an example half said) makes a miss ambiguous: ask, don't guess. */
#define HEAR_NEAR_MISS 0.3
/* Lines longer than this many words are a monologue the prospect asks to
 * have boiled down. */
#define HEAR_MAX_WORDS 200

/* One intent of a node. Borrowed strings: they live as long as the caller's
 * scenario. */
typedef struct HearIntent {
    const char *id;             /* route id ("node.route2") or option id ("node.a") */
    bool is_choice;
    unsigned when;              /* AN_BIT() set: all needed */
    unsigned any;               /* AN_BIT() set: one needed (0: no condition) */
    unsigned unless;            /* AN_BIT() set: none allowed */
    const char *words;          /* shared meaning needed (NULL: no condition) */
    int premature;              /* -1 no condition, 0 must not be premature, 1 must be */
    bool has_test;              /* a test function decides too (see HearInput.test) */
    const char *text;           /* an option's words (NULL for a route) */
    unsigned text_labels;       /* an option's labels (authored, else analysed) */
    const char *const *examples;/* other ways a trainee might say it */
    size_t example_count;
    const unsigned *example_labels; /* per example, its labels analysed against HearInput.context
                                       (the caller's, kept across lines); NULL: analysed when heard */
    const char *heard;          /* authored description ("a question about the pilot"), or NULL */
} HearIntent;

/* What a rule's test function is run on. */
typedef enum HearTestOn {
    HEAR_TEST_LINE,     /* the whole typed line */
    HEAR_TEST_EMPTY,    /* an empty line with no label: a test that passes then
                           does not read the line, and its rule is a catch-all */
    HEAR_TEST_PART      /* a part of the line, bytes start..end, analysed on its own:
                           the answered clause (the last question or ask of a line of
                           several clauses), or the line up to the first of two joined
                           questions when that one is answered */
} HearTestOn;

/* Evaluates intent's test function on `on` (start and end: the part's byte
 * span, for HEAR_TEST_PART); true when it passes. An error (a scenario
 * error) stops hearing and is returned by hear_line. */
typedef int (*HearTestFn)(void *data, size_t intent, HearTestOn on, size_t start, size_t end, bool *passed,
                          CoachError *err);

typedef struct HearInput {
    const Analyzer *analyzer;
    const char *text;           /* the typed line, len bytes */
    const char *shown;          /* the line as typed, for quoting when text has words blanked
                                   (hear_without_excluded); NULL: text */
    size_t len;
    const AnResult *analysis;   /* of text, against context */
    const char *context;        /* the prospect's line before (for examples' labels); may be NULL */
    bool premature;             /* a next_step now would come before the right to ask */
    const HearIntent *intents;
    size_t intent_count;
    bool otherwise_ends_call;   /* the node's fallback leads straight to an ending */
    bool closing;               /* the author means a miss to end the call here (closing = true):
                                   a near miss is not asked about; no words or no move still are */
    bool can_clarify;           /* the clarification budget is not spent */
    const char *listener;       /* the prospect's first name, for the description */
    size_t test_until;          /* >0: a test "on the line" reads its first test_until bytes (the
                                   line up to the first of two joined questions answered) */
    size_t lead_from;           /* where the lead-in's words start counting (0: the whole line;
                                   hear_line sets it when it gives a lead-in back) */
    HearTestFn test;            /* may be NULL when no intent has a test */
    void *test_data;
} HearInput;

typedef enum HearVerdict {
    HEAR_MATCH,     /* intent `intent` was heard */
    HEAR_OTHERWISE, /* nothing matched: the node's otherwise applies */
    HEAR_CLARIFY    /* the prospect asks what the trainee meant */
} HearVerdict;

/* Why a clarification is asked. */
typedef enum HearDoubt {
    HEAR_DOUBT_NONE,
    HEAR_DOUBT_EMPTY,     /* no words */
    HEAR_DOUBT_NO_MOVE,   /* words, but no question, reflection, pitch or ask in them */
    HEAR_DOUBT_LONG,      /* more than HEAR_MAX_WORDS words */
    HEAR_DOUBT_NEAR_MISS, /* close to an intent, not close enough */
    HEAR_DOUBT_DEAD_END   /* a miss would end the call */
} HearDoubt;

/* "empty", "no_move", "long", "near_miss", "dead_end" ("" for none). Static. */
const char *hear_doubt_name(HearDoubt doubt);

#define HEAR_TEXT_BYTES 320

typedef struct HearResult {
    HearVerdict verdict;
    HearDoubt doubt;
    int intent;                 /* the intent heard (HEAR_MATCH), else the best candidate or -1 */
    double score;
    int runner_up;              /* the next best intent that leads elsewhere, or -1 */
    double runner_up_score;
    char why[HEAR_TEXT_BYTES];  /* how the score was made: "labels open_question on the answered clause; words: cost" */
    char heard[HEAR_TEXT_BYTES];/* for the trainee: "an open question about cost" */
} HearResult;

/* Hears the line. Returns 0, or the error a test function gave. Never fails
 * on any text. */
int hear_line(const HearInput *input, HearResult *out, CoachError *err);

/* One intent's score for the line and why, as hear_line() weighs it, for
 * authors (`coach hear`). A test function is not run: *needs_test says the
 * rule has one. Returns the score; 0 when ruled out. */
double hear_explain(const HearInput *input, size_t intent, bool *needs_test, char *why, size_t size);

/* "<listener> heard: <heard>" or "<listener> wasn't sure what you meant"
 * into out (cut to size). */
/* People and things named to be left out ("Apart from you and Tom, who
 * else gets a say?", "besides the price", "other than Denise") are not the
 * topic: the words after the leader, up to a comma, a question word or six
 * words, are blanked into out (text's length, so offsets hold; size must
 * exceed len). Returns whether anything was blanked. hear_line and
 * hear_explain hear the blanked line; a caller running rule tests gives
 * them the blanked text too. */
bool hear_blank_excluded(const char *text, size_t len, char *out, size_t size);

void hear_sentence(const HearResult *result, const char *listener, char *out, size_t size);

#endif
