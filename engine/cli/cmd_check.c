/* cmd_check: `coach check [--coverage FILE] [--strict] SCENARIO...` — static
 * analysis of scenario files (see lint.h for the codes). Findings go to
 * stdout as `file:line: error|warning: message [code]`, then one summary
 * line; problems with the command itself go to stderr.
 *
 * Exit: 0 no errors (warnings alone are fine unless --strict), 1 errors
 * found, 2 bad usage or an input that cannot be read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "cli_options.h"
#include "lint.h"

static void print_check_usage(FILE *out)
{
    fprintf(out, "usage: coach check [--coverage FILE] [--strict] SCENARIO|DIR...\n"
                 "  Checks scenario files: Lua errors, broken links, unreachable nodes, dead ends,\n"
                 "  endings, labels, cues, ids, targets, declared state, placeholders and metadata,\n"
                 "  and runs every say/to/test/route/effects function once per node in\n"
                 "  representative states. Every error of a file is listed. A DIR means its *.lua files.\n"
                 "  --coverage FILE  JSON from `coach test --coverage-json`: warn on untested endings,\n"
                 "                   route rules and options\n"
                 "  --strict         warnings count as errors (exit 1)\n"
                 "Each finding: file:line: error|warning: message [code]\n");
}

int cmd_check(int argc, char **argv)
{
    const char *coverage_path = NULL;
    bool strict = false;
    const CliOption accepted[] = {
        {"--coverage", NULL, CLI_STRING, &coverage_path, NULL},
        {"--strict", NULL, CLI_FLAG, &strict, NULL},
    };
    const char *paths[argc > 0 ? argc : 1];
    size_t path_count = 0;
    int parsed = cli_parse_options(argc, argv, accepted, sizeof accepted / sizeof accepted[0], paths,
                                   &path_count);
    if (parsed == CLI_HELP) {
        print_check_usage(stdout);
        return CLI_OK;
    }
    if (parsed != CLI_PARSED || path_count == 0) {
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
    char **files = NULL;
    size_t file_count = 0;
    if (cli_expand_paths(paths, path_count, ".lua", &files, &file_count) != CLI_OK)
        result = CLI_USAGE;
    for (size_t i = 0; i < file_count; i++) {
        CoachError err;
        err_clear(&err);
        if (lint_file(report, files[i], coverage, &err) != 0) {
            cli_print_error(&err);
            result = CLI_USAGE;
        }
    }
    cli_free_paths(files, file_count);
    char line[2048];
    for (size_t i = 0; i < lint_count(report); i++) {
        lint_format(lint_finding(report, i), line, sizeof line);
        printf("%s\n", line);
    }
    size_t errors = lint_error_count(report), warnings = lint_warning_count(report);
    printf("%zu file%s checked: %zu error%s, %zu warning%s\n", file_count, file_count == 1 ? "" : "s", errors,
           errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
    if (result == CLI_OK && (errors > 0 || (strict && warnings > 0)))
        result = CLI_PROBLEMS;
    lint_destroy(report);
    lint_coverage_destroy(coverage);
    return result;
}
