/* cmd_analyze: placeholder until the command lands (replace this file). */
#include <stdio.h>

#include "cli.h"

int cmd_analyze(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "coach: 'analyze' is not built yet\n");
    return CLI_USAGE;
}
