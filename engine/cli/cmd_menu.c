/* cmd_menu: `coach` with no command opens the window on the scenario menu,
 * the default scenario pre-selected. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "ui.h"

int cmd_menu(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    char scenarios[4200], assets[4200];
    cli_path(scenarios, sizeof scenarios, "scenarios");
    cli_path(assets, sizeof assets, "assets");
    UiOptions options;
    memset(&options, 0, sizeof options);
    options.scenario_path = NULL;
    options.default_scenario = cli_default_scenario();
    options.scenarios_dir = scenarios;
    options.assets_dir = assets;
    const char *projector = getenv("COACH_PROJECTOR");
    options.session.projector = projector != NULL && strcmp(projector, "1") == 0;
    return ui_run(&options);
}
