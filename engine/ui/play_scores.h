/* play_scores: the panel at the right of the play screen (not in projector
 * mode): the four skills' live scores with bars and the overall score. */
#ifndef COACH_UI_PLAY_SCORES_H
#define COACH_UI_PLAY_SCORES_H

#include <SDL.h>

#include "session.h"
#include "view.h"

/* Draws the panel for session in rect. Scores show as "–" until the
 * trainee has said something. */
void play_scores_draw(View *view, const Session *session, SDL_Rect rect);

#endif
