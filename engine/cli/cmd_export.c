/* cmd_export: `coach export LOG_OR_DIR... --xapi [-o FILE]` — session logs as
 * a JSON array of xAPI statements, ready to POST to a learning record
 * store's /statements resource. Logs that cannot be used are named on
 * stderr and left out. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "cli_options.h"
#include "log.h"
#include "report.h"
#include "xapi.h"

static void export_usage(FILE *out)
{
    fprintf(out,
            "usage: coach export LOG_OR_DIR... --xapi [-o FILE] [--home-page IRL]\n\n"
            "Writes one xAPI statement per session log (directories are searched for *.json\n"
            "logs) as a JSON array: the trainee as an account agent, verb completed (or\n"
            "terminated when the session was abandoned or is unfinished), the scenario as\n"
            "activity urn:discovery-coach:scenario:<id>, the overall score, success, completion,\n"
            "duration and the four skill scores (result extensions\n"
            "urn:discovery-coach:skill:<name>). Statement ids are UUIDs derived from each log's\n"
            "content, so exporting a log again gives the same id.\n\n"
            "  --xapi           the format (the only one so far; required)\n"
            "  -o, --output F   write to F (atomically) instead of stdout\n"
            "  --home-page IRL  the account homePage (default " XAPI_HOME_PAGE ")\n\n"
            "Exit: 0 ok (even when some files were skipped), 1 no readable log, 2 bad usage.\n");
}

/* As in cmd_report: "file:line: warning: message", one line. */
static void export_warn(void *context, const CoachError *warning)
{
    size_t *skipped = context;
    if (skipped != NULL)
        (*skipped)++;
    cli_print_skipped(warning);
}

int cmd_export(int argc, char **argv)
{
    const char *output = NULL, *home_page = NULL;
    bool xapi = false;
    const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    size_t input_count = 0, skipped = 0, found_count = 0;
    char **found = NULL;
    cJSON *statements = NULL;
    int status = CLI_USAGE;
    if (inputs == NULL) {
        fprintf(stderr, "coach export: out of memory\n");
        return CLI_USAGE;
    }
    const CliOption accepted[] = {
        {"--xapi", NULL, CLI_FLAG, &xapi, NULL},
        {"--output", "-o", CLI_STRING, &output, NULL},
        {"--home-page", NULL, CLI_STRING, &home_page, NULL},
    };
    int parsed = cli_parse_options(argc, argv, accepted, sizeof accepted / sizeof accepted[0], inputs,
                                   &input_count);
    if (parsed == CLI_HELP) {
        export_usage(stdout);
        status = CLI_OK;
        goto free_inputs;
    }
    if (parsed != CLI_PARSED) {
        export_usage(stderr);
        goto free_inputs;
    }
    if (!xapi) {
        fprintf(stderr, "coach export: say which format: --xapi\n");
        export_usage(stderr);
        goto free_inputs;
    }
    if (input_count == 0) {
        fprintf(stderr, "coach export: no log or directory given\n");
        export_usage(stderr);
        goto free_inputs;
    }

    CoachError err;
    err_clear(&err);
    if (rep_find_logs(inputs, input_count, &found, &found_count, export_warn, &skipped, &err) !=
        COACH_OK) {
        cli_print_error(&err);
        goto free_inputs;
    }
    statements = cJSON_CreateArray();
    if (statements == NULL) {
        fprintf(stderr, "coach export: out of memory\n");
        goto free_found;
    }
    for (size_t i = 0; i < found_count; i++) {
        err_clear(&err);
        cJSON *log = log_read(found[i], &err);
        cJSON *statement = log != NULL ? xapi_statement(log, found[i], home_page, &err) : NULL;
        cJSON_Delete(log);
        if (statement == NULL) {
            if (err.code == COACH_ENOMEM) {
                cli_print_error(&err);
                goto free_found;
            }
            export_warn(&skipped, &err);
            continue;
        }
        cJSON_AddItemToArray(statements, statement);
    }
    if (skipped > 0)
        fprintf(stderr, "coach export: skipped %zu file%s that %s not readable session logs\n",
                skipped, skipped == 1 ? "" : "s", skipped == 1 ? "is" : "are");
    int exported = cJSON_GetArraySize(statements);
    if (exported == 0) {
        fprintf(stderr, "coach export: no readable session log found\n");
        status = CLI_PROBLEMS;
        goto free_found;
    }
    if (output != NULL && strcmp(output, "-") != 0) {
        if (log_write(output, statements, &err) != COACH_OK) {
            cli_print_error(&err);
            goto free_found;
        }
        fprintf(stderr, "coach export: %d statement%s written to %s\n", exported,
                exported == 1 ? "" : "s", output);
    } else {
        char *text = cJSON_Print(statements);
        if (text == NULL) {
            fprintf(stderr, "coach export: out of memory\n");
            goto free_found;
        }
        bool written = fputs(text, stdout) >= 0 && fputc('\n', stdout) != EOF && fflush(stdout) == 0;
        free(text);
        if (!written) {
            fprintf(stderr, "coach export: cannot write to stdout: %s\n", strerror(errno));
            goto free_found;
        }
    }
    status = CLI_OK;
free_found:
    cJSON_Delete(statements);
    rep_free_paths(found, found_count);
free_inputs:
    free(inputs);
    return status;
}
