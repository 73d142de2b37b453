/* play_hear: the author's view of the play screen (F3): how the line in the
 * answer box would be heard at this point of the call - its labels and
 * clauses, every intent of the node with its score and why, and where it
 * would lead: the report of `coach hear`, live as the author types.
 * Nothing is said and the call does not move on. */
#ifndef COACH_UI_PLAY_HEAR_H
#define COACH_UI_PLAY_HEAR_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "session.h"
#include "view.h"

/* The last report, kept while the line and the turn are the same. */
typedef struct PlayHear {
    char *text;        /* the line it was made for */
    size_t turn_count; /* ...at this point of the call */
    char *report;      /* the report, or the reason there is none */
} PlayHear;

/* Frees the kept report (the struct itself is the caller's). */
void play_hear_reset(PlayHear *hear);

/* The report for text (length bytes) at session's current node, made
 * again only when the line or the turn changed. Never NULL: an error or an
 * empty line gives one sentence saying so. Static storage in hear. */
const char *play_hear_report(PlayHear *hear, Session *session, const char *text, size_t length);

/* Draws the report for text in rect (a panel; lines past its bottom are
 * left out, with a note). */
void play_hear_draw(PlayHear *hear, View *view, Session *session, const char *text, size_t length, SDL_Rect rect);

#endif
