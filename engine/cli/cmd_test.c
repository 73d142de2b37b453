/* cmd_test: `coach test FILE...` runs scenario tests (scenarios/README.md,
 * "Testing a scenario"), prints a readable difference for each failure and
 * the coverage of nodes, cues and endings per scenario.
 *
 * Exit: 0 every test and contrast passed, 1 any failed, 2 bad usage or
 * unreadable input (a test file or a scenario that cannot be loaded). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "cli_options.h"
#include "scntest.h"

static void usage(FILE *out)
{
    fprintf(out, "usage: coach test [--coverage] [--coverage-json FILE] [--no-coverage] [--log-dir DIR] FILE|DIR...\n"
                 "  Runs the scenario_test and contrast calls of each test file (a directory:\n"
                 "  its *.test.lua files; a scenario X.lua: its tests, X.test.lua beside it or in\n"
                 "  ../tests/scenarios/). --log-dir keeps each test's session log in DIR.\n"
                 "  --coverage also lists the route rules and options no test takes (coach check\n"
                 "  --coverage FILE warns about them; --strict makes that an error).\n"
                 "  Exit 0 all passed, 1 a test failed, 2 unreadable input.\n");
}

static bool ends_with(const char *text, const char *tail)
{
    size_t n = strlen(text), m = strlen(tail);
    return n >= m && strcmp(text + n - m, tail) == 0;
}

/* A scenario given instead of its tests ("coach test scenarios/x.lua"): the
 * path of its test file, x.test.lua beside it or in ../tests/scenarios/, if
 * there is one. */
static bool scenario_tests(const char *path, char *out, size_t size)
{
    if (!ends_with(path, ".lua") || ends_with(path, ".test.lua"))
        return false;
    const char *slash = strrchr(path, '/');
    int dir_len = slash != NULL ? (int)(slash - path) : 0;
    const char *base = slash != NULL ? slash + 1 : path;
    int base_len = (int)strlen(base) - 4; /* without ".lua" */
    const char *dir = slash != NULL ? path : ".";
    if (slash == NULL)
        dir_len = 1;
    static const char *const places[] = {"%.*s/%.*s.test.lua", "%.*s/../tests/scenarios/%.*s.test.lua"};
    for (size_t p = 0; p < sizeof places / sizeof places[0]; p++) {
        int n = snprintf(out, size, places[p], dir_len, dir, base_len, base);
        if (n < 0 || (size_t)n >= size)
            continue;
        FILE *file = fopen(out, "rb");
        if (file != NULL) {
            fclose(file);
            return true;
        }
    }
    return false;
}

int cmd_test(int argc, char **argv)
{
    const char *coverage_path = NULL, *log_dir = NULL;
    bool no_coverage = false, route_coverage = false;
    int unreadable = 0;
    const CliOption accepted[] = {
        {"--coverage-json", NULL, CLI_STRING, &coverage_path, NULL},
        {"--no-coverage", NULL, CLI_FLAG, &no_coverage, NULL},
        {"--coverage", NULL, CLI_FLAG, &route_coverage, NULL},
        {"--log-dir", NULL, CLI_STRING, &log_dir, NULL},
    };
    const char *paths[argc > 0 ? argc : 1];
    size_t path_count = 0;
    int parsed = cli_parse_options(argc, argv, accepted, sizeof accepted / sizeof accepted[0], paths,
                                   &path_count);
    if (parsed == CLI_HELP) {
        usage(stdout);
        return CLI_OK;
    }
    if (parsed != CLI_PARSED || path_count == 0) {
        usage(stderr);
        return CLI_USAGE;
    }

    ScntestSuite *suite = scntest_create();
    if (suite == NULL || scntest_set_log_dir(suite, log_dir, NULL) != 0) {
        scntest_destroy(suite);
        fprintf(stderr, "coach: test: out of memory\n");
        return CLI_USAGE;
    }
    char **files = NULL;
    size_t file_count = 0;
    if (cli_expand_paths(paths, path_count, ".test.lua", &files, &file_count) != CLI_OK)
        unreadable++;
    for (size_t i = 0; i < file_count; i++) {
        CoachError err;
        err_clear(&err);
        char tests_of[4096];
        const char *file = files[i];
        if (scenario_tests(file, tests_of, sizeof tests_of)) {
            fprintf(stderr, "coach: test: %s is a scenario; running its tests, %s\n", file, tests_of);
            file = tests_of;
        }
        if (scntest_load(suite, file, &err) != 0) {
            cli_print_error(&err);
            if (!ends_with(file, ".test.lua"))
                fprintf(stderr, "coach: test: %s is not a test file: coach test runs NAME.test.lua files of "
                                "scenario_test calls (scenarios/README.md, \"Testing a scenario\")\n",
                        file);
            unreadable++;
        }
    }
    cli_free_paths(files, file_count);

    int status = CLI_OK;
    if (scntest_test_count(suite) == 0 && scntest_contrast_count(suite) == 0) {
        fprintf(stderr, "coach: test: no tests to run\n");
        scntest_destroy(suite);
        return CLI_USAGE;
    }
    CoachError err;
    err_clear(&err);
    Analyzer *analyzer = cli_analyzer(&err);
    if (analyzer == NULL) {
        cli_print_error(&err);
        scntest_destroy(suite);
        return CLI_USAGE;
    }
    ScntestSummary summary;
    if (scntest_run(suite, analyzer, stdout, &summary) != 0)
        status = CLI_PROBLEMS;
    if (!no_coverage)
        scntest_print_coverage(suite, stdout);
    if (route_coverage)
        scntest_print_route_coverage(suite, stdout);
    if (coverage_path != NULL) {
        err_clear(&err);
        if (scntest_write_coverage_json(suite, coverage_path, &err) != 0) {
            cli_print_error(&err);
            unreadable++;
        }
    }
    if (unreadable > 0 || summary.unreadable > 0)
        status = CLI_USAGE;
    fflush(stdout);
    an_destroy(analyzer);
    scntest_destroy(suite);
    return status;
}
