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

/* One cue the prospect dropped in a line: an id and the words that pick it up. */
typedef struct RubCue {
    char id[RUB_ID_BYTES];
    const char *words; /* borrowed; lives as long as the scenario */
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
    /* Optional (set by the session with an_shared_meaning against the keys of
     * the targets revealed so far): ids of uncovered targets this line's
     * words connect to. The rubric also finds links on its own by word
     * overlap with the prospect lines that revealed a target. */
    char linked_targets[RUB_MAX_TARGETS][RUB_ID_BYTES];
    size_t linked_target_count;
    /* prospect turns: */
    RubCue cues[RUB_MAX_CUES];
    size_t cue_count;
    char revealed[RUB_MAX_TARGETS][RUB_ID_BYTES]; /* discovery targets revealed by this line */
    size_t revealed_count;
    bool prospect_asked_for_work; /* the prospect asked for a demo/proposal (quid pro quo) */
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

#define RUB_REASON_BYTES 160

/* One point movement: which skill, how much, on which turn, why. */
typedef struct RubReason {
    RubSkill skill;
    int points;                 /* + or - */
    int turn;                   /* 0-based turn index, -1 for whole-session rules */
    char rule[RUB_ID_BYTES];    /* e.g. "discovery.open_ratio" */
    char text[RUB_REASON_BYTES];/* a sentence for the trainee */
} RubReason;

/* The session metrics of RUBRIC.md. */
typedef struct RubMetrics {
    int questions, open_questions, probes, reflections;
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

/* The points a skill starts from before any reason (static). A skill's score
 * is rub_skill_base() + the sum of its reasons' points, clamped to 0-100, so
 * a debrief can show the arithmetic. A session with no trainee turn scores 0
 * on every skill. */
int rub_skill_base(RubSkill skill);

/* 0-100 score of one skill. */
int rub_skill_score(const RubScores *scores, RubSkill skill);
/* 0-100 weighted mean of the four. */
int rub_overall(const RubScores *scores);
const RubMetrics *rub_metrics(const RubScores *scores);
size_t rub_reason_count(const RubScores *scores);
/* Borrowed; valid until the next rub_score() or rub_destroy(). */
const RubReason *rub_reason(const RubScores *scores, size_t index);

#endif
