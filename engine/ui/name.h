/* name: the "Who is practising?" screen. The window asks for the trainee's
 * name once (when the settings file has no `trainee` and no --trainee was
 * given), and again when the trainee asks to change it from the menu. The
 * trainee types a name, or chooses the computer's login name (offered, never
 * taken on its own). The screen only edits; the app saves the name
 * (conf_save_trainee) and goes on. */
#ifndef COACH_UI_NAME_H
#define COACH_UI_NAME_H

#include <SDL.h>
#include <stdbool.h>

#include "view.h"

typedef struct NamePrompt NamePrompt;

/* NULL when out of memory. Caller: name_destroy(). */
NamePrompt *name_create(void);
void name_destroy(NamePrompt *prompt);

/* Opens the prompt with current in the box (NULL: empty), offering login
 * (NULL or "": not offered). first_time: Esc quits the window (nothing can
 * be logged without a name); else Esc goes back, nothing changed. Both
 * strings are copied. */
void name_open(NamePrompt *prompt, const char *current, const char *login, bool first_time);

/* Enter saves the typed name (VIEW_NAME_CHOSEN), Tab or the arrows move to
 * the login-name button, Esc leaves (VIEW_QUIT the first time, else
 * VIEW_TO_MENU). */
ViewAction name_handle_key(NamePrompt *prompt, View *view, const SDL_KeyboardEvent *key);
void name_handle_text(NamePrompt *prompt, View *view, const char *text);
/* A click on the box focuses it; on a button, does what it says. */
ViewAction name_handle_click(NamePrompt *prompt, View *view, int x, int y);
void name_render(NamePrompt *prompt, View *view);

/* After VIEW_NAME_CHOSEN: the name chosen (borrowed, valid until the next
 * event), a valid trainee name (conf_is_trainee_name). */
const char *name_chosen(const NamePrompt *prompt);

#endif
