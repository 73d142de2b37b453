/* transcript: the annotated transcript screen after a call (annotate.h):
 * the call line by line, each of the trainee's lines with its moves, the
 * points it earned or lost and why, and a stronger line where the scenario
 * has one; the prospect's lines with the cues they dropped (picked up or
 * missed) and the targets they revealed. ↑↓ (or a click) choose one of the
 * trainee's lines, PgUp/PgDn, Home/End and the wheel scroll; Enter (or the
 * button on the chosen line) tries the call again from that line
 * (VIEW_RETRY), P plays it again from the start (VIEW_PLAY_AGAIN), Esc goes
 * back to the scores (VIEW_TO_DEBRIEF). */
#ifndef COACH_UI_TRANSCRIPT_H
#define COACH_UI_TRANSCRIPT_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "session.h"
#include "view.h"

typedef struct Transcript Transcript;

/* NULL when out of memory. Caller: transcript_destroy(). */
Transcript *transcript_create(void);
void transcript_destroy(Transcript *transcript);

/* Builds the transcript of session (from its log document; nothing of the
 * session is kept) and chooses its first line that lost points, else its
 * first line. False when out of memory. */
bool transcript_open(Transcript *transcript, const Session *session);

ViewAction transcript_handle_key(Transcript *transcript, View *view, const SDL_KeyboardEvent *key);
ViewAction transcript_handle_click(Transcript *transcript, View *view, int x, int y);
void transcript_handle_wheel(Transcript *transcript, View *view, int lines);
void transcript_render(Transcript *transcript, View *view);

/* The trainee's line chosen: 1 for the first (what VIEW_RETRY retries from). */
size_t transcript_chosen_line(const Transcript *transcript);

#endif
