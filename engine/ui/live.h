/* live: what the play screen says about the call while it goes on, read
 * from the session and kept honest: a skill shows a number only once a
 * line of the trainee's has moved it (before that "—", never a 0 that
 * reads as a failure); a label chip is green only on a move that lost no
 * points; the talk share is the rubric's own (the words of every scored
 * turn); the targets are counted, never named. No drawing here: the panel
 * (play_scores), the chips (play_transcript) and the header (play) draw
 * what these functions say, and the unit tests check it without a window. */
#ifndef COACH_UI_LIVE_H
#define COACH_UI_LIVE_H

#include <stdbool.h>
#include <stddef.h>

#include "analyze.h"
#include "rubric.h"
#include "session.h"
#include "view.h"

typedef struct LiveFacts {
    bool evidence[RUB_SKILL_COUNT]; /* a reason on one of the trainee's lines moved the skill */
    bool any_evidence;              /* ... some skill (the overall is shown from then on) */
    int score[RUB_SKILL_COUNT];     /* meaningful only with evidence */
    int overall;                    /* the weighted mean of the skills with evidence */
    int talk_share;                 /* the trainee's share of the words, percent; -1 before their first line */
    int talk_limit;                 /* the share the rubric starts to take points over, percent */
    size_t targets_found, target_count;
    size_t lines;                   /* lines the trainee has said */
    size_t turn;                    /* the trainee's line now awaited (1-based); lines when the call is over */
} LiveFacts;

/* Reads the facts of session so far. */
void live_facts(const Session *session, LiveFacts *facts);

/* The skill a label is evidence for (-1: none, e.g. small talk). */
int live_label_skill(AnLabel label);

/* How the chip of label on the trainee's turn index reads: a label that is
 * praise (an open question...) is good only when the line lost no points
 * on the label's skill (live_label_skill); when it did, bad if the skill's
 * points on the line sum below zero (a premature ask), else neutral (an
 * open question that was also one too many in a row). A line that lost
 * points on another skill only (a cue missed) keeps its green question. */
ViewTone live_label_tone(const Session *session, size_t index, AnLabel label);

/* Seconds as a call clock: "0:07", "12:34", "1:02:03". */
void live_clock_text(double seconds, char *out, size_t size);

/* "Turn 3  ·  2:14": the trainee's turn and clock (live_clock_text). */
void live_turn_text(const LiveFacts *facts, const char *clock, char *out, size_t size);

#endif
