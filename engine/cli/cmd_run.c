/* cmd_run: placeholder until the command lands (replace this file). */
#include <stdio.h>

#include "cli.h"

int cmd_run(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "coach: 'run' is not built yet\n");
    return CLI_USAGE;
}
