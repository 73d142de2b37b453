/* Tests of text layout, the text cache and the PNG codec (engine/ui/draw,
 * engine/ui/png), on SDL's offscreen driver with the software renderer. */
#include "check.h"
#include "draw.h"
#include "png.h"
#include "png_read.h"

#include <SDL.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct Fixture {
    SDL_Window *window;
    SDL_Renderer *renderer;
    Draw *draw;
} Fixture;

static void fixture_open(Fixture *f)
{
    REQUIRE(SDL_Init(SDL_INIT_VIDEO) == 0);
    f->window = SDL_CreateWindow("test", 0, 0, 640, 400, 0);
    REQUIRE(f->window != NULL);
    f->renderer = SDL_CreateRenderer(f->window, -1, SDL_RENDERER_SOFTWARE);
    REQUIRE(f->renderer != NULL);
    CoachError err;
    err_clear(&err);
    f->draw = draw_create(f->renderer, "assets/fonts", 20, &err);
    if (f->draw == NULL)
        fprintf(stderr, "%s\n", err.message);
    REQUIRE(f->draw != NULL);
}

static void fixture_close(Fixture *f)
{
    draw_destroy(f->draw);
    SDL_DestroyRenderer(f->renderer);
    SDL_DestroyWindow(f->window);
    SDL_Quit();
}

TEST(draw_wraps_at_spaces_within_the_width)
{
    Fixture f;
    fixture_open(&f);
    const char *text = "What does a stopped line cost you in a normal week, roughly?";
    DrawLine lines[16];
    size_t n = draw_layout(f.draw, DRAW_BODY, text, 200, lines, 16);
    CHECK(n >= 3);
    for (size_t i = 0; i < n && i < 16; i++) {
        CHECK(lines[i].width <= 200);
        CHECK(lines[i].length > 0);
        CHECK(text[lines[i].start] != ' ');
        /* a line ends at a word's end */
        char after = text[lines[i].start + lines[i].length];
        CHECK(after == ' ' || after == '\0');
    }
    /* together the lines cover every word */
    size_t letters = 0;
    for (size_t i = 0; i < n; i++)
        letters += lines[i].length;
    size_t spaces_between = n - 1;
    CHECK_INT(letters + spaces_between, strlen(text));
    fixture_close(&f);
}

TEST(draw_breaks_a_word_longer_than_the_line_and_keeps_newlines)
{
    Fixture f;
    fixture_open(&f);
    DrawLine lines[64];
    const char *word = "Supercalifragilisticexpialidocious-and-then-some";
    size_t n = draw_layout(f.draw, DRAW_BODY, word, 80, lines, 64);
    CHECK(n >= 4);
    for (size_t i = 0; i < n; i++)
        CHECK(lines[i].length > 0 && lines[i].width <= 80);
    n = draw_layout(f.draw, DRAW_BODY, "one\n\ntwo", 400, lines, 64);
    CHECK_INT(n, 3);
    CHECK_INT(lines[1].length, 0);
    /* too narrow for any character: still one character a line, no endless loop */
    n = draw_layout(f.draw, DRAW_BODY, "abc", 1, lines, 64);
    CHECK_INT(n, 3);
    fixture_close(&f);
}

TEST(draw_renders_a_text_once_and_reuses_it)
{
    Fixture f;
    fixture_open(&f);
    SDL_Color ink = {0, 0, 0, 255}, red = {200, 0, 0, 255};
    /* measuring lays out without rendering; drawing then renders once */
    int w = 0, h = 0;
    draw_text_size(f.draw, DRAW_BODY, "Hello there", 300, &w, &h);
    CHECK(w > 0 && h > 0);
    CHECK_INT(draw_render_count(f.draw), 0);
    int h1 = draw_text(f.draw, DRAW_BODY, "Hello there", 10, 10, 300, ink);
    CHECK_INT(h1, h);
    CHECK_INT(draw_render_count(f.draw), 1);
    CHECK_INT(draw_cache_size(f.draw), 1);
    draw_text(f.draw, DRAW_BODY, "Hello there", 10, 40, 300, ink); /* same: from the cache */
    CHECK_INT(draw_render_count(f.draw), 1);
    draw_text(f.draw, DRAW_BODY, "Hello there", 10, 40, 300, red); /* another colour */
    CHECK_INT(draw_render_count(f.draw), 2);
    draw_text(f.draw, DRAW_BODY, "Hello there", 10, 40, 50, ink); /* another width: a new layout */
    CHECK_INT(draw_render_count(f.draw), 3);
    CHECK_INT(draw_cache_size(f.draw), 3);
    /* entries not drawn for a few frames are freed */
    for (int i = 0; i < 5; i++)
        draw_end_frame(f.draw);
    CHECK_INT(draw_cache_size(f.draw), 0);
    /* a new base size drops the cache and measures bigger */
    int small = draw_line_height(f.draw, DRAW_BODY);
    draw_set_base_size(f.draw, 40);
    CHECK(draw_line_height(f.draw, DRAW_BODY) > small);
    fixture_close(&f);
}

TEST(draw_shows_invalid_utf8_as_replacement_characters)
{
    char out[64];
    size_t n = draw_sanitize_utf8("a\xC0\xAFz\xED\xA0\x80!", 8, out, sizeof out, false);
    CHECK_STR(out, "a\xEF\xBF\xBD\xEF\xBF\xBDz\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD!");
    CHECK_INT(n, strlen(out));
    n = draw_sanitize_utf8("x\ny\x01", 4, out, sizeof out, true);
    CHECK_STR(out, "x\ny ");
    /* a small buffer never gets a torn character */
    n = draw_sanitize_utf8("\xE2\x82\xAC\xE2\x82\xAC", 6, out, 5, false);
    CHECK_STR(out, "\xE2\x82\xAC");
    Fixture f;
    fixture_open(&f);
    SDL_Color ink = {0, 0, 0, 255};
    CHECK(draw_text(f.draw, DRAW_BODY, "bad \xFF\xFE bytes", 0, 0, 200, ink) > 0);
    fixture_close(&f);
}

/* The window's pixels after clearing it and drawing either a framed fill or
 * the two fills it stands for. */
static unsigned char *framed_pixels(Fixture *f, bool framed, SDL_Rect rect, int radius, int border)
{
    SDL_Color back = {243, 245, 248, 255}, frame = {40, 90, 200, 255}, fill = {230, 236, 250, 255};
    SDL_SetRenderDrawBlendMode(f->renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(f->renderer, back.r, back.g, back.b, 255);
    SDL_RenderClear(f->renderer);
    if (framed) {
        draw_framed(f->draw, rect, radius, border, frame, fill);
    } else {
        draw_fill(f->draw, (SDL_Rect){rect.x - border, rect.y - border, rect.w + 2 * border, rect.h + 2 * border},
                  radius + border, frame);
        draw_fill(f->draw, rect, radius, fill);
    }
    unsigned char *pixels = malloc(640 * 400 * 4);
    if (pixels != NULL && SDL_RenderReadPixels(f->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, pixels, 640 * 4) != 0) {
        free(pixels);
        pixels = NULL;
    }
    return pixels;
}

TEST(draw_framed_paints_the_same_pixels_as_a_fill_over_a_fill)
{
    Fixture f;
    fixture_open(&f);
    const struct {
        SDL_Rect rect;
        int radius, border;
    } cases[] = {
        {{40, 30, 300, 120}, 10, 1}, {{40, 30, 300, 120}, 10, 3}, {{5, 5, 20, 9}, 10, 2},
        {{100, 100, 1, 1}, 0, 2},     {{0, 0, 640, 400}, 64, 5},  {{-20, 350, 200, 90}, 80, 2},
        {{200, 50, 33, 200}, 16, 0},  {{60, 60, 90, 4}, 7, 4},    {{300, 200, 0, 50}, 5, 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        unsigned char *two = framed_pixels(&f, false, cases[i].rect, cases[i].radius, cases[i].border);
        unsigned char *one = framed_pixels(&f, true, cases[i].rect, cases[i].radius, cases[i].border);
        REQUIRE(two != NULL && one != NULL);
        if (memcmp(two, one, 640 * 400 * 4) != 0)
            fprintf(stderr, "case %zu differs\n", i);
        CHECK(memcmp(two, one, 640 * 400 * 4) == 0);
        free(two);
        free(one);
    }
    fixture_close(&f);
}

TEST(png_round_trips_an_image)
{
    int width = 97, height = 61;
    unsigned char *rgb = malloc((size_t)width * height * 3);
    REQUIRE(rgb != NULL);
    for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++) {
            unsigned char *p = rgb + ((size_t)y * width + x) * 3;
            p[0] = (unsigned char)(x < 40 ? 240 : x * 2);
            p[1] = (unsigned char)(y * 4);
            p[2] = (unsigned char)((x * y) % 251);
        }
    char path[128];
    snprintf(path, sizeof path, "/tmp/coach_test_ui_draw_%d.png", (int)getpid());
    CoachError err;
    err_clear(&err);
    CHECK_INT(png_write(path, rgb, width, height, (size_t)width * 3, &err), 0);
    int w = 0, h = 0;
    unsigned char *back = png_read(path, &w, &h, &err);
    REQUIRE(back != NULL);
    CHECK_INT(w, width);
    CHECK_INT(h, height);
    CHECK(memcmp(back, rgb, (size_t)width * height * 3) == 0);
    free(back);
    free(rgb);
    remove(path);
}

TEST(png_read_rejects_a_broken_file_with_its_name)
{
    char path[128];
    snprintf(path, sizeof path, "/tmp/coach_test_ui_draw_broken_%d.png", (int)getpid());
    FILE *f = fopen(path, "wb");
    REQUIRE(f != NULL);
    fputs("\x89PNG\r\n\x1a\n garbage", f);
    fclose(f);
    CoachError err;
    err_clear(&err);
    int w, h;
    CHECK(png_read(path, &w, &h, &err) == NULL);
    CHECK_STR(err.file, path);
    CHECK(err.code != 0);
    CHECK(png_read("no/such/file.png", &w, &h, &err) == NULL);
    CHECK_INT(err.code, COACH_EIO);
    remove(path);
}

TEST(draw_gives_a_text_the_same_size_measured_and_rendered)
{
    /* Measuring shapes each line; rendering takes the widths of the rendered
     * lines instead, and a line that fits whole takes the fitting pass's
     * extent: all must agree. */
    Fixture f;
    fixture_open(&f);
    SDL_Color ink = {0, 0, 0, 255};
    const char *texts[] = {
        "Dana here. I've got ten minutes.",
        "What does a stopped line cost you in a normal week, roughly? And who feels it first?",
        "Caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x94 r\xC3\xA9sum\xC3\xA9\nsecond paragraph\n\nafter a blank line",
        "Supercalifragilisticexpialidocious-and-then-some",
        "AVAVAV Wo To Ty",
    };
    const int widths[] = {0, 90, 200, 1000};
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        for (size_t k = 0; k < sizeof widths / sizeof widths[0]; k++) {
            int measured_w = 0, measured_h = 0, rendered_w = 0, rendered_h = 0;
            draw_text_size(f.draw, DRAW_BODY, texts[t], widths[k], &measured_w, &measured_h);
            int drawn_h = draw_text(f.draw, DRAW_BODY, texts[t], 0, 0, widths[k], ink);
            draw_text_size(f.draw, DRAW_BODY, texts[t], widths[k], &rendered_w, &rendered_h);
            CHECK_INT(rendered_w, measured_w);
            CHECK_INT(rendered_h, measured_h);
            CHECK_INT(drawn_h, measured_h);
        }
        /* a line that fits whole: its width is the text's measured width */
        DrawLine lines[4];
        if (strchr(texts[t], '\n') == NULL) {
            size_t n = draw_layout(f.draw, DRAW_BODY, texts[t], 5000, lines, 4);
            CHECK_INT(n, 1);
            CHECK_INT(lines[0].width, draw_measure(f.draw, DRAW_BODY, texts[t], strlen(texts[t])));
        }
    }
    fixture_close(&f);
}

/* The pixels of text drawn alone at the top-left of a cleared window (ARGB). */
static unsigned char *text_pixels(Fixture *f, const char *text, int *width)
{
    SDL_SetRenderDrawBlendMode(f->renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(f->renderer, 255, 255, 255, 255);
    SDL_RenderClear(f->renderer);
    SDL_Color ink = {0, 0, 0, 255};
    draw_text(f->draw, DRAW_BODY, text, 0, 0, 0, ink);
    int h = 0;
    draw_text_size(f->draw, DRAW_BODY, text, 0, width, &h);
    unsigned char *pixels = malloc(640 * 400 * 4);
    REQUIRE(pixels != NULL);
    REQUIRE(SDL_RenderReadPixels(f->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, pixels, 640 * 4) == 0);
    return pixels;
}

static long dark_pixels(const unsigned char *pixels)
{
    long dark = 0;
    for (long i = 0; i < 640L * 400; i++)
        dark += pixels[i * 4] < 128; /* blue channel of ARGB8888 in memory order */
    return dark;
}

TEST(draw_draws_what_dejavu_lacks_with_a_system_font_or_a_visible_replacement)
{
    Fixture f;
    fixture_open(&f);
    const Uint32 tokyo = 0x6771; /* 東 */
    CHECK_INT(draw_glyph_source(f.draw, DRAW_BODY, 'a'), DRAW_GLYPH_OWN);
    CHECK_INT(draw_glyph_source(f.draw, DRAW_BODY, 0xE9), DRAW_GLYPH_OWN); /* é */
    DrawGlyph source = draw_glyph_source(f.draw, DRAW_BODY, tokyo);
    CHECK(source != DRAW_GLYPH_OWN);
    /* the tests install fonts-wqy-microhei (scripts/test.sh): fontconfig finds it */
    FILE *font = fopen("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "rb");
    if (font != NULL) {
        fclose(font);
        CHECK_INT(source, DRAW_GLYPH_FALLBACK);
    }
    int width_cjk = 0, width_box = 0, width_replacement = 0;
    unsigned char *cjk = text_pixels(&f, "東京 ok", &width_cjk);
    unsigned char *replacement = text_pixels(&f, "\xEF\xBF\xBD\xEF\xBF\xBD ok", &width_replacement);
    CHECK(width_cjk > 0 && dark_pixels(cjk) > 40);
    if (source == DRAW_GLYPH_FALLBACK)
        CHECK(memcmp(cjk, replacement, 640 * 400 * 4) != 0); /* real glyphs, not the replacement */
    /* measured and rendered agree on a mixed line too */
    int w = 0, h = 0;
    draw_text_size(f.draw, DRAW_BODY, "Tokyo 東京, Zürich", 0, &w, &h);
    SDL_Color ink = {0, 0, 0, 255};
    draw_text(f.draw, DRAW_BODY, "Tokyo 東京, Zürich", 0, 0, 0, ink);
    int w2 = 0;
    draw_text_size(f.draw, DRAW_BODY, "Tokyo 東京, Zürich", 0, &w2, &h);
    CHECK_INT(w2, w);
    /* a long CJK line wraps inside the width */
    DrawLine lines[16];
    size_t count = draw_layout(f.draw, DRAW_BODY, "東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京", 200, lines, 16);
    CHECK(count >= 2);
    for (size_t i = 0; i < count && i < 16; i++)
        CHECK(lines[i].width <= 200);
    free(cjk);
    free(replacement);

    /* with no font of the system's, every such character is U+FFFD: the same pixels as "��" */
    draw_set_fallback(f.draw, false);
    CHECK_INT(draw_glyph_source(f.draw, DRAW_BODY, tokyo), DRAW_GLYPH_REPLACED);
    cjk = text_pixels(&f, "東京 ok", &width_cjk);
    replacement = text_pixels(&f, "\xEF\xBF\xBD\xEF\xBF\xBD ok", &width_replacement);
    CHECK_INT(width_cjk, width_replacement);
    CHECK(memcmp(cjk, replacement, 640 * 400 * 4) == 0);
    CHECK(dark_pixels(cjk) > 40);
    free(cjk);
    free(replacement);
    (void)width_box;
    fixture_close(&f);
}

TESTS(CHECK_CASE(draw_wraps_at_spaces_within_the_width),
      CHECK_CASE(draw_draws_what_dejavu_lacks_with_a_system_font_or_a_visible_replacement),
      CHECK_CASE(draw_breaks_a_word_longer_than_the_line_and_keeps_newlines),
      CHECK_CASE(draw_renders_a_text_once_and_reuses_it),
      CHECK_CASE(draw_gives_a_text_the_same_size_measured_and_rendered),
      CHECK_CASE(draw_framed_paints_the_same_pixels_as_a_fill_over_a_fill),
      CHECK_CASE(draw_shows_invalid_utf8_as_replacement_characters), CHECK_CASE(png_round_trips_an_image),
      CHECK_CASE(png_read_rejects_a_broken_file_with_its_name))
