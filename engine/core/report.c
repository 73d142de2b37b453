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
#include "report_internal.h"

static const char *const rep_skill_names[REP_SKILL_COUNT] = {"discovery", "listening", "benefits",
                                                             "next_step", "overall"};

const char *rep_skill_name(RepSkill skill)
{
    return skill < REP_SKILL_COUNT ? rep_skill_names[skill] : "?";
}

/* --- UTF-8 ------------------------------------------------------------------ */

/* Length of the character at s (0 at the terminating NUL) and its code
 * point in *code; an invalid byte reads as one U+FFFD. */
size_t rep_utf8_next(const unsigned char *s, unsigned *code)
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
bool rep_is_unsafe(unsigned code)
{
    return code < 0x20 || code == 0x7F || (code >= 0x80 && code <= 0x9F) ||
           (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069) ||
           code == 0xFFFD;
}

/* A copy of text of at most limit bytes, cut on a character boundary with
 * "…" appended when cut. NULL when out of memory. */
char *rep_copy(const char *text, size_t limit)
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

void rep_sort(Report *report)
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
const char **rep_distinct(Report *report, bool by_trainee, size_t *count)
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
void rep_format_score(char *buffer, size_t size, double value)
{
    if (value == REP_NOT_ASSESSED)
        snprintf(buffer, size, "\xE2\x80\x94"); /* an em dash: not assessed */
    else if (value == floor(value))
        snprintf(buffer, size, "%.0f", value);
    else
        snprintf(buffer, size, "%.1f", value);
}

/* "2025-01-31 09:05" from an ISO time (UTC). */
void rep_format_date(char *buffer, size_t size, long long epoch)
{
    time_t when = (time_t)epoch;
    struct tm utc;
    if (gmtime_r(&when, &utc) == NULL || strftime(buffer, size, "%Y-%m-%d %H:%M", &utc) == 0)
        snprintf(buffer, size, "?");
}

/* "Mar 2" (UTC) for a chart axis. */
void rep_format_day(char *buffer, size_t size, long long epoch)
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
void rep_format_ending(char *buffer, size_t size, const RepSession *s)
{
    if (s->has_ending && s->outcome[0] != '\0')
        snprintf(buffer, size, "%s", s->outcome);
    else
        snprintf(buffer, size, "(%s)", s->status[0] != '\0' ? s->status : "no ending");
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
