/* cmd_test: `coach test FILE...` runs scenario tests (scenarios/README.md,
 * "Testing a scenario"), prints a readable difference for each failure and
 * the coverage of nodes, cues and endings per scenario.
 *
 * Exit: 0 every test and contrast passed, 1 any failed, 2 bad usage or
 * unreadable input (a test file or a scenario that cannot be loaded). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "scntest.h"

static void usage(FILE *out)
{
    fprintf(out, "usage: coach test [--coverage-json FILE] [--no-coverage] FILE|DIR...\n"
                 "  Runs the scenario_test and contrast calls of each test file (a directory:\n"
                 "  its *.test.lua files). Exit 0 all passed, 1 a test failed, 2 unreadable input.\n");
}

static bool ends_with(const char *text, const char *suffix)
{
    size_t length = strlen(text), suffix_length = strlen(suffix);
    return length >= suffix_length && strcmp(text + length - suffix_length, suffix) == 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Loads every *.test.lua of a directory, in name order. Returns the number
 * of files that failed to load, or -1 if the directory cannot be read. */
static int load_directory(StestSuite *suite, const char *path)
{
    DIR *dir = opendir(path);
    if (dir == NULL)
        return -1;
    char **names = NULL;
    size_t count = 0;
    int failed = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (!ends_with(entry->d_name, ".test.lua"))
            continue;
        char **grown = realloc(names, (count + 1) * sizeof *grown);
        size_t size = strlen(path) + strlen(entry->d_name) + 2;
        char *full = malloc(size);
        if (grown == NULL || full == NULL) {
            free(full);
            if (grown != NULL)
                names = grown;
            failed++;
            break;
        }
        names = grown;
        snprintf(full, size, "%s/%s", path, entry->d_name);
        names[count++] = full;
    }
    closedir(dir);
    if (count > 0)
        qsort(names, count, sizeof *names, compare_names);
    for (size_t i = 0; i < count; i++) {
        CoachError err;
        err_clear(&err);
        if (stest_load(suite, names[i], &err) != 0) {
            cli_print_error(&err);
            failed++;
        }
        free(names[i]);
    }
    free(names);
    return failed;
}

int cmd_test(int argc, char **argv)
{
    const char *coverage_path = NULL;
    bool coverage = true;
    int files = 0, unreadable = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return CLI_OK;
        }
        if (strcmp(argv[i], "--coverage-json") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "coach: test: --coverage-json needs a file name\n");
                return CLI_USAGE;
            }
            coverage_path = argv[++i];
        } else if (strcmp(argv[i], "--no-coverage") == 0) {
            coverage = false;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "coach: test: unknown option %s\n", argv[i]);
            usage(stderr);
            return CLI_USAGE;
        } else {
            files++;
        }
    }
    if (files == 0) {
        usage(stderr);
        return CLI_USAGE;
    }

    StestSuite *suite = stest_create();
    if (suite == NULL) {
        fprintf(stderr, "coach: test: out of memory\n");
        return CLI_USAGE;
    }
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--coverage-json") == 0) {
            i++;
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1] != '\0')
            continue;
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            int failed = load_directory(suite, argv[i]);
            if (failed < 0) {
                fprintf(stderr, "coach: %s: error: cannot read the directory\n", argv[i]);
                unreadable++;
            } else {
                unreadable += failed;
            }
            continue;
        }
        CoachError err;
        err_clear(&err);
        if (stest_load(suite, argv[i], &err) != 0) {
            cli_print_error(&err);
            unreadable++;
        }
    }

    int status = CLI_OK;
    if (stest_test_count(suite) == 0 && stest_contrast_count(suite) == 0) {
        fprintf(stderr, "coach: test: no tests to run\n");
        stest_destroy(suite);
        return CLI_USAGE;
    }
    CoachError err;
    err_clear(&err);
    Analyzer *analyzer = cli_analyzer(&err);
    if (analyzer == NULL) {
        cli_print_error(&err);
        stest_destroy(suite);
        return CLI_USAGE;
    }
    StestSummary summary;
    if (stest_run(suite, analyzer, stdout, &summary) != 0)
        status = CLI_PROBLEMS;
    if (coverage)
        stest_print_coverage(suite, stdout);
    if (coverage_path != NULL) {
        err_clear(&err);
        if (stest_write_coverage_json(suite, coverage_path, &err) != 0) {
            cli_print_error(&err);
            unreadable++;
        }
    }
    if (unreadable > 0 || summary.unreadable > 0)
        status = CLI_USAGE;
    fflush(stdout);
    an_destroy(analyzer);
    stest_destroy(suite);
    return status;
}
