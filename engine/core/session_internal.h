/* session_internal: what the ses_ files share and nobody else sees.
 *
 *   session.c         a call as a state machine: create, start, enter a
 *                     node, answer a line or an option, quit
 *   session_hear.c    how a typed line is heard at a node (rules, options,
 *                     the author's tests), the prospect's reaction, a
 *                     clarification when the line was not understood
 *   session_replay.c  playing logged inputs again: replay, reload (F5),
 *                     retry from a turn
 *   session_log.c     the session as its JSON log, rescoring
 *   session_view.c    reading a session's state; where a line would go
 *
 * session.h is the module's contract. */
#ifndef COACH_SESSION_INTERNAL_H
#define COACH_SESSION_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hear.h"
#include "log_queue.h"
#include "session.h"

/* Typed text kept in the transcript and the log (the analyser reads only
 * the first AN_MAX_LINE_BYTES). */
#define SES_MAX_KEPT_BYTES 16384

/* Clarifications a prospect asks in one call before a line that is not
 * understood takes the node's otherwise: enough to recover from a slip,
 * not a way round every miss. */
#define SES_MAX_CLARIFICATIONS 2

/* How a typed line was heard (hear.h), kept for the log and the screen. */
typedef struct SesHeard {
    HearVerdict verdict;
    HearDoubt doubt;
    char intent[RUB_ID_BYTES * 2];    /* route or option id heard ("" none) */
    double score;
    char runner_up[RUB_ID_BYTES * 2];
    double runner_up_score;
    char why[HEAR_TEXT_BYTES];
    char sentence[HEAR_TEXT_BYTES + 64]; /* "Dana heard an open question." */
} SesHeard;

typedef struct SesTurnData {
    char *text;
    char *line_id;
    char *route_id;
    char *state_json;
    SesHeard *heard;                  /* typed trainee lines only */
    bool premature;
    char linked[RUB_MAX_TARGETS][RUB_ID_BYTES];
    /* trainee: a stronger line at the node the line was said at (NULL: none) */
    char *better;
    const char *better_source;        /* "rule", "node" or "option" */
    bool said_better;                 /* the trainee's line was that line */
    int better_gain;                  /* option: its points over the line's own */
    /* trainee, said on a choice turn: how many options were shown, and the
     * input (0-based) their order was drawn for (ses_shuffle_order) */
    size_t options_shown;
    size_t options_line;
} SesTurnData;

typedef struct SesChoiceData {
    ScnChoice view;
    char *id;
    char *text;
} SesChoiceData;

struct Session {
    Scenario *scenario;
    Analyzer *own_analyzer;
    const Analyzer *analyzer;
    char *trainee;
    char *log_dir;
    char log_dir_path[4096];   /* the directory resolved at the start */
    char log_path[4096];       /* "" until the first trainee turn is logged */
    bool no_log;
    bool hold_log;             /* a reload's replay: written once, when it worked */
    char id[40];               /* the session's id in its log */
    cJSON *reloads;            /* F5 reloads of this call (array), NULL: none */
    char retry_of[40];         /* the call this one tries again ("" none) */
    size_t from_turn;          /* ... from the trainee's line number from_turn (1-based) */
    LogQueue *log_queue;       /* borrowed: writes after the first go through it */
    bool log_written;          /* the log exists on disk (its first write was direct) */
    uint64_t seed;
    bool shuffle_choices;      /* options shown in a seeded order (SesOptions) */

    SesState state;
    CoachError error;
    int node;
    bool accepts_text;
    SesChoiceData *choices;
    size_t choice_count;

    SesTurn *turns;
    RubTurn *rubric_turns;
    SesTurnData *data;
    size_t turn_count, turn_capacity;

    SesInput *inputs;
    size_t input_count, input_capacity;

    int clarifications;        /* asked so far (at most SES_MAX_CLARIFICATIONS) */
    /* the labels of the current node's route examples against the
     * prospect's line (ses_intents): every line heard at a node weighs the
     * same examples, so they are analysed once while node and line stay */
    int example_labels_node;        /* -1: none kept */
    char *example_labels_context;   /* the prospect's line they were analysed against ("": none) */
    unsigned *example_labels;       /* the node's route examples, in order */
    bool *revealed;
    RubScores *scores;
    char *ending;
    const char *ending_label; /* the author's name of the ending (borrowed), or NULL */
    bool ending_success;
    char started_at[32];
    char ended_at[32];
    struct timespec started;
};

/* --- session.c ----------------------------------------------------------------- */

/* A malloc'd copy of text ("" for NULL); NULL when out of memory. */
char *ses_strdup(const char *text);

/* A malloc'd copy of text[0..len), at most SES_MAX_KEPT_BYTES of it, with
 * invalid UTF-8 replaced; NULL when out of memory. */
char *ses_clean_utf8(const char *text, size_t len);

/* Words in text (runs of non-space). */
int ses_count_words(const char *text);

/* Seconds since the session started. */
double ses_elapsed(const Session *session);

/* Points each public turn at its rubric turn and its kept strings again
 * (the arrays may have moved). */
void ses_link_turns(Session *session);

/* Appends an empty turn; returns its index or -1 when out of memory. */
int ses_add_turn(Session *session);

/* Ends the session as failed with cause (copied to err); returns its code. */
int ses_fail(Session *session, const CoachError *cause, CoachError *err);

/* Enters node: says its line, takes its options, ends the call at an ending. */
int ses_enter(Session *session, int node, CoachError *err);

/* --- session_hear.c ------------------------------------------------------------- */

/* Hears a typed line at the current node against its rules and, at a
 * choice node, its options; *option is the option heard (-1 none). */
int ses_hear(Session *session, const ScnMove *move, const char *context, SesHeard *kept,
             HearResult *result, int *option, CoachError *err);

/* The intents a line is heard against at the current node: its rules, then
 * the options as shown (rule_count of them rules); the caller frees. */
HearIntent *ses_intents(Session *session, const char *context, size_t *rule_count, size_t *total);

/* The prospect's state reacts to the line's labels (scenario reactions). */
int ses_react(Session *session, const RubTurn *turn, bool premature, CoachError *err);

/* Gives an analysis the labels an option's author set for it. */
void ses_apply_option_labels(AnResult *a, const SesChoiceData *option);

/* The prospect did not understand: the trainee's line and the prospect's
 * clarification become turns that are not scored; the node, its options
 * and the state stay as they were. Takes clean and heard. */
int ses_clarify(Session *session, char *clean, const RubTurn *turn, SesHeard *heard, CoachError *err);

/* --- session_log.c -------------------------------------------------------------- */

/* Scores the turns so far again with the scenario's rubric. */
int ses_rescore(Session *session, CoachError *err);

/* Writes the log document after a turn (atomically, or through the log
 * queue); nothing while the trainee has said nothing. */
int ses_write_log(Session *session, CoachError *err);

/* --- session_view.c ------------------------------------------------------------- */

/* The seeded order count options are shown in when line (0-based) is
 * said: order[k] is the index of the k-th shown (a permutation of
 * 0..count-1 drawn from seed and line alone, so any replay draws it again). */
void ses_shuffle_order(uint64_t seed, size_t line, size_t *order, size_t count);

/* session_cues.c: cues and targets a line follows up, for the rubric. */
void ses_offer_again(Session *session, size_t index, const char *text);
void ses_pick_cues(Session *session, RubTurn *turn, const char *text);
void ses_link_targets(Session *session, RubTurn *turn, const char *text);

#endif
