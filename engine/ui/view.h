/* view: what every screen draws with and reports back through. The app owns
 * one View (the renderer, the fonts, the theme, the window's size and the
 * banner under the header) and lends it to the screen it shows; the screen
 * marks it dirty when it must be drawn again and returns a ViewAction when
 * the app has to switch screens or quit.
 *
 * Also here: the pieces several screens draw (the header bar, the banner,
 * chips, score bars, tone colours) and the words they share (skill titles,
 * difficulty names). */
#ifndef COACH_UI_VIEW_H
#define COACH_UI_VIEW_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "draw.h"
#include "error.h"
#include "rubric.h"
#include "theme.h"

#define VIEW_BANNER_BYTES 1400
#define VIEW_FOOTER_KEYS 12

typedef struct View {
    SDL_Renderer *renderer;  /* borrowed from the app */
    Draw *draw;              /* borrowed from the app */
    const Theme *theme;      /* static */
    int width, height;       /* the renderer's output size in pixels */
    int unit;                /* base font size in pixels; spacing derives from it */
    bool projector;          /* classroom mode */
    bool dirty;              /* the screen must be drawn again */
    char banner[VIEW_BANNER_BYTES]; /* "" when none */
    bool banner_error;
    Uint64 answer_started;   /* SDL_GetPerformanceCounter() when the trainee's last answer
                                was taken, until the frame with the reply is presented */
    Uint64 answer_done;      /* ... and when the session had answered (the rest is drawing) */
    /* the key hint's keys as the last frame drew them: a click on one is that key */
    SDL_Rect footer_rects[VIEW_FOOTER_KEYS];
    SDL_Keycode footer_syms[VIEW_FOOTER_KEYS];
    size_t footer_count;
    SDL_Keycode footer_hover; /* the key of the hint under the mouse (0: none): drawn as a button */
} View;

/* What a screen asks the app to do after an event. */
typedef enum ViewAction {
    VIEW_STAY,          /* nothing: stay on this screen */
    VIEW_QUIT,          /* close the window */
    VIEW_TO_MENU,       /* end the session, back to the scenario menu */
    VIEW_START_PLAY,    /* menu: play the selected scenario (menu_selected_path) */
    VIEW_TO_DEBRIEF,    /* play: the call is over, show its debrief */
    VIEW_TO_NAME,       /* menu: change the trainee's name */
    VIEW_NAME_CHOSEN,   /* name prompt: save name_chosen() and go on */
    VIEW_TO_TRANSCRIPT, /* debrief: the call line by line */
    VIEW_RETRY,         /* transcript: try the call again from the chosen line */
    VIEW_PLAY_AGAIN,    /* debrief, transcript: the same call again from the start */
} ViewAction;

/* How a label or an outcome reads to the trainee. */
typedef enum ViewTone { VIEW_TONE_GOOD, VIEW_TONE_NEUTRAL, VIEW_TONE_BAD } ViewTone;

int view_clamp(int value, int low, int high);

/* Sets the banner (printf-style; cut to VIEW_BANNER_BYTES) and marks the view dirty. */
void view_set_banner(View *view, bool error, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Sets an error banner: what, then err as one line. */
void view_banner_from_error(View *view, const char *what, const CoachError *err);
void view_clear_banner(View *view);

/* Draws the header bar (title, optional subtitle under it, optional text at
 * the right, dropped when it does not fit); returns its height. */
int view_draw_header(View *view, const char *title, const char *subtitle, const char *right);
/* Draws the banner at y across the window, if any; returns the height it took. */
int view_draw_banner(View *view, int y);

/* A small rounded tag; returns its width. When measure_only, draws nothing. */
int view_draw_chip(View *view, const char *text, int x, int y, SDL_Color fill, SDL_Color ink, bool measure_only);
int view_chip_height(View *view);
/* One key of the key hint: "Esc Esc" "end the call". */
typedef struct ViewKey {
    const char *key, *action;
} ViewKey;

/* Height of the key hint bar at the bottom of every screen. */
int view_footer_height(View *view);
/* Draws the key hint bar at the bottom of the window: the keys in order of
 * importance, those that do not fit on the line left out. Returns the y
 * of its top (what is above it is the screen's). Each key that names one
 * key (view_key_sym) is also a button: view_footer_key_at() finds it. */
int view_draw_footer(View *view, const ViewKey *keys, size_t count);
/* The key a hint's key text stands for: "Enter", "Esc", "Esc Esc" (one
 * press), "Tab", "T", "F5", "→"...; 0 for a range or a set ("1–3", "↑↓",
 * "PgUp/PgDn"), which no single click can be. */
SDL_Keycode view_key_sym(const char *key);
/* The key of the hint drawn at x, y in the last frame (0: none). */
SDL_Keycode view_footer_key_at(const View *view, int x, int y);
/* The mouse moved to x, y: the key of the hint under it is drawn as a
 * button (marks the view dirty when that changed); true when over one. */
bool view_footer_hover(View *view, int x, int y);

/* A score bar: rect's track with value (0..100) of it filled in color. */
void view_draw_bar(View *view, SDL_Rect rect, int value, SDL_Color color);

SDL_Color view_score_color(const Theme *theme, int score);
SDL_Color view_tone_fill(const Theme *theme, ViewTone tone);
SDL_Color view_tone_ink(const Theme *theme, ViewTone tone);

/* "meeting_booked" -> "Meeting booked" into out (size bytes). */
void view_humanize(const char *id, char *out, size_t size);
/* Static strings. */
const char *view_difficulty_name(int difficulty);
const char *view_skill_title(RubSkill skill);
/* What each skill is about (RUBRIC.md), in one sentence. */
const char *view_skill_summary(RubSkill skill);

#endif
