/* main: `coach` dispatches to its git-style subcommands. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

typedef struct Command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} Command;

static const Command commands[] = {
    {"play", cmd_play, "play SCENARIO [--text]: play in the window, or in the terminal"},
    {"run", cmd_run, "run SCENARIO --script FILE [--log-dir DIR]: headless scripted play-through"},
    {"analyze", cmd_analyze, "analyze [TEXT] [--context T] [--jsonl]: explain how a line is labelled"},
    {"check", cmd_check, "check SCENARIO...: validate scenarios (file:line errors)"},
    {"graph", cmd_graph, "graph SCENARIO: Graphviz DOT of the branches"},
    {"test", cmd_test, "test FILE...: run scenario tests (transcripts with expectations)"},
    {"report", cmd_report, "report LOG_OR_DIR... [--csv F] [--html F]: progress report from session logs"},
    {"export", cmd_export, "export LOG_OR_DIR... --xapi [-o FILE]: session logs as xAPI statements"},
};

static void print_usage(FILE *out)
{
    fprintf(out, "usage: coach [COMMAND [ARGS...]]\n\n"
                 "With no command, opens the window on the scenario menu.\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %s\n", commands[i].summary);
    fprintf(out, "\nExit codes: 0 ok, 1 problems found, 2 bad usage or unreadable input.\n");
}

static char root_buffer[4096];

const char *cli_root(void)
{
    if (root_buffer[0] != '\0')
        return root_buffer;
    const char *env = getenv("COACH_ROOT");
    struct stat st;
    char probe[4200];
    if (env != NULL && env[0] != '\0') {
        snprintf(root_buffer, sizeof root_buffer, "%s", env);
        return root_buffer;
    }
    snprintf(probe, sizeof probe, "%s/assets/lexicon.lua", COACH_SOURCE_DIR);
    if (stat(probe, &st) == 0) {
        snprintf(root_buffer, sizeof root_buffer, "%s", COACH_SOURCE_DIR);
        return root_buffer;
    }
    char exe[4000];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash != NULL)
            *slash = '\0';
        snprintf(root_buffer, sizeof root_buffer, "%s/..", exe);
        return root_buffer;
    }
    snprintf(root_buffer, sizeof root_buffer, ".");
    return root_buffer;
}

void cli_path(char *buffer, size_t size, const char *relative)
{
    snprintf(buffer, size, "%s/%s", cli_root(), relative);
}

const char *cli_default_scenario(void)
{
    static char path[4200];
    if (path[0] == '\0')
        cli_path(path, sizeof path, "scenarios/plant_downtime.lua");
    return path;
}

Analyzer *cli_analyzer(CoachError *err)
{
    char path[4200];
    cli_path(path, sizeof path, "assets/lexicon.lua");
    return an_create(path, err);
}

void cli_print_error(const CoachError *err)
{
    char line[2048];
    err_format(err, line, sizeof line);
    fprintf(stderr, "coach: %s\n", line);
}

static void cli_put_safe(const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++)
        fputc(*p < 0x20 || *p == 0x7F ? '?' : *p, stderr);
}

void cli_print_skipped(const CoachError *warning)
{
    cli_put_safe(warning->file);
    fprintf(stderr, ":%d: warning: ", warning->line > 0 ? warning->line : 1);
    cli_put_safe(warning->message);
    fputs("; skipped\n", stderr);
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return cmd_menu(argc, argv);
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        print_usage(stdout);
        return CLI_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("coach 0.1.0\n");
        return CLI_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "coach: unknown command '%s' (try `coach --help`)\n", argv[1]);
    return CLI_USAGE;
}
