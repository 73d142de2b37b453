/* play_answer: the bottom of the play screen, where the trainee answers:
 * the options to pick (numbered, or lettered in projector mode), the text
 * box with its caret and IME composition, the card that says the call has
 * ended, and the key hint under them. */
#ifndef COACH_UI_PLAY_ANSWER_H
#define COACH_UI_PLAY_ANSWER_H

#include <stdbool.h>
#include <stddef.h>

#include "session.h"
#include "textbox.h"
#include "view.h"

/* What the answer area shows (all borrowed for the call). */
typedef struct PlayAnswer {
    const Session *session;
    const TextBox *box;
    bool typing;          /* the text box has the focus (else the options) */
    size_t highlight;     /* the option lit for Enter when !typing */
} PlayAnswer;

/* Height the answer area needs at width; *box_lines is how many lines of
 * the text box it shows (0: no text box). */
int play_answer_height(View *view, const PlayAnswer *answer, int width, int *box_lines);
/* Draws the answer area with its top-left at x, y, width wide, showing
 * box_lines lines of the text box (from play_answer_height). */
void play_answer_draw(View *view, const PlayAnswer *answer, int x, int y, int width, int box_lines);

#endif
