/* draw_runs: text with characters DejaVu lacks, drawn in runs of the font
 * that has each character: fallback fonts are found with fontconfig on the
 * first such character; characters no font has become U+FFFD (see draw.h). */
#include <SDL_ttf.h>
#include <fontconfig/fontconfig.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "draw_internal.h"
#include "utf8.h"

/* ---- characters DejaVu lacks ------------------------------------------------------ */

/* The fallback's font for role, opened on first use (NULL when it cannot be). */
static TTF_Font *fallback_font(Draw *draw, size_t which, DrawFont role)
{
    DrawFallback *fallback = &draw->fallbacks[which];
    if (fallback->fonts[role] == NULL) {
        fallback->fonts[role] = TTF_OpenFontIndex(fallback->path, draw_font_size(draw, role), fallback->index);
        if (fallback->fonts[role] != NULL) {
            TTF_SetFontHinting(fallback->fonts[role], TTF_HINTING_NONE);
            if (draw_font_bold(role))
                TTF_SetFontStyle(fallback->fonts[role], TTF_STYLE_BOLD);
        }
    }
    return fallback->fonts[role];
}

/* Asks fontconfig for a font that has code (a sans-serif one if it can);
 * adds it to the fallbacks. False when none has it. fontconfig starts only
 * here, on the first character DejaVu lacks: most sessions never pay for it. */
static bool find_fallback(Draw *draw, Uint32 code)
{
    if (draw->fallback_off || draw->fallback_count == DRAW_MAX_FALLBACKS)
        return false;
    if (!draw->fontconfig_ready) {
        if (!FcInit())
            return false;
        draw->fontconfig_ready = true;
    }
    bool found = false;
    FcPattern *pattern = FcPatternCreate();
    FcCharSet *wanted = FcCharSetCreate();
    if (pattern == NULL || wanted == NULL || !FcCharSetAddChar(wanted, code))
        goto done;
    FcPatternAddCharSet(pattern, FC_CHARSET, wanted);
    FcPatternAddString(pattern, FC_FAMILY, (const FcChar8 *)"sans-serif");
    FcPatternAddBool(pattern, FC_SCALABLE, FcTrue);
    FcConfigSubstitute(NULL, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result;
    FcPattern *match = FcFontMatch(NULL, pattern, &result);
    FcChar8 *file = NULL;
    FcCharSet *has = NULL;
    int index = 0;
    /* the best match is not always a font that has the character: check */
    if (match != NULL && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch &&
        FcPatternGetCharSet(match, FC_CHARSET, 0, &has) == FcResultMatch && FcCharSetHasChar(has, code)) {
        FcPatternGetInteger(match, FC_INDEX, 0, &index);
        for (size_t k = 0; k < draw->fallback_count && !found; k++)
            found = strcmp(draw->fallbacks[k].path, (const char *)file) == 0 && draw->fallbacks[k].index == index;
        if (!found) {
            DrawFallback *fallback = &draw->fallbacks[draw->fallback_count];
            memset(fallback, 0, sizeof *fallback);
            fallback->path = strdup((const char *)file);
            fallback->index = index;
            if (fallback->path != NULL) {
                draw->fallback_count++;
                found = true;
            }
        }
    }
    if (match != NULL)
        FcPatternDestroy(match);
done:
    if (wanted != NULL)
        FcCharSetDestroy(wanted);
    if (pattern != NULL)
        FcPatternDestroy(pattern);
    return found;
}

/* Which font draws code in role: 0 DejaVu, k > 0 the fallback k - 1, -1 none
 * (drawn as U+FFFD, never as an empty box). */
static int glyph_font(Draw *draw, DrawFont role, Uint32 code)
{
    if (code < 0x80 || TTF_GlyphIsProvided32(draw_font_get(draw, role), code))
        return 0;
    if (draw->fallback_off)
        return -1;
    for (size_t k = 0; k < draw->fallback_count; k++) {
        TTF_Font *font = fallback_font(draw, k, role);
        if (font != NULL && TTF_GlyphIsProvided32(font, code))
            return (int)k + 1;
    }
    for (size_t i = 0; i < draw->missing_count; i++)
        if (draw->missing[i] == code)
            return -1;
    if (find_fallback(draw, code)) {
        for (size_t k = 0; k < draw->fallback_count; k++) {
            TTF_Font *font = fallback_font(draw, k, role);
            if (font != NULL && TTF_GlyphIsProvided32(font, code))
                return (int)k + 1;
        }
    }
    if (draw->missing_count < DRAW_MAX_MISSING)
        draw->missing[draw->missing_count++] = code;
    return -1;
}

DrawGlyph draw_glyph_source(Draw *draw, DrawFont role, Uint32 code)
{
    int font = glyph_font(draw, role, code);
    return font == 0 ? DRAW_GLYPH_OWN : font > 0 ? DRAW_GLYPH_FALLBACK : DRAW_GLYPH_REPLACED;
}

void draw_set_fallback(Draw *draw, bool on)
{
    if (draw->fallback_off == !on)
        return;
    draw->fallback_off = !on;
    draw->missing_count = 0;
    draw_cache_clear(draw);
}

/* True when some character of text is not DejaVu's (the slow path: runs). */
bool draw_needs_runs(Draw *draw, DrawFont role, const char *text, size_t length)
{
    for (size_t i = 0; i < length;) {
        if ((unsigned char)text[i] < 0x80) {
            i++;
            continue;
        }
        int32_t code = 0;
        size_t n = utf8_next(text + i, length - i, &code);
        if (n == 0)
            n = 1;
        else if (glyph_font(draw, role, (Uint32)code) != 0)
            return true;
        i += n;
    }
    return false;
}

/* Copies length bytes of text into out (room for 2 * length + 1) with every
 * character no font has replaced by U+FFFD; returns the new length. */
size_t draw_replace_missing(Draw *draw, DrawFont role, const char *text, size_t length, char *out)
{
    size_t written = 0;
    for (size_t i = 0; i < length;) {
        int32_t code = (unsigned char)text[i];
        size_t n = 1;
        if (code >= 0x80) {
            n = utf8_next(text + i, length - i, &code);
            n = n == 0 ? 1 : n;
        }
        if (code >= 0x80 && glyph_font(draw, role, (Uint32)code) < 0) {
            memcpy(out + written, DRAW_REPLACEMENT, 3);
            written += 3;
        } else {
            memcpy(out + written, text + i, n);
            written += n;
        }
        i += n;
    }
    out[written] = '\0';
    return written;
}

/* The next run of text from *at drawn by one font (that font's number, see glyph_font). */
static size_t next_run(Draw *draw, DrawFont role, const char *text, size_t length, size_t at, int *font)
{
    size_t start = at;
    *font = 0;
    bool first = true;
    while (at < length) {
        int32_t code = (unsigned char)text[at];
        size_t n = 1;
        if (code >= 0x80) {
            n = utf8_next(text + at, length - at, &code);
            if (n == 0)
                n = 1;
        }
        int this_font = glyph_font(draw, role, (Uint32)code);
        if (first)
            *font = this_font;
        else if (this_font != *font)
            break;
        first = false;
        at += n;
    }
    return at - start;
}

/* A run's text as its font draws it, NUL-terminated in out (size bytes):
 * for a run no font has, one U+FFFD per character. */
static const char *run_text(const char *text, size_t length, int font, char *out, size_t size)
{
    size_t written = 0;
    if (font >= 0) {
        if (length >= size)
            length = size - 1;
        memcpy(out, text, length);
        out[length] = '\0';
        return out;
    }
    for (size_t i = 0; i < length && written + 4 <= size;) {
        size_t n = utf8_next(text + i, length - i, NULL);
        i += n == 0 ? 1 : n;
        memcpy(out + written, DRAW_REPLACEMENT, 3);
        written += 3;
    }
    out[written] = '\0';
    return out;
}

static TTF_Font *run_font(Draw *draw, DrawFont role, int font)
{
    TTF_Font *found = font > 0 ? fallback_font(draw, (size_t)font - 1, role) : NULL;
    return found != NULL ? found : draw_font_get(draw, role);
}

/* Width of length bytes of text drawn run by run. */
int draw_measure_runs(Draw *draw, DrawFont role, const char *text, size_t length)
{
    char piece[DRAW_SEGMENT_BYTES * 3 + 8];
    int width = 0;
    for (size_t at = 0; at < length;) {
        int font;
        size_t n = next_run(draw, role, text, length, at, &font);
        int w = 0;
        TTF_SizeUTF8(run_font(draw, role, font), run_text(text + at, n, font, piece, sizeof piece), &w, NULL);
        width += w;
        at += n;
    }
    return width;
}

/* How many bytes of text (whole characters) fit width drawn run by run;
 * *extent is their width. */
size_t draw_fit_runs(Draw *draw, DrawFont role, const char *text, size_t length, int width, int *extent)
{
    size_t fit = 0;
    *extent = 0;
    for (size_t at = 0; at < length;) {
        size_t n = utf8_next(text + at, length - at, NULL);
        n = n == 0 ? 1 : n;
        int w = draw_measure_runs(draw, role, text, at + n);
        if (w > width)
            break;
        *extent = w;
        at += n;
        fit = at;
    }
    return fit;
}

/* One line of text rendered run by run onto one surface, the runs sharing
 * DejaVu's baseline. */
SDL_Surface *draw_render_runs(Draw *draw, DrawFont role, const char *text, size_t length, SDL_Color color)
{
    TTF_Font *own = draw_font_get(draw, role);
    int width = draw_measure_runs(draw, role, text, length), height = TTF_FontHeight(own);
    if (width <= 0)
        return NULL;
    SDL_Surface *line = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888);
    if (line == NULL)
        return NULL;
    SDL_FillRect(line, NULL, SDL_MapRGBA(line->format, color.r, color.g, color.b, 0));
    char piece[DRAW_SEGMENT_BYTES * 3 + 8];
    int x = 0;
    for (size_t at = 0; at < length;) {
        int font;
        size_t n = next_run(draw, role, text, length, at, &font);
        TTF_Font *ttf = run_font(draw, role, font);
        SDL_Surface *run = TTF_RenderUTF8_Blended(ttf, run_text(text + at, n, font, piece, sizeof piece), color);
        if (run != NULL) {
            SDL_SetSurfaceBlendMode(run, SDL_BLENDMODE_NONE);
            SDL_Rect to = {x, TTF_FontAscent(own) - TTF_FontAscent(ttf), run->w, run->h};
            SDL_BlitSurface(run, NULL, line, &to);
            x += run->w;
            SDL_FreeSurface(run);
        }
        at += n;
    }
    return line;
}

