/* debrief: the scores and their reasons after the call, in pages (see debrief.h). */
#include "debrief.h"

#include <stdio.h>
#include <stdlib.h>

#define DEBRIEF_PATH_BYTES 4096
#define DEBRIEF_MAX_PAGES 64

/* A page after the overview: reasons [first, first + count) of a skill. */
typedef struct ReasonPage {
    RubSkill skill;
    size_t first, count;
} ReasonPage;

struct Debrief {
    size_t page;                       /* 0: the overview */
    size_t page_count;                 /* as laid out at the last render */
    ReasonPage pages[DEBRIEF_MAX_PAGES];
};

Debrief *debrief_create(void)
{
    return calloc(1, sizeof(Debrief));
}

void debrief_destroy(Debrief *debrief)
{
    free(debrief);
}

void debrief_reset(Debrief *debrief)
{
    debrief->page = 0;
}

size_t debrief_page(const Debrief *debrief)
{
    return debrief->page;
}

size_t debrief_page_count(const Debrief *debrief)
{
    return debrief->page_count;
}

ViewAction debrief_handle_key(Debrief *debrief, View *view, const SDL_KeyboardEvent *key)
{
    switch (key->keysym.sym) {
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_ESCAPE:
        return VIEW_TO_MENU;
    case SDLK_RIGHT:
    case SDLK_PAGEDOWN:
    case SDLK_SPACE:
        if (debrief->page + 1 < debrief->page_count) {
            debrief->page++;
            view->dirty = true;
        }
        break;
    case SDLK_LEFT:
    case SDLK_PAGEUP:
        if (debrief->page > 0) {
            debrief->page--;
            view->dirty = true;
        }
        break;
    case SDLK_HOME:
        debrief->page = 0;
        view->dirty = true;
        break;
    default:
        break;
    }
    return VIEW_STAY;
}

/* ---- the reasons ------------------------------------------------------------------ */

/* Like reasons (same rule and sentence: three open questions) are shown as
 * one line: "3 x ..." with their points summed and their turns. The first
 * reason of a group stands for it. */
static const RubScores *grouping; /* the scores compare_reasons groups in */

static int group_points(const RubScores *scores, const RubReason *first, int *count)
{
    int points = 0, n = 0;
    for (size_t i = 0; scores != NULL && i < rub_reason_count(scores); i++)
        if (rub_same_group(first, rub_reason(scores, i))) {
            points += rub_reason(scores, i)->points;
            n++;
        }
    if (count != NULL)
        *count = n;
    return points;
}

/* Strongest first; among equals, the earlier turn first. */
static int compare_reasons(const void *a, const void *b)
{
    const RubReason *x = *(const RubReason *const *)a, *y = *(const RubReason *const *)b;
    int ax = abs(group_points(grouping, x, NULL)), ay = abs(group_points(grouping, y, NULL));
    if (ax != ay)
        return ay - ax;
    return x->turn - y->turn;
}

/* The reasons (one per group) that gave or took points on skill, strongest
 * first, into reasons (room for every reason of the session); returns how
 * many. */
static size_t skill_reasons(const RubScores *scores, RubSkill skill, const RubReason **reasons)
{
    size_t reason_count = scores != NULL ? rub_reason_count(scores) : 0;
    size_t n = 0;
    for (size_t i = 0; i < reason_count; i++) {
        const RubReason *reason = rub_reason(scores, i);
        bool later = false;
        for (size_t j = 0; j < i && !later; j++)
            later = rub_same_group(rub_reason(scores, j), reason);
        if (reason->skill == skill && reason->points != 0 && !later)
            reasons[n++] = reason;
    }
    grouping = scores;
    qsort(reasons, n, sizeof *reasons, compare_reasons);
    return n;
}

enum { SHOWN_BYTES = RUB_REASON_BYTES + RUB_QUOTE_BYTES + AN_MATCH_BYTES + 64 };

/* What a reason line says: the sentence, then the trainee's line ("your line
 * 2": their own lines counted, as in coach run and the report) and their
 * words with the part that earned it in [brackets]; a group lists its lines. */
static int reason_line(const RubScores *scores, const RubReason *reason, char *out, size_t size)
{
    int count = 1;
    int points = group_points(scores, reason, &count);
    if (count > 1) {
        int used = snprintf(out, size, "%d x %s (your lines", count, reason->text);
        for (size_t i = 0; i < rub_reason_count(scores) && used > 0 && (size_t)used < size; i++) {
            const RubReason *member = rub_reason(scores, i);
            if (rub_same_group(reason, member) && member->turn >= 0)
                used += snprintf(out + used, size - (size_t)used, " %d", member->line);
        }
        if (used > 0 && (size_t)used < size)
            snprintf(out + used, size - (size_t)used, ")");
        return points;
    }
    char quote[RUB_QUOTE_BYTES + AN_MATCH_BYTES + 8];
    rub_quote_marked(reason, quote, sizeof quote);
    if (reason->turn >= 0 && quote[0] != '\0')
        snprintf(out, size, "%s  Your line %d: %s", reason->text, reason->line, quote);
    else if (reason->turn >= 0)
        snprintf(out, size, "%s  (your line %d)", reason->text, reason->line);
    else
        snprintf(out, size, "%s", reason->text);
    return points;
}

static int points_width(View *view)
{
    return draw_text_width(view->draw, DRAW_SMALL_BOLD, "−88") + view->unit / 2;
}

static int reason_height(View *view, const RubScores *scores, const RubReason *reason, int width)
{
    int w, h;
    char text[SHOWN_BYTES];
    reason_line(scores, reason, text, sizeof text);
    draw_text_size(view->draw, DRAW_SMALL, text, width - points_width(view), &w, &h);
    return h + view->unit / 3;
}

/* One reason: its points, then its sentence wrapped at width. Returns its height. */
static int draw_reason(View *view, const RubScores *scores, const RubReason *reason, int x, int y, int width)
{
    const Theme *theme = view->theme;
    char text[SHOWN_BYTES];
    int total = reason_line(scores, reason, text, sizeof text);
    char points[16];
    snprintf(points, sizeof points, "%s%d", total > 0 ? "+" : "−", abs(total));
    int points_w = points_width(view);
    draw_text(view->draw, DRAW_SMALL_BOLD, points, x, y, 0, total > 0 ? theme->good : theme->bad);
    draw_text(view->draw, DRAW_SMALL, text, x + points_w, y, width - points_w, theme->text);
    return reason_height(view, scores, reason, width);
}

/* ---- the overview ------------------------------------------------------------------ */

/* The ending and the overall score in a card at y (drawn when draw_it);
 * returns its height. */
static int draw_outcome(View *view, const Session *session, int x, int y, int w, bool draw_it)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    const RubScores *scores = ses_scores(session);
    char outcome[200];
    char label[128]; /* the author's name of the ending, else its id in words */
    ses_ending_label(session, label, sizeof label);
    view_humanize(label[0] != '\0' ? label : NULL, outcome, sizeof outcome);
    bool success = ses_ending_success(session);
    int overall = scores != NULL ? rub_overall(scores) : 0;
    int label_h = draw_line_height(view->draw, DRAW_SMALL_BOLD);
    int chip_h = view_chip_height(view);
    int huge = draw_line_height(view->draw, DRAW_HUGE);
    int right_h = label_h + unit / 3 + chip_h;
    int top_h = (huge > right_h ? huge : right_h) + pad;
    if (!draw_it)
        return top_h;
    draw_fill(view->draw, (SDL_Rect){x, y, w, top_h}, unit / 2, theme->surface);
    char number[16];
    snprintf(number, sizeof number, "%d", overall);
    int nw = draw_text_width(view->draw, DRAW_HUGE, number);
    draw_text(view->draw, DRAW_HUGE, number, x + pad, y + pad / 2, 0, view_score_color(theme, overall));
    char ending[300];
    snprintf(ending, sizeof ending, "%s %s", success ? "✔" : "✘", outcome[0] ? outcome : "No ending");
    int chip_w = view_draw_chip(view, ending, 0, 0, theme->surface, theme->text, true);
    int ox = x + pad + nw + pad;
    int ending_x = x + w - pad - chip_w;
    int label_y = y + (top_h - right_h) / 2;
    const char *overall_label = "OVERALL  /  100";
    if (ox + draw_text_width(view->draw, DRAW_SMALL_BOLD, overall_label) < ending_x - pad) {
        draw_text(view->draw, DRAW_SMALL_BOLD, overall_label, ox, label_y, 0, theme->muted);
        int bar_w = ending_x - pad - ox < w / 3 ? ending_x - pad - ox : w / 3;
        view_draw_bar(view, (SDL_Rect){ox, label_y + label_h + unit / 3 + chip_h / 4, bar_w, unit / 2}, overall,
                      view_score_color(theme, overall));
    }
    ViewTone tone = success ? VIEW_TONE_GOOD : VIEW_TONE_BAD;
    draw_text(view->draw, DRAW_SMALL_BOLD, "ENDING", ending_x, label_y, 0, theme->muted);
    view_draw_chip(view, ending, ending_x, label_y + label_h + unit / 3, view_tone_fill(theme, tone),
                   view_tone_ink(theme, tone), false);
    return top_h;
}

/* One skill's card: score, bar, summary and its strongest reasons, as many
 * as fit, then how many more the next pages show. reasons is scratch room
 * for every reason of the session. Draws only when draw_it; returns true
 * when every reason of the skill is on the card. */
static bool draw_skill_card(View *view, const RubScores *scores, RubSkill skill, SDL_Rect card,
                            const RubReason **reasons, bool draw_it)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    size_t n = skill_reasons(scores, skill, reasons);
    if (!draw_it) {
        /* the same walk as below, measuring only */
        int iy = card.y + pad * 2 / 3 + draw_line_height(view->draw, DRAW_TITLE) + unit / 3 + unit / 3;
        int bottom = card.y + card.h - unit / 3, iw = card.w - 2 * pad;
        int more_h = draw_line_height(view->draw, DRAW_SMALL_BOLD);
        int sw_w, sh;
        draw_text_size(view->draw, DRAW_SMALL, view_skill_summary(skill), iw, &sw_w, &sh);
        if (iy + sh + unit / 2 + (n > 0 ? more_h : 0) <= bottom)
            iy += sh + unit / 2;
        size_t shown = 0;
        while (shown < n && shown < 4) {
            int h = reason_height(view, scores, reasons[shown], iw);
            if (iy + h - unit / 3 + (shown + 1 < n ? more_h : 0) > bottom)
                break;
            iy += h;
            shown++;
        }
        return shown == n;
    }
    draw_framed(view->draw, card, unit / 2, 1, theme->border, theme->surface);
    int score = scores != NULL ? rub_skill_score(scores, skill) : 0;
    bool assessed = scores == NULL || rub_skill_assessed(scores, skill);
    int ix = card.x + pad, iw = card.w - 2 * pad, iy = card.y + pad * 2 / 3;
    int bottom = card.y + card.h - unit / 3;
    char number[16];
    snprintf(number, sizeof number, assessed ? "%d" : "—", score);
    int sw = draw_text_width(view->draw, DRAW_TITLE, number);
    char title[120];
    draw_ellipsize(view->draw, DRAW_BODY_BOLD, view_skill_title(skill), iw - sw - unit, title, sizeof title);
    int title_h = draw_line_height(view->draw, DRAW_TITLE);
    int body_h = draw_line_height(view->draw, DRAW_BODY_BOLD);
    draw_text(view->draw, DRAW_BODY_BOLD, title, ix, iy + (title_h - body_h) / 2, 0, theme->text);
    draw_text(view->draw, DRAW_TITLE, number, ix + iw - sw, iy, 0,
              assessed ? view_score_color(theme, score) : theme->muted);
    iy += title_h;
    view_draw_bar(view, (SDL_Rect){ix, iy, iw, unit / 3 < 4 ? 4 : unit / 3}, score, view_score_color(theme, score));
    iy += unit / 3 + unit / 3;
    int more_h = draw_line_height(view->draw, DRAW_SMALL_BOLD);
    int sw_w, sh;
    draw_text_size(view->draw, DRAW_SMALL, view_skill_summary(skill), iw, &sw_w, &sh);
    if (iy + sh + unit / 2 + (n > 0 ? more_h : 0) <= bottom) {
        iy += draw_text(view->draw, DRAW_SMALL, view_skill_summary(skill), ix, iy, iw, theme->muted) + unit / 2;
    }
    if (n == 0 || !assessed) {
        int w, h;
        const char *none = !assessed && rub_overall_capped(scores)
                               ? "Not shown: you asked for a next step without ever saying what they "
                                 "would get, so the overall is at most " RUB_OVERALL_CAP_STR "."
                           : !assessed ? "Not assessed: the call gave this skill no opportunity (no "
                                         "product talk), so it is left out of the overall score."
                                       : "No points given or taken on this skill: it starts at zero.";
        draw_text_size(view->draw, DRAW_SMALL, none, iw, &w, &h);
        if (iy + h <= bottom)
            draw_text(view->draw, DRAW_SMALL, none, ix, iy, iw, theme->muted);
        return true;
    }
    size_t shown = 0;
    while (shown < n && shown < 4) {
        int h = reason_height(view, scores, reasons[shown], iw);
        int after = shown + 1 < n ? more_h : 0; /* room for the "more" line under it */
        if (iy + h - unit / 3 + after > bottom)
            break;
        iy += draw_reason(view, scores, reasons[shown], ix, iy, iw);
        shown++;
    }
    if (shown < n && iy + more_h <= bottom) {
        char more[80];
        snprintf(more, sizeof more, shown == 0 ? "%zu reason%s on the next pages  →" : "+ %zu more on the next pages  →",
                 n - shown, n - shown == 1 ? "" : "s");
        char line[120];
        draw_ellipsize(view->draw, DRAW_SMALL_BOLD, more, iw, line, sizeof line);
        draw_text(view->draw, DRAW_SMALL_BOLD, line, ix, iy, 0, theme->accent);
    }
    return shown == n;
}

/* The first page (drawn when draw_it); returns true when its cards show
 * every reason (no reason pages needed). */
static bool draw_overview(View *view, const Session *session, int y, int bottom, bool draw_it)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    const RubScores *scores = ses_scores(session);
    int x = pad, w = view->width - 2 * pad;
    y += draw_outcome(view, session, x, y, w, draw_it) + pad;

    /* where the log is, wrapped (a long path breaks inside) under the cards */
    const char *log_path = ses_log_path(session);
    char saved[DEBRIEF_PATH_BYTES + 64];
    snprintf(saved, sizeof saved, "Log saved to %s", log_path != NULL ? log_path : "(not saved: nothing was said)");
    int lw, lh;
    draw_text_size(view->draw, DRAW_SMALL, saved, w, &lw, &lh);
    /* two lines at least, so the cards keep their place whether the path wraps or not */
    int two_lines = 2 * draw_line_height(view->draw, DRAW_SMALL);
    int log_y = bottom - (lh > two_lines ? lh : two_lines);
    if (draw_it)
        draw_text(view->draw, DRAW_SMALL, saved, x, log_y, w, theme->muted);

    /* four skill cards in a 2 x 2 grid */
    int grid_h = log_y - unit / 2 - y;
    int col_w = (w - pad) / 2, row_h = (grid_h - pad) / 2;
    size_t reason_count = scores != NULL ? rub_reason_count(scores) : 0;
    const RubReason **reasons = calloc(reason_count + 1, sizeof *reasons);
    bool all = reasons != NULL && row_h > unit * 2;
    for (int skill = 0; skill < RUB_SKILL_COUNT && reasons != NULL && row_h > unit * 2; skill++) {
        SDL_Rect card = {x + (skill % 2) * (col_w + pad), y + (skill / 2) * (row_h + pad), col_w, row_h};
        if (!draw_skill_card(view, scores, (RubSkill)skill, card, reasons, draw_it))
            all = false;
    }
    free(reasons);
    return all;
}

/* ---- the reason pages ------------------------------------------------------------ */

/* Height of a reason page's heading (skill, score, summary) at width. */
static int heading_height(View *view, RubSkill skill, int width)
{
    int w, h;
    draw_text_size(view->draw, DRAW_SMALL, view_skill_summary(skill), width, &w, &h);
    return draw_line_height(view->draw, DRAW_TITLE) + h + view->unit;
}

/* Splits every skill's reasons into pages of height room; returns the page count (overview included). */
static size_t paginate(Debrief *debrief, View *view, const RubScores *scores, int width, int room)
{
    size_t pages = 1;
    size_t reason_count = scores != NULL ? rub_reason_count(scores) : 0;
    const RubReason **reasons = calloc(reason_count + 1, sizeof *reasons);
    if (reasons == NULL)
        return pages;
    for (int skill = 0; skill < RUB_SKILL_COUNT; skill++) {
        size_t n = skill_reasons(scores, (RubSkill)skill, reasons);
        size_t at = 0;
        while (at < n && pages < DEBRIEF_MAX_PAGES) {
            int used = heading_height(view, (RubSkill)skill, width);
            size_t count = 0;
            while (at + count < n && (count == 0 || used + reason_height(view, scores, reasons[at + count], width) <= room))
                used += reason_height(view, scores, reasons[at + count++], width);
            debrief->pages[pages++] = (ReasonPage){(RubSkill)skill, at, count};
            at += count;
        }
    }
    free(reasons);
    return pages;
}

static void draw_reason_page(View *view, const Session *session, const ReasonPage *page, int y, int bottom)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    const RubScores *scores = ses_scores(session);
    int x = pad, w = view->width - 2 * pad;
    int score = scores != NULL ? rub_skill_score(scores, page->skill) : 0;
    char title[160];
    if (scores != NULL && !rub_skill_assessed(scores, page->skill))
        snprintf(title, sizeof title, "%s  — not assessed", view_skill_title(page->skill));
    else
        snprintf(title, sizeof title, "%s  %d", view_skill_title(page->skill), score);
    char line[200];
    draw_ellipsize(view->draw, DRAW_TITLE, title, w, line, sizeof line);
    draw_text(view->draw, DRAW_TITLE, line, x, y, 0, view_score_color(theme, score));
    y += draw_line_height(view->draw, DRAW_TITLE);
    y += draw_text(view->draw, DRAW_SMALL, view_skill_summary(page->skill), x, y, w, theme->muted) + unit;
    size_t reason_count = scores != NULL ? rub_reason_count(scores) : 0;
    const RubReason **reasons = calloc(reason_count + 1, sizeof *reasons);
    if (reasons == NULL)
        return;
    size_t n = skill_reasons(scores, page->skill, reasons);
    SDL_Rect clip = {0, y, view->width, bottom - y};
    SDL_RenderSetClipRect(view->renderer, &clip);
    for (size_t i = page->first; i < page->first + page->count && i < n; i++)
        y += draw_reason(view, scores, reasons[i], x, y, w);
    SDL_RenderSetClipRect(view->renderer, NULL);
    free(reasons);
}

void debrief_render(Debrief *debrief, View *view, const Session *session)
{
    int unit = view->unit, pad = unit;
    const ScnInfo *info = scn_info(ses_scenario(session));
    char subtitle[600];
    snprintf(subtitle, sizeof subtitle, "%s  ·  with %s", info->title ? info->title : "",
             info->persona_name ? info->persona_name : "the prospect");
    int y = view_draw_header(view, "Debrief", subtitle, NULL);
    y += view_draw_banner(view, y);
    y += pad;
    int footer_top = view->height - view_footer_height(view);
    int bottom = footer_top - unit / 2;
    /* reason pages only when the overview's cards cannot show every reason */
    if (draw_overview(view, session, y, bottom, false))
        debrief->page_count = 1;
    else
        debrief->page_count = paginate(debrief, view, ses_scores(session), view->width - 2 * pad, bottom - y);
    if (debrief->page >= debrief->page_count)
        debrief->page = debrief->page_count - 1;
    if (debrief->page == 0)
        draw_overview(view, session, y, bottom, true);
    else
        draw_reason_page(view, session, &debrief->pages[debrief->page], y, bottom);
    char page[64];
    snprintf(page, sizeof page, "page %zu of %zu", debrief->page + 1, debrief->page_count);
    ViewKey keys[7];
    size_t count = 0;
    keys[count++] = (ViewKey){"Enter", "back to the menu"};
    keys[count++] = (ViewKey){"T", "your lines, one by one"};
    keys[count++] = (ViewKey){"P", "play again"};
    if (debrief->page + 1 < debrief->page_count)
        keys[count++] = (ViewKey){"→", debrief->page == 0 ? "the reasons" : "next page"};
    if (debrief->page > 0)
        keys[count++] = (ViewKey){"←", "previous page"};
    if (debrief->page_count > 1)
        keys[count++] = (ViewKey){"", page};
    keys[count++] = (ViewKey){"F11", "full screen"};
    view_draw_footer(view, keys, count);
}
