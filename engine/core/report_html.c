/* report_html: the report as one self-contained HTML page: trends,
 * sessions, each session's scores, reasons and transcript. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "report.h"
#include "utf8.h"
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <utf8proc.h>
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

static void rep_put_html(FILE *out, const char *text)
{
    if (text == NULL)
        return;
    unsigned code;
    size_t length;
    const unsigned char *s = (const unsigned char *)text;
    while ((length = rep_utf8_next(s, &code)) > 0) {
        switch (code) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        case '\t':
        case '\n': fputc((int)code, out); break;
        default:
            if (rep_is_unsafe(code))
                fputs("\xEF\xBF\xBD", out);
            else
                fwrite(s, 1, length, out);
        }
        s += length;
    }
}

char *rep_html_escape(const char *text)
{
    return rep_to_string(rep_put_html, text);
}

static const char *rep_band(double score)
{
    return score >= 75 ? "good" : score >= 50 ? "mid" : "low";
}

static const char rep_css[] =
    ":root{--ink:#1f2933;--muted:#5f6b7a;--line:#e3e8ef;--bg:#f4f6fa;--brand:#14213d}"
    "*{box-sizing:border-box}"
    "body{margin:0;font:14px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\","
    "Arial,sans-serif;color:var(--ink);background:var(--bg)}"
    "header{background:var(--brand);color:#fff;padding:26px 0 30px}"
    ".wrap{max-width:1120px;margin:0 auto;padding:0 28px}"
    "header h1{margin:0;font-size:23px;font-weight:650;letter-spacing:-.01em}"
    "header p{margin:4px 0 0;color:#b9c4da}"
    ".cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;"
    "margin:-18px 0 20px}"
    ".card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px 16px;"
    "box-shadow:0 1px 2px rgba(20,33,61,.06)}"
    ".card b{display:block;font-size:25px;font-weight:650}"
    ".card span{color:var(--muted);font-size:11.5px;text-transform:uppercase;letter-spacing:.06em}"
    "section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 22px;"
    "margin-bottom:20px;box-shadow:0 1px 2px rgba(20,33,61,.06)}"
    "h2{font-size:16px;margin:0 0 4px}"
    "h2+p.note{margin:0 0 14px;color:var(--muted);font-size:12.5px}"
    "h3{font-size:15px;margin:0 0 6px}"
    ".grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(500px,1fr));gap:18px}"
    ".trainee{border:1px solid var(--line);border-radius:8px;padding:14px 16px}"
    "svg{display:block;width:100%;height:auto}"
    "svg text{font:11px system-ui,sans-serif;fill:#5f6b7a}"
    ".legend{margin:6px 0 10px;font-size:12px;color:var(--muted)}"
    ".legend span{margin-right:14px;white-space:nowrap}"
    ".legend i{display:inline-block;width:14px;height:4px;border-radius:2px;vertical-align:middle;"
    "margin-right:5px}"
    ".scroll{overflow-x:auto}"
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
    "details{border:1px solid var(--line);border-radius:8px;margin:8px 0;background:#fbfcfe}"
    "summary{cursor:pointer;padding:9px 14px;font-weight:600;unicode-bidi:isolate}"
    "summary small{font-weight:400;color:var(--muted);margin-left:8px}"
    ".reasons{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:10px 22px;"
    "padding:4px 16px 14px}"
    ".reasons h4{margin:6px 0 4px;font-size:13px}"
    ".reasons ul{margin:0;padding:0;list-style:none}"
    ".reasons li{margin:4px 0;font-size:12.5px;display:flex;gap:8px}"
    ".pts{flex:none;min-width:34px;text-align:right;font-weight:700;font-variant-numeric:tabular-nums}"
    ".plus{color:#17703a}.minus{color:#b0231f}"
    ".sessions th,.sessions td{padding:6px 5px}.sessions .pill{min-width:30px;padding:1px 5px}"
    ".sub{display:block;white-space:normal;color:var(--muted);font-size:12px}"
    ".file{padding:0 16px 12px;color:var(--muted);font-size:11.5px;word-break:break-all}"
    ".lines{padding:0 16px 8px}.lines h4{margin:8px 0 4px;font-size:13px}.lines ol{margin:0;padding-left:0;list-style:none}"
    ".lines li{margin:6px 0;padding:6px 10px;border-radius:8px;overflow-wrap:anywhere}.lines .you{background:#eef3fd}"
    ".lines .them{background:#f4f6fa}.lines i{color:#1f5f2f}"
    "footer{color:var(--muted);font-size:12px;text-align:center;padding:8px 0 30px}";

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
    const char *css = stats->count < 2 || fabs(stats->slope) < 0.05 ? "flat"
                      : stats->slope > 0                            ? "up"
                                                                    : "down";
    const char *arrow = stats->count < 2 || fabs(stats->slope) < 0.05 ? ""
                        : stats->slope > 0                            ? "\xE2\x96\xB2 "
                                                                      : "\xE2\x96\xBC ";
    fprintf(out, "<span class=\"%s\">%s%s</span>", css, arrow, text);
}

/* A line chart of one trainee's scores (all skills) over their sessions. */
static void rep_html_line_chart(FILE *out, Report *report, const char *trainee)
{
    const double width = 560, height = 210, left = 34, right = 14, top = 12, bottom = 30;
    const double plot_width = width - left - right, plot_height = height - top - bottom;
    size_t n = 0;
    for (size_t i = 0; i < report->count; i++)
        n += strcmp(report->entries[i].session.trainee, trainee) == 0;
    fprintf(out,
            "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"Scores of ", width, height);
    rep_put_html(out, trainee);
    fputs(" over time\">", out);
    for (int grid = 0; grid <= 100; grid += 25) {
        double y = top + plot_height * (100 - grid) / 100.0;
        fprintf(out,
                "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>"
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
                left, width - right, y, y, grid == 0 ? "#c5cdd8" : "#edf0f5", left - 6, y + 4, grid);
    }
    /* x labels: the session's day, for every session when few, else about six */
    size_t step = n <= 8 ? 1 : (n + 5) / 6;
    size_t k = 0;
    for (size_t i = 0; i < report->count; i++) {
        const RepSession *s = &report->entries[i].session;
        if (strcmp(s->trainee, trainee) != 0)
            continue;
        if (k % step == 0 || k == n - 1) {
            double x = n == 1 ? left + plot_width / 2 : left + plot_width * (double)k / (double)(n - 1);
            char day[32];
            rep_format_day(day, sizeof day, s->started_epoch);
            fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x,
                    height - bottom + 17, n > 1 && k == 0 ? "start" : n > 1 && k == n - 1 ? "end" : "middle",
                    day);
        }
        k++;
    }
    for (int skill = 0; skill < REP_SKILL_COUNT; skill++) {
        bool overall = skill == REP_OVERALL;
        fprintf(out,
                "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%s\" stroke-linejoin=\"round\" "
                "stroke-linecap=\"round\"%s points=\"",
                rep_skill_colours[skill], overall ? "3" : "1.6",
                overall ? "" : " stroke-opacity=\"0.8\"");
        k = 0;
        for (size_t i = 0; i < report->count; i++) {
            const RepSession *s = &report->entries[i].session;
            if (strcmp(s->trainee, trainee) != 0)
                continue;
            double x = n == 1 ? left + plot_width / 2 : left + plot_width * (double)k / (double)(n - 1);
            double y = top + plot_height * (100 - s->scores[skill]) / 100.0;
            if (s->scores[skill] != REP_NOT_ASSESSED)
                fprintf(out, "%s%.1f,%.1f", k == 0 ? "" : " ", x, y);
            k++;
        }
        fputs("\"/>", out);
    }
    /* points of the overall score, with a tooltip each */
    k = 0;
    for (size_t i = 0; i < report->count; i++) {
        const RepSession *s = &report->entries[i].session;
        if (strcmp(s->trainee, trainee) != 0)
            continue;
        double x = n == 1 ? left + plot_width / 2 : left + plot_width * (double)k / (double)(n - 1);
        char date[32], score[16];
        rep_format_date(date, sizeof date, s->started_epoch);
        fprintf(out, "<g>");
        /* with many sessions only the overall score keeps its dots, smaller */
        for (int skill = n <= 30 ? 0 : REP_OVERALL; skill < REP_SKILL_COUNT; skill++) {
            if (s->scores[skill] == REP_NOT_ASSESSED)
                continue;
            double y = top + plot_height * (100 - s->scores[skill]) / 100.0;
            fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\" stroke=\"#fff\"/>", x,
                    y, skill != REP_OVERALL ? "2.6" : n <= 30 ? "4" : "2.2", rep_skill_colours[skill]);
        }
        rep_format_score(score, sizeof score, s->scores[REP_OVERALL]);
        fprintf(out, "<title>#%zu %s, ", k + 1, date);
        rep_put_html(out, s->scenario_id);
        fprintf(out, ": overall %s</title></g>", score);
        k++;
    }
    fputs("</svg>", out);
}

/* Grouped bars: the mean of each skill, one bar per trainee. */
static void rep_html_bar_chart(FILE *out, Report *report, const char **trainees, size_t count)
{
    const double width = 1040, height = 250, left = 36, right = 10, top = 18, bottom = 30;
    const double plot_width = width - left - right, plot_height = height - top - bottom;
    fprintf(out, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"Mean score per skill\">",
            width, height);
    for (int grid = 0; grid <= 100; grid += 25) {
        double y = top + plot_height * (100 - grid) / 100.0;
        fprintf(out,
                "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>"
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
                left, width - right, y, y, grid == 0 ? "#c5cdd8" : "#edf0f5", left - 6, y + 4, grid);
    }
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
    fputs("</svg>", out);
}

/* ": \"...<mark>match</mark>...\"" for a reason that quotes the trainee. */
static void rep_html_quote(FILE *out, const RepReason *reason)
{
    if (reason->quote == NULL || reason->quote[0] == '\0')
        return;
    const char *at = reason->match != NULL && reason->match[0] != '\0' ? strstr(reason->quote, reason->match)
                                                                      : NULL;
    fputs(": &ldquo;", out);
    if (at == NULL) {
        rep_put_html(out, reason->quote);
    } else {
        size_t before = (size_t)(at - reason->quote), length = strlen(reason->match);
        char *copy = rep_copy(reason->quote, REP_MAX_REASON_BYTES);
        if (copy != NULL) {
            copy[before] = '\0';
            rep_put_html(out, copy);
            fputs("<mark>", out);
            memcpy(copy, reason->match, length + 1 < REP_MAX_REASON_BYTES ? length + 1 : 1);
            rep_put_html(out, copy);
            fputs("</mark>", out);
            rep_put_html(out, at + length);
            free(copy);
        }
    }
    fputs("&rdquo;", out);
}

/* Orders pointers to one session's reasons by weight (|points|), then turn,
 * then their place in the log. */
static int rep_compare_reasons(const void *a, const void *b)
{
    const RepReason *x = *(const RepReason *const *)a, *y = *(const RepReason *const *)b;
    double wx = fabs(x->points), wy = fabs(y->points);
    if (wx != wy)
        return wx > wy ? -1 : 1;
    if (x->turn != y->turn)
        return x->turn < y->turn ? -1 : 1;
    return x < y ? -1 : x > y;
}

/* The call line by line (annotate.h), read again from its log so that the
 * report keeps no transcript in memory; nothing when the log cannot be read. */
/* text cut to limit bytes (on a character boundary), escaped */
static void rep_put_html_cut(FILE *out, const char *text, size_t limit)
{
    char *cut = rep_copy(text, limit);
    rep_put_html(out, cut != NULL ? cut : "");
    free(cut);
}

static void rep_html_lines(FILE *out, const char *path)
{
    CoachError err;
    err_clear(&err);
    cJSON *log = log_read(path, &err);
    if (log == NULL)
        return;
    Annotated annotated;
    if (ann_build(log, path, &annotated, &err) == COACH_OK && annotated.trainee_lines > 0) {
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
    cJSON_Delete(log);
}

static void rep_html_details(FILE *out, const RepSession *s, size_t number, bool open)
{
    char date[32], ending[256];
    rep_format_date(date, sizeof date, s->started_epoch);
    rep_format_ending(ending, sizeof ending, s);
    fprintf(out, "<details%s><summary>#%zu &middot; %s &middot; ", open ? " open" : "", number, date);
    rep_put_html(out, s->trainee);
    fputs(" &middot; ", out);
    rep_put_html(out, s->scenario_title[0] != '\0' ? s->scenario_title : s->scenario_id);
    fputs(" ", out);
    rep_html_pill(out, s->scores[REP_OVERALL]);
    fputs("<small>", out);
    rep_put_html(out, ending);
    fputs("</small></summary><div class=\"reasons\">", out);
    const RepReason **order = s->reason_count > 0 ? malloc(s->reason_count * sizeof *order) : NULL;
    for (int skill = 0; skill < REP_OVERALL; skill++) {
        char score[16];
        rep_format_score(score, sizeof score, s->scores[skill]);
        fprintf(out, "<div><h4 style=\"color:%s\">%s &middot; %s</h4><ul>", rep_skill_colours[skill],
                rep_skill_titles[skill], score);
        size_t count = 0;
        for (size_t i = 0; i < s->reason_count && order != NULL; i++)
            if (s->reasons[i].skill == (RepSkill)skill)
                order[count++] = &s->reasons[i];
        if (count > 1)
            qsort(order, count, sizeof *order, rep_compare_reasons);
        if (count == 0)
            fputs("<li><span class=\"pts\"></span><span>No reasons recorded.</span></li>", out);
        for (size_t i = 0; i < count; i++) {
            const RepReason *reason = order[i];
            char points[16];
            snprintf(points, sizeof points, reason->points == floor(reason->points) ? "%+.0f" : "%+.1f",
                     reason->points);
            fprintf(out, "<li><span class=\"pts %s\">%s</span><span>",
                    reason->points >= 0 ? "plus" : "minus", points);
            rep_put_html(out, reason->text);
            if (reason->turn >= 0) {
                /* turns are numbered from 1, as in the window and coach run */
                fprintf(out, " <small class=\"open\">(turn %d", reason->turn + 1);
                rep_html_quote(out, reason);
                fputs(")</small>", out);
            }
            fputs("</span></li>", out);
        }
        fputs("</ul></div>", out);
    }
    free((void *)order);
    fputs("</div>", out);
    rep_html_lines(out, s->path);
    fputs("<div class=\"file\">", out);
    rep_put_html(out, s->path);
    if (s->scenario_version[0] != '\0') {
        fputs(" &middot; scenario version ", out);
        rep_put_html(out, s->scenario_version);
    }
    fputs("</div></details>\n", out);
}

int rep_write_html(Report *report, FILE *out)
{
    rep_sort(report);
    size_t trainee_count = 0, scenario_count = 0, won = 0;
    const char **trainees = rep_distinct(report, true, &trainee_count);
    const char **scenarios = rep_distinct(report, false, &scenario_count);
    if ((report->count > 0 && (trainees == NULL || scenarios == NULL))) {
        free(trainees);
        free(scenarios);
        return COACH_ENOMEM;
    }
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
    fprintf(out, "<div class=\"card\"><span>Mean overall</span><b>%.1f</b></div></div>\n",
            report->count > 0 ? overall_sum / (double)report->count : 0.0);

    /* progress per trainee */
    fputs("<section><h2>Progress by trainee</h2><p class=\"note\">Scores (0\xE2\x80\x93" "100) of "
          "each session in time order. Trend: least-squares change in points per session.</p>"
          "<div class=\"legend\">",
          out);
    for (int skill = 0; skill < REP_SKILL_COUNT; skill++)
        fprintf(out, "<span><i style=\"background:%s\"></i>%s</span>", rep_skill_colours[skill],
                rep_skill_titles[skill]);
    fputs("</div><div class=\"grid\">\n", out);
    for (size_t t = 0; t < trainee_count; t++) {
        fputs("<div class=\"trainee\"><h3>", out);
        rep_put_html(out, trainees[t]);
        fputs("</h3>", out);
        rep_html_line_chart(out, report, trainees[t]);
        fputs("<table><thead><tr><th>skill</th><th class=\"num\">sessions</th>"
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
        fputs("</tbody></table></div>\n", out);
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
        size_t sessions = 0, successful = 0;
        const char *title = "";
        for (size_t i = 0; i < report->count; i++) {
            const RepSession *s = &report->entries[i].session;
            if (strcmp(s->scenario_id, scenarios[k]) == 0) {
                sessions++;
                successful += s->success;
                if (s->scenario_title[0] != '\0')
                    title = s->scenario_title;
            }
        }
        fputs("<tr><td class=\"text\"><b>", out);
        rep_put_html(out, scenarios[k]);
        fputs("</b>", out);
        if (title[0] != '\0') {
            fputs("<span class=\"sub\">", out);
            rep_put_html(out, title);
            fputs("</span>", out);
        }
        fprintf(out, "</td><td class=\"num\">%zu</td><td class=\"num\">%zu/%zu</td>", sessions,
                successful, sessions);
        for (int skill = 0; skill < REP_SKILL_COUNT; skill++) {
            RepStats stats = rep_scenario_stats(report, scenarios[k], (RepSkill)skill);
            fprintf(out, "<td class=\"num\"><span class=\"pill %s\">%.1f</span></td>",
                    rep_band(stats.mean), stats.mean);
        }
        fputs("</tr>", out);
    }
    fputs("</tbody></table></div></section>\n", out);

    /* sessions */
    fputs("<section><h2>Sessions</h2><p class=\"note\">Oldest first; times in UTC.</p>"
          "<div class=\"scroll\"><table class=\"sessions\"><thead><tr><th class=\"num\">#</th><th>date</th>"
          "<th>trainee</th><th>scenario</th><th>ending</th>",
          out);
    for (int skill = 0; skill < REP_SKILL_COUNT; skill++)
        fprintf(out, "<th class=\"num\">%s</th>", rep_skill_titles[skill]);
    fputs("<th class=\"num\">turns</th></tr></thead><tbody>\n", out);
    for (size_t i = 0; i < report->count; i++) {
        const RepSession *s = &report->entries[i].session;
        char date[32], ending[256];
        rep_format_date(date, sizeof date, s->started_epoch);
        rep_format_ending(ending, sizeof ending, s);
        fprintf(out, "<tr><td class=\"num\">%zu</td><td>%s</td><td class=\"text\">", i + 1, date);
        rep_put_html(out, s->trainee);
        fputs("</td><td class=\"text\">", out);
        rep_put_html(out, s->scenario_id);
        fprintf(out, "</td><td class=\"text %s\">",
                !s->has_ending ? "open" : s->success ? "won" : "lost");
        rep_put_html(out, ending);
        fputs("</td>", out);
        for (int skill = 0; skill < REP_SKILL_COUNT; skill++) {
            fputs("<td class=\"num\">", out);
            rep_html_pill(out, s->scores[skill]);
            fputs("</td>", out);
        }
        fprintf(out, "<td class=\"num\">%d</td></tr>\n", s->turns);
    }
    fputs("</tbody></table></div></section>\n", out);

    /* feedback per session */
    fputs("<section><h2>Feedback by session</h2><p class=\"note\">Every reason behind "
          "each skill score, strongest first, with its turn and your words; the newest session is open, click another to read it.</p>\n",
          out);
    for (size_t i = 0; i < report->count; i++)
        rep_html_details(out, &report->entries[i].session, i + 1, i + 1 == report->count);
    fputs("</section>\n</main>\n<footer>Made by <b>coach report</b> from the session logs. "
          "No scripts, no network: this page is a single file.</footer>\n</body>\n</html>\n",
          out);
    free(trainees);
    free(scenarios);
    return ferror(out) ? COACH_EIO : COACH_OK;
}

