/* play_scores: the panel at the right of the play screen (not in projector
 * mode): the four skills' live scores with bars and the overall score, a
 * legend of the bars' colour bands, and the call so far: the share of the
 * words the trainee spoke (a gauge with the rubric's limit marked) and how
 * many of the scenario's targets are uncovered, counted, never named. */
#ifndef COACH_UI_PLAY_SCORES_H
#define COACH_UI_PLAY_SCORES_H

#include <SDL.h>

#include "live.h"
#include "session.h"
#include "view.h"

/* Draws the panel for session in rect from facts (live_facts). A skill's
 * score shows as "—" until one of the trainee's lines counts for it; the
 * overall until one does for any skill. Parts that do not fit are left out
 * from the bottom up. */
void play_scores_draw(View *view, const Session *session, const LiveFacts *facts, SDL_Rect rect);

#endif
