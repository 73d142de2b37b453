/* play_scores: the live scores panel (see play_scores.h). */
#include "play_scores.h"

#include <stdio.h>
#include <string.h>

#define NO_EVIDENCE "—"

/* One skill's name, number (or "—") and bar at y; returns the y under it. */
static int draw_skill(View *view, const LiveFacts *facts, int skill, int x, int y, int w)
{
    const Theme *theme = view->theme;
    int unit = view->unit;
    bool shown = facts->evidence[skill];
    int score = shown ? facts->score[skill] : 0;
    char number[16];
    snprintf(number, sizeof number, shown ? "%d" : NO_EVIDENCE, score);
    int nw = draw_text_width(view->draw, DRAW_SMALL_BOLD, number);
    char title[120];
    draw_ellipsize(view->draw, DRAW_SMALL, view_skill_title((RubSkill)skill), w - nw - unit / 2, title, sizeof title);
    draw_text(view->draw, DRAW_SMALL, title, x, y, 0, theme->text);
    draw_text(view->draw, DRAW_SMALL_BOLD, number, x + w - nw, y, 0, shown ? theme->text : theme->muted);
    y += draw_line_height(view->draw, DRAW_SMALL) + unit / 6;
    int bar_h = unit / 3 < 4 ? 4 : unit / 3;
    view_draw_bar(view, (SDL_Rect){x, y, w, bar_h}, score, view_score_color(theme, score));
    return y + bar_h + unit * 2 / 3;
}

/* The colour bands of the bars, as swatches with their ranges, on as many
 * lines as the width needs; returns the height (0: did not fit by bottom). */
static int draw_legend(View *view, int x, int y, int w, int bottom, bool draw_it)
{
    const Theme *theme = view->theme;
    int unit = view->unit;
    static const char *const ranges[] = {"70–100", "40–69", "0–39"};
    const SDL_Color colors[] = {theme->good, theme->accent, theme->bad};
    int line_h = draw_line_height(view->draw, DRAW_SMALL);
    int swatch = line_h / 2, gap = unit * 3 / 4;
    int cx = x, cy = y;
    for (size_t i = 0; i < 3; i++) {
        int item_w = swatch + unit / 3 + draw_text_width(view->draw, DRAW_SMALL, ranges[i]);
        if (cx > x && cx + item_w > x + w) {
            cx = x;
            cy += line_h;
        }
        if (cy + line_h > bottom)
            return 0;
        if (draw_it) {
            draw_fill(view->draw, (SDL_Rect){cx, cy + (line_h - swatch) / 2, swatch, swatch}, swatch / 4, colors[i]);
            draw_text(view->draw, DRAW_SMALL, ranges[i], cx + swatch + unit / 3, cy, 0, theme->muted);
        }
        cx += item_w + gap;
    }
    return cy + line_h - y;
}

/* A paragraph of small text at y if it fits by bottom; returns its height (0: left out). */
static int draw_note(View *view, DrawFont font, const char *text, int x, int y, int w, int bottom, SDL_Color ink)
{
    int tw, th;
    draw_text_size(view->draw, font, text, w, &tw, &th);
    if (y + th > bottom)
        return 0;
    draw_text(view->draw, font, text, x, y, w, ink);
    return th;
}

/* The talk-ratio gauge: the trainee's share of the words in the accent
 * colour, the prospect's in the track, the limit as a tick. */
static int draw_talk(View *view, const Session *session, const LiveFacts *facts, int x, int y, int w, int bottom)
{
    const Theme *theme = view->theme;
    int unit = view->unit;
    int line_h = draw_line_height(view->draw, DRAW_SMALL_BOLD);
    int bar_h = unit / 2 < 6 ? 6 : unit / 2;
    int need = line_h + unit / 4 + bar_h + unit / 4 + draw_line_height(view->draw, DRAW_SMALL);
    if (y + need > bottom)
        return 0;
    const ScnInfo *info = scn_info(ses_scenario(session));
    const char *them = info->persona_name != NULL && info->persona_name[0] ? info->persona_name : "Prospect";
    char first[64];
    snprintf(first, sizeof first, "%.*s", (int)strcspn(them, " "), them);
    int top = y;
    draw_text(view->draw, DRAW_SMALL_BOLD, "WHO TALKS", x, y, 0, theme->muted);
    char share[32];
    snprintf(share, sizeof share, facts->talk_share >= 0 ? "you %d%%" : "you " NO_EVIDENCE, facts->talk_share);
    int sw = draw_text_width(view->draw, DRAW_SMALL_BOLD, share);
    draw_text(view->draw, DRAW_SMALL_BOLD, share, x + w - sw, y, 0,
              facts->talk_share > facts->talk_limit ? theme->bad : theme->text);
    y += line_h + unit / 4;
    SDL_Rect bar = {x, y, w, bar_h};
    draw_fill(view->draw, bar, bar_h / 2, theme->bar_track);
    if (facts->talk_share > 0) {
        int filled = w * facts->talk_share / 100;
        draw_fill(view->draw, (SDL_Rect){x, y, filled < bar_h ? bar_h : filled, bar_h}, bar_h / 2,
                  facts->talk_share > facts->talk_limit ? theme->bad : theme->accent);
    }
    int tick_x = x + w * facts->talk_limit / 100;
    draw_fill(view->draw, (SDL_Rect){tick_x - 1, y - unit / 6, 2, bar_h + unit / 3}, 0, theme->text);
    y += bar_h + unit / 4;
    char note[160];
    if (facts->talk_share >= 0)
        snprintf(note, sizeof note, "%s %d%%  ·  aim under %d%%", first, 100 - facts->talk_share, facts->talk_limit);
    else
        snprintf(note, sizeof note, "aim under %d%%", facts->talk_limit);
    char line[200];
    draw_ellipsize(view->draw, DRAW_SMALL, note, w, line, sizeof line);
    draw_text(view->draw, DRAW_SMALL, line, x, y, 0, theme->muted);
    y += draw_line_height(view->draw, DRAW_SMALL);
    return y - top;
}

/* "2 of 4 found" with a dot a target, filled when uncovered. */
static int draw_targets(View *view, const LiveFacts *facts, int x, int y, int w, int bottom)
{
    const Theme *theme = view->theme;
    int unit = view->unit;
    if (facts->target_count == 0)
        return 0;
    int line_h = draw_line_height(view->draw, DRAW_SMALL_BOLD);
    if (y + line_h * 2 + unit / 4 > bottom)
        return 0;
    draw_text(view->draw, DRAW_SMALL_BOLD, "WHAT YOU UNCOVERED", x, y, w, theme->muted);
    y += line_h + unit / 4;
    char found[64];
    snprintf(found, sizeof found, "%zu of %zu found", facts->targets_found, facts->target_count);
    int fw = draw_text_width(view->draw, DRAW_SMALL_BOLD, found);
    draw_text(view->draw, DRAW_SMALL_BOLD, found, x + w - fw, y, 0, theme->text);
    int dot = line_h / 2, step = dot + unit / 3;
    size_t room = step > 0 ? (size_t)((w - fw - unit / 2) / step) : 0;
    for (size_t i = 0; i < facts->target_count && i < room; i++) {
        SDL_Rect r = {x + (int)i * step, y + (line_h - dot) / 2, dot, dot};
        if (i < facts->targets_found)
            draw_fill(view->draw, r, dot / 2, theme->good);
        else
            draw_framed(view->draw, (SDL_Rect){r.x + 1, r.y + 1, dot - 2, dot - 2}, dot / 2, 1, theme->muted,
                        theme->surface);
    }
    return line_h * 2 + unit / 4;
}

void play_scores_draw(View *view, const Session *session, const LiveFacts *facts, SDL_Rect rect)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    draw_framed(view->draw, rect, unit / 2, 1, theme->border, theme->surface);
    int x = rect.x + pad, y = rect.y + pad, w = rect.w - 2 * pad;
    int bottom = rect.y + rect.h - pad / 2;
    draw_text(view->draw, DRAW_SMALL_BOLD, "LIVE SCORES", x, y, 0, theme->muted);
    y += draw_line_height(view->draw, DRAW_SMALL_BOLD) + unit / 2;
    for (int skill = 0; skill < RUB_SKILL_COUNT; skill++)
        y = draw_skill(view, facts, skill, x, y, w);
    char number[16];
    snprintf(number, sizeof number, facts->any_evidence ? "%d" : NO_EVIDENCE, facts->overall);
    draw_fill(view->draw, (SDL_Rect){x, y, w, 1}, 0, theme->border);
    y += unit / 2;
    draw_text(view->draw, DRAW_BODY_BOLD, "Overall", x, y, 0, theme->text);
    int nw = draw_text_width(view->draw, DRAW_TITLE, number);
    draw_text(view->draw, DRAW_TITLE, number, x + w - nw, y - unit / 4, 0,
              facts->any_evidence ? view_score_color(theme, facts->overall) : theme->muted);
    y += draw_line_height(view->draw, DRAW_TITLE) + unit / 4;

    /* the key to the bars and the dash */
    int legend = draw_legend(view, x, y, w, bottom, false);
    if (legend > 0) {
        draw_legend(view, x, y, w, bottom, true);
        y += legend + unit / 4;
        bool dashes = !facts->any_evidence;
        for (int s = 0; s < RUB_SKILL_COUNT; s++)
            dashes = dashes || !facts->evidence[s];
        if (dashes)
            y += draw_note(view, DRAW_SMALL, NO_EVIDENCE " until a line of yours counts for the skill", x, y, w,
                           bottom, theme->muted);
    }
    y += unit * 3 / 4;
    if (y + unit > bottom)
        return;
    draw_fill(view->draw, (SDL_Rect){x, y, w, 1}, 0, theme->border);
    y += unit * 3 / 4;
    int talk = draw_talk(view, session, facts, x, y, w, bottom);
    if (talk == 0)
        return;
    y += talk + unit * 3 / 4;
    draw_targets(view, facts, x, y, w, bottom);
}
