/* cli: what every `coach` subcommand shares: the exit codes (0 ok, 1 the
 * work found problems, 2 bad usage or unreadable input), where the
 * project's files are, the default scenario and analyser, and printing
 * errors: one line on stderr naming the file (and line). */
#ifndef COACH_CLI_H
#define COACH_CLI_H

#include <stddef.h>

#include "analyze.h"
#include "error.h"

enum { CLI_OK = 0, CLI_PROBLEMS = 1, CLI_USAGE = 2 };

/* The directory that holds assets/ and scenarios/: $COACH_ROOT; else, for an
 * installed binary, <prefix>/share/discovery-coach next to <prefix>/bin;
 * else the source tree the binary was built from; else the directory above
 * the binary. */
const char *cli_root(void);

/* Writes "<root>/<relative>" into buffer. */
void cli_path(char *buffer, size_t size, const char *relative);

/* The folders the menu lists, one per line: the built-in scenarios, the
 * trainer's own ($XDG_DATA_HOME/discovery-coach/scenarios, by default
 * ~/.local/share/discovery-coach/scenarios) and extra (may be NULL). */
void cli_scenario_folders(char *buffer, size_t size, const char *extra);

/* The default scenario's path (borrowed). */
const char *cli_default_scenario(void);

/* Creates the analyser from the default lexicon (assets/lexicon.lua).
 * NULL with err filled on failure. Caller: an_destroy(). */
Analyzer *cli_analyzer(CoachError *err);

/* Prints err as one line on stderr, prefixed by "coach: ". */
void cli_print_error(const CoachError *err);

/* Prints "file:line: warning: message; skipped" as one line on stderr, with
 * control characters shown as '?' (file names and messages may quote
 * untrusted bytes), for inputs a command skips and goes on. */
void cli_print_skipped(const CoachError *warning);

#endif
