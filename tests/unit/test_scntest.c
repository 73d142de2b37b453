/* Tests of scenario tests: the sandboxed loader (errors with file and line)
 * and runs against a tiny scenario written to a temporary directory. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "analyze.h"
#include "check.h"
#include "scntest.h"

static char temp_dir[256];

/* Removes the files the tests write, then the directory. */
static void remove_temp_dir(void)
{
    static const char *const names[] = {"case.test.lua", "tiny.lua", "coverage.json", NULL};
    char path[512];
    for (size_t i = 0; names[i] != NULL; i++) {
        snprintf(path, sizeof path, "%s/%s", temp_dir, names[i]);
        remove(path);
    }
    rmdir(temp_dir);
}

static const char *temp_path(const char *name)
{
    static char paths[8][512];
    static int next;
    if (temp_dir[0] == '\0') {
        snprintf(temp_dir, sizeof temp_dir, "/tmp/coach_scntest_XXXXXX");
        REQUIRE(mkdtemp(temp_dir) != NULL);
        atexit(remove_temp_dir);
    }
    char *path = paths[next++ % 8];
    snprintf(path, 512, "%s/%s", temp_dir, name);
    return path;
}

static const char *write_file(const char *name, const char *text)
{
    const char *path = temp_path(name);
    FILE *file = fopen(path, "wb");
    REQUIRE(file != NULL);
    fputs(text, file);
    fclose(file);
    return path;
}

/* Loads text as a test file; returns the load result, err filled. */
static int load_text(ScntestSuite *suite, const char *text, CoachError *err)
{
    const char *path = write_file("case.test.lua", text);
    err_clear(err);
    return scntest_load(suite, path, err);
}

static const char *const tiny_scenario =
    "scenario {\n"
    "  id = \"tiny\", title = \"Tiny\", version = \"1.0.0\", difficulty = 1,\n"
    "  pitch = \"A tiny call.\", brief = \"You sell sensors.\", purpose = \"Book a visit.\",\n"
    "  persona = { name = \"Dana\", role = \"Plant manager\", company = \"Northfield\", voice = \"busy\" },\n"
    "  start = \"opening\",\n"
    "  features = { \"vibration sensors\" },\n"
    "  targets = { { id = \"pain\", kind = \"pain\", text = \"The line stops\", keys = \"stop stoppage line\" } },\n"
    "}\n"
    "node \"opening\" {\n"
    "  say = \"Dana here. The line keeps stopping and the overtime is killing us.\",\n"
    "  cues = { { id = \"overtime\", words = \"overtime weekend shifts\" } },\n"
    "  routes = { { any = { \"open_question\", \"probe\" }, to = \"explains\" },\n"
    "             { when = \"feature\", to = \"cold\" } },\n"
    "  otherwise = \"cold\",\n"
    "}\n"
    "node \"explains\" {\n"
    "  say = \"It stops twice a week, mostly at night.\",\n"
    "  reveals = { \"pain\" },\n"
    "  choices = {\n"
    "    { id = \"a\", text = \"Could we walk the line together on Thursday at nine?\", to = \"booked\" },\n"
    "    { id = \"b\", text = \"Our vibration sensors are the best.\", to = \"cold\" },\n"
    "  },\n"
    "}\n"
    "node \"booked\" { say = \"Thursday at nine, then.\", ending = { outcome = \"meeting_booked\", success = true } }\n"
    "node \"cold\" { say = \"I have to go.\", ending = { outcome = \"brush_off\", success = false } }\n"
    "node \"unused\" { say = \"Never said.\", ending = { outcome = \"polite_no\", success = false } }\n";

static Analyzer *analyzer(void)
{
    const char *root = getenv("COACH_ROOT");
    char path[1024];
    snprintf(path, sizeof path, "%s/assets/lexicon.lua", root != NULL ? root : ".");
    CoachError err;
    err_clear(&err);
    Analyzer *result = an_create(path, &err);
    if (result == NULL)
        fprintf(stderr, "analyser: %s:%d: %s\n", err.file, err.line, err.message);
    REQUIRE(result != NULL);
    return result;
}

/* Runs the suite with output captured into a malloc'd string. */
static char *run_captured(ScntestSuite *suite, int *status, ScntestSummary *summary, bool coverage)
{
    Analyzer *an = analyzer();
    FILE *out = tmpfile();
    REQUIRE(out != NULL);
    *status = scntest_run(suite, an, out, summary);
    if (coverage)
        scntest_print_coverage(suite, out);
    long size = ftell(out);
    REQUIRE(size >= 0);
    rewind(out);
    char *text = calloc((size_t)size + 1, 1);
    REQUIRE(text != NULL);
    REQUIRE(fread(text, 1, (size_t)size, out) == (size_t)size);
    fclose(out);
    an_destroy(an);
    return text;
}

/* ---- loading ------------------------------------------------------------- */

TEST(scntest_loads_tests_and_contrasts)
{
    ScntestSuite *suite = scntest_create();
    CoachError err;
    int result = load_text(suite,
                           "local S = 'tiny.lua'\n"
                           "scenario_test { name = 'one', scenario = S, say = { 'Hi.' } }\n"
                           "scenario_test { name = 'two', scenario = S, seed = 3,\n"
                           "  say = { { 'What is going on?', labels = { 'open_question' } }, { choose = 'a' } },\n"
                           "  expect = { ending = 'meeting_booked', scores = { discovery = { 0, 100 }, overall = { 1, 99 } },\n"
                           "             targets = { 'pain' }, cues_picked = 'overtime', nodes = { 'explains' } } }\n"
                           "contrast { better = 'two', worse = 'one', skills = { 'discovery', 'overall' } }\n",
                           &err);
    if (result != 0)
        fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
    CHECK_INT(result, 0);
    CHECK_INT(scntest_test_count(suite), 2);
    CHECK_INT(scntest_contrast_count(suite), 1);
    scntest_destroy(suite);
}

TEST(scntest_reports_syntax_error_with_file_and_line)
{
    ScntestSuite *suite = scntest_create();
    CoachError err;
    int result = load_text(suite, "scenario_test { name = 'a', scenario = 'x.lua', say = { 'Hi' } }\n\n"
                                  "scenario_test { name = 'b' scenario = 'x.lua' }\n",
                           &err);
    CHECK_INT(result, COACH_EPARSE);
    CHECK_INT(err.line, 3);
    CHECK(strstr(err.file, "case.test.lua") != NULL);
    CHECK_INT(scntest_test_count(suite), 0);
    scntest_destroy(suite);
}

TEST(scntest_rejects_unknown_keys_with_the_line_of_the_test)
{
    ScntestSuite *suite = scntest_create();
    CoachError err;
    int result = load_text(suite,
                           "-- a comment\n"
                           "scenario_test {\n"
                           "  name = 'typo', scenario = 'x.lua', say = { 'Hi' },\n"
                           "  expect = { endng = 'meeting_booked' },\n"
                           "}\n",
                           &err);
    CHECK_INT(result, COACH_ESCRIPT);
    CHECK_INT(err.line, 2);
    CHECK(strstr(err.message, "endng") != NULL);
    CHECK(strstr(err.message, "ending") != NULL);
    scntest_destroy(suite);
}

TEST(scntest_rejects_malformed_declarations)
{
    static const struct {
        const char *text;
        const char *says;
    } cases[] = {
        {"scenario_test { scenario = 'x.lua', say = { 'Hi' } }", "missing \"name\""},
        {"scenario_test { name = 'a', say = { 'Hi' } }", "missing \"scenario\""},
        {"scenario_test { name = 'a', scenario = 'x.lua', say = 'Hi' }", "list of lines"},
        {"scenario_test { name = 'a', scenario = 'x.lua', say = { 42 } }", "say line 1"},
        {"scenario_test { name = 'a', scenario = 'x.lua', say = { { choose = 'a', 'Hi' } } }", "not both"},
        {"scenario_test { name = 'a', scenario = 'x.lua', say = { { 'Hi', labels = { 'openquestion' } } } }",
         "not a label"},
        {"scenario_test { name = 'a', scenario = 'x.lua', say = { 'Hi' }, expect = { scores = { discovery = { 80, 20 } } } }",
         "low <= high"},
        {"scenario_test { name = 'a', scenario = 'x.lua', say = { 'Hi' }, expect = { scores = { charm = { 1, 2 } } } }",
         "unknown skill"},
        {"scenario_test { name = 'a', scenario = 'x.lua', seed = -1, say = { 'Hi' } }", "seed"},
        {"scenario_test 'just a string'", "table expected"},
        {"scenario_test { name = 'a', scenario = 'x.lua', say = { 'Hi' } }\n"
         "scenario_test { name = 'a', scenario = 'x.lua', say = { 'Hi' } }",
         "already used"},
        {"scenario_test { name = 'a', scenario = 'x.lua', say = { 'Hi' } }\n"
         "contrast { better = 'a', worse = 'nobody', skills = { 'overall' } }",
         "no scenario_test named \"nobody\""},
        {"scenario_test { name = 'a', scenario = 'x.lua', say = { 'Hi' } }\n"
         "scenario_test { name = 'b', scenario = 'x.lua', say = { 'Hi' } }\n"
         "contrast { better = 'a', worse = 'b', skills = { 'charisma' } }",
         "not a skill"},
        {"-- nothing here\n", "no scenario_test"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ScntestSuite *suite = scntest_create();
        CoachError err;
        int result = load_text(suite, cases[i].text, &err);
        CHECK(result < 0);
        CHECK(err.line >= 0);
        if (strstr(err.message, cases[i].says) == NULL)
            fprintf(stderr, "case %zu: message \"%s\" lacks \"%s\"\n", i, err.message, cases[i].says);
        CHECK(strstr(err.message, cases[i].says) != NULL);
        CHECK_INT(scntest_test_count(suite), 0);
        CHECK_INT(scntest_contrast_count(suite), 0);
        scntest_destroy(suite);
    }
}

TEST(scntest_sandbox_has_no_io_os_or_load)
{
    static const char *const escapes[] = {
        "io.open('/etc/passwd')", "os.execute('true')", "dofile('/etc/passwd')",
        "loadfile('/etc/passwd')", "load('return 1')", "require('os')", "string.dump(print)",
    };
    for (size_t i = 0; i < sizeof escapes / sizeof escapes[0]; i++) {
        ScntestSuite *suite = scntest_create();
        CoachError err;
        char text[256];
        snprintf(text, sizeof text, "\n%s\n", escapes[i]);
        CHECK_INT(load_text(suite, text, &err), COACH_ESCRIPT);
        CHECK_INT(err.line, 2);
        scntest_destroy(suite);
    }
}

TEST(scntest_stops_endless_loops_even_under_pcall)
{
    ScntestSuite *suite = scntest_create();
    CoachError err;
    CHECK_INT(load_text(suite, "while true do end\n", &err), COACH_ESCRIPT);
    CHECK(strstr(err.message, "instruction budget") != NULL);
    CHECK_INT(load_text(suite,
                        "for i = 1, 100000 do pcall(function() while true do end end) end\n"
                        "scenario_test { name = 'a', scenario = 'x.lua', say = { 'Hi' } }\n",
                        &err),
              COACH_ESCRIPT);
    CHECK(strstr(err.message, "instruction budget") != NULL);
    CHECK_INT(scntest_test_count(suite), 0);
    scntest_destroy(suite);
}

TEST(scntest_caps_memory)
{
    ScntestSuite *suite = scntest_create();
    CoachError err;
    int result = load_text(suite, "local s = string.rep('x', 200 * 1024 * 1024)\n", &err);
    CHECK(result < 0);
    CHECK(strstr(err.message, "memory") != NULL);
    scntest_destroy(suite);
}

TEST(scntest_refuses_binary_chunks_and_missing_files)
{
    ScntestSuite *suite = scntest_create();
    CoachError err;
    CHECK_INT(load_text(suite, "\x1bLua\x54\x00 junk", &err), COACH_EPARSE);
    err_clear(&err);
    CHECK_INT(scntest_load(suite, temp_path("does_not_exist.test.lua"), &err), COACH_EIO);
    CHECK(strstr(err.file, "does_not_exist.test.lua") != NULL);
    err_clear(&err);
    CHECK(scntest_load(suite, temp_dir, &err) < 0);
    scntest_destroy(suite);
}

TEST(scntest_keeps_earlier_files_when_one_fails)
{
    ScntestSuite *suite = scntest_create();
    CoachError err;
    CHECK_INT(load_text(suite, "scenario_test { name = 'a', scenario = 'x.lua', say = { 'Hi' } }\n", &err), 0);
    CHECK_INT(load_text(suite,
                        "scenario_test { name = 'b', scenario = 'x.lua', say = { 'Hi' } }\n"
                        "error('broken on purpose')\n",
                        &err),
              COACH_ESCRIPT);
    CHECK_INT(err.line, 2);
    CHECK(strstr(err.message, "broken on purpose") != NULL);
    CHECK_INT(scntest_test_count(suite), 1);
    scntest_destroy(suite);
}

/* ---- running ------------------------------------------------------------- */

TEST(scntest_passing_test_and_coverage)
{
    write_file("tiny.lua", tiny_scenario);
    ScntestSuite *suite = scntest_create();
    CoachError err;
    int result = load_text(suite,
                           "scenario_test { name = 'books', scenario = 'tiny.lua',\n"
                           "  say = { { 'What is going on with the overtime?', labels = { 'open_question' } },\n"
                           "          { choose = 'a' } },\n"
                           "  expect = { ending = 'meeting_booked', targets = { 'pain' },\n"
                           "             nodes = { 'opening', 'explains', 'booked' } } }\n",
                           &err);
    REQUIRE(result == 0);
    int status;
    ScntestSummary summary;
    char *out = run_captured(suite, &status, &summary, true);
    if (status != 0)
        fprintf(stderr, "%s", out);
    CHECK_INT(status, 0);
    CHECK_INT(summary.tests, 1);
    CHECK_INT(summary.tests_failed, 0);
    CHECK(strstr(out, "ok    books") != NULL);
    CHECK(strstr(out, "coverage tiny: nodes 3/5") != NULL);
    CHECK(strstr(out, "endings 1/3") != NULL);
    CHECK(strstr(out, "cold") != NULL);
    CHECK(strstr(out, "unused") != NULL);
    free(out);

    const char *json_path = temp_path("coverage.json");
    CHECK_INT(scntest_write_coverage_json(suite, json_path, &err), 0);
    FILE *file = fopen(json_path, "rb");
    REQUIRE(file != NULL);
    char text[8192] = {0};
    size_t read = fread(text, 1, sizeof text - 1, file);
    fclose(file);
    CHECK(read > 0);
    cJSON *root = cJSON_Parse(text);
    REQUIRE(root != NULL);
    cJSON *entry = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "scenarios"), 0);
    REQUIRE(entry != NULL);
    CHECK_STR(cJSON_GetStringValue(cJSON_GetObjectItem(entry, "id")), "tiny");
    cJSON *endings = cJSON_GetObjectItem(entry, "endings");
    CHECK_INT(cJSON_GetNumberValue(cJSON_GetObjectItem(endings, "total")), 3);
    cJSON *missing = cJSON_GetObjectItem(endings, "not_reached");
    CHECK_INT(cJSON_GetArraySize(missing), 2);
    bool unused = false;
    cJSON *item;
    cJSON_ArrayForEach(item, missing) unused = unused || strcmp(item->valuestring, "unused") == 0;
    CHECK(unused);
    cJSON *outcomes = cJSON_GetObjectItem(endings, "outcomes_not_reached");
    CHECK_INT(cJSON_GetArraySize(outcomes), 2);
    CHECK_INT(cJSON_GetNumberValue(cJSON_GetObjectItem(cJSON_GetObjectItem(entry, "nodes"), "total")), 5);
    cJSON_Delete(root);
    scntest_destroy(suite);
}

TEST(scntest_prints_a_readable_difference_for_a_wrong_ending)
{
    write_file("tiny.lua", tiny_scenario);
    ScntestSuite *suite = scntest_create();
    CoachError err;
    REQUIRE(load_text(suite,
                      "\n\nscenario_test { name = 'pitcher', scenario = 'tiny.lua',\n"
                      "  say = { 'Our vibration sensors are the best on the market.' },\n"
                      "  expect = { ending = 'meeting_booked', targets = { 'pain' } } }\n",
                      &err) == 0);
    int status;
    ScntestSummary summary;
    char *out = run_captured(suite, &status, &summary, false);
    CHECK_INT(status, 1);
    CHECK_INT(summary.tests_failed, 1);
    const char *expected = "case.test.lua:3: test \"pitcher\": expected ending meeting_booked, got "
                           "brush_off";
    if (strstr(out, expected) == NULL)
        fprintf(stderr, "output:\n%s", out);
    CHECK(strstr(out, expected) != NULL);
    CHECK(strstr(out, "after turn 1: \"Our vibration sensors are the best on the market.\"") != NULL);
    CHECK(strstr(out, "expected target pain uncovered") != NULL);
    CHECK(strstr(out, "FAIL  pitcher") != NULL);
    free(out);
    scntest_destroy(suite);
}

TEST(scntest_reports_transcript_problems)
{
    write_file("tiny.lua", tiny_scenario);
    ScntestSuite *suite = scntest_create();
    CoachError err;
    REQUIRE(load_text(suite,
                      "scenario_test { name = 'bad option', scenario = 'tiny.lua',\n"
                      "  say = { 'What is going on?', { choose = 'z' } } }\n"
                      "scenario_test { name = 'too long', scenario = 'tiny.lua',\n"
                      "  say = { 'Our sensors rock.', 'Hello?', 'Anyone?' } }\n"
                      "scenario_test { name = 'wrong labels', scenario = 'tiny.lua',\n"
                      "  say = { { 'Our vibration sensors are great.', labels = { 'open_question' } } } }\n"
                      "scenario_test { name = 'missing scenario', scenario = 'nowhere.lua', say = { 'Hi' } }\n",
                      &err) == 0);
    int status;
    ScntestSummary summary;
    char *out = run_captured(suite, &status, &summary, false);
    CHECK_INT(status, 1);
    CHECK_INT(summary.tests_failed, 4);
    CHECK_INT(summary.unreadable, 1);
    CHECK(strstr(out, "has no option \"z\" (options: a, b)") != NULL);
    CHECK(strstr(out, "the call ended (brush_off)") != NULL);
    CHECK(strstr(out, "2 more lines were left to say") != NULL);
    CHECK(strstr(out, "expected labels open_question on turn 1") != NULL);
    CHECK(strstr(out, "cannot load the scenario") != NULL);
    CHECK(strstr(out, "nowhere.lua") != NULL);
    free(out);
    scntest_destroy(suite);
}

TEST(scntest_checks_contrasts)
{
    write_file("tiny.lua", tiny_scenario);
    ScntestSuite *suite = scntest_create();
    CoachError err;
    REQUIRE(load_text(suite,
                      "scenario_test { name = 'good', scenario = 'tiny.lua',\n"
                      "  say = { 'What has the overtime been costing you?', { choose = 'a' } } }\n"
                      "scenario_test { name = 'bad', scenario = 'tiny.lua',\n"
                      "  say = { 'Our vibration sensors are the best.' } }\n"
                      "contrast { better = 'good', worse = 'bad', skills = { 'overall' } }\n"
                      "contrast { better = 'bad', worse = 'good', skills = { 'overall', 'discovery' } }\n",
                      &err) == 0);
    int status;
    ScntestSummary summary;
    char *out = run_captured(suite, &status, &summary, false);
    CHECK_INT(status, 1);
    CHECK_INT(summary.tests_failed, 0);
    CHECK_INT(summary.contrasts, 2);
    CHECK_INT(summary.contrasts_failed, 1);
    CHECK(strstr(out, "ok    contrast \"good\" > \"bad\"") != NULL);
    CHECK(strstr(out, "case.test.lua:6: contrast \"bad\" > \"good\": expected overall higher") != NULL);
    CHECK(strstr(out, "ending (brush_off) is worse than the other's (meeting_booked)") != NULL);
    free(out);
    scntest_destroy(suite);
}

TESTS(CHECK_CASE(scntest_loads_tests_and_contrasts),
      CHECK_CASE(scntest_reports_syntax_error_with_file_and_line),
      CHECK_CASE(scntest_rejects_unknown_keys_with_the_line_of_the_test),
      CHECK_CASE(scntest_rejects_malformed_declarations),
      CHECK_CASE(scntest_sandbox_has_no_io_os_or_load),
      CHECK_CASE(scntest_stops_endless_loops_even_under_pcall),
      CHECK_CASE(scntest_caps_memory),
      CHECK_CASE(scntest_refuses_binary_chunks_and_missing_files),
      CHECK_CASE(scntest_keeps_earlier_files_when_one_fails),
      CHECK_CASE(scntest_passing_test_and_coverage),
      CHECK_CASE(scntest_prints_a_readable_difference_for_a_wrong_ending),
      CHECK_CASE(scntest_reports_transcript_problems),
      CHECK_CASE(scntest_checks_contrasts))
