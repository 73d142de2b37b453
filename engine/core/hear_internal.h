/* hear_internal: what the hear files share and nobody else sees.
 *
 *   hear.c           scoring every intent of a node against a line and
 *                    choosing the one heard (tests run lazily, best first),
 *                    hear_line, hear_explain
 *   hear_clause.c    reading the line for the question it asks: the clause
 *                    answered, a lead-in's words, a question asking when,
 *                    people named to be left out, two joined questions, a
 *                    pitch then a question, another language
 *   hear_describe.c  "heard as": the move in words for the trainee, and the
 *                    sentence shown after a line
 *
 * hear.h is the module's contract. */
#ifndef COACH_HEAR_INTERNAL_H
#define COACH_HEAR_INTERNAL_H

#include "hear.h"

/* hear_clause.c */
void hear_answered_span(const HearInput *in, const char **text, size_t *len, unsigned *labels);
bool hear_asks_when(const char *text, size_t len);
bool hear_about_timing(const HearIntent *intent);
bool hear_lead_in(const HearInput *in, size_t count, bool *lead_in);
bool hear_ends_on_open_question(const HearInput *in);
bool hear_opens_with_when(const char *text, size_t len);
bool hear_drop_word(const char *words, const char *drop, char *out, size_t size);
/* Where the lead-in next to the answered question starts: the clause just
 * before it when two or more lead in (0: the whole line). */
size_t hear_near_lead_in(const HearInput *in);
bool hear_foreign_question(const AnResult *a);
bool hear_pitch_then_question(const HearInput *in);
const HearInput *hear_without_excluded(const HearInput *in, HearInput *copy, char *buffer, size_t size);
const HearInput *hear_first_question(const HearInput *in, HearInput *copy, AnResult *analysis);

/* hear_describe.c */
void hear_describe(const HearInput *in, const HearIntent *intent, HearResult *out);

#endif
