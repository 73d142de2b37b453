/* report: see report.h. Each log is parsed once: its session row (strings
 * capped, one block) goes into an array sorted into time order when read,
 * and the CSV's lines, when asked for, are written at once to a temporary
 * file, so memory holds a few hundred bytes a session, never a log. Indices
 * by trainee and by scenario (and the retry chains) are built once after
 * sorting; statistics are computed on demand from them. */
#define _XOPEN_SOURCE 700 /* fseeko, ftello, lstat */
#include "report.h"
#include "utf8.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

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

static void rep_unindex(Report *report)
{
    free(report->by_trainee);
    free(report->by_scenario);
    free(report->chains);
    report->by_trainee = report->by_scenario = NULL;
    report->chains = NULL;
    report->chain_count = 0;
    report->indexed = false;
}

void rep_destroy(Report *report)
{
    if (report == NULL)
        return;
    for (size_t i = 0; i < report->count; i++)
        free(report->entries[i].strings);
    free(report->entries);
    free(report->filter_trainee);
    free(report->filter_scenario);
    rep_unindex(report);
    if (report->spool != NULL)
        fclose(report->spool);
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

void rep_set_keep(Report *report, unsigned what)
{
    report->keep = what & REP_KEEP_TURNS;
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

/* The session's strings, each capped, copied into one block (one allocation
 * a session: ten small ones a session made the heap grow by far more than
 * their bytes over 10,000 logs). */
enum { REP_STRING_COUNT = 13 };

static char *rep_pack(const char *const texts[REP_STRING_COUNT], const size_t limits[REP_STRING_COUNT],
                      const char *out[REP_STRING_COUNT])
{
    size_t lengths[REP_STRING_COUNT], total = 0;
    bool cut[REP_STRING_COUNT];
    for (int i = 0; i < REP_STRING_COUNT; i++) {
        const char *text = texts[i] != NULL ? texts[i] : "";
        size_t length = strnlen(text, limits[i] + 1);
        cut[i] = length > limits[i];
        if (cut[i]) {
            length = limits[i];
            while (length > 0 && ((unsigned char)text[length] & 0xC0) == 0x80)
                length--;
        }
        lengths[i] = length;
        total += length + (cut[i] ? 3 : 0) + 1;
    }
    char *block = malloc(total);
    if (block == NULL)
        return NULL;
    char *at = block;
    for (int i = 0; i < REP_STRING_COUNT; i++) {
        out[i] = at;
        memcpy(at, texts[i] != NULL ? texts[i] : "", lengths[i]);
        at += lengths[i];
        if (cut[i])
            memcpy(at, "\xE2\x80\xA6", 3), at += 3;
        *at++ = '\0';
    }
    return block;
}

/* Writes the CSV turn rows of the session just added into the spool when
 * asked for; a failure leaves them out (at -1) for the writer to make again. */
static void rep_spool(Report *report, Entry *entry, const cJSON *doc)
{
    entry->turns.at = -1;
    if ((report->keep & REP_KEEP_TURNS) == 0 || report->spool_broken)
        return;
    if (report->spool == NULL) {
        report->spool = tmpfile();
        if (report->spool == NULL) {
            report->spool_broken = true;
            return;
        }
        setvbuf(report->spool, NULL, _IOFBF, (size_t)1 << 18); /* fewer, larger writes */
    }
    FILE *spool = report->spool;
    off_t at = fseeko(spool, 0, SEEK_END) == 0 ? ftello(spool) : -1;
    if (at >= 0)
        rep_csv_turn_rows(spool, &entry->session, doc);
    off_t end = at >= 0 ? ftello(spool) : -1;
    if (at < 0 || end < at || ferror(spool)) {
        report->spool_broken = true;
        return;
    }
    entry->turns.at = (long long)at;
    entry->turns.length = (size_t)(end - at);
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
    s->has_ending = cJSON_IsObject(ending);
    const char *texts[REP_STRING_COUNT] = {
        path, trainee, scenario_id, rep_string_at(scenario, "title"), rep_string_at(scenario, "version"),
        rep_string_at(scenario, "sha256"), started_at, ended_at, status_text,
        s->has_ending ? rep_string_at(ending, "outcome") : NULL, rep_string_at(doc, "id"),
        rep_string_at(doc, "retry_of"), NULL};
    static const size_t limits[REP_STRING_COUNT] = {
        4096, REP_MAX_NAME_BYTES, REP_MAX_NAME_BYTES, REP_MAX_FIELD_BYTES, REP_MAX_FIELD_BYTES, 64,
        REP_MAX_FIELD_BYTES, REP_MAX_FIELD_BYTES, REP_MAX_FIELD_BYTES, REP_MAX_FIELD_BYTES,
        REP_MAX_NAME_BYTES, REP_MAX_NAME_BYTES, 0};
    const char *strings[REP_STRING_COUNT];
    entry->strings = rep_pack(texts, limits, strings);
    if (entry->strings == NULL)
        return err_set(err, COACH_ENOMEM, path, 0, "out of memory");
    s->path = strings[0];
    s->trainee = strings[1];
    s->scenario_id = strings[2];
    s->scenario_title = strings[3];
    s->scenario_version = strings[4];
    s->scenario_sha256 = strings[5];
    s->started_at = strings[6];
    s->ended_at = strings[7];
    s->status = strings[8];
    s->outcome = strings[9];
    s->id = strings[10];
    s->retry_of = strings[11];
    double from_turn = 0;
    if (s->retry_of[0] != '\0' && rep_number_at(doc, "from_turn", &from_turn) && from_turn >= 1 &&
        from_turn <= INT_MAX)
        s->from_turn = (int)from_turn;
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
    rep_spool(report, entry, doc);
    report->count++;
    report->sorted = false;
    rep_unindex(report);
    return 0;
}

/* --- an arena for one log's nodes ------------------------------------------------ */

/* cJSON makes one malloc a value; a log of 15 KB has ~1,500 of them, and
 * malloc and free were a quarter of the time over 10,000 logs. While
 * rep_add_file reads a log, cJSON allocates from an arena instead, which is
 * emptied at once when the log has been added. Not under AddressSanitizer,
 * which should see every allocation. */
#if defined(__SANITIZE_ADDRESS__)
#define REP_ARENA 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define REP_ARENA 0
#endif
#endif
#ifndef REP_ARENA
#define REP_ARENA 1
#endif

#if REP_ARENA
#define REP_ARENA_CHUNK ((size_t)1 << 20)

typedef struct RepChunk {
    struct RepChunk *next;
    size_t size, used;
    max_align_t data[];
} RepChunk;

static RepChunk *rep_chunks; /* the newest first; the last one is kept between logs */

static void *rep_arena_alloc(size_t size)
{
    size = (size + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    if (size == 0)
        size = sizeof(max_align_t);
    if (rep_chunks == NULL || rep_chunks->size - rep_chunks->used < size) {
        size_t capacity = size > REP_ARENA_CHUNK ? size : REP_ARENA_CHUNK;
        RepChunk *chunk = malloc(sizeof *chunk + capacity);
        if (chunk == NULL)
            return NULL;
        chunk->next = rep_chunks;
        chunk->size = capacity;
        chunk->used = 0;
        rep_chunks = chunk;
    }
    void *at = (char *)rep_chunks->data + rep_chunks->used;
    rep_chunks->used += size;
    return at;
}

static void rep_arena_free(void *pointer)
{
    (void)pointer; /* all at once, in rep_arena_reset */
}

/* Frees everything allocated; keeps one chunk for the next log. */
static void rep_arena_reset(void)
{
    while (rep_chunks != NULL && rep_chunks->next != NULL) {
        RepChunk *next = rep_chunks->next;
        free(rep_chunks);
        rep_chunks = next;
    }
    if (rep_chunks != NULL && rep_chunks->size > REP_ARENA_CHUNK) {
        free(rep_chunks);
        rep_chunks = NULL;
    }
    if (rep_chunks != NULL)
        rep_chunks->used = 0;
}
#endif

int rep_add_file(Report *report, const char *path, CoachError *err)
{
#if REP_ARENA
    cJSON_Hooks hooks = {rep_arena_alloc, rep_arena_free};
    cJSON_InitHooks(&hooks);
#endif
    cJSON *doc = log_read(path, err);
    int rc = doc == NULL ? (err != NULL && err->code != 0 ? err->code : COACH_EPARSE)
                         : rep_add_log(report, doc, path, err);
#if REP_ARENA
    cJSON_InitHooks(NULL);
    rep_arena_reset();
#else
    cJSON_Delete(doc);
#endif
    return rc;
}

void rep_put_turns(Report *report, const Entry *entry, FILE *out)
{
    const RepPiece *piece = &entry->turns;
    if (piece->at >= 0 && report->spool != NULL && fflush(report->spool) == 0) {
        char buffer[16384];
        size_t left = piece->length;
        off_t at = (off_t)piece->at;
        while (left > 0) {
            ssize_t got = pread(fileno(report->spool), buffer, left < sizeof buffer ? left : sizeof buffer, at);
            if (got <= 0)
                break;
            fwrite(buffer, 1, (size_t)got, out);
            left -= (size_t)got;
            at += got;
        }
        /* all of it; or cut short by a read error: the CSV then has fewer
         * rows, but none twice. Nothing read at all: the log is read again. */
        if (left == 0 || left < piece->length)
            return;
    }
    CoachError err;
    err_clear(&err);
    cJSON *doc = log_read(entry->session.path, &err);
    if (doc == NULL)
        return;
    rep_csv_turn_rows(out, &entry->session, doc);
    cJSON_Delete(doc);
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
    rep_unindex(report);
}

/* qsort has no context argument: the entries being indexed */
static const Entry *rep_sorting;

static int rep_compare_by_trainee(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    int order = strcmp(rep_sorting[x].session.trainee, rep_sorting[y].session.trainee);
    return order != 0 ? order : x < y ? -1 : x > y;
}

static int rep_compare_by_scenario(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    int order = strcmp(rep_sorting[x].session.scenario_id, rep_sorting[y].session.scenario_id);
    return order != 0 ? order : x < y ? -1 : x > y;
}

static int rep_compare_ids(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    int order = strcmp(rep_sorting[x].session.id, rep_sorting[y].session.id);
    return order != 0 ? order : x < y ? -1 : x > y;
}

/* Index (in time order) of the session whose id is id among ids (sorted by
 * id), or SIZE_MAX. The earliest when several logs share an id. */
static size_t rep_find_id(const size_t *ids, size_t count, const char *id)
{
    size_t low = 0, high = count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (strcmp(rep_sorting[ids[middle]].session.id, id) < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return low < count && strcmp(rep_sorting[ids[low]].session.id, id) == 0 ? ids[low] : SIZE_MAX;
}

/* The retry chains: each session's first call is found in time order, so
 * that a parent is always resolved before its retries and a cycle of ids in
 * hostile logs cannot loop (a "parent" that started later is ignored). */
static bool rep_build_chains(Report *report)
{
    size_t n = report->count;
    size_t *ids = malloc(n * sizeof *ids), *root = malloc(n * sizeof *root);
    int *tries = calloc(n, sizeof *tries);
    size_t *best = malloc(n * sizeof *best);
    bool ok = ids != NULL && root != NULL && tries != NULL && best != NULL;
    size_t id_count = 0;
    for (size_t i = 0; ok && i < n; i++)
        if (report->entries[i].session.id[0] != '\0')
            ids[id_count++] = i;
    if (ok && id_count > 1)
        qsort(ids, id_count, sizeof *ids, rep_compare_ids);
    size_t chains = 0;
    for (size_t i = 0; ok && i < n; i++) {
        const RepSession *s = &report->entries[i].session;
        size_t parent = s->retry_of[0] != '\0' ? rep_find_id(ids, id_count, s->retry_of) : SIZE_MAX;
        report->entries[i].retry_parent = parent < i ? parent : SIZE_MAX;
        root[i] = parent < i ? root[parent] : i;
        size_t r = root[i];
        if (tries[r]++ == 0)
            best[r] = i;
        else if (s->scores[REP_OVERALL] > report->entries[best[r]].session.scores[REP_OVERALL])
            best[r] = i;
        chains += tries[r] == 2;
    }
    if (ok && chains > 0) {
        report->chains = malloc(chains * sizeof *report->chains);
        ok = report->chains != NULL;
        for (size_t i = 0; ok && i < n; i++)
            if (root[i] == i && tries[i] > 1)
                report->chains[report->chain_count++] = (RepChain){i, best[i], tries[i]};
    }
    free(ids);
    free(root);
    free(tries);
    free(best);
    return ok;
}

bool rep_index(Report *report)
{
    rep_sort(report);
    if (report->indexed)
        return true;
    if (report->count == 0) {
        report->indexed = true;
        return true;
    }
    size_t n = report->count;
    report->by_trainee = malloc(n * sizeof *report->by_trainee);
    report->by_scenario = malloc(n * sizeof *report->by_scenario);
    if (report->by_trainee == NULL || report->by_scenario == NULL) {
        rep_unindex(report);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        report->by_trainee[i] = report->by_scenario[i] = i;
    rep_sorting = report->entries;
    qsort(report->by_trainee, n, sizeof *report->by_trainee, rep_compare_by_trainee);
    qsort(report->by_scenario, n, sizeof *report->by_scenario, rep_compare_by_scenario);
    if (!rep_build_chains(report)) {
        rep_sorting = NULL;
        rep_unindex(report);
        return false;
    }
    rep_sorting = NULL;
    report->indexed = true;
    return true;
}

void rep_group(const Report *report, bool by_trainee, const char *key, size_t *start, size_t *end)
{
    const size_t *order = by_trainee ? report->by_trainee : report->by_scenario;
    *start = *end = 0;
    if (order == NULL || key == NULL)
        return;
    size_t low = 0, high = report->count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        const RepSession *s = &report->entries[order[middle]].session;
        if (strcmp(by_trainee ? s->trainee : s->scenario_id, key) < 0)
            low = middle + 1;
        else
            high = middle;
    }
    size_t stop = low;
    while (stop < report->count) {
        const RepSession *s = &report->entries[order[stop]].session;
        if (strcmp(by_trainee ? s->trainee : s->scenario_id, key) != 0)
            break;
        stop++;
    }
    *start = low;
    *end = stop;
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

size_t rep_chain_count(Report *report)
{
    return rep_index(report) ? report->chain_count : 0;
}

const RepChain *rep_chain(Report *report, size_t index)
{
    return rep_index(report) && index < report->chain_count ? &report->chains[index] : NULL;
}

/* Statistics of skill over the sessions whose trainee (by_trainee) or
 * scenario id equals key. */
static RepStats rep_group_stats(Report *report, bool by_trainee, const char *key, RepSkill skill)
{
    RepStats none = {0, 0, 0, 0, 0, 0, 0};
    if (report->count == 0 || key == NULL || skill >= REP_SKILL_COUNT || !rep_index(report))
        return none;
    size_t start, end;
    rep_group(report, by_trainee, key, &start, &end);
    if (start == end)
        return none;
    double *values = malloc((end - start) * sizeof *values);
    if (values == NULL)
        return none;
    const size_t *order = by_trainee ? report->by_trainee : report->by_scenario;
    size_t count = 0;
    for (size_t i = start; i < end; i++) {
        const RepSession *s = &report->entries[order[i]].session;
        if (s->scores[skill] != REP_NOT_ASSESSED)
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

/* The distinct trainees (by_trainee) or scenario ids in byte order, borrowed
 * from the report; caller frees the array (not the strings). NULL with
 * *count 0 when there are none or no memory. */
const char **rep_distinct(Report *report, bool by_trainee, size_t *count)
{
    *count = 0;
    if (report->count == 0 || !rep_index(report))
        return NULL;
    const char **keys = malloc(report->count * sizeof *keys);
    if (keys == NULL)
        return NULL;
    const size_t *order = by_trainee ? report->by_trainee : report->by_scenario;
    size_t distinct = 0;
    for (size_t i = 0; i < report->count; i++) {
        const RepSession *s = &report->entries[order[i]].session;
        const char *key = by_trainee ? s->trainee : s->scenario_id;
        if (distinct == 0 || strcmp(keys[distinct - 1], key) != 0)
            keys[distinct++] = key;
    }
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
