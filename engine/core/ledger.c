/* ledger: see ledger.h. The sessions are kept sorted by registration so
 * that looking one up is a binary search, whatever the number of sessions. */
#include "ledger.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "log.h"
#include "xapi.h"

typedef struct LedgerEntry {
    char registration[37];
    char *log;          /* owned */
    double statements;
    char sent_at[32];
} LedgerEntry;

struct Ledger {
    char *endpoint;     /* owned */
    char path[4200];
    int lock_fd;        /* -1: opened for reading */
    LedgerEntry *entries;
    size_t count, capacity;
};

int ledger_default_dir(char *buffer, size_t size, CoachError *err)
{
    const char *data = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    int written;
    if (data != NULL && data[0] == '/')
        written = snprintf(buffer, size, "%s/discovery-coach/sent", data);
    else if (home != NULL && home[0] != '\0')
        written = snprintf(buffer, size, "%s/.local/share/discovery-coach/sent", home);
    else
        return err_set(err, COACH_EUSAGE, NULL, 0,
                       "no place for the record of sent sessions: set XDG_DATA_HOME or HOME");
    if (written < 0 || (size_t)written >= size)
        return err_set(err, COACH_EUSAGE, NULL, 0, "the sync record's path is too long");
    return COACH_OK;
}

/* Index of registration in the sorted entries, or where it would go. */
static size_t ledger_find(const Ledger *ledger, const char *registration, bool *found)
{
    size_t low = 0, high = ledger->count;
    *found = false;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        int order = strcmp(ledger->entries[middle].registration, registration);
        if (order == 0) {
            *found = true;
            return middle;
        }
        if (order < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

bool ledger_has(const Ledger *ledger, const char *registration)
{
    bool found;
    ledger_find(ledger, registration, &found);
    return found;
}

/* Whether text is a lowercase UUID (what xapi_attempt makes). */
static bool ledger_is_uuid(const char *text)
{
    if (text == NULL || strlen(text) != 36)
        return false;
    for (int i = 0; i < 36; i++) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !((text[i] >= '0' && text[i] <= '9') || (text[i] >= 'a' && text[i] <= 'f')))
            return false;
    }
    return true;
}

static int ledger_insert(Ledger *ledger, const char *registration, const char *log_name,
                         double statements, const char *sent_at, CoachError *err)
{
    bool found;
    size_t at = ledger_find(ledger, registration, &found);
    if (found)
        return COACH_OK;
    if (ledger->count == ledger->capacity) {
        size_t capacity = ledger->capacity == 0 ? 64 : ledger->capacity * 2;
        LedgerEntry *grown = realloc(ledger->entries, capacity * sizeof *grown);
        if (grown == NULL)
            return err_set(err, COACH_ENOMEM, ledger->path, 0, "out of memory");
        ledger->entries = grown;
        ledger->capacity = capacity;
    }
    size_t length = strlen(log_name);
    char *log = malloc(length + 1);
    if (log == NULL)
        return err_set(err, COACH_ENOMEM, ledger->path, 0, "out of memory");
    memcpy(log, log_name, length + 1);
    memmove(ledger->entries + at + 1, ledger->entries + at,
            (ledger->count - at) * sizeof *ledger->entries);
    LedgerEntry *entry = &ledger->entries[at];
    memcpy(entry->registration, registration, 37);
    entry->log = log;
    entry->statements = statements;
    snprintf(entry->sent_at, sizeof entry->sent_at, "%s", sent_at);
    ledger->count++;
    return COACH_OK;
}

int ledger_add(Ledger *ledger, const char *registration, const char *log_name, size_t statements,
               CoachError *err)
{
    if (!ledger_is_uuid(registration))
        return err_set(err, COACH_EUSAGE, ledger->path, 0, "ledger_add: not a registration");
    char now[32];
    log_utc_now(now, sizeof now);
    return ledger_insert(ledger, registration, log_name != NULL ? log_name : "", (double)statements,
                         now, err);
}

/* Reads the record at ledger->path, if there is one. */
static int ledger_read(Ledger *ledger, CoachError *err)
{
    /* JSON written like a log, but not a session log: parsed here */
    FILE *file = fopen(ledger->path, "rb");
    if (file == NULL)
        return errno == ENOENT ? COACH_OK
                               : err_set(err, COACH_EIO, ledger->path, 0, "cannot read: %s",
                                         strerror(errno));
    char *text = NULL;
    size_t size = 0, capacity = 0;
    int rc = COACH_OK;
    for (;;) {
        if (capacity - size < 65536) {
            capacity = capacity == 0 ? 65536 : capacity * 2;
            char *grown = realloc(text, capacity + 1);
            if (grown == NULL) {
                rc = err_set(err, COACH_ENOMEM, ledger->path, 0, "out of memory");
                goto free_text;
            }
            text = grown;
        }
        size_t got = fread(text + size, 1, capacity - size, file);
        size += got;
        if (got == 0)
            break;
    }
    text[size] = '\0';
    const char *end = NULL;
    cJSON *doc = cJSON_ParseWithLengthOpts(text, size, &end, false);
    const char *remove_hint =
        "; remove the file to send every session again (the LRS keeps one copy of each statement)";
    if (doc == NULL) {
        int line = 1;
        for (const char *p = text; end != NULL && p < end && *p != '\0'; p++)
            line += *p == '\n';
        rc = err_set(err, COACH_EPARSE, ledger->path, line, "not a sync record (not JSON)%s",
                     remove_hint);
        goto free_text;
    }
    const cJSON *schema = cJSON_GetObjectItemCaseSensitive(doc, "schema");
    const cJSON *endpoint = cJSON_GetObjectItemCaseSensitive(doc, "endpoint");
    const cJSON *sessions = cJSON_GetObjectItemCaseSensitive(doc, "sessions");
    if (!cJSON_IsString(schema) || strcmp(schema->valuestring, LEDGER_SCHEMA_ID) != 0 ||
        !cJSON_IsArray(sessions) || !cJSON_IsString(endpoint)) {
        rc = err_set(err, COACH_EPARSE, ledger->path, 1,
                     "not a sync record (no \"schema\", \"endpoint\" or \"sessions\")%s", remove_hint);
        goto free_doc;
    }
    if (strcmp(endpoint->valuestring, ledger->endpoint) != 0) {
        rc = err_set(err, COACH_EPARSE, ledger->path, 1,
                     "this is the record of another endpoint (%.200s)%s", endpoint->valuestring,
                     remove_hint);
        goto free_doc;
    }
    const cJSON *session = NULL;
    int index = 0;
    cJSON_ArrayForEach(session, sessions)
    {
        const cJSON *registration = cJSON_GetObjectItemCaseSensitive(session, "registration");
        const cJSON *log = cJSON_GetObjectItemCaseSensitive(session, "log");
        const cJSON *statements = cJSON_GetObjectItemCaseSensitive(session, "statements");
        const cJSON *sent_at = cJSON_GetObjectItemCaseSensitive(session, "sent_at");
        if (!cJSON_IsString(registration) || !ledger_is_uuid(registration->valuestring)) {
            rc = err_set(err, COACH_EPARSE, ledger->path, 0,
                         "sessions[%d] has no registration UUID%s", index, remove_hint);
            goto free_doc;
        }
        rc = ledger_insert(ledger, registration->valuestring,
                           cJSON_IsString(log) ? log->valuestring : "",
                           cJSON_IsNumber(statements) ? statements->valuedouble : 0,
                           cJSON_IsString(sent_at) ? sent_at->valuestring : "", err);
        if (rc != COACH_OK)
            goto free_doc;
        index++;
    }
free_doc:
    cJSON_Delete(doc);
free_text:
    free(text);
    fclose(file);
    return rc;
}

Ledger *ledger_open(const char *dir, const char *endpoint, bool for_writing, CoachError *err)
{
    if (dir == NULL || endpoint == NULL) {
        err_set(err, COACH_EUSAGE, NULL, 0, "ledger_open: no directory or endpoint");
        return NULL;
    }
    Ledger *ledger = calloc(1, sizeof *ledger);
    if (ledger == NULL) {
        err_set(err, COACH_ENOMEM, dir, 0, "out of memory");
        return NULL;
    }
    ledger->lock_fd = -1;
    size_t length = strlen(endpoint);
    ledger->endpoint = malloc(length + 1);
    if (ledger->endpoint == NULL) {
        err_set(err, COACH_ENOMEM, dir, 0, "out of memory");
        goto fail;
    }
    memcpy(ledger->endpoint, endpoint, length + 1);
    unsigned char digest[20];
    xapi_sha1(endpoint, length, digest);
    int written = snprintf(ledger->path, sizeof ledger->path,
                           "%s/%02x%02x%02x%02x%02x%02x%02x%02x.json", dir, digest[0], digest[1],
                           digest[2], digest[3], digest[4], digest[5], digest[6], digest[7]);
    if (written < 0 || (size_t)written >= sizeof ledger->path) {
        err_set(err, COACH_EUSAGE, dir, 0, "the sync record's path is too long");
        goto fail;
    }
    if (for_writing) {
        if (log_prepare_dir(dir, err) != COACH_OK)
            goto fail;
        char lock_path[4300];
        snprintf(lock_path, sizeof lock_path, "%s.lock", ledger->path);
        ledger->lock_fd = open(lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (ledger->lock_fd < 0) {
            err_set(err, COACH_EIO, lock_path, 0, "cannot open the lock: %s", strerror(errno));
            goto fail;
        }
        if (flock(ledger->lock_fd, LOCK_EX | LOCK_NB) != 0) {
            if (errno == EWOULDBLOCK)
                err_set(err, COACH_ESTATE, NULL, 0,
                        "another coach sync to this LRS is running; try again when it ends");
            else
                err_set(err, COACH_EIO, lock_path, 0, "cannot lock: %s", strerror(errno));
            goto fail;
        }
    }
    if (ledger_read(ledger, err) != COACH_OK)
        goto fail;
    return ledger;
fail:
    ledger_close(ledger);
    return NULL;
}

int ledger_save(Ledger *ledger, CoachError *err)
{
    if (ledger->lock_fd < 0)
        return err_set(err, COACH_ESTATE, ledger->path, 0, "the sync record was opened to read only");
    cJSON *doc = cJSON_CreateObject();
    cJSON *sessions = doc != NULL ? cJSON_CreateArray() : NULL;
    bool complete = sessions != NULL &&
                    cJSON_AddStringToObject(doc, "schema", LEDGER_SCHEMA_ID) != NULL &&
                    cJSON_AddStringToObject(doc, "endpoint", ledger->endpoint) != NULL &&
                    cJSON_AddItemToObject(doc, "sessions", sessions);
    if (!complete)
        cJSON_Delete(sessions);
    for (size_t i = 0; complete && i < ledger->count; i++) {
        const LedgerEntry *entry = &ledger->entries[i];
        cJSON *item = cJSON_CreateObject();
        if (item != NULL && !cJSON_AddItemToArray(sessions, item)) {
            cJSON_Delete(item);
            item = NULL;
        }
        complete = item != NULL &&
                   cJSON_AddStringToObject(item, "registration", entry->registration) != NULL &&
                   cJSON_AddStringToObject(item, "log", entry->log) != NULL &&
                   cJSON_AddNumberToObject(item, "statements", entry->statements) != NULL &&
                   cJSON_AddStringToObject(item, "sent_at", entry->sent_at) != NULL;
    }
    int rc = complete ? log_write(ledger->path, doc, err)
                      : err_set(err, COACH_ENOMEM, ledger->path, 0, "out of memory");
    cJSON_Delete(doc);
    return rc;
}

size_t ledger_count(const Ledger *ledger)
{
    return ledger->count;
}

const char *ledger_path(const Ledger *ledger)
{
    return ledger->path;
}

void ledger_close(Ledger *ledger)
{
    if (ledger == NULL)
        return;
    if (ledger->lock_fd >= 0)
        close(ledger->lock_fd); /* releases the flock */
    for (size_t i = 0; i < ledger->count; i++)
        free(ledger->entries[i].log);
    free(ledger->entries);
    free(ledger->endpoint);
    free(ledger);
}
