/* log: see log.h. Crash-safe writes (temporary file, fsync, rename or link,
 * fsync of the directory) and tolerant reads (size cap, parse errors with a
 * line number, a check of the schema's required shape). */
#include "log.h"
#include "utf8.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define JLOG_MAX_BYTES ((long long)64 * 1024 * 1024)

int log_default_dir(char *buffer, size_t size, CoachError *err)
{
    const char *data = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    int written;
    if (data != NULL && data[0] == '/')
        written = snprintf(buffer, size, "%s/discovery-coach/logs", data);
    else if (home != NULL && home[0] != '\0')
        written = snprintf(buffer, size, "%s/.local/share/discovery-coach/logs", home);
    else
        return err_set(err, COACH_EUSAGE, NULL, 0,
                       "no log directory: set XDG_DATA_HOME or HOME, or pass --log-dir");
    if (written < 0 || (size_t)written >= size)
        return err_set(err, COACH_EUSAGE, NULL, 0, "the log directory path is too long");
    return COACH_OK;
}

/* The pid of a writer's temporary "<name>.json.tmp<pid>", or 0 when name is
 * not one. */
static long log_temporary_pid(const char *name)
{
    const char *tmp = strstr(name, ".json.tmp");
    if (tmp == NULL)
        return 0;
    const char *digits = tmp + strlen(".json.tmp");
    long pid = 0;
    for (const char *p = digits; *p != '\0'; p++) {
        if (*p < '0' || *p > '9' || pid > 100000000L)
            return 0;
        pid = pid * 10 + (*p - '0');
    }
    return digits[0] != '\0' ? pid : 0;
}

/* Removes the temporaries of writers that no longer run: a kill between
 * the write and the rename leaves one behind (the audit found 122 after 200
 * kills). A live writer's, or one whose pid is in use again, stays. */
static void log_remove_stale_temporaries(const char *dir)
{
    DIR *listing = opendir(dir);
    if (listing == NULL)
        return;
    int fd = dirfd(listing);
    for (struct dirent *entry; (entry = readdir(listing)) != NULL;) {
        long pid = log_temporary_pid(entry->d_name);
        if (pid <= 0 || pid == (long)getpid())
            continue;
        if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
            continue;
        struct stat st;
        if (fstatat(fd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode))
            unlinkat(fd, entry->d_name, 0);
    }
    closedir(listing);
}

int log_prepare_dir(const char *dir, CoachError *err)
{
    if (dir == NULL || dir[0] == '\0')
        return err_set(err, COACH_EUSAGE, NULL, 0, "no log directory given");
    char path[4096];
    if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path)
        return err_set(err, COACH_EUSAGE, dir, 0, "the log directory path is too long");
    /* mkdir -p */
    for (char *p = path + 1; *p != '\0'; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(path, 0755) != 0 && errno != EEXIST) {
            int saved = errno;
            *p = '/';
            return err_set(err, COACH_EIO, dir, 0, "cannot create the log directory: %s",
                           strerror(saved));
        }
        *p = '/';
    }
    if (mkdir(path, 0755) != 0 && errno != EEXIST)
        return err_set(err, COACH_EIO, dir, 0, "cannot create the log directory: %s",
                       strerror(errno));
    struct stat st;
    if (stat(path, &st) != 0)
        return err_set(err, COACH_EIO, dir, 0, "cannot use the log directory: %s", strerror(errno));
    if (!S_ISDIR(st.st_mode))
        return err_set(err, COACH_EIO, dir, 0, "the log directory is not a directory");
    if (access(path, W_OK | X_OK) != 0)
        return err_set(err, COACH_EIO, dir, 0, "the log directory is not writable: %s",
                       strerror(errno));
    log_remove_stale_temporaries(path);
    return COACH_OK;
}

void log_utc_now(char *buffer, size_t size)
{
    time_t now = time(NULL);
    struct tm utc;
    if (gmtime_r(&now, &utc) == NULL || strftime(buffer, size, "%Y-%m-%dT%H:%M:%SZ", &utc) == 0)
        snprintf(buffer, size, "1970-01-01T00:00:00Z");
}

/* The names this process has handed out: the second of the last one and
 * the suffix the next one in that second starts from. Nothing is created on
 * disk until the first write, so two sessions started in the same second
 * must not be given the same name. */
static pthread_mutex_t log_names_lock = PTHREAD_MUTEX_INITIALIZER;
static char log_names_stamp[32];
static int log_names_next;

int log_create_path(const char *dir, const char *scenario_id, char *buffer, size_t size,
                     CoachError *err)
{
    time_t now = time(NULL);
    struct tm utc;
    char stamp[32] = "19700101T000000Z";
    if (gmtime_r(&now, &utc) != NULL)
        strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &utc);
    pthread_mutex_lock(&log_names_lock);
    if (strcmp(stamp, log_names_stamp) != 0) {
        snprintf(log_names_stamp, sizeof log_names_stamp, "%s", stamp);
        log_names_next = 0;
    }
    int rc = COACH_OK;
    for (int attempt = log_names_next;; attempt++) {
        if (attempt >= log_names_next + 1000) {
            rc = err_set(err, COACH_EIO, dir, 0, "cannot find a free log file name");
            break;
        }
        int written;
        if (attempt == 0)
            written = snprintf(buffer, size, "%s/%s-%s-%ld.json", dir, scenario_id, stamp,
                               (long)getpid());
        else
            written = snprintf(buffer, size, "%s/%s-%s-%ld-%d.json", dir, scenario_id, stamp,
                               (long)getpid(), attempt);
        if (written < 0 || (size_t)written >= size) {
            rc = err_set(err, COACH_EUSAGE, dir, 0, "the log path is too long");
            break;
        }
        struct stat st;
        if (lstat(buffer, &st) == 0)
            continue;
        if (errno != ENOENT) {
            rc = err_set(err, COACH_EIO, buffer, 0, "cannot create the log: %s", strerror(errno));
            break;
        }
        log_names_next = attempt + 1;
        break;
    }
    pthread_mutex_unlock(&log_names_lock);
    return rc;
}

static int log_write_all(int fd, const char *data, size_t size)
{
    while (size > 0) {
        ssize_t n = write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += n;
        size -= (size_t)n;
    }
    return 0;
}

/* Puts the complete temporary in place at path: rename(2) replaces,
 * link(2) creates and never replaces. Returns 0, or -1 with errno. */
static int log_put_in_place(const char *temporary, const char *path, bool replace)
{
    if (replace)
        return rename(temporary, path);
    if (link(temporary, path) == 0) {
        unlink(temporary);
        return 0;
    }
    if (errno == EEXIST)
        return -1;
    /* A file system without hard links: rename, if nothing is there yet (a
     * window of one system call, where link closes none). */
    if (errno != EPERM && errno != EOPNOTSUPP && errno != ENOSYS && errno != EMLINK)
        return -1;
    struct stat st;
    if (lstat(path, &st) == 0) {
        errno = EEXIST;
        return -1;
    }
    return rename(temporary, path);
}

static int log_write_file(const char *path, const cJSON *doc, bool replace, CoachError *err)
{
    if (path == NULL || doc == NULL)
        return err_set(err, COACH_EUSAGE, path, 0, "log_write: nothing to write");
    char *text = cJSON_Print(doc);
    if (text == NULL)
        return err_set(err, COACH_ENOMEM, path, 0, "out of memory printing the log");
    int rc = COACH_OK;
    size_t path_length = strlen(path);
    char *temporary = malloc(path_length + 32);
    if (temporary == NULL) {
        rc = err_set(err, COACH_ENOMEM, path, 0, "out of memory");
        goto free_text;
    }
    snprintf(temporary, path_length + 32, "%s.tmp%ld", path, (long)getpid());
    int fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        rc = err_set(err, COACH_EIO, path, 0, "cannot write the log: %s", strerror(errno));
        goto free_temporary;
    }
    size_t size = strlen(text);
    text[size] = '\n';
    int failed = log_write_all(fd, text, size + 1);
    text[size] = '\0';
    if (failed != 0 || fsync(fd) != 0) {
        rc = err_set(err, COACH_EIO, path, 0, "cannot write the log: %s", strerror(errno));
        close(fd);
        unlink(temporary);
        goto free_temporary;
    }
    if (close(fd) != 0 || log_put_in_place(temporary, path, replace) != 0) {
        if (errno == EEXIST)
            rc = err_set(err, COACH_EIO, path, 0, "cannot create the log: a file of that name exists");
        else
            rc = err_set(err, COACH_EIO, path, 0, "cannot replace the log: %s", strerror(errno));
        unlink(temporary);
        goto free_temporary;
    }
    /* make the rename itself durable */
    char *slash = strrchr(temporary, '/');
    if (slash != NULL) {
        *slash = '\0';
        int dir = open(slash == temporary ? "/" : temporary, O_RDONLY);
        if (dir >= 0) {
            fsync(dir);
            close(dir);
        }
    }
free_temporary:
    free(temporary);
free_text:
    free(text);
    return rc;
}

int log_write(const char *path, const cJSON *doc, CoachError *err)
{
    return log_write_file(path, doc, true, err);
}

int log_write_new(const char *path, const cJSON *doc, CoachError *err)
{
    return log_write_file(path, doc, false, err);
}

static int log_line_at(const char *text, size_t offset)
{
    int line = 1;
    for (size_t i = 0; i < offset && text[i] != '\0'; i++)
        if (text[i] == '\n')
            line++;
    return line;
}

static int log_require(const cJSON *object, const char *key, int type_mask, const char *where,
                        const char *path, CoachError *err)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    if (item == NULL)
        return err_set(err, COACH_EPARSE, path, 0, "not a session log: %s has no \"%s\"", where, key);
    if ((item->type & 0xFF & type_mask) == 0)
        return err_set(err, COACH_EPARSE, path, 0, "not a session log: %s.%s has the wrong type",
                       where, key);
    return COACH_OK;
}

int log_validate(const cJSON *doc, const char *path, CoachError *err)
{
    if (!cJSON_IsObject(doc))
        return err_set(err, COACH_EPARSE, path, 1, "not a session log: the top level is not an object");
    const cJSON *schema = cJSON_GetObjectItemCaseSensitive(doc, "schema");
    if (!cJSON_IsString(schema) || strcmp(schema->valuestring, JLOG_SCHEMA_ID) != 0)
        return err_set(err, COACH_EPARSE, path, 0, "not a session log: \"schema\" is not \"%s\"",
                       JLOG_SCHEMA_ID);
    const cJSON *version = cJSON_GetObjectItemCaseSensitive(doc, "schema_version");
    if (!cJSON_IsNumber(version))
        return err_set(err, COACH_EPARSE, path, 0, "not a session log: no \"schema_version\"");
    if (version->valueint > JLOG_SCHEMA_VERSION || version->valueint < 1)
        return err_set(err, COACH_EPARSE, path, 0,
                       "log schema version %d is not supported (this coach reads version %d)",
                       version->valueint, JLOG_SCHEMA_VERSION);
    int rc;
    if ((rc = log_require(doc, "trainee", cJSON_String, "log", path, err)) != COACH_OK ||
        (rc = log_require(doc, "scenario", cJSON_Object, "log", path, err)) != COACH_OK ||
        (rc = log_require(doc, "seed", cJSON_Number, "log", path, err)) != COACH_OK ||
        (rc = log_require(doc, "started_at", cJSON_String, "log", path, err)) != COACH_OK ||
        (rc = log_require(doc, "turns", cJSON_Array, "log", path, err)) != COACH_OK ||
        (rc = log_require(doc, "scores", cJSON_Object, "log", path, err)) != COACH_OK ||
        (rc = log_require(doc, "metrics", cJSON_Object, "log", path, err)) != COACH_OK ||
        (rc = log_require(doc, "ending", cJSON_Object | cJSON_NULL, "log", path, err)) != COACH_OK)
        return rc;
    const cJSON *scenario = cJSON_GetObjectItemCaseSensitive(doc, "scenario");
    static const char *const scenario_keys[] = {"id", "version", "path", "sha256", NULL};
    for (size_t i = 0; scenario_keys[i] != NULL; i++)
        if ((rc = log_require(scenario, scenario_keys[i], cJSON_String, "scenario", path, err)) !=
            COACH_OK)
            return rc;
    const cJSON *scores = cJSON_GetObjectItemCaseSensitive(doc, "scores");
    static const char *const score_keys[] = {"discovery", "listening", "benefits", "next_step",
                                             "overall", NULL};
    for (size_t i = 0; score_keys[i] != NULL; i++) {
        if ((rc = log_require(scores, score_keys[i], cJSON_Object, "scores", path, err)) != COACH_OK)
            return rc;
        const cJSON *skill = cJSON_GetObjectItemCaseSensitive(scores, score_keys[i]);
        /* a skill the call gave no opportunity: "score": null, "assessed": false */
        if (strcmp(score_keys[i], "overall") != 0 &&
            cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(skill, "assessed")) &&
            cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(skill, "score"))) {
            if ((rc = log_require(skill, "reasons", cJSON_Array, score_keys[i], path, err)) != COACH_OK)
                return rc;
            continue;
        }
        if ((rc = log_require(skill, "score", cJSON_Number, score_keys[i], path, err)) != COACH_OK ||
            (rc = log_require(skill, "reasons", cJSON_Array, score_keys[i], path, err)) != COACH_OK)
            return rc;
        double value = cJSON_GetObjectItemCaseSensitive(skill, "score")->valuedouble;
        if (value < 0 || value > 100)
            return err_set(err, COACH_EPARSE, path, 0, "scores.%s.score %g is outside 0-100",
                           score_keys[i], value);
    }
    const cJSON *turn = NULL;
    int index = 0;
    cJSON_ArrayForEach(turn, cJSON_GetObjectItemCaseSensitive(doc, "turns"))
    {
        char where[32];
        snprintf(where, sizeof where, "turns[%d]", index++);
        if (!cJSON_IsObject(turn))
            return err_set(err, COACH_EPARSE, path, 0, "not a session log: %s is not an object", where);
        if ((rc = log_require(turn, "speaker", cJSON_String, where, path, err)) != COACH_OK ||
            (rc = log_require(turn, "text", cJSON_String, where, path, err)) != COACH_OK ||
            (rc = log_require(turn, "node", cJSON_String, where, path, err)) != COACH_OK)
            return rc;
    }
    const cJSON *ending = cJSON_GetObjectItemCaseSensitive(doc, "ending");
    if (cJSON_IsObject(ending) &&
        ((rc = log_require(ending, "outcome", cJSON_String, "ending", path, err)) != COACH_OK ||
         (rc = log_require(ending, "success", cJSON_True | cJSON_False, "ending", path, err)) !=
             COACH_OK))
        return rc;
    return COACH_OK;
}

cJSON *log_read(const char *path, CoachError *err)
{
    if (path == NULL) {
        err_set(err, COACH_EUSAGE, NULL, 0, "no log path");
        return NULL;
    }
    cJSON *doc = NULL;
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        err_set(err, COACH_EIO, path, 0, "cannot open the log: %s", strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(file), &st) != 0 || !S_ISREG(st.st_mode)) {
        err_set(err, COACH_EIO, path, 0, "not a regular file");
        goto close_file;
    }
    if ((long long)st.st_size > JLOG_MAX_BYTES) {
        err_set(err, COACH_EPARSE, path, 0, "the log is larger than 64 MiB");
        goto close_file;
    }
    size_t size = (size_t)st.st_size;
    char *text = malloc(size + 1);
    if (text == NULL) {
        err_set(err, COACH_ENOMEM, path, 0, "out of memory reading the log");
        goto close_file;
    }
    size_t got = fread(text, 1, size, file);
    text[got] = '\0';
    if (got == 0) {
        err_set(err, COACH_EPARSE, path, 1, "the log is empty");
        goto free_text;
    }
    size_t bad = utf8_invalid_at(text, got);
    if (bad < got) {
        err_set(err, COACH_EPARSE, path, log_line_at(text, bad), "invalid UTF-8 in the log");
        goto free_text;
    }
    const char *end = NULL;
    doc = cJSON_ParseWithLengthOpts(text, got, &end, false);
    if (doc == NULL) {
        size_t offset = end != NULL && end >= text ? (size_t)(end - text) : 0;
        err_set(err, COACH_EPARSE, path, log_line_at(text, offset), "the log is not valid JSON");
        goto free_text;
    }
    if (log_validate(doc, path, err) != COACH_OK) {
        cJSON_Delete(doc);
        doc = NULL;
    }
free_text:
    free(text);
close_file:
    fclose(file);
    return doc;
}
