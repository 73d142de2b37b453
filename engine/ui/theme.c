/* theme: the two built-in colour themes (see theme.h). Every ink on the
 * fills it is drawn on keeps WCAG AA contrast (4.5:1), which
 * test_ui_theme checks for the pairs theme_pairs() lists and
 * test_ui_screens for every text of every screen as drawn. */
#include "theme.h"

#include <math.h>

#define RGB(r, g, b) {r, g, b, 255}

static const Theme light = {
    .name = "light",
    .background = RGB(0xF3, 0xF5, 0xF8),
    .header = RGB(0x1F, 0x2A, 0x44),
    .header_text = RGB(0xFF, 0xFF, 0xFF),
    .header_muted = RGB(0xB8, 0xC2, 0xD6),
    .surface = RGB(0xFF, 0xFF, 0xFF),
    .surface_alt = RGB(0xE9, 0xED, 0xF3),
    .border = RGB(0xD5, 0xDB, 0xE5),
    .text = RGB(0x1C, 0x23, 0x33),
    .muted = RGB(0x5E, 0x69, 0x7D),
    .accent = RGB(0x23, 0x5B, 0xD0),
    .accent_soft = RGB(0xE3, 0xEC, 0xFD),
    .accent_text = RGB(0xFF, 0xFF, 0xFF),
    .prospect = RGB(0xFF, 0xFF, 0xFF),
    .prospect_now = RGB(0xFF, 0xF7, 0xE0),
    .trainee = RGB(0xDD, 0xE8, 0xFC),
    .good = RGB(0x17, 0x73, 0x4A),
    .good_soft = RGB(0xDC, 0xF3, 0xE6),
    .bad = RGB(0xB0, 0x2A, 0x2A),
    .bad_soft = RGB(0xFB, 0xE2, 0xE2),
    .neutral_soft = RGB(0xE6, 0xE9, 0xEF),
    .bar_track = RGB(0xE3, 0xE7, 0xEE),
    .banner_error = RGB(0xB3, 0x26, 0x1E),
    .banner_info = RGB(0x23, 0x5B, 0xD0),
    .banner_text = RGB(0xFF, 0xFF, 0xFF),
};

static const Theme projector = {
    .name = "projector",
    .background = RGB(0x0B, 0x0E, 0x14),
    .header = RGB(0x00, 0x00, 0x00),
    .header_text = RGB(0xFF, 0xFF, 0xFF),
    .header_muted = RGB(0xD0, 0xD0, 0xD0),
    .surface = RGB(0x1A, 0x1F, 0x2B),
    .surface_alt = RGB(0x14, 0x18, 0x22),
    .border = RGB(0x8A, 0x93, 0xA6),
    .text = RGB(0xFF, 0xFF, 0xFF),
    .muted = RGB(0xD6, 0xDB, 0xE4),
    .accent = RGB(0xFF, 0xD2, 0x3F),
    .accent_soft = RGB(0x3A, 0x33, 0x12),
    .accent_text = RGB(0x00, 0x00, 0x00),
    .prospect = RGB(0x1A, 0x1F, 0x2B),
    .prospect_now = RGB(0x26, 0x2E, 0x40),
    .trainee = RGB(0x12, 0x2B, 0x4A),
    .good = RGB(0x5B, 0xE3, 0x8F),
    .good_soft = RGB(0x10, 0x3A, 0x24),
    .bad = RGB(0xFF, 0x7B, 0x7B),
    .bad_soft = RGB(0x4A, 0x14, 0x14),
    .neutral_soft = RGB(0x2A, 0x30, 0x3C),
    .bar_track = RGB(0x2A, 0x30, 0x3C),
    .banner_error = RGB(0xD0, 0x1F, 0x1F),
    .banner_info = RGB(0x1F, 0x4F, 0xC0),
    .banner_text = RGB(0xFF, 0xFF, 0xFF),
};

const Theme *theme_light(void)
{
    return &light;
}

const Theme *theme_projector(void)
{
    return &projector;
}

/* Relative luminance of one sRGB channel, linearised (WCAG 2.x). */
static double channel(Uint8 value)
{
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double luminance(SDL_Color color)
{
    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b);
}

double theme_contrast(SDL_Color a, SDL_Color b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

#define PAIR(ink, fill) {#ink " on " #fill, offsetof(Theme, ink), offsetof(Theme, fill)}

/* Every ink the screens draw text in, on every fill it is drawn on. */
static const struct {
    const char *name;
    size_t ink, fill;
} pairs[] = {
    PAIR(text, background),      PAIR(text, surface),        PAIR(text, surface_alt),
    PAIR(text, accent_soft),     PAIR(text, prospect),       PAIR(text, prospect_now),
    PAIR(text, trainee),         PAIR(text, good_soft),      PAIR(text, neutral_soft),
    PAIR(text, bad_soft),        PAIR(muted, background),    PAIR(muted, surface),
    PAIR(muted, surface_alt),    PAIR(muted, accent_soft),   PAIR(muted, neutral_soft),
    PAIR(muted, prospect_now),   PAIR(header_text, header),  PAIR(header_muted, header),
    PAIR(banner_text, banner_error), PAIR(banner_text, banner_info), PAIR(accent_text, accent),
    PAIR(good, good_soft),       PAIR(bad, bad_soft),        PAIR(accent, accent_soft),
    PAIR(accent, surface),       PAIR(good, surface),        PAIR(bad, surface),
    PAIR(bad, background),       PAIR(bad, surface_alt),     PAIR(accent, background),
};

size_t theme_pairs(const Theme *theme, ThemePair *out, size_t max)
{
    size_t count = sizeof pairs / sizeof pairs[0];
    for (size_t i = 0; i < count && i < max; i++) {
        out[i].name = pairs[i].name;
        out[i].ink = *(const SDL_Color *)((const char *)theme + pairs[i].ink);
        out[i].fill = *(const SDL_Color *)((const char *)theme + pairs[i].fill);
    }
    return count;
}
