/* commands: the `coach` subcommands main() dispatches to, one per
 * cmd_NAME.c. Each is `int cmd_NAME(int argc, char **argv)` with argv[0]
 * the command's name, and returns the process exit code (cli.h). */
#ifndef COACH_COMMANDS_H
#define COACH_COMMANDS_H

int cmd_analyze(int argc, char **argv);
int cmd_hear(int argc, char **argv);    /* how a typed line is heard at a node */
int cmd_run(int argc, char **argv);
int cmd_play(int argc, char **argv);   /* GUI, or the terminal with --text */
int cmd_menu(int argc, char **argv);   /* `coach` alone: the GUI menu */
int cmd_check(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_test(int argc, char **argv);
int cmd_report(int argc, char **argv); /* summaries of session logs: text, CSV, HTML */
int cmd_export(int argc, char **argv); /* session logs as xAPI statements */
int cmd_sync(int argc, char **argv);   /* finished sessions to the team's LRS, exactly once */

#endif
