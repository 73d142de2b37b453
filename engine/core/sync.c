/* sync: see sync.h. Two passes: the first reads every log and keeps, for
 * each session not yet acknowledged, only its path, registration and
 * statement count; the second rebuilds each batch's statements from the
 * logs, so memory holds one batch whatever the number of sessions. */
#include "sync.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "http.h"
#include "ledger.h"
#include "log.h"
#include "report.h"
#include "xapi.h"

#define SYNC_WAIT_CAP_SECONDS 30.0
#define SYNC_RETRY_AFTER_CAP_SECONDS 60.0

typedef struct Pending {
    char *path; /* borrowed from the found list */
    char registration[37];
    size_t statements;
} Pending;

typedef struct Sync {
    const SyncOptions *options;
    const CoachConfig *config;
    XapiOptions xapi;
    SyncListener listener;
    void *context;
    SyncSummary *summary;
    Ledger *ledger;
    HttpClient *http;
    char url[4200];
    Pending *pending;
    size_t pending_count;
    unsigned int jitter_state;
} Sync;

typedef enum SendOutcome {
    SEND_ACKNOWLEDGED,
    SEND_REFUSED, /* the LRS will not take this content: refusal says why */
    SEND_STOPPED  /* nothing more can be sent now: err says why */
} SendOutcome;

static void sync_tell(Sync *sync, SyncEvent *event)
{
    if (sync->listener != NULL)
        sync->listener(sync->context, event);
}

static double sync_now(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

static void sync_sleep(double seconds)
{
    struct timespec wait = {(time_t)seconds, (long)((seconds - floor(seconds)) * 1e9)};
    while (nanosleep(&wait, &wait) != 0 && errno == EINTR)
        ;
}

static const char *sync_base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash != NULL ? slash + 1 : path;
}

/* --- what the LRS said ------------------------------------------------------------------ */

/* Copies text into out, control characters as '?' and at most out_size - 1
 * bytes (an LRS's answer is untrusted and goes to a terminal). */
static void sync_clean(const char *text, size_t length, char *out, size_t out_size)
{
    size_t at = 0;
    for (size_t i = 0; i < length && at + 1 < out_size; i++) {
        unsigned char c = (unsigned char)text[i];
        out[at++] = c < 0x20 || c == 0x7F ? '?' : (char)c;
    }
    out[at] = '\0';
}

/* The reason in an LRS's error answer: its JSON "message", else its first
 * validation warnings, else the start of the body. */
static void sync_answer_reason(const HttpResponse *response, char *out, size_t out_size)
{
    out[0] = '\0';
    if (response->body == NULL || response->size == 0)
        return;
    cJSON *doc = cJSON_ParseWithLength(response->body, response->size);
    const cJSON *message = cJSON_GetObjectItemCaseSensitive(doc, "message");
    const cJSON *warnings = cJSON_GetObjectItemCaseSensitive(doc, "warnings");
    if (cJSON_IsString(message)) {
        sync_clean(message->valuestring, strlen(message->valuestring), out, out_size);
    } else if (cJSON_IsArray(warnings) && cJSON_GetArraySize(warnings) > 0) {
        char joined[600] = "";
        const cJSON *warning = NULL;
        int shown = 0;
        cJSON_ArrayForEach(warning, warnings)
        {
            if (!cJSON_IsString(warning) || shown == 2)
                continue;
            snprintf(joined + strlen(joined), sizeof joined - strlen(joined), "%s%s",
                     shown > 0 ? "; " : "", warning->valuestring);
            shown++;
        }
        sync_clean(joined, strlen(joined), out, out_size);
    } else {
        sync_clean(response->body, response->size < 200 ? response->size : 200, out, out_size);
    }
    cJSON_Delete(doc);
}

/* After a 404 from the statements resource: an LRS whose /about answers
 * with its versions is there, so the 404 is about the credentials (Learning
 * Locker answers an unknown client that way). */
static bool sync_lrs_is_there(Sync *sync)
{
    char url[4300];
    snprintf(url, sizeof url, "%s/about", sync->config->endpoint);
    HttpResponse response;
    bool there = false;
    if (http_request(sync->http, url, NULL, 0, &response) == COACH_OK &&
        response.failure == HTTP_ANSWERED && response.status == 200 && response.body != NULL) {
        cJSON *about = cJSON_ParseWithLength(response.body, response.size);
        there = cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(about, "version"));
        cJSON_Delete(about);
    }
    http_response_deinit(&response);
    return there;
}

/* --- sending ------------------------------------------------------------------------------- */

/* A wait of base seconds give or take 25%, from a small generator seeded
 * per process: machines that lost the LRS together retry apart. */
static double sync_jittered(Sync *sync, double base)
{
    sync->jitter_state = sync->jitter_state * 1103515245u + 12345u;
    double unit = (double)((sync->jitter_state >> 8) & 0xFFFF) / 65535.0;
    return base * (0.75 + 0.5 * unit);
}

/* POSTs body until the LRS acknowledges or refuses it, or the tries run out. */
static SendOutcome sync_send(Sync *sync, const char *body, size_t size, char *refusal,
                             size_t refusal_size, CoachError *err)
{
    const CoachConfig *config = sync->config;
    double started = sync_now();
    char reason[700] = "";
    for (long attempt = 0;; attempt++) {
        HttpResponse response;
        if (http_request(sync->http, sync->url, body, size, &response) != COACH_OK) {
            err_set(err, COACH_ENOMEM, NULL, 0, "out of memory sending");
            return SEND_STOPPED;
        }
        char said[512];
        bool may_pass = false, answered = response.failure == HTTP_ANSWERED;
        if (response.failure == HTTP_ANSWERED) {
            long status = response.status;
            sync_answer_reason(&response, said, sizeof said);
            const char *colon = said[0] != '\0' ? ": " : "";
            if (status == 200 || status == 204) {
                http_response_deinit(&response);
                return SEND_ACKNOWLEDGED;
            }
            if (status == 400 || status == 409 || status == 413 || status == 422) {
                snprintf(refusal, refusal_size, "HTTP %ld%s%s%s", status, colon, said,
                         status == 409   ? " (the LRS holds other statements with these ids: the "
                                           "log or the account settings changed after it was sent)"
                         : status == 413 ? " (lower batch in the settings)"
                                         : "");
                http_response_deinit(&response);
                return SEND_REFUSED;
            }
            if (status == 401 || status == 403 || (status == 404 && sync_lrs_is_there(sync))) {
                bool from_file = strncmp(config->key_from, "COACH_", 6) != 0;
                err_set(err, COACH_ELRS, NULL, 0,
                        "the LRS at %s refused the key (HTTP %ld%s%.200s): check %s%s%s",
                        config->endpoint, status, colon, said,
                        from_file ? "key and secret in " : "COACH_LRS_KEY and COACH_LRS_SECRET",
                        from_file ? config->key_from : "",
                        from_file ? " (or COACH_LRS_KEY and COACH_LRS_SECRET)" : "");
                http_response_deinit(&response);
                return SEND_STOPPED;
            }
            if (status == 404) {
                err_set(err, COACH_ELRS, NULL, 0,
                        "no xAPI statements resource at %s (HTTP 404): check endpoint in %s (the "
                        "xAPI base URL, without /statements)",
                        sync->url, config->endpoint_from);
                http_response_deinit(&response);
                return SEND_STOPPED;
            }
            if (status >= 300 && status < 400) {
                err_set(err, COACH_ELRS, NULL, 0,
                        "the LRS at %s redirects (HTTP %ld) to %.300s: set endpoint in %s to the "
                        "final address",
                        config->endpoint, status,
                        response.location[0] != '\0' ? response.location : "(nowhere said)",
                        config->endpoint_from);
                http_response_deinit(&response);
                return SEND_STOPPED;
            }
            may_pass = status == 408 || status == 429 || status >= 500;
            snprintf(reason, sizeof reason, "HTTP %ld%s%s", status, colon, said);
            if (!may_pass) {
                err_set(err, COACH_ELRS, NULL, 0, "the LRS at %s answered %s", config->endpoint,
                        reason);
                http_response_deinit(&response);
                return SEND_STOPPED;
            }
        } else if (response.failure == HTTP_TLS) {
            err_set(err, COACH_ELRS, NULL, 0,
                    "cannot verify the certificate of %s (%s): if the team's LRS uses its own "
                    "certificate authority, set ca_file in %s",
                    config->endpoint, response.message, config->path);
            http_response_deinit(&response);
            return SEND_STOPPED;
        } else if (response.failure == HTTP_REFUSED_URL) {
            err_set(err, COACH_ELRS, NULL, 0, "cannot send to %s: %s", sync->url, response.message);
            http_response_deinit(&response);
            return SEND_STOPPED;
        } else {
            may_pass = true;
            snprintf(reason, sizeof reason, "%s", response.message);
        }
        double wait = sync_jittered(sync, fmin(SYNC_WAIT_CAP_SECONDS, ldexp(1.0, (int)attempt)));
        if (response.retry_after > wait)
            wait = fmin((double)response.retry_after, SYNC_RETRY_AFTER_CAP_SECONDS);
        http_response_deinit(&response);
        if (attempt >= config->retries) {
            err_set(err, COACH_ELRS, NULL, 0, "%s %s: %s (%ld tr%s over %.0f s)",
                    answered ? "the LRS kept failing at" : "could not reach the LRS at",
                    config->endpoint, reason, attempt + 1, attempt == 0 ? "y" : "ies",
                    sync_now() - started);
            return SEND_STOPPED;
        }
        SyncEvent event = {.kind = SYNC_RETRY, .message = reason, .wait_seconds = wait};
        sync_tell(sync, &event);
        sync_sleep(wait);
    }
}

/* The statements of a pending session, read again from its log: NULL when
 * the log changed or vanished since the first pass (it goes next time). */
static cJSON *sync_statements_of(Sync *sync, const Pending *pending)
{
    CoachError err;
    err_clear(&err);
    cJSON *log = log_read(pending->path, &err);
    char registration[37];
    cJSON *statements = log != NULL ? xapi_attempt(log, pending->path, &sync->xapi, registration, &err)
                                    : NULL;
    cJSON_Delete(log);
    if (statements != NULL && strcmp(registration, pending->registration) == 0)
        return statements;
    cJSON_Delete(statements);
    if (err.code == COACH_OK)
        err_set(&err, COACH_EPARSE, pending->path, 0, "changed while it was being sent");
    snprintf(err.message + strlen(err.message), sizeof err.message - strlen(err.message), "%s",
             "; it goes with the next sync");
    SyncEvent event = {.kind = SYNC_SKIPPED, .path = pending->path, .warning = &err};
    sync->summary->skipped++;
    sync_tell(sync, &event);
    return NULL;
}

/* Sends the statements of one session, in requests of at most batch. */
static SendOutcome sync_send_session(Sync *sync, const Pending *pending, cJSON *statements,
                                     CoachError *err)
{
    int total = cJSON_GetArraySize(statements);
    int per_request = (int)sync->config->batch;
    for (int first = 0; first < total; first += per_request) {
        cJSON *chunk = cJSON_CreateArray();
        for (int i = first; chunk != NULL && i < total && i < first + per_request; i++) {
            cJSON *copy = cJSON_Duplicate(cJSON_GetArrayItem(statements, i), true);
            if (copy == NULL || !cJSON_AddItemToArray(chunk, copy)) {
                cJSON_Delete(copy);
                cJSON_Delete(chunk);
                chunk = NULL;
            }
        }
        char *body = chunk != NULL ? cJSON_PrintUnformatted(chunk) : NULL;
        cJSON_Delete(chunk);
        if (body == NULL) {
            err_set(err, COACH_ENOMEM, pending->path, 0, "out of memory");
            return SEND_STOPPED;
        }
        char refusal[1024];
        SendOutcome outcome = sync_send(sync, body, strlen(body), refusal, sizeof refusal, err);
        free(body);
        if (outcome == SEND_REFUSED) {
            SyncEvent event = {.kind = SYNC_REFUSED, .path = pending->path,
                               .registration = pending->registration, .message = refusal};
            sync->summary->refused++;
            sync_tell(sync, &event);
        }
        if (outcome != SEND_ACKNOWLEDGED)
            return outcome;
    }
    return SEND_ACKNOWLEDGED;
}

/* Records sessions [first, end) as acknowledged, durably, and tells. */
static int sync_record(Sync *sync, const bool *acknowledged, size_t first, size_t end,
                       CoachError *err)
{
    bool changed = false;
    for (size_t i = first; i < end; i++) {
        if (!acknowledged[i - first])
            continue;
        const Pending *pending = &sync->pending[i];
        int rc = ledger_add(sync->ledger, pending->registration, sync_base_name(pending->path),
                            pending->statements, err);
        if (rc != COACH_OK)
            return rc;
        sync->summary->sent++;
        sync->summary->statements += pending->statements;
        changed = true;
    }
    if (changed) {
        int rc = ledger_save(sync->ledger, err);
        if (rc != COACH_OK)
            return rc;
    }
    SyncEvent event = {.kind = SYNC_PROGRESS, .done = end, .total = sync->pending_count};
    sync_tell(sync, &event);
    return COACH_OK;
}

/* Sends pending sessions [first, end) as one batch (or one session in
 * parts); a refused batch of several is sent again one session at a time. */
static int sync_send_batch(Sync *sync, size_t first, size_t end, CoachError *err)
{
    size_t count = end - first;
    bool *acknowledged = calloc(count, sizeof *acknowledged);
    cJSON **parts = calloc(count, sizeof *parts);
    cJSON *batch = cJSON_CreateArray();
    int rc = COACH_OK;
    if (acknowledged == NULL || parts == NULL || batch == NULL) {
        rc = err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        goto free_all;
    }
    size_t readable = 0;
    for (size_t i = 0; i < count; i++) {
        parts[i] = sync_statements_of(sync, &sync->pending[first + i]);
        if (parts[i] == NULL)
            continue;
        readable++;
        cJSON *statement = NULL;
        cJSON_ArrayForEach(statement, parts[i])
        {
            cJSON *copy = cJSON_Duplicate(statement, true);
            if (copy == NULL || !cJSON_AddItemToArray(batch, copy)) {
                cJSON_Delete(copy);
                rc = err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
                goto free_all;
            }
        }
    }
    if (readable == 0)
        goto record;
    if (readable == 1) {
        for (size_t i = 0; i < count; i++) {
            if (parts[i] == NULL)
                continue;
            SendOutcome outcome = sync_send_session(sync, &sync->pending[first + i], parts[i], err);
            if (outcome == SEND_STOPPED) {
                rc = err->code != COACH_OK ? err->code : COACH_ELRS;
                goto free_all;
            }
            acknowledged[i] = outcome == SEND_ACKNOWLEDGED;
        }
        goto record;
    }
    char *body = cJSON_PrintUnformatted(batch);
    if (body == NULL) {
        rc = err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        goto free_all;
    }
    char refusal[1024];
    SendOutcome outcome = sync_send(sync, body, strlen(body), refusal, sizeof refusal, err);
    free(body);
    if (outcome == SEND_STOPPED) {
        rc = err->code != COACH_OK ? err->code : COACH_ELRS;
        goto free_all;
    }
    for (size_t i = 0; i < count; i++) {
        if (parts[i] == NULL)
            continue;
        if (outcome == SEND_ACKNOWLEDGED) {
            acknowledged[i] = true;
            continue;
        }
        /* refused as a whole: find the sessions at fault */
        SendOutcome alone = sync_send_session(sync, &sync->pending[first + i], parts[i], err);
        if (alone == SEND_STOPPED) {
            rc = sync_record(sync, acknowledged, first, first + i, err);
            if (rc == COACH_OK)
                rc = err->code != COACH_OK ? err->code : COACH_ELRS;
            goto free_all;
        }
        acknowledged[i] = alone == SEND_ACKNOWLEDGED;
    }
record:
    rc = sync_record(sync, acknowledged, first, end, err);
free_all:
    for (size_t i = 0; parts != NULL && i < count; i++)
        cJSON_Delete(parts[i]);
    free(parts);
    free(acknowledged);
    cJSON_Delete(batch);
    return rc;
}

/* --- reading the logs ------------------------------------------------------------------ */

static void sync_warn(void *context, const CoachError *warning)
{
    Sync *sync = context;
    sync->summary->skipped++;
    SyncEvent event = {.kind = SYNC_SKIPPED, .path = warning->file, .warning = warning};
    sync_tell(sync, &event);
}

/* Sorts one found file: unfinished, sent before, not a log, or pending. */
static int sync_consider(Sync *sync, char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && st.st_size == 0) {
        /* a session's log is created empty before its first write */
        sync->summary->unfinished++;
        return COACH_OK;
    }
    CoachError err;
    err_clear(&err);
    cJSON *log = log_read(path, &err);
    if (log == NULL) {
        if (err.code == COACH_ENOMEM)
            return COACH_ENOMEM;
        sync_warn(sync, &err);
        return COACH_OK;
    }
    sync->summary->logs++;
    if (!xapi_log_finished(log)) {
        sync->summary->unfinished++;
        cJSON_Delete(log);
        return COACH_OK;
    }
    char registration[37];
    cJSON *statements = xapi_attempt(log, path, &sync->xapi, registration, &err);
    cJSON_Delete(log);
    if (statements == NULL) {
        if (err.code == COACH_ENOMEM)
            return COACH_ENOMEM;
        sync_warn(sync, &err);
        return COACH_OK;
    }
    size_t count = (size_t)cJSON_GetArraySize(statements);
    cJSON_Delete(statements);
    if (ledger_has(sync->ledger, registration)) {
        sync->summary->sent_before++;
        return COACH_OK;
    }
    /* the same session twice (a copy of a log): sent once */
    for (size_t i = 0; i < sync->pending_count; i++)
        if (strcmp(sync->pending[i].registration, registration) == 0)
            return COACH_OK;
    Pending *pending = &sync->pending[sync->pending_count++];
    pending->path = path;
    memcpy(pending->registration, registration, sizeof registration);
    pending->statements = count;
    sync->summary->pending++;
    if (sync->options->dry_run) {
        SyncEvent event = {.kind = SYNC_PENDING, .path = path, .registration = registration,
                           .statements = count};
        sync_tell(sync, &event);
    }
    return COACH_OK;
}

/* --- the run ---------------------------------------------------------------------------- */

static int sync_check_config(const SyncOptions *options, CoachError *err)
{
    const CoachConfig *config = options->config;
    if (config->endpoint == NULL)
        return err_set(err, COACH_EUSAGE, NULL, 0,
                       "no LRS is set: put \"endpoint = https://...\" (the xAPI base URL) in %s, "
                       "or set COACH_LRS_ENDPOINT",
                       config->path);
    if (config->home_page == NULL)
        return err_set(err, COACH_EUSAGE, NULL, 0,
                       "put \"home_page = https://...\" in %s: the address of the team's learning "
                       "platform, where the trainees' accounts are",
                       config->path);
    if (!options->dry_run && (config->key == NULL || config->secret == NULL))
        return err_set(err, COACH_EUSAGE, NULL, 0,
                       "no LRS %s: put \"key = ...\" and \"secret = ...\" in %s, or set "
                       "COACH_LRS_KEY and COACH_LRS_SECRET",
                       config->key == NULL ? "key" : "secret", config->path);
    return COACH_OK;
}

int sync_run(const SyncOptions *options, SyncListener listener, void *context,
             SyncSummary *summary, CoachError *err)
{
    memset(summary, 0, sizeof *summary);
    int rc = sync_check_config(options, err);
    if (rc != COACH_OK)
        return rc;
    const CoachConfig *config = options->config;
    Sync sync;
    memset(&sync, 0, sizeof sync);
    sync.options = options;
    sync.config = config;
    sync.xapi.home_page = config->home_page;
    sync.xapi.account = config->account;
    sync.xapi.activity_base = config->activity_base;
    sync.listener = listener;
    sync.context = context;
    sync.summary = summary;
    sync.jitter_state = (unsigned int)getpid() ^ (unsigned int)time(NULL);
    snprintf(sync.url, sizeof sync.url, "%s/statements", config->endpoint);

    sync.ledger = ledger_open(options->ledger_dir, config->endpoint, !options->dry_run, err);
    if (sync.ledger == NULL)
        return err->code;
    snprintf(summary->ledger, sizeof summary->ledger, "%s", ledger_path(sync.ledger));

    char **found = NULL;
    size_t found_count = 0;
    rc = rep_find_logs(options->paths, options->path_count, &found, &found_count, sync_warn, &sync,
                       err);
    if (rc != COACH_OK)
        goto close_ledger;
    sync.pending = found_count > 0 ? calloc(found_count, sizeof *sync.pending) : NULL;
    if (found_count > 0 && sync.pending == NULL) {
        rc = err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        goto free_found;
    }
    for (size_t i = 0; i < found_count; i++) {
        if (sync_consider(&sync, found[i]) != COACH_OK) {
            rc = err_set(err, COACH_ENOMEM, found[i], 0, "out of memory");
            goto free_found;
        }
    }
    if (options->dry_run || sync.pending_count == 0)
        goto free_found;

    HttpSettings settings = {config->key, config->secret, config->timeout, config->ca_file};
    sync.http = http_create(&settings, err);
    if (sync.http == NULL) {
        rc = err->code;
        goto free_found;
    }
    size_t total_statements = 0;
    for (size_t i = 0; i < sync.pending_count; i++)
        total_statements += sync.pending[i].statements;
    SyncEvent start = {.kind = SYNC_START, .total = sync.pending_count,
                       .statements = total_statements};
    sync_tell(&sync, &start);
    double started = sync_now();
    for (size_t first = 0; first < sync.pending_count && rc == COACH_OK;) {
        /* whole sessions up to the batch size; at least one */
        size_t end = first + 1, statements = sync.pending[first].statements;
        while (end < sync.pending_count &&
               statements + sync.pending[end].statements <= (size_t)config->batch)
            statements += sync.pending[end++].statements;
        rc = sync_send_batch(&sync, first, end, err);
        first = end;
    }
    summary->seconds = sync_now() - started;
    if (rc == COACH_ELRS) {
        size_t waiting = summary->pending - summary->sent;
        snprintf(err->message + strlen(err->message), sizeof err->message - strlen(err->message),
                 "; %zu session%s wait%s for the next sync", waiting, waiting == 1 ? "" : "s",
                 waiting == 1 ? "s" : "");
    } else if (rc == COACH_OK && summary->refused > 0) {
        rc = err_set(err, COACH_ELRS, NULL, 0,
                     "the LRS refused %zu session%s (named above); %s stay%s unsent", summary->refused,
                     summary->refused == 1 ? "" : "s", summary->refused == 1 ? "it" : "they",
                     summary->refused == 1 ? "s" : "");
    }
    http_destroy(sync.http);
free_found:
    free(sync.pending);
    rep_free_paths(found, found_count);
close_ledger:
    ledger_close(sync.ledger);
    return rc;
}

/* --- in the background ----------------------------------------------------------------- */

struct SyncJob {
    pthread_mutex_t lock;
    pthread_t thread;
    CoachConfig config;
    char log_dir[4096];
    char ledger_dir[4096];
    SyncJobDone done_function;
    void *context;
    /* under lock */
    bool done, released;
    int rc;
    SyncSummary summary;
    CoachError err;
};

static void sync_job_free(SyncJob *job)
{
    conf_deinit(&job->config);
    pthread_mutex_destroy(&job->lock);
    free(job);
}

static void *sync_job_main(void *argument)
{
    SyncJob *job = argument;
    const char *paths[1] = {job->log_dir};
    SyncOptions options = {&job->config, paths, 1, job->ledger_dir, false};
    SyncSummary summary;
    CoachError err;
    err_clear(&err);
    int rc = sync_run(&options, NULL, NULL, &summary, &err);
    pthread_mutex_lock(&job->lock);
    job->rc = rc;
    job->summary = summary;
    job->err = err;
    job->done = true;
    bool orphan = job->released;
    SyncJobDone done_function = job->done_function;
    void *context = job->context;
    pthread_mutex_unlock(&job->lock);
    if (orphan)
        sync_job_free(job);
    else if (done_function != NULL)
        done_function(context);
    return NULL;
}

SyncJob *sync_job_start(const char *log_dir, SyncJobDone done, void *context)
{
    SyncJob *job = calloc(1, sizeof *job);
    if (job == NULL)
        return NULL;
    conf_init(&job->config);
    if (pthread_mutex_init(&job->lock, NULL) != 0) {
        free(job);
        return NULL;
    }
    CoachError err;
    err_clear(&err);
    SyncOptions check = {&job->config, NULL, 0, NULL, false};
    bool ready = conf_load_default(&job->config, &err) == COACH_OK && job->config.sync_after_call &&
                 sync_check_config(&check, &err) == COACH_OK &&
                 ledger_default_dir(job->ledger_dir, sizeof job->ledger_dir, &err) == COACH_OK;
    if (ready && log_dir != NULL)
        ready = snprintf(job->log_dir, sizeof job->log_dir, "%s", log_dir) < (int)sizeof job->log_dir;
    else if (ready)
        ready = log_default_dir(job->log_dir, sizeof job->log_dir, &err) == COACH_OK;
    job->done_function = done;
    job->context = context;
    if (!ready || pthread_create(&job->thread, NULL, sync_job_main, job) != 0) {
        sync_job_free(job);
        return NULL;
    }
    pthread_detach(job->thread);
    return job;
}

bool sync_job_result(SyncJob *job, int *rc, SyncSummary *summary, CoachError *err)
{
    pthread_mutex_lock(&job->lock);
    bool done = job->done;
    if (done) {
        *rc = job->rc;
        *summary = job->summary;
        if (err != NULL)
            *err = job->err;
    }
    pthread_mutex_unlock(&job->lock);
    return done;
}

void sync_job_release(SyncJob *job)
{
    if (job == NULL)
        return;
    pthread_mutex_lock(&job->lock);
    bool done = job->done;
    job->released = true;
    pthread_mutex_unlock(&job->lock);
    if (done)
        sync_job_free(job);
}
