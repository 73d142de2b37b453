/* play_transcript: the conversation on the play screen (see play_transcript.h). */
#include "play_transcript.h"

#include <stdlib.h>

#include "live.h"

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

/* Lays the labels of the trainee's turn index out as chips flowing right to
 * left from right_x (rows wrap at left_x); draws them when draw_them, green
 * only on a move that lost no points (live_label_tone). Returns the height
 * they take (0 without labels). */
static int label_chips(View *view, const Session *session, size_t index, int right_x, int left_x, int y,
                       bool draw_them)
{
    const SesTurn *turn = ses_turn(session, index);
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
        ViewTone tone = an_label_from_name(names[k], &label) ? live_label_tone(session, index, label) : VIEW_TONE_NEUTRAL;
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

size_t play_transcript_current(const Session *session)
{
    size_t count = ses_turn_count(session);
    SesState state = ses_state(session);
    if ((state == SES_AWAIT_TEXT || state == SES_AWAIT_CHOICE || state == SES_ENDED) && count > 0 &&
        !ses_turn(session, count - 1)->trainee)
        return count - 1;
    return count;
}

static const char *prospect_name(const Session *session)
{
    const ScnInfo *info = scn_info(ses_scenario(session));
    return info->persona_name != NULL && info->persona_name[0] ? info->persona_name : "Prospect";
}

/* The widest a bubble's text may be in a column width wide. */
static int bubble_text_width(View *view, int width)
{
    return width * (view->projector ? 80 : 70) / 100 - 2 * view->unit;
}

/* A prospect's bubble with its name above, its top-left at x, y. */
static void draw_prospect(View *view, const Session *session, const SesTurn *turn, bool current, int x, int y,
                          int text_width)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    DrawFont font = current ? DRAW_LARGE : DRAW_BODY;
    int w, th;
    draw_text_size(view->draw, font, turn->text, text_width, &w, &th);
    int bubble_w = w + 2 * pad, bubble_h = th + pad;
    draw_text(view->draw, DRAW_SMALL_BOLD, prospect_name(session), x + unit / 4, y, 0, theme->muted);
    int by = y + draw_line_height(view->draw, DRAW_SMALL_BOLD) + unit / 4;
    draw_framed(view->draw, (SDL_Rect){x, by, bubble_w, bubble_h}, unit / 2, 1, current ? theme->accent : theme->border,
                current ? theme->prospect_now : theme->prospect);
    if (current)
        draw_fill(view->draw, (SDL_Rect){x, by + unit / 3, unit / 5 < 3 ? 3 : unit / 5, bubble_h - 2 * unit / 3}, 2,
                  theme->accent);
    draw_text(view->draw, font, turn->text, x + pad, by + pad / 2, text_width, theme->text);
}

void play_transcript_draw(View *view, const Session *session, SDL_Rect rect, int *scroll, int *scroll_max)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    size_t count = play_transcript_current(session);
    int text_width = bubble_text_width(view, rect.w);
    int gap = unit * 3 / 4;
    int name_height = draw_line_height(view->draw, DRAW_SMALL_BOLD);
    bool scrolled = *scroll > 0;
    int more_h = scrolled ? view_chip_height(view) + unit / 4 : 0; /* the "newer lines below" chip */

    /* measure */
    int total = 0;
    int *heights = calloc(count + 1, sizeof *heights);
    if (heights == NULL)
        return;
    for (size_t i = 0; i < count; i++) {
        const SesTurn *turn = ses_turn(session, i);
        int w, h;
        draw_text_size(view->draw, DRAW_BODY, turn->text, text_width, &w, &h);
        int body = h + pad;
        if (turn->trainee && !view->projector) {
            int chips = label_chips(view, session, i, rect.x + rect.w - (w + 2 * pad) - unit / 2, rect.x, 0, false);
            if (chips > body)
                body = chips;
        }
        if (turn->trainee && turn->heard != NULL) {
            /* how the prospect understood a typed line, under it */
            int hw, hh;
            draw_text_size(view->draw, view->projector ? DRAW_BODY : DRAW_SMALL, turn->heard, text_width, &hw, &hh);
            body += hh + unit / 4;
        }
        heights[i] = name_height + unit / 4 + body + gap;
    }
    for (size_t i = 0; i < count; i++)
        total += heights[i];
    *scroll_max = total > rect.h ? total - rect.h + pad : 0;
    if (*scroll > *scroll_max)
        *scroll = *scroll_max;

    SDL_Rect shown = {rect.x, rect.y, rect.w, rect.h - more_h};
    SDL_RenderSetClipRect(view->renderer, &shown);
    int y = rect.y + rect.h - total + *scroll;
    if (total <= rect.h)
        y = rect.y + rect.h - total; /* newest at the bottom even when short */
    for (size_t i = 0; i < count; i++) {
        const SesTurn *turn = ses_turn(session, i);
        int h = heights[i];
        if (y + h < shown.y || y > shown.y + shown.h) {
            y += h;
            continue;
        }
        if (!turn->trainee) {
            draw_prospect(view, session, turn, false, rect.x, y, text_width);
        } else {
            int w, th;
            draw_text_size(view->draw, DRAW_BODY, turn->text, text_width, &w, &th);
            int bubble_w = w + 2 * pad, bubble_h = th + pad;
            int bx = rect.x + rect.w - bubble_w;
            const char *you = "You";
            int you_w = draw_text_width(view->draw, DRAW_SMALL_BOLD, you);
            draw_text(view->draw, DRAW_SMALL_BOLD, you, rect.x + rect.w - you_w - unit / 4, y, 0, theme->muted);
            int by = y + name_height + unit / 4;
            draw_fill(view->draw, (SDL_Rect){bx, by, bubble_w, bubble_h}, unit / 2, theme->trainee);
            draw_text(view->draw, DRAW_BODY, turn->text, bx + pad, by + pad / 2, text_width, theme->text);
            if (!view->projector)
                label_chips(view, session, i, bx - unit / 2, rect.x, by, true);
            if (turn->heard != NULL) {
                /* how the prospect understood it (projector text stays room-sized) */
                DrawFont font = view->projector ? DRAW_BODY : DRAW_SMALL;
                int hw, hh;
                draw_text_size(view->draw, font, turn->heard, text_width, &hw, &hh);
                draw_text(view->draw, font, turn->heard, rect.x + rect.w - hw, by + bubble_h + unit / 4, text_width,
                          turn->clarified ? theme->text : theme->muted);
            }
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
    if (scrolled) {
        const char *more = "▼ newer lines below";
        int mw = view_draw_chip(view, more, 0, 0, theme->accent, theme->accent_text, true);
        view_draw_chip(view, more, rect.x + (rect.w - mw) / 2, rect.y + rect.h - view_chip_height(view), theme->accent,
                       theme->accent_text, false);
    }
    free(heights);
}

int play_transcript_current_height(View *view, const Session *session, int width)
{
    size_t current = play_transcript_current(session);
    if (current >= ses_turn_count(session))
        return 0;
    int w, h;
    draw_text_size(view->draw, DRAW_LARGE, ses_turn(session, current)->text, bubble_text_width(view, width), &w, &h);
    return draw_line_height(view->draw, DRAW_SMALL_BOLD) + view->unit / 4 + h + view->unit + view->unit / 2;
}

void play_transcript_draw_current(View *view, const Session *session, SDL_Rect rect)
{
    size_t current = play_transcript_current(session);
    if (current >= ses_turn_count(session))
        return;
    SDL_Rect clip = {rect.x - 2, rect.y, rect.w + 4, rect.h + 2}; /* the frame is drawn just outside */
    SDL_RenderSetClipRect(view->renderer, &clip);
    draw_prospect(view, session, ses_turn(session, current), true, rect.x, rect.y, bubble_text_width(view, rect.w));
    SDL_RenderSetClipRect(view->renderer, NULL);
}
