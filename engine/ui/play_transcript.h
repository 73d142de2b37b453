/* play_transcript: the play screen's conversation: the prospect's and the
 * trainee's lines as bubbles, newest at the bottom, with the analyser's
 * labels as chips beside each trainee line (not in projector mode),
 * scrolled with PgUp/PgDn and the mouse wheel; and the prospect's current
 * line, larger and marked, which the play screen pins above the answer
 * area so that it never scrolls out of view. */
#ifndef COACH_UI_PLAY_TRANSCRIPT_H
#define COACH_UI_PLAY_TRANSCRIPT_H

#include <SDL.h>

#include "session.h"
#include "view.h"

/* The index of the prospect's current line (the last turn, when it is
 * the prospect's and the call is on or has ended), else the turn count. */
size_t play_transcript_current(const Session *session);

/* Draws session's turns before the current line in rect. *scroll is how
 * many pixels they are scrolled up from the newest; it is clamped to the
 * new *scroll_max (0 when everything fits). */
void play_transcript_draw(View *view, const Session *session, SDL_Rect rect, int *scroll, int *scroll_max);

/* Height of the current line's bubble (with the prospect's name) at
 * width; 0 when there is none. */
int play_transcript_current_height(View *view, const Session *session, int width);
/* Draws the current line's bubble in rect (cut to it if it is taller). */
void play_transcript_draw_current(View *view, const Session *session, SDL_Rect rect);

#endif
