/* cli_options: one table-driven parser for the subcommands' options, so
 * every command spells errors, values and --help the same way. */
#ifndef COACH_CLI_OPTIONS_H
#define COACH_CLI_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum CliKind {
    CLI_FLAG,    /* target is bool *: set to true */
    CLI_STRING,  /* target is const char **: the next argument (not empty) */
    CLI_NUMBER   /* target is uint64_t *: the next argument, a whole number >= 0 */
} CliKind;

typedef struct CliOption {
    const char *name;   /* "--log-dir" */
    const char *alias;  /* "-o", or NULL */
    CliKind kind;
    void *target;
    bool *given;        /* set to true when the option appears; may be NULL */
} CliOption;

enum { CLI_PARSED = 0, CLI_HELP = -1 };

/* Parses argv[1..argc) (argv[0] is the command's name) against options.
 * "--name=value" works like "--name value".
 * Other arguments (and everything after "--") are stored in positional,
 * which has room for argc entries; their number goes to *positional_count.
 * Returns CLI_PARSED, CLI_HELP for -h/--help, or CLI_USAGE (2) after
 * printing "coach COMMAND: what is wrong" on stderr. The strings stored are
 * argv's own. */
int cli_parse_options(int argc, char **argv, const CliOption *options, size_t option_count,
                      const char **positional, size_t *positional_count);

/* For commands that take at most one path: stores positional[0] (if any)
 * in *path; more than one is a usage error reported on stderr. Returns
 * CLI_OK or CLI_USAGE. */
int cli_at_most_one(const char *command, const char *const *positional, size_t count,
                    const char **path);

/* Expands command-line paths: a directory stands for its files whose names
 * end in suffix (not hidden, not recursive), in name order; any other path
 * is kept as given. On success *files is a new array of new strings (free
 * with cli_free_paths) and returns 0; a directory that cannot be read is
 * reported on stderr ("coach: DIR: error: ...") and makes it return
 * CLI_USAGE after expanding the rest. */
int cli_expand_paths(const char *const *paths, size_t count, const char *suffix, char ***files,
                     size_t *file_count);

/* Frees what cli_expand_paths returned. */
void cli_free_paths(char **files, size_t count);

#endif
