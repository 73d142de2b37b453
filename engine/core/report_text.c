/* report_text: the report as a table for the terminal and as CSV (cells a
 * spreadsheet would run as formulas are neutralised). */
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

/* --- text ------------------------------------------------------------------------------- */

/* Display columns of text as the terminal shows it after rep_put_terminal. */
static int rep_display_width(const char *text)
{
    int width = 0;
    unsigned code;
    size_t length;
    const unsigned char *s = (const unsigned char *)text;
    while ((length = rep_utf8_next(s, &code)) > 0) {
        int w = rep_is_unsafe(code) ? 1 : utf8proc_charwidth((utf8proc_int32_t)code);
        width += w < 0 ? 1 : w;
        s += length;
    }
    return width;
}

/* Prints text with unsafe characters as '?', at most max_width columns
 * ("…" marks a cut), padded with spaces to pad_to columns (left or right). */
static void rep_put_terminal(FILE *out, const char *text, int max_width, int pad_to, bool right)
{
    int full = rep_display_width(text);
    bool cut = full > max_width;
    int shown = cut ? max_width - 1 : full;
    int used = 0;
    if (right)
        for (int i = (cut ? max_width : full); i < pad_to; i++)
            fputc(' ', out);
    unsigned code;
    size_t length;
    const unsigned char *s = (const unsigned char *)text;
    while ((length = rep_utf8_next(s, &code)) > 0) {
        int w = rep_is_unsafe(code) ? 1 : utf8proc_charwidth((utf8proc_int32_t)code);
        if (w < 0)
            w = 1;
        if (used + w > shown)
            break;
        if (rep_is_unsafe(code))
            fputc('?', out);
        else
            fwrite(s, 1, length, out);
        used += w;
        s += length;
    }
    if (cut) {
        fputs("\xE2\x80\xA6", out);
        used++;
    }
    if (!right)
        for (int i = used; i < pad_to; i++)
            fputc(' ', out);
}

#define REP_MAX_COLUMNS 12

/* A text table: cells are copied; numbers right-aligned by column. */
typedef struct Table {
    int columns;
    bool right[REP_MAX_COLUMNS];
    char **cells;
    size_t rows, capacity; /* in rows */
    bool failed;
} Table;

static void rep_table_add(Table *table, const char *const *cells)
{
    if (table->failed)
        return;
    if (table->rows == table->capacity) {
        size_t grown = table->capacity == 0 ? 16 : table->capacity * 2;
        char **bigger = realloc(table->cells, grown * (size_t)table->columns * sizeof *bigger);
        if (bigger == NULL) {
            table->failed = true;
            return;
        }
        table->cells = bigger;
        table->capacity = grown;
    }
    for (int c = 0; c < table->columns; c++) {
        char *copy = rep_copy(cells[c], 1024);
        table->cells[table->rows * (size_t)table->columns + (size_t)c] = copy;
        if (copy == NULL)
            table->failed = true;
    }
    table->rows++;
}

static void rep_table_print(Table *table, FILE *out)
{
    int widths[REP_MAX_COLUMNS] = {0};
    for (size_t r = 0; r < table->rows; r++)
        for (int c = 0; c < table->columns; c++) {
            const char *cell = table->cells[r * (size_t)table->columns + (size_t)c];
            int w = cell != NULL ? rep_display_width(cell) : 0;
            if (w > REP_TEXT_CELL_CHARS)
                w = REP_TEXT_CELL_CHARS;
            if (w > widths[c])
                widths[c] = w;
        }
    for (size_t r = 0; r < table->rows; r++) {
        for (int c = 0; c < table->columns; c++) {
            const char *cell = table->cells[r * (size_t)table->columns + (size_t)c];
            bool last = c == table->columns - 1;
            rep_put_terminal(out, cell != NULL ? cell : "", REP_TEXT_CELL_CHARS,
                             last && !table->right[c] ? 0 : widths[c], table->right[c]);
            if (!last)
                fputs("  ", out);
        }
        fputc('\n', out);
    }
}

static void rep_table_free(Table *table)
{
    for (size_t i = 0; i < table->rows * (size_t)table->columns; i++)
        free(table->cells[i]);
    free(table->cells);
}

void rep_format_trend(char *buffer, size_t size, const RepStats *stats)
{
    if (stats->count < REP_TREND_MIN_SESSIONS)
        snprintf(buffer, size, "-");
    else if (fabs(stats->slope) < 0.05)
        snprintf(buffer, size, "0.0");
    else
        snprintf(buffer, size, "%+.1f", stats->slope);
}

static int rep_compare_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* "+32", "0" or "-4.5": a change of score. */
void rep_format_gain(char *buffer, size_t size, double gain)
{
    if (fabs(gain) < 0.05)
        snprintf(buffer, size, "0");
    else if (gain == floor(gain))
        snprintf(buffer, size, "%+.0f", gain);
    else
        snprintf(buffer, size, "%+.1f", gain);
}

int rep_write_text(Report *report, FILE *out)
{
    bool failed = !rep_index(report);
    fprintf(out, "Sessions: %zu\n", report->count);
    if (report->left_empty > 0 || report->left_unfinished > 0)
        fprintf(out, "Left out: %zu unfinished (--include-unfinished counts them), %zu with no trainee line\n",
                report->left_unfinished, report->left_empty);
    {
        Table table = {11, {false, false, false, false, false, true, true, true, true, true, true},
                       NULL, 0, 0, false};
        const char *header[] = {"date", "trainee", "scenario", "ending", "won", "discovery",
                                "listening", "benefits", "next_step", "overall", "turns"};
        rep_table_add(&table, header);
        for (size_t i = 0; i < report->count; i++) {
            const RepSession *s = &report->entries[i].session;
            char date[32], ending[256], scores[REP_SKILL_COUNT][16], turns[16];
            rep_format_date(date, sizeof date, s->started_epoch);
            rep_format_ending(ending, sizeof ending, s);
            for (int k = 0; k < REP_SKILL_COUNT; k++)
                rep_format_score(scores[k], sizeof scores[k], s->scores[k]);
            snprintf(turns, sizeof turns, "%d", s->turns);
            const char *row[] = {date, s->trainee, s->scenario_id, ending,
                                 s->has_ending ? (s->success ? "yes" : "no") : "-",
                                 scores[0], scores[1], scores[2], scores[3], scores[4], turns};
            rep_table_add(&table, row);
        }
        failed |= table.failed;
        if (!table.failed)
            rep_table_print(&table, out);
        rep_table_free(&table);
    }

    size_t trainee_count = 0;
    const char **trainees = rep_distinct(report, true, &trainee_count);
    fprintf(out, "\nBy trainee (trend: least-squares change in points per session, oldest to newest)\n");
    {
        Table table = {7, {false, false, true, true, true, true, true}, NULL, 0, 0, false};
        const char *header[] = {"trainee", "skill", "sessions", "mean", "best", "last", "trend"};
        rep_table_add(&table, header);
        for (size_t t = 0; t < trainee_count; t++)
            for (int k = 0; k < REP_SKILL_COUNT; k++) {
                RepStats stats = rep_trainee_stats(report, trainees[t], (RepSkill)k);
                char sessions[16], mean[16], best[16], last[16], trend[16];
                snprintf(sessions, sizeof sessions, "%d", stats.count);
                snprintf(mean, sizeof mean, "%.1f", stats.mean);
                rep_format_score(best, sizeof best, stats.best);
                rep_format_score(last, sizeof last, stats.last);
                rep_format_trend(trend, sizeof trend, &stats);
                const char *row[] = {k == 0 ? trainees[t] : "", rep_skill_name(k), sessions, mean,
                                     best, last, trend};
                rep_table_add(&table, row);
            }
        failed |= table.failed;
        if (!table.failed)
            rep_table_print(&table, out);
        rep_table_free(&table);
    }
    free(trainees);

    size_t scenario_count = 0;
    const char **scenarios = rep_distinct(report, false, &scenario_count);
    fprintf(out, "\nBy scenario (mean scores)\n");
    {
        Table table = {9, {false, true, true, true, true, true, true, true, true}, NULL, 0, 0, false};
        const char *header[] = {"scenario", "sessions", "trainees", "won", "discovery",
                                "listening", "benefits", "next_step", "overall"};
        rep_table_add(&table, header);
        const char **names = report->count > 0 ? malloc(report->count * sizeof *names) : NULL;
        failed |= report->count > 0 && (names == NULL || report->by_scenario == NULL);
        for (size_t k = 0; k < scenario_count && !failed; k++) {
            size_t sessions = 0, won = 0, distinct_trainees = 0, start, end;
            rep_group(report, false, scenarios[k], &start, &end);
            for (size_t i = start; i < end; i++) {
                const RepSession *s = &report->entries[report->by_scenario[i]].session;
                names[sessions++] = s->trainee;
                won += s->success;
            }
            if (sessions > 1)
                qsort(names, sessions, sizeof *names, rep_compare_names);
            for (size_t i = 0; i < sessions; i++)
                distinct_trainees += i == 0 || strcmp(names[i - 1], names[i]) != 0;
            char sessions_text[24], trainees_text[24], won_text[48], means[REP_SKILL_COUNT][16];
            snprintf(sessions_text, sizeof sessions_text, "%zu", sessions);
            snprintf(trainees_text, sizeof trainees_text, "%zu", distinct_trainees);
            snprintf(won_text, sizeof won_text, "%zu/%zu", won, sessions);
            for (int skill = 0; skill < REP_SKILL_COUNT; skill++) {
                RepStats stats = rep_scenario_stats(report, scenarios[k], (RepSkill)skill);
                snprintf(means[skill], sizeof means[skill], "%.1f", stats.mean);
            }
            const char *row[] = {scenarios[k], sessions_text, trainees_text, won_text, means[0],
                                 means[1], means[2], means[3], means[4]};
            rep_table_add(&table, row);
        }
        free(names);
        failed |= table.failed;
        if (!table.failed)
            rep_table_print(&table, out);
        rep_table_free(&table);
    }
    free(scenarios);

    size_t chain_count = rep_chain_count(report);
    if (chain_count > 0) {
        fprintf(out, "\nTried again (a call and its retries: the first and the best overall score)\n");
        Table table = {7, {false, false, false, true, true, true, true}, NULL, 0, 0, false};
        const char *header[] = {"date", "trainee", "scenario", "tries", "first", "best", "gain"};
        rep_table_add(&table, header);
        for (size_t c = 0; c < chain_count; c++) {
            const RepChain *chain = rep_chain(report, c);
            const RepSession *first = &report->entries[chain->first].session;
            const RepSession *best = &report->entries[chain->best].session;
            char date[32], tries[16], first_score[16], best_score[16], gain[16];
            rep_format_date(date, sizeof date, first->started_epoch);
            snprintf(tries, sizeof tries, "%d", chain->tries);
            rep_format_score(first_score, sizeof first_score, first->scores[REP_OVERALL]);
            rep_format_score(best_score, sizeof best_score, best->scores[REP_OVERALL]);
            rep_format_gain(gain, sizeof gain, best->scores[REP_OVERALL] - first->scores[REP_OVERALL]);
            const char *row[] = {date, first->trainee, first->scenario_id, tries, first_score, best_score, gain};
            rep_table_add(&table, row);
        }
        failed |= table.failed;
        if (!table.failed)
            rep_table_print(&table, out);
        rep_table_free(&table);
    }
    if (failed)
        return COACH_ENOMEM;
    return ferror(out) ? COACH_EIO : COACH_OK;
}

/* --- CSV -------------------------------------------------------------------------------- */

void rep_put_csv(FILE *out, const char *text)
{
    if (text == NULL)
        text = "";
    /* OWASP's list: a TAB or CR first also starts a formula in some spreadsheets */
    bool formula = text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                   text[0] == '\t' || text[0] == '\r';
    /* a negative number is data, not a formula */
    if (text[0] == '-' && text[1] != '\0') {
        char *end = NULL;
        strtod(text, &end);
        if (end != NULL && *end == '\0')
            formula = false;
    }
    size_t length = strlen(text);
    bool quote = strpbrk(text, ",\"\r\n") != NULL || formula ||
                 (length > 0 && (text[0] == ' ' || text[length - 1] == ' '));
    if (!quote) {
        fputs(text, out);
        return;
    }
    fputc('"', out);
    if (formula)
        fputc('\'', out);
    for (const char *p = text; *p != '\0'; p++) {
        if (*p == '"')
            fputc('"', out);
        fputc(*p, out);
    }
    fputc('"', out);
}

/* Runs write(out, text) into a new string. */
char *rep_to_string(void (*write)(FILE *, const char *), const char *text)
{
    char *buffer = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buffer, &size);
    if (out == NULL)
        return NULL;
    write(out, text);
    if (fclose(out) != 0) {
        free(buffer);
        return NULL;
    }
    return buffer;
}

char *rep_csv_field(const char *text)
{
    return rep_to_string(rep_put_csv, text);
}

int rep_write_csv(Report *report, FILE *out)
{
    rep_sort(report);
    static const char *const header[] = {
        "started_at", "ended_at", "trainee", "scenario", "scenario_version", "status", "ending",
        "success", "discovery", "listening", "benefits", "next_step", "overall", "turns",
        "duration_seconds", "file"};
    for (size_t i = 0; i < sizeof header / sizeof header[0]; i++)
        fprintf(out, "%s%s", i == 0 ? "" : ",", header[i]);
    fputs("\r\n", out);
    for (size_t i = 0; i < report->count; i++) {
        const RepSession *s = &report->entries[i].session;
        const char *text[] = {s->started_at,       s->ended_at, s->trainee, s->scenario_id,
                              s->scenario_version, s->status,   s->outcome};
        for (size_t k = 0; k < sizeof text / sizeof text[0]; k++) {
            if (k > 0)
                fputc(',', out);
            rep_put_csv(out, text[k]);
        }
        fprintf(out, ",%s", s->has_ending ? (s->success ? "true" : "false") : "");
        for (int k = 0; k < REP_SKILL_COUNT; k++) {
            char score[16];
            rep_format_score(score, sizeof score, s->scores[k]);
            fprintf(out, ",%s", s->scores[k] == REP_NOT_ASSESSED ? "" : score);
        }
        fprintf(out, ",%d,", s->turns);
        if (s->duration_seconds >= 0)
            fprintf(out, "%.3f", s->duration_seconds);
        fputc(',', out);
        rep_put_csv(out, s->path);
        fputs("\r\n", out);
    }
    return ferror(out) ? COACH_EIO : COACH_OK;
}


/* The labels of the log's turn index ("open_question probe"), into buffer. */
static void rep_turn_labels(const cJSON *doc, int index, char *buffer, size_t size)
{
    buffer[0] = '\0';
    const cJSON *turn = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(doc, "turns"), index);
    const cJSON *label = NULL;
    size_t used = 0;
    cJSON_ArrayForEach(label, cJSON_GetObjectItemCaseSensitive(turn, "labels"))
    {
        const cJSON *name = cJSON_GetObjectItemCaseSensitive(label, "label");
        if (!cJSON_IsString(name) || name->valuestring == NULL || name->valuestring[0] == '\0')
            continue;
        int wrote = snprintf(buffer + used, size - used, "%s%.*s", used > 0 ? " " : "", REP_MAX_NAME_BYTES,
                             name->valuestring);
        if (wrote < 0 || (size_t)wrote >= size - used) {
            buffer[used] = '\0'; /* a label that does not fit is left out whole */
            break;
        }
        used += (size_t)wrote;
    }
}

void rep_csv_turn_rows(FILE *out, const RepSession *s, const cJSON *doc)
{
    Annotated annotated;
    CoachError err;
    err_clear(&err);
    if (ann_build(doc, s->path, &annotated, &err) == COACH_OK) {
        for (size_t i = 0; i < annotated.count; i++) {
            const AnnLine *line = &annotated.lines[i];
            if (!line->trainee)
                continue;
            char labels[1024], points[32], *text = rep_copy(line->text, REP_MAX_REASON_BYTES * 4);
            rep_turn_labels(doc, line->turn, labels, sizeof labels);
            /* no '+': a cell starting with one is neutralised as a formula */
            double net = fabs(line->net) < 0.05 ? 0 : line->net;
            snprintf(points, sizeof points, net == floor(net) ? "%.0f" : "%.1f", net);
            rep_put_csv(out, s->id);
            fputc(',', out);
            rep_put_csv(out, s->trainee);
            fputc(',', out);
            rep_put_csv(out, s->scenario_id);
            fprintf(out, ",%d,", line->number);
            rep_put_csv(out, text != NULL ? text : "");
            fputc(',', out);
            rep_put_csv(out, labels);
            fprintf(out, ",%s,", points);
            rep_put_csv(out, s->path);
            fputs("\r\n", out);
            free(text);
        }
    }
    ann_free(&annotated);
}

int rep_write_csv_turns(Report *report, FILE *out)
{
    rep_sort(report);
    fputs("session_id,trainee,scenario,turn,text,labels,points,file\r\n", out);
    for (size_t i = 0; i < report->count; i++)
        rep_put_turns(report, &report->entries[i], out);
    return ferror(out) ? COACH_EIO : COACH_OK;
}
