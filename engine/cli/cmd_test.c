/* cmd_test: placeholder until the command lands (replace this file). */
#include <stdio.h>

#include "cli.h"

int cmd_test(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "coach: 'test' is not built yet\n");
    return CLI_USAGE;
}
