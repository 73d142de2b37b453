/* play_answer: options, text box, end card and key hint (see play_answer.h). */
#include "play_answer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int play_answer_height(View *view, const PlayAnswer *answer, int width, int *box_lines)
{
    int unit = view->unit, pad = unit;
    const Session *session = answer->session;
    SesState state = ses_state(session);
    int height = 0;
    if (state == SES_AWAIT_CHOICE) {
        size_t n = ses_choice_count(session);
        height += draw_line_height(view->draw, DRAW_SMALL_BOLD) + unit / 3;
        for (size_t i = 0; i < n; i++) {
            const ScnChoice *choice = ses_choice(session, i);
            int w, h;
            draw_text_size(view->draw, DRAW_BODY, choice != NULL ? choice->text : "", width - 3 * pad - unit * 2, &w,
                           &h);
            height += h + pad * 2 / 3 + unit / 4;
        }
    }
    int lines = 0;
    if (state == SES_AWAIT_TEXT ||
        (state == SES_AWAIT_CHOICE && ses_accepts_text(session) && (answer->typing || answer->box->length > 0))) {
        DrawLine layout[8];
        size_t total = draw_layout(view->draw, DRAW_BODY, answer->box->text, width - 2 * pad, layout, 8);
        lines = view_clamp((int)total, 1, 5);
        height += lines * draw_line_height(view->draw, DRAW_BODY) + pad + unit / 2;
    }
    if (state == SES_ENDED || state == SES_FAILED)
        height += draw_line_height(view->draw, DRAW_BODY_BOLD) + draw_line_height(view->draw, DRAW_BODY) + pad * 2;
    height += draw_line_height(view->draw, DRAW_SMALL) + unit / 2; /* hints */
    *box_lines = lines;
    return height;
}

/* The text box in rect, lines_shown lines high, scrolled to keep the caret in view. */
static void draw_textbox(View *view, const PlayAnswer *answer, SDL_Rect rect, int lines_shown)
{
    const Theme *theme = view->theme;
    const TextBox *box = answer->box;
    int unit = view->unit, pad = unit;
    bool focused = answer->typing;
    draw_framed(view->draw, rect, unit / 2, 2, focused ? theme->accent : theme->border, theme->surface);
    int line_height = draw_line_height(view->draw, DRAW_BODY);
    int text_width = rect.w - 2 * pad;
    int tx = rect.x + pad, ty = rect.y + pad / 2;
    if (box->length == 0 && box->composition[0] == '\0') {
        const ScnInfo *info = scn_info(ses_scenario(answer->session));
        char placeholder[300];
        snprintf(placeholder, sizeof placeholder, "Type what you would say to %s…",
                 info->persona_name != NULL && info->persona_name[0] ? info->persona_name : "the prospect");
        draw_text(view->draw, DRAW_BODY, placeholder, tx, ty, text_width, theme->muted);
        if (focused)
            draw_fill(view->draw, (SDL_Rect){tx, ty + 2, 2, line_height - 4}, 0, theme->accent);
        return;
    }
    /* the text with any IME composition at the caret */
    static char shown[TEXTBOX_MAX_BYTES + TEXTBOX_COMPOSITION_BYTES + 1];
    size_t composition = strlen(box->composition);
    memcpy(shown, box->text, box->caret);
    memcpy(shown + box->caret, box->composition, composition);
    memcpy(shown + box->caret + composition, box->text + box->caret, box->length - box->caret);
    shown[box->length + composition] = '\0';
    size_t caret = box->caret + composition;
    DrawLine *layout = malloc(sizeof *layout * 2048);
    if (layout == NULL)
        return;
    size_t count = draw_layout(view->draw, DRAW_BODY, shown, text_width, layout, 2048);
    if (count > 2048)
        count = 2048;
    size_t caret_line = 0;
    for (size_t i = 0; i < count; i++)
        if (layout[i].start <= caret)
            caret_line = i;
    int first = 0;
    if ((int)caret_line >= lines_shown)
        first = (int)caret_line - lines_shown + 1;
    SDL_Rect clip = {rect.x, rect.y + pad / 2, rect.w, lines_shown * line_height};
    SDL_RenderSetClipRect(view->renderer, &clip);
    draw_text(view->draw, DRAW_BODY, shown, tx, ty - first * line_height, text_width, theme->text);
    SDL_RenderSetClipRect(view->renderer, NULL);
    if (focused) {
        const DrawLine *line = &layout[caret_line];
        size_t into = caret - line->start;
        if (into > line->length)
            into = line->length;
        int cx = tx + draw_measure(view->draw, DRAW_BODY, shown + line->start, into);
        int cy = ty + ((int)caret_line - first) * line_height;
        draw_fill(view->draw, (SDL_Rect){cx, cy + 2, 2, line_height - 4}, 0, theme->accent);
    }
    free(layout);
}

/* The options of a choice turn from y; returns the y under them. */
static int draw_options(View *view, const PlayAnswer *answer, int x, int y, int width)
{
    const Theme *theme = view->theme;
    const Session *session = answer->session;
    int unit = view->unit, pad = unit;
    size_t n = ses_choice_count(session);
    char title[160];
    bool typing_too = ses_accepts_text(session);
    if (view->projector)
        snprintf(title, sizeof title, "PICK AN ANSWER  (keys A–%c)%s", (char)('A' + (int)n - 1),
                 typing_too ? "  ·  Tab to type your own" : "");
    else
        snprintf(title, sizeof title, "PICK AN ANSWER  (keys 1–%zu, or ↑ ↓ and Enter)%s", n,
                 typing_too ? "  ·  Tab to type your own" : "");
    draw_text(view->draw, DRAW_SMALL_BOLD, title, x, y, width, theme->muted);
    y += draw_line_height(view->draw, DRAW_SMALL_BOLD) + unit / 3;
    for (size_t i = 0; i < n; i++) {
        const ScnChoice *choice = ses_choice(session, i);
        const char *text = choice != NULL ? choice->text : "";
        int text_w = width - 3 * pad - unit * 2;
        int w, h;
        draw_text_size(view->draw, DRAW_BODY, text, text_w, &w, &h);
        SDL_Rect row = {x, y, width, h + pad * 2 / 3};
        bool lit = !answer->typing && i == answer->highlight;
        if (lit)
            draw_framed(view->draw, row, unit / 2, 2, theme->accent, theme->accent_soft);
        else
            draw_framed(view->draw, row, unit / 2, 1, theme->border, theme->surface);
        char key[24];
        if (view->projector)
            snprintf(key, sizeof key, "%c", (char)('A' + (int)i));
        else
            snprintf(key, sizeof key, "%zu", i + 1);
        int badge = unit * 3 / 2;
        SDL_Rect badge_rect = {row.x + pad / 2, row.y + (row.h - badge) / 2, badge, badge};
        draw_fill(view->draw, badge_rect, badge / 2, lit ? theme->accent : theme->surface_alt);
        int kw = draw_text_width(view->draw, DRAW_BODY_BOLD, key);
        draw_text(view->draw, DRAW_BODY_BOLD, key, badge_rect.x + (badge - kw) / 2,
                  badge_rect.y + (badge - draw_line_height(view->draw, DRAW_BODY_BOLD)) / 2, 0,
                  lit ? theme->accent_text : theme->text);
        draw_text(view->draw, DRAW_BODY, text, row.x + pad + badge, row.y + pad / 3, text_w, theme->text);
        y += row.h + unit / 4;
    }
    return y;
}

/* The card that says the call is over (or the scenario failed) from y; returns its height. */
static int draw_end_card(View *view, const Session *session, int x, int y, int width)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    bool ended = ses_state(session) == SES_ENDED;
    char outcome[200], title[300];
    view_humanize(ses_ending(session), outcome, sizeof outcome);
    if (ended)
        snprintf(title, sizeof title, "The call has ended: %s", outcome);
    else
        snprintf(title, sizeof title, "The scenario stopped with an error");
    SDL_Rect card = {x, y, width,
                     draw_line_height(view->draw, DRAW_BODY_BOLD) + draw_line_height(view->draw, DRAW_BODY) + pad * 3 / 2};
    ViewTone tone = ended ? (ses_ending_success(session) ? VIEW_TONE_GOOD : VIEW_TONE_NEUTRAL) : VIEW_TONE_BAD;
    draw_fill(view->draw, card, unit / 2, view_tone_fill(theme, tone));
    draw_text(view->draw, DRAW_BODY_BOLD, title, card.x + pad, card.y + pad / 2, card.w - 2 * pad,
              view_tone_ink(theme, tone));
    draw_text(view->draw, DRAW_BODY,
              ended ? "Press Enter to see your debrief." : "Fix the scenario and press F5 to reload, or Esc for the menu.",
              card.x + pad, card.y + pad / 2 + draw_line_height(view->draw, DRAW_BODY_BOLD), card.w - 2 * pad,
              theme->text);
    return card.h;
}

void play_answer_draw(View *view, const PlayAnswer *answer, int x, int y, int width, int box_lines)
{
    const Theme *theme = view->theme;
    const Session *session = answer->session;
    const TextBox *box = answer->box;
    int unit = view->unit, pad = unit;
    draw_fill(view->draw, (SDL_Rect){x, y - unit / 4, width, 1}, 0, theme->border);
    int iy = y + unit / 4;
    SesState state = ses_state(session);
    const char *hint = "";
    if (state == SES_AWAIT_CHOICE) {
        iy = draw_options(view, answer, x, iy, width);
        hint = "PgUp/PgDn scroll  ·  F5 reload  ·  Esc ends the call";
    }
    if (box_lines > 0) {
        int line_h = draw_line_height(view->draw, DRAW_BODY);
        SDL_Rect rect = {x, iy + unit / 4, width, box_lines * line_h + pad};
        draw_textbox(view, answer, rect, box_lines);
        iy += rect.h + unit / 2;
        hint = state == SES_AWAIT_CHOICE ? "Enter sends  ·  Tab goes back to the choices"
                                        : "Enter sends your line  ·  PgUp/PgDn scroll  ·  F5 reload  ·  Esc ends the call";
    }
    if (state == SES_ENDED || state == SES_FAILED)
        iy += draw_end_card(view, session, x, iy + unit / 4, width) + unit / 2;
    if (draw_text_width(view->draw, DRAW_SMALL, hint) > width)
        hint = "Enter sends  ·  Esc ends the call"; /* a narrow window: the essentials */
    draw_text(view->draw, DRAW_SMALL, hint, x, iy, 0, theme->muted);
    if (box_lines > 0 && (box->length > TEXTBOX_MAX_BYTES * 3 / 4 || textbox_was_cut(box))) {
        char counter[160];
        snprintf(counter, sizeof counter, "%s%zu / %d bytes", textbox_was_cut(box) ? "Cut to fit: the box holds " : "",
                 box->length, TEXTBOX_MAX_BYTES);
        int cw = draw_text_width(view->draw, DRAW_SMALL_BOLD, counter);
        draw_text(view->draw, DRAW_SMALL_BOLD, counter, x + width - cw, iy, 0,
                  textbox_was_cut(box) ? theme->bad : theme->muted);
    }
}
