/* play_answer: the bottom of the play screen, where the trainee answers:
 * the options to pick (in the order the session shows them, numbered from
 * the top, none lit until the trainee chooses one; a window of them around the lit one when
 * they do not all fit, with a line saying how many more there are), the
 * text box with its caret and IME composition, and the card that says the
 * call has ended. The key hint is the footer's (view_draw_footer). */
#ifndef COACH_UI_PLAY_ANSWER_H
#define COACH_UI_PLAY_ANSWER_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "session.h"
#include "textbox.h"
#include "view.h"

#define PLAY_ANSWER_MAX_OPTIONS 16

/* What the answer area shows (all borrowed for the call). */
typedef struct PlayAnswer {
    const Session *session;
    const TextBox *box;
    bool typing;          /* the text box has the focus (else the options) */
    const size_t *order;  /* order[k]: the option (ses_choice index) shown k-th */
    bool lit;             /* an option is lit for Enter (none when a turn starts) */
    size_t highlight;     /* ... the one shown highlight-th, when lit and !typing */
} PlayAnswer;

/* Where play_answer_draw() put things, for the mouse. */
typedef struct PlayAnswerHits {
    SDL_Rect options[PLAY_ANSWER_MAX_OPTIONS]; /* the option shown first + i; w == 0 when not shown */
    size_t first, count;
    SDL_Rect box;         /* the text box; w == 0 when none */
} PlayAnswerHits;

/* Height the answer area needs at width to show everything; *box_lines is
 * how many lines of the text box it shows (0: no text box). */
int play_answer_height(View *view, const PlayAnswer *answer, int width, int *box_lines);
/* Draws the answer area in rect, showing box_lines lines of the text box
 * (from play_answer_height); when rect is lower than it needs, only the
 * options around the lit one are shown. Fills hits. */
void play_answer_draw(View *view, const PlayAnswer *answer, SDL_Rect rect, int box_lines, PlayAnswerHits *hits);

#endif
