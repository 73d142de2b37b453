/* play_transcript: the conversation on the play screen (see play_transcript.h). */
#include "play_transcript.h"

#include <stdlib.h>

/* How a label reads to the trainee: praise, a plain fact, or a warning. */
static const ViewTone label_tones[AN_LABEL_COUNT] = {
    [AN_OPEN_QUESTION] = VIEW_TONE_GOOD,    [AN_CLOSED_QUESTION] = VIEW_TONE_NEUTRAL,
    [AN_PROBE] = VIEW_TONE_GOOD,            [AN_REFLECTION] = VIEW_TONE_GOOD,
    [AN_FEATURE] = VIEW_TONE_NEUTRAL,       [AN_BENEFIT] = VIEW_TONE_GOOD,
    [AN_NEXT_STEP] = VIEW_TONE_GOOD,        [AN_PURPOSE] = VIEW_TONE_GOOD,
    [AN_SMALL_TALK] = VIEW_TONE_NEUTRAL,    [AN_SELLER_FOCUS] = VIEW_TONE_BAD,
};

static void label_list(const SesTurn *turn, const char **names, size_t *count)
{
    *count = 0;
    if (turn->rubric == NULL)
        return;
    unsigned labels = turn->rubric->analysis.labels;
    for (int label = 0; label < AN_LABEL_COUNT; label++)
        if (labels & AN_BIT(label))
            names[(*count)++] = an_label_name((AnLabel)label);
}

/* Lays the labels of a trainee turn out as chips flowing right to left from
 * right_x (rows wrap at left_x); draws them when draw_them. Returns the
 * height they take (0 without labels). */
static int label_chips(View *view, const SesTurn *turn, int right_x, int left_x, int y, bool draw_them)
{
    const Theme *theme = view->theme;
    const char *names[AN_LABEL_COUNT];
    size_t count;
    label_list(turn, names, &count);
    if (count == 0)
        return 0;
    int row_h = view_chip_height(view) + view->unit / 5;
    int x = right_x, rows = 1;
    for (size_t k = 0; k < count; k++) {
        AnLabel label;
        ViewTone tone = an_label_from_name(names[k], &label) ? label_tones[label] : VIEW_TONE_NEUTRAL;
        char text[64];
        view_humanize(names[k], text, sizeof text);
        int width = view_draw_chip(view, text, 0, 0, theme->surface, theme->text, true);
        if (x - width < left_x && x != right_x) {
            rows++;
            x = right_x;
        }
        if (draw_them)
            view_draw_chip(view, text, x - width, y + (rows - 1) * row_h, view_tone_fill(theme, tone),
                           view_tone_ink(theme, tone), false);
        x -= width + view->unit / 4;
    }
    return rows * row_h;
}

void play_transcript_draw(View *view, const Session *session, SDL_Rect rect, int *scroll, int *scroll_max)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    size_t count = ses_turn_count(session);
    SesState state = ses_state(session);
    const ScnInfo *info = scn_info(ses_scenario(session));
    const char *prospect_name = info->persona_name != NULL && info->persona_name[0] ? info->persona_name : "Prospect";
    int bubble_max = rect.w * (view->projector ? 80 : 70) / 100;
    int gap = unit * 3 / 4;
    int name_height = draw_line_height(view->draw, DRAW_SMALL_BOLD);

    /* measure */
    int total = 0;
    int *heights = calloc(count + 1, sizeof *heights);
    if (heights == NULL)
        return;
    size_t current = count; /* the prospect's current line */
    if ((state == SES_AWAIT_TEXT || state == SES_AWAIT_CHOICE || state == SES_ENDED) && count > 0 &&
        !ses_turn(session, count - 1)->trainee)
        current = count - 1;
    for (size_t i = 0; i < count; i++) {
        const SesTurn *turn = ses_turn(session, i);
        DrawFont font = i == current ? DRAW_LARGE : DRAW_BODY;
        int w, h;
        draw_text_size(view->draw, font, turn->text, bubble_max - 2 * pad, &w, &h);
        int body = h + pad;
        if (turn->trainee && !view->projector) {
            int chips = label_chips(view, turn, rect.x + rect.w - (w + 2 * pad) - unit / 2, rect.x, 0, false);
            if (chips > body)
                body = chips;
        }
        heights[i] = name_height + unit / 4 + body + gap;
    }
    for (size_t i = 0; i < count; i++)
        total += heights[i];
    *scroll_max = total > rect.h ? total - rect.h + pad : 0;
    if (*scroll > *scroll_max)
        *scroll = *scroll_max;

    SDL_RenderSetClipRect(view->renderer, &rect);
    int y = rect.y + rect.h - total + *scroll;
    if (total <= rect.h)
        y = rect.y + rect.h - total; /* newest at the bottom even when short */
    for (size_t i = 0; i < count; i++) {
        const SesTurn *turn = ses_turn(session, i);
        int h = heights[i];
        if (y + h < rect.y || y > rect.y + rect.h) {
            y += h;
            continue;
        }
        DrawFont font = i == current ? DRAW_LARGE : DRAW_BODY;
        int w, th;
        draw_text_size(view->draw, font, turn->text, bubble_max - 2 * pad, &w, &th);
        int bubble_w = w + 2 * pad, bubble_h = th + pad;
        if (!turn->trainee) {
            int bx = rect.x;
            draw_text(view->draw, DRAW_SMALL_BOLD, prospect_name, bx + unit / 4, y, 0, theme->muted);
            int by = y + name_height + unit / 4;
            SDL_Color fill = i == current ? theme->prospect_now : theme->prospect;
            draw_framed(view->draw, (SDL_Rect){bx, by, bubble_w, bubble_h}, unit / 2, 1,
                        i == current ? theme->accent : theme->border, fill);
            if (i == current)
                draw_fill(view->draw,
                          (SDL_Rect){bx, by + unit / 3, unit / 5 < 3 ? 3 : unit / 5, bubble_h - 2 * unit / 3}, 2,
                          theme->accent);
            draw_text(view->draw, font, turn->text, bx + pad, by + pad / 2, bubble_max - 2 * pad, theme->text);
        } else {
            int bx = rect.x + rect.w - bubble_w;
            const char *you = "You";
            int you_w = draw_text_width(view->draw, DRAW_SMALL_BOLD, you);
            draw_text(view->draw, DRAW_SMALL_BOLD, you, rect.x + rect.w - you_w - unit / 4, y, 0, theme->muted);
            int by = y + name_height + unit / 4;
            draw_fill(view->draw, (SDL_Rect){bx, by, bubble_w, bubble_h}, unit / 2, theme->trainee);
            draw_text(view->draw, font, turn->text, bx + pad, by + pad / 2, bubble_max - 2 * pad, theme->text);
            if (!view->projector)
                label_chips(view, turn, bx - unit / 2, rect.x, by, true);
        }
        y += h;
    }
    SDL_RenderSetClipRect(view->renderer, NULL);
    if (total > rect.h) {
        /* older lines fade out under the brief */
        SDL_Color fade = theme->background;
        int steps = unit;
        for (int k = 0; k < steps; k++) {
            fade.a = (Uint8)(255 - 255 * k / steps);
            draw_fill(view->draw, (SDL_Rect){rect.x, rect.y + k, rect.w, 1}, 0, fade);
        }
    }
    if (*scroll > 0) {
        const char *more = "▼ newer lines below — PgDn";
        int mw = draw_text_width(view->draw, DRAW_SMALL_BOLD, more);
        int mh = view_chip_height(view);
        view_draw_chip(view, more, rect.x + (rect.w - mw) / 2 - unit / 2, rect.y + rect.h - mh, theme->accent,
                       theme->accent_text, false);
    }
    free(heights);
}
