/* session: one play-through of a scenario, as a state machine that the GUI,
 * the terminal player and the headless runner all drive with the same calls:
 *
 *   ses_create -> ses_start -> (prospect line) -> ses_answer_text /
 *   ses_answer_choice -> analysis, prospect reaction, routing, next line ...
 *   -> ending (SES_ENDED) -> scores.
 *
 * From the trainee's first turn on, the JSON log (see log.h) is rewritten
 * atomically after every turn, so a killed process loses nothing already
 * said; a call in which the trainee said nothing leaves no log. The session never draws and
 * never reads the keyboard. */
#ifndef COACH_SESSION_H
#define COACH_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyze.h"
#include "error.h"
#include "rubric.h"
#include "scenario.h"

typedef struct Session Session;

typedef enum SesState {
    SES_NEW,          /* created, not started */
    SES_AWAIT_TEXT,   /* the prospect spoke; waiting for a typed line */
    SES_AWAIT_CHOICE, /* the prospect spoke; waiting for a choice (typing may also be allowed) */
    SES_ENDED,        /* an ending was reached, or the trainee quit */
    SES_FAILED        /* the scenario raised an error; see ses_error() */
} SesState;

typedef struct SesOptions {
    const char *trainee;     /* name in the log; default: $USER or "trainee" */
    const char *log_dir;     /* NULL: the default log directory (log_default_dir) */
    bool no_log;             /* true: write no log (tests of the state machine only) */
    uint64_t seed;           /* 0: the scenario's default seed */
    bool has_seed;
    /* The lexicon the session builds its private analyser from (and
     * extends with the scenario's features, outcomes and jargon). NULL with
     * a borrowed analyzer: a copy of that analyser (an_clone; no file is
     * read). NULL without one: $COACH_ROOT/assets/lexicon.lua, else the
     * source tree's. If the copy or the file fails and an analyzer was
     * borrowed, it is used as it is, without the scenario's terms. */
    const char *lexicon_path;
    /* true: ses_create builds no analyser; ses_set_analyzer() gives
     * it one before the first answer (answers fail with COACH_ESTATE until
     * then). Lets a GUI show the prospect's first line without waiting for
     * the lexicon. */
    bool defer_analyzer;
    /* Writes after the start go to this queue (borrowed; it must outlive
     * the session's writes), so a reply is not held up by the disk: the
     * window's way. NULL: every write is done before the answer returns. */
    struct LogQueue *log_queue;
    /* true: the options are shown in a seeded order (ses_choice_order),
     * recorded in the log with every line said on a choice turn
     * ("options_shown"); false: in the author's order. */
    bool shuffle_choices;
} SesOptions;

/* One turn of the transcript (owned by the Session, valid until it is destroyed). */
typedef struct SesTurn {
    bool trainee;
    const char *text;
    const char *node;        /* node id the line was said at */
    const char *line_id;     /* prospect: stable line id; trainee: choice id or NULL */
    int choice;              /* trainee: choice index or -1 */
    const RubTurn *rubric;   /* labels with evidence, cues, reveals */
    const char *route_id;    /* trainee: route that was taken */
    const char *heard;       /* trainee, typed: how the prospect understood the line
                                ("Dana heard an open question."), else NULL */
    bool clarified;          /* a line the prospect asked to have clarified, or that
                                clarification: not scored, changed nothing */
    double elapsed_seconds;  /* since ses_start */
} SesTurn;

/* Creates a session on a loaded scenario. The session takes ownership of
 * scenario (ses_destroy unloads it) and borrows analyzer, which must outlive
 * it; the scenario's terms are added to a private copy of the analyser's
 * lexicon. Returns NULL and fills err on failure. */
Session *ses_create(Scenario *scenario, const Analyzer *analyzer, const SesOptions *options,
                    CoachError *err);
void ses_destroy(Session *session);

/* Enters the start node: the prospect's first line. Checks the log
 * directory (unless no_log): one that cannot be written is an error here,
 * before any play. The log file itself is made with the first trainee turn. */
int ses_start(Session *session, CoachError *err);

/* Gives a session created with defer_analyzer its analyser: a copy
 * of analyzer (borrowed only during the call) with the scenario's terms.
 * COACH_ESTATE when the session already has one. */
int ses_set_analyzer(Session *session, const Analyzer *analyzer, CoachError *err);
bool ses_has_analyzer(const Session *session);

/* The trainee says text (UTF-8, any bytes, any length: cut and repaired by the
 * analyser). Valid in SES_AWAIT_TEXT, and in SES_AWAIT_CHOICE when
 * ses_accepts_text(). */
int ses_answer_text(Session *session, const char *text, size_t len, CoachError *err);

/* The trainee picks option index (0-based). Valid in SES_AWAIT_CHOICE. */
int ses_answer_choice(Session *session, size_t index, CoachError *err);

/* The trainee ends the call early; the ending is "abandoned". */
int ses_quit(Session *session, CoachError *err);

SesState ses_state(const Session *session);
bool ses_accepts_text(const Session *session);
const Scenario *ses_scenario(const Session *session);

/* The prospect's current line (borrowed, valid until the next answer). */
const char *ses_prospect_line(const Session *session);
size_t ses_choice_count(const Session *session);
/* Borrowed, valid until the next answer. */
const ScnChoice *ses_choice(const Session *session, size_t index);

/* The order the current turn's options are shown in: order[k] is the
 * index (ses_choice) of the k-th shown, for k < max. A permutation drawn
 * from the session's seed and the number of lines said so far, so a
 * replay, a retry and a reload show the same order; the author's order
 * without shuffle_choices. Returns the number of options (may exceed max). */
size_t ses_choice_order(const Session *session, size_t *order, size_t max);

size_t ses_turn_count(const Session *session);
const SesTurn *ses_turn(const Session *session, size_t index);

/* Scores so far (updated after every turn). */
const RubScores *ses_scores(const Session *session);

/* Ending, once SES_ENDED: outcome id ("meeting_booked", "abandoned"...) and success. */
const char *ses_ending(const Session *session);
bool ses_ending_success(const Session *session);
/* The ending's name for the trainee (the author's `label`, else the outcome
 * id in words) into out; "" when the call has not ended. */
void ses_ending_label(const Session *session, char *out, size_t size);

/* Path of the JSON log (borrowed), or NULL with no_log and until the
 * trainee's first turn is logged. */
const char *ses_log_path(const Session *session);

/* The error that put the session in SES_FAILED. */
const CoachError *ses_error(const Session *session);

/* --- replay (hot reload), progress, the log document ------------------------ */

/* One trainee input as given, for replay (hot reload): a typed line
 * (choice == -1) or a choice index. Owned by the Session. */
typedef struct SesInput {
    const char *text;   /* typed bytes as given (NUL-terminated copy), or NULL for a choice */
    size_t length;
    int choice;
} SesInput;

size_t ses_input_count(const Session *session);
const SesInput *ses_input(const Session *session, size_t index);

/* Replays inputs[0..count) on a fresh started session (stops at the first
 * error, or when the session ends). */
int ses_replay(Session *session, const SesInput *inputs, size_t count, CoachError *err);

/* A reload (F5, or the scenario file changed on disk): plays old's answers,
 * as given, into fresh (just started on the edited scenario) as long as it
 * offers the same kind of turn, and makes fresh the same call: old's log
 * file, id and start time, with a reload event added to the log's
 * "reloads" (when, answers given, answers replayed, the scenario's new
 * sha256); old writes nothing more. Returns how many answers were
 * replayed and sets *total to how many old had. When the edited scenario
 * raises an error during the replay, *script_error is set, err filled and
 * nothing is written or taken from old: old can go on as it was. A log
 * that cannot be written fills err (replay done). */
size_t ses_reload(Session *fresh, Session *old, size_t *total, bool *script_error, CoachError *err);

/* Try again: makes session (started on the same scenario with the same
 * seed, nothing said yet) a retry of the call parent_id, whose trainee
 * said inputs[0..input_count) (ses_input, or replay_load for a log). The
 * first from_turn - 1 lines are replayed as said, so the trainee says line
 * from_turn (1-based, counting every line the trainee said) anew; the log
 * records "retry_of" and "from_turn". *replayed says how many lines were
 * replayed. COACH_EUSAGE for a from_turn outside 1..input_count,
 * COACH_ESTATE when a line no longer fits the scenario (it changed since)
 * or the call ends during the replay. */
int ses_begin_retry(Session *session, const char *parent_id, const SesInput *inputs, size_t input_count,
                    size_t from_turn, size_t *replayed, CoachError *err);

/* The call this one tries again (NULL: none) and, in *from_turn (may be
 * NULL), the line it was tried again from. */
const char *ses_retry_of(const Session *session, size_t *from_turn);

/* The session's id (written in its log as "id"; "" before ses_start). */
const char *ses_id(const Session *session);

/* The current node index (-1 before ses_start). */
int ses_node(const Session *session);

/* Whether target index (scn_target) has been revealed so far. */
bool ses_target_revealed(const Session *session, size_t index);

/* The trainee's name and the seed in use. */
const char *ses_trainee(const Session *session);
uint64_t ses_seed(const Session *session);

/* The log document as it stands (what is written after every turn).
 * Caller: cJSON_Delete. NULL when out of memory. */
struct cJSON *ses_log_document(const Session *session);

/* For authoring tools: enters node id as if a route led there (its line,
 * cues, reveals and effects apply). Valid once started, before the end. */
int ses_goto(Session *session, const char *node_id, CoachError *err);

/* How text would be heard at the current node, without saying it: the
 * labels and clauses, every intent with its score and why, and the verdict
 * with where it leads, as lines of text. Test functions of rules are run
 * (they should not change the state). Caller frees; NULL with err. */
char *ses_explain_hearing(Session *session, const char *text, size_t len, CoachError *err);

#endif
