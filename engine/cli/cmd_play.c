/* cmd_play: `coach play [SCENARIO]` opens the window; with --text it plays
 * in the terminal: the prospect's line and numbered options on stdout, one
 * line read from stdin per turn, then the debrief and the log's path. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "commands.h"
#include "cli_options.h"
#include "cli_session.h"
#include "config.h"
#include "session.h"
#include "ui.h"

static void play_usage(FILE *out)
{
    fprintf(out, "usage: coach play [SCENARIO] [--text] [--log-dir DIR] [--seed N] [--trainee NAME]\n"
                 "                  [--projector] [--fullscreen] [--voice] [--screenshot FILE]\n\n"
                 "Without --text, opens the window. With --text, plays in the terminal: type your\n"
                 "line, or #N (or just N) to pick option N; /quit ends the call. The trainee is\n"
                 "--trainee, else the name saved in the settings file (trainee = NAME), else the\n"
                 "login name.\n");
}

static int play_text(const char *scenario_path, const SesOptions *options)
{
    CoachError err;
    err_clear(&err);
    Scenario *scenario = scn_load(scenario_path, NULL, &err);
    if (scenario == NULL) {
        cli_print_error(&err);
        return CLI_USAGE;
    }
    Session *session = ses_create(scenario, NULL, options, &err);
    if (session == NULL) {
        cli_print_error(&err);
        return CLI_USAGE;
    }
    int status = CLI_USAGE;
    if (ses_start(session, &err) != COACH_OK) {
        cli_print_error(&err);
        goto destroy;
    }
    const ScnInfo *info = scn_info(scenario);
    printf("== %s ==\n", info->title);
    if (info->persona_role != NULL || info->persona_company != NULL)
        printf("You are talking to %s%s%s%s%s.\n", info->persona_name,
               info->persona_role != NULL ? ", " : "", info->persona_role ? info->persona_role : "",
               info->persona_company != NULL ? ", " : "",
               info->persona_company ? info->persona_company : "");
    if (info->brief != NULL)
        printf("Brief: %s\n", info->brief);
    if (info->purpose != NULL)
        printf("Purpose of the call: %s\n", info->purpose);
    printf("(type your line; #N or N picks option N; /quit ends the call)\n\n");
    char *line = NULL;
    size_t capacity = 0;
    while (ses_state(session) == SES_AWAIT_TEXT || ses_state(session) == SES_AWAIT_CHOICE) {
        cli_session_print_prospect(stdout, session);
        printf("> ");
        fflush(stdout);
        ssize_t got = getline(&line, &capacity, stdin);
        if (got < 0) {
            printf("\n(end of input: the call ends here)\n");
            ses_quit(session, &err);
            break;
        }
        size_t length = (size_t)got;
        while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
            line[--length] = '\0';
        size_t lead = strspn(line, " \t");
        if (strcmp(line + lead, "/quit") == 0 || strcmp(line + lead, "/q") == 0) {
            ses_quit(session, &err);
            break;
        }
        long choice = -1;
        int rc;
        size_t options_now = ses_choice_count(session);
        if (options_now > 0 && cli_session_parse_choice(line, true, &choice)) {
            if ((size_t)choice >= options_now) {
                printf("(pick an option from 1 to %zu)\n", options_now);
                continue;
            }
            rc = ses_answer_choice(session, (size_t)choice, &err);
        } else if (ses_accepts_text(session)) {
            /* an empty line too: the prospect asks what was meant */
            rc = ses_answer_text(session, line, length, &err);
            if (rc == COACH_OK)
                cli_session_print_heard(stdout, session);
        } else {
            printf("(pick an option from 1 to %zu, e.g. #1)\n", options_now);
            continue;
        }
        if (rc != COACH_OK) {
            cli_print_error(&err);
            if (ses_state(session) == SES_FAILED)
                goto destroy;
        }
        printf("\n");
    }
    free(line);
    line = NULL;
    if (ses_state(session) == SES_ENDED && ses_ending(session) != NULL &&
        strcmp(ses_ending(session), "abandoned") != 0)
        printf("%s: %s\n", info->persona_name, ses_prospect_line(session));
    cli_session_print_scores(stdout, session);
    cli_session_print_transcript(stdout, session);
    if (ses_log_path(session) != NULL)
        printf("Log: %s\n", ses_log_path(session));
    else
        printf("No log: you said nothing in this call.\n");
    status = CLI_OK;
destroy:
    free(line);
    ses_destroy(session);
    return status;
}

int cmd_play(int argc, char **argv)
{
    const char *scenario_path = NULL, *screenshot = NULL;
    bool text = false, fullscreen = false, voice = false;
    SesSettings settings = {0};
    CliOption accepted[5 + CLI_SESSION_FLAGS] = {
        {"--voice", NULL, CLI_FLAG, &voice, NULL},
        {"--text", NULL, CLI_FLAG, &text, NULL},
        {"--projector", NULL, CLI_FLAG, &settings.projector, NULL},
        {"--fullscreen", NULL, CLI_FLAG, &fullscreen, NULL},
        {"--screenshot", NULL, CLI_STRING, &screenshot, NULL},
    };
    cli_session_flags(accepted + 5, &settings);
    const char *positional[argc > 0 ? argc : 1];
    size_t positional_count = 0;
    int parsed = cli_parse_options(argc, argv, accepted, sizeof accepted / sizeof accepted[0],
                                   positional, &positional_count);
    if (parsed == CLI_HELP) {
        play_usage(stdout);
        return CLI_OK;
    }
    if (parsed != CLI_PARSED)
        return CLI_USAGE;
    if (cli_at_most_one(argv[0], positional, positional_count, &scenario_path) != CLI_OK)
        return CLI_USAGE;
    if (scenario_path != NULL) {
        struct stat st;
        if (stat(scenario_path, &st) != 0 || !S_ISREG(st.st_mode)) {
            fprintf(stderr, "coach: %s: error: cannot open the scenario: %s\n", scenario_path,
                    stat(scenario_path, &st) != 0 ? strerror(errno) : "not a regular file");
            return CLI_USAGE;
        }
    }
    if (text) {
        /* who practises: --trainee, else the name the window saved in the
         * settings file, else the session's default (the login name) */
        CoachConfig config;
        conf_init(&config);
        if (settings.trainee == NULL || settings.trainee[0] == '\0') {
            CoachError err;
            err_clear(&err);
            if (conf_load(&config, NULL, &err) != COACH_OK) {
                char line[2048];
                err_format(&err, line, sizeof line);
                fprintf(stderr, "coach: %s (the trainee's name is not taken from it)\n", line);
            } else if (config.trainee != NULL && config.trainee[0] != '\0') {
                settings.trainee = config.trainee;
            }
        }
        char lexicon[4200];
        SesOptions options;
        cli_session_options(&settings, lexicon, sizeof lexicon, &options);
        int status = play_text(scenario_path != NULL ? scenario_path : cli_default_scenario(), &options);
        conf_deinit(&config);
        return status;
    }
    UiOptions options = {.scenario_path = scenario_path != NULL ? scenario_path : cli_default_scenario(),
                         .session = settings,
                         .fullscreen = fullscreen,
                         .voice = voice,
                         .screenshot = screenshot};
    return cli_session_window(&options, NULL);
}
