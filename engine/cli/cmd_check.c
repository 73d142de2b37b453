/* cmd_check: placeholder until the command lands (replace this file). */
#include <stdio.h>

#include "cli.h"

int cmd_check(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "coach: 'check' is not built yet\n");
    return CLI_USAGE;
}
