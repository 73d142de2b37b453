/* cmd_report: `coach report LOG_OR_DIR...` — sums up session logs for a
 * trainer: a text table on stdout, optionally CSV and a self-contained HTML
 * page. Files that cannot be used are named on stderr, one line each, and
 * skipped; the report covers the rest. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "cli_options.h"
#include "report.h"

static void report_usage(FILE *out)
{
    fprintf(out,
            "usage: coach report LOG_OR_DIR... [--csv FILE [--turns]] [--html FILE] [--trainee NAME]\n"
            "                    [--scenario ID] [--include-unfinished] [--quiet]\n\n"
            "Reads the session logs given, and every *.json log under the directories given\n"
            "(recursively, in name order), and prints one row per session, then each trainee's\n"
            "mean, best, last score and trend per skill, then the means per scenario.\n\n"
            "  --csv FILE       also write the session rows as CSV (RFC 4180; '-' is stdout)\n"
            "  --turns          with --csv: one row per trainee line instead (session_id, trainee,\n"
            "                   scenario, turn from 1, text, labels, points, file)\n"
            "  --html FILE      also write a self-contained HTML page with charts ('-' is stdout)\n"
            "  --trainee NAME   only sessions of this trainee (exact name)\n"
            "  --scenario ID    only sessions of this scenario id\n"
            "  --include-unfinished\n"
            "                   also count calls closed, killed or failed before their end\n"
            "                   (left out by default; shown with their status in brackets)\n"
            "  --quiet          no text table on stdout (with --csv or --html)\n\n"
            "A log in which the trainee said nothing is no session and is left out.\n"
            "Files that are not readable session logs are skipped with a warning on stderr.\n"
            "Exit: 0 ok (even when some files were skipped), 1 no readable log, 2 bad usage.\n");
}

/* Prints a warning line "file:line: warning: message" (the form editors
 * jump to) with control characters shown as '?', so one warning is always
 * one line whatever the file is called. */
static void report_warn(void *context, const CoachError *warning)
{
    size_t *skipped = context;
    if (skipped != NULL)
        (*skipped)++;
    cli_print_skipped(warning);
}

/* Opens path for writing ("-" is stdout). NULL with a message printed. */
static FILE *report_open(const char *path)
{
    if (strcmp(path, "-") == 0)
        return stdout;
    FILE *file = fopen(path, "wb");
    if (file != NULL)
        setvbuf(file, NULL, _IOFBF, (size_t)1 << 16); /* the page of 10,000 sessions is ~90 MB */
    if (file == NULL) {
        CoachError err;
        err_set(&err, COACH_EIO, path, 0, "cannot write: %s", strerror(errno));
        cli_print_error(&err);
    }
    return file;
}

/* Closes what report_open opened; false when the data may not be complete. */
static bool report_close(FILE *file, const char *path)
{
    bool ok = !ferror(file);
    if (file == stdout)
        ok = fflush(stdout) == 0 && ok;
    else
        ok = fclose(file) == 0 && ok;
    if (!ok) {
        CoachError err;
        err_set(&err, COACH_EIO, path, 0, "could not write the whole file");
        cli_print_error(&err);
    }
    return ok;
}

typedef int (*ReportWriter)(Report *report, FILE *out);

static bool report_write(Report *report, const char *path, ReportWriter writer)
{
    FILE *file = report_open(path);
    if (file == NULL)
        return false;
    int rc = writer(report, file);
    bool closed = report_close(file, path);
    return rc == COACH_OK && closed;
}

int cmd_report(int argc, char **argv)
{
    const char *csv_path = NULL, *html_path = NULL, *trainee = NULL, *scenario = NULL;
    bool quiet = false, include_unfinished = false, turns = false;
    const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    size_t input_count = 0, skipped = 0, found_count = 0, filtered = 0;
    char **found = NULL;
    Report *report = NULL;
    int status = CLI_USAGE;
    if (inputs == NULL) {
        fprintf(stderr, "coach report: out of memory\n");
        return CLI_USAGE;
    }
    const CliOption accepted[] = {
        {"--csv", NULL, CLI_STRING, &csv_path, NULL},
        {"--html", NULL, CLI_STRING, &html_path, NULL},
        {"--trainee", NULL, CLI_STRING, &trainee, NULL},
        {"--scenario", NULL, CLI_STRING, &scenario, NULL},
        {"--include-unfinished", NULL, CLI_FLAG, &include_unfinished, NULL},
        {"--turns", NULL, CLI_FLAG, &turns, NULL},
        {"--quiet", "-q", CLI_FLAG, &quiet, NULL},
    };
    int parsed = cli_parse_options(argc, argv, accepted, sizeof accepted / sizeof accepted[0], inputs,
                                   &input_count);
    if (parsed == CLI_HELP) {
        report_usage(stdout);
        status = CLI_OK;
        goto free_inputs;
    }
    if (parsed != CLI_PARSED) {
        report_usage(stderr);
        goto free_inputs;
    }
    if (input_count == 0) {
        fprintf(stderr, "coach report: no log or directory given\n");
        report_usage(stderr);
        goto free_inputs;
    }
    if (turns && csv_path == NULL) {
        fprintf(stderr, "coach report: --turns needs --csv FILE\n");
        goto free_inputs;
    }
    int to_stdout = (csv_path != NULL && strcmp(csv_path, "-") == 0) +
                    (html_path != NULL && strcmp(html_path, "-") == 0);
    if (to_stdout > 1) {
        fprintf(stderr, "coach report: only one of --csv and --html can write to stdout\n");
        goto free_inputs;
    }
    if (to_stdout == 1)
        quiet = true; /* stdout carries the CSV or HTML alone */

    CoachError err;
    err_clear(&err);
    report = rep_create();
    if (report == NULL || rep_set_filter(report, trainee, scenario, &err) != COACH_OK) {
        fprintf(stderr, "coach report: out of memory\n");
        goto destroy_report;
    }
    rep_set_include_unfinished(report, include_unfinished);
    /* the lines are written out as each log is read, so that no log is
     * parsed twice nor kept in memory */
    rep_set_keep(report, csv_path != NULL && turns ? REP_KEEP_TURNS : 0u);
    if (rep_find_logs(inputs, input_count, &found, &found_count, report_warn, &skipped, &err) !=
        COACH_OK) {
        cli_print_error(&err);
        goto destroy_report;
    }
    for (size_t i = 0; i < found_count; i++) {
        err_clear(&err);
        int rc = rep_add_file(report, found[i], &err);
        if (rc == REP_LEFT_FILTERED)
            filtered++;
        else if (rc == REP_LEFT_EMPTY || rc == REP_LEFT_UNFINISHED)
            continue;
        else if (rc == COACH_ENOMEM) {
            cli_print_error(&err);
            goto free_found;
        } else if (rc != COACH_OK)
            report_warn(&skipped, &err);
    }
    size_t used = rep_session_count(report);
    if (skipped > 0)
        fprintf(stderr, "coach report: skipped %zu file%s that %s not readable session logs\n",
                skipped, skipped == 1 ? "" : "s", skipped == 1 ? "is" : "are");
    if (used == 0) {
        size_t empty = 0, unfinished = 0;
        rep_left_out(report, &empty, &unfinished);
        if (unfinished > 0 || empty > 0)
            fprintf(stderr, "coach report: no finished session (%zu unfinished: --include-unfinished counts them; "
                    "%zu with no trainee line)\n", unfinished, empty);
        else if (filtered > 0)
            fprintf(stderr, "coach report: no session matches the filter (%zu log%s read)\n",
                    filtered, filtered == 1 ? "" : "s");
        else
            fprintf(stderr, "coach report: no readable session log found\n");
        status = CLI_PROBLEMS;
        goto free_found;
    }
    bool ok = true;
    if (!quiet) {
        ok = rep_write_text(report, stdout) == COACH_OK && ok;
        ok = fflush(stdout) == 0 && ok;
    }
    if (csv_path != NULL)
        ok = report_write(report, csv_path, turns ? rep_write_csv_turns : rep_write_csv) && ok;
    if (html_path != NULL)
        ok = report_write(report, html_path, rep_write_html) && ok;
    status = ok ? CLI_OK : CLI_USAGE;
free_found:
    rep_free_paths(found, found_count);
destroy_report:
    rep_destroy(report);
free_inputs:
    free(inputs);
    return status;
}
