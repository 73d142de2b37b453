/* cmd_sync: `coach sync [LOG_OR_DIR...] [--dry-run] [--quiet]` — sends the
 * finished sessions the team's learning record store has not acknowledged
 * yet (see sync.h), with a progress bar when stderr is a terminal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "cli_options.h"
#include "config.h"
#include "ledger.h"
#include "log.h"
#include "sync.h"

static void sync_usage(FILE *out)
{
    fprintf(out,
            "usage: coach sync [LOG_OR_DIR...] [--dry-run] [--quiet]\n\n"
            "Sends every finished session that the team's learning record store (LRS) has not\n"
            "acknowledged yet, as xAPI statements (the same as `coach export --xapi`): an\n"
            "attempt with initialized, answered per trainee line, completed, passed or failed\n"
            "with the scores, terminated. Each session goes once: statement ids are fixed by\n"
            "the session, and the sessions the LRS acknowledged are recorded under\n"
            "$XDG_DATA_HOME/discovery-coach/sent/. Sessions still in progress wait.\n"
            "With no LOG_OR_DIR, the log directory ($XDG_DATA_HOME/discovery-coach/logs).\n\n"
            "  --dry-run   list what would be sent; send and record nothing (no key needed)\n"
            "  --quiet     no progress bar and no retry notes; errors and the summary only\n\n"
            "Settings, in $XDG_CONFIG_HOME/discovery-coach/config (~/.config/...), one\n"
            "\"name = value\" a line; COACH_LRS_ENDPOINT, COACH_LRS_KEY and COACH_LRS_SECRET\n"
            "override the file (the key is never taken from the command line):\n");
    conf_print_settings(out);
    fprintf(out, "\nExit: 0 all sent (or nothing to send), 1 the LRS could not be reached or refused\n"
                 "something (the rest waits for the next sync), 2 bad usage or settings.\n");
}

typedef struct SyncView {
    bool quiet;
    bool bar;          /* a progress bar is on stderr's last line */
    bool terminal;     /* stderr is a terminal */
    size_t statements; /* pending, for the dry run's total */
} SyncView;

static void sync_view_clear(SyncView *view)
{
    if (view->bar) {
        fputs("\r\033[K", stderr);
        view->bar = false;
    }
}

static void sync_view_bar(SyncView *view, size_t done, size_t total)
{
    if (view->quiet || !view->terminal || total == 0)
        return;
    enum { WIDTH = 30 };
    size_t filled = done * WIDTH / total;
    char bar[WIDTH + 1];
    for (size_t i = 0; i < WIDTH; i++)
        bar[i] = i < filled ? '#' : '-';
    bar[WIDTH] = '\0';
    fprintf(stderr, "\rsync [%s] %zu/%zu sessions", bar, done, total);
    fflush(stderr);
    view->bar = true;
}

/* Prints a file name with control characters as '?' (names are untrusted bytes). */
static void sync_put_path(FILE *out, const char *path)
{
    for (const unsigned char *p = (const unsigned char *)path; *p != '\0'; p++)
        fputc(*p < 0x20 || *p == 0x7F ? '?' : *p, out);
}

static void sync_view_event(void *context, const SyncEvent *event)
{
    SyncView *view = context;
    switch (event->kind) {
    case SYNC_SKIPPED:
        sync_view_clear(view);
        cli_print_skipped(event->warning);
        break;
    case SYNC_PENDING:
        fputs("would send ", stdout);
        sync_put_path(stdout, event->path);
        printf(": %zu statements (registration %s)\n", event->statements, event->registration);
        view->statements += event->statements;
        break;
    case SYNC_START:
        sync_view_bar(view, 0, event->total);
        break;
    case SYNC_PROGRESS:
        sync_view_bar(view, event->done, event->total);
        break;
    case SYNC_RETRY:
        if (view->quiet)
            break;
        sync_view_clear(view);
        fprintf(stderr, "coach sync: %s; trying again in %.1f s\n", event->message,
                event->wait_seconds);
        break;
    case SYNC_REFUSED:
        sync_view_clear(view);
        sync_put_path(stderr, event->path);
        fprintf(stderr, ": error: the LRS refused this session: %s\n", event->message);
        break;
    }
}

/* "; 3 sent before, 1 not finished yet" */
static void sync_print_others(const SyncSummary *summary)
{
    if (summary->sent_before > 0)
        printf("; %zu sent before", summary->sent_before);
    if (summary->unfinished > 0)
        printf("; %zu not finished yet", summary->unfinished);
    printf("\n");
}

int cmd_sync(int argc, char **argv)
{
    bool dry_run = false, quiet = false;
    const char **paths = calloc((size_t)argc + 1, sizeof *paths);
    size_t path_count = 0;
    int status = CLI_USAGE;
    if (paths == NULL) {
        fprintf(stderr, "coach sync: out of memory\n");
        return CLI_USAGE;
    }
    const CliOption accepted[] = {
        {"--dry-run", "-n", CLI_FLAG, &dry_run, NULL},
        {"--quiet", "-q", CLI_FLAG, &quiet, NULL},
    };
    int parsed = cli_parse_options(argc, argv, accepted, sizeof accepted / sizeof accepted[0],
                                   paths, &path_count);
    if (parsed == CLI_HELP) {
        sync_usage(stdout);
        free(paths);
        return CLI_OK;
    }
    if (parsed != CLI_PARSED) {
        sync_usage(stderr);
        free(paths);
        return CLI_USAGE;
    }

    CoachError err;
    err_clear(&err);
    CoachConfig config;
    conf_init(&config);
    char log_dir[4096], ledger_dir[4096];
    if (conf_load_default(&config, &err) != COACH_OK ||
        ledger_default_dir(ledger_dir, sizeof ledger_dir, &err) != COACH_OK) {
        cli_print_error(&err);
        goto done;
    }
    if (config.readable_by_others)
        fprintf(stderr,
                "coach: %s: warning: it holds the LRS key and others may read it; chmod 600 it\n",
                config.path);
    if (path_count == 0) {
        if (log_default_dir(log_dir, sizeof log_dir, &err) != COACH_OK) {
            cli_print_error(&err);
            goto done;
        }
        if (access(log_dir, F_OK) == 0)
            paths[path_count++] = log_dir;
    }

    SyncView view = {quiet, false, isatty(STDERR_FILENO) == 1, 0};
    SyncOptions options = {&config, paths, path_count, ledger_dir, dry_run};
    SyncSummary summary;
    int rc = sync_run(&options, sync_view_event, &view, &summary, &err);
    sync_view_clear(&view);
    if (dry_run && rc == COACH_OK) {
        printf("would send %zu session%s (%zu statements) to %s", summary.pending,
               summary.pending == 1 ? "" : "s", view.statements, config.endpoint);
        sync_print_others(&summary);
    } else if (summary.sent > 0) {
        printf("sent %zu session%s (%zu statements) to %s in %.1f s", summary.sent,
               summary.sent == 1 ? "" : "s", summary.statements, config.endpoint, summary.seconds);
        sync_print_others(&summary);
    } else if (rc == COACH_OK) {
        printf("nothing new to send to %s", config.endpoint);
        sync_print_others(&summary);
    }
    fflush(stdout);
    if (rc != COACH_OK) {
        cli_print_error(&err);
        status = rc == COACH_ELRS || rc == COACH_ESTATE ? CLI_PROBLEMS : CLI_USAGE;
        goto done;
    }
    status = CLI_OK;
done:
    conf_deinit(&config);
    free(paths);
    return status;
}
