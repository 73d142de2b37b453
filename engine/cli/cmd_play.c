/* cmd_play: placeholder until the command lands (replace this file). */
#include <stdio.h>

#include "cli.h"

int cmd_play(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "coach: 'play' is not built yet\n");
    return CLI_USAGE;
}
