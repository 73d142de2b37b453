/* draw: fonts, wrapped text with a texture cache, recording (see draw.h);
 * draw_runs.c draws what DejaVu lacks, draw_shapes.c the filled shapes. */
#include "draw.h"
#include "draw_internal.h"
#include "utf8.h"

#include <SDL_ttf.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct {
    double scale;
    bool bold;
} font_roles[DRAW_FONT_COUNT] = {
    [DRAW_SMALL] = {0.78, false}, [DRAW_SMALL_BOLD] = {0.78, true}, [DRAW_BODY] = {1.0, false},
    [DRAW_BODY_BOLD] = {1.0, true}, [DRAW_LARGE] = {1.2, false},   [DRAW_TITLE] = {1.5, true},
    [DRAW_HUGE] = {2.6, true},
};

bool draw_font_bold(DrawFont role)
{
    return font_roles[role].bold;
}

/* Maps the font file read-only: FreeType reads a few tables and the outlines
 * of the glyphs drawn, so only those pages are ever read in (a copy would
 * read and fault in the whole 700 KB file per face). Falls back to reading
 * the file when it cannot be mapped. */
static int face_load(DrawFace *face, const char *path, CoachError *err)
{
    int fd = open(path, O_RDONLY);
    if (fd >= 0) {
        struct stat st;
        void *mapped = MAP_FAILED;
        if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && st.st_size < INT_MAX)
            mapped = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        close(fd);
        if (mapped != MAP_FAILED) {
            face->bytes = mapped;
            face->size = (size_t)st.st_size;
            face->mapped = true;
            return 0;
        }
    }
    size_t size = 0;
    void *bytes = SDL_LoadFile(path, &size);
    if (bytes == NULL || size == 0) {
        SDL_free(bytes);
        return err_set(err, COACH_EIO, path, 0, "cannot read the font: %s", SDL_GetError());
    }
    face->bytes = bytes;
    face->size = size;
    return 0;
}

static void face_free(DrawFace *face)
{
    if (face->mapped)
        munmap(face->bytes, face->size);
    else
        SDL_free(face->bytes);
    face->bytes = NULL;
}

Draw *draw_create(SDL_Renderer *renderer, const char *fonts_dir, int base_size, CoachError *err)
{
    if (!TTF_WasInit() && TTF_Init() != 0) {
        err_set(err, COACH_EIO, NULL, 0, "cannot start SDL_ttf: %s", TTF_GetError());
        return NULL;
    }
    Draw *draw = calloc(1, sizeof *draw);
    if (draw == NULL) {
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    draw->renderer = renderer;
    char path[4096];
    snprintf(path, sizeof path, "%s/DejaVuSans.ttf", fonts_dir);
    if (face_load(&draw->regular, path, err) != 0)
        goto fail;
    snprintf(path, sizeof path, "%s/DejaVuSans-Bold.ttf", fonts_dir);
    if (face_load(&draw->bold, path, err) != 0)
        goto fail;
    draw->base_size = 0;
    draw_set_base_size(draw, base_size);
    return draw;
fail:
    draw_destroy(draw);
    return NULL;
}

void draw_cache_clear(Draw *draw)
{
    for (size_t i = 0; i < draw->entry_count; i++) {
        free(draw->entries[i].text);
        if (draw->entries[i].texture != NULL)
            SDL_DestroyTexture(draw->entries[i].texture);
    }
    draw->entry_count = 0;
}

static void fonts_close(Draw *draw)
{
    for (int i = 0; i < DRAW_FONT_COUNT; i++) {
        if (draw->fonts[i] != NULL)
            TTF_CloseFont(draw->fonts[i]);
        draw->fonts[i] = NULL;
        for (size_t k = 0; k < draw->fallback_count; k++) {
            if (draw->fallbacks[k].fonts[i] != NULL)
                TTF_CloseFont(draw->fallbacks[k].fonts[i]);
            draw->fallbacks[k].fonts[i] = NULL;
        }
    }
}

void draw_destroy(Draw *draw)
{
    if (draw == NULL)
        return;
    free(draw->records);
    free(draw->last_records);
    draw_cache_clear(draw);
    fonts_close(draw);
    for (size_t k = 0; k < draw->fallback_count; k++)
        free(draw->fallbacks[k].path);
    face_free(&draw->regular);
    face_free(&draw->bold);
    free(draw);
}

void draw_set_base_size(Draw *draw, int base_size)
{
    if (base_size < 9)
        base_size = 9;
    if (base_size > 96)
        base_size = 96;
    if (base_size == draw->base_size)
        return;
    draw_cache_clear(draw);
    fonts_close(draw);
    draw->base_size = base_size;
}

void draw_set_min_size(Draw *draw, int min_size)
{
    if (min_size < 0)
        min_size = 0;
    if (min_size > 160)
        min_size = 160;
    if (min_size == draw->min_size)
        return;
    draw_cache_clear(draw);
    fonts_close(draw);
    draw->min_size = min_size;
}

int draw_font_size(const Draw *draw, DrawFont role)
{
    int size = (int)lround(draw->base_size * font_roles[role].scale);
    return size < draw->min_size ? draw->min_size : size;
}

int draw_base_size(const Draw *draw)
{
    return draw->base_size;
}

TTF_Font *draw_font_get(Draw *draw, DrawFont role)
{
    if (draw->fonts[role] != NULL)
        return draw->fonts[role];
    const DrawFace *face = font_roles[role].bold ? &draw->bold : &draw->regular;
    int size = draw_font_size(draw, role);
    SDL_RWops *stream = SDL_RWFromConstMem(face->bytes, (int)face->size);
    TTF_Font *font = stream != NULL ? TTF_OpenFontRW(stream, 1, size) : NULL;
    if (font == NULL) {
        /* The bytes were read and checked at start-up; failing here means
         * memory ran out. Fall back to any font already open. */
        for (int i = 0; i < DRAW_FONT_COUNT; i++)
            if (draw->fonts[i] != NULL)
                return draw->fonts[i];
        fprintf(stderr, "coach: cannot open font: %s\n", TTF_GetError());
        abort();
    }
    TTF_SetFontHinting(font, TTF_HINTING_NONE);
    draw->fonts[role] = font;
    return font;
}

int draw_line_height(Draw *draw, DrawFont font)
{
    return TTF_FontLineSkip(draw_font_get(draw, font));
}

size_t draw_sanitize_utf8(const char *text, size_t length, char *out, size_t size, bool keep_newlines)
{
    size_t written = 0;
    if (size == 0)
        return 0;
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < length) {
        size_t n = utf8_next(text + i, length - i, NULL);
        const char *piece = (const char *)s + i;
        size_t piece_length = n;
        char replacement[4];
        if (n == 0) {
            piece = "\xEF\xBF\xBD";
            piece_length = 3;
            n = 1;
        } else if (n == 1 && (s[i] < 0x20 || s[i] == 0x7F)) {
            replacement[0] = (s[i] == '\n' && keep_newlines) ? '\n' : ' ';
            piece = replacement;
            piece_length = 1;
        }
        if (written + piece_length + 1 > size)
            break;
        memcpy(out + written, piece, piece_length);
        written += piece_length;
        i += n;
    }
    out[written] = '\0';
    return written;
}

/* Byte offset after count characters of valid UTF-8 s (stops at end). */
static size_t utf8_advance(const char *s, size_t length, int count)
{
    size_t i = 0;
    while (count-- > 0 && i < length) {
        size_t n = utf8_next(s + i, length - i, NULL);
        i += n == 0 ? 1 : n;
    }
    return i;
}

static int measure_bytes(TTF_Font *font, const char *s, size_t length)
{
    char buffer[DRAW_SEGMENT_BYTES + 8];
    if (length > DRAW_SEGMENT_BYTES)
        length = DRAW_SEGMENT_BYTES;
    memcpy(buffer, s, length);
    buffer[length] = '\0';
    int width = 0;
    TTF_SizeUTF8(font, buffer, &width, NULL);
    return width;
}

int draw_measure(Draw *draw, DrawFont font, const char *text, size_t length)
{
    if (length == 0)
        return 0;
    if (draw_needs_runs(draw, font, text, length))
        return draw_measure_runs(draw, font, text, length < DRAW_SEGMENT_BYTES ? length : DRAW_SEGMENT_BYTES);
    return measure_bytes(draw_font_get(draw, font), text, length);
}

/* Adds a line; its width is known_width when >= 0, else measured when
 * measure, else left at -1 (the caller renders the line and takes the
 * width of what it rendered: each measuring is a shaping pass). mixed:
 * the text has characters of other fonts than DejaVu (measured run by run). */
static void add_line(Draw *draw, DrawFont role, bool mixed, DrawLine *lines, size_t max, size_t *count,
                     const char *text, size_t start, size_t length, int known_width, bool measure)
{
    if (*count < max) {
        lines[*count].start = start;
        lines[*count].length = length;
        if (length == 0)
            lines[*count].width = 0;
        else if (known_width >= 0)
            lines[*count].width = known_width;
        else if (!measure)
            lines[*count].width = -1;
        else
            lines[*count].width = mixed ? draw_measure_runs(draw, role, text + start, length)
                                        : measure_bytes(draw_font_get(draw, role), text + start, length);
    }
    (*count)++;
}

/* draw_layout(), with the widths of lines left at -1 unless measure (see add_line). */
static size_t layout_lines(Draw *draw, DrawFont role, const char *text, int width, DrawLine *lines, size_t max,
                           bool measure)
{
    TTF_Font *font = draw_font_get(draw, role);
    size_t length = strlen(text);
    bool mixed = draw_needs_runs(draw, role, text, length);
    size_t count = 0;
    size_t pos = 0;
    char segment[DRAW_SEGMENT_BYTES + 8];
    if (length == 0) {
        add_line(draw, role, mixed, lines, max, &count, text, 0, 0, 0, measure);
        return count;
    }
    while (pos < length) {
        const char *newline = memchr(text + pos, '\n', length - pos);
        size_t paragraph_end = newline != NULL ? (size_t)(newline - text) : length;
        if (paragraph_end == pos) {
            add_line(draw, role, mixed, lines, max, &count, text, pos, 0, 0, measure);
            pos++;
            continue;
        }
        if (width <= 0) {
            add_line(draw, role, mixed, lines, max, &count, text, pos, paragraph_end - pos, -1, measure);
            pos = paragraph_end + 1;
            continue;
        }
        size_t segment_length = paragraph_end - pos;
        if (segment_length > DRAW_SEGMENT_BYTES) {
            segment_length = DRAW_SEGMENT_BYTES;
            while (segment_length > 0 && ((unsigned char)text[pos + segment_length] & 0xC0) == 0x80)
                segment_length--;
        }
        memcpy(segment, text + pos, segment_length);
        segment[segment_length] = '\0';
        int extent = 0, fitting = 0;
        size_t fit;
        if (mixed) {
            fit = draw_fit_runs(draw, role, segment, segment_length, width, &extent);
        } else {
            TTF_MeasureUTF8(font, segment, width, &extent, &fitting);
            fit = utf8_advance(segment, segment_length, fitting);
        }
        if (pos + fit >= paragraph_end) {
            /* the rest fits: the measured extent is the whole line's width */
            add_line(draw, role, mixed, lines, max, &count, text, pos, paragraph_end - pos, extent, measure);
            pos = paragraph_end + 1;
            continue;
        }
        size_t cut = fit;
        while (cut > 0 && text[pos + cut] != ' ')
            cut--;
        if (cut == 0) {
            /* one word longer than the line: break inside it (at least one character) */
            if (fit == 0)
                fit = utf8_advance(text + pos, paragraph_end - pos, 1);
            add_line(draw, role, mixed, lines, max, &count, text, pos, fit, -1, measure);
            pos += fit;
        } else {
            size_t line_length = cut;
            while (line_length > 0 && text[pos + line_length - 1] == ' ')
                line_length--;
            add_line(draw, role, mixed, lines, max, &count, text, pos, line_length, -1, measure);
            pos += cut;
            while (pos < paragraph_end && text[pos] == ' ')
                pos++;
        }
        if (count >= DRAW_MAX_LINES * 4)
            break;
    }
    return count;
}

size_t draw_layout(Draw *draw, DrawFont role, const char *text, int width, DrawLine *lines, size_t max)
{
    return layout_lines(draw, role, text, width, lines, max, true);
}

int draw_text_width(Draw *draw, DrawFont role, const char *text)
{
    int width = 0, height = 0;
    draw_text_size(draw, role, text, 0, &width, &height);
    return width;
}

static unsigned long hash_text(const char *text)
{
    unsigned long hash = 5381;
    for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++)
        hash = hash * 33 + *p;
    return hash;
}

static Uint32 pack_color(SDL_Color c)
{
    return ((Uint32)c.r << 24) | ((Uint32)c.g << 16) | ((Uint32)c.b << 8) | c.a;
}

/* Lays the entry's text out (size) and, when render, draws it in color. A
 * rendered entry takes its lines' widths from what was rendered rather than
 * shaping each line once more to measure it. */
static void entry_build(Draw *draw, DrawEntry *entry, bool render, SDL_Color color)
{
    TTF_Font *font = draw_font_get(draw, entry->font);
    size_t length = strlen(entry->text);
    char *clean = malloc(length * 3 + 1);
    DrawLine *lines = malloc(sizeof *lines * DRAW_MAX_LINES);
    SDL_Surface **rendered = render ? calloc(DRAW_MAX_LINES, sizeof *rendered) : NULL;
    size_t count = 0;
    if (clean == NULL || lines == NULL || (render && rendered == NULL))
        goto done;
    size_t clean_length = draw_sanitize_utf8(entry->text, length, clean, length * 3 + 1, true);
    bool mixed = draw_needs_runs(draw, entry->font, clean, clean_length);
    if (mixed) {
        /* what no font has becomes U+FFFD first: DejaVu draws it as it draws "�" */
        char *replaced = malloc(clean_length * 2 + 1);
        if (replaced == NULL)
            goto done;
        draw_replace_missing(draw, entry->font, clean, clean_length, replaced);
        free(clean);
        clean = replaced;
        mixed = draw_needs_runs(draw, entry->font, clean, strlen(clean));
    }
    count = layout_lines(draw, entry->font, clean, entry->wrap_width, lines, DRAW_MAX_LINES, !render);
    if (count > DRAW_MAX_LINES)
        count = DRAW_MAX_LINES;
    int skip = TTF_FontLineSkip(font);
    int widest = 0;
    for (size_t i = 0; i < count; i++) {
        if (render && lines[i].length > 0) {
            char saved = clean[lines[i].start + lines[i].length];
            clean[lines[i].start + lines[i].length] = '\0';
            if (mixed)
                rendered[i] = draw_render_runs(draw, entry->font, clean + lines[i].start, lines[i].length, color);
            else
                rendered[i] = TTF_RenderUTF8_Blended(font, clean + lines[i].start, color);
            clean[lines[i].start + lines[i].length] = saved;
            lines[i].width = rendered[i] != NULL ? rendered[i]->w : 0;
        }
        if (lines[i].width > widest)
            widest = lines[i].width;
    }
    entry->width = widest;
    entry->height = (int)count * skip;
    if (!render)
        goto done;
    draw->render_count++;
    entry->rendered = true;
    entry->color = pack_color(color);
    if (widest > 0) {
        SDL_Surface *page = NULL;
        if (count == 1) {
            page = rendered[0];
            rendered[0] = NULL;
        } else {
            page = SDL_CreateRGBSurfaceWithFormat(0, widest, entry->height, 32, SDL_PIXELFORMAT_ARGB8888);
            if (page != NULL)
                SDL_FillRect(page, NULL, SDL_MapRGBA(page->format, color.r, color.g, color.b, 0));
            for (size_t i = 0; i < count && page != NULL; i++) {
                if (rendered[i] == NULL)
                    continue;
                SDL_SetSurfaceBlendMode(rendered[i], SDL_BLENDMODE_NONE);
                SDL_Rect at = {0, (int)i * skip, rendered[i]->w, rendered[i]->h};
                SDL_BlitSurface(rendered[i], NULL, page, &at);
            }
        }
        if (page != NULL) {
            entry->width = page->w < widest ? widest : page->w;
            entry->texture = SDL_CreateTextureFromSurface(draw->renderer, page);
            if (entry->texture != NULL) {
                SDL_SetTextureBlendMode(entry->texture, SDL_BLENDMODE_BLEND);
                int w = 0, h = 0;
                SDL_QueryTexture(entry->texture, NULL, NULL, &w, &h);
                entry->texture_width = w;
                entry->texture_height = h;
            }
            SDL_FreeSurface(page);
        }
    }
done:
    for (size_t i = 0; rendered != NULL && i < count; i++)
        SDL_FreeSurface(rendered[i]);
    free(rendered);
    free(lines);
    free(clean);
}

/* The cached layout of text; with render, one rendered in color. */
static DrawEntry *cache_get(Draw *draw, DrawFont font, const char *text, int width, bool render, SDL_Color color)
{
    unsigned long hash = hash_text(text);
    Uint32 packed = pack_color(color);
    if (width < 0)
        width = 0;
    DrawEntry *measured = NULL;
    for (size_t i = 0; i < draw->entry_count; i++) {
        DrawEntry *entry = &draw->entries[i];
        if (entry->hash != hash || entry->font != font || entry->wrap_width != width ||
            strcmp(entry->text, text) != 0)
            continue;
        if (!render || (entry->rendered && entry->color == packed)) {
            entry->last_frame = draw->frame;
            return entry;
        }
        if (!entry->rendered)
            measured = entry;
    }
    if (measured != NULL) {
        /* only measured so far: render it now */
        measured->last_frame = draw->frame;
        entry_build(draw, measured, true, color);
        return measured;
    }
    if (draw->entry_count == DRAW_CACHE_MAX) {
        /* full: evict the least recently drawn */
        size_t oldest = 0;
        for (size_t i = 1; i < draw->entry_count; i++)
            if (draw->entries[i].last_frame < draw->entries[oldest].last_frame)
                oldest = i;
        free(draw->entries[oldest].text);
        if (draw->entries[oldest].texture != NULL)
            SDL_DestroyTexture(draw->entries[oldest].texture);
        draw->entries[oldest] = draw->entries[--draw->entry_count];
    }
    char *copy = strdup(text);
    if (copy == NULL)
        return NULL;
    DrawEntry *entry = &draw->entries[draw->entry_count++];
    memset(entry, 0, sizeof *entry);
    entry->font = font;
    entry->wrap_width = width;
    entry->hash = hash;
    entry->text = copy;
    entry->last_frame = draw->frame;
    entry_build(draw, entry, render, color);
    return entry;
}

void draw_text_size(Draw *draw, DrawFont font, const char *text, int width, int *out_width,
                    int *out_height)
{
    SDL_Color none = {0, 0, 0, 0};
    DrawEntry *entry = cache_get(draw, font, text, width, false, none);
    *out_width = entry != NULL ? entry->width : 0;
    *out_height = entry != NULL ? entry->height : draw_line_height(draw, font);
}

/* Notes a text drawn at rect (its layout box, cut to the clip rectangle). */
static void record_text(Draw *draw, const char *text, SDL_Rect rect, SDL_Color color, DrawFont font)
{
    if (SDL_RenderIsClipEnabled(draw->renderer)) {
        SDL_Rect clip, visible;
        SDL_RenderGetClipRect(draw->renderer, &clip);
        if (!SDL_IntersectRect(&rect, &clip, &visible))
            return;
        rect = visible;
    }
    if (rect.w <= 0 || rect.h <= 0)
        return;
    if (draw->record_count == draw->record_capacity) {
        size_t capacity = draw->record_capacity ? draw->record_capacity * 2 : 256;
        DrawRecord *grown = realloc(draw->records, capacity * sizeof *grown);
        if (grown == NULL)
            return;
        draw->records = grown;
        draw->record_capacity = capacity;
    }
    DrawRecord *record = &draw->records[draw->record_count++];
    record->rect = rect;
    record->color = color;
    record->size = draw_font_size(draw, font);
    size_t length = strlen(text);
    if (length >= sizeof record->text) {
        length = sizeof record->text - 1;
        while (length > 0 && ((unsigned char)text[length] & 0xC0) == 0x80)
            length--;
    }
    memcpy(record->text, text, length);
    record->text[length] = '\0';
}

int draw_text(Draw *draw, DrawFont font, const char *text, int x, int y, int width, SDL_Color color)
{
    DrawEntry *entry = cache_get(draw, font, text, width, true, color);
    if (entry == NULL)
        return draw_line_height(draw, font);
    if (entry->texture != NULL) {
        SDL_Rect at = {x, y, entry->texture_width, entry->texture_height};
        SDL_RenderCopy(draw->renderer, entry->texture, NULL, &at);
        if (draw->recording)
            record_text(draw, text, (SDL_Rect){x, y, entry->width, entry->height}, color, font);
    }
    return entry->height;
}

size_t draw_ellipsize(Draw *draw, DrawFont font, const char *text, int width, char *out, size_t size)
{
    if (size == 0)
        return 0;
    size_t length = draw_sanitize_utf8(text, strlen(text), out, size, false);
    if (draw_text_width(draw, font, out) <= width)
        return length;
    static const char ellipsis[] = "…";
    size_t room = size > sizeof ellipsis ? size - sizeof ellipsis : 0;
    if (length > room)
        length = room;
    /* the longest start (at a character boundary) that fits with the ellipsis */
    size_t low = 0, high = length;
    while (low < high) {
        size_t middle = (low + high + 1) / 2;
        while (middle > 0 && ((unsigned char)out[middle] & 0xC0) == 0x80)
            middle--;
        if (middle <= low) {
            high = low;
            break;
        }
        char saved[sizeof ellipsis];
        memcpy(saved, out + middle, sizeof ellipsis);
        memcpy(out + middle, ellipsis, sizeof ellipsis);
        bool fits = draw_measure(draw, font, out, middle + sizeof ellipsis - 1) <= width;
        memcpy(out + middle, saved, sizeof ellipsis);
        if (fits)
            low = middle;
        else
            high = middle - 1;
    }
    while (low > 0 && ((unsigned char)out[low] & 0xC0) == 0x80)
        low--;
    while (low > 0 && out[low - 1] == ' ')
        low--;
    memcpy(out + low, ellipsis, sizeof ellipsis);
    return low + sizeof ellipsis - 1;
}

void draw_set_recording(Draw *draw, bool on)
{
    draw->recording = on;
}

const DrawRecord *draw_records(const Draw *draw, size_t *count)
{
    *count = draw->last_record_count;
    return draw->last_records;
}

void draw_end_frame(Draw *draw)
{
    if (draw->recording) {
        DrawRecord *swap = draw->last_records;
        size_t capacity = draw->record_capacity;
        draw->last_records = draw->records;
        draw->last_record_count = draw->record_count;
        draw->records = swap;
        draw->record_count = 0;
        /* the two buffers trade places: keep the larger capacity known for the one refilled */
        draw->record_capacity = swap != NULL ? draw->last_capacity : 0;
        draw->last_capacity = capacity;
    }
    size_t i = 0;
    while (i < draw->entry_count) {
        DrawEntry *entry = &draw->entries[i];
        if (draw->frame - entry->last_frame >= DRAW_KEEP_FRAMES) {
            free(entry->text);
            if (entry->texture != NULL)
                SDL_DestroyTexture(entry->texture);
            *entry = draw->entries[--draw->entry_count];
        } else {
            i++;
        }
    }
    draw->frame++;
}

size_t draw_cache_size(const Draw *draw)
{
    return draw->entry_count;
}

unsigned long draw_render_count(const Draw *draw)
{
    return draw->render_count;
}
