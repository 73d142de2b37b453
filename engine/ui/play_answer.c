/* play_answer: options, text box and end card (see play_answer.h). */
#include "play_answer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sizes of the area's parts at a width. */
typedef struct Parts {
    int title;                              /* the line above the options (0: none) */
    int rows[PLAY_ANSWER_MAX_OPTIONS];      /* each option's row, with the gap under it */
    size_t option_count;
    int box;                                /* the text box with its margins (0: none) */
    int end_card;                           /* the end-of-call card with its margins (0: none) */
} Parts;

/* The box says how full it is once it is three quarters full, or cut. */
static bool counter_shown(const TextBox *box)
{
    return box->length > TEXTBOX_MAX_BYTES * 3 / 4 || textbox_was_cut(box);
}

static int option_text_width(View *view, int width)
{
    return width - 3 * view->unit - view->unit * 2;
}

static void measure(View *view, const PlayAnswer *answer, int width, int box_lines, Parts *parts)
{
    int unit = view->unit, pad = unit;
    const Session *session = answer->session;
    SesState state = ses_state(session);
    memset(parts, 0, sizeof *parts);
    if (state == SES_AWAIT_CHOICE) {
        size_t n = ses_choice_count(session);
        if (n > PLAY_ANSWER_MAX_OPTIONS)
            n = PLAY_ANSWER_MAX_OPTIONS;
        parts->title = draw_line_height(view->draw, DRAW_SMALL_BOLD) + unit / 3;
        for (size_t i = 0; i < n; i++) {
            const ScnChoice *choice = ses_choice(session, answer->order[i]);
            int w, h;
            draw_text_size(view->draw, DRAW_BODY, choice != NULL ? choice->text : "", option_text_width(view, width),
                           &w, &h);
            parts->rows[i] = h + pad * 2 / 3 + unit / 4;
        }
        parts->option_count = n;
    }
    if (box_lines > 0) {
        parts->box = box_lines * draw_line_height(view->draw, DRAW_BODY) + pad + unit / 2;
        if (counter_shown(answer->box))
            parts->box += draw_line_height(view->draw, DRAW_SMALL_BOLD);
    }
    if (state == SES_ENDED || state == SES_FAILED)
        parts->end_card = draw_line_height(view->draw, DRAW_BODY_BOLD) + draw_line_height(view->draw, DRAW_BODY) +
                          pad * 2;
}

static int box_lines_for(View *view, const PlayAnswer *answer, int width)
{
    const Session *session = answer->session;
    SesState state = ses_state(session);
    if (!(state == SES_AWAIT_TEXT ||
          (state == SES_AWAIT_CHOICE && ses_accepts_text(session) && (answer->typing || answer->box->length > 0))))
        return 0;
    DrawLine layout[8];
    size_t total = draw_layout(view->draw, DRAW_BODY, answer->box->text, width - 2 * view->unit, layout, 8);
    return view_clamp((int)total, 1, 5);
}

int play_answer_height(View *view, const PlayAnswer *answer, int width, int *box_lines)
{
    *box_lines = box_lines_for(view, answer, width);
    Parts parts;
    measure(view, answer, width, *box_lines, &parts);
    int height = view->unit / 4 + parts.title + parts.box + parts.end_card;
    for (size_t i = 0; i < parts.option_count; i++)
        height += parts.rows[i];
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
        char placeholder[300], shown[300];
        snprintf(placeholder, sizeof placeholder, "Type what you would say to %s…",
                 info->persona_name != NULL && info->persona_name[0] ? info->persona_name : "the prospect");
        draw_ellipsize(view->draw, DRAW_BODY, placeholder, text_width, shown, sizeof shown);
        draw_text(view->draw, DRAW_BODY, shown, tx, ty, 0, theme->muted);
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

/* One option's row at y; returns its rectangle. */
static SDL_Rect draw_option(View *view, const PlayAnswer *answer, size_t i, int x, int y, int width, int row_h)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    const ScnChoice *choice = ses_choice(answer->session, answer->order[i]);
    const char *text = choice != NULL ? choice->text : "";
    SDL_Rect row = {x, y, width, row_h - unit / 4};
    bool lit = !answer->typing && answer->lit && i == answer->highlight;
    if (lit)
        draw_framed(view->draw, row, unit / 2, 2, theme->accent, theme->accent_soft);
    else
        draw_framed(view->draw, row, unit / 2, 1, theme->border, theme->surface);
    char key[24];
    snprintf(key, sizeof key, "%zu", i + 1);
    int badge = unit * 3 / 2;
    int key_h = draw_line_height(view->draw, DRAW_BODY_BOLD);
    if (badge < key_h)
        badge = key_h;
    SDL_Rect badge_rect = {row.x + pad / 2, row.y + (row.h - badge) / 2, badge, badge};
    draw_fill(view->draw, badge_rect, badge / 2, lit ? theme->accent : theme->surface_alt);
    int kw = draw_text_width(view->draw, DRAW_BODY_BOLD, key);
    draw_text(view->draw, DRAW_BODY_BOLD, key, badge_rect.x + (badge - kw) / 2, badge_rect.y + (badge - key_h) / 2, 0,
              lit ? theme->accent_text : theme->text);
    draw_text(view->draw, DRAW_BODY, text, row.x + pad + badge, row.y + pad / 3, option_text_width(view, width),
              theme->text);
    return row;
}

/* The first option to show so that the lit one is in rows that fit room. */
static size_t first_shown(const Parts *parts, size_t lit, int room)
{
    size_t first = 0;
    for (;;) {
        int used = 0;
        size_t last = first;
        while (last < parts->option_count && used + parts->rows[last] <= room)
            used += parts->rows[last++];
        if (lit < last || first >= lit)
            return first;
        first++;
    }
}

/* The card that says the call is over (or the scenario failed) at y. */
static void draw_end_card(View *view, const Session *session, int x, int y, int width)
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
    char line[300];
    draw_ellipsize(view->draw, DRAW_BODY_BOLD, title, card.w - 2 * pad, line, sizeof line);
    draw_text(view->draw, DRAW_BODY_BOLD, line, card.x + pad, card.y + pad / 2, 0, view_tone_ink(theme, tone));
    draw_ellipsize(view->draw, DRAW_BODY,
                   ended ? "Press Enter to see your debrief." : "Fix the scenario and press F5 to reload, or Esc for the menu.",
                   card.w - 2 * pad, line, sizeof line);
    draw_text(view->draw, DRAW_BODY, line, card.x + pad, card.y + pad / 2 + draw_line_height(view->draw, DRAW_BODY_BOLD),
              0, theme->text);
}

void play_answer_draw(View *view, const PlayAnswer *answer, SDL_Rect rect, int box_lines, PlayAnswerHits *hits)
{
    const Theme *theme = view->theme;
    const Session *session = answer->session;
    int unit = view->unit;
    memset(hits, 0, sizeof *hits);
    Parts parts;
    measure(view, answer, rect.w, box_lines, &parts);
    int x = rect.x, width = rect.w;
    draw_fill(view->draw, (SDL_Rect){x, rect.y, width, 1}, 0, theme->border);
    int y = rect.y + unit / 4;
    if (parts.option_count > 0) {
        /* the text box and the end card always show; the title and the
         * options take what room is left: all of them, or a window of whole
         * rows around the lit one and a line saying how many are hidden */
        int room = rect.y + rect.h - y - parts.box - parts.end_card;
        int all = 0;
        for (size_t i = 0; i < parts.option_count; i++)
            all += parts.rows[i];
        int more_h = draw_line_height(view->draw, DRAW_SMALL_BOLD) + unit / 4;
        bool fits = parts.title + all <= room;
        bool titled = fits || parts.title + more_h <= room;
        char line[200];
        if (titled) {
            const char *title = ses_accepts_text(session) ? "PICK AN ANSWER, OR TYPE YOUR OWN" : "PICK AN ANSWER";
            draw_ellipsize(view->draw, DRAW_SMALL_BOLD, title, width, line, sizeof line);
            draw_text(view->draw, DRAW_SMALL_BOLD, line, x, y, 0, theme->muted);
            y += parts.title;
            room -= parts.title;
        }
        size_t first = 0, last = parts.option_count;
        if (!fits) {
            size_t lit = answer->typing || !answer->lit ? 0 : answer->highlight;
            first = first_shown(&parts, lit, room - more_h);
            int used = 0;
            last = first;
            while (last < parts.option_count && used + parts.rows[last] <= room - more_h)
                used += parts.rows[last++];
        }
        hits->first = first;
        for (size_t i = first; i < last; i++) {
            hits->options[hits->count++] = draw_option(view, answer, i, x, y, width, parts.rows[i]);
            y += parts.rows[i];
        }
        if ((first > 0 || last < parts.option_count) && more_h <= room) {
            char more[160];
            if (last == first)
                snprintf(more, sizeof more, "%zu option%s (Tab shows them)", parts.option_count,
                         parts.option_count == 1 ? "" : "s");
            else if (first > 0 && last < parts.option_count)
                snprintf(more, sizeof more, "▲ %zu more above  ·  ▼ %zu more below", first, parts.option_count - last);
            else if (first > 0)
                snprintf(more, sizeof more, "▲ %zu more option%s above", first, first == 1 ? "" : "s");
            else
                snprintf(more, sizeof more, "▼ %zu more option%s below", parts.option_count - last,
                         parts.option_count - last == 1 ? "" : "s");
            draw_ellipsize(view->draw, DRAW_SMALL_BOLD, more, width, line, sizeof line);
            draw_text(view->draw, DRAW_SMALL_BOLD, line, x, y, 0, theme->accent);
            y += more_h;
        }
        y = rect.y + rect.h - parts.box - parts.end_card; /* the box and the card sit at the bottom */
    }
    if (box_lines > 0) {
        int line_h = draw_line_height(view->draw, DRAW_BODY);
        SDL_Rect box = {x, y + unit / 4, width, box_lines * line_h + unit};
        draw_textbox(view, answer, box, box_lines);
        hits->box = box;
        if (counter_shown(answer->box)) {
            const TextBox *text = answer->box;
            char counter[160];
            snprintf(counter, sizeof counter, "%s%zu / %d bytes",
                     textbox_was_cut(text) ? "Cut to fit: the box holds " : "", text->length, TEXTBOX_MAX_BYTES);
            int cw = draw_text_width(view->draw, DRAW_SMALL_BOLD, counter);
            draw_text(view->draw, DRAW_SMALL_BOLD, counter, x + width - cw, box.y + box.h + unit / 4, 0,
                      textbox_was_cut(text) ? theme->bad : theme->muted);
        }
        y += parts.box;
    }
    if (parts.end_card > 0)
        draw_end_card(view, session, x, y + unit / 4, width);
}
