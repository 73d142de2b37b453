/* cmd_export: `coach export LOG_OR_DIR... --xapi [-o FILE]` — session logs as
 * one JSON array of xAPI statements, ready to POST to a learning record
 * store's /statements resource: for each log, the attempt xapi_attempt
 * builds, the same statements `coach sync` sends. Logs that cannot be used
 * are named on stderr and left out. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "cli_options.h"
#include "config.h"
#include "log.h"
#include "report.h"
#include "xapi.h"

static void export_usage(FILE *out)
{
    fprintf(out,
            "usage: coach export LOG_OR_DIR... --xapi [-o FILE] [--home-page URL] [--account NAME]\n\n"
            "Writes the xAPI statements of each session log (directories are searched for\n"
            "*.json logs) as one JSON array, exactly what `coach sync` sends: per session an\n"
            "attempt with initialized, answered per trainee line (the node as the activity, the\n"
            "move labels as a result extension), then completed and passed or failed with the\n"
            "scores when it reached an ending, and terminated. The trainee is an account agent\n"
            "on the team's platform; all statements of a session share a registration; their\n"
            "ids are fixed by the session, so exporting or sending it again gives the same ids.\n"
            "An unfinished session has no closing statements yet.\n\n"
            "  --xapi            the format (the only one so far; required)\n"
            "  -o, --output F    write to F (atomically) instead of stdout\n"
            "  --home-page URL   the account homePage: the team's learning platform (default:\n"
            "                    home_page in $XDG_CONFIG_HOME/discovery-coach/config)\n"
            "  --account NAME    the account name (default: account there, else each log's trainee)\n\n"
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
    const char *output = NULL, *home_page = NULL, *account = NULL;
    bool xapi = false;
    const char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    size_t input_count = 0, skipped = 0, found_count = 0, exported = 0;
    char **found = NULL;
    cJSON *statements = NULL;
    int status = CLI_USAGE;
    CoachConfig config;
    conf_init(&config);
    if (inputs == NULL) {
        fprintf(stderr, "coach export: out of memory\n");
        return CLI_USAGE;
    }
    const CliOption accepted[] = {
        {"--xapi", NULL, CLI_FLAG, &xapi, NULL},
        {"--output", "-o", CLI_STRING, &output, NULL},
        {"--home-page", NULL, CLI_STRING, &home_page, NULL},
        {"--account", NULL, CLI_STRING, &account, NULL},
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
    if (conf_load(&config, NULL, &err) != COACH_OK) {
        cli_print_error(&err);
        goto free_inputs;
    }
    XapiOptions account_options = {home_page != NULL ? home_page : config.home_page,
                        account != NULL ? account : config.account, config.activity_base};
    if (account_options.home_page == NULL) {
        fprintf(stderr,
                "coach export: say where the trainees' accounts are: --home-page URL (the team's "
                "learning platform), or home_page in %s\n",
                config.path);
        goto free_inputs;
    }
    if (!xapi_is_home_page(account_options.home_page)) {
        fprintf(stderr,
                "coach export: --home-page wants an http(s) URL like https://lms.example.com\n");
        goto free_inputs;
    }
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
        cJSON *attempt = log != NULL ? xapi_attempt(log, found[i], &account_options, NULL, &err) : NULL;
        cJSON_Delete(log);
        if (attempt == NULL) {
            if (err.code == COACH_ENOMEM) {
                cli_print_error(&err);
                goto free_found;
            }
            export_warn(&skipped, &err);
            continue;
        }
        while (cJSON_GetArraySize(attempt) > 0)
            cJSON_AddItemToArray(statements, cJSON_DetachItemFromArray(attempt, 0));
        cJSON_Delete(attempt);
        exported++;
    }
    if (skipped > 0)
        fprintf(stderr, "coach export: skipped %zu file%s that %s not readable session logs\n",
                skipped, skipped == 1 ? "" : "s", skipped == 1 ? "is" : "are");
    int statement_count = cJSON_GetArraySize(statements);
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
        fprintf(stderr, "coach export: %d statement%s of %zu session%s written to %s\n",
                statement_count, statement_count == 1 ? "" : "s", exported,
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
    conf_deinit(&config);
    free(inputs);
    return status;
}
