/* transcript: the annotated transcript screen (see transcript.h). */
#include "transcript.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "annotate.h"

struct Transcript {
    cJSON *log;                  /* the annotated strings live here */
    Annotated annotated;
    char persona[128];
    size_t chosen;               /* index into annotated.lines of the chosen trainee line */
    int scroll;                  /* pixels scrolled down from the top */
    int scroll_max;
    bool follow;                 /* scroll the chosen line into view at the next frame */
    SDL_Rect *rects;             /* where the last frame put each line (h == 0: not shown) */
    SDL_Rect retry_button;
};

Transcript *transcript_create(void)
{
    return calloc(1, sizeof(Transcript));
}

static void transcript_clear(Transcript *transcript)
{
    ann_free(&transcript->annotated);
    cJSON_Delete(transcript->log);
    transcript->log = NULL;
    free(transcript->rects);
    transcript->rects = NULL;
}

void transcript_destroy(Transcript *transcript)
{
    if (transcript == NULL)
        return;
    transcript_clear(transcript);
    free(transcript);
}

bool transcript_open(Transcript *transcript, const Session *session)
{
    transcript_clear(transcript);
    transcript->log = ses_log_document(session);
    CoachError err;
    err_clear(&err);
    if (transcript->log == NULL || ann_build(transcript->log, NULL, &transcript->annotated, &err) != COACH_OK)
        return false;
    transcript->rects = calloc(transcript->annotated.count + 1, sizeof *transcript->rects);
    if (transcript->rects == NULL)
        return false;
    const char *persona = scn_info(ses_scenario(session))->persona_name;
    snprintf(transcript->persona, sizeof transcript->persona, "%s", persona != NULL ? persona : "Prospect");
    /* the first line that lost points, else the first line */
    transcript->chosen = transcript->annotated.count;
    for (size_t i = 0; i < transcript->annotated.count; i++) {
        const AnnLine *line = &transcript->annotated.lines[i];
        if (!line->trainee)
            continue;
        if (transcript->chosen == transcript->annotated.count)
            transcript->chosen = i;
        if (line->net < 0) {
            transcript->chosen = i;
            break;
        }
    }
    transcript->scroll = 0;
    transcript->follow = true;
    return true;
}

size_t transcript_chosen_line(const Transcript *transcript)
{
    if (transcript->chosen >= transcript->annotated.count)
        return 1;
    return (size_t)transcript->annotated.lines[transcript->chosen].number;
}

/* The next (step 1) or previous (-1) trainee line from the chosen one. */
static void choose_step(Transcript *transcript, int step)
{
    size_t count = transcript->annotated.count;
    for (size_t i = transcript->chosen;;) {
        if ((step < 0 && i == 0) || (step > 0 && i + 1 >= count))
            return;
        i = step < 0 ? i - 1 : i + 1;
        if (transcript->annotated.lines[i].trainee) {
            transcript->chosen = i;
            transcript->follow = true;
            return;
        }
    }
}

ViewAction transcript_handle_key(Transcript *transcript, View *view, const SDL_KeyboardEvent *key)
{
    int page = view->height / 2;
    view->dirty = true;
    switch (key->keysym.sym) {
    case SDLK_ESCAPE:
    case SDLK_BACKSPACE:
        return VIEW_TO_DEBRIEF;
    case SDLK_UP:
        choose_step(transcript, -1);
        break;
    case SDLK_DOWN:
        choose_step(transcript, 1);
        break;
    case SDLK_PAGEUP:
        transcript->scroll = view_clamp(transcript->scroll - page, 0, transcript->scroll_max);
        break;
    case SDLK_PAGEDOWN:
        transcript->scroll = view_clamp(transcript->scroll + page, 0, transcript->scroll_max);
        break;
    case SDLK_HOME:
        transcript->scroll = 0;
        break;
    case SDLK_END:
        transcript->scroll = transcript->scroll_max;
        break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_r:
        if (key->repeat == 0 && transcript->chosen < transcript->annotated.count)
            return VIEW_RETRY;
        break;
    case SDLK_p:
        if (key->repeat == 0)
            return VIEW_PLAY_AGAIN;
        break;
    default:
        break;
    }
    return VIEW_STAY;
}

static bool inside(SDL_Rect rect, int x, int y)
{
    return rect.w > 0 && rect.h > 0 && x >= rect.x && x < rect.x + rect.w && y >= rect.y && y < rect.y + rect.h;
}

ViewAction transcript_handle_click(Transcript *transcript, View *view, int x, int y)
{
    if (inside(transcript->retry_button, x, y))
        return VIEW_RETRY;
    for (size_t i = 0; i < transcript->annotated.count; i++)
        if (transcript->annotated.lines[i].trainee && inside(transcript->rects[i], x, y)) {
            transcript->chosen = i;
            view->dirty = true;
        }
    return VIEW_STAY;
}

void transcript_handle_wheel(Transcript *transcript, View *view, int lines)
{
    transcript->scroll = view_clamp(transcript->scroll - lines * view->unit * 3, 0, transcript->scroll_max);
    view->dirty = true;
}

/* "next_step" -> "Next step" (the debrief's words). */
static const char *skill_title(const char *name)
{
    for (int k = 0; k < RUB_SKILL_COUNT; k++)
        if (strcmp(rub_skill_name((RubSkill)k), name) == 0)
            return view_skill_title((RubSkill)k);
    return name;
}

/* Draws (or, when !draw_it, measures) line i's block at x, y, width w;
 * returns its height. */
static int draw_line(Transcript *transcript, View *view, size_t i, int x, int y, int w, bool draw_it)
{
    const Theme *theme = view->theme;
    const AnnLine *line = &transcript->annotated.lines[i];
    int unit = view->unit, pad = unit * 2 / 3;
    int inner = w - 2 * pad;
    int h = pad;
    char head[200];
    bool chosen = i == transcript->chosen;
    if (line->trainee)
        snprintf(head, sizeof head, "YOUR LINE %d", line->number);
    else
        snprintf(head, sizeof head, "%s", transcript->persona);
    int text_w, text_h;
    draw_text_size(view->draw, DRAW_BODY, line->text, inner, &text_w, &text_h);
    int head_h = draw_line_height(view->draw, DRAW_SMALL_BOLD);
    /* heights first, to draw the frame under the text */
    int total = pad + head_h + unit / 6 + text_h;
    char extra[64][600];
    DrawFont extra_font[64];
    SDL_Color extra_colour[64];
    size_t extra_count = 0;
#define ADD(font, colour, ...)                                                                                   \
    do {                                                                                                         \
        if (extra_count < 64) {                                                                                  \
            snprintf(extra[extra_count], sizeof extra[extra_count], __VA_ARGS__);                                \
            extra_font[extra_count] = font;                                                                      \
            extra_colour[extra_count++] = colour;                                                                \
        }                                                                                                        \
    } while (0)
    if (line->trainee) {
        if (line->clarified)
            ADD(DRAW_SMALL, theme->muted, "%s did not follow and asked what you meant: not scored.", transcript->persona);
        else if (line->heard != NULL)
            ADD(DRAW_SMALL, theme->muted, "%s", line->heard);
        if (line->moves[0] != '\0')
            ADD(DRAW_SMALL_BOLD, theme->muted, "Moves: %s", line->moves);
        for (size_t k = 0; k < line->point_count; k++) {
            char points[32];
            ann_format_points(points, sizeof points, line->points[k].points);
            ADD(DRAW_SMALL, line->points[k].points < 0 ? theme->bad : theme->good, "%s %s  %s", points,
                skill_title(line->points[k].skill), line->points[k].text);
        }
        if (line->better != NULL)
            ADD(DRAW_BODY_BOLD, theme->text, "Stronger: “%s”", line->better);
    } else {
        for (size_t k = 0; k < line->cue_count; k++) {
            const AnnCue *cue = &line->cues[k];
            const char *words = cue->words != NULL && cue->words[0] != '\0' ? cue->words : cue->id;
            if (cue->fate == ANN_CUE_PICKED)
                ADD(DRAW_SMALL_BOLD, theme->good, "Cue picked up: %s", cue->id);
            else if (cue->fate == ANN_CUE_MISSED)
                ADD(DRAW_SMALL_BOLD, theme->bad, "Cue missed: %s (they hinted: %s)", cue->id, words);
            else
                ADD(DRAW_SMALL_BOLD, theme->muted, "Cue not followed yet: %s", cue->id);
        }
        for (size_t k = 0; k < line->target_count; k++)
            ADD(DRAW_SMALL_BOLD, theme->good, "Revealed: %s", line->targets[k]);
    }
#undef ADD
    int extra_h[64];
    for (size_t k = 0; k < extra_count; k++) {
        int ew, eh;
        draw_text_size(view->draw, extra_font[k], extra[k], inner, &ew, &eh);
        extra_h[k] = eh;
        total += unit / 4 + eh;
    }
    int button_h = chosen ? draw_line_height(view->draw, DRAW_BODY_BOLD) + unit * 2 / 3 : 0;
    if (chosen)
        total += unit / 2 + button_h;
    total += pad;
    if (!draw_it)
        return total;
    SDL_Rect rect = {x, y, w, total};
    SDL_Color fill = line->trainee ? theme->surface : theme->surface_alt;
    if (chosen)
        draw_framed(view->draw, rect, unit / 2, 3, theme->accent, theme->accent_soft);
    else
        draw_framed(view->draw, rect, unit / 2, 1, theme->border, fill);
    h = pad;
    draw_text(view->draw, DRAW_SMALL_BOLD, head, x + pad, y + h, inner, line->trainee ? theme->accent : theme->muted);
    if (line->trainee && line->point_count > 0) {
        char net[48];
        ann_format_points(net, sizeof net, line->net);
        char label[64];
        snprintf(label, sizeof label, "%s points", net);
        ViewTone tone = line->net < 0 ? VIEW_TONE_BAD : (line->net > 0 ? VIEW_TONE_GOOD : VIEW_TONE_NEUTRAL);
        int chip = view_draw_chip(view, label, 0, 0, theme->surface, theme->text, true);
        view_draw_chip(view, label, x + w - pad - chip, y + h, view_tone_fill(theme, tone), view_tone_ink(theme, tone),
                       false);
    }
    h += head_h + unit / 6;
    draw_text(view->draw, DRAW_BODY, line->text, x + pad, y + h, inner, theme->text);
    h += text_h;
    for (size_t k = 0; k < extra_count; k++) {
        h += unit / 4;
        draw_text(view->draw, extra_font[k], extra[k], x + pad, y + h, inner, extra_colour[k]);
        h += extra_h[k];
    }
    if (chosen) {
        h += unit / 2;
        char label[80];
        snprintf(label, sizeof label, "Try again from this line (Enter)");
        int bw = draw_text_width(view->draw, DRAW_BODY_BOLD, label) + unit * 2;
        SDL_Rect button = {x + pad, y + h, bw, button_h};
        draw_fill(view->draw, button, unit / 2, theme->accent);
        draw_text(view->draw, DRAW_BODY_BOLD, label, button.x + unit, button.y + unit / 3, 0, theme->accent_text);
        transcript->retry_button = button;
    }
    return total;
}

void transcript_render(Transcript *transcript, View *view)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit;
    char subtitle[400];
    snprintf(subtitle, sizeof subtitle, "Your call, line by line: %zu of your lines, what each earned, what %s dropped",
             transcript->annotated.trainee_lines, transcript->persona);
    int top = view_draw_header(view, "Transcript", subtitle, NULL);
    top += view_draw_banner(view, top);
    const ViewKey keys[] = {{"↑↓", "your lines"},    {"Enter", "try again from the line"}, {"P", "play again"},
                            {"PgUp/PgDn", "scroll"}, {"Esc", "back to the scores"},         {"F11", "full screen"}};
    int bottom = view_draw_footer(view, keys, sizeof keys / sizeof keys[0]) - unit / 2;
    int width = view_clamp(view->width - 4 * pad, 200, unit * 50);
    int x = (view->width - width) / 2;
    top += pad / 2;
    int gap = unit / 2;
    /* the whole list's height, and where the chosen line sits in it */
    int total = 0, chosen_top = 0, chosen_h = 0;
    int *heights = calloc(transcript->annotated.count + 1, sizeof *heights);
    if (heights == NULL)
        return;
    for (size_t i = 0; i < transcript->annotated.count; i++) {
        heights[i] = draw_line(transcript, view, i, x, 0, width, false);
        if (i == transcript->chosen) {
            chosen_top = total;
            chosen_h = heights[i];
        }
        total += heights[i] + gap;
    }
    int room = bottom - top;
    transcript->scroll_max = total - room > 0 ? total - room : 0;
    if (transcript->follow) {
        if (chosen_top < transcript->scroll)
            transcript->scroll = chosen_top;
        else if (chosen_top + chosen_h > transcript->scroll + room)
            transcript->scroll = chosen_top + chosen_h - room;
        transcript->follow = false;
    }
    transcript->scroll = view_clamp(transcript->scroll, 0, transcript->scroll_max);
    SDL_Rect clip = {0, top, view->width, room};
    SDL_RenderSetClipRect(view->renderer, &clip);
    transcript->retry_button = (SDL_Rect){0, 0, 0, 0};
    int y = top - transcript->scroll;
    for (size_t i = 0; i < transcript->annotated.count; i++) {
        transcript->rects[i] = (SDL_Rect){0, 0, 0, 0};
        if (y + heights[i] > top && y < bottom) {
            draw_line(transcript, view, i, x, y, width, true);
            transcript->rects[i] = (SDL_Rect){x, y, width, heights[i]};
        }
        y += heights[i] + gap;
    }
    SDL_RenderSetClipRect(view->renderer, NULL);
    if (transcript->scroll_max > 0) {
        int track_x = x + width + pad / 2, track_w = unit / 3 < 4 ? 4 : unit / 3;
        if (track_x + track_w < view->width) {
            draw_fill(view->draw, (SDL_Rect){track_x, top, track_w, room}, track_w / 2, theme->bar_track);
            int thumb_h = view_clamp(room * room / (total > 0 ? total : 1), unit, room);
            int thumb_y = top + (int)((long)(room - thumb_h) * transcript->scroll / transcript->scroll_max);
            draw_fill(view->draw, (SDL_Rect){track_x, thumb_y, track_w, thumb_h}, track_w / 2, theme->accent);
        }
    }
    /* a retry button scrolled out of view cannot be clicked */
    if (transcript->retry_button.y < top || transcript->retry_button.y + transcript->retry_button.h > bottom)
        transcript->retry_button = (SDL_Rect){0, 0, 0, 0};
    free(heights);
}
