/* cmd_check: `coach check [--coverage FILE] [--strict] SCENARIO...` — static
 * analysis of scenario files (see lint.h for the codes). Findings go to
 * stdout as `file:line: error|warning: message [code]`, then one summary
 * line; problems with the command itself go to stderr.
 *
 * Exit: 0 no errors (warnings alone are fine unless --strict), 1 errors
 * found, 2 bad usage or an input that cannot be read. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "lint.h"

static void print_check_usage(FILE *out)
{
    fprintf(out, "usage: coach check [--coverage FILE] [--strict] SCENARIO|DIR...\n"
                 "  Checks scenario files: Lua errors, broken links, unreachable nodes, dead ends,\n"
                 "  endings, labels, cues, ids, targets and metadata. A DIR means its *.lua files.\n"
                 "  --coverage FILE  JSON from `coach test --coverage-json`: warn on untested endings\n"
                 "  --strict         warnings count as errors (exit 1)\n"
                 "Each finding: file:line: error|warning: message [code]\n");
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Lints every *.lua directly in dir, in name order. Returns the worst exit code. */
static int check_directory(LintReport *report, const char *dir, const LintCoverage *coverage,
                           size_t *files)
{
    DIR *handle = opendir(dir);
    if (handle == NULL) {
        fprintf(stderr, "coach: %s: error: cannot open directory\n", dir);
        return CLI_USAGE;
    }
    char **names = NULL;
    size_t count = 0, capacity = 0;
    int result = CLI_OK;
    struct dirent *entry;
    while ((entry = readdir(handle)) != NULL) {
        size_t length = strlen(entry->d_name);
        if (length < 5 || strcmp(entry->d_name + length - 4, ".lua") != 0 || entry->d_name[0] == '.')
            continue;
        if (count == capacity) {
            capacity = capacity == 0 ? 16 : capacity * 2;
            char **grown = realloc(names, capacity * sizeof *grown);
            if (grown == NULL) {
                result = CLI_USAGE;
                break;
            }
            names = grown;
        }
        size_t size = strlen(dir) + length + 2;
        names[count] = malloc(size);
        if (names[count] == NULL) {
            result = CLI_USAGE;
            break;
        }
        snprintf(names[count], size, "%s/%s", dir, entry->d_name);
        count++;
    }
    closedir(handle);
    if (count > 0)
        qsort(names, count, sizeof *names, compare_strings);
    for (size_t i = 0; i < count; i++) {
        CoachError err;
        err_clear(&err);
        if (lint_file(report, names[i], coverage, &err) != 0) {
            cli_print_error(&err);
            result = CLI_USAGE;
        }
        (*files)++;
        free(names[i]);
    }
    free(names);
    return result;
}

int cmd_check(int argc, char **argv)
{
    const char *coverage_path = NULL;
    bool strict = false;
    int first_file = 0, file_count = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            print_check_usage(stdout);
            return CLI_OK;
        }
        if (strcmp(argv[i], "--coverage") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "coach: check: --coverage needs a FILE\n");
                return CLI_USAGE;
            }
            coverage_path = argv[++i];
        } else if (strcmp(argv[i], "--strict") == 0) {
            strict = true;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            fprintf(stderr, "coach: check: unknown option '%s'\n", argv[i]);
            print_check_usage(stderr);
            return CLI_USAGE;
        } else {
            if (first_file == 0)
                first_file = i;
            file_count++;
        }
    }
    if (file_count == 0) {
        print_check_usage(stderr);
        return CLI_USAGE;
    }

    int result = CLI_OK;
    LintCoverage *coverage = NULL;
    if (coverage_path != NULL) {
        CoachError err;
        err_clear(&err);
        coverage = lint_coverage_load(coverage_path, &err);
        if (coverage == NULL) {
            cli_print_error(&err);
            return CLI_USAGE;
        }
    }
    LintReport *report = lint_create();
    if (report == NULL) {
        lint_coverage_destroy(coverage);
        fprintf(stderr, "coach: check: out of memory\n");
        return CLI_USAGE;
    }
    size_t files = 0;
    for (int i = first_file; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1] != '\0') {
            if (strcmp(argv[i], "--coverage") == 0)
                i++;
            continue;
        }
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            int code = check_directory(report, argv[i], coverage, &files);
            if (code != CLI_OK)
                result = code;
            continue;
        }
        CoachError err;
        err_clear(&err);
        if (lint_file(report, argv[i], coverage, &err) != 0) {
            cli_print_error(&err);
            result = CLI_USAGE;
        }
        files++;
    }
    char line[2048];
    for (size_t i = 0; i < lint_count(report); i++) {
        lint_format(lint_finding(report, i), line, sizeof line);
        printf("%s\n", line);
    }
    size_t errors = lint_error_count(report), warnings = lint_warning_count(report);
    printf("%zu file%s checked: %zu error%s, %zu warning%s\n", files, files == 1 ? "" : "s", errors,
           errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
    if (result == CLI_OK && (errors > 0 || (strict && warnings > 0)))
        result = CLI_PROBLEMS;
    lint_destroy(report);
    lint_coverage_destroy(coverage);
    return result;
}
