/* draw: the UI's drawing kit on one SDL_Renderer: the bundled fonts in a few
 * roles, word-wrapped text layout, a cache of rendered paragraphs, and filled
 * (rounded) rectangles. Characters the bundled DejaVu lacks (CJK, say) are
 * drawn with a font of the system's that fontconfig finds, looked for on
 * the first such character; those no font has are drawn as U+FFFD.
 *
 * Text is rendered once into a texture and reused until its text, font,
 * colour or wrap width changes (measuring alone lays it out without
 * rendering); entries that were not drawn during the last
 * few frames are freed at draw_end_frame(). Font sizes follow the window:
 * draw_set_base_size() reopens the roles at a new base pixel size. */
#ifndef COACH_UI_DRAW_H
#define COACH_UI_DRAW_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "error.h"

typedef enum DrawFont {
    DRAW_SMALL,       /* labels, hints: 0.78 x base */
    DRAW_SMALL_BOLD,
    DRAW_BODY,        /* transcript, menu text: base */
    DRAW_BODY_BOLD,
    DRAW_LARGE,       /* the prospect's current line: 1.2 x base */
    DRAW_TITLE,       /* headings: 1.5 x base, bold */
    DRAW_HUGE,        /* the overall score: 2.6 x base, bold */
    DRAW_FONT_COUNT
} DrawFont;

/* One wrapped line of a layout: a byte range of the (sanitised) text. */
typedef struct DrawLine {
    size_t start, length;
    int width;
} DrawLine;

typedef struct Draw Draw;

/* Maps DejaVuSans.ttf and DejaVuSans-Bold.ttf from fonts_dir into memory
 * (read-only; fonts are opened per role on first use) for drawing on renderer,
 * which it borrows. NULL with err filled when a font file cannot be read.
 * Caller: draw_destroy(). */
Draw *draw_create(SDL_Renderer *renderer, const char *fonts_dir, int base_size, CoachError *err);
void draw_destroy(Draw *draw);

/* Changes the base pixel size (clamped to 9..96); reopens fonts and drops the
 * cache when it changed. */
void draw_set_base_size(Draw *draw, int base_size);
int draw_base_size(const Draw *draw);
/* No role is drawn smaller than min_size pixels (0: no floor; projector
 * mode keeps every text at 1/30 of the window's height). */
void draw_set_min_size(Draw *draw, int min_size);
/* The pixel size (em) font is drawn at. */
int draw_font_size(const Draw *draw, DrawFont font);

/* Height of one line of text in font. */
int draw_line_height(Draw *draw, DrawFont font);
/* Width of text on one line (no wrapping). */
int draw_text_width(Draw *draw, DrawFont font, const char *text);

/* Width of the first length bytes of text on one line (not cached). */
int draw_measure(Draw *draw, DrawFont font, const char *text, size_t length);

/* Wraps text at width pixels (text must be
 * valid UTF-8 without control characters other than '\n'; see
 * draw_sanitize_utf8): breaks at spaces, after '\n', and inside words longer than a line. Writes
 * at most max lines (the rest are dropped) into lines and returns how many
 * there are in all. Byte ranges refer to text itself. */
size_t draw_layout(Draw *draw, DrawFont font, const char *text, int width, DrawLine *lines, size_t max);

/* Draws text wrapped at width (width <= 0: one line) with its top-left at x, y
 * and returns the height it takes. The rendered texture is cached. */
int draw_text(Draw *draw, DrawFont font, const char *text, int x, int y, int width, SDL_Color color);

/* Size of text wrapped at width (from the cache; renders it when missing). */
void draw_text_size(Draw *draw, DrawFont font, const char *text, int width, int *out_width,
                    int *out_height);

/* Where a character's glyph comes from: DejaVu, a font of the system's
 * that fontconfig found (fonts-noto-cjk, say), or nowhere, and then it is
 * drawn as U+FFFD "�" (never as an empty box). */
typedef enum DrawGlyph { DRAW_GLYPH_OWN, DRAW_GLYPH_FALLBACK, DRAW_GLYPH_REPLACED } DrawGlyph;
DrawGlyph draw_glyph_source(Draw *draw, DrawFont font, Uint32 code);
/* Looks for fonts of the system's for what DejaVu lacks (on: the default)
 * or not (every such character is drawn as U+FFFD). Drops the cache. */
void draw_set_fallback(Draw *draw, bool on);

/* Copies text into out (size bytes) cut with "…" so that it fits width on
 * one line (sanitised as draw_sanitize_utf8 without newlines). Returns the
 * length written. */
size_t draw_ellipsize(Draw *draw, DrawFont font, const char *text, int width, char *out, size_t size);

/* A text as draw_text() drew it: its layout box (cut to the clip
 * rectangle), its colour and its font's pixel size. */
typedef struct DrawRecord {
    SDL_Rect rect;
    SDL_Color color;
    int size;
    char text[64];     /* the text's start (cut at a character boundary) */
} DrawRecord;

/* While on, every draw_text() of a frame is noted; draw_records() gives
 * those of the last frame ended (borrowed until the next draw_end_frame).
 * For the tests that check layout, text size and contrast. */
void draw_set_recording(Draw *draw, bool on);
const DrawRecord *draw_records(const Draw *draw, size_t *count);

/* Filled rectangle with corners of radius (0: square). */
void draw_fill(Draw *draw, SDL_Rect rect, int radius, SDL_Color color);
/* rect filled with fill (corners of radius) inside a frame border pixels
 * thick (corners of radius + border): the same pixels as draw_fill() of rect
 * grown by border in border_color and then draw_fill() of rect in fill, but
 * the frame's colour is not painted under the fill. */
void draw_framed(Draw *draw, SDL_Rect rect, int radius, int border, SDL_Color border_color, SDL_Color fill);
/* One-pixel-thick outline of thickness (square corners). */
void draw_outline(Draw *draw, SDL_Rect rect, int thickness, SDL_Color color);

/* Marks the end of a frame: frees cached text not drawn for a while. */
void draw_end_frame(Draw *draw);
/* Number of cached textures (for tests). */
size_t draw_cache_size(const Draw *draw);
/* How many times text was rendered rather than taken from the cache. */
unsigned long draw_render_count(const Draw *draw);

/* Copies text into out (size bytes, NUL-terminated), replacing invalid UTF-8
 * with U+FFFD and control characters with spaces (keeps '\n' when
 * keep_newlines). Returns the length written. */
size_t draw_sanitize_utf8(const char *text, size_t length, char *out, size_t size, bool keep_newlines);

#endif
