/* app: the GUI application behind ui_run(): the window, the renderer and
 * the fonts, and which screen is showing. Each screen lives in its own
 * module (menu, play, debrief), owns its state, handles its own input and
 * returns a ViewAction (view.h) that the app carries out. ui_run() is a thin
 * event loop around it; the screenshot tests drive it directly with
 * synthetic SDL events and read the frame back.
 *
 * Rendering happens only when something changed (app_needs_render). */
#ifndef COACH_UI_APP_H
#define COACH_UI_APP_H

#include <SDL.h>
#include <stdbool.h>

#include "draw.h"
#include "error.h"
#include "session.h"
#include "ui.h"

typedef struct App App;

/* The error app_create() gives when there is no display to open a window on. */
#define APP_NO_DISPLAY "cannot open a window (no display); use --text"

typedef enum AppScreen { APP_MENU, APP_PLAY, APP_DEBRIEF, APP_NAME, APP_TRANSCRIPT } AppScreen;

/* Opens the window and the fonts, and either the menu (options->scenario_path
 * NULL) or the play screen; before either, the name prompt when no trainee
 * is given (options->session.trainee) nor saved in the settings file
 * (config.h: trainee), which saves the name chosen there. options and its strings are copied. NULL with
 * err filled when there is no display (APP_NO_DISPLAY, before any session
 * or log is started), or SDL, the fonts or the scenario cannot be loaded.
 * Caller: app_destroy(). */
App *app_create(const UiOptions *options, CoachError *err);
void app_destroy(App *app);

/* Handles one event. Returns false once the app wants to quit. */
bool app_handle_event(App *app, const SDL_Event *event);

/* True when the screen must be drawn again. */
bool app_needs_render(const App *app);
/* Draws the current screen and presents it. */
void app_render(App *app);
/* True while the play screen's text box has focus (the caret is shown). */
bool app_text_focused(const App *app);

/* Saves the last rendered frame as a PNG. */
int app_save_png(App *app, const char *path, CoachError *err);
/* Reads the last rendered frame into a malloc'd RGB buffer (3 bytes a
 * pixel); caller frees. NULL on failure. */
unsigned char *app_read_rgb(App *app, int *width, int *height);

AppScreen app_screen(const App *app);
SDL_Window *app_window(const App *app);
/* The running session on the play and debrief screens, else NULL (borrowed). */
const Session *app_session(const App *app);
/* The banner currently shown ("" if none). */
const char *app_banner(const App *app);
/* Menu entries: how many, which is selected, and whether entry i loaded. */
size_t app_menu_count(const App *app);
size_t app_menu_selected(const App *app);
bool app_menu_entry_ok(const App *app, size_t index);
/* What is typed in the answer box (borrowed, valid until the next event). */
const char *app_typed_text(const App *app);
/* The trainee the window's sessions are logged under ("" until chosen). */
const char *app_trainee(const App *app);
/* The base font size in pixels the layout derives from. */
int app_unit(const App *app);
/* Reloads the scenario of the play screen (what F5 does). */
void app_reload(App *app);
/* The clock the play screen's call clock reads, in milliseconds (NULL:
 * SDL_GetTicks64); the running call's clock starts again from 0. Tests
 * freeze it so that screenshots do not depend on how long a step took. */
void app_set_clock(App *app, Uint64 (*now_ms)(void));
/* The SDL event type the file watcher pushes (a user event). */
Uint32 app_watch_event_type(const App *app);
/* Switches between the window and full screen (what F11 does); false,
 * with a banner saying why, when the video driver refuses. */
bool app_toggle_fullscreen(App *app);
/* The drawing kit (borrowed): its records of the last frame (tests). */
const Draw *app_draw(const App *app);
/* The debrief's page (0: the overview) and *count, the pages it has. */
size_t app_debrief_page(const App *app, size_t *count);

#endif
