/* xapi: see xapi.h. One statement per log, built from the fields
 * log_validate guarantees plus the optional ones when they have the right
 * type. */
#include "xapi.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "report.h"

#define XAPI_MAX_NAME_BYTES 256

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

/* The namespace of statement ids: the v5 UUID of XAPI_HOME_PAGE in the URL
 * namespace of RFC 4122 (6ba7b811-9dad-11d1-80b4-00c04fd430c8). */
static void xapi_namespace(unsigned char out[16])
{
    static const unsigned char url_namespace[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                                    0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    xapi_uuid_v5_bytes(url_namespace, XAPI_HOME_PAGE, strlen(XAPI_HOME_PAGE), out);
}

/* --- the statement --------------------------------------------------------------------------- */

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

static const char *xapi_string_at(const cJSON *object, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    return cJSON_IsString(item) && item->valuestring != NULL ? item->valuestring : NULL;
}

/* Percent-encodes text for an IRI path segment (unreserved bytes and
 * non-ASCII UTF-8 stay as they are). Caller frees; NULL: no memory. */
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

static cJSON *xapi_language_map(const char *text)
{
    cJSON *map = cJSON_CreateObject();
    if (map != NULL && cJSON_AddStringToObject(map, "en-US", text) == NULL) {
        cJSON_Delete(map);
        return NULL;
    }
    return map;
}

cJSON *xapi_statement(const cJSON *log, const char *path, const char *home_page, CoachError *err)
{
    if (path == NULL)
        path = "(log)";
    if (home_page == NULL)
        home_page = XAPI_HOME_PAGE;
    if (log_validate(log, path, err) != COACH_OK)
        return NULL;
    const char *trainee = xapi_string_at(log, "trainee");
    const cJSON *scenario = cJSON_GetObjectItemCaseSensitive(log, "scenario");
    const char *scenario_id = xapi_string_at(scenario, "id");
    const char *title = xapi_string_at(scenario, "title");
    const char *version = xapi_string_at(scenario, "version");
    const char *started_at = xapi_string_at(log, "started_at");
    const char *ended_at = xapi_string_at(log, "ended_at");
    const char *status = xapi_string_at(log, "status");
    const cJSON *ending = cJSON_GetObjectItemCaseSensitive(log, "ending");
    const cJSON *scores = cJSON_GetObjectItemCaseSensitive(log, "scores");
    if (trainee[0] == '\0' || strlen(trainee) > XAPI_MAX_NAME_BYTES) {
        err_set(err, COACH_EPARSE, path, 1,
                "the trainee name is empty or longer than %d bytes (xAPI needs an account name)",
                XAPI_MAX_NAME_BYTES);
        return NULL;
    }
    if (scenario_id[0] == '\0' || strlen(scenario_id) > XAPI_MAX_NAME_BYTES) {
        err_set(err, COACH_EPARSE, path, 1, "scenario.id is empty or longer than %d bytes",
                XAPI_MAX_NAME_BYTES);
        return NULL;
    }
    if (title == NULL || title[0] == '\0' || strlen(title) > XAPI_MAX_NAME_BYTES)
        title = scenario_id;
    long long started_epoch, ended_epoch = 0;
    if (!rep_parse_time(started_at, &started_epoch)) {
        err_set(err, COACH_EPARSE, path, 1,
                "started_at is not an ISO 8601 time (like 2025-01-31T09:05:00Z)");
        return NULL;
    }
    bool has_end = ended_at != NULL && rep_parse_time(ended_at, &ended_epoch) &&
                   ended_epoch >= started_epoch;
    const char *outcome = cJSON_IsObject(ending) ? xapi_string_at(ending, "outcome") : NULL;
    bool completed = status != NULL && strcmp(status, "ended") == 0 && outcome != NULL &&
                     strcmp(outcome, "abandoned") != 0;

    /* the id: a v5 UUID of the whole log as printed */
    char *printed = cJSON_PrintUnformatted(log);
    if (printed == NULL) {
        err_set(err, COACH_ENOMEM, path, 0, "out of memory");
        return NULL;
    }
    unsigned char namespace_id[16];
    char id[37];
    xapi_namespace(namespace_id);
    xapi_uuid_v5(namespace_id, printed, strlen(printed), id);
    free(printed);

    char *activity_id = xapi_iri_segment(XAPI_ACTIVITY_PREFIX, scenario_id);
    cJSON *statement = cJSON_CreateObject();
    if (activity_id == NULL || statement == NULL)
        goto out_of_memory;
    cJSON_AddStringToObject(statement, "id", id);

    cJSON *actor = cJSON_AddObjectToObject(statement, "actor");
    if (actor == NULL)
        goto out_of_memory;
    cJSON_AddStringToObject(actor, "objectType", "Agent");
    cJSON_AddStringToObject(actor, "name", trainee);
    cJSON *account = cJSON_AddObjectToObject(actor, "account");
    if (account == NULL)
        goto out_of_memory;
    cJSON_AddStringToObject(account, "homePage", home_page);
    cJSON_AddStringToObject(account, "name", trainee);

    cJSON *verb = cJSON_AddObjectToObject(statement, "verb");
    if (verb == NULL)
        goto out_of_memory;
    cJSON_AddStringToObject(verb, "id", completed ? XAPI_VERB_COMPLETED : XAPI_VERB_TERMINATED);
    cJSON_AddItemToObject(verb, "display", xapi_language_map(completed ? "completed" : "terminated"));

    cJSON *object = cJSON_AddObjectToObject(statement, "object");
    if (object == NULL)
        goto out_of_memory;
    cJSON_AddStringToObject(object, "objectType", "Activity");
    cJSON_AddStringToObject(object, "id", activity_id);
    cJSON *definition = cJSON_AddObjectToObject(object, "definition");
    if (definition == NULL)
        goto out_of_memory;
    cJSON_AddItemToObject(definition, "name", xapi_language_map(title));
    {
        char description[1024];
        snprintf(description, sizeof description,
                 "Discovery-call role-play with a scripted prospect (scenario %s%s%s).", scenario_id,
                 version != NULL && version[0] != '\0' && strlen(version) < 64 ? ", version " : "",
                 version != NULL && version[0] != '\0' && strlen(version) < 64 ? version : "");
        cJSON_AddItemToObject(definition, "description", xapi_language_map(description));
    }
    cJSON_AddStringToObject(definition, "type", "http://adlnet.gov/expapi/activities/simulation");

    cJSON *result = cJSON_AddObjectToObject(statement, "result");
    if (result == NULL)
        goto out_of_memory;
    double overall = cJSON_GetObjectItemCaseSensitive(
                         cJSON_GetObjectItemCaseSensitive(scores, "overall"), "score")
                         ->valuedouble;
    cJSON *score = cJSON_AddObjectToObject(result, "score");
    if (score == NULL)
        goto out_of_memory;
    cJSON_AddNumberToObject(score, "scaled", overall / 100.0);
    cJSON_AddNumberToObject(score, "raw", overall);
    cJSON_AddNumberToObject(score, "min", 0);
    cJSON_AddNumberToObject(score, "max", 100);
    if (cJSON_IsObject(ending))
        cJSON_AddBoolToObject(result, "success",
                              cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(ending, "success")));
    cJSON_AddBoolToObject(result, "completion", completed);
    double duration = -1;
    const cJSON *metrics = cJSON_GetObjectItemCaseSensitive(log, "metrics");
    const cJSON *measured = cJSON_GetObjectItemCaseSensitive(metrics, "duration_seconds");
    if (cJSON_IsNumber(measured) && isfinite(measured->valuedouble) && measured->valuedouble >= 0)
        duration = measured->valuedouble;
    else if (has_end)
        duration = (double)(ended_epoch - started_epoch);
    char duration_text[64];
    xapi_duration(duration, duration_text, sizeof duration_text);
    if (duration_text[0] != '\0')
        cJSON_AddStringToObject(result, "duration", duration_text);
    cJSON *extensions = cJSON_AddObjectToObject(result, "extensions");
    if (extensions == NULL)
        goto out_of_memory;
    static const char *const skills[] = {"discovery", "listening", "benefits", "next_step"};
    for (size_t i = 0; i < sizeof skills / sizeof skills[0]; i++) {
        char key[64];
        snprintf(key, sizeof key, "%s%s", XAPI_SKILL_PREFIX, skills[i]);
        const cJSON *block = cJSON_GetObjectItemCaseSensitive(scores, skills[i]);
        cJSON_AddNumberToObject(extensions, key,
                                cJSON_GetObjectItemCaseSensitive(block, "score")->valuedouble);
    }

    cJSON *context = cJSON_AddObjectToObject(statement, "context");
    if (context == NULL)
        goto out_of_memory;
    cJSON_AddStringToObject(context, "platform", "Discovery Coach");
    cJSON *context_extensions = cJSON_AddObjectToObject(context, "extensions");
    if (context_extensions == NULL)
        goto out_of_memory;
    const char *sha256 = xapi_string_at(scenario, "sha256");
    if (version != NULL && strlen(version) < 64)
        cJSON_AddStringToObject(context_extensions, "urn:discovery-coach:scenario-version", version);
    if (sha256 != NULL && strlen(sha256) <= 64)
        cJSON_AddStringToObject(context_extensions, "urn:discovery-coach:scenario-sha256", sha256);
    if (outcome != NULL && strlen(outcome) < 128)
        cJSON_AddStringToObject(context_extensions, "urn:discovery-coach:outcome", outcome);
    cJSON_AddStringToObject(context_extensions, "urn:discovery-coach:started-at", started_at);

    /* when it happened: the end of the session when known, else its start */
    cJSON_AddStringToObject(statement, "timestamp", has_end ? ended_at : started_at);
    free(activity_id);
    return statement;

out_of_memory:
    free(activity_id);
    cJSON_Delete(statement);
    err_set(err, COACH_ENOMEM, path, 0, "out of memory");
    return NULL;
}
