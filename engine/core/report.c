/* report: see report.h. Sessions are copied out of their logs (strings
 * capped) into one array kept in time order; statistics are computed on
 * demand; the three writers only read that array. */
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

#define REP_MAX_NAME_BYTES 256       /* trainee names and scenario ids */
#define REP_MAX_FIELD_BYTES 200      /* titles, versions, statuses, outcomes */
#define REP_MAX_REASON_BYTES 600     /* one reason's text */
#define REP_MAX_REASONS_PER_SKILL 200
#define REP_MAX_DEPTH 64             /* directory recursion */
#define REP_TEXT_CELL_CHARS 28       /* widest text column in the terminal */

static const char *const rep_skill_names[REP_SKILL_COUNT] = {"discovery", "listening", "benefits",
                                                             "next_step", "overall"};
static const char *const rep_skill_titles[REP_SKILL_COUNT] = {"Discovery", "Listening", "Benefits",
                                                              "Next step", "Overall"};
static const char *const rep_skill_colours[REP_SKILL_COUNT] = {"#2f6fde", "#0f9d8a", "#8e44ad",
                                                               "#e07b24", "#1f2933"};
static const char *const rep_trainee_colours[] = {"#2f6fde", "#e07b24", "#0f9d8a", "#8e44ad",
                                                  "#c5221f", "#b7950b", "#5f6b7a", "#1e8e3e"};
#define REP_TRAINEE_COLOURS (sizeof rep_trainee_colours / sizeof rep_trainee_colours[0])

typedef struct Entry {
    RepSession session; /* its strings and reasons are owned here */
    RepReason *reasons;
} Entry;

struct Report {
    Entry *entries;
    size_t count, capacity;
    bool sorted;
    char *filter_trainee;
    char *filter_scenario;
    bool include_unfinished;
    size_t left_empty;       /* logs left out: no trainee turn */
    size_t left_unfinished;  /* logs left out: the call did not finish */
};

const char *rep_skill_name(RepSkill skill)
{
    return skill < REP_SKILL_COUNT ? rep_skill_names[skill] : "?";
}

/* --- UTF-8 ------------------------------------------------------------------ */

/* Length of the character at s (0 at the terminating NUL) and its code
 * point in *code; an invalid byte reads as one U+FFFD. */
static size_t rep_utf8_next(const unsigned char *s, unsigned *code)
{
    if (s[0] == 0)
        return 0;
    int32_t value;
    size_t length = utf8_next((const char *)s, strnlen((const char *)s, 4), &value);
    if (length == 0) {
        *code = 0xFFFD;
        return 1;
    }
    *code = (unsigned)value;
    return length;
}

/* Characters that must not reach a terminal or a page as themselves: C0 and
 * C1 controls, DEL, and the bidirectional overrides that can disguise text. */
static bool rep_is_unsafe(unsigned code)
{
    return code < 0x20 || code == 0x7F || (code >= 0x80 && code <= 0x9F) ||
           (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069) ||
           code == 0xFFFD;
}

/* A copy of text of at most limit bytes, cut on a character boundary with
 * "…" appended when cut. NULL when out of memory. */
static char *rep_copy(const char *text, size_t limit)
{
    if (text == NULL)
        text = "";
    size_t length = strlen(text);
    bool cut = false;
    if (length > limit) {
        length = limit;
        while (length > 0 && ((unsigned char)text[length] & 0xC0) == 0x80)
            length--;
        cut = true;
    }
    char *copy = malloc(length + 4);
    if (copy == NULL)
        return NULL;
    memcpy(copy, text, length);
    if (cut)
        memcpy(copy + length, "\xE2\x80\xA6", 3), length += 3;
    copy[length] = '\0';
    return copy;
}

/* --- time --------------------------------------------------------------------- */

/* Days from 1970-01-01 to the given civil date (proleptic Gregorian). */
static long long rep_days_from_civil(long long year, unsigned month, unsigned day)
{
    year -= month <= 2;
    long long era = (year >= 0 ? year : year - 399) / 400;
    unsigned year_of_era = (unsigned)(year - era * 400);
    unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + (long long)day_of_era - 719468;
}

static bool rep_digits(const char *text, int count, int *value)
{
    int result = 0;
    for (int i = 0; i < count; i++) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        result = result * 10 + (text[i] - '0');
    }
    *value = result;
    return true;
}

bool rep_parse_time(const char *text, long long *epoch)
{
    int year, month, day, hour, minute, second;
    if (text == NULL || strlen(text) < 20)
        return false;
    if (!rep_digits(text, 4, &year) || text[4] != '-' || !rep_digits(text + 5, 2, &month) ||
        text[7] != '-' || !rep_digits(text + 8, 2, &day) || (text[10] != 'T' && text[10] != 't') ||
        !rep_digits(text + 11, 2, &hour) || text[13] != ':' || !rep_digits(text + 14, 2, &minute) ||
        text[16] != ':' || !rep_digits(text + 17, 2, &second))
        return false;
    static const int month_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > month_days[month - 1] || hour > 23 ||
        minute > 59 || second > 60)
        return false;
    const char *rest = text + 19;
    if (*rest == '.') {
        rest++;
        if (*rest < '0' || *rest > '9')
            return false;
        while (*rest >= '0' && *rest <= '9')
            rest++;
    }
    long long offset = 0;
    if ((*rest == 'Z' || *rest == 'z') && rest[1] == '\0') {
        offset = 0;
    } else if ((*rest == '+' || *rest == '-') && strlen(rest) == 6 && rest[3] == ':') {
        int offset_hours, offset_minutes;
        if (!rep_digits(rest + 1, 2, &offset_hours) || !rep_digits(rest + 4, 2, &offset_minutes) ||
            offset_hours > 23 || offset_minutes > 59)
            return false;
        offset = (offset_hours * 60LL + offset_minutes) * 60;
        if (*rest == '-')
            offset = -offset;
    } else {
        return false;
    }
    long long days = rep_days_from_civil(year, (unsigned)month, (unsigned)day);
    *epoch = days * 86400 + hour * 3600LL + minute * 60LL + second - offset;
    return true;
}

/* --- statistics --------------------------------------------------------------- */

RepStats rep_stats(const double *values, size_t count)
{
    RepStats stats = {0, 0, 0, 0, 0, 0, 0};
    if (count == 0 || values == NULL)
        return stats;
    stats.count = (int)count;
    stats.first = values[0];
    stats.last = values[count - 1];
    stats.best = stats.worst = values[0];
    double sum = 0;
    for (size_t i = 0; i < count; i++) {
        sum += values[i];
        if (values[i] > stats.best)
            stats.best = values[i];
        if (values[i] < stats.worst)
            stats.worst = values[i];
    }
    stats.mean = sum / (double)count;
    if (count >= 2) {
        /* least squares over x = 0..count-1 */
        double mean_x = (double)(count - 1) / 2.0, numerator = 0, denominator = 0;
        for (size_t i = 0; i < count; i++) {
            double dx = (double)i - mean_x;
            numerator += dx * (values[i] - stats.mean);
            denominator += dx * dx;
        }
        stats.slope = denominator > 0 ? numerator / denominator : 0;
    }
    return stats;
}

/* --- the report ----------------------------------------------------------------- */

Report *rep_create(void)
{
    Report *report = calloc(1, sizeof *report);
    if (report != NULL)
        report->sorted = true;
    return report;
}

static void rep_entry_free(Entry *entry)
{
    RepSession *s = &entry->session;
    free((char *)s->path);
    free((char *)s->trainee);
    free((char *)s->scenario_id);
    free((char *)s->scenario_title);
    free((char *)s->scenario_version);
    free((char *)s->scenario_sha256);
    free((char *)s->started_at);
    free((char *)s->ended_at);
    free((char *)s->status);
    free((char *)s->outcome);
    for (size_t i = 0; i < s->reason_count; i++) {
        free((char *)entry->reasons[i].text);
        free((char *)entry->reasons[i].quote);
        free((char *)entry->reasons[i].match);
    }
    free(entry->reasons);
}

void rep_destroy(Report *report)
{
    if (report == NULL)
        return;
    for (size_t i = 0; i < report->count; i++)
        rep_entry_free(&report->entries[i]);
    free(report->entries);
    free(report->filter_trainee);
    free(report->filter_scenario);
    free(report);
}

int rep_set_filter(Report *report, const char *trainee, const char *scenario_id, CoachError *err)
{
    free(report->filter_trainee);
    free(report->filter_scenario);
    report->filter_trainee = trainee != NULL ? rep_copy(trainee, SIZE_MAX / 2) : NULL;
    report->filter_scenario = scenario_id != NULL ? rep_copy(scenario_id, SIZE_MAX / 2) : NULL;
    if ((trainee != NULL && report->filter_trainee == NULL) ||
        (scenario_id != NULL && report->filter_scenario == NULL))
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    return COACH_OK;
}

void rep_set_include_unfinished(Report *report, bool include)
{
    report->include_unfinished = include;
}

void rep_left_out(const Report *report, size_t *empty, size_t *unfinished)
{
    *empty = report->left_empty;
    *unfinished = report->left_unfinished;
}

static const char *rep_string_at(const cJSON *object, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    return cJSON_IsString(item) && item->valuestring != NULL ? item->valuestring : NULL;
}

static bool rep_number_at(const cJSON *object, const char *key, double *value)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    if (!cJSON_IsNumber(item) || !isfinite(item->valuedouble))
        return false;
    *value = item->valuedouble;
    return true;
}

/* Copies the reasons of one skill into entry (at most REP_MAX_REASONS_PER_SKILL). */
static int rep_copy_reasons(Entry *entry, size_t *capacity, RepSkill skill, const cJSON *reasons)
{
    size_t taken = 0;
    const cJSON *reason = NULL;
    cJSON_ArrayForEach(reason, reasons)
    {
        if (taken >= REP_MAX_REASONS_PER_SKILL)
            break;
        const char *text = rep_string_at(reason, "text");
        double points = 0, turn = -1;
        if (text == NULL || text[0] == '\0' || !rep_number_at(reason, "points", &points))
            continue;
        if (!rep_number_at(reason, "turn", &turn) || turn < 0 || turn > INT_MAX)
            turn = -1;
        if (entry->session.reason_count == *capacity) {
            size_t grown = *capacity == 0 ? 16 : *capacity * 2;
            RepReason *bigger = realloc(entry->reasons, grown * sizeof *bigger);
            if (bigger == NULL)
                return COACH_ENOMEM;
            entry->reasons = bigger;
            *capacity = grown;
        }
        RepReason *slot = &entry->reasons[entry->session.reason_count];
        slot->skill = skill;
        slot->turn = (int)turn;
        slot->points = points;
        slot->text = rep_copy(text, REP_MAX_REASON_BYTES);
        slot->quote = rep_copy(rep_string_at(reason, "quote"), REP_MAX_REASON_BYTES);
        slot->match = rep_copy(rep_string_at(reason, "match"), REP_MAX_REASON_BYTES);
        if (slot->text == NULL || slot->quote == NULL || slot->match == NULL) {
            free((char *)slot->text);
            free((char *)slot->quote);
            free((char *)slot->match);
            return COACH_ENOMEM;
        }
        entry->session.reason_count++;
        taken++;
    }
    return COACH_OK;
}

int rep_add_log(Report *report, const cJSON *doc, const char *path, CoachError *err)
{
    if (path == NULL)
        path = "(log)";
    const char *trainee = rep_string_at(doc, "trainee");
    const cJSON *scenario = cJSON_GetObjectItemCaseSensitive(doc, "scenario");
    const char *scenario_id = rep_string_at(scenario, "id");
    const char *started_at = rep_string_at(doc, "started_at");
    const cJSON *scores = cJSON_GetObjectItemCaseSensitive(doc, "scores");
    const cJSON *turns = cJSON_GetObjectItemCaseSensitive(doc, "turns");
    if (trainee == NULL || scenario_id == NULL || started_at == NULL || !cJSON_IsObject(scores) ||
        !cJSON_IsArray(turns))
        return err_set(err, COACH_EPARSE, path, 1,
                       "not a session log: trainee, scenario.id, started_at, scores or turns missing");
    if (strlen(trainee) > REP_MAX_NAME_BYTES)
        return err_set(err, COACH_EPARSE, path, 1, "the trainee name is %zu bytes long (at most %d)",
                       strlen(trainee), REP_MAX_NAME_BYTES);
    if (scenario_id[0] == '\0' || strlen(scenario_id) > REP_MAX_NAME_BYTES)
        return err_set(err, COACH_EPARSE, path, 1, "scenario.id is empty or longer than %d bytes",
                       REP_MAX_NAME_BYTES);
    if (trainee[0] == '\0')
        trainee = "(unnamed)";
    if (report->filter_trainee != NULL && strcmp(report->filter_trainee, trainee) != 0)
        return REP_LEFT_FILTERED;
    if (report->filter_scenario != NULL && strcmp(report->filter_scenario, scenario_id) != 0)
        return REP_LEFT_FILTERED;
    long long started_epoch;
    if (!rep_parse_time(started_at, &started_epoch))
        return err_set(err, COACH_EPARSE, path, 1,
                       "started_at is not an ISO 8601 time (like 2025-01-31T09:05:00Z)");
    double scores_read[REP_SKILL_COUNT];
    for (int skill = 0; skill < REP_SKILL_COUNT; skill++) {
        const cJSON *block = cJSON_GetObjectItemCaseSensitive(scores, rep_skill_names[skill]);
        if (skill != REP_OVERALL && cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(block, "assessed")) &&
            cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(block, "score"))) {
            scores_read[skill] = REP_NOT_ASSESSED;
            continue;
        }
        if (!rep_number_at(block, "score", &scores_read[skill]) || scores_read[skill] < 0 ||
            scores_read[skill] > 100)
            return err_set(err, COACH_EPARSE, path, 1, "scores.%s.score is not a number in 0-100",
                           rep_skill_names[skill]);
    }

    /* a call in which the trainee said nothing is no session (older
     * versions logged one at every Esc on the first line) */
    int trainee_turns = 0;
    const cJSON *turn = NULL;
    cJSON_ArrayForEach(turn, turns)
    {
        const char *speaker = rep_string_at(turn, "speaker");
        trainee_turns += speaker != NULL && strcmp(speaker, "trainee") == 0;
    }
    if (trainee_turns == 0) {
        report->left_empty++;
        return REP_LEFT_EMPTY;
    }
    /* closed, killed or failed mid-call: counted only when asked for */
    const cJSON *finished_item = cJSON_GetObjectItemCaseSensitive(doc, "finished");
    const char *status_text = rep_string_at(doc, "status");
    bool finished = cJSON_IsBool(finished_item) ? cJSON_IsTrue(finished_item)
                                                : status_text != NULL && strcmp(status_text, "ended") == 0;
    if (!finished && !report->include_unfinished) {
        report->left_unfinished++;
        return REP_LEFT_UNFINISHED;
    }
    if (report->count == report->capacity) {
        size_t grown = report->capacity == 0 ? 16 : report->capacity * 2;
        Entry *bigger = realloc(report->entries, grown * sizeof *bigger);
        if (bigger == NULL)
            return err_set(err, COACH_ENOMEM, path, 0, "out of memory");
        report->entries = bigger;
        report->capacity = grown;
    }
    Entry *entry = &report->entries[report->count];
    memset(entry, 0, sizeof *entry);
    RepSession *s = &entry->session;
    const cJSON *ending = cJSON_GetObjectItemCaseSensitive(doc, "ending");
    const char *ended_at = rep_string_at(doc, "ended_at");
    s->path = rep_copy(path, 4096);
    s->trainee = rep_copy(trainee, REP_MAX_NAME_BYTES);
    s->scenario_id = rep_copy(scenario_id, REP_MAX_NAME_BYTES);
    s->scenario_title = rep_copy(rep_string_at(scenario, "title"), REP_MAX_FIELD_BYTES);
    s->scenario_version = rep_copy(rep_string_at(scenario, "version"), REP_MAX_FIELD_BYTES);
    s->scenario_sha256 = rep_copy(rep_string_at(scenario, "sha256"), 64);
    s->started_at = rep_copy(started_at, REP_MAX_FIELD_BYTES);
    s->ended_at = rep_copy(ended_at, REP_MAX_FIELD_BYTES);
    s->status = rep_copy(rep_string_at(doc, "status"), REP_MAX_FIELD_BYTES);
    s->has_ending = cJSON_IsObject(ending);
    s->outcome = rep_copy(s->has_ending ? rep_string_at(ending, "outcome") : NULL,
                          REP_MAX_FIELD_BYTES);
    s->success = s->has_ending && cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(ending, "success"));
    s->started_epoch = started_epoch;
    s->duration_seconds = -1;
    double duration;
    long long ended_epoch;
    if (rep_number_at(cJSON_GetObjectItemCaseSensitive(doc, "metrics"), "duration_seconds",
                      &duration) &&
        duration >= 0)
        s->duration_seconds = duration;
    else if (ended_at != NULL && rep_parse_time(ended_at, &ended_epoch) &&
             ended_epoch >= started_epoch)
        s->duration_seconds = (double)(ended_epoch - started_epoch);
    memcpy(s->scores, scores_read, sizeof scores_read);
    int turn_count = cJSON_GetArraySize(turns);
    s->turns = turn_count < 0 ? 0 : turn_count;
    s->trainee_turns = trainee_turns;
    s->finished = finished;
    const cJSON *reloads = cJSON_GetObjectItemCaseSensitive(doc, "reloads");
    s->reloads = cJSON_IsArray(reloads) ? cJSON_GetArraySize(reloads) : 0;
    report->count++; /* from here on rep_entry_free undoes a failure */
    bool strings_ok = s->path != NULL && s->trainee != NULL && s->scenario_id != NULL &&
                      s->scenario_title != NULL && s->scenario_version != NULL &&
                      s->scenario_sha256 != NULL && s->started_at != NULL && s->ended_at != NULL &&
                      s->status != NULL && s->outcome != NULL;
    size_t reason_capacity = 0;
    for (int skill = 0; strings_ok && skill < REP_OVERALL; skill++) {
        const cJSON *block = cJSON_GetObjectItemCaseSensitive(scores, rep_skill_names[skill]);
        if (rep_copy_reasons(entry, &reason_capacity, (RepSkill)skill,
                             cJSON_GetObjectItemCaseSensitive(block, "reasons")) != COACH_OK)
            strings_ok = false;
    }
    s->reasons = entry->reasons;
    if (!strings_ok) {
        rep_entry_free(entry);
        report->count--;
        return err_set(err, COACH_ENOMEM, path, 0, "out of memory");
    }
    report->sorted = false;
    return 0;
}

int rep_add_file(Report *report, const char *path, CoachError *err)
{
    cJSON *doc = log_read(path, err);
    if (doc == NULL)
        return err != NULL && err->code != 0 ? err->code : COACH_EPARSE;
    int rc = rep_add_log(report, doc, path, err);
    cJSON_Delete(doc);
    return rc;
}

static int rep_compare_entries(const void *a, const void *b)
{
    const RepSession *x = &((const Entry *)a)->session, *y = &((const Entry *)b)->session;
    if (x->started_epoch != y->started_epoch)
        return x->started_epoch < y->started_epoch ? -1 : 1;
    int by_trainee = strcmp(x->trainee, y->trainee);
    if (by_trainee != 0)
        return by_trainee;
    return strcmp(x->path, y->path);
}

static void rep_sort(Report *report)
{
    if (report->sorted)
        return;
    if (report->count > 1)
        qsort(report->entries, report->count, sizeof *report->entries, rep_compare_entries);
    report->sorted = true;
}

size_t rep_session_count(const Report *report)
{
    return report->count;
}

const RepSession *rep_session(Report *report, size_t index)
{
    rep_sort(report);
    return index < report->count ? &report->entries[index].session : NULL;
}

/* Statistics of skill over the sessions whose trainee (by_trainee) or
 * scenario id equals key. */
static RepStats rep_group_stats(Report *report, bool by_trainee, const char *key, RepSkill skill)
{
    RepStats none = {0, 0, 0, 0, 0, 0, 0};
    rep_sort(report);
    if (report->count == 0 || key == NULL || skill >= REP_SKILL_COUNT)
        return none;
    double *values = malloc(report->count * sizeof *values);
    if (values == NULL)
        return none;
    size_t count = 0;
    for (size_t i = 0; i < report->count; i++) {
        const RepSession *s = &report->entries[i].session;
        if (strcmp(by_trainee ? s->trainee : s->scenario_id, key) == 0 &&
            s->scores[skill] != REP_NOT_ASSESSED)
            values[count++] = s->scores[skill];
    }
    RepStats stats = rep_stats(values, count);
    free(values);
    return stats;
}

RepStats rep_trainee_stats(Report *report, const char *trainee, RepSkill skill)
{
    return rep_group_stats(report, true, trainee, skill);
}

RepStats rep_scenario_stats(Report *report, const char *scenario_id, RepSkill skill)
{
    return rep_group_stats(report, false, scenario_id, skill);
}

static int rep_compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The distinct trainees (by_trainee) or scenario ids in byte order, borrowed
 * from the report; caller frees the array (not the strings). NULL with
 * *count 0 when there are none or no memory. */
static const char **rep_distinct(Report *report, bool by_trainee, size_t *count)
{
    *count = 0;
    if (report->count == 0)
        return NULL;
    const char **keys = malloc(report->count * sizeof *keys);
    if (keys == NULL)
        return NULL;
    for (size_t i = 0; i < report->count; i++)
        keys[i] = by_trainee ? report->entries[i].session.trainee
                             : report->entries[i].session.scenario_id;
    qsort(keys, report->count, sizeof *keys, rep_compare_strings);
    size_t distinct = 0;
    for (size_t i = 0; i < report->count; i++)
        if (distinct == 0 || strcmp(keys[distinct - 1], keys[i]) != 0)
            keys[distinct++] = keys[i];
    *count = distinct;
    return keys;
}

/* --- formatting helpers ----------------------------------------------------------- */

/* A score as "80" or "72.5". */
static void rep_format_score(char *buffer, size_t size, double value)
{
    if (value == REP_NOT_ASSESSED)
        snprintf(buffer, size, "\xE2\x80\x94"); /* an em dash: not assessed */
    else if (value == floor(value))
        snprintf(buffer, size, "%.0f", value);
    else
        snprintf(buffer, size, "%.1f", value);
}

/* "2025-01-31 09:05" from an ISO time (UTC). */
static void rep_format_date(char *buffer, size_t size, long long epoch)
{
    time_t when = (time_t)epoch;
    struct tm utc;
    if (gmtime_r(&when, &utc) == NULL || strftime(buffer, size, "%Y-%m-%d %H:%M", &utc) == 0)
        snprintf(buffer, size, "?");
}

/* "Mar 2" (UTC) for a chart axis. */
static void rep_format_day(char *buffer, size_t size, long long epoch)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char date[32];
    rep_format_date(date, sizeof date, epoch);
    int month = (date[5] - '0') * 10 + (date[6] - '0');
    int day = (date[8] - '0') * 10 + (date[9] - '0');
    if (month < 1 || month > 12)
        month = 1;
    snprintf(buffer, size, "%s %d", months[month - 1], day);
}

/* The ending cell: the outcome, or the status in brackets when the session has none. */
static void rep_format_ending(char *buffer, size_t size, const RepSession *s)
{
    if (s->has_ending && s->outcome[0] != '\0')
        snprintf(buffer, size, "%s", s->outcome);
    else
        snprintf(buffer, size, "(%s)", s->status[0] != '\0' ? s->status : "no ending");
}

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

/* A trend needs three sessions: two points always make a line, and a
 * manager would read a "+40" from two calls as progress. */
#define REP_TREND_MIN_SESSIONS 3

static void rep_format_trend(char *buffer, size_t size, const RepStats *stats)
{
    if (stats->count < REP_TREND_MIN_SESSIONS)
        snprintf(buffer, size, "-");
    else if (fabs(stats->slope) < 0.05)
        snprintf(buffer, size, "0.0");
    else
        snprintf(buffer, size, "%+.1f", stats->slope);
}

int rep_write_text(Report *report, FILE *out)
{
    rep_sort(report);
    bool failed = false;
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
                const char *row[] = {k == 0 ? trainees[t] : "", rep_skill_names[k], sessions, mean,
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
        for (size_t k = 0; k < scenario_count; k++) {
            size_t sessions = 0, won = 0, distinct_trainees = 0;
            for (size_t i = 0; i < report->count; i++) {
                const RepSession *s = &report->entries[i].session;
                if (strcmp(s->scenario_id, scenarios[k]) != 0)
                    continue;
                sessions++;
                won += s->success;
                bool seen = false;
                for (size_t j = 0; j < i && !seen; j++)
                    seen = strcmp(report->entries[j].session.scenario_id, scenarios[k]) == 0 &&
                           strcmp(report->entries[j].session.trainee, s->trainee) == 0;
                distinct_trainees += !seen;
            }
            char sessions_text[16], trainees_text[16], won_text[32], means[REP_SKILL_COUNT][16];
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
        failed |= table.failed;
        if (!table.failed)
            rep_table_print(&table, out);
        rep_table_free(&table);
    }
    free(scenarios);
    if (failed)
        return COACH_ENOMEM;
    return ferror(out) ? COACH_EIO : COACH_OK;
}

/* --- CSV -------------------------------------------------------------------------------- */

static void rep_put_csv(FILE *out, const char *text)
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
static char *rep_to_string(void (*write)(FILE *, const char *), const char *text)
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
            fprintf(out, ", %s: mean %.1f over %d session%s</title></g>", rep_skill_names[skill],
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

/* --- finding logs ------------------------------------------------------------------------------ */

typedef struct PathList {
    char **paths;
    size_t count, capacity;
} PathList;

static int rep_path_push(PathList *list, const char *path)
{
    if (list->count == list->capacity) {
        size_t grown = list->capacity == 0 ? 32 : list->capacity * 2;
        char **bigger = realloc(list->paths, grown * sizeof *bigger);
        if (bigger == NULL)
            return COACH_ENOMEM;
        list->paths = bigger;
        list->capacity = grown;
    }
    char *copy = rep_copy(path, SIZE_MAX / 2);
    if (copy == NULL)
        return COACH_ENOMEM;
    list->paths[list->count++] = copy;
    return COACH_OK;
}

static void rep_warn(RepWarnFunction warn, void *context, const char *path, const char *format,
                     const char *detail)
{
    if (warn == NULL)
        return;
    CoachError warning;
    err_set(&warning, COACH_EIO, path, 1, format, detail);
    warn(context, &warning);
}

static bool rep_ends_with_json(const char *name)
{
    size_t length = strlen(name);
    return length > 5 && strcmp(name + length - 5, ".json") == 0;
}

static int rep_walk(const char *dir, int depth, PathList *list, RepWarnFunction warn, void *context)
{
    if (depth > REP_MAX_DEPTH) {
        rep_warn(warn, context, dir, "%s", "directories nested too deeply; not read");
        return COACH_OK;
    }
    DIR *handle = opendir(dir);
    if (handle == NULL) {
        rep_warn(warn, context, dir, "cannot read the directory: %s", strerror(errno));
        return COACH_OK;
    }
    PathList names = {NULL, 0, 0};
    int rc = COACH_OK;
    struct dirent *item;
    while (rc == COACH_OK && (item = readdir(handle)) != NULL) {
        if (item->d_name[0] == '.' &&
            (item->d_name[1] == '\0' || (item->d_name[1] == '.' && item->d_name[2] == '\0')))
            continue;
        rc = rep_path_push(&names, item->d_name);
    }
    closedir(handle);
    if (names.count > 1)
        qsort(names.paths, names.count, sizeof *names.paths, rep_compare_strings);
    size_t dir_length = strlen(dir);
    for (size_t i = 0; rc == COACH_OK && i < names.count; i++) {
        size_t length = dir_length + strlen(names.paths[i]) + 2;
        char *child = malloc(length);
        if (child == NULL) {
            rc = COACH_ENOMEM;
            break;
        }
        snprintf(child, length, "%s%s%s", dir,
                 dir_length > 0 && dir[dir_length - 1] == '/' ? "" : "/", names.paths[i]);
        struct stat st;
        if (lstat(child, &st) == 0) {
            if (S_ISDIR(st.st_mode)) {
                rc = rep_walk(child, depth + 1, list, warn, context);
            } else if (rep_ends_with_json(names.paths[i])) {
                struct stat target;
                if (S_ISREG(st.st_mode) ||
                    (S_ISLNK(st.st_mode) && stat(child, &target) == 0 && S_ISREG(target.st_mode)))
                    rc = rep_path_push(list, child);
                else if (!S_ISLNK(st.st_mode))
                    rep_warn(warn, context, child, "%s", "not a regular file; skipped");
            }
        }
        free(child);
    }
    rep_free_paths(names.paths, names.count);
    return rc;
}

typedef struct Found {
    char *path;
    char *real;
    size_t order;
} Found;

static int rep_compare_found_real(const void *a, const void *b)
{
    const Found *x = a, *y = b;
    int by_real = strcmp(x->real, y->real);
    if (by_real != 0)
        return by_real;
    return x->order < y->order ? -1 : x->order > y->order;
}

static int rep_compare_found_order(const void *a, const void *b)
{
    const Found *x = a, *y = b;
    return x->order < y->order ? -1 : x->order > y->order;
}

int rep_find_logs(const char *const *paths, size_t path_count, char ***found, size_t *found_count,
                  RepWarnFunction warn, void *context, CoachError *err)
{
    *found = NULL;
    *found_count = 0;
    PathList list = {NULL, 0, 0};
    int rc = COACH_OK;
    for (size_t i = 0; rc == COACH_OK && i < path_count; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0)
            rep_warn(warn, context, paths[i], "cannot read: %s", strerror(errno));
        else if (S_ISDIR(st.st_mode))
            rc = rep_walk(paths[i], 0, &list, warn, context);
        else if (!S_ISREG(st.st_mode))
            rep_warn(warn, context, paths[i], "%s", "not a regular file; skipped");
        else
            rc = rep_path_push(&list, paths[i]);
    }
    if (rc != COACH_OK) {
        rep_free_paths(list.paths, list.count);
        return err_set(err, rc, NULL, 0, "out of memory listing the logs");
    }
    /* the same file reached twice (a directory and a file in it, links) is kept once */
    Found *items = list.count > 0 ? calloc(list.count, sizeof *items) : NULL;
    if (list.count > 0 && items == NULL) {
        rep_free_paths(list.paths, list.count);
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory listing the logs");
    }
    for (size_t i = 0; i < list.count; i++) {
        items[i].path = list.paths[i];
        items[i].order = i;
        items[i].real = realpath(list.paths[i], NULL);
        if (items[i].real == NULL)
            items[i].real = rep_copy(list.paths[i], SIZE_MAX / 2);
        if (items[i].real == NULL)
            rc = COACH_ENOMEM;
    }
    size_t kept = 0;
    if (rc == COACH_OK && list.count > 0) {
        qsort(items, list.count, sizeof *items, rep_compare_found_real);
        for (size_t i = 0; i < list.count; i++) {
            if (kept > 0 && strcmp(items[kept - 1].real, items[i].real) == 0) {
                free(items[i].path);
                free(items[i].real);
                continue;
            }
            items[kept++] = items[i];
        }
        qsort(items, kept, sizeof *items, rep_compare_found_order);
        for (size_t i = 0; i < kept; i++) {
            list.paths[i] = items[i].path;
            free(items[i].real);
        }
    } else {
        for (size_t i = 0; i < list.count; i++)
            free(items[i].real);
        rep_free_paths(list.paths, list.count);
        list.paths = NULL;
    }
    free(items);
    if (rc != COACH_OK)
        return err_set(err, rc, NULL, 0, "out of memory listing the logs");
    *found = list.paths;
    *found_count = kept;
    return COACH_OK;
}

void rep_free_paths(char **paths, size_t count)
{
    if (paths == NULL)
        return;
    for (size_t i = 0; i < count; i++)
        free(paths[i]);
    free(paths);
}
