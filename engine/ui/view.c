/* view: the screens' shared drawing context and pieces (see view.h). */
#include "view.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int view_clamp(int value, int low, int high)
{
    return value < low ? low : value > high ? high : value;
}

/* ---- banner ------------------------------------------------------------------ */

void view_set_banner(View *view, bool error, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(view->banner, sizeof view->banner, format, args);
    va_end(args);
    view->banner_error = error;
    view->dirty = true;
}

void view_banner_from_error(View *view, const char *what, const CoachError *err)
{
    char line[1200];
    err_format(err, line, sizeof line);
    view_set_banner(view, true, "%s%s", what, line);
}

void view_clear_banner(View *view)
{
    view->banner[0] = '\0';
    view->dirty = true;
}

int view_draw_banner(View *view, int y)
{
    if (view->banner[0] == '\0')
        return 0;
    const Theme *theme = view->theme;
    int pad = view->unit;
    int width = view->width - 2 * pad;
    int text_width = 0, text_height = 0;
    const char *prefix = view->banner_error ? "⚠  " : "";
    char text[VIEW_BANNER_BYTES + 8];
    snprintf(text, sizeof text, "%s%s", prefix, view->banner);
    draw_text_size(view->draw, DRAW_BODY, text, width - pad, &text_width, &text_height);
    int height = text_height + pad;
    draw_fill(view->draw, (SDL_Rect){0, y, view->width, height}, 0,
              view->banner_error ? theme->banner_error : theme->banner_info);
    draw_text(view->draw, DRAW_BODY, text, pad, y + pad / 2, width - pad, theme->banner_text);
    return height;
}

/* ---- header, chips, bars ------------------------------------------------------ */

int view_draw_header(View *view, const char *title, const char *subtitle, const char *right)
{
    const Theme *theme = view->theme;
    int pad = view->unit;
    int title_height = draw_line_height(view->draw, DRAW_TITLE);
    int sub_height = subtitle != NULL ? draw_line_height(view->draw, DRAW_SMALL) : 0;
    int height = pad + title_height + sub_height + pad * 3 / 4;
    draw_fill(view->draw, (SDL_Rect){0, 0, view->width, height}, 0, theme->header);
    int right_w = right != NULL ? draw_text_width(view->draw, DRAW_SMALL, right) : 0;
    int title_w = draw_text_width(view->draw, DRAW_TITLE, title);
    if (right != NULL && pad + title_w + 2 * pad + right_w > view->width - pad)
        right = NULL; /* no room: the title matters more */
    int left_w = view->width - 2 * pad - (right != NULL ? right_w + 2 * pad : 0);
    SDL_Rect clip = {0, 0, pad + left_w, height};
    SDL_RenderSetClipRect(view->renderer, &clip);
    draw_text(view->draw, DRAW_TITLE, title, pad, pad * 3 / 4, 0, theme->header_text);
    if (subtitle != NULL)
        draw_text(view->draw, DRAW_SMALL, subtitle, pad, pad * 3 / 4 + title_height, 0, theme->header_muted);
    SDL_RenderSetClipRect(view->renderer, NULL);
    if (right != NULL)
        draw_text(view->draw, DRAW_SMALL, right, view->width - pad - right_w,
                  (height - draw_line_height(view->draw, DRAW_SMALL)) / 2, 0, theme->header_muted);
    return height;
}

int view_draw_chip(View *view, const char *text, int x, int y, SDL_Color fill, SDL_Color ink, bool measure_only)
{
    int pad = view->unit / 2;
    int text_width = draw_text_width(view->draw, DRAW_SMALL_BOLD, text);
    int height = view_chip_height(view);
    if (!measure_only) {
        draw_fill(view->draw, (SDL_Rect){x, y, text_width + 2 * pad, height}, height / 2, fill);
        draw_text(view->draw, DRAW_SMALL_BOLD, text, x + pad, y + view->unit / 10, 0, ink);
    }
    return text_width + 2 * pad;
}

int view_chip_height(View *view)
{
    return draw_line_height(view->draw, DRAW_SMALL_BOLD) + view->unit / 5;
}

void view_draw_bar(View *view, SDL_Rect rect, int value, SDL_Color color)
{
    draw_fill(view->draw, rect, rect.h / 2, view->theme->bar_track);
    int filled = rect.w * view_clamp(value, 0, 100) / 100;
    if (filled > 0)
        draw_fill(view->draw, (SDL_Rect){rect.x, rect.y, filled < rect.h ? rect.h : filled, rect.h}, rect.h / 2,
                  color);
}

int view_footer_height(View *view)
{
    return draw_line_height(view->draw, DRAW_SMALL) + view->unit;
}

int view_draw_footer(View *view, const ViewKey *keys, size_t count)
{
    const Theme *theme = view->theme;
    int pad = view->unit;
    int height = view_footer_height(view);
    int top = view->height - height;
    draw_fill(view->draw, (SDL_Rect){0, top, view->width, height}, 0, theme->surface_alt);
    draw_fill(view->draw, (SDL_Rect){0, top, view->width, 1}, 0, theme->border);
    int gap = pad * 3 / 2, space = pad / 3;
    int x = pad, y = top + (height - draw_line_height(view->draw, DRAW_SMALL)) / 2;
    view->footer_count = 0;
    for (size_t i = 0; i < count; i++) {
        int key_w = draw_text_width(view->draw, DRAW_SMALL_BOLD, keys[i].key);
        int action_w = draw_text_width(view->draw, DRAW_SMALL, keys[i].action);
        if (x + key_w + space + action_w > view->width - pad)
            break; /* the rest are less important: left out rather than cut */
        SDL_Keycode sym = view_key_sym(keys[i].key);
        if (sym != 0 && sym == view->footer_hover) {
            /* under the mouse: a button, framed, on the surface colour the texts keep their contrast on */
            SDL_Rect button = {x - pad / 3, top + height / 8, key_w + space + action_w + 2 * (pad / 3),
                               height - height / 4};
            draw_framed(view->draw, button, pad / 3, 1, theme->accent, theme->surface);
        }
        draw_text(view->draw, DRAW_SMALL_BOLD, keys[i].key, x, y, 0, theme->text);
        draw_text(view->draw, DRAW_SMALL, keys[i].action, x + key_w + space, y, 0, theme->muted);
        if (sym != 0 && view->footer_count < VIEW_FOOTER_KEYS) {
            view->footer_rects[view->footer_count] = (SDL_Rect){x - gap / 2, top + 1, key_w + space + action_w + gap,
                                                                height - 1};
            view->footer_syms[view->footer_count++] = sym;
        }
        x += key_w + space + action_w + gap;
    }
    return top;
}

SDL_Keycode view_key_sym(const char *key)
{
    static const struct {
        const char *text;
        SDL_Keycode sym;
    } names[] = {{"Enter", SDLK_RETURN}, {"Esc", SDLK_ESCAPE}, {"Esc Esc", SDLK_ESCAPE}, {"Tab", SDLK_TAB},
                 {"F2", SDLK_F2},        {"F5", SDLK_F5},      {"F11", SDLK_F11},         {"→", SDLK_RIGHT},
                 {"←", SDLK_LEFT},       {"T", SDLK_t},        {"P", SDLK_p},             {"N", SDLK_n}};
    for (size_t i = 0; key != NULL && i < sizeof names / sizeof names[0]; i++)
        if (strcmp(key, names[i].text) == 0)
            return names[i].sym;
    return 0;
}

bool view_footer_hover(View *view, int x, int y)
{
    SDL_Keycode sym = view_footer_key_at(view, x, y);
    if (sym != view->footer_hover) {
        view->footer_hover = sym;
        view->dirty = true;
    }
    return sym != 0;
}

SDL_Keycode view_footer_key_at(const View *view, int x, int y)
{
    for (size_t i = 0; i < view->footer_count; i++) {
        SDL_Rect r = view->footer_rects[i];
        if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h)
            return view->footer_syms[i];
    }
    return 0;
}

SDL_Color view_score_color(const Theme *theme, int score)
{
    return score >= 70 ? theme->good : score >= 40 ? theme->accent : theme->bad;
}

SDL_Color view_tone_fill(const Theme *theme, ViewTone tone)
{
    return tone == VIEW_TONE_GOOD ? theme->good_soft : tone == VIEW_TONE_BAD ? theme->bad_soft : theme->neutral_soft;
}

SDL_Color view_tone_ink(const Theme *theme, ViewTone tone)
{
    return tone == VIEW_TONE_GOOD ? theme->good : tone == VIEW_TONE_BAD ? theme->bad : theme->muted;
}

/* ---- words ------------------------------------------------------------------- */

void view_humanize(const char *id, char *out, size_t size)
{
    snprintf(out, size, "%s", id != NULL ? id : "");
    for (char *p = out; *p != '\0'; p++)
        if (*p == '_')
            *p = ' ';
    if (out[0] >= 'a' && out[0] <= 'z')
        out[0] = (char)(out[0] - 'a' + 'A');
}

const char *view_difficulty_name(int difficulty)
{
    switch (difficulty) {
    case 1: return "Beginner";
    case 2: return "Intermediate";
    case 3: return "Advanced";
    default: return "Unrated";
    }
}

const char *view_skill_title(RubSkill skill)
{
    static const char *const titles[RUB_SKILL_COUNT] = {"Discovery", "Listening", "Benefits over features",
                                                        "Next step"};
    return skill < RUB_SKILL_COUNT ? titles[skill] : "?";
}

const char *view_skill_summary(RubSkill skill)
{
    static const char *const summaries[RUB_SKILL_COUNT] = {
        "Open questions and probes that uncover what the prospect needs, before any pitch.",
        "Reflecting back, following up the cues they drop, letting them do the talking.",
        "Every feature tied to what the prospect gets, in their own words.",
        "A concrete next step, asked for once the right to ask is earned.",
    };
    return skill < RUB_SKILL_COUNT ? summaries[skill] : "";
}
