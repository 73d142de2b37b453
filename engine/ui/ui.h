/* ui: the SDL2 + SDL2_ttf front end's entry point. The only part of the
 * program that includes SDL. It renders session state and forwards input;
 * it never scores, routes or writes logs itself. */
#ifndef COACH_UI_H
#define COACH_UI_H

#include <stdbool.h>

#include "session_settings.h"

typedef struct UiOptions {
    const char *scenario_path; /* NULL: open on the menu with the default pre-selected */
    const char *default_scenario;
    const char *scenarios_dir; /* where the menu lists *.lua (folders, one per line: menu.h) */
    const char *assets_dir;    /* fonts, lexicon */
    SesSettings session;       /* trainee, log dir, seed of every session; projector:
                                  classroom mode (big text, scores hidden until debrief) */
    bool fullscreen;           /* start full screen (F11 toggles) */
    bool voice;                /* speak the prospect's lines (espeak-ng; see voice.h) */
    int width, height;         /* 0: default */
    const char *screenshot;    /* if set: render the first screen, save PNG/BMP here, quit */
} UiOptions;

/* Runs the GUI until the window closes. Returns a process exit code
 * (0 ok, 2 when SDL, the fonts or the scenario could not be loaded; the
 * error is printed on stderr). */
int ui_run(const UiOptions *options);

#endif
