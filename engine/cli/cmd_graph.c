/* cmd_graph: placeholder until the command lands (replace this file). */
#include <stdio.h>

#include "cli.h"

int cmd_graph(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "coach: 'graph' is not built yet\n");
    return CLI_USAGE;
}
