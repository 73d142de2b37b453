/* report_html: the report as one self-contained HTML page a manager reads,
 * on a desk or a phone (390 px wide: cards stack, tables and charts scroll
 * inside their box, chart text stays at 11 px): progress by trainee (a
 * chart whose axis tells sessions of one day apart, statistics, calls tried
 * again), means per skill and per scenario, each trainee's sessions, and
 * each session's reasons (repeated ones grouped) and call line by line. */
#define _XOPEN_SOURCE 700
#include "report.h"
#include "rubric.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
#include "log.h"
#include "report_internal.h"

static const char *const rep_skill_titles[REP_SKILL_COUNT] = {"Discovery", "Listening", "Benefits",
                                                              "Next step", "Overall"};
static const char *const rep_skill_colours[REP_SKILL_COUNT] = {"#2f6fde", "#0f9d8a", "#8e44ad",
                                                               "#e07b24", "#1f2933"};
static const char *const rep_trainee_colours[] = {"#2f6fde", "#e07b24", "#0f9d8a", "#8e44ad",
                                                  "#c5221f", "#b7950b", "#5f6b7a", "#1e8e3e"};
#define REP_TRAINEE_COLOURS (sizeof rep_trainee_colours / sizeof rep_trainee_colours[0])

/* --- HTML ------------------------------------------------------------------------------- */

/* Writes text escaped, in runs: one fwrite a run of plain characters, not
 * one a character (the page of 10,000 sessions is ~90 MB of text). */
static void rep_put_html(FILE *out, const char *text)
{
    if (text == NULL)
        return;
    const unsigned char *s = (const unsigned char *)text, *run = s;
    for (;;) {
        unsigned code = *s;
        size_t length = 1;
        const char *entity = NULL;
        if (code >= 0x80) {
            length = rep_utf8_next(s, &code);
            if (!rep_is_unsafe(code)) {
                s += length;
                continue;
            }
        } else if (code >= 0x20 && code != 0x7F && code != '&' && code != '<' && code != '>' &&
                   code != '"' && code != '\'') {
            s++;
            continue;
        }
        if (s > run)
            fwrite(run, 1, (size_t)(s - run), out);
        if (code == 0)
            return;
        switch (code) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        case '\'': entity = "&#39;"; break;
        case '\t': entity = "\t"; break;
        case '\n': entity = "\n"; break;
        default: entity = "\xEF\xBF\xBD"; break; /* unsafe: U+FFFD */
        }
        fputs(entity, out);
        s += length;
        run = s;
    }
}

char *rep_html_escape(const char *text)
{
    return rep_to_string(rep_put_html, text);
}

/* text cut to limit bytes (on a character boundary), escaped */
static void rep_put_html_cut(FILE *out, const char *text, size_t limit)
{
    if (text == NULL)
        return;
    if (strnlen(text, limit + 1) <= limit) {
        rep_put_html(out, text);
        return;
    }
    char *cut = rep_copy(text, limit);
    rep_put_html(out, cut != NULL ? cut : "");
    free(cut);
}

static const char *rep_band(double score)
{
    return score >= 75 ? "good" : score >= 50 ? "mid" : "low";
}

static const char rep_css[] =
    ":root{--ink:#1f2933;--muted:#5f6b7a;--line:#e3e8ef;--bg:#f4f6fa;--brand:#14213d}"
    "*{box-sizing:border-box}"
    "body{margin:0;font:14px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\","
    "Arial,sans-serif;color:var(--ink);background:var(--bg);overflow-wrap:break-word}"
    "header{background:var(--brand);color:#fff;padding:26px 0 30px}"
    ".wrap{max-width:1120px;margin:0 auto;padding:0 28px}"
    "header h1{margin:0;font-size:23px;font-weight:650;letter-spacing:-.01em}"
    "header p{margin:4px 0 0;color:#b9c4da}"
    ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;"
    "margin:-18px 0 20px}"
    ".card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px 16px;"
    "box-shadow:0 1px 2px rgba(20,33,61,.06)}"
    ".card b{display:block;font-size:25px;font-weight:650}"
    ".card span{color:var(--muted);font-size:11.5px;text-transform:uppercase;letter-spacing:.06em}"
    "section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 22px;"
    "margin-bottom:20px;box-shadow:0 1px 2px rgba(20,33,61,.06);min-width:0}"
    "h2{font-size:16px;margin:0 0 4px}"
    "h2+p.note{margin:0 0 14px;color:var(--muted);font-size:12.5px}"
    "h3{font-size:15px;margin:0 0 6px;overflow-wrap:anywhere}h3 small{font-weight:400;color:var(--muted)}"
    "h3.who{margin:18px 0 6px}"
    ".grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(470px,100%),1fr));gap:18px}"
    ".trainee{border:1px solid var(--line);border-radius:8px;padding:14px 16px;min-width:0}"
    ".chart{overflow-x:auto;margin-bottom:8px}"
    "svg{display:block;max-width:none}"
    "svg text{font:11px system-ui,sans-serif;fill:#5f6b7a}"
    ".legend{margin:6px 0 10px;font-size:12px;color:var(--muted)}"
    ".legend span{margin-right:14px;white-space:nowrap;display:inline-block}"
    ".legend i{display:inline-block;width:14px;height:4px;border-radius:2px;vertical-align:middle;"
    "margin-right:5px}"
    ".scroll{overflow-x:auto;max-width:100%}"
    "table{border-collapse:collapse;width:100%;font-size:13px}"
    "th{font-size:11.5px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);"
    "font-weight:600;text-align:left}"
    "th,td{padding:6px 9px;border-bottom:1px solid var(--line);white-space:nowrap}"
    "td.text{max-width:260px;overflow:hidden;text-overflow:ellipsis;unicode-bidi:isolate}"
    "tbody tr:hover{background:#f8fafc}"
    ".num{text-align:right;font-variant-numeric:tabular-nums}"
    ".pill{display:inline-block;min-width:34px;text-align:center;padding:1px 7px;"
    "border-radius:10px;font-weight:600;font-variant-numeric:tabular-nums}"
    ".good{background:#e3f4e8;color:#17703a}.mid{background:#fdf3d7;color:#8a5a00}"
    ".low{background:#fbe5e3;color:#b0231f}"
    ".won{color:#17703a;font-weight:600}.lost{color:#b0231f}.open{color:var(--muted)}"
    ".up{color:#17703a}.down{color:#b0231f}.flat{color:var(--muted)}"
    ".retries{margin-top:10px}.retries h4{margin:0 0 4px;font-size:13px}.retries th,.retries td{padding:5px 6px}"
    "details{border:1px solid var(--line);border-radius:8px;margin:8px 0;background:#fbfcfe}"
    "summary{cursor:pointer;padding:9px 14px;font-weight:600;unicode-bidi:isolate}"
    "summary small{font-weight:400;color:var(--muted);margin-left:8px}"
    ".reasons{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(200px,100%),1fr));gap:10px 22px;"
    "padding:4px 16px 14px}"
    ".reasons h4{margin:6px 0 4px;font-size:13px}"
    ".reasons ul{margin:0;padding:0;list-style:none}"
    ".reasons li{margin:4px 0;font-size:12.5px;display:flex;gap:8px}"
    ".reasons li>span:last-child{min-width:0;overflow-wrap:anywhere}"
    ".reasons .each{display:block}"
    ".pts{flex:none;min-width:34px;text-align:right;font-weight:700;font-variant-numeric:tabular-nums}"
    ".plus{color:#17703a}.minus{color:#b0231f}"
    ".sessions th,.sessions td{padding:6px 5px}.sessions .pill{min-width:30px;padding:1px 5px}"
    ".sub{display:block;white-space:normal;color:var(--muted);font-size:12px}"
    ".file{padding:0 16px 12px;color:var(--muted);font-size:11.5px;word-break:break-all}"
    ".lines{padding:0 16px 8px}.lines h4{margin:8px 0 4px;font-size:13px}.lines ol{margin:0;padding-left:0;list-style:none}"
    ".lines li{margin:6px 0;padding:6px 10px;border-radius:8px;overflow-wrap:anywhere}.lines .you{background:#eef3fd}"
    ".lines .them{background:#f4f6fa}.lines i{color:#1f5f2f}"
    "footer{color:var(--muted);font-size:12px;text-align:center;padding:8px 0 30px}"
    /* a phone: the summary cards stack, the boxes keep their text inside */
    "@media (max-width:600px){.wrap{padding:0 12px}header{padding:20px 0 26px}header h1{font-size:20px}"
    ".cards{grid-template-columns:1fr;gap:8px}.card{display:flex;justify-content:space-between;"
    "align-items:baseline}.card b{font-size:20px}section{padding:14px 12px}.trainee{padding:12px 10px}"
    ".reasons,.lines{padding-left:10px;padding-right:10px}summary{padding:9px 10px}th,td{padding:5px 6px}}";

static void rep_html_pill(FILE *out, double score)
{
    char text[16];
    rep_format_score(text, sizeof text, score);
    if (score == REP_NOT_ASSESSED)
        fprintf(out, "<span class=\"pill\" title=\"not assessed\">%s</span>", text);
    else
        fprintf(out, "<span class=\"pill %s\">%s</span>", rep_band(score), text);
}

static void rep_html_trend(FILE *out, const RepStats *stats)
{
    char text[16];
    rep_format_trend(text, sizeof text, stats);
    if (stats->count < REP_TREND_MIN_SESSIONS) {
        fprintf(out, "<span class=\"flat\" title=\"a trend needs %d sessions\">- (%d)</span>", REP_TREND_MIN_SESSIONS,
                stats->count);
        return;
    }
    const char *css = fabs(stats->slope) < 0.05 ? "flat" : stats->slope > 0 ? "up" : "down";
    const char *arrow = fabs(stats->slope) < 0.05 ? "" : stats->slope > 0 ? "\xE2\x96\xB2 " : "\xE2\x96\xBC ";
    fprintf(out, "<span class=\"%s\" title=\"over %d sessions\">%s%s</span>", css, stats->count, arrow, text);
}

/* --- charts ------------------------------------------------------------------------------ */

/* Charts are drawn at their size in pixels (never scaled down, so their text
 * stays at 11 px) inside a box that scrolls when the screen is narrower. */
#define REP_LINE_WIDTH 460.0
#define REP_LINE_HEIGHT 236.0
#define REP_BAR_WIDTH 980.0
#define REP_BAR_HEIGHT 250.0

static void rep_svg_grid(FILE *out, double left, double right_edge, double top, double plot_height)
{
    for (int grid = 0; grid <= 100; grid += 25) {
        double y = top + plot_height * (100 - grid) / 100.0;
        fprintf(out,
                "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>"
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
                left, right_edge, y, y, grid == 0 ? "#c5cdd8" : "#edf0f5", left - 6, y + 4, grid);
    }
}

static long long rep_day_of(long long epoch)
{
    return epoch >= 0 ? epoch / 86400 : (epoch - 86399) / 86400;
}

/* One trainee's scores (all skills) over their sessions, by_trainee[start,
 * end). Sessions are evenly spaced, one tick each; the axis names each day
 * once under its sessions, with how many there were ("Mar 2 ×3") and their
 * times when there is room, and a dashed line between days, so that calls
 * of one day read as separate calls of one day. */
static void rep_html_line_chart(FILE *out, Report *report, const char *trainee, size_t start, size_t end)
{
    const double width = REP_LINE_WIDTH, height = REP_LINE_HEIGHT, left = 34, right = 18, top = 12,
                 bottom = 54;
    const double plot_width = width - left - right, plot_height = height - top - bottom;
    const double axis = height - bottom;
    size_t n = end - start;
    const size_t *order = report->by_trainee;
#define REP_X(k) (n == 1 ? left + plot_width / 2 : left + plot_width * (double)(k) / (double)(n - 1))
    fprintf(out, "<div class=\"chart\"><svg width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
                 "aria-label=\"Scores of ",
            width, height, width, height);
    rep_put_html(out, trainee);
    fputs(" over time\">", out);
    rep_svg_grid(out, left, width - right, top, plot_height);
    double spacing = n > 1 ? plot_width / (double)(n - 1) : plot_width;
    /* a tick under every session while they are at least 3 px apart */
    if (spacing >= 3)
        for (size_t k = 0; k < n; k++)
            fprintf(out, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#9aa5b4\"/>", REP_X(k),
                    REP_X(k), axis, axis + 4);
    /* the days: a label under each run of sessions of one day when it fits */
    double last_right = -1e9;
    for (size_t a = 0; a < n;) {
        long long day = rep_day_of(report->entries[order[start + a]].session.started_epoch);
        size_t b = a + 1;
        while (b < n && rep_day_of(report->entries[order[start + b]].session.started_epoch) == day)
            b++;
        if (a > 0 && spacing >= 6) {
            double x = (REP_X(a - 1) + REP_X(a)) / 2;
            fprintf(out, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#c5cdd8\" "
                         "stroke-dasharray=\"3 3\"/>",
                    x, x, top, axis + 22);
        }
        char label[48], date[24];
        rep_format_day(date, sizeof date, report->entries[order[start + a]].session.started_epoch);
        if (b - a > 1)
            snprintf(label, sizeof label, "%s \xC3\x97%zu", date, b - a);
        else
            snprintf(label, sizeof label, "%s", date);
        double centre = (REP_X(a) + REP_X(b - 1)) / 2, half = 3.3 * (double)strlen(label);
        if (centre - half < 2)
            centre = 2 + half;
        if (centre + half > width - 2)
            centre = width - 2 - half;
        if (centre - half >= last_right + 8) {
            fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", centre, axis + 17, label);
            last_right = centre + half;
        }
        /* the time of each session of a busy day, when the sessions are far enough apart */
        if (b - a > 1 && spacing >= 36)
            for (size_t k = a; k < b; k++) {
                char when[32];
                rep_format_date(when, sizeof when, report->entries[order[start + k]].session.started_epoch);
                fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", REP_X(k), axis + 33,
                        when + 11);
            }
        a = b;
    }
    for (int skill = 0; skill < REP_SKILL_COUNT; skill++) {
        bool overall = skill == REP_OVERALL;
        fprintf(out,
                "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" stroke-linejoin=\"round\" "
                "stroke-linecap=\"round\"%s points=\"",
                rep_skill_colours[skill], overall ? "3" : "1.6", overall ? "" : " stroke-opacity=\"0.8\"");
        bool first = true;
        for (size_t k = 0; k < n; k++) {
            const RepSession *s = &report->entries[order[start + k]].session;
            if (s->scores[skill] == REP_NOT_ASSESSED)
                continue;
            fprintf(out, "%s%.1f,%.1f", first ? "" : " ", REP_X(k), top + plot_height * (100 - s->scores[skill]) / 100.0);
            first = false;
        }
        fputs("\"/>", out);
    }
    /* points, with a tooltip each; with many sessions only the overall score keeps its dots */
    for (size_t k = 0; k < n; k++) {
        size_t index = order[start + k];
        const RepSession *s = &report->entries[index].session;
        char date[32], score[16];
        rep_format_date(date, sizeof date, s->started_epoch);
        fputs("<g>", out);
        for (int skill = n <= 30 ? 0 : REP_OVERALL; skill < REP_SKILL_COUNT; skill++) {
            if (s->scores[skill] == REP_NOT_ASSESSED)
                continue;
            double y = top + plot_height * (100 - s->scores[skill]) / 100.0;
            fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\" stroke=\"#fff\"/>", REP_X(k), y,
                    skill != REP_OVERALL ? "2.6" : n <= 30 ? "4" : "2.2", rep_skill_colours[skill]);
        }
        rep_format_score(score, sizeof score, s->scores[REP_OVERALL]);
        fprintf(out, "<title>#%zu %s, ", index + 1, date);
        rep_put_html(out, s->scenario_id);
        fprintf(out, ": overall %s</title></g>", score);
    }
#undef REP_X
    fputs("</svg></div>", out);
}

/* Grouped bars: the mean of each skill, one bar per trainee. */
static void rep_html_bar_chart(FILE *out, Report *report, const char **trainees, size_t count)
{
    const double width = REP_BAR_WIDTH, height = REP_BAR_HEIGHT, left = 36, right = 10, top = 18, bottom = 30;
    const double plot_width = width - left - right, plot_height = height - top - bottom;
    fprintf(out, "<div class=\"chart\"><svg width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
                 "aria-label=\"Mean score per skill\">",
            width, height, width, height);
    rep_svg_grid(out, left, width - right, top, plot_height);
    double group = plot_width / REP_SKILL_COUNT;
    double bar = count > 0 ? group * 0.72 / (double)count : 0;
    if (bar > 56)
        bar = 56;
    for (int skill = 0; skill < REP_SKILL_COUNT; skill++) {
        double group_left = left + group * skill;
        double bars_left = group_left + (group - bar * (double)count) / 2;
        for (size_t t = 0; t < count; t++) {
            RepStats stats = rep_trainee_stats(report, trainees[t], (RepSkill)skill);
            double h = plot_height * stats.mean / 100.0;
            double x = bars_left + bar * (double)t;
            fprintf(out,
                    "<g><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\" "
                    "fill=\"%s\"%s/>",
                    x + 1, top + plot_height - h, bar > 3 ? bar - 2 : bar, h,
                    rep_trainee_colours[t % REP_TRAINEE_COLOURS],
                    skill == REP_OVERALL ? "" : " fill-opacity=\"0.85\"");
            if (bar >= 22)
                fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.0f</text>",
                        x + bar / 2, top + plot_height - h - 4, stats.mean);
            fputs("<title>", out);
            rep_put_html(out, trainees[t]);
            fprintf(out, ", %s: mean %.1f over %d session%s</title></g>", rep_skill_name(skill),
                    stats.mean, stats.count, stats.count == 1 ? "" : "s");
        }
        fprintf(out,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" style=\"font-weight:600;"
                "fill:#1f2933\">%s</text>",
                group_left + group / 2, height - 8, rep_skill_titles[skill]);
    }
    fputs("</svg></div>", out);
}

/* --- one session's feedback (from its log) -------------------------------------------------------------- */

/* One reason of a log, borrowed from it. */
typedef struct RepReason {
    int turn;          /* 0-based index of its turn, -1: the whole call */
    int line;          /* the trainee's line of that turn, from 1 (what is shown) */
    double points;
    const char *rule, *text, *quote, *match;
} RepReason;

/* Reasons alike (the same rule and sentence: "4 x ...", as coach play --text
 * and the debrief show them) with their points summed. */
typedef struct RepReasonGroup {
    size_t first;      /* its first reason */
    int count;
    int first_turn;
    double points;
} RepReasonGroup;

static int rep_compare_groups(const void *a, const void *b)
{
    const RepReasonGroup *x = a, *y = b;
    double wx = fabs(x->points), wy = fabs(y->points);
    if (wx != wy)
        return wx > wy ? -1 : 1;
    if (x->first_turn != y->first_turn)
        return x->first_turn < y->first_turn ? -1 : 1;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* ": “...<mark>match</mark>...”" for a reason that quotes the trainee. */
static void rep_html_quote(FILE *out, const RepReason *reason)
{
    if (reason->quote == NULL || reason->quote[0] == '\0')
        return;
    char *quote = rep_copy(reason->quote, REP_MAX_REASON_BYTES);
    char *match = reason->match != NULL && reason->match[0] != '\0' ? rep_copy(reason->match, REP_MAX_REASON_BYTES)
                                                                   : NULL;
    if (quote == NULL) {
        free(match);
        return;
    }
    char *at = match != NULL ? (char *)rub_find_words(quote, match) : NULL;
    fputs(": &ldquo;", out);
    if (at == NULL) {
        rep_put_html(out, quote);
    } else {
        size_t length = strlen(match);
        char after = at[length];
        at[0] = '\0';
        rep_put_html(out, quote);
        fputs("<mark>", out);
        rep_put_html(out, match);
        fputs("</mark>", out);
        at[length] = after;
        rep_put_html(out, at + length);
    }
    fputs("&rdquo;", out);
    free(quote);
    free(match);
}

static void rep_html_points(FILE *out, double points)
{
    char text[16];
    snprintf(text, sizeof text, points == floor(points) ? "%+.0f" : "%+.1f", points);
    fprintf(out, "<span class=\"pts %s\">%s</span>", points >= 0 ? "plus" : "minus", text);
}

/* The trainee's line (from 1) of a reason at turn index turn: the log's
 * "line", or, in a log written before it had one, the trainee turns of the
 * log's turns up to that one counted. */
static int rep_reason_line(const cJSON *item, const cJSON *turns, int turn)
{
    const cJSON *line = cJSON_GetObjectItemCaseSensitive(item, "line");
    if (cJSON_IsNumber(line) && line->valuedouble >= 1 && line->valuedouble <= INT32_MAX)
        return (int)line->valuedouble;
    int count = 0, index = 0;
    const cJSON *each = NULL;
    cJSON_ArrayForEach(each, turns)
    {
        if (index++ > turn)
            break;
        const cJSON *speaker = cJSON_GetObjectItemCaseSensitive(each, "speaker");
        count += cJSON_IsString(speaker) && speaker->valuestring != NULL &&
                 strcmp(speaker->valuestring, "trainee") == 0;
    }
    return count > 0 ? count : turn + 1;
}

/* The reasons of one skill from its block of the log, alike ones grouped,
 * strongest first; turns are the log's "turns". */
static void rep_html_skill_reasons(FILE *out, const cJSON *block, const cJSON *turns)
{
    RepReason reasons[REP_MAX_REASONS_PER_SKILL];
    RepReasonGroup groups[REP_MAX_REASONS_PER_SKILL];
    size_t count = 0, group_count = 0;
    const cJSON *item = NULL;
    cJSON_ArrayForEach(item, cJSON_GetObjectItemCaseSensitive(block, "reasons"))
    {
        if (count >= REP_MAX_REASONS_PER_SKILL)
            break;
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(item, "text");
        const cJSON *points = cJSON_GetObjectItemCaseSensitive(item, "points");
        const cJSON *turn = cJSON_GetObjectItemCaseSensitive(item, "turn");
        const cJSON *rule = cJSON_GetObjectItemCaseSensitive(item, "rule");
        const cJSON *quote = cJSON_GetObjectItemCaseSensitive(item, "quote");
        const cJSON *match = cJSON_GetObjectItemCaseSensitive(item, "match");
        if (!cJSON_IsString(text) || text->valuestring == NULL || text->valuestring[0] == '\0' ||
            !cJSON_IsNumber(points) || !isfinite(points->valuedouble))
            continue;
        RepReason *reason = &reasons[count++];
        reason->points = points->valuedouble;
        reason->turn = cJSON_IsNumber(turn) && turn->valuedouble >= 0 && turn->valuedouble <= INT32_MAX
                           ? (int)turn->valuedouble
                           : -1;
        reason->line = reason->turn >= 0 ? rep_reason_line(item, turns, reason->turn) : 0;
        reason->text = text->valuestring;
        reason->rule = cJSON_IsString(rule) && rule->valuestring != NULL ? rule->valuestring : "";
        reason->quote = cJSON_IsString(quote) && quote->valuestring != NULL ? quote->valuestring : "";
        reason->match = cJSON_IsString(match) && match->valuestring != NULL ? match->valuestring : "";
        size_t g = 0;
        while (g < group_count && (strcmp(reasons[groups[g].first].rule, reason->rule) != 0 ||
                                   strcmp(reasons[groups[g].first].text, reason->text) != 0))
            g++;
        if (g == group_count)
            groups[group_count++] = (RepReasonGroup){count - 1, 0, reason->turn, 0};
        groups[g].count++;
        groups[g].points += reason->points;
        if (reason->turn >= 0 && (groups[g].first_turn < 0 || reason->turn < groups[g].first_turn))
            groups[g].first_turn = reason->turn;
    }
    if (group_count > 1)
        qsort(groups, group_count, sizeof *groups, rep_compare_groups);
    if (group_count == 0)
        fputs("<li><span class=\"pts\"></span><span>No reasons recorded.</span></li>", out);
    for (size_t g = 0; g < group_count; g++) {
        const RepReasonGroup *group = &groups[g];
        const RepReason *first = &reasons[group->first];
        fputs("<li>", out);
        rep_html_points(out, group->points);
        fputs("<span>", out);
        if (group->count > 1)
            fprintf(out, "%d x ", group->count);
        rep_put_html_cut(out, first->text, REP_MAX_REASON_BYTES);
        /* the trainee's own lines, as in the window and coach run */
        if (group->count == 1 && first->turn >= 0) {
            fprintf(out, " <small class=\"open\">(your line %d", first->line);
            rep_html_quote(out, first);
            fputs(")</small>", out);
        }
        for (size_t i = group->count > 1 ? group->first : count; i < count; i++) {
            const RepReason *member = &reasons[i];
            if (member->turn < 0 || strcmp(member->rule, first->rule) != 0 || strcmp(member->text, first->text) != 0)
                continue;
            fprintf(out, "<small class=\"open each\">(your line %d, ", member->line);
            rep_html_points(out, member->points);
            rep_html_quote(out, member);
            fputs(")</small>", out);
        }
        fputs("</span></li>", out);
    }
}

/* The call line by line (annotate.h). */
static void rep_html_lines(FILE *out, const cJSON *doc, const char *path)
{
    CoachError err;
    err_clear(&err);
    Annotated annotated;
    if (ann_build(doc, path, &annotated, &err) == COACH_OK && annotated.trainee_lines > 0) {
        fputs("<div class=\"lines\"><h4>The call, line by line</h4><ol>", out);
        for (size_t i = 0; i < annotated.count; i++) {
            const AnnLine *line = &annotated.lines[i];
            fputs(line->trainee ? "<li class=\"you\"><b>" : "<li class=\"them\"><b>", out);
            if (line->trainee)
                fprintf(out, "%d. You", line->number);
            else
                fputs("Prospect", out);
            fputs(":</b> ", out);
            rep_put_html_cut(out, line->text, REP_MAX_REASON_BYTES * 4);
            if (line->moves[0] != '\0') {
                fputs("<br><small>Moves: ", out);
                rep_put_html_cut(out, line->moves, REP_MAX_REASON_BYTES);
                fputs("</small>", out);
            }
            for (size_t k = 0; k < line->point_count; k++) {
                char points[32];
                ann_format_points(points, sizeof points, line->points[k].points);
                fprintf(out, "<br><span class=\"pts %s\">%s</span> ", line->points[k].points >= 0 ? "plus" : "minus",
                        points);
                rep_put_html_cut(out, line->points[k].skill, REP_MAX_NAME_BYTES);
                fputs(": ", out);
                rep_put_html_cut(out, line->points[k].text, REP_MAX_REASON_BYTES);
            }
            if (line->better != NULL) {
                fputs("<br><i>Stronger: \u201c", out);
                rep_put_html_cut(out, line->better, REP_MAX_REASON_BYTES);
                fputs("\u201d</i>", out);
            }
            for (size_t k = 0; k < line->cue_count; k++) {
                fputs(line->cues[k].fate == ANN_CUE_PICKED ? "<br><small>Cue picked up: "
                      : line->cues[k].fate == ANN_CUE_MISSED ? "<br><small>Cue missed: "
                                                              : "<br><small>Cue not followed yet: ",
                      out);
                rep_put_html_cut(out, line->cues[k].id, REP_MAX_NAME_BYTES);
                fputs("</small>", out);
            }
            for (size_t k = 0; k < line->target_count; k++) {
                fputs("<br><small>Revealed: ", out);
                rep_put_html_cut(out, line->targets[k], REP_MAX_NAME_BYTES);
                fputs("</small>", out);
            }
            fputs("</li>", out);
        }
        fputs("</ol></div>", out);
    }
    ann_free(&annotated);
}

void rep_html_body(FILE *out, const RepSession *s, const cJSON *doc)
{
    const cJSON *scores = cJSON_GetObjectItemCaseSensitive(doc, "scores");
    fputs("<div class=\"reasons\">", out);
    for (int skill = 0; skill < REP_OVERALL; skill++) {
        char score[16];
        rep_format_score(score, sizeof score, s->scores[skill]);
        fprintf(out, "<div><h4 style=\"color:%s\">%s &middot; %s</h4><ul>", rep_skill_colours[skill],
                rep_skill_titles[skill], score);
        if (doc != NULL)
            rep_html_skill_reasons(out, cJSON_GetObjectItemCaseSensitive(scores, rep_skill_name((RepSkill)skill)),
                                   cJSON_GetObjectItemCaseSensitive(doc, "turns"));
        else
            fputs("<li><span class=\"pts\"></span><span>The log could not be read again.</span></li>", out);
        fputs("</ul></div>", out);
    }
    fputs("</div>", out);
    if (doc != NULL)
        rep_html_lines(out, doc, s->path);
    fputs("<div class=\"file\">", out);
    rep_put_html(out, s->path);
    if (s->scenario_version[0] != '\0') {
        fputs(" &middot; scenario version ", out);
        rep_put_html(out, s->scenario_version);
    }
    fputs("</div>", out);
}

/* --- the page ------------------------------------------------------------------------------ */

/* "retry of #3 from line 2": the session's place in a retry chain. */
static void rep_html_retry_note(FILE *out, const Report *report, size_t index)
{
    const RepSession *s = &report->entries[index].session;
    if (s->retry_of[0] == '\0')
        return;
    size_t parent = report->entries[index].retry_parent;
    fputs("<span class=\"sub\">retry", out);
    if (parent != SIZE_MAX)
        fprintf(out, " of #%zu", parent + 1);
    else
        fputs(" of a call not in this report", out);
    if (s->from_turn > 0)
        fprintf(out, " from line %d", s->from_turn);
    fputs("</span>", out);
}

/* The trainee's calls tried again: first and best overall of each chain. */
static void rep_html_retries(FILE *out, const Report *report, const size_t *chains, size_t count)
{
    if (count == 0)
        return;
    fputs("<div class=\"retries\"><h4>Tried again</h4><div class=\"scroll\"><table><thead><tr><th>first call</th>"
          "<th>scenario</th><th class=\"num\">tries</th><th class=\"num\">first</th><th class=\"num\">best</th>"
          "<th class=\"num\">gain</th></tr></thead><tbody>",
          out);
    for (size_t c = 0; c < count; c++) {
        const RepChain *chain = &report->chains[chains[c]];
        const RepSession *first = &report->entries[chain->first].session;
        const RepSession *best = &report->entries[chain->best].session;
        char date[32], gain[16];
        rep_format_date(date, sizeof date, first->started_epoch);
        double delta = best->scores[REP_OVERALL] - first->scores[REP_OVERALL];
        rep_format_gain(gain, sizeof gain, delta);
        fprintf(out, "<tr><td>#%zu %s</td><td class=\"text\">", chain->first + 1, date);
        rep_put_html(out, first->scenario_id);
        fprintf(out, "</td><td class=\"num\">%d</td><td class=\"num\">", chain->tries);
        rep_html_pill(out, first->scores[REP_OVERALL]);
        fprintf(out, "</td><td class=\"num\" title=\"#%zu\">", chain->best + 1);
        rep_html_pill(out, best->scores[REP_OVERALL]);
        fprintf(out, "</td><td class=\"num %s\">%s</td></tr>", delta >= 0.05 ? "up" : "flat", gain);
    }
    fputs("</tbody></table></div></div>", out);
}

/* qsort has no context argument: the report whose chains are sorted */
static const Report *rep_chains_of;

static int rep_compare_chains(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    const Report *report = rep_chains_of;
    int order = strcmp(report->entries[report->chains[x].first].session.trainee,
                       report->entries[report->chains[y].first].session.trainee);
    return order != 0 ? order : x < y ? -1 : x > y;
}

static void rep_html_session_row(FILE *out, const Report *report, size_t index)
{
    const RepSession *s = &report->entries[index].session;
    char date[32], ending[256];
    rep_format_date(date, sizeof date, s->started_epoch);
    rep_format_ending(ending, sizeof ending, s);
    fprintf(out, "<tr><td class=\"num\">%zu</td><td>%s</td><td class=\"text\">", index + 1, date);
    rep_put_html(out, s->scenario_id);
    rep_html_retry_note(out, report, index);
    fprintf(out, "</td><td class=\"text %s\">", !s->has_ending ? "open" : s->success ? "won" : "lost");
    rep_put_html(out, ending);
    fputs("</td>", out);
    for (int skill = 0; skill < REP_SKILL_COUNT; skill++) {
        fputs("<td class=\"num\">", out);
        rep_html_pill(out, s->scores[skill]);
        fputs("</td>", out);
    }
    fprintf(out, "<td class=\"num\">%d</td></tr>\n", s->turns);
}

static void rep_html_details(FILE *out, Report *report, size_t index, bool open)
{
    const RepSession *s = &report->entries[index].session;
    char date[32], ending[256];
    rep_format_date(date, sizeof date, s->started_epoch);
    rep_format_ending(ending, sizeof ending, s);
    fprintf(out, "<details%s><summary>#%zu &middot; %s &middot; ", open ? " open" : "", index + 1, date);
    rep_put_html(out, s->scenario_title[0] != '\0' ? s->scenario_title : s->scenario_id);
    fputs(" ", out);
    rep_html_pill(out, s->scores[REP_OVERALL]);
    fputs("<small>", out);
    rep_put_html(out, ending);
    if (s->retry_of[0] != '\0') {
        size_t parent = report->entries[index].retry_parent;
        if (parent != SIZE_MAX)
            fprintf(out, " &middot; retry of #%zu", parent + 1);
        else
            fputs(" &middot; a retry", out);
    }
    fputs("</small></summary>", out);
    CoachError err;
    err_clear(&err);
    cJSON *doc = log_read(s->path, &err);
    rep_html_body(out, s, doc);
    cJSON_Delete(doc);
    fputs("</details>\n", out);
}

/* Which sessions get their feedback on the page (see rep_write_html):
 * shown[i] for entry i; the number in *count. NULL when out of memory. */
static bool *rep_feedback_shown(const Report *report, const char **trainees, size_t trainee_count,
                                size_t *count)
{
    *count = 0;
    bool *shown = calloc(report->count + 1, sizeof *shown);
    if (shown == NULL)
        return NULL;
    for (size_t t = 0; t < trainee_count; t++) {
        size_t start, end;
        rep_group(report, true, trainees[t], &start, &end);
        size_t first = end - start > REP_FEEDBACK_PER_TRAINEE ? end - REP_FEEDBACK_PER_TRAINEE : start;
        for (size_t i = first; i < end; i++)
            shown[report->by_trainee[i]] = true;
    }
    /* the newest in all */
    for (size_t i = report->count; i-- > 0;) {
        if (shown[i] && *count == REP_FEEDBACK_SESSIONS)
            shown[i] = false;
        else
            *count += shown[i];
    }
    return shown;
}

int rep_write_html(Report *report, FILE *out)
{
    if (!rep_index(report))
        return COACH_ENOMEM;
    size_t trainee_count = 0, scenario_count = 0, won = 0;
    const char **trainees = rep_distinct(report, true, &trainee_count);
    const char **scenarios = rep_distinct(report, false, &scenario_count);
    size_t *chains = report->chain_count > 0 ? malloc(report->chain_count * sizeof *chains) : NULL;
    if ((report->count > 0 && (trainees == NULL || scenarios == NULL)) ||
        (report->chain_count > 0 && chains == NULL)) {
        free(trainees);
        free(scenarios);
        free(chains);
        return COACH_ENOMEM;
    }
    /* the chains by the trainee of their first call, then in time order */
    for (size_t c = 0; c < report->chain_count; c++)
        chains[c] = c;
    rep_chains_of = report;
    if (report->chain_count > 1)
        qsort(chains, report->chain_count, sizeof *chains, rep_compare_chains);
    rep_chains_of = NULL;
    double overall_sum = 0;
    for (size_t i = 0; i < report->count; i++) {
        won += report->entries[i].session.success;
        overall_sum += report->entries[i].session.scores[REP_OVERALL];
    }
    fprintf(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<title>Discovery Coach \xE2\x80\x94 progress report</title>\n<style>%s</style>\n"
                 "</head>\n<body>\n",
            rep_css);
    fputs("<header><div class=\"wrap\"><h1>Discovery Coach \xE2\x80\x94 progress report</h1><p>", out);
    if (report->count > 0) {
        char first[32], last[32];
        rep_format_date(first, sizeof first, report->entries[0].session.started_epoch);
        rep_format_date(last, sizeof last, report->entries[report->count - 1].session.started_epoch);
        fprintf(out, "%zu session%s from %s to %s (UTC)", report->count,
                report->count == 1 ? "" : "s", first, last);
    } else {
        fputs("No sessions", out);
    }
    if (report->left_empty > 0 || report->left_unfinished > 0)
        fprintf(out, "; left out: %zu unfinished, %zu with no trainee line", report->left_unfinished,
                report->left_empty);
    fputs("</p></div></header>\n<main class=\"wrap\">\n<div class=\"cards\">", out);
    fprintf(out, "<div class=\"card\"><span>Sessions</span><b>%zu</b></div>", report->count);
    fprintf(out, "<div class=\"card\"><span>Trainees</span><b>%zu</b></div>", trainee_count);
    fprintf(out, "<div class=\"card\"><span>Scenarios</span><b>%zu</b></div>", scenario_count);
    fprintf(out, "<div class=\"card\"><span>Successful endings</span><b>%zu/%zu</b></div>", won,
            report->count);
    fprintf(out, "<div class=\"card\"><span>Mean overall</span><b>%.1f</b></div>",
            report->count > 0 ? overall_sum / (double)report->count : 0.0);
    fprintf(out, "<div class=\"card\"><span>Calls tried again</span><b>%zu</b></div></div>\n", report->chain_count);

    /* progress per trainee */
    fprintf(out, "<section><h2>Progress by trainee</h2><p class=\"note\">Scores (0\xE2\x80\x93" "100) of "
                 "each session in time order, one tick a session; a day with several sessions shows how many "
                 "(\xC3\x97" "2) and, when there is room, their times (UTC). Trend: least-squares change in points per "
                 "session, from %d sessions on.</p><div class=\"legend\">",
            REP_TREND_MIN_SESSIONS);
    for (int skill = 0; skill < REP_SKILL_COUNT; skill++)
        fprintf(out, "<span><i style=\"background:%s\"></i>%s</span>", rep_skill_colours[skill],
                rep_skill_titles[skill]);
    fputs("</div><div class=\"grid\">\n", out);
    size_t next_chain = 0;
    for (size_t t = 0; t < trainee_count; t++) {
        size_t start, end;
        rep_group(report, true, trainees[t], &start, &end);
        fputs("<div class=\"trainee\"><h3>", out);
        rep_put_html(out, trainees[t]);
        fprintf(out, " <small>%zu session%s</small></h3>", end - start, end - start == 1 ? "" : "s");
        rep_html_line_chart(out, report, trainees[t], start, end);
        fputs("<div class=\"scroll\"><table><thead><tr><th>skill</th><th class=\"num\">sessions</th>"
              "<th class=\"num\">mean</th><th class=\"num\">best</th><th class=\"num\">last</th>"
              "<th class=\"num\">trend</th></tr></thead><tbody>",
              out);
        for (int skill = 0; skill < REP_SKILL_COUNT; skill++) {
            RepStats stats = rep_trainee_stats(report, trainees[t], (RepSkill)skill);
            fprintf(out,
                    "<tr><td><i style=\"display:inline-block;width:9px;height:9px;border-radius:50%%;"
                    "background:%s;margin-right:6px\"></i>%s</td><td class=\"num\">%d</td>"
                    "<td class=\"num\">%.1f</td><td class=\"num\">",
                    rep_skill_colours[skill], rep_skill_titles[skill], stats.count, stats.mean);
            rep_html_pill(out, stats.best);
            fputs("</td><td class=\"num\">", out);
            rep_html_pill(out, stats.last);
            fputs("</td><td class=\"num\">", out);
            rep_html_trend(out, &stats);
            fputs("</td></tr>", out);
        }
        fputs("</tbody></table></div>", out);
        size_t first_chain = next_chain;
        while (next_chain < report->chain_count &&
               strcmp(report->entries[report->chains[chains[next_chain]].first].session.trainee, trainees[t]) == 0)
            next_chain++;
        rep_html_retries(out, report, chains + first_chain, next_chain - first_chain);
        fputs("</div>\n", out);
    }
    fputs("</div></section>\n", out);

    /* mean skill scores */
    fputs("<section><h2>Mean score per skill</h2><p class=\"note\">One bar per trainee.</p>"
          "<div class=\"legend\">",
          out);
    for (size_t t = 0; t < trainee_count; t++) {
        fprintf(out, "<span><i style=\"background:%s\"></i>",
                rep_trainee_colours[t % REP_TRAINEE_COLOURS]);
        rep_put_html(out, trainees[t]);
        fputs("</span>", out);
    }
    fputs("</div>", out);
    rep_html_bar_chart(out, report, trainees, trainee_count);
    fputs("</section>\n", out);

    /* per scenario */
    fputs("<section><h2>By scenario</h2><p class=\"note\">Mean scores.</p><div class=\"scroll\">"
          "<table><thead><tr><th>scenario</th><th class=\"num\">sessions</th>"
          "<th class=\"num\">successful</th>",
          out);
    for (int skill = 0; skill < REP_SKILL_COUNT; skill++)
        fprintf(out, "<th class=\"num\">%s</th>", rep_skill_titles[skill]);
    fputs("</tr></thead><tbody>", out);
    for (size_t k = 0; k < scenario_count; k++) {
        size_t successful = 0, start, end;
        const char *title = "";
        rep_group(report, false, scenarios[k], &start, &end);
        for (size_t i = start; i < end; i++) {
            const RepSession *s = &report->entries[report->by_scenario[i]].session;
            successful += s->success;
            if (s->scenario_title[0] != '\0')
                title = s->scenario_title;
        }
        fputs("<tr><td class=\"text\"><b>", out);
        rep_put_html(out, scenarios[k]);
        fputs("</b>", out);
        if (title[0] != '\0') {
            fputs("<span class=\"sub\">", out);
            rep_put_html(out, title);
            fputs("</span>", out);
        }
        fprintf(out, "</td><td class=\"num\">%zu</td><td class=\"num\">%zu/%zu</td>", end - start,
                successful, end - start);
        for (int skill = 0; skill < REP_SKILL_COUNT; skill++) {
            RepStats stats = rep_scenario_stats(report, scenarios[k], (RepSkill)skill);
            fprintf(out, "<td class=\"num\"><span class=\"pill %s\">%.1f</span></td>",
                    rep_band(stats.mean), stats.mean);
        }
        fputs("</tr>", out);
    }
    fputs("</tbody></table></div></section>\n", out);

    /* sessions, by trainee */
    fputs("<section><h2>Sessions by trainee</h2><p class=\"note\">Oldest first; times in UTC; # numbers "
          "every session of the report in time order.</p>\n",
          out);
    for (size_t t = 0; t < trainee_count; t++) {
        size_t start, end;
        rep_group(report, true, trainees[t], &start, &end);
        fputs("<h3 class=\"who\">", out);
        rep_put_html(out, trainees[t]);
        fprintf(out, " <small>%zu session%s</small></h3>", end - start, end - start == 1 ? "" : "s");
        fputs("<div class=\"scroll\"><table class=\"sessions\"><thead><tr><th class=\"num\">#</th><th>date</th>"
              "<th>scenario</th><th>ending</th>",
              out);
        for (int skill = 0; skill < REP_SKILL_COUNT; skill++)
            fprintf(out, "<th class=\"num\">%s</th>", rep_skill_titles[skill]);
        fputs("<th class=\"num\">turns</th></tr></thead><tbody>\n", out);
        for (size_t i = start; i < end; i++)
            rep_html_session_row(out, report, report->by_trainee[i]);
        fputs("</tbody></table></div>\n", out);
    }
    fputs("</section>\n", out);

    /* feedback per session, by trainee */
    size_t shown_count = 0;
    bool *shown = rep_feedback_shown(report, trainees, trainee_count, &shown_count);
    fputs("<section><h2>Feedback by session</h2><p class=\"note\">Every reason behind "
          "each skill score, strongest first (alike reasons together: 3 x ...), with the trainee's line it is about and their "
          "words, and the call line by line; the newest session is open, click another to read it.",
          out);
    if (shown != NULL && shown_count < report->count)
        fprintf(out, " The feedback of the %d newest sessions of each trainee, at most %d in all: %zu of %zu "
                     "sessions here (coach report --trainee NAME --html FILE for one trainee's).",
                REP_FEEDBACK_PER_TRAINEE, REP_FEEDBACK_SESSIONS, shown_count, report->count);
    fputs("</p>\n", out);
    for (size_t t = 0; t < trainee_count && shown != NULL; t++) {
        size_t start, end, here = 0;
        rep_group(report, true, trainees[t], &start, &end);
        for (size_t i = start; i < end; i++)
            here += shown[report->by_trainee[i]];
        if (here == 0)
            continue;
        fputs("<h3 class=\"who\">", out);
        rep_put_html(out, trainees[t]);
        if (here < end - start)
            fprintf(out, " <small>the newest %zu of %zu sessions</small>", here, end - start);
        fputs("</h3>\n", out);
        for (size_t i = start; i < end; i++) {
            size_t index = report->by_trainee[i];
            if (shown[index])
                rep_html_details(out, report, index, index + 1 == report->count);
        }
    }
    bool failed = report->count > 0 && shown == NULL;
    free(shown);
    fputs("</section>\n</main>\n<footer>Made by <b>coach report</b> from the session logs. "
          "No scripts, no network: this page is a single file.</footer>\n</body>\n</html>\n",
          out);
    free(trainees);
    free(scenarios);
    free(chains);
    if (failed)
        return COACH_ENOMEM;
    return ferror(out) ? COACH_EIO : COACH_OK;
}
