/* draw_internal: what draw.c, draw_runs.c (characters DejaVu lacks) and
 * draw_shapes.c (filled and framed rectangles) share. Only those files
 * include it; draw.h is the module's contract. */
#ifndef COACH_DRAW_INTERNAL_H
#define COACH_DRAW_INTERNAL_H

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdbool.h>
#include <stddef.h>

#include "draw.h"

#define DRAW_CACHE_MAX 512
#define DRAW_KEEP_FRAMES 3
#define DRAW_MAX_LINES 400
#define DRAW_SEGMENT_BYTES 1024
#define DRAW_MAX_FALLBACKS 4
#define DRAW_MAX_MISSING 64
#define DRAW_REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD, which DejaVu has */

typedef struct DrawEntry {
    DrawFont font;
    int wrap_width;
    Uint32 color;        /* rendered in this colour (blits stay on SDL's fast path) */
    bool rendered;       /* false: only measured so far */
    unsigned long hash;
    char *text;          /* owned copy of the key text */
    SDL_Texture *texture; /* NULL for empty text */
    int width, height;           /* the layout's size */
    int texture_width, texture_height;
    unsigned long last_frame;
} DrawEntry;

typedef struct DrawFace {
    void *bytes;          /* the whole .ttf in memory (FreeType reads from it) */
    size_t size;
    bool mapped;          /* bytes is a read-only mapping of the file (else SDL_LoadFile's copy) */
} DrawFace;

/* A font of the system's, found with fontconfig, for characters DejaVu lacks. */
typedef struct DrawFallback {
    char *path;
    int index;                        /* the face in a collection (.ttc) */
    TTF_Font *fonts[DRAW_FONT_COUNT]; /* opened per role on first use */
} DrawFallback;

struct Draw {
    SDL_Renderer *renderer;    /* borrowed */
    DrawFace regular, bold;
    int base_size;
    int min_size;              /* no role is smaller (projector mode) */
    TTF_Font *fonts[DRAW_FONT_COUNT]; /* opened on first use */
    DrawEntry entries[DRAW_CACHE_MAX];
    size_t entry_count;
    unsigned long frame;
    unsigned long render_count;
    /* fonts for what DejaVu lacks; characters no font has are drawn as U+FFFD */
    bool fallback_off;
    bool fontconfig_ready;
    DrawFallback fallbacks[DRAW_MAX_FALLBACKS];
    size_t fallback_count;
    Uint32 missing[DRAW_MAX_MISSING];  /* characters fontconfig found no font for */
    size_t missing_count;
    /* what draw_text drew this frame and last frame, when recording */
    bool recording;
    DrawRecord *records, *last_records;
    size_t record_count, record_capacity, last_record_count, last_capacity;
};

/* Whether a role is drawn in the bold face. */
bool draw_font_bold(DrawFont role);

/* The TTF font of a role at the current size, opened on first use. */
TTF_Font *draw_font_get(Draw *draw, DrawFont role);

/* Drops every cached texture (sizes or fonts changed). */
void draw_cache_clear(Draw *draw);

/* Whether text has a character DejaVu lacks (then it is drawn in runs). */
bool draw_needs_runs(Draw *draw, DrawFont role, const char *text, size_t length);

/* Copies text to out with every character no font has replaced by U+FFFD;
 * returns the bytes written. */
size_t draw_replace_missing(Draw *draw, DrawFont role, const char *text, size_t length, char *out);

/* The width of text drawn run by run, each run in the font that has it. */
int draw_measure_runs(Draw *draw, DrawFont role, const char *text, size_t length);

/* How many bytes of text fit in width drawn in runs; *extent their width. */
size_t draw_fit_runs(Draw *draw, DrawFont role, const char *text, size_t length, int width, int *extent);

/* Renders text run by run onto one surface sharing DejaVu's baseline. */
SDL_Surface *draw_render_runs(Draw *draw, DrawFont role, const char *text, size_t length, SDL_Color color);

#endif
