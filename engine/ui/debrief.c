/* debrief: the scores and their reasons after the call (see debrief.h). */
#include "debrief.h"

#include <stdio.h>
#include <stdlib.h>

#define DEBRIEF_PATH_BYTES 4096

ViewAction debrief_handle_key(View *view, const SDL_KeyboardEvent *key)
{
    (void)view;
    SDL_Keycode sym = key->keysym.sym;
    if (sym == SDLK_RETURN || sym == SDLK_ESCAPE || sym == SDLK_KP_ENTER)
        return VIEW_TO_MENU;
    return VIEW_STAY;
}

/* Strongest first; among equals, the earlier turn first. */
static int compare_reasons(const void *a, const void *b)
{
    const RubReason *x = *(const RubReason *const *)a, *y = *(const RubReason *const *)b;
    int ax = abs(x->points), ay = abs(y->points);
    if (ax != ay)
        return ay - ax;
    return x->turn - y->turn;
}

/* The ending and the overall score in a card at y; returns its height. */
static int draw_outcome(View *view, const Session *session, int x, int y, int w)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    const RubScores *scores = ses_scores(session);
    char outcome[200];
    view_humanize(ses_ending(session), outcome, sizeof outcome);
    bool success = ses_ending_success(session);
    int overall = scores != NULL ? rub_overall(scores) : 0;
    int huge = draw_line_height(view->draw, DRAW_HUGE);
    int top_h = huge + pad;
    draw_fill(view->draw, (SDL_Rect){x, y, w, top_h}, unit / 2, theme->surface);
    char number[16];
    snprintf(number, sizeof number, "%d", overall);
    int nw = draw_text_width(view->draw, DRAW_HUGE, number);
    draw_text(view->draw, DRAW_HUGE, number, x + pad, y + pad / 2, 0, view_score_color(theme, overall));
    int ox = x + pad + nw + pad;
    draw_text(view->draw, DRAW_SMALL_BOLD, "OVERALL  /  100", ox, y + pad / 2 + unit / 3, 0, theme->muted);
    view_draw_bar(view, (SDL_Rect){ox, y + pad / 2 + unit * 3 / 2, w / 3, unit / 2}, overall,
                  view_score_color(theme, overall));
    char ending[300];
    snprintf(ending, sizeof ending, "%s %s", success ? "✔" : "✘", outcome[0] ? outcome : "No ending");
    int chip_w = view_draw_chip(view, ending, 0, 0, theme->surface, theme->text, true);
    ViewTone tone = success ? VIEW_TONE_GOOD : VIEW_TONE_BAD;
    draw_text(view->draw, DRAW_SMALL_BOLD, "ENDING", x + w - pad - chip_w, y + pad / 2 + unit / 3, 0, theme->muted);
    view_draw_chip(view, ending, x + w - pad - chip_w, y + pad / 2 + unit * 3 / 2, view_tone_fill(theme, tone),
                   view_tone_ink(theme, tone), false);
    return top_h;
}

/* One skill's card: score, bar, summary and its strongest reasons (as many
 * as fit). reasons is scratch room for every reason of the session. */
static void draw_skill_card(View *view, const RubScores *scores, RubSkill skill, SDL_Rect card,
                            const RubReason **reasons)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    draw_framed(view->draw, card, unit / 2, 1, theme->border, theme->surface);
    int score = scores != NULL ? rub_skill_score(scores, skill) : 0;
    int ix = card.x + pad, iw = card.w - 2 * pad, iy = card.y + pad * 2 / 3;
    draw_text(view->draw, DRAW_BODY_BOLD, view_skill_title(skill), ix, iy, iw, theme->text);
    char number[16];
    snprintf(number, sizeof number, "%d", score);
    int sw = draw_text_width(view->draw, DRAW_TITLE, number);
    draw_text(view->draw, DRAW_TITLE, number, ix + iw - sw, iy - unit / 3, 0, view_score_color(theme, score));
    iy += draw_line_height(view->draw, DRAW_TITLE);
    view_draw_bar(view, (SDL_Rect){ix, iy, iw, unit / 3 < 4 ? 4 : unit / 3}, score, view_score_color(theme, score));
    iy += unit / 3 + unit / 3;
    iy += draw_text(view->draw, DRAW_SMALL, view_skill_summary(skill), ix, iy, iw, theme->muted) + unit / 2;
    size_t reason_count = scores != NULL ? rub_reason_count(scores) : 0;
    size_t n = 0;
    for (size_t i = 0; i < reason_count; i++) {
        const RubReason *reason = rub_reason(scores, i);
        if (reason->skill == skill && reason->points != 0)
            reasons[n++] = reason;
    }
    qsort(reasons, n, sizeof *reasons, compare_reasons);
    SDL_Rect clip = {card.x, card.y, card.w, card.h - unit / 3};
    SDL_RenderSetClipRect(view->renderer, &clip);
    if (n == 0)
        draw_text(view->draw, DRAW_SMALL, "No points given or taken on this skill: it stays at its starting score.", ix,
                  iy, iw, theme->muted);
    int points_w = draw_text_width(view->draw, DRAW_SMALL_BOLD, "−88") + unit / 2;
    for (size_t i = 0; i < n && i < 4; i++) {
        char points[16];
        snprintf(points, sizeof points, "%s%d", reasons[i]->points > 0 ? "+" : "−", abs(reasons[i]->points));
        int pw, ph;
        draw_text_size(view->draw, DRAW_SMALL, reasons[i]->text, iw - points_w, &pw, &ph);
        if (iy + ph > card.y + card.h - unit / 3)
            break;
        draw_text(view->draw, DRAW_SMALL_BOLD, points, ix, iy, 0, reasons[i]->points > 0 ? theme->good : theme->bad);
        draw_text(view->draw, DRAW_SMALL, reasons[i]->text, ix + points_w, iy, iw - points_w, theme->text);
        iy += ph + unit / 3;
    }
    SDL_RenderSetClipRect(view->renderer, NULL);
}

void debrief_render(View *view, const Session *session)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    const ScnInfo *info = scn_info(ses_scenario(session));
    const RubScores *scores = ses_scores(session);
    char subtitle[600];
    snprintf(subtitle, sizeof subtitle, "%s  ·  with %s", info->title ? info->title : "",
             info->persona_name ? info->persona_name : "the prospect");
    int y = view_draw_header(view, "Debrief", subtitle, NULL);
    y += view_draw_banner(view, y);
    y += pad;
    int x = pad, w = view->width - 2 * pad;
    y += draw_outcome(view, session, x, y, w) + pad;

    /* four skill cards in a 2 x 2 grid */
    int footer_h = draw_line_height(view->draw, DRAW_SMALL) * 2 + pad;
    int grid_h = view->height - footer_h - y;
    int col_w = (w - pad) / 2, row_h = (grid_h - pad) / 2;
    size_t reason_count = scores != NULL ? rub_reason_count(scores) : 0;
    const RubReason **reasons = calloc(reason_count + 1, sizeof *reasons);
    for (int skill = 0; skill < RUB_SKILL_COUNT && reasons != NULL; skill++) {
        SDL_Rect card = {x + (skill % 2) * (col_w + pad), y + (skill / 2) * (row_h + pad), col_w, row_h};
        draw_skill_card(view, scores, (RubSkill)skill, card, reasons);
    }
    free(reasons);
    const char *log_path = ses_log_path(session);
    char footer[DEBRIEF_PATH_BYTES + 64];
    snprintf(footer, sizeof footer, "Log saved to %s", log_path != NULL ? log_path : "(not saved)");
    int fy = view->height - footer_h + pad / 2;
    draw_text(view->draw, DRAW_SMALL, footer, x, fy, w * 2 / 3, theme->muted);
    const char *back = "Enter or Esc  ·  back to the menu";
    int bw = draw_text_width(view->draw, DRAW_SMALL_BOLD, back);
    draw_text(view->draw, DRAW_SMALL_BOLD, back, x + w - bw, fy, 0, theme->text);
}
