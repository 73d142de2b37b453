/* play_transcript: the play screen's conversation so far: the prospect's
 * and the trainee's lines as bubbles, newest at the bottom, the prospect's
 * current line larger and marked, the analyser's labels as chips beside
 * each trainee line (not in projector mode), scrolled with PgUp/PgDn and
 * the mouse wheel. */
#ifndef COACH_UI_PLAY_TRANSCRIPT_H
#define COACH_UI_PLAY_TRANSCRIPT_H

#include <SDL.h>

#include "session.h"
#include "view.h"

/* Draws session's transcript in rect. *scroll is how many pixels it is
 * scrolled up from the newest line; it is clamped to the new *scroll_max
 * (0 when everything fits). */
void play_transcript_draw(View *view, const Session *session, SDL_Rect rect, int *scroll, int *scroll_max);

#endif
