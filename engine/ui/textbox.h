/* textbox: the editing model of the one-line-per-answer text box (the text,
 * the caret, the IME composition). No SDL: the play screen feeds it key and
 * text events and draws it wrapped over several lines.
 *
 * The text is always valid UTF-8 without control characters (pasted
 * newlines and tabs become spaces, invalid bytes U+FFFD); it holds at most
 * TEXTBOX_MAX_BYTES bytes, and an insertion that would go past that is cut
 * at a character boundary and flagged (textbox_was_cut). */
#ifndef COACH_UI_TEXTBOX_H
#define COACH_UI_TEXTBOX_H

#include <stdbool.h>
#include <stddef.h>

#define TEXTBOX_MAX_BYTES 4000
#define TEXTBOX_COMPOSITION_BYTES 128

typedef struct TextBox {
    char text[TEXTBOX_MAX_BYTES + 1];
    size_t length;
    size_t caret;                /* byte offset, always on a character boundary */
    char composition[TEXTBOX_COMPOSITION_BYTES]; /* IME text being composed */
    bool cut;                    /* the last insertion did not fit */
} TextBox;

/* Empties the box (caller's storage). */
void textbox_init(TextBox *box);

/* Inserts length bytes of utf8 at the caret; returns the bytes inserted. */
size_t textbox_insert(TextBox *box, const char *utf8, size_t length);

/* Deletes the character before (backspace) / after (delete) the caret. */
void textbox_backspace(TextBox *box);
void textbox_delete(TextBox *box);

/* Moves the caret by one whole character, or to the start / end. */
void textbox_left(TextBox *box);
void textbox_right(TextBox *box);
void textbox_home(TextBox *box);
void textbox_end(TextBox *box);

/* Sets the IME composition shown at the caret (NULL clears it). */
void textbox_compose(TextBox *box, const char *utf8);

/* True when the text is only spaces. */
bool textbox_is_blank(const TextBox *box);
bool textbox_was_cut(const TextBox *box);

#endif
