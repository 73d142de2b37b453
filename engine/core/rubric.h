/* rubric: the moves of a whole session -> four skill scores (0-100) and an
 * overall weighted mean, each point given or taken carrying its turn, rule
 * id and reason (docs/rubric.md), plus the session metrics.
 *
 * Pure function of its input: the session hands the full list of turns each
 * time and gets a complete, deterministic scoring back. */
#ifndef COACH_RUBRIC_H
#define COACH_RUBRIC_H

#include <stdbool.h>
#include <stddef.h>

#include "analyze.h"

typedef enum RubSkill {
    RUB_DISCOVERY,
    RUB_LISTENING,
    RUB_BENEFITS,
    RUB_NEXT_STEP,
    RUB_SKILL_COUNT
} RubSkill;

/* "discovery", "listening", "benefits", "next_step" (the log's keys). */
const char *rub_skill_name(RubSkill skill);

#define RUB_MAX_CUES 8
#define RUB_MAX_TARGETS 16
#define RUB_ID_BYTES 48

/* One cue the prospect dropped in a line: an id, the words that pick it up
 * and the name the trainee reads (the author's `label`, or NULL: the rubric
 * then turns the id into words). */
typedef struct RubCue {
    char id[RUB_ID_BYTES];
    const char *words; /* borrowed; lives as long as the scenario */
    const char *label; /* borrowed; NULL when the author gave none */
} RubCue;

/* One turn as the rubric sees it. The session owns the storage. */
typedef struct RubTurn {
    bool trainee;               /* false: a prospect line */
    bool unscored;              /* left out of scoring (a line the prospect asked to have
                                   clarified, and the clarification); reasons keep the
                                   indexes of the full list */
    const char *text;           /* borrowed */
    int words;
    /* trainee turns: */
    AnResult analysis;          /* labels (after any author override) + metrics */
    bool from_choice;
    int choice_points[RUB_SKILL_COUNT]; /* author's extra points for a choice */
    char picked_cues[RUB_MAX_CUES][RUB_ID_BYTES]; /* ids of cues this line followed up (set by the session) */
    size_t picked_cue_count;
    /* ids of cues this line asked of with a yes/no question that names them,
     * right after they were dropped ("Is Harlow thinking about leaving?"):
     * not missed and no interrogation, but no pick-up credit (set by the session) */
    char touched_cues[RUB_MAX_CUES][RUB_ID_BYTES];
    size_t touched_cue_count;
    /* Optional (set by the session with an_shared_meaning against the keys of
     * the targets revealed so far): ids of uncovered targets this line's
     * words connect to. The rubric also finds links on its own by word
     * overlap with the prospect lines that revealed a target. */
    char linked_targets[RUB_MAX_TARGETS][RUB_ID_BYTES];
    /* how many of each linked target's key meanings the line shares: the
     * pain a benefit answers is the one whose words it shares most */
    int linked_shared[RUB_MAX_TARGETS];
    size_t linked_target_count;
    /* prospect turns: */
    RubCue cues[RUB_MAX_CUES];
    size_t cue_count;
    char revealed[RUB_MAX_TARGETS][RUB_ID_BYTES]; /* discovery targets revealed by this line */
    const char *revealed_labels[RUB_MAX_TARGETS]; /* their names for the trainee (borrowed; NULL:
                                                     the id turned into words) */
    size_t revealed_count;
    bool prospect_asked_for_work; /* the prospect asked for a demo/proposal (quid pro quo) */
    bool ends_in_a_no;            /* the call ended with this line and without the next step
                                     (a brush-off, a polite no): a cue dropped before it that the
                                     trainee answered at least once is judged now, its window cut
                                     short by how the call went */
    bool ends_in_next_step;       /* the call ended with this line and the next step agreed (a
                                     success ending): the cues of its last lines are left to that
                                     meeting, and the line it agreed to was an ask */
} RubTurn;

/* Thresholds and weights; a scenario may override any of them. */
typedef struct RubConfig {
    double weights[RUB_SKILL_COUNT];  /* default .35 .25 .2 .2 */
    int min_targets_before_ask;       /* default 2 */
    double open_ratio_target;         /* default 0.5 */
    double max_word_share;            /* default 0.45 */
    int max_monologue_words;          /* default 60 */
    int cue_window_turns;             /* default 2 trainee turns */
    int target_count;                 /* discovery targets the scenario defines */
} RubConfig;

/* Fills cfg with the defaults of RUBRIC.md. */
void rub_config_defaults(RubConfig *cfg);

#define RUB_REASON_BYTES 240
#define RUB_QUOTE_BYTES 160

/* One point movement: which skill, how much, on which turn, why. A reason
 * on a trainee turn quotes the line (cut to RUB_QUOTE_BYTES at a character
 * boundary, "..." added) and the part of it that earned the points. Shown
 * to people, a reason names the trainee's own line ("your line 2": `line`,
 * the trainee counting only what they said), never the turn index, which
 * counts both speakers and is what the log keys on. */
typedef struct RubReason {
    RubSkill skill;
    int points;                 /* + or - */
    int turn;                   /* 0-based index into the turns, -1 for whole-session rules */
    int line;                   /* the trainee's line of `turn`, from 1 (their first line is 1);
                                   0 for whole-session rules */
    char rule[RUB_ID_BYTES];    /* e.g. "discovery.open_ratio" */
    char text[RUB_REASON_BYTES];/* what happened and a concrete tip, naming targets and cues by
                                   their labels, never their ids */
    char quote[RUB_QUOTE_BYTES];/* the trainee's line of `turn` ("" for whole-session rules) */
    char match[AN_MATCH_BYTES]; /* the part of quote that earned it ("" when the whole line) */
} RubReason;

/* The session metrics of RUBRIC.md. */
typedef struct RubMetrics {
    int questions, open_questions, probes, reflections;
    int discovery_questions;    /* questions that are no ask: what open_ratio is of */
    double open_ratio, reflection_to_question;
    int cues_offered, cues_picked_up, cues_missed;
    int targets_uncovered;
    int features, bridged_features, benefits, jargon_hits;
    int next_step_asks, first_next_step_turn, premature_asks;
    double trainee_word_share;
    int longest_monologue;
    int turns;
    /* added: */
    int trainee_turns;
    int interrogation_questions;  /* questions 3rd+ in a row without follow-up */
    int feature_dumps, empty_trio_hits, seller_focus_lines, monologues;
    int you_words, i_words;
    bool stated_purpose;          /* purpose in the first two trainee turns */
} RubMetrics;

typedef struct RubScores RubScores; /* opaque: reasons list grows */

/* Creates an empty scoring; caller frees with rub_destroy(). NULL on OOM. */
RubScores *rub_create(void);
void rub_destroy(RubScores *scores);

/* Scores turns[0..count) under cfg into scores (replacing what it held).
 * Returns 0, or COACH_ENOMEM. */
int rub_score(RubScores *scores, const RubTurn *turns, size_t count, const RubConfig *cfg);

/* True when a next_step asked right after turns[0..count) would come before
 * the right to ask is earned: fewer than cfg->min_targets_before_ask distinct
 * targets revealed so far. The session uses it to cool the prospect; the
 * rubric uses it to score. */
bool rub_ask_is_premature(const RubTurn *turns, size_t count, const RubConfig *cfg);

/* The points a skill starts from before any reason: 0 for every skill (no
 * free base; a skill is built from evidence in the call). A skill's score is
 * rub_skill_base() + the sum of its reasons' points, clamped to 0-100, so a
 * debrief can show the arithmetic. A session with no trainee turn scores 0
 * on every skill. */
int rub_skill_base(RubSkill skill);

/* False when the call gave the skill no opportunity (benefits with no
 * product talk at all): the skill is shown as not assessed, scores 0 here
 * and is left out of the overall score, whose weights are renormalised. */
bool rub_skill_assessed(const RubScores *scores, RubSkill skill);
/* 0-100 score of one skill (0 when not assessed). */
int rub_skill_score(const RubScores *scores, RubSkill skill);
/* 0-100 weighted mean of the assessed skills; at most 90 when a weighted
 * skill was not assessed in a call that uncovered a need and asked for a
 * next step (rub_overall_capped). */
int rub_overall(const RubScores *scores);
/* True when rub_overall() was held to 90 because a skill was not shown in a
 * call that reached the point of offering (docs/rubric.md). */
bool rub_overall_capped(const RubScores *scores);
/* The cap, as a number and as text: one place to move it, so the scorecard's
 * words (RUB_OVERALL_CAPPED_TEXT, the debrief, --text) always say the number
 * rub_overall() applies. */
#define RUB_OVERALL_CAP 90
#define RUB_STRINGIFY_(x) #x
#define RUB_STRINGIFY(x) RUB_STRINGIFY_(x)
#define RUB_OVERALL_CAP_STR RUB_STRINGIFY(RUB_OVERALL_CAP)
#define RUB_OVERALL_CAPPED_TEXT                                                                    \
    "at most " RUB_OVERALL_CAP_STR ": you asked for a next step without ever saying what they would get"


/* The reasons of one skill as shown to the trainee: reasons with the same
 * rule and sentence (three open questions) form one group, shown once with
 * their count, their points summed and each member's turn and words. */
typedef struct RubGroup {
    size_t first;   /* index (rub_reason) of its first reason */
    int count;      /* reasons in the group */
    int points;     /* their sum */
} RubGroup;

/* Fills groups[0..max) with the groups of skill, the largest |points| first
 * (then the earliest turn); returns how many there are (may exceed max). */
size_t rub_reason_groups(const RubScores *scores, RubSkill skill, RubGroup *groups, size_t max);
/* True when reason b belongs to the group of reason a. */
bool rub_same_group(const RubReason *a, const RubReason *b);
/* The reason's quote with the part that earned it in [brackets], in quotes:
 * "What does [each stop cost] you?". "" when the reason quotes nothing. */
void rub_quote_marked(const RubReason *reason, char *out, size_t size);
/* Where match occurs in text as whole words (no letter or digit just before
 * or after it: "her" in "like for her?", not in "together"), else its first
 * occurrence; NULL when it does not occur. */
const char *rub_find_words(const char *text, const char *match);

/* An id turned into words for a trainee ("mulch_client" -> "mulch client",
 * "line3" -> "line 3"): the name of a target, cue or ending whose author
 * gave no label. Writes at most size bytes, NUL-terminated. */
void rub_id_words(const char *id, char *out, size_t size);
const RubMetrics *rub_metrics(const RubScores *scores);
size_t rub_reason_count(const RubScores *scores);
/* Borrowed; valid until the next rub_score() or rub_destroy(). */
const RubReason *rub_reason(const RubScores *scores, size_t index);

#endif
