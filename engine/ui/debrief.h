/* debrief: the screen after the call. Its first page: the ending, the
 * overall score, and a card per skill with its score, what the skill is
 * about and its strongest reasons (points given or taken) as far as they
 * fit, and where the log was saved. The pages after it give every reason
 * of each skill in turn, so a projector's large text shows them all too.
 * →/PgDn and ←/PgUp page; Enter or Esc goes back to the menu. */
#ifndef COACH_UI_DEBRIEF_H
#define COACH_UI_DEBRIEF_H

#include <SDL.h>
#include <stddef.h>

#include "session.h"
#include "view.h"

typedef struct Debrief Debrief;

/* NULL when out of memory. Caller: debrief_destroy(). */
Debrief *debrief_create(void);
void debrief_destroy(Debrief *debrief);

/* Back to the first page (a new session's debrief). */
void debrief_reset(Debrief *debrief);

/* Handles a key on the debrief screen. */
ViewAction debrief_handle_key(Debrief *debrief, View *view, const SDL_KeyboardEvent *key);
/* Draws the current page of session's debrief (ended or abandoned). */
void debrief_render(Debrief *debrief, View *view, const Session *session);

/* The page shown (0: the overview) and how many there were at the last render. */
size_t debrief_page(const Debrief *debrief);
size_t debrief_page_count(const Debrief *debrief);

#endif
