/* cli_options: see cli_options.h. */
#include "cli_options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const CliOption *cli_find_option(const CliOption *options, size_t count, const char *arg)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(arg, options[i].name) == 0 ||
            (options[i].alias != NULL && strcmp(arg, options[i].alias) == 0))
            return &options[i];
    return NULL;
}

int cli_parse_options(int argc, char **argv, const CliOption *options, size_t option_count,
                      const char **positional, size_t *positional_count)
{
    const char *command = argv[0];
    *positional_count = 0;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--") == 0) {
            while (++i < argc)
                positional[(*positional_count)++] = argv[i];
            break;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0)
            return CLI_HELP;
        if (arg[0] != '-' || arg[1] == '\0') {
            positional[(*positional_count)++] = arg;
            continue;
        }
        const CliOption *option = cli_find_option(options, option_count, arg);
        if (option == NULL) {
            fprintf(stderr, "coach %s: unknown option '%s' (try coach %s --help)\n", command, arg,
                    command);
            return CLI_USAGE;
        }
        if (option->given != NULL)
            *option->given = true;
        if (option->kind == CLI_FLAG) {
            *(bool *)option->target = true;
            continue;
        }
        if (i + 1 >= argc || argv[i + 1][0] == '\0') {
            fprintf(stderr, "coach %s: %s needs a value\n", command, arg);
            return CLI_USAGE;
        }
        const char *value = argv[++i];
        if (option->kind == CLI_STRING) {
            *(const char **)option->target = value;
            continue;
        }
        char *end = NULL;
        errno = 0;
        unsigned long long number = strtoull(value, &end, 10);
        if (errno != 0 || end == value || *end != '\0' || value[0] == '-') {
            fprintf(stderr, "coach %s: %s needs a whole number >= 0, not '%s'\n", command, arg,
                    value);
            return CLI_USAGE;
        }
        *(uint64_t *)option->target = (uint64_t)number;
    }
    return CLI_PARSED;
}
