/* test_xapi: the statements of an attempt (what export and sync send), their
 * ids, and the hashes and formats underneath. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "check.h"
#include "log.h"
#include "xapi.h"

static const XapiOptions team = {"https://lms.example.com", NULL, NULL};

/* A log that passes log_validate: a prospect line, two trainee lines
 * (open_question; closed_question + pitch) and an ending. status "ended"
 * with outcome (NULL: in progress), or "failed". */
static cJSON *make_log(const char *trainee, const char *started_at, const char *status,
                       const char *outcome, int success)
{
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddStringToObject(doc, "schema", JLOG_SCHEMA_ID);
    cJSON_AddNumberToObject(doc, "schema_version", JLOG_SCHEMA_VERSION);
    cJSON_AddStringToObject(doc, "trainee", trainee);
    cJSON *scenario = cJSON_AddObjectToObject(doc, "scenario");
    cJSON_AddStringToObject(scenario, "id", "coffee_owner");
    cJSON_AddStringToObject(scenario, "title", "Coffee with Gus");
    cJSON_AddStringToObject(scenario, "version", "1.2.0");
    cJSON_AddStringToObject(scenario, "path", "scenarios/coffee_owner.lua");
    cJSON_AddStringToObject(scenario, "sha256", "ab12");
    cJSON_AddNumberToObject(doc, "seed", 7);
    cJSON_AddStringToObject(doc, "started_at", started_at);
    cJSON_AddStringToObject(doc, "status", status);
    if (strcmp(status, "in_progress") != 0)
        cJSON_AddStringToObject(doc, "ended_at", "2026-03-09T10:17:05Z");
    cJSON *turns = cJSON_AddArrayToObject(doc, "turns");
    static const struct {
        const char *speaker, *text, *node, *labels[2];
        double elapsed;
    } lines[] = {
        {"prospect", "So. You're the LinkedIn person.", "opening", {NULL, NULL}, 0},
        {"trainee", "What does your company do?", "opening", {"open_question", NULL}, 3.25},
        {"prospect", "Nine crews now.", "roots", {NULL, NULL}, 3.5},
        {"trainee", "How many? Our app saves hours.", "roots", {"closed_question", "pitch"}, 20},
    };
    for (size_t i = 0; i < 4; i++) {
        cJSON *turn = cJSON_CreateObject();
        cJSON_AddNumberToObject(turn, "index", (double)i);
        cJSON_AddStringToObject(turn, "speaker", lines[i].speaker);
        cJSON_AddStringToObject(turn, "text", lines[i].text);
        cJSON_AddStringToObject(turn, "node", lines[i].node);
        cJSON_AddNumberToObject(turn, "elapsed_seconds", lines[i].elapsed);
        if (strcmp(lines[i].speaker, "trainee") == 0) {
            cJSON *labels = cJSON_AddArrayToObject(turn, "labels");
            for (size_t k = 0; k < 2 && lines[i].labels[k] != NULL; k++) {
                cJSON *label = cJSON_CreateObject();
                cJSON_AddStringToObject(label, "label", lines[i].labels[k]);
                cJSON_AddArrayToObject(label, "evidence");
                cJSON_AddItemToArray(labels, label);
            }
            cJSON_AddStringToObject(turn, "route_id", "route.x");
            if (i == 3)
                cJSON_AddStringToObject(turn, "choice_id", "pitch_app");
        }
        cJSON_AddItemToArray(turns, turn);
    }
    static const char *const skills[] = {"discovery", "listening", "benefits", "next_step",
                                         "overall"};
    static const double values[] = {92, 73, 56, 90, 80};
    cJSON *scores = cJSON_AddObjectToObject(doc, "scores");
    for (int i = 0; i < 5; i++) {
        cJSON *skill = cJSON_AddObjectToObject(scores, skills[i]);
        cJSON_AddNumberToObject(skill, "score", values[i]);
        cJSON_AddArrayToObject(skill, "reasons");
    }
    cJSON_AddNumberToObject(cJSON_AddObjectToObject(doc, "metrics"), "duration_seconds", 125.5);
    if (outcome != NULL) {
        cJSON *ending = cJSON_AddObjectToObject(doc, "ending");
        cJSON_AddStringToObject(ending, "outcome", outcome);
        cJSON_AddBoolToObject(ending, "success", success);
    } else {
        cJSON_AddNullToObject(doc, "ending");
    }
    REQUIRE(log_validate(doc, "made", NULL) == COACH_OK);
    return doc;
}

static const char *verb_of(const cJSON *statement)
{
    const char *id = cJSON_GetObjectItem(cJSON_GetObjectItem(statement, "verb"), "id")->valuestring;
    return id + strlen(XAPI_VERB_PREFIX);
}

/* The string at key (taken whole: extension keys are IRIs with dots). */
static const char *string_of(const cJSON *object, const char *key)
{
    const cJSON *item = cJSON_GetObjectItem(object, key);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

/* The string at a dotted path of plain keys ("actor.account.name"). */
static const char *string_at(const cJSON *object, const char *path)
{
    char key[256];
    const char *dot;
    while ((dot = strchr(path, '.')) != NULL) {
        snprintf(key, sizeof key, "%.*s", (int)(dot - path), path);
        object = cJSON_GetObjectItem(object, key);
        path = dot + 1;
    }
    const cJSON *item = cJSON_GetObjectItem(object, path);
    return cJSON_IsString(item) ? item->valuestring : NULL;
}

TEST(xapi_attempt_of_a_booked_meeting_reads_like_a_cmi5_attempt)
{
    cJSON *log = make_log("Ana Ruiz", "2026-03-09T10:15:00Z", "ended", "meeting_booked", 1);
    char registration[37];
    CoachError err;
    err_clear(&err);
    cJSON *attempt = xapi_attempt(log, "a.json", &team, registration, &err);
    REQUIRE(attempt != NULL);
    REQUIRE(cJSON_GetArraySize(attempt) == 6);
    static const char *const verbs[] = {"initialized", "answered", "answered",
                                        "completed",   "passed",   "terminated"};
    for (int i = 0; i < 6; i++) {
        const cJSON *statement = cJSON_GetArrayItem(attempt, i);
        CHECK_STR(verb_of(statement), verbs[i]);
        CHECK_STR(string_at(statement, "context.registration"), registration);
        CHECK_STR(string_at(statement, "actor.account.homePage"), "https://lms.example.com");
        CHECK_STR(string_at(statement, "actor.account.name"), "Ana Ruiz");
        CHECK_STR(string_at(statement, "actor.name"), "Ana Ruiz");
        const cJSON *extensions =
            cJSON_GetObjectItem(cJSON_GetObjectItem(statement, "context"), "extensions");
        CHECK_STR(string_of(extensions, XAPI_IRI "extensions/scenario-version"), "1.2.0");
        CHECK_STR(string_of(extensions, XAPI_IRI "extensions/scenario-sha256"), "ab12");
    }
    const cJSON *start = cJSON_GetArrayItem(attempt, 0);
    CHECK_STR(string_at(start, "object.id"), XAPI_IRI "scenarios/coffee_owner");
    CHECK_STR(string_at(start, "object.definition.name.en-US"), "Coffee with Gus");
    CHECK_STR(string_at(start, "timestamp"), "2026-03-09T10:15:00.000Z");

    const cJSON *answer = cJSON_GetArrayItem(attempt, 2);
    CHECK_STR(string_at(answer, "object.id"), XAPI_IRI "scenarios/coffee_owner/nodes/roots");
    CHECK_STR(string_at(answer, "object.definition.type"),
              "http://adlnet.gov/expapi/activities/cmi.interaction");
    CHECK_STR(string_at(answer, "result.response"), "How many? Our app saves hours.");
    CHECK_STR(string_at(answer, "timestamp"), "2026-03-09T10:15:20.000Z");
    const cJSON *answer_extensions =
        cJSON_GetObjectItem(cJSON_GetObjectItem(answer, "result"), "extensions");
    const cJSON *moves = cJSON_GetObjectItem(answer_extensions, XAPI_IRI "extensions/moves");
    REQUIRE(cJSON_GetArraySize(moves) == 2);
    CHECK_STR(cJSON_GetArrayItem(moves, 0)->valuestring, "closed_question");
    CHECK_STR(cJSON_GetArrayItem(moves, 1)->valuestring, "pitch");
    CHECK_STR(string_of(answer_extensions, XAPI_IRI "extensions/option"), "pitch_app");
    /* the log's turn index 3, numbered from 1 as in the debrief and the report */
    CHECK_INT(cJSON_GetObjectItem(answer_extensions, XAPI_IRI "extensions/turn")->valueint, 4);
    const cJSON *parent = cJSON_GetArrayItem(
        cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetObjectItem(answer, "context"),
                                                "contextActivities"),
                            "parent"),
        0);
    CHECK_STR(string_at(parent, "id"), XAPI_IRI "scenarios/coffee_owner");
    CHECK_STR(string_at(cJSON_GetArrayItem(attempt, 1), "timestamp"), "2026-03-09T10:15:03.250Z");

    const cJSON *passed = cJSON_GetArrayItem(attempt, 4);
    const cJSON *result = cJSON_GetObjectItem(passed, "result");
    const cJSON *score = cJSON_GetObjectItem(result, "score");
    CHECK(fabs(cJSON_GetObjectItem(score, "scaled")->valuedouble - 0.8) < 1e-9);
    CHECK_INT(cJSON_GetObjectItem(score, "raw")->valueint, 80);
    CHECK_INT(cJSON_GetObjectItem(score, "max")->valueint, 100);
    CHECK(cJSON_IsTrue(cJSON_GetObjectItem(result, "success")));
    CHECK(cJSON_IsTrue(cJSON_GetObjectItem(result, "completion")));
    CHECK_STR(string_at(result, "duration"), "PT2M5.5S");
    const cJSON *skills = cJSON_GetObjectItem(result, "extensions");
    CHECK_INT(cJSON_GetObjectItem(skills, XAPI_IRI "extensions/skill-discovery")->valueint, 92);
    CHECK_INT(cJSON_GetObjectItem(skills, XAPI_IRI "extensions/skill-next_step")->valueint, 90);
    CHECK_STR(string_of(skills, XAPI_IRI "extensions/outcome"), "meeting_booked");
    CHECK_STR(string_at(passed, "timestamp"), "2026-03-09T10:17:05.000Z");
    cJSON_Delete(attempt);
    cJSON_Delete(log);
}

TEST(xapi_attempt_of_a_missed_ending_is_failed_with_its_score)
{
    cJSON *log = make_log("Ana", "2026-03-09T10:15:00Z", "ended", "polite_no", 0);
    cJSON *attempt = xapi_attempt(log, "b.json", &team, NULL, NULL);
    REQUIRE(attempt != NULL);
    CHECK_STR(verb_of(cJSON_GetArrayItem(attempt, 4)), "failed");
    CHECK(cJSON_IsFalse(
        cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(attempt, 4), "result"), "success")));
    cJSON_Delete(attempt);
    cJSON_Delete(log);
}

TEST(xapi_attempt_of_an_abandoned_or_failed_session_ends_terminated_and_incomplete)
{
    const char *statuses[2][2] = {{"ended", "abandoned"}, {"failed", NULL}};
    for (int i = 0; i < 2; i++) {
        cJSON *log = make_log("Ben", "2026-03-05T11:00:00Z", statuses[i][0], statuses[i][1], 0);
        cJSON *attempt = xapi_attempt(log, "c.json", &team, NULL, NULL);
        REQUIRE(attempt != NULL);
        CHECK_INT(cJSON_GetArraySize(attempt), 4); /* initialized, 2 answered, terminated */
        const cJSON *last = cJSON_GetArrayItem(attempt, 3);
        CHECK_STR(verb_of(last), "terminated");
        const cJSON *result = cJSON_GetObjectItem(last, "result");
        CHECK(cJSON_IsFalse(cJSON_GetObjectItem(result, "completion")));
        CHECK(cJSON_GetObjectItem(result, "score") == NULL);
        CHECK(xapi_log_finished(log));
        cJSON_Delete(attempt);
        cJSON_Delete(log);
    }
}

TEST(xapi_attempt_of_a_session_in_progress_has_no_closing_statements)
{
    cJSON *log = make_log("Ben", "2026-03-05T11:00:00Z", "in_progress", NULL, 0);
    CHECK(!xapi_log_finished(log));
    cJSON *attempt = xapi_attempt(log, "d.json", &team, NULL, NULL);
    REQUIRE(attempt != NULL);
    CHECK_INT(cJSON_GetArraySize(attempt), 3);
    CHECK_STR(verb_of(cJSON_GetArrayItem(attempt, 2)), "answered");
    cJSON_Delete(attempt);
    cJSON_Delete(log);
}

TEST(xapi_attempt_ids_depend_on_the_session_not_on_its_file_or_settings)
{
    cJSON *one = make_log("Ana", "2026-03-01T10:00:00Z", "ended", "won", 1);
    cJSON *copy = make_log("Ana", "2026-03-01T10:00:00Z", "ended", "won", 1);
    cJSON *later = make_log("Ana", "2026-03-01T10:00:01Z", "ended", "won", 1);
    cJSON_AddStringToObject(copy, "updated_at", "2027-01-01T00:00:00Z");
    XapiOptions other = {"https://other.example.org/lms", "ana.r", "https://coach.example.org/x/"};
    char r1[37], r2[37], r3[37];
    cJSON *a = xapi_attempt(one, "one.json", &team, r1, NULL);
    cJSON *b = xapi_attempt(copy, "elsewhere/copy.json", &other, r2, NULL);
    cJSON *c = xapi_attempt(later, "one.json", &team, r3, NULL);
    REQUIRE(a != NULL && b != NULL && c != NULL);
    CHECK_STR(r1, r2);
    CHECK(strcmp(r1, r3) != 0);
    CHECK(r1[14] == '5' && strchr("89ab", r1[19]) != NULL); /* a version-5 RFC 4122 UUID */
    for (int i = 0; i < cJSON_GetArraySize(a); i++) {
        const char *id = string_at(cJSON_GetArrayItem(a, i), "id");
        CHECK_STR(string_at(cJSON_GetArrayItem(b, i), "id"), id);
        CHECK(strcmp(string_at(cJSON_GetArrayItem(c, i), "id"), id) != 0);
        for (int k = 0; k < i; k++)
            CHECK(strcmp(string_at(cJSON_GetArrayItem(a, k), "id"), id) != 0);
    }
    /* the settings show in the statements, not in their ids */
    CHECK_STR(string_at(cJSON_GetArrayItem(b, 0), "actor.account.name"), "ana.r");
    CHECK_STR(string_at(cJSON_GetArrayItem(b, 0), "object.id"),
              "https://coach.example.org/x/scenarios/coffee_owner");
    cJSON_Delete(a);
    cJSON_Delete(b);
    cJSON_Delete(c);
    cJSON_Delete(one);
    cJSON_Delete(copy);
    cJSON_Delete(later);
}

TEST(xapi_attempt_percent_encodes_odd_scenario_and_node_ids)
{
    cJSON *log = make_log("Ana", "2026-03-01T10:00:00Z", "ended", "won", 1);
    cJSON *scenario = cJSON_GetObjectItem(log, "scenario");
    cJSON_ReplaceItemInObject(scenario, "id", cJSON_CreateString("my scenario/v2?x"));
    cJSON *turn = cJSON_GetArrayItem(cJSON_GetObjectItem(log, "turns"), 1);
    cJSON_ReplaceItemInObject(turn, "node", cJSON_CreateString("a#b"));
    cJSON *attempt = xapi_attempt(log, "odd.json", &team, NULL, NULL);
    REQUIRE(attempt != NULL);
    CHECK_STR(string_at(cJSON_GetArrayItem(attempt, 0), "object.id"),
              XAPI_IRI "scenarios/my%20scenario%2Fv2%3Fx");
    CHECK_STR(string_at(cJSON_GetArrayItem(attempt, 1), "object.id"),
              XAPI_IRI "scenarios/my%20scenario%2Fv2%3Fx/nodes/a%23b");
    cJSON_Delete(attempt);
    cJSON_Delete(log);
}

TEST(xapi_attempt_refuses_a_non_log_a_nameless_trainee_and_a_urn_home_page)
{
    cJSON *doc = cJSON_Parse("{\"schema\":\"something else\"}");
    CoachError err;
    err_clear(&err);
    CHECK(xapi_attempt(doc, "other.json", &team, NULL, &err) == NULL);
    CHECK_STR(err.file, "other.json");
    CHECK(strstr(err.message, "not a session log") != NULL);
    cJSON_Delete(doc);

    cJSON *nameless = make_log("", "2026-03-01T10:00:00Z", "ended", "won", 1);
    err_clear(&err);
    CHECK(xapi_attempt(nameless, "nameless.json", &team, NULL, &err) == NULL);
    CHECK(strstr(err.message, "trainee name is empty") != NULL);
    cJSON_Delete(nameless);

    cJSON *log = make_log("Ana", "2026-03-01T10:00:00Z", "ended", "won", 1);
    XapiOptions urn = {"urn:discovery-coach", NULL, NULL};
    err_clear(&err);
    CHECK(xapi_attempt(log, "a.json", &urn, NULL, &err) == NULL);
    CHECK(strstr(err.message, "http(s) URL") != NULL);
    cJSON_Delete(log);
}

TEST(xapi_is_home_page_takes_http_urls_only)
{
    CHECK(xapi_is_home_page("https://lms.example.com"));
    CHECK(xapi_is_home_page("http://127.0.0.1:8080/lms/"));
    CHECK(xapi_is_home_page("https://[::1]:443"));
    CHECK(!xapi_is_home_page("urn:discovery-coach"));
    CHECK(!xapi_is_home_page("mailto:ana@example.com"));
    CHECK(!xapi_is_home_page("https://"));
    CHECK(!xapi_is_home_page("https://key:secret@lrs.example.com"));
    CHECK(!xapi_is_home_page("https://lms.example.com/a b"));
    CHECK(!xapi_is_home_page("ftp://lms.example.com"));
    CHECK(!xapi_is_home_page(NULL));
}

static void hex(const unsigned char *bytes, size_t size, char *out)
{
    for (size_t i = 0; i < size; i++)
        sprintf(out + 2 * i, "%02x", bytes[i]);
}

TEST(xapi_sha1_matches_the_standard_test_vectors)
{
    unsigned char digest[20];
    char text[41];
    xapi_sha1("abc", 3, digest);
    hex(digest, 20, text);
    CHECK_STR(text, "a9993e364706816aba3e25717850c26c9cd0d89d");
    xapi_sha1("", 0, digest);
    hex(digest, 20, text);
    CHECK_STR(text, "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    char thousand[1000];
    memset(thousand, 'a', sizeof thousand);
    xapi_sha1(thousand, sizeof thousand, digest);
    hex(digest, 20, text);
    CHECK_STR(text, "291e9a6c66994949b57ba5e650361e98fc36b1ba");
}

TEST(xapi_uuid_v5_matches_the_dns_namespace_example)
{
    static const unsigned char dns[16] = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
                                          0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    char text[37];
    xapi_uuid_v5(dns, "python.org", 10, text);
    CHECK_STR(text, "886313e1-3b8a-5372-9b90-0c9aee199e5d");
}

TEST(xapi_duration_and_timestamp_are_written_in_iso_8601)
{
    char text[64];
    xapi_duration(0, text, sizeof text);
    CHECK_STR(text, "PT0S");
    xapi_duration(125.5, text, sizeof text);
    CHECK_STR(text, "PT2M5.5S");
    xapi_duration(3723.04, text, sizeof text);
    CHECK_STR(text, "PT1H2M3.04S");
    xapi_duration(-1, text, sizeof text);
    CHECK_STR(text, "");
    xapi_timestamp(0, text, sizeof text);
    CHECK_STR(text, "1970-01-01T00:00:00.000Z");
    xapi_timestamp(1772445603.25, text, sizeof text);
    CHECK_STR(text, "2026-03-02T10:00:03.250Z");
    xapi_timestamp(-1, text, sizeof text);
    CHECK_STR(text, "");
}

TESTS(CHECK_CASE(xapi_attempt_of_a_booked_meeting_reads_like_a_cmi5_attempt),
      CHECK_CASE(xapi_attempt_of_a_missed_ending_is_failed_with_its_score),
      CHECK_CASE(xapi_attempt_of_an_abandoned_or_failed_session_ends_terminated_and_incomplete),
      CHECK_CASE(xapi_attempt_of_a_session_in_progress_has_no_closing_statements),
      CHECK_CASE(xapi_attempt_ids_depend_on_the_session_not_on_its_file_or_settings),
      CHECK_CASE(xapi_attempt_percent_encodes_odd_scenario_and_node_ids),
      CHECK_CASE(xapi_attempt_refuses_a_non_log_a_nameless_trainee_and_a_urn_home_page),
      CHECK_CASE(xapi_is_home_page_takes_http_urls_only),
      CHECK_CASE(xapi_sha1_matches_the_standard_test_vectors),
      CHECK_CASE(xapi_uuid_v5_matches_the_dns_namespace_example),
      CHECK_CASE(xapi_duration_and_timestamp_are_written_in_iso_8601))
