/* cmd_menu: placeholder until the command lands (replace this file). */
#include <stdio.h>

#include "cli.h"

int cmd_menu(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "coach: 'menu' is not built yet\n");
    return CLI_USAGE;
}
