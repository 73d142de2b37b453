/* rubric_internal: what the rub_ files share and nobody else sees.
 *
 *   rubric.c           the rule table, settings, the scores' storage,
 *                      running a scoring pass, reading the results
 *   rubric_evidence.c  reading the turns for the skills: reasons with
 *                      their caps, what a line does (asks, commits, offers a
 *                      choice), targets revealed and what links to them
 *   rubric_skills.c    discovery and listening, each a pass over the turns
 *   rubric_offer.c     benefits and the next step: what the trainee offers
 *                      and asks for, each a pass over the turns
 *
 * rubric.h is the module's contract. */
#ifndef COACH_RUBRIC_INTERNAL_H
#define COACH_RUBRIC_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "rubric.h"

typedef enum RuleId {
    R_TARGET,
    R_OPEN,
    R_PROBE,
    R_MOTIVE,
    R_COST,
    R_PROCESS,
    R_OPEN_RATIO,
    R_INTERROGATION,
    R_PITCH_EARLY,
    R_REFLECTION,
    R_LET_TALK,
    R_CUE_PICKED,
    R_CUE_MISSED,
    R_WORD_SHARE,
    R_MONOLOGUE,
    R_YOU_FOCUS,
    R_SELLER_FOCUS,
    R_REFLECTION_OVERUSE,
    R_OUTCOME,
    R_FITS,
    R_BRIDGED,
    R_LINKED,
    R_UNBRIDGED,
    R_ONE_PAIN,
    R_DUMP,
    R_EMPTY_TRIO,
    R_JARGON,
    R_PURPOSE,
    R_ASKED,
    R_SPECIFIC,
    R_CHOICE,
    R_QUID_PRO_QUO,
    R_NEVER_ASKED,
    R_PREMATURE,
    R_VAGUE,
    R_AUTHOR,
    R_COUNT
} RuleId;

typedef struct Rule {
    const char *id;
    RubSkill skill;
    int points; /* per occurrence; 0: computed by the rule */
    int cap;    /* most the rule may move the skill in one session; 0: none */
} Rule;


/* Every rule's id, skill, points and cap (rubric.c). */
extern const Rule rub_rules[R_COUNT];

/* Distinct features in one line that make a dump. */
enum { FEATURE_DUMP_MIN = 3 };
/* Purpose must be stated in the first this many trainee turns. */
enum { PURPOSE_TURNS = 2 };

/* Room for a cue's or a target's name in a reason (rub_cue_name). */
enum { NAME_BYTES = 96 };

struct RubScores {
    int scores[RUB_SKILL_COUNT];
    bool assessed[RUB_SKILL_COUNT];
    int overall;
    bool overall_capped; /* at most OVERALL_CAP_UNSHOWN: a skill unshown in a call that asked */
    RubMetrics metrics;
    RubReason *reasons;
    size_t count, capacity;
};

/* The state of one rub_score() run. */
typedef struct Scorer {
    RubScores *out;
    const RubTurn *turns;
    size_t count;
    const RubConfig *cfg;
    int rule_total[R_COUNT];
    int sum[RUB_SKILL_COUNT];
    bool *ask;      /* ask[i]: trainee turn i asks for the prospect's commitment */
    int error;
} Scorer;

/* A lowered copy of a trainee line, for substring tests. */
typedef struct Lowered {
    char text[AN_MAX_LINE_BYTES + 1];
} Lowered;

/* cfg, or (NULL) the defaults, written into *defaults. */
const RubConfig *rub_config_or_defaults(const RubConfig *cfg, RubConfig *defaults);

/* Adds a reason to the rule's own skill (see rub_add_reason_skill). */
#define rub_add_reason(scorer, rule, turn, points, match, ...)                                 \
    rub_add_reason_skill((scorer), (rule), rub_rules[(rule)].skill, (turn), (points), (match), \
                         __VA_ARGS__)

/* Logs one reason for rule on turn, applying the rule's cap; the points are
 * given explicitly (rules with computed points). Skill is the rule's except
 * for author points. A reason on a trainee turn quotes the line, and match
 * (NULL: the whole line) is the part that earned it. */
void rub_add_reason_skill(Scorer *scorer, RuleId rule, RubSkill skill, int turn, int points,
                          const char *match, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* Whether a trainee turn carries the label. */
bool rub_has(const RubTurn *turn, AnLabel label);

/* Whether a trainee turn asks a question (open or closed). */
bool rub_is_question(const RubTurn *turn);

/* Words in a turn's text. */
int rub_turn_words(const RubTurn *turn);

/* Lower-cases text into buffer (ASCII; the typographic apostrophe becomes
 * '), cut to size. */
void rub_lower_copy(const char *text, char *buffer, size_t size);

/* The words of turn that earned a cue, as typed, or NULL. */
const char *rub_cue_match(const RubTurn *turn, AnCue cue);

/* The words of turn that earned a label (its first evidence), as typed, or
 * NULL. */
const char *rub_label_match(const RubTurn *turn, AnLabel label);

/* The first question's words in turn (open, probe, closed), or NULL. */
const char *rub_question_match(const RubTurn *turn);

/* The trainee's name of a cue: its label, else the words of said (the
 * prospect line that dropped it) it was dropped in, else its id in words. */
const char *rub_cue_name(const RubCue *cue, const char *said, char *out, size_t size);

/* Whether two cue ids are one cue dropped again: the same id, or every
 * word of one names a word of the other ("raj" and "raj_must", "audit" and
 * "auditor", "feeds" and "night_feeds"; not "dad_money" and "dad_likes"). */
bool rub_same_cue(const char *a, const char *b);

/* The trainee's name of target id: the label a prospect turn carried for it,
 * or the id in words. */
const char *rub_target_name(const Scorer *scorer, const char *id, char *out, size_t size);

/* The clause of turn that holds the words of one of its cues (where the
 * match lies in the text), or -1 when the line has no clauses or the words
 * are not found. */
int rub_cue_clause(const RubTurn *turn, AnCue cue);

/* True when a cue's words lie in a clause that asks (an open, closed or
 * probing question) and pitches no feature: "who else signs off?", not a
 * reflection ("no slack left in the budget. Fair?") or a feature list
 * ("...and approvals on their phones"). A line of one clause, or whose cue
 * is not placed, asks when the line does. */
bool rub_cue_asked(const RubTurn *turn, AnCue cue);

/* Where the text of one clause of turn starts, and its length. */
const char *rub_clause_text(const RubTurn *turn, int clause, size_t *length);

/* True when the next_step of trainee turn i is a request for the prospect's
 * commitment (time, a meeting, an introduction, a decision): not the check
 * at the end of a purpose statement in the first turns ("does that work for
 * you?"), not a who-decides or cost-of-doing-nothing question whose only
 * step words are a date or a document ("when the contract's up in
 * September, who else gets a say?"), and not an offer or an exit put as a
 * statement of what the seller will do ("I'll send that over today", "I'll
 * let you get back to it"). */
bool rub_asks_commitment(const RubTurn *turn, int trainee_index);

/* Where text names a day or a time of day ("Tuesday", "tomorrow",
 * "morning", "3pm", "at 4"), the concrete part of an ask that a length ("for
 * an hour") is not; NULL when it names none. *length gets the words' length. */
const char *rub_names_day(const char *text, size_t *length);

/* Whether a lowered line offers a choice ("Tuesday or Wednesday"). */
bool rub_offers_choice(const char *lowered);

/* Whether id is among the first count ids. */
bool rub_id_in(const char (*ids)[RUB_ID_BYTES], size_t count, const char *id);

/* Counts the distinct targets revealed in turns[0..count); fills seen (up to
 * RUB_MAX_TARGETS) when not NULL. */
size_t rub_distinct_targets(const RubTurn *turns, size_t count,
                            char (*seen)[RUB_ID_BYTES]);

/* The distinct targets revealed in turns[0..count) that earn an ask: not
 * those told in reply to a pitch that asked no open question of them before
 * any target was told to a line that was no pitch ("...our app lets you
 * track your application. Would a fixed rate help you sleep better?"). */
size_t rub_earning_targets(const RubTurn *turns, size_t count);

/* An ask at turn index before the targets that earn one are uncovered
 * (rub_earning_targets): the rubric's premature ask. */
bool rub_ask_unearned(const RubTurn *turns, size_t index, const RubConfig *cfg);

/* Targets to uncover before an ask is earned: the setting, capped by the
 * scenario's target count. */
int rub_effective_min_targets(const RubConfig *cfg);

/* Index of the next trainee turn after index, or count. */
size_t rub_next_trainee(const Scorer *scorer, size_t index);

/* Index of the trainee turn before index, or -1. */
int rub_previous_trainee(const Scorer *scorer, size_t index);

/* The first target revealed before index that the benefit line at index
 * connects to (the session's links first, then min_shared content words
 * shared with the prospect line that revealed it), leaving out the
 * skip_count ids in skip (skip may be NULL when skip_count is 0), or NULL. */
const char *rub_linked_target(const Scorer *scorer, size_t index, const char *lowered_line,
                              Lowered *scratch, const char (*skip)[RUB_ID_BYTES], size_t skip_count,
                              int min_shared);

/* Content words the lowered line shares with the prospect line before index
 * that revealed target id (0 when none did). */
int rub_target_words_shared(const Scorer *scorer, size_t index, const char *id, const char *lowered_line,
                            Lowered *scratch);

/* The features of trainee line index that the prospect had not named: its
 * feature count less the scenario features it names ("case barcodes") whose
 * words an earlier prospect line said ("the chain wants barcodes on every
 * case"). Giving back what they asked for is no feature dump. */
int rub_unasked_features(const Scorer *scorer, size_t index, Lowered *scratch);

/* True when a benefit line states an outcome for the prospect, not only a
 * bridge phrase: the benefit is not put as a question ("what would it mean
 * for you?"), and the line names one of the scenario's outcomes, links to
 * something the prospect said, or its benefit wording goes on past the
 * bridge ("you'd get X" with X a feature is not an outcome). */
bool rub_states_outcome(const RubTurn *turn, bool linked);

/* Discovery: targets revealed, open questions, probes, motive, cost and
 * buying process; interrogation and pitching early. */
void rub_score_discovery(Scorer *scorer);

/* Listening: cues picked up or missed, reflections, word share, "you" focus,
 * monologues. */
void rub_score_listening(Scorer *scorer);

/* Benefits: outcomes and features tied to what the prospect said; dumps and
 * unbridged features. lowered and scratch are the caller's buffers. */
void rub_score_benefits(Scorer *scorer, Lowered *lowered, Lowered *scratch);

/* The next step: purpose stated, an earned and specific ask, a choice
 * offered; premature, vague or missing asks. */
void rub_score_next_step(Scorer *scorer, Lowered *lowered);

#endif
