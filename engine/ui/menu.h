/* menu: the scenario menu screen. It lists the *.lua files of a folder as
 * cards (title, pitch, persona, difficulty; a file that does not load shows
 * its error and cannot be picked), pre-selects the default scenario, and
 * answers the arrow keys, Enter (VIEW_START_PLAY), F5 (list again), Esc
 * (VIEW_QUIT) and the mouse.
 *
 * Loading reads every scenario's metadata (a Lua run each), so it can be
 * split across threads: menu_begin_load() lists the files and starts a
 * helper thread, the caller does other work, menu_finish_load() joins in
 * and waits. */
#ifndef COACH_UI_MENU_H
#define COACH_UI_MENU_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "view.h"

typedef struct Menu Menu;

/* A menu over the *.lua files of dir, pre-selecting default_scenario (a
 * path or a file name; may be NULL). dir may name several folders, one per
 * line: the built-in one first (its absence is shown), then a trainer's
 * (skipped when missing); each folder's files are sorted by name. Both strings are copied. Lists nothing
 * until loaded. NULL when out of memory. Caller: menu_destroy(). */
Menu *menu_create(const char *dir, const char *default_scenario);
/* Waits for a load in progress, then frees. NULL is a no-op. */
void menu_destroy(Menu *menu);

/* Lists the folder and starts loading the entries on a helper thread (when
 * there are two or more). Pair with menu_finish_load(). */
void menu_begin_load(Menu *menu);
/* Loads what the helper has not taken yet, waits for it, and pre-selects. */
void menu_finish_load(Menu *menu);
/* Lists and loads the folder again, on this thread. */
void menu_reload(Menu *menu);
/* True once a load has finished. */
bool menu_is_loaded(const Menu *menu);

/* Shows who is practising in the header (copied; "" none), and whether N
 * changes it (VIEW_TO_NAME). */
void menu_set_trainee(Menu *menu, const char *trainee, bool editable);
/* Handles a key on the menu screen; marks view dirty when the screen changed. */
ViewAction menu_handle_key(Menu *menu, View *view, const SDL_KeyboardEvent *key);
/* A left click at x, y: a card is chosen; a click on the chosen card
 * starts it (VIEW_START_PLAY). */
ViewAction menu_handle_click(Menu *menu, View *view, int x, int y);
/* The mouse wheel moves the choice (lines > 0: up). */
void menu_handle_wheel(Menu *menu, View *view, int lines);
/* Draws the menu screen: the cards that fit, and when some do not, how
 * many are above and below and a scroll bar. */
void menu_render(Menu *menu, View *view);

/* The path of the selected entry (borrowed, valid until the next load), or
 * NULL when nothing playable is selected. */
const char *menu_selected_path(const Menu *menu);
/* Marks the selected entry unplayable with error (one line, copied): what
 * the app does when the scenario fails to start. */
void menu_mark_selected_failed(Menu *menu, const char *error);

size_t menu_count(const Menu *menu);
size_t menu_selected(const Menu *menu);
bool menu_entry_ok(const Menu *menu, size_t index);

#endif
