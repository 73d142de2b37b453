/* debrief: the screen after the call: the ending, the overall score, and a
 * card per skill with its score, what the skill is about and the reasons
 * (points given or taken, strongest first); where the log was saved. Enter
 * or Esc goes back to the menu. */
#ifndef COACH_UI_DEBRIEF_H
#define COACH_UI_DEBRIEF_H

#include <SDL.h>

#include "session.h"
#include "view.h"

/* Handles a key on the debrief screen. */
ViewAction debrief_handle_key(View *view, const SDL_KeyboardEvent *key);
/* Draws the debrief of session (ended or abandoned). */
void debrief_render(View *view, const Session *session);

#endif
