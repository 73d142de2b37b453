/* play_hear: see play_hear.h. */
#include "play_hear.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "theme.h"

void play_hear_reset(PlayHear *hear)
{
    free(hear->text);
    free(hear->report);
    hear->text = hear->report = NULL;
    hear->turn_count = 0;
}

static char *copy(const char *text, size_t length)
{
    char *out = malloc(length + 1);
    if (out != NULL) {
        memcpy(out, text, length);
        out[length] = '\0';
    }
    return out;
}

const char *play_hear_report(PlayHear *hear, Session *session, const char *text, size_t length)
{
    size_t turns = session != NULL ? ses_turn_count(session) : 0;
    if (hear->report != NULL && hear->text != NULL && hear->turn_count == turns && strlen(hear->text) == length &&
        memcmp(hear->text, text, length) == 0)
        return hear->report;
    play_hear_reset(hear);
    hear->text = copy(text, length);
    hear->turn_count = turns;
    size_t start = 0;
    while (start < length && (text[start] == ' ' || text[start] == '\t'))
        start++;
    if (session == NULL || !ses_accepts_text(session)) {
        hear->report = copy("This turn does not take a typed line.", 37);
    } else if (start == length) {
        const char *prompt = "Type a line: this shows how the prospect would hear it here - its labels, "
                             "every way on from this point with its score and why, and where it would lead - "
                             "before you send it. F3 goes back to the call.";
        hear->report = copy(prompt, strlen(prompt));
    } else {
        CoachError err;
        err_clear(&err);
        hear->report = ses_explain_hearing(session, text, length, &err);
        if (hear->report == NULL) {
            char message[1100];
            snprintf(message, sizeof message, "Cannot say how it would be heard: %s",
                     err.message[0] != '\0' ? err.message : "the analyser is not ready");
            hear->report = copy(message, strlen(message));
        }
    }
    return hear->report != NULL ? hear->report : "out of memory";
}

void play_hear_draw(PlayHear *hear, View *view, Session *session, const char *text, size_t length, SDL_Rect rect)
{
    const Theme *theme = view->theme;
    int unit = view->unit, pad = unit / 2;
    draw_fill(view->draw, rect, unit / 2, theme->surface_alt);
    int x = rect.x + pad, y = rect.y + pad / 2, width = rect.w - 2 * pad, bottom = rect.y + rect.h - pad / 2;
    draw_text(view->draw, DRAW_SMALL_BOLD, "HOW THIS LINE WOULD BE HEARD HERE (F3: back to the call)", x, y, 0,
              theme->muted);
    int line_h = draw_line_height(view->draw, DRAW_SMALL);
    y += draw_line_height(view->draw, DRAW_SMALL_BOLD) + pad / 2;
    const char *report = play_hear_report(hear, session, text, length);
    /* one report line at a time, each wrapped to the panel; the verdict
     * (the report's last lines) matters most, so a report too long for the
     * panel drops intents from the middle, not the verdict */
    size_t total = 0;
    for (const char *at = report; *at != '\0'; at++)
        total += *at == '\n';
    int rows = line_h > 0 ? (bottom - y) / line_h : 0;
    const char *verdict = strstr(report, "\nverdict:");
    size_t tail_lines = 0;
    for (const char *at = verdict; at != NULL && *at != '\0'; at++)
        tail_lines += *at == '\n';
    size_t skip_from = (size_t)-1, skip_to = 0;
    if (rows > 0 && total + 1 > (size_t)rows && verdict != NULL && (size_t)rows > tail_lines + 3) {
        skip_to = total - tail_lines;
        skip_from = (size_t)rows - tail_lines - 1; /* leave a row for the note */
    }
    char line[1200];
    size_t index = 0;
    for (const char *at = report; *at != '\0' && y + line_h <= bottom; index++) {
        const char *end = strchr(at, '\n');
        size_t n = end != NULL ? (size_t)(end - at) : strlen(at);
        if (index >= skip_from && index <= skip_to) {
            if (index == skip_from) {
                snprintf(line, sizeof line, "... %zu more ways on (coach hear shows them all)", skip_to - skip_from + 1);
                draw_text(view->draw, DRAW_SMALL, line, x, y, width, theme->muted);
                y += line_h;
            }
        } else {
            snprintf(line, sizeof line, "%.*s", (int)(n < sizeof line - 1 ? n : sizeof line - 1), at);
            int w = 0, h = 0;
            draw_text_size(view->draw, DRAW_SMALL, line, width, &w, &h);
            if (y + h > bottom)
                break;
            bool chosen = strncmp(line, "  *", 3) == 0 || strncmp(line, "verdict:", 8) == 0;
            draw_text(view->draw, chosen ? DRAW_SMALL_BOLD : DRAW_SMALL, line, x, y, width, theme->text);
            y += h > 0 ? h : line_h;
        }
        at = end != NULL ? end + 1 : at + n;
    }
}
