/* cmd_menu: `coach` with no command (or only options) opens the window on
 * the scenario menu, the default scenario pre-selected. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "cli_options.h"
#include "cli_session.h"
#include "commands.h"
#include "ui.h"

static void menu_usage(FILE *out)
{
    fprintf(out, "usage: coach [--projector] [--fullscreen] [--voice] [--scenarios DIR] [--trainee NAME] [--log-dir DIR] [--seed N]\n\n"
                 "Opens the window on the scenario menu. --projector: classroom mode (large text,\n"
                 "scores hidden until the debrief); --fullscreen: start full screen (F11 toggles);\n"
                 "--voice: speak the prospect's lines (espeak-ng).\n"
                 "The menu lists the built-in scenarios, then your own: the *.lua files of\n"
                 "$XDG_DATA_HOME/discovery-coach/scenarios/ (~/.local/share/discovery-coach/scenarios/\n"
                 "when XDG_DATA_HOME is not set) and of --scenarios DIR.\n");
}

int cmd_menu(int argc, char **argv)
{
    SesSettings settings = {0};
    bool fullscreen = false, voice = false;
    const char *extra = NULL;
    CliOption accepted[4 + CLI_SESSION_FLAGS] = {
        {"--projector", NULL, CLI_FLAG, &settings.projector, NULL},
        {"--fullscreen", NULL, CLI_FLAG, &fullscreen, NULL},
        {"--voice", NULL, CLI_FLAG, &voice, NULL},
        {"--scenarios", NULL, CLI_STRING, &extra, NULL},
    };
    cli_session_flags(accepted + 4, &settings);
    const char *positional[argc > 0 ? argc : 1];
    size_t positional_count = 0;
    int parsed = argc > 1 ? cli_parse_options(argc, argv, accepted, sizeof accepted / sizeof accepted[0], positional,
                                              &positional_count)
                          : CLI_PARSED;
    if (parsed == CLI_HELP) {
        menu_usage(stdout);
        return CLI_OK;
    }
    if (parsed != CLI_PARSED)
        return CLI_USAGE;
    if (positional_count > 0) {
        fprintf(stderr, "coach: unknown command '%s' (try `coach --help`)\n", positional[0]);
        return CLI_USAGE;
    }
    const char *projector = getenv("COACH_PROJECTOR");
    if (projector != NULL && strcmp(projector, "1") == 0)
        settings.projector = true;
    if (extra != NULL) {
        struct stat info;
        if (stat(extra, &info) != 0 || !S_ISDIR(info.st_mode)) {
            fprintf(stderr, "coach: --scenarios %s: not a folder\n", extra);
            return CLI_USAGE;
        }
    }
    UiOptions options = {.scenario_path = NULL, .session = settings, .fullscreen = fullscreen, .voice = voice};
    return cli_session_window(&options, extra);
}
