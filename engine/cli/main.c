/* main: `coach` dispatches to its git-style subcommands. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

typedef struct Command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} Command;

static const Command commands[] = {
    {"play", cmd_play, "play SCENARIO [--text]: play in the window, or in the terminal"},
    {"menu", cmd_menu, "menu [--projector] [--fullscreen] [--voice]: the window on the scenario menu (what `coach` alone opens)"},
    {"run", cmd_run, "run SCENARIO --script FILE [--log-dir DIR]: headless scripted play-through"},
    {"analyze", cmd_analyze, "analyze [TEXT] [--context T] [--jsonl]: explain how a line is labelled"},
    {"hear", cmd_hear, "hear SCENARIO NODE \"LINE\": how a typed line is heard at a node, and why"},
    {"check", cmd_check, "check SCENARIO...: validate scenarios (file:line errors)"},
    {"graph", cmd_graph, "graph SCENARIO: Graphviz DOT of the branches"},
    {"test", cmd_test, "test FILE...: run scenario tests (transcripts with expectations)"},
    {"report", cmd_report, "report LOG_OR_DIR... [--csv F] [--html F]: progress report from session logs"},
    {"export", cmd_export, "export LOG_OR_DIR... --xapi [-o FILE]: session logs as xAPI statements"},
    {"sync", cmd_sync, "sync [LOG_OR_DIR...] [--dry-run]: send finished sessions to the team's LRS, once"},
};

static void print_usage(FILE *out)
{
    fprintf(out, "usage: coach [COMMAND [ARGS...]]\n\n"
                 "With no command, opens the window on the scenario menu\n"
                 "(coach [--projector] [--fullscreen] [--voice] [--scenarios DIR] [--trainee NAME] [--log-dir DIR] [--seed N]):\n"
                 "the built-in scenarios, then your own in $XDG_DATA_HOME/discovery-coach/scenarios/\n"
                 "(~/.local/share/discovery-coach/scenarios/) and --scenarios DIR.\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %s\n", commands[i].summary);
    fprintf(out, "\nExit codes: 0 ok, 1 problems found, 2 bad usage or unreadable input.\n");
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
    if (argv[1][0] == '-') {
        static char menu[] = "menu";
        argv[0] = menu; /* options alone are the menu's: `coach --projector` is `coach menu --projector` */
        return cmd_menu(argc, argv);
    }
    fprintf(stderr, "coach: unknown command '%s' (try `coach --help`)\n", argv[1]);
    return CLI_USAGE;
}
