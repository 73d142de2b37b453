/* Tests of lint: static analysis of scenarios (coach check). The broken
 * fixtures in tests/scenarios/broken/ are covered file by file by
 * tests/cli/check_broken.sh; here: the module's API, dynamic routing,
 * coverage files and formatting. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "lint.h"

static char written_path[256];

/* Writes text to a fresh file under /tmp and returns its path (static buffer). */
static const char *write_temp(const char *suffix, const char *text)
{
    snprintf(written_path, sizeof written_path, "/tmp/test_lint_%ld_%s", (long)getpid(), suffix);
    FILE *file = fopen(written_path, "w");
    REQUIRE(file != NULL);
    fputs(text, file);
    fclose(file);
    return written_path;
}

/* Counts findings with code (and severity, unless -1) at line (unless 0). */
static size_t count_findings(const LintReport *report, const char *code, int severity, int line)
{
    size_t count = 0;
    for (size_t i = 0; i < lint_count(report); i++) {
        const LintFinding *finding = lint_finding(report, i);
        if (strcmp(finding->code, code) == 0 && (severity < 0 || (int)finding->severity == severity) &&
            (line == 0 || finding->line == line))
            count++;
    }
    return count;
}

static void print_findings(const LintReport *report)
{
    char line[1024];
    for (size_t i = 0; i < lint_count(report); i++) {
        lint_format(lint_finding(report, i), line, sizeof line);
        fprintf(stderr, "  finding: %s\n", line);
    }
}

static const char *const header =
    "scenario {\n"                                                               /* 1 */
    "  id = \"unit\", title = \"Unit\", version = \"1.0.0\", difficulty = 2,\n"  /* 2 */
    "  pitch = \"p\", brief = \"b\", purpose = \"p\",\n"                          /* 3 */
    "  persona = { name = \"N\", role = \"R\", company = \"C\", voice = \"v\" },\n" /* 4 */
    "  start = \"opening\",\n"                                                    /* 5 */
    "  targets = { { id = \"pain\", kind = \"pain\", text = \"t\", keys = \"late\" } },\n" /* 6 */
    "}\n";                                                                       /* 7 */

TEST(lint_finds_nothing_in_the_clean_fixture)
{
    LintReport *report = lint_create();
    REQUIRE(report != NULL);
    CoachError err;
    err_clear(&err);
    CHECK_INT(lint_file(report, "tests/scenarios/broken/clean.lua", NULL, &err), 0);
    CHECK_INT(lint_count(report), 0);
    CHECK_INT(lint_error_count(report), 0);
    print_findings(report);
    lint_destroy(report);
}

TEST(lint_reports_an_unreadable_file_as_eio_without_findings)
{
    LintReport *report = lint_create();
    CoachError err;
    err_clear(&err);
    CHECK_INT(lint_file(report, "tests/scenarios/broken/no_such_file.lua", NULL, &err), COACH_EIO);
    CHECK_INT(lint_count(report), 0);
    CHECK(strstr(err.file, "no_such_file.lua") != NULL);
    err_clear(&err);
    CHECK_INT(lint_file(report, "tests/scenarios/broken", NULL, &err), COACH_EIO);
    CHECK(strstr(err.message, "directory") != NULL);
    lint_destroy(report);
}

TEST(lint_reports_a_lua_error_with_its_line)
{
    char text[2048];
    snprintf(text, sizeof text, "%s\nlocal x = nil\nlocal y = x.field\n", header); /* line 9 */
    const char *path = write_temp("lua_error.lua", text);
    LintReport *report = lint_create();
    CoachError err;
    err_clear(&err);
    CHECK_INT(lint_file(report, path, NULL, &err), 0);
    CHECK_INT(count_findings(report, "lua-error", LINT_ERROR, 10), 1);
    CHECK_INT(lint_error_count(report), 1);
    print_findings(report);
    lint_destroy(report);
    unlink(path);
}

TEST(lint_messages_never_carry_invalid_utf8_or_control_bytes)
{
    const char *path = write_temp("bytes.lua", "scenario { id = \"x\xff\xe2\x82\x01y\" }\n");
    LintReport *report = lint_create();
    CoachError err;
    err_clear(&err);
    CHECK_INT(lint_file(report, path, NULL, &err), 0);
    REQUIRE(lint_count(report) == 1);
    /* the file is refused at load as not UTF-8, at the first bad byte */
    const char *message = lint_finding(report, 0)->message;
    CHECK(strstr(message, "not valid UTF-8 at column 19") != NULL);
    CHECK_STR(lint_finding(report, 0)->code, "invalid-utf8");
    for (const unsigned char *c = (const unsigned char *)message; *c != '\0'; c++)
        CHECK(*c >= 0x20 && *c < 0x7F);
    print_findings(report);
    lint_destroy(report);
    unlink(path);
}

TEST(lint_treats_unreachability_behind_a_route_function_as_a_warning_or_nothing)
{
    char text[4096];
    snprintf(text, sizeof text,
             "%s"
             "node \"opening\" {\n"                                                   /* 8 */
             "  say = \"hi\", reveals = { \"pain\" },\n"
             "  route = function(s, move) if s.trust > 90 then return \"secret\" end end,\n"
             "  otherwise = \"done\",\n"
             "}\n"
             "node \"secret\" { say = \"s\", otherwise = \"done\" }\n"                /* 13 */
             "node \"forgotten\" { say = \"f\", otherwise = \"done\" }\n"             /* 14 */
             "node \"done\" { say = \"bye\", ending = { outcome = \"over\", success = true } }\n",
             header);
    const char *path = write_temp("dynamic.lua", text);
    LintReport *report = lint_create();
    CoachError err;
    err_clear(&err);
    CHECK_INT(lint_file(report, path, NULL, &err), 0);
    /* "secret" is named by the route function: maybe reachable, say nothing. */
    CHECK_INT(count_findings(report, "unreachable-node", -1, 13), 0);
    /* "forgotten" is named nowhere: a warning, not an error (routing is dynamic). */
    CHECK_INT(count_findings(report, "unreachable-node", LINT_WARNING, 14), 1);
    CHECK_INT(lint_error_count(report), 0);
    print_findings(report);
    lint_destroy(report);
    unlink(path);
}

TEST(lint_makes_static_unreachability_an_error)
{
    char text[4096];
    snprintf(text, sizeof text,
             "%s"
             "node \"opening\" { say = \"hi\", reveals = { \"pain\" }, otherwise = \"done\" }\n" /* 8 */
             "node \"island\" { say = \"i\", otherwise = \"done\" }\n"                         /* 9 */
             "node \"done\" { say = \"bye\", ending = { outcome = \"over\", success = true } }\n"
             "node \"lost\" { say = \"x\", ending = { outcome = \"lost\", success = false } }\n", /* 11 */
             header);
    const char *path = write_temp("static.lua", text);
    LintReport *report = lint_create();
    CoachError err;
    err_clear(&err);
    CHECK_INT(lint_file(report, path, NULL, &err), 0);
    CHECK_INT(count_findings(report, "unreachable-node", LINT_ERROR, 9), 1);
    CHECK_INT(count_findings(report, "unreachable-ending", LINT_ERROR, 11), 1);
    CHECK_INT(count_findings(report, "no-ending", -1, 0), 0);
    print_findings(report);
    lint_destroy(report);
    unlink(path);
}

/* A detour says its line and goes back where it came from: no dead end, no
 * way-out error; like a node on a cycle it needs an again form; one with
 * routes, or named as the start, is refused with its line. */
TEST(lint_knows_a_detour_goes_back_where_it_came_from)
{
    char text[4096];
    snprintf(text, sizeof text,
             "%s"
             "node \"opening\" { say = \"hi\", reveals = { \"pain\" }, otherwise = \"done\",\n" /* 8 */
             "  routes = { { any = { \"closed_question\" }, words = \"often\", to = \"often\" } } }\n"
             "node \"often\" { say = \"Twice a week.\", detour = true }\n"                     /* 10 */
             "node \"done\" { say = \"bye\", ending = { outcome = \"over\", success = true } }\n",
             header);
    const char *path = write_temp("detour.lua", text);
    LintReport *report = lint_create();
    CoachError err;
    err_clear(&err);
    CHECK_INT(lint_file(report, path, NULL, &err), 0);
    CHECK_INT(lint_error_count(report), 0);
    CHECK_INT(count_findings(report, "dead-end", -1, 0), 0);
    CHECK_INT(count_findings(report, "no-way-out", -1, 0), 0);
    CHECK_INT(count_findings(report, "repeats-line", LINT_WARNING, 10), 1);
    print_findings(report);
    lint_destroy(report);
    unlink(path);

    snprintf(text, sizeof text,
             "%s"
             "node \"opening\" { say = \"hi\", otherwise = \"often\" }\n"                        /* 8 */
             "node \"often\" { say = \"Twice.\", again = \"Twice.\", detour = true, otherwise = \"done\" }\n"
             "node \"done\" { say = \"bye\", ending = { outcome = \"over\", success = true } }\n",
             header);
    path = write_temp("detour_routes.lua", text);
    report = lint_create();
    err_clear(&err);
    CHECK_INT(lint_file(report, path, NULL, &err), 0);
    CHECK_INT(count_findings(report, "lua-error", LINT_ERROR, 9), 1);
    print_findings(report);
    lint_destroy(report);
    unlink(path);

    snprintf(text, sizeof text,
             "%s"
             "node \"opening\" { say = \"hi\", again = \"hi\", detour = true }\n"                 /* 8 */
             "node \"done\" { say = \"bye\", ending = { outcome = \"over\", success = true } }\n",
             header);
    path = write_temp("detour_start.lua", text);
    report = lint_create();
    err_clear(&err);
    CHECK_INT(lint_file(report, path, NULL, &err), 0);
    CHECK_INT(count_findings(report, "lua-error", LINT_ERROR, 5), 1);
    print_findings(report);
    lint_destroy(report);
    unlink(path);
}

TEST(lint_suggests_the_closest_label_for_an_unknown_one)
{
    LintReport *report = lint_create();
    CoachError err;
    err_clear(&err);
    CHECK_INT(lint_file(report, "tests/scenarios/broken/unknown_label.lua", NULL, &err), 0);
    REQUIRE(count_findings(report, "unknown-label", LINT_ERROR, 0) == 1);
    const LintFinding *finding = NULL;
    for (size_t i = 0; i < lint_count(report); i++)
        if (strcmp(lint_finding(report, i)->code, "unknown-label") == 0)
            finding = lint_finding(report, i);
    REQUIRE(finding != NULL);
    CHECK(strstr(finding->message, "next_stepp") != NULL);
    CHECK(strstr(finding->message, "did you mean 'next_step'") != NULL);
    print_findings(report);
    lint_destroy(report);
}

TEST(lint_warns_on_endings_no_test_reaches)
{
    /* The shape `coach test --coverage-json` writes (ending entries are node ids). */
    const char *json = "{\"scenarios\": [{\"id\": \"other\", \"endings\": {\"reached\": [\"brush_off\"]}},"
                       " {\"id\": \"broken_clean\", \"path\": \"x.lua\", \"endings\": {\"total\": 2,"
                       " \"reached\": [\"booked\"], \"not_reached\": [\"brush_off\"]}}]}";
    char coverage_path[256];
    snprintf(coverage_path, sizeof coverage_path, "%s", write_temp("coverage.json", json));
    CoachError err;
    err_clear(&err);
    LintCoverage *coverage = lint_coverage_load(coverage_path, &err);
    REQUIRE(coverage != NULL);
    CHECK(lint_coverage_has_scenario(coverage, "broken_clean"));
    CHECK(lint_coverage_has_scenario(coverage, "other"));
    CHECK(!lint_coverage_has_scenario(coverage, "missing"));
    CHECK(lint_coverage_reached(coverage, "broken_clean", "booked"));
    CHECK(!lint_coverage_reached(coverage, "broken_clean", "brush_off"));
    CHECK(lint_coverage_reached(coverage, "other", "brush_off"));

    LintReport *report = lint_create();
    CHECK_INT(lint_file(report, "tests/scenarios/broken/clean.lua", coverage, &err), 0);
    CHECK_INT(count_findings(report, "untested-ending", LINT_WARNING, 0), 1);
    CHECK_INT(lint_error_count(report), 0);
    const LintFinding *finding = lint_count(report) > 0 ? lint_finding(report, 0) : NULL;
    REQUIRE(finding != NULL);
    CHECK(strstr(finding->message, "brush_off") != NULL);
    print_findings(report);
    lint_destroy(report);
    lint_coverage_destroy(coverage);
    unlink(coverage_path);
}

TEST(lint_coverage_also_reads_an_object_keyed_by_scenario_id)
{
    const char *path = write_temp("keyed.json", "{\"scenarios\": {\"s\": {\"endings_reached\": [\"won\"]}}}");
    CoachError err;
    err_clear(&err);
    LintCoverage *coverage = lint_coverage_load(path, &err);
    REQUIRE(coverage != NULL);
    CHECK(lint_coverage_reached(coverage, "s", "won"));
    CHECK(!lint_coverage_reached(coverage, "s", "lost"));
    CHECK(!lint_coverage_reached(coverage, "t", "won"));
    lint_coverage_destroy(coverage);
    unlink(path);
}

TEST(lint_coverage_reports_invalid_json_with_its_line)
{
    const char *path = write_temp("bad_coverage.json", "{\n  \"scenarios\": {\n    \"x\": [1, 2,,]\n  }\n}\n");
    CoachError err;
    err_clear(&err);
    CHECK(lint_coverage_load(path, &err) == NULL);
    CHECK_INT(err.code, COACH_EPARSE);
    CHECK_INT(err.line, 3);
    unlink(path);
    path = write_temp("no_scenarios.json", "[1, 2, 3]");
    err_clear(&err);
    CHECK(lint_coverage_load(path, &err) == NULL);
    CHECK(strstr(err.message, "scenarios") != NULL);
    unlink(path);
    err_clear(&err);
    CHECK(lint_coverage_load("/nonexistent/coverage.json", &err) == NULL);
    CHECK_INT(err.code, COACH_EIO);
}

TEST(lint_format_prints_file_line_severity_message_and_code)
{
    LintFinding finding;
    memset(&finding, 0, sizeof finding);
    finding.severity = LINT_ERROR;
    finding.code = "dead-end";
    snprintf(finding.file, sizeof finding.file, "scenarios/x.lua");
    finding.line = 12;
    snprintf(finding.message, sizeof finding.message, "node 'a' has no way on");
    char line[256];
    lint_format(&finding, line, sizeof line);
    CHECK_STR(line, "scenarios/x.lua:12: error: node 'a' has no way on [dead-end]");
    finding.severity = LINT_WARNING;
    finding.line = 0;
    lint_format(&finding, line, sizeof line);
    CHECK_STR(line, "scenarios/x.lua: warning: node 'a' has no way on [dead-end]");
}

TESTS(CHECK_CASE(lint_finds_nothing_in_the_clean_fixture),
      CHECK_CASE(lint_reports_an_unreadable_file_as_eio_without_findings),
      CHECK_CASE(lint_reports_a_lua_error_with_its_line),
      CHECK_CASE(lint_messages_never_carry_invalid_utf8_or_control_bytes),
      CHECK_CASE(lint_treats_unreachability_behind_a_route_function_as_a_warning_or_nothing),
      CHECK_CASE(lint_makes_static_unreachability_an_error),
      CHECK_CASE(lint_suggests_the_closest_label_for_an_unknown_one),
      CHECK_CASE(lint_warns_on_endings_no_test_reaches),
      CHECK_CASE(lint_coverage_also_reads_an_object_keyed_by_scenario_id),
      CHECK_CASE(lint_coverage_reports_invalid_json_with_its_line),
      CHECK_CASE(lint_format_prints_file_line_severity_message_and_code),
      CHECK_CASE(lint_knows_a_detour_goes_back_where_it_came_from))
