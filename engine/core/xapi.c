/* xapi: see xapi.h. The attempt is built from the fields log_validate
 * guarantees plus the optional ones when they have the right type; SHA-1
 * and the version-5 UUIDs are here because nothing else needs them. */
#include "xapi.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "report.h"

/* --- SHA-1 ------------------------------------------------------------------------ */

typedef struct Sha1 {
    uint32_t state[5];
    uint64_t length; /* bytes */
    unsigned char block[64];
    size_t used;
} Sha1;

static uint32_t xapi_rotate(uint32_t value, int bits)
{
    return (value << bits) | (value >> (32 - bits));
}

static void xapi_sha1_block(Sha1 *sha, const unsigned char *block)
{
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)block[i * 4] << 24 | (uint32_t)block[i * 4 + 1] << 16 |
               (uint32_t)block[i * 4 + 2] << 8 | (uint32_t)block[i * 4 + 3];
    for (int i = 16; i < 80; i++)
        w[i] = xapi_rotate(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = sha->state[0], b = sha->state[1], c = sha->state[2], d = sha->state[3],
             e = sha->state[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5A827999u;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ED9EBA1u;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8F1BBCDCu;
        } else {
            f = b ^ c ^ d;
            k = 0xCA62C1D6u;
        }
        uint32_t next = xapi_rotate(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = xapi_rotate(b, 30);
        b = a;
        a = next;
    }
    sha->state[0] += a;
    sha->state[1] += b;
    sha->state[2] += c;
    sha->state[3] += d;
    sha->state[4] += e;
}

static void xapi_sha1_init(Sha1 *sha)
{
    static const uint32_t initial[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u,
                                        0xC3D2E1F0u};
    memcpy(sha->state, initial, sizeof initial);
    sha->length = 0;
    sha->used = 0;
}

static void xapi_sha1_update(Sha1 *sha, const void *data, size_t size)
{
    const unsigned char *bytes = data;
    sha->length += size;
    while (size > 0) {
        size_t take = 64 - sha->used;
        if (take > size)
            take = size;
        memcpy(sha->block + sha->used, bytes, take);
        sha->used += take;
        bytes += take;
        size -= take;
        if (sha->used == 64) {
            xapi_sha1_block(sha, sha->block);
            sha->used = 0;
        }
    }
}

static void xapi_sha1_final(Sha1 *sha, unsigned char digest[20])
{
    uint64_t bits = sha->length * 8;
    unsigned char pad = 0x80;
    xapi_sha1_update(sha, &pad, 1);
    pad = 0;
    while (sha->used != 56)
        xapi_sha1_update(sha, &pad, 1);
    unsigned char length[8];
    for (int i = 0; i < 8; i++)
        length[i] = (unsigned char)(bits >> (56 - 8 * i));
    xapi_sha1_update(sha, length, 8);
    for (int i = 0; i < 5; i++) {
        digest[i * 4] = (unsigned char)(sha->state[i] >> 24);
        digest[i * 4 + 1] = (unsigned char)(sha->state[i] >> 16);
        digest[i * 4 + 2] = (unsigned char)(sha->state[i] >> 8);
        digest[i * 4 + 3] = (unsigned char)sha->state[i];
    }
}

void xapi_sha1(const void *data, size_t size, unsigned char digest[20])
{
    Sha1 sha;
    xapi_sha1_init(&sha);
    xapi_sha1_update(&sha, data, size);
    xapi_sha1_final(&sha, digest);
}

/* --- UUID --------------------------------------------------------------------------------- */

static void xapi_uuid_text(const unsigned char bytes[16], char text[37])
{
    static const char hex[] = "0123456789abcdef";
    size_t at = 0;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text[at++] = '-';
        text[at++] = hex[bytes[i] >> 4];
        text[at++] = hex[bytes[i] & 15];
    }
    text[at] = '\0';
}

static void xapi_uuid_v5_bytes(const unsigned char namespace_id[16], const void *name, size_t size,
                               unsigned char out[16])
{
    Sha1 sha;
    unsigned char digest[20];
    xapi_sha1_init(&sha);
    xapi_sha1_update(&sha, namespace_id, 16);
    xapi_sha1_update(&sha, name, size);
    xapi_sha1_final(&sha, digest);
    memcpy(out, digest, 16);
    out[6] = (unsigned char)((out[6] & 0x0F) | 0x50); /* version 5 */
    out[8] = (unsigned char)((out[8] & 0x3F) | 0x80); /* RFC 4122 variant */
}

void xapi_uuid_v5(const unsigned char namespace_id[16], const void *name, size_t size,
                  char text[37])
{
    unsigned char bytes[16];
    xapi_uuid_v5_bytes(namespace_id, name, size, bytes);
    xapi_uuid_text(bytes, text);
}

/* The namespace of registrations: the v5 UUID of XAPI_IRI in the URL
 * namespace of RFC 4122 (6ba7b811-9dad-11d1-80b4-00c04fd430c8). */
static void xapi_namespace(unsigned char out[16])
{
    static const unsigned char url_namespace[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                                    0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    xapi_uuid_v5_bytes(url_namespace, XAPI_IRI, strlen(XAPI_IRI), out);
}

/* --- values ------------------------------------------------------------------------------- */

void xapi_duration(double seconds, char *buffer, size_t size)
{
    if (size == 0)
        return;
    buffer[0] = '\0';
    if (!isfinite(seconds) || seconds < 0 || seconds > 1e12)
        return;
    long long hundredths = llround(seconds * 100);
    long long hours = hundredths / 360000, minutes = hundredths / 6000 % 60;
    long long rest = hundredths % 6000; /* hundredths of the seconds part */
    char part[64];
    size_t at = (size_t)snprintf(buffer, size, "PT");
    if (hours > 0 && at < size)
        at += (size_t)snprintf(buffer + at, size - at, "%lldH", hours);
    if (minutes > 0 && at < size)
        at += (size_t)snprintf(buffer + at, size - at, "%lldM", minutes);
    if (rest > 0 || (hours == 0 && minutes == 0)) {
        if (rest % 100 == 0)
            snprintf(part, sizeof part, "%lldS", rest / 100);
        else if (rest % 10 == 0)
            snprintf(part, sizeof part, "%lld.%01lldS", rest / 100, rest % 100 / 10);
        else
            snprintf(part, sizeof part, "%lld.%02lldS", rest / 100, rest % 100);
        if (at < size)
            snprintf(buffer + at, size - at, "%s", part);
    }
}

void xapi_timestamp(double seconds, char *buffer, size_t size)
{
    if (size == 0)
        return;
    buffer[0] = '\0';
    /* 253402300800: 10000-01-01 */
    if (!isfinite(seconds) || seconds < 0 || seconds >= 253402300800.0)
        return;
    long long milliseconds = llround(seconds * 1000);
    time_t whole = (time_t)(milliseconds / 1000);
    struct tm utc;
    char date[32];
    if (gmtime_r(&whole, &utc) == NULL || strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &utc) == 0)
        return;
    snprintf(buffer, size, "%s.%03lldZ", date, milliseconds % 1000);
}

bool xapi_is_home_page(const char *url)
{
    if (url == NULL)
        return false;
    const char *host;
    if (strncmp(url, "https://", 8) == 0)
        host = url + 8;
    else if (strncmp(url, "http://", 7) == 0)
        host = url + 7;
    else
        return false;
    const char *p = host;
    if (*p == '[') { /* an IPv6 literal */
        p++;
        while ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f') || (*p >= 'A' && *p <= 'F') ||
               *p == ':' || *p == '.')
            p++;
        if (*p != ']' || p == host + 1)
            return false;
        p++;
    } else {
        while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
               *p == '.' || *p == '-')
            p++;
        if (p == host || host[0] == '.' || host[0] == '-')
            return false;
    }
    if (*p == ':') {
        const char *digits = ++p;
        while (*p >= '0' && *p <= '9')
            p++;
        if (p == digits || p - digits > 5)
            return false;
    }
    if (*p != '\0' && *p != '/')
        return false;
    for (; *p != '\0'; p++)
        if ((unsigned char)*p <= 0x20 || *p == 0x7F || *p == '@' || *p == '"' || *p == '<' ||
            *p == '>' || *p == '\\')
            return false;
    return true;
}

bool xapi_log_finished(const cJSON *log)
{
    const cJSON *status = cJSON_GetObjectItemCaseSensitive(log, "status");
    return cJSON_IsString(status) && status->valuestring != NULL &&
           (strcmp(status->valuestring, "ended") == 0 || strcmp(status->valuestring, "failed") == 0);
}

static const char *xapi_string_at(const cJSON *object, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    return cJSON_IsString(item) && item->valuestring != NULL ? item->valuestring : NULL;
}

/* prefix followed by text percent-encoded as an IRI path segment
 * (unreserved bytes and non-ASCII UTF-8 stay as they are). Caller frees;
 * NULL: no memory. */
static char *xapi_iri_segment(const char *prefix, const char *text)
{
    size_t prefix_length = strlen(prefix), length = strlen(text);
    char *out = malloc(prefix_length + length * 3 + 1);
    if (out == NULL)
        return NULL;
    memcpy(out, prefix, prefix_length);
    size_t at = prefix_length;
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p == '-' || *p == '.' || *p == '_' || *p == '~' || *p >= 0x80) {
            out[at++] = (char)*p;
        } else {
            out[at++] = '%';
            out[at++] = hex[*p >> 4];
            out[at++] = hex[*p & 15];
        }
    }
    out[at] = '\0';
    return out;
}

/* --- the attempt ----------------------------------------------------------------------------- */

#define XAPI_MAX_NAME_BYTES 256
#define XAPI_EXTENSION(name) XAPI_IRI "extensions/" name

/* What every statement of one attempt shares, and the array they go to. */
typedef struct Attempt {
    const char *trainee, *account, *home_page;
    const char *scenario_id, *title, *version, *sha256;
    double seed;
    char *scenario_iri; /* owned */
    char *node_prefix;  /* owned: scenario_iri "/nodes/" */
    unsigned char registration[16];
    char registration_text[37];
    cJSON *statements;
    bool out_of_memory;
} Attempt;

/* The cJSON calls below return NULL when memory runs out; these note it
 * once instead of checking every call. */
static cJSON *xapi_noted(Attempt *attempt, cJSON *item)
{
    if (item == NULL)
        attempt->out_of_memory = true;
    return item;
}

static void xapi_add_string(Attempt *attempt, cJSON *object, const char *key, const char *value)
{
    if (object != NULL)
        xapi_noted(attempt, cJSON_AddStringToObject(object, key, value));
}

static void xapi_add_number(Attempt *attempt, cJSON *object, const char *key, double value)
{
    if (object != NULL)
        xapi_noted(attempt, cJSON_AddNumberToObject(object, key, value));
}

static cJSON *xapi_add_object(Attempt *attempt, cJSON *object, const char *key)
{
    return object != NULL ? xapi_noted(attempt, cJSON_AddObjectToObject(object, key)) : NULL;
}

static void xapi_add_language_map(Attempt *attempt, cJSON *object, const char *key, const char *text)
{
    xapi_add_string(attempt, xapi_add_object(attempt, object, key), "en-US", text);
}

/* The scenario as an activity, with its definition when full. */
static cJSON *xapi_scenario_activity(Attempt *attempt, bool full)
{
    cJSON *activity = xapi_noted(attempt, cJSON_CreateObject());
    xapi_add_string(attempt, activity, "objectType", "Activity");
    xapi_add_string(attempt, activity, "id", attempt->scenario_iri);
    if (!full)
        return activity;
    cJSON *definition = xapi_add_object(attempt, activity, "definition");
    xapi_add_language_map(attempt, definition, "name", attempt->title);
    char description[512];
    snprintf(description, sizeof description,
             "Discovery-call role-play with a scripted prospect (scenario %s, version %s).",
             attempt->scenario_id, attempt->version);
    xapi_add_language_map(attempt, definition, "description", description);
    xapi_add_string(attempt, definition, "type", "http://adlnet.gov/expapi/activities/simulation");
    return activity;
}

/* A node of the scenario as a cmi.interaction activity. */
static cJSON *xapi_node_activity(Attempt *attempt, const char *node)
{
    cJSON *activity = xapi_noted(attempt, cJSON_CreateObject());
    char *id = xapi_iri_segment(attempt->node_prefix, node);
    if (id == NULL) {
        attempt->out_of_memory = true;
        return activity;
    }
    xapi_add_string(attempt, activity, "objectType", "Activity");
    xapi_add_string(attempt, activity, "id", id);
    free(id);
    cJSON *definition = xapi_add_object(attempt, activity, "definition");
    size_t size = strlen(attempt->title) + strlen(node) + 3;
    char *name = malloc(size);
    if (name == NULL) {
        attempt->out_of_memory = true;
        return activity;
    }
    snprintf(name, size, "%s: %s", attempt->title, node);
    xapi_add_language_map(attempt, definition, "name", name);
    free(name);
    xapi_add_string(attempt, definition, "type",
                    "http://adlnet.gov/expapi/activities/cmi.interaction");
    xapi_add_string(attempt, definition, "interactionType", "other");
    return activity;
}

/* Appends one statement; takes object and result (either may be NULL). */
static void xapi_add_statement(Attempt *attempt, const char *place, const char *verb,
                               cJSON *object, cJSON *result, double when, bool in_scenario)
{
    cJSON *statement = xapi_noted(attempt, cJSON_CreateObject());
    if (statement == NULL) {
        cJSON_Delete(object);
        cJSON_Delete(result);
        return;
    }
    char id[37];
    xapi_uuid_v5(attempt->registration, place, strlen(place), id);
    xapi_add_string(attempt, statement, "id", id);

    cJSON *actor = xapi_add_object(attempt, statement, "actor");
    xapi_add_string(attempt, actor, "objectType", "Agent");
    xapi_add_string(attempt, actor, "name", attempt->trainee);
    cJSON *account = xapi_add_object(attempt, actor, "account");
    xapi_add_string(attempt, account, "homePage", attempt->home_page);
    xapi_add_string(attempt, account, "name", attempt->account);

    cJSON *verb_object = xapi_add_object(attempt, statement, "verb");
    char verb_id[128];
    snprintf(verb_id, sizeof verb_id, "%s%s", XAPI_VERB_PREFIX, verb);
    xapi_add_string(attempt, verb_object, "id", verb_id);
    xapi_add_language_map(attempt, verb_object, "display", verb);

    if (object != NULL)
        cJSON_AddItemToObject(statement, "object", object);
    if (result != NULL)
        cJSON_AddItemToObject(statement, "result", result);

    cJSON *context = xapi_add_object(attempt, statement, "context");
    xapi_add_string(attempt, context, "registration", attempt->registration_text);
    if (in_scenario) {
        cJSON *activities = xapi_add_object(attempt, context, "contextActivities");
        cJSON *parents = activities != NULL ? cJSON_AddArrayToObject(activities, "parent") : NULL;
        cJSON *parent = xapi_scenario_activity(attempt, false);
        if (parents == NULL || parent == NULL) {
            attempt->out_of_memory = true;
            cJSON_Delete(parent);
        } else {
            cJSON_AddItemToArray(parents, parent);
        }
    }
    xapi_add_string(attempt, context, "platform", "Discovery Coach");
    xapi_add_string(attempt, context, "language", "en-US");
    cJSON *extensions = xapi_add_object(attempt, context, "extensions");
    xapi_add_string(attempt, extensions, XAPI_EXTENSION("scenario-version"), attempt->version);
    xapi_add_string(attempt, extensions, XAPI_EXTENSION("scenario-sha256"), attempt->sha256);
    xapi_add_number(attempt, extensions, XAPI_EXTENSION("seed"), attempt->seed);

    char timestamp[40];
    xapi_timestamp(when, timestamp, sizeof timestamp);
    xapi_add_string(attempt, statement, "timestamp", timestamp);
    if (!cJSON_AddItemToArray(attempt->statements, statement)) {
        attempt->out_of_memory = true;
        cJSON_Delete(statement);
    }
}

/* Feeds text and its terminating NUL to sha: the fields of the identity
 * are C strings, so the NULs keep them apart without ambiguity. */
static void xapi_sha1_field(Sha1 *sha, const char *text)
{
    xapi_sha1_update(sha, text, strlen(text) + 1);
}

/* The registration: a v5 UUID of the log's identity (see xapi.h). */
static void xapi_registration(Attempt *attempt, const cJSON *log, const char *started_at)
{
    unsigned char namespace_id[16], digest[20];
    char seed[64];
    Sha1 sha;
    xapi_namespace(namespace_id);
    xapi_sha1_init(&sha);
    xapi_sha1_update(&sha, namespace_id, 16);
    xapi_sha1_field(&sha, attempt->trainee);
    xapi_sha1_field(&sha, attempt->scenario_id);
    xapi_sha1_field(&sha, attempt->sha256);
    snprintf(seed, sizeof seed, "%.17g", attempt->seed);
    xapi_sha1_field(&sha, seed);
    xapi_sha1_field(&sha, started_at);
    const cJSON *turn = NULL;
    cJSON_ArrayForEach(turn, cJSON_GetObjectItemCaseSensitive(log, "turns"))
    {
        xapi_sha1_field(&sha, xapi_string_at(turn, "speaker"));
        xapi_sha1_field(&sha, xapi_string_at(turn, "text"));
    }
    xapi_sha1_final(&sha, digest);
    memcpy(attempt->registration, digest, 16);
    attempt->registration[6] = (unsigned char)((attempt->registration[6] & 0x0F) | 0x50);
    attempt->registration[8] = (unsigned char)((attempt->registration[8] & 0x3F) | 0x80);
    xapi_uuid_text(attempt->registration, attempt->registration_text);
}

/* One "answered" statement for a trainee turn. */
static void xapi_add_answer(Attempt *attempt, const cJSON *turn, int position, double when)
{
    cJSON *result = xapi_noted(attempt, cJSON_CreateObject());
    xapi_add_string(attempt, result, "response", xapi_string_at(turn, "text"));
    cJSON *extensions = xapi_add_object(attempt, result, "extensions");
    cJSON *moves = extensions != NULL ? cJSON_AddArrayToObject(extensions, XAPI_EXTENSION("moves"))
                                      : NULL;
    xapi_noted(attempt, moves);
    const cJSON *label = NULL;
    cJSON_ArrayForEach(label, cJSON_GetObjectItemCaseSensitive(turn, "labels"))
    {
        const char *name = xapi_string_at(label, "label");
        cJSON *item = name != NULL ? xapi_noted(attempt, cJSON_CreateString(name)) : NULL;
        if (moves == NULL || item == NULL || !cJSON_AddItemToArray(moves, item))
            cJSON_Delete(item);
    }
    /* the turn as people read it everywhere (window, coach run, report):
     * numbered from 1; the statement's place keeps the 0-based index */
    xapi_add_number(attempt, extensions, XAPI_EXTENSION("turn"), position + 1);
    const char *route = xapi_string_at(turn, "route_id");
    if (route != NULL)
        xapi_add_string(attempt, extensions, XAPI_EXTENSION("route"), route);
    const char *option = xapi_string_at(turn, "choice_id");
    if (option != NULL)
        xapi_add_string(attempt, extensions, XAPI_EXTENSION("option"), option);

    char place[48];
    snprintf(place, sizeof place, "answered/%d", position);
    xapi_add_statement(attempt, place, "answered",
                       xapi_node_activity(attempt, xapi_string_at(turn, "node")), result, when,
                       true);
}

/* The result of the closing statements: completion and duration, plus the
 * scores, success and ending when assessed. */
static cJSON *xapi_closing_result(Attempt *attempt, const cJSON *log, bool completed,
                                  double duration, bool assessed)
{
    cJSON *result = xapi_noted(attempt, cJSON_CreateObject());
    const cJSON *scores = cJSON_GetObjectItemCaseSensitive(log, "scores");
    const cJSON *ending = cJSON_GetObjectItemCaseSensitive(log, "ending");
    if (assessed) {
        double overall = cJSON_GetObjectItemCaseSensitive(
                             cJSON_GetObjectItemCaseSensitive(scores, "overall"), "score")
                             ->valuedouble;
        cJSON *score = xapi_add_object(attempt, result, "score");
        xapi_add_number(attempt, score, "scaled", overall / 100.0);
        xapi_add_number(attempt, score, "raw", overall);
        xapi_add_number(attempt, score, "min", 0);
        xapi_add_number(attempt, score, "max", 100);
        if (result != NULL)
            xapi_noted(attempt, cJSON_AddBoolToObject(
                                    result, "success",
                                    cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(ending, "success"))));
    }
    if (result != NULL)
        xapi_noted(attempt, cJSON_AddBoolToObject(result, "completion", completed));
    char duration_text[64];
    xapi_duration(duration, duration_text, sizeof duration_text);
    if (duration_text[0] != '\0')
        xapi_add_string(attempt, result, "duration", duration_text);
    if (assessed || !completed) {
        cJSON *extensions = xapi_add_object(attempt, result, "extensions");
        const char *outcome = cJSON_IsObject(ending) ? xapi_string_at(ending, "outcome") : NULL;
        if (outcome != NULL && strlen(outcome) <= XAPI_MAX_NAME_BYTES)
            xapi_add_string(attempt, extensions, XAPI_EXTENSION("outcome"), outcome);
        else
            xapi_add_string(attempt, extensions, XAPI_EXTENSION("outcome"),
                            completed ? "ended" : "stopped");
        static const char *const skills[] = {"discovery", "listening", "benefits", "next_step"};
        for (size_t i = 0; assessed && i < sizeof skills / sizeof skills[0]; i++) {
            char key[128];
            snprintf(key, sizeof key, "%sskill-%s", XAPI_IRI "extensions/", skills[i]);
            const cJSON *block = cJSON_GetObjectItemCaseSensitive(scores, skills[i]);
            const cJSON *value = cJSON_GetObjectItemCaseSensitive(block, "score");
            /* a skill the call gave no opportunity is null, as in the log */
            if (cJSON_IsNumber(value))
                xapi_add_number(attempt, extensions, key, value->valuedouble);
            else if (extensions != NULL)
                xapi_noted(attempt, cJSON_AddNullToObject(extensions, key));
        }
    }
    return result;
}

/* The text of a string field when it is 1..XAPI_MAX_NAME_BYTES bytes. */
static bool xapi_name_fits(const char *text)
{
    return text != NULL && text[0] != '\0' && strlen(text) <= XAPI_MAX_NAME_BYTES;
}

cJSON *xapi_attempt(const cJSON *log, const char *path, const XapiOptions *options,
                    char registration[37], CoachError *err)
{
    if (path == NULL)
        path = "(log)";
    if (log_validate(log, path, err) != COACH_OK)
        return NULL;
    if (options == NULL || !xapi_is_home_page(options->home_page)) {
        err_set(err, COACH_EUSAGE, NULL, 0,
                "the account home page must be the team's learning platform as an http(s) URL "
                "(like https://lms.example.com), not \"%.200s\"",
                options != NULL && options->home_page != NULL ? options->home_page : "");
        return NULL;
    }
    const char *base = options->activity_base != NULL ? options->activity_base : XAPI_IRI;
    if (!xapi_is_home_page(base)) {
        err_set(err, COACH_EUSAGE, NULL, 0,
                "the activity base must be an http(s) URL, not \"%.200s\"", base);
        return NULL;
    }
    Attempt attempt;
    memset(&attempt, 0, sizeof attempt);
    const cJSON *scenario = cJSON_GetObjectItemCaseSensitive(log, "scenario");
    attempt.trainee = xapi_string_at(log, "trainee");
    attempt.account = options->account != NULL ? options->account : attempt.trainee;
    attempt.home_page = options->home_page;
    attempt.scenario_id = xapi_string_at(scenario, "id");
    attempt.title = xapi_string_at(scenario, "title");
    attempt.version = xapi_string_at(scenario, "version");
    attempt.sha256 = xapi_string_at(scenario, "sha256");
    attempt.seed = cJSON_GetObjectItemCaseSensitive(log, "seed")->valuedouble;
    if (!xapi_name_fits(attempt.trainee) || !xapi_name_fits(attempt.account)) {
        err_set(err, COACH_EPARSE, path, 1,
                "the %s is empty or longer than %d bytes (xAPI needs an account name)",
                xapi_name_fits(attempt.trainee) ? "account name" : "trainee name",
                XAPI_MAX_NAME_BYTES);
        return NULL;
    }
    if (!xapi_name_fits(attempt.scenario_id)) {
        err_set(err, COACH_EPARSE, path, 1, "scenario.id is empty or longer than %d bytes",
                XAPI_MAX_NAME_BYTES);
        return NULL;
    }
    if (!xapi_name_fits(attempt.title))
        attempt.title = attempt.scenario_id;
    if (strlen(attempt.version) > 64 || strlen(attempt.sha256) > 64) {
        err_set(err, COACH_EPARSE, path, 1, "scenario.version or scenario.sha256 is over 64 bytes");
        return NULL;
    }
    const char *started_at = xapi_string_at(log, "started_at");
    long long start_epoch, end_epoch = 0;
    char start_text[40] = "";
    if (rep_parse_time(started_at, &start_epoch))
        xapi_timestamp((double)start_epoch, start_text, sizeof start_text);
    if (start_text[0] == '\0') {
        err_set(err, COACH_EPARSE, path, 1,
                "started_at is not an ISO 8601 time from 1970 on (like 2025-01-31T09:05:00Z)");
        return NULL;
    }

    /* activity IRIs: <base>/scenarios/<id>[/nodes/<node>] */
    size_t base_length = strlen(base);
    while (base_length > 0 && base[base_length - 1] == '/')
        base_length--;
    char prefix[4096];
    if (base_length > 3000) {
        err_set(err, COACH_EUSAGE, NULL, 0, "the activity base is too long");
        return NULL;
    }
    snprintf(prefix, sizeof prefix, "%.*s/scenarios/", (int)base_length, base);
    attempt.scenario_iri = xapi_iri_segment(prefix, attempt.scenario_id);
    if (attempt.scenario_iri != NULL) {
        size_t size = strlen(attempt.scenario_iri) + sizeof "/nodes/";
        attempt.node_prefix = malloc(size);
        if (attempt.node_prefix != NULL)
            snprintf(attempt.node_prefix, size, "%s/nodes/", attempt.scenario_iri);
    }
    attempt.statements = cJSON_CreateArray();
    if (attempt.scenario_iri == NULL || attempt.node_prefix == NULL || attempt.statements == NULL)
        goto out_of_memory;
    xapi_registration(&attempt, log, started_at);

    /* when things happened: the start, each turn at its elapsed time, the end */
    double start = (double)start_epoch, last = start;
    xapi_add_statement(&attempt, "initialized", "initialized", xapi_scenario_activity(&attempt, true),
                       NULL, start, false);
    const cJSON *turn = NULL;
    int position = 0;
    cJSON_ArrayForEach(turn, cJSON_GetObjectItemCaseSensitive(log, "turns"))
    {
        const cJSON *elapsed = cJSON_GetObjectItemCaseSensitive(turn, "elapsed_seconds");
        double when = start;
        if (cJSON_IsNumber(elapsed) && isfinite(elapsed->valuedouble) && elapsed->valuedouble >= 0 &&
            elapsed->valuedouble < 1e9)
            when = start + elapsed->valuedouble;
        if (when < last) /* times never go backwards */
            when = last;
        last = when;
        if (strcmp(xapi_string_at(turn, "speaker"), "trainee") == 0)
            xapi_add_answer(&attempt, turn, position, when);
        position++;
    }

    if (xapi_log_finished(log)) {
        const char *status = xapi_string_at(log, "status");
        const char *ended_at = xapi_string_at(log, "ended_at");
        const cJSON *ending = cJSON_GetObjectItemCaseSensitive(log, "ending");
        const char *outcome = cJSON_IsObject(ending) ? xapi_string_at(ending, "outcome") : NULL;
        bool completed = strcmp(status, "ended") == 0 && outcome != NULL &&
                         strcmp(outcome, "abandoned") != 0;
        double duration = -1;
        const cJSON *measured = cJSON_GetObjectItemCaseSensitive(
            cJSON_GetObjectItemCaseSensitive(log, "metrics"), "duration_seconds");
        if (cJSON_IsNumber(measured) && isfinite(measured->valuedouble) &&
            measured->valuedouble >= 0 && measured->valuedouble < 1e9)
            duration = measured->valuedouble;
        double end = last;
        if (ended_at != NULL && rep_parse_time(ended_at, &end_epoch) && end_epoch >= start_epoch)
            end = (double)end_epoch;
        else if (duration >= 0)
            end = start + duration;
        if (end < last)
            end = last;
        if (duration < 0)
            duration = end - start;
        if (completed) {
            xapi_add_statement(&attempt, "completed", "completed",
                               xapi_scenario_activity(&attempt, true),
                               xapi_closing_result(&attempt, log, true, duration, false), end, false);
            bool passed = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(ending, "success"));
            xapi_add_statement(&attempt, "assessed", passed ? "passed" : "failed",
                               xapi_scenario_activity(&attempt, true),
                               xapi_closing_result(&attempt, log, true, duration, true), end, false);
        }
        cJSON *closing = xapi_noted(&attempt, cJSON_CreateObject());
        char duration_text[64];
        xapi_duration(duration, duration_text, sizeof duration_text);
        if (duration_text[0] != '\0')
            xapi_add_string(&attempt, closing, "duration", duration_text);
        if (!completed) {
            cJSON_Delete(closing);
            closing = xapi_closing_result(&attempt, log, false, duration, false);
        }
        xapi_add_statement(&attempt, "terminated", "terminated",
                           xapi_scenario_activity(&attempt, true), closing, end, false);
    }
    if (attempt.out_of_memory)
        goto out_of_memory;
    if (registration != NULL)
        memcpy(registration, attempt.registration_text, 37);
    free(attempt.scenario_iri);
    free(attempt.node_prefix);
    return attempt.statements;

out_of_memory:
    free(attempt.scenario_iri);
    free(attempt.node_prefix);
    cJSON_Delete(attempt.statements);
    err_set(err, COACH_ENOMEM, path, 0, "out of memory");
    return NULL;
}
