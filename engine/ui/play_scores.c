/* play_scores: the live scores panel (see play_scores.h). */
#include "play_scores.h"

#include <stdio.h>

void play_scores_draw(View *view, const Session *session, SDL_Rect rect)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    const RubScores *scores = ses_scores(session);
    draw_framed(view->draw, rect, unit / 2, 1, theme->border, theme->surface);
    int x = rect.x + pad, y = rect.y + pad, w = rect.w - 2 * pad;
    draw_text(view->draw, DRAW_SMALL_BOLD, "LIVE SCORES", x, y, 0, theme->muted);
    y += draw_line_height(view->draw, DRAW_SMALL_BOLD) + unit / 2;
    if (scores == NULL)
        return;
    bool spoken = false; /* no score means anything before the trainee's first line */
    for (size_t i = 0; i < ses_turn_count(session) && !spoken; i++)
        spoken = ses_turn(session, i)->trainee;
    for (int skill = 0; skill < RUB_SKILL_COUNT; skill++) {
        int score = spoken ? rub_skill_score(scores, (RubSkill)skill) : 0;
        char number[16];
        snprintf(number, sizeof number, "%s", spoken ? "" : "–");
        if (spoken)
            snprintf(number, sizeof number, "%d", score);
        draw_text(view->draw, DRAW_SMALL, view_skill_title((RubSkill)skill), x, y, w, theme->text);
        int nw = draw_text_width(view->draw, DRAW_SMALL_BOLD, number);
        draw_text(view->draw, DRAW_SMALL_BOLD, number, x + w - nw, y, 0, theme->text);
        y += draw_line_height(view->draw, DRAW_SMALL) + unit / 6;
        view_draw_bar(view, (SDL_Rect){x, y, w, unit / 3 < 4 ? 4 : unit / 3}, score, view_score_color(theme, score));
        y += unit / 3 + unit * 2 / 3;
    }
    int overall = spoken ? rub_overall(scores) : 0;
    char number[16];
    snprintf(number, sizeof number, "%s", "–");
    if (spoken)
        snprintf(number, sizeof number, "%d", overall);
    draw_fill(view->draw, (SDL_Rect){x, y, w, 1}, 0, theme->border);
    y += unit / 2;
    draw_text(view->draw, DRAW_BODY_BOLD, "Overall", x, y, 0, theme->text);
    int nw = draw_text_width(view->draw, DRAW_TITLE, number);
    draw_text(view->draw, DRAW_TITLE, number, x + w - nw, y - unit / 4, 0,
              spoken ? view_score_color(theme, overall) : theme->muted);
}
