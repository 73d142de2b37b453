/* config: see config.h. The settings are a table (name, kind, field), so
 * the parser, its errors and the help text all come from one place. */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#include "utf8.h"
#include "xapi.h"

#define CONF_MAX_BYTES (64 * 1024)

typedef enum ConfKind {
    CONF_ENDPOINT, /* conf_is_endpoint */
    CONF_URL,      /* an http(s) URL (xapi_is_home_page) */
    CONF_TEXT,     /* any text of 1-256 bytes */
    CONF_SECRET,   /* text, never printed */
    CONF_PATH,     /* a file that must exist */
    CONF_NUMBER,   /* a whole number in [low, high] */
    CONF_BOOL      /* yes/no, true/false, on/off, 1/0 */
} ConfKind;

typedef struct ConfSetting {
    const char *name;
    ConfKind kind;
    size_t offset; /* of the char * or long or bool in CoachConfig */
    long low, high;
    const char *help;
} ConfSetting;

#define CONF_AT(field) offsetof(CoachConfig, field)

static const ConfSetting conf_settings[] = {
    {"endpoint", CONF_ENDPOINT, CONF_AT(endpoint), 0, 0,
     "the LRS's xAPI base URL; statements go to <endpoint>/statements"},
    {"key", CONF_SECRET, CONF_AT(key), 0, 0, "the LRS client's key (or COACH_LRS_KEY)"},
    {"secret", CONF_SECRET, CONF_AT(secret), 0, 0, "the LRS client's secret (or COACH_LRS_SECRET)"},
    {"home_page", CONF_URL, CONF_AT(home_page), 0, 0,
     "the trainee's platform, as the account homePage (https://lms.example.com)"},
    {"account", CONF_TEXT, CONF_AT(account), 0, 0,
     "the trainee's login there (default: each log's trainee name)"},
    {"activity_base", CONF_URL, CONF_AT(activity_base), 0, 0,
     "where activity IRIs start (default " XAPI_IRI ")"},
    {"ca_file", CONF_PATH, CONF_AT(ca_file), 0, 0,
     "extra CA certificates (PEM) that the LRS's certificate is checked against"},
    {"batch", CONF_NUMBER, CONF_AT(batch), 1, 1000, "statements per request (default 50)"},
    {"timeout", CONF_NUMBER, CONF_AT(timeout), 1, 600, "seconds a request may take (default 30)"},
    {"retries", CONF_NUMBER, CONF_AT(retries), 0, 10,
     "tries after a failed request, waiting 1, 2, 4... s between (default 4)"},
    {"sync_after_call", CONF_BOOL, CONF_AT(sync_after_call), 0, 0,
     "yes: the window sends each finished call in the background (default no)"},
    {"trainee", CONF_TEXT, CONF_AT(trainee), 0, 0,
     "who practises on this computer: the name the window logs calls under (it asks once; "
     "change it from the menu; --trainee overrides)"},
};
#define CONF_SETTING_COUNT (sizeof conf_settings / sizeof conf_settings[0])

void conf_init(CoachConfig *config)
{
    memset(config, 0, sizeof *config);
    config->batch = CONF_BATCH_DEFAULT;
    config->timeout = CONF_TIMEOUT_DEFAULT;
    config->retries = CONF_RETRIES_DEFAULT;
}

/* Overwrites text so that the key does not linger in freed memory (a
 * volatile pointer, so the compiler keeps the stores). */
static void conf_wipe(char *text)
{
    if (text == NULL)
        return;
    volatile char *p = text;
    while (*p != '\0')
        *p++ = '\0';
}

void conf_deinit(CoachConfig *config)
{
    if (config == NULL)
        return;
    conf_wipe(config->key);
    conf_wipe(config->secret);
    for (size_t i = 0; i < CONF_SETTING_COUNT; i++) {
        ConfKind kind = conf_settings[i].kind;
        if (kind != CONF_NUMBER && kind != CONF_BOOL)
            free(*(char **)((char *)config + conf_settings[i].offset));
    }
    conf_init(config);
}

int conf_default_path(char *buffer, size_t size, CoachError *err)
{
    const char *config_home = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    int written;
    if (config_home != NULL && config_home[0] == '/')
        written = snprintf(buffer, size, "%s/discovery-coach/config", config_home);
    else if (home != NULL && home[0] != '\0')
        written = snprintf(buffer, size, "%s/.config/discovery-coach/config", home);
    else
        return err_set(err, COACH_EUSAGE, NULL, 0,
                       "no settings file: set XDG_CONFIG_HOME or HOME");
    if (written < 0 || (size_t)written >= size)
        return err_set(err, COACH_EUSAGE, NULL, 0, "the settings file's path is too long");
    return COACH_OK;
}

/* Whether the host part of an http URL is this machine. */
static bool conf_is_loopback(const char *host)
{
    static const char *const names[] = {"localhost", "127.", "[::1]"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        size_t length = strlen(names[i]);
        if (strncmp(host, names[i], length) != 0)
            continue;
        if (names[i][length - 1] == '.') /* 127.x.y.z: the rest is digits and dots */
            for (host += length; (*host >= '0' && *host <= '9') || *host == '.'; host++)
                ;
        else
            host += length;
        return *host == '\0' || *host == ':' || *host == '/';
    }
    return false;
}

bool conf_is_endpoint(const char *url)
{
    if (!xapi_is_home_page(url) || strchr(url, '?') != NULL || strchr(url, '#') != NULL)
        return false;
    return strncmp(url, "https://", 8) == 0 || conf_is_loopback(url + 7);
}

/* Checks value for setting and stores it; returns an error naming where
 * (a "FILE" with line, or a variable's name with line 0). */
static int conf_store(CoachConfig *config, const ConfSetting *setting, const char *value,
                      const char *where, int line, CoachError *err)
{
    void *field = (char *)config + setting->offset;
    size_t length = strlen(value);
    switch (setting->kind) {
    case CONF_NUMBER: {
        char *end = NULL;
        errno = 0;
        long number = strtol(value, &end, 10);
        if (length == 0 || *end != '\0' || errno != 0 || number < setting->low ||
            number > setting->high)
            return err_set(err, COACH_EUSAGE, where, line,
                           "%s wants a whole number from %ld to %ld, not \"%.40s\"", setting->name,
                           setting->low, setting->high, value);
        *(long *)field = number;
        return COACH_OK;
    }
    case CONF_BOOL: {
        static const char *const yes[] = {"yes", "true", "on", "1"};
        static const char *const no[] = {"no", "false", "off", "0"};
        for (size_t i = 0; i < 4; i++) {
            if (strcmp(value, yes[i]) == 0 || strcmp(value, no[i]) == 0) {
                *(bool *)field = strcmp(value, yes[i]) == 0;
                return COACH_OK;
            }
        }
        return err_set(err, COACH_EUSAGE, where, line, "%s wants yes or no, not \"%.40s\"",
                       setting->name, value);
    }
    case CONF_ENDPOINT:
        if (!conf_is_endpoint(value))
            return err_set(err, COACH_EUSAGE, where, line,
                           "endpoint wants the LRS's https:// URL, like https://lrs.example.com/xAPI "
                           "(no user:password@, query or #; plain http only to this machine), "
                           "not \"%.200s\"",
                           value);
        break;
    case CONF_URL:
        if (!xapi_is_home_page(value))
            return err_set(err, COACH_EUSAGE, where, line,
                           "%s wants an http(s) URL like https://lms.example.com, not \"%.200s\"",
                           setting->name, value);
        break;
    case CONF_TEXT:
    case CONF_SECRET:
        if (length == 0 || length > 256)
            return err_set(err, COACH_EUSAGE, where, line, "%s wants a value of 1 to 256 bytes",
                           setting->name);
        if (setting->offset == CONF_AT(trainee) && !conf_is_trainee_name(value))
            return err_set(err, COACH_EUSAGE, where, line,
                           "trainee wants a name of 1 to %d bytes without control characters",
                           CONF_TRAINEE_MAX_BYTES);
        break;
    case CONF_PATH: {
        struct stat st;
        if (stat(value, &st) != 0)
            return err_set(err, COACH_EUSAGE, where, line, "%s: cannot read \"%.200s\": %s",
                           setting->name, value, strerror(errno));
        if (!S_ISREG(st.st_mode))
            return err_set(err, COACH_EUSAGE, where, line, "%s: \"%.200s\" is not a file",
                           setting->name, value);
        break;
    }
    }
    char *copy = malloc(length + 1);
    if (copy == NULL)
        return err_set(err, COACH_ENOMEM, where, line, "out of memory");
    memcpy(copy, value, length + 1);
    if (setting->kind == CONF_ENDPOINT || setting->kind == CONF_URL)
        while (length > 1 && copy[length - 1] == '/' && copy[length - 2] != '/')
            copy[--length] = '\0';
    char **slot = field;
    if (*slot != NULL && setting->kind == CONF_SECRET)
        conf_wipe(*slot);
    free(*slot);
    *slot = copy;
    return COACH_OK;
}

static const ConfSetting *conf_find(const char *name, size_t length)
{
    for (size_t i = 0; i < CONF_SETTING_COUNT; i++)
        if (strlen(conf_settings[i].name) == length &&
            strncmp(conf_settings[i].name, name, length) == 0)
            return &conf_settings[i];
    return NULL;
}

static char *conf_trim(char *start, char *end)
{
    while (start < end && (*start == ' ' || *start == '\t'))
        start++;
    while (end > start && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
    *end = '\0';
    return start;
}

/* Parses text (NUL-terminated, valid UTF-8) line by line into config. */
static int conf_parse(CoachConfig *config, char *text, const char *path, CoachError *err)
{
    bool seen[CONF_SETTING_COUNT] = {false};
    int line = 0;
    for (char *next = text; next != NULL;) {
        char *start = next;
        char *newline = strchr(start, '\n');
        next = newline != NULL ? newline + 1 : NULL;
        char *end = newline != NULL ? newline : start + strlen(start);
        line++;
        char *content = conf_trim(start, end);
        if (content[0] == '\0' || content[0] == '#')
            continue;
        char *equals = strchr(content, '=');
        if (equals == NULL)
            return err_set(err, COACH_EUSAGE, path, line,
                           "not a setting: write \"name = value\" (or # for a comment)");
        char *name = conf_trim(content, equals);
        char *value = conf_trim(equals + 1, equals + 1 + strlen(equals + 1));
        const ConfSetting *setting = conf_find(name, strlen(name));
        if (setting == NULL) {
            char known[512] = "";
            for (size_t i = 0; i < CONF_SETTING_COUNT; i++)
                snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s",
                         i > 0 ? ", " : "", conf_settings[i].name);
            return err_set(err, COACH_EUSAGE, path, line,
                           "unknown setting \"%.60s\" (known: %s)", name, known);
        }
        size_t index = (size_t)(setting - conf_settings);
        if (seen[index])
            return err_set(err, COACH_EUSAGE, path, line, "%s is set twice", setting->name);
        seen[index] = true;
        int rc = conf_store(config, setting, value, path, line, err);
        if (rc != COACH_OK)
            return rc;
        if (setting->offset == CONF_AT(endpoint))
            snprintf(config->endpoint_from, sizeof config->endpoint_from, "%s:%d", path, line);
        if (setting->offset == CONF_AT(key))
            snprintf(config->key_from, sizeof config->key_from, "%s:%d", path, line);
    }
    return COACH_OK;
}

int conf_load(CoachConfig *config, const char *path, CoachError *err)
{
    if (path == NULL) {
        int rc = conf_default_path(config->path, sizeof config->path, err);
        if (rc != COACH_OK)
            return rc;
    } else if (snprintf(config->path, sizeof config->path, "%s", path) >= (int)sizeof config->path) {
        return err_set(err, COACH_EUSAGE, NULL, 0, "the settings file's path is too long");
    }
    FILE *file = fopen(config->path, "rb");
    if (file == NULL) {
        if (errno == ENOENT)
            return COACH_OK;
        return err_set(err, COACH_EIO, config->path, 0, "cannot read the settings: %s",
                       strerror(errno));
    }
    int rc = COACH_OK;
    struct stat st;
    if (fstat(fileno(file), &st) != 0 || !S_ISREG(st.st_mode)) {
        rc = err_set(err, COACH_EIO, config->path, 0, "the settings file is not a regular file");
        goto close_file;
    }
    if (st.st_size > CONF_MAX_BYTES) {
        rc = err_set(err, COACH_EUSAGE, config->path, 0, "the settings file is over 64 KiB");
        goto close_file;
    }
    config->exists = true;
    char *text = malloc((size_t)st.st_size + 1);
    if (text == NULL) {
        rc = err_set(err, COACH_ENOMEM, config->path, 0, "out of memory");
        goto close_file;
    }
    size_t size = fread(text, 1, (size_t)st.st_size, file);
    text[size] = '\0';
    size_t bad = utf8_invalid_at(text, size);
    if (bad < size || strlen(text) != size) {
        int line = 1;
        for (size_t i = 0; i < bad && i < size; i++)
            line += text[i] == '\n';
        rc = err_set(err, COACH_EUSAGE, config->path, line, "not UTF-8 text");
    } else {
        rc = conf_parse(config, text, config->path, err);
    }
    conf_wipe(text);
    free(text);
    if (rc == COACH_OK && (config->key != NULL || config->secret != NULL) &&
        (st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        config->readable_by_others = true;
close_file:
    fclose(file);
    return rc;
}

int conf_apply_environment(CoachConfig *config, CoachError *err)
{
    static const struct {
        const char *variable, *setting;
    } overrides[] = {{"COACH_LRS_ENDPOINT", "endpoint"},
                     {"COACH_LRS_KEY", "key"},
                     {"COACH_LRS_SECRET", "secret"}};
    for (size_t i = 0; i < sizeof overrides / sizeof overrides[0]; i++) {
        const char *value = getenv(overrides[i].variable);
        if (value == NULL || value[0] == '\0')
            continue;
        const ConfSetting *setting = conf_find(overrides[i].setting, strlen(overrides[i].setting));
        int rc = conf_store(config, setting, value, overrides[i].variable, 0, err);
        if (rc != COACH_OK)
            return rc;
        if (setting->offset == CONF_AT(endpoint))
            snprintf(config->endpoint_from, sizeof config->endpoint_from, "%s",
                     overrides[i].variable);
        if (setting->offset == CONF_AT(key))
            snprintf(config->key_from, sizeof config->key_from, "%s", overrides[i].variable);
    }
    return COACH_OK;
}

int conf_load_default(CoachConfig *config, CoachError *err)
{
    int rc = conf_load(config, NULL, err);
    return rc != COACH_OK ? rc : conf_apply_environment(config, err);
}

bool conf_is_trainee_name(const char *name)
{
    size_t length = name != NULL ? strlen(name) : 0;
    if (length == 0 || length > CONF_TRAINEE_MAX_BYTES || utf8_invalid_at(name, length) < length)
        return false;
    if (name[0] == ' ' || name[0] == '\t' || name[length - 1] == ' ' || name[length - 1] == '\t')
        return false; /* the file trims values: what is saved must read back the same */
    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c < 0x20 || c == 0x7F)
            return false;
        if (c == 0xC2 && i + 1 < length && (unsigned char)name[i + 1] < 0xA0)
            return false; /* C1 controls */
    }
    return true;
}

/* Writes size bytes of data to path through a temporary file in the same
 * directory (fsync, rename): a reader sees the old file or the new one. */
static int conf_replace_file(const char *path, const char *data, size_t size, mode_t mode, CoachError *err)
{
    char temp[4200];
    if (snprintf(temp, sizeof temp, "%s.tmp-%ld", path, (long)getpid()) >= (int)sizeof temp)
        return err_set(err, COACH_EUSAGE, path, 0, "the settings file's path is too long");
    int fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, mode);
    if (fd < 0)
        return err_set(err, COACH_EIO, path, 0, "cannot write the settings: %s", strerror(errno));
    size_t done = 0;
    while (done < size) {
        ssize_t n = write(fd, data + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += (size_t)n;
    }
    bool ok = done == size && fsync(fd) == 0;
    int saved = errno;
    ok = close(fd) == 0 && ok;
    if (!ok || rename(temp, path) != 0) {
        if (ok)
            saved = errno;
        unlink(temp);
        return err_set(err, COACH_EIO, path, 0, "cannot write the settings: %s", strerror(saved));
    }
    return COACH_OK;
}

int conf_save_trainee(const char *path, const char *name, CoachError *err)
{
    char default_path[4096];
    if (path == NULL) {
        int rc = conf_default_path(default_path, sizeof default_path, err);
        if (rc != COACH_OK)
            return rc;
        path = default_path;
    }
    if (!conf_is_trainee_name(name))
        return err_set(err, COACH_EUSAGE, path, 0,
                       "a trainee name is 1 to %d bytes without control characters or spaces at its ends",
                       CONF_TRAINEE_MAX_BYTES);
    /* the file must read as it is now: a broken one is not overwritten */
    CoachConfig check;
    conf_init(&check);
    int rc = conf_load(&check, path, err);
    bool existed = check.exists;
    conf_deinit(&check);
    if (rc != COACH_OK)
        return rc;
    /* the directory, made if missing (mode 0700: the file may hold a key) */
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash != NULL && slash != dir) {
        *slash = '\0';
        for (char *p = dir + 1; *p != '\0'; p++) {
            if (*p != '/')
                continue;
            *p = '\0';
            mkdir(dir, 0755);
            *p = '/';
        }
        if (mkdir(dir, 0700) != 0 && errno != EEXIST)
            return err_set(err, COACH_EIO, dir, 0, "cannot create the settings directory: %s", strerror(errno));
    }
    /* the old text, its trainee line replaced (or the line added) */
    char *old = NULL;
    size_t old_size = 0;
    mode_t mode = 0644;
    if (existed) {
        FILE *file = fopen(path, "rb");
        struct stat st;
        if (file == NULL || fstat(fileno(file), &st) != 0) {
            if (file != NULL)
                fclose(file);
            return err_set(err, COACH_EIO, path, 0, "cannot read the settings: %s", strerror(errno));
        }
        mode = st.st_mode & 07777;
        old = malloc((size_t)st.st_size + 1);
        if (old == NULL) {
            fclose(file);
            return err_set(err, COACH_ENOMEM, path, 0, "out of memory");
        }
        old_size = fread(old, 1, (size_t)st.st_size, file);
        old[old_size] = '\0';
        fclose(file);
    }
    size_t name_length = strlen(name);
    char *text = malloc(old_size + name_length + 32); /* the old text, one line more, a NUL */
    if (text == NULL) {
        free(old);
        return err_set(err, COACH_ENOMEM, path, 0, "out of memory");
    }
    size_t used = 0;
    bool replaced = false;
    for (char *line = old; line != NULL && *line != '\0';) {
        char *newline = strchr(line, '\n');
        size_t length = newline != NULL ? (size_t)(newline - line) + 1 : strlen(line);
        const char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        bool is_trainee = strncmp(p, "trainee", 7) == 0;
        if (is_trainee) {
            p += 7;
            while (*p == ' ' || *p == '\t')
                p++;
            is_trainee = *p == '=';
        }
        if (is_trainee) {
            used += (size_t)sprintf(text + used, "trainee = %s\n", name);
            replaced = true;
        } else {
            memcpy(text + used, line, length);
            used += length;
            if (newline == NULL)
                text[used++] = '\n';
        }
        line += length;
    }
    if (!replaced)
        used += (size_t)sprintf(text + used, "trainee = %s\n", name);
    text[used] = '\0'; /* for conf_wipe */
    conf_wipe(old);
    free(old);
    rc = conf_replace_file(path, text, used, mode, err);
    conf_wipe(text);
    free(text);
    return rc;
}

void conf_print_settings(FILE *out)
{
    for (size_t i = 0; i < CONF_SETTING_COUNT; i++)
        fprintf(out, "  %-16s%s\n", conf_settings[i].name, conf_settings[i].help);
}
