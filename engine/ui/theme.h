/* theme: the colours of the UI. Two built-in themes: a light default and a
 * high-contrast one for projectors (dark background, large bright text). */
#ifndef COACH_UI_THEME_H
#define COACH_UI_THEME_H

#include <SDL.h>
#include <stddef.h>

typedef struct Theme {
    const char *name;
    SDL_Color background;    /* window */
    SDL_Color header;        /* top bar */
    SDL_Color header_text;
    SDL_Color header_muted;
    SDL_Color surface;       /* cards, panels */
    SDL_Color surface_alt;   /* secondary panels */
    SDL_Color border;
    SDL_Color text;
    SDL_Color muted;         /* secondary text */
    SDL_Color accent;        /* selection, focus, bars */
    SDL_Color accent_soft;   /* selected card background */
    SDL_Color accent_text;   /* text on accent */
    SDL_Color prospect;      /* prospect bubble */
    SDL_Color prospect_now;  /* the prospect's current line */
    SDL_Color trainee;       /* trainee bubble */
    SDL_Color good, good_soft;
    SDL_Color bad, bad_soft;
    SDL_Color neutral_soft;
    SDL_Color bar_track;
    SDL_Color banner_error, banner_info, banner_text;
} Theme;

/* Static themes (never freed). */
const Theme *theme_light(void);
const Theme *theme_projector(void);

/* The WCAG 2.x contrast ratio of two opaque colours (1 to 21). */
double theme_contrast(SDL_Color a, SDL_Color b);

/* An ink the screens draw text in and a fill they draw it on. */
typedef struct ThemePair {
    const char *name;   /* "muted on surface" (static) */
    SDL_Color ink, fill;
} ThemePair;

/* Writes up to max of the theme's text-on-fill pairs into out; returns how
 * many there are in all. */
size_t theme_pairs(const Theme *theme, ThemePair *out, size_t max);

#endif
