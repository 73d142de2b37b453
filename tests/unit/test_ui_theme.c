/* Tests of the colour themes (engine/ui/theme.c): every ink the screens
 * draw text in keeps WCAG AA contrast (4.5:1) on every fill it is drawn on.
 * (test_ui_screens checks the same on every text of every screen as drawn.) */
#include "check.h"
#include "theme.h"

#include <stdbool.h>

TEST(theme_contrast_matches_the_wcag_formula)
{
    SDL_Color black = {0, 0, 0, 255}, white = {255, 255, 255, 255}, grey = {0x76, 0x76, 0x76, 255};
    CHECK(theme_contrast(black, white) > 20.99 && theme_contrast(black, white) < 21.01);
    CHECK(theme_contrast(white, white) > 0.99 && theme_contrast(white, white) < 1.01);
    /* #767676 on white is the usual 4.54:1 example */
    CHECK(theme_contrast(grey, white) > 4.53 && theme_contrast(grey, white) < 4.55);
    CHECK(theme_contrast(white, grey) == theme_contrast(grey, white));
}

static void check_theme(const Theme *theme)
{
    ThemePair pairs[64];
    size_t count = theme_pairs(theme, pairs, 64);
    REQUIRE(count > 20 && count <= 64);
    double lowest = 21;
    const char *lowest_name = "";
    for (size_t i = 0; i < count; i++) {
        double contrast = theme_contrast(pairs[i].ink, pairs[i].fill);
        if (contrast < lowest) {
            lowest = contrast;
            lowest_name = pairs[i].name;
        }
        if (contrast < 4.5) {
            fprintf(stderr, "%s theme: %s is %.2f:1\n", theme->name, pairs[i].name, contrast);
            CHECK(false);
        }
    }
    printf("%s theme: %zu pairs, lowest %.2f:1 (%s)\n", theme->name, count, lowest, lowest_name);
}

TEST(theme_light_keeps_every_text_pair_at_wcag_aa)
{
    check_theme(theme_light());
}

TEST(theme_projector_keeps_every_text_pair_at_wcag_aa)
{
    check_theme(theme_projector());
}

TESTS(CHECK_CASE(theme_contrast_matches_the_wcag_formula), CHECK_CASE(theme_light_keeps_every_text_pair_at_wcag_aa),
      CHECK_CASE(theme_projector_keeps_every_text_pair_at_wcag_aa))
