/* cmd_run: `coach run SCENARIO --script FILE`: plays a scripted transcript
 * headless through the same session calls as the window, writes the JSON
 * log and prints its path on stdout (the transcript goes to stderr). With
 * --retry LOG --from-turn N it tries that call again: the first N-1 lines
 * of the log are replayed (same scenario, same seed), then the script. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "utf8.h"
#include "cli_options.h"
#include "cli_session.h"
#include "replay.h"
#include "scenario.h"
#include "session.h"

#define RUN_MAX_SCRIPT_BYTES ((size_t)64 * 1024 * 1024)

static void run_usage(FILE *out)
{
    fprintf(out, "usage: coach run SCENARIO --script FILE [--log-dir DIR] [--seed N] "
                 "[--trainee NAME] [--quiet]\n"
                 "       coach run --retry LOG --from-turn N --script FILE [SCENARIO] [--log-dir DIR]\n"
                 "                 [--trainee NAME] [--quiet]\n\n"
                 "One trainee line per line of FILE; #N picks option N (from 1); blank lines and\n"
                 "lines starting with // are skipped. Prints the log's path on stdout (a script\n"
                 "that says nothing leaves no log and prints nothing there).\n\n"
                 "--retry LOG --from-turn N tries the call of LOG again from the trainee's line N\n"
                 "(1 is the first): its lines 1 to N-1 are replayed as said, on the scenario at the\n"
                 "log's scenario.path (or SCENARIO) with the log's seed and trainee, then FILE's\n"
                 "lines follow. The new log names the call it retries (retry_of, from_turn).\n");
}

/* Reads path whole; NULL with err filled. */
static char *run_read_script(const char *path, size_t *size, CoachError *err)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        err_set(err, COACH_EIO, path, 0, "cannot open the script: %s", strerror(errno));
        return NULL;
    }
    size_t capacity = 65536, used = 0;
    char *data = malloc(capacity + 1);
    while (data != NULL) {
        if (used == capacity) {
            if (capacity >= RUN_MAX_SCRIPT_BYTES) {
                err_set(err, COACH_EPARSE, path, 0, "the script is larger than 64 MiB");
                free(data);
                fclose(file);
                return NULL;
            }
            char *grown = realloc(data, capacity * 2 + 1);
            if (grown == NULL) {
                free(data);
                data = NULL;
                break;
            }
            data = grown;
            capacity *= 2;
        }
        size_t got = fread(data + used, 1, capacity - used, file);
        used += got;
        if (got == 0)
            break;
    }
    if (data == NULL) {
        err_set(err, COACH_ENOMEM, path, 0, "out of memory reading the script");
        fclose(file);
        return NULL;
    }
    if (ferror(file)) {
        err_set(err, COACH_EIO, path, 0, "cannot read the script: %s", strerror(errno));
        free(data);
        fclose(file);
        return NULL;
    }
    fclose(file);
    data[used] = '\0';
    *size = used;
    return data;
}

int cmd_run(int argc, char **argv)
{
    const char *scenario_path = NULL, *script_path = NULL, *retry_path = NULL;
    bool quiet = false, from_given = false;
    uint64_t from_turn = 0;
    SesSettings settings = {0};
    CliOption accepted[4 + CLI_SESSION_FLAGS] = {
        {"--script", NULL, CLI_STRING, &script_path, NULL},
        {"--quiet", "-q", CLI_FLAG, &quiet, NULL},
        {"--retry", NULL, CLI_STRING, &retry_path, NULL},
        {"--from-turn", NULL, CLI_NUMBER, &from_turn, &from_given},
    };
    cli_session_flags(accepted + 4, &settings);
    const char *positional[argc > 0 ? argc : 1];
    size_t positional_count = 0;
    int parsed = cli_parse_options(argc, argv, accepted, sizeof accepted / sizeof accepted[0],
                                   positional, &positional_count);
    if (parsed == CLI_HELP) {
        run_usage(stdout);
        return CLI_OK;
    }
    if (parsed != CLI_PARSED)
        return CLI_USAGE;
    if (cli_at_most_one(argv[0], positional, positional_count, &scenario_path) != CLI_OK)
        return CLI_USAGE;
    if ((retry_path != NULL) != from_given) {
        fprintf(stderr, "coach run: --retry LOG and --from-turn N go together\n");
        return CLI_USAGE;
    }
    if (retry_path != NULL && settings.has_seed) {
        fprintf(stderr, "coach run: a retry plays with the seed of the call it retries; --seed cannot change it\n");
        return CLI_USAGE;
    }
    ReplaySource parent;
    memset(&parent, 0, sizeof parent);
    if (retry_path != NULL) {
        CoachError load_err;
        err_clear(&load_err);
        if (replay_load(retry_path, &parent, &load_err) != COACH_OK) {
            cli_print_error(&load_err);
            replay_free(&parent);
            return CLI_USAGE;
        }
        if (from_turn < 1 || from_turn > parent.input_count) {
            fprintf(stderr, "coach run: %s: --from-turn wants a line from 1 to %zu (the trainee's lines in that call)\n",
                    retry_path, parent.input_count);
            replay_free(&parent);
            return CLI_USAGE;
        }
        if (scenario_path == NULL)
            scenario_path = parent.scenario_path;
        settings.has_seed = true;
        settings.seed = parent.seed;
        if (settings.trainee == NULL && parent.trainee[0] != '\0')
            settings.trainee = parent.trainee;
    }
    if (scenario_path == NULL || script_path == NULL) {
        run_usage(stderr);
        replay_free(&parent);
        return CLI_USAGE;
    }

    CoachError err;
    err_clear(&err);
    size_t script_size = 0;
    char *script = run_read_script(script_path, &script_size, &err);
    if (script == NULL) {
        cli_print_error(&err);
        replay_free(&parent);
        return CLI_USAGE;
    }
    size_t bad = utf8_invalid_at(script, script_size);
    if (bad < script_size) {
        int line = 1;
        for (size_t i = 0; i < bad; i++)
            line += script[i] == '\n';
        err_set(&err, COACH_EPARSE, script_path, line, "invalid UTF-8 (byte 0x%02x); save the script as UTF-8",
                (unsigned char)script[bad]);
        cli_print_error(&err);
        free(script);
        replay_free(&parent);
        return CLI_USAGE;
    }

    int status = CLI_USAGE;
    Scenario *scenario = scn_load(scenario_path, NULL, &err);
    if (scenario == NULL) {
        cli_print_error(&err);
        goto free_script;
    }
    char lexicon[4200];
    SesOptions options;
    cli_session_options(&settings, lexicon, sizeof lexicon, &options);
    Session *session = ses_create(scenario, NULL, &options, &err);
    if (session == NULL) {
        cli_print_error(&err);
        goto free_script;
    }
    if (ses_start(session, &err) != COACH_OK) {
        cli_print_error(&err);
        goto destroy_session;
    }
    FILE *transcript = quiet ? NULL : stderr;
    if (retry_path != NULL) {
        if (parent.scenario_sha256[0] != '\0' && strcmp(parent.scenario_sha256, scn_sha256(ses_scenario(session))) != 0)
            fprintf(stderr, "coach run: %s: warning: the scenario has changed since that call; the replay may differ\n",
                    scenario_path);
        size_t replayed = 0;
        if (ses_begin_retry(session, parent.id, parent.inputs, parent.input_count, (size_t)from_turn, &replayed,
                            &err) != COACH_OK) {
            err_set(&err, err.code, retry_path, 0, "cannot try again from line %llu: %s",
                    (unsigned long long)from_turn, err.message);
            cli_print_error(&err);
            goto destroy_session;
        }
        if (transcript != NULL) {
            fprintf(transcript, "(trying %s again from your line %llu: %zu line%s replayed)\n", retry_path,
                    (unsigned long long)from_turn, replayed, replayed == 1 ? "" : "s");
            for (size_t i = 0; i < ses_turn_count(session); i++) {
                const SesTurn *turn = ses_turn(session, i);
                if (turn->trainee)
                    fprintf(transcript, "You: %s\n", turn->text);
                else
                    fprintf(transcript, "%s: %s\n", scn_info(ses_scenario(session))->persona_name, turn->text);
            }
            if (ses_choice_count(session) > 0)
                cli_session_print_prospect(transcript, session);
        }
    } else if (transcript != NULL) {
        cli_session_print_prospect(transcript, session);
    }

    int line_number = 0;
    char *cursor = script;
    char *end = script + script_size;
    while (cursor < end) {
        char *newline = memchr(cursor, '\n', (size_t)(end - cursor));
        char *line_end = newline != NULL ? newline : end;
        size_t length = (size_t)(line_end - cursor);
        line_number++;
        if (length > 0 && cursor[length - 1] == '\r')
            length--;
        char *line = cursor;
        cursor = newline != NULL ? newline + 1 : end;
        line[length] = '\0';
        size_t lead = strspn(line, " \t");
        if (line[lead] == '\0' || strncmp(line + lead, "//", 2) == 0)
            continue;
        SesState state = ses_state(session);
        if (state == SES_ENDED) {
            if (transcript != NULL)
                fprintf(transcript, "(%s:%d: the call has ended; the rest of the script is not played)\n",
                        script_path, line_number);
            break;
        }
        long choice = -1;
        int rc;
        if (cli_session_parse_choice(line, false, &choice)) {
            if (state != SES_AWAIT_CHOICE) {
                err_set(&err, COACH_EPARSE, script_path, line_number,
                        "'%s' picks an option, but the prospect is waiting for a typed line", line);
                cli_print_error(&err);
                goto destroy_session;
            }
            if ((size_t)choice >= ses_choice_count(session)) {
                err_set(&err, COACH_EPARSE, script_path, line_number,
                        "there is no option %ld here (options 1 to %zu)", choice + 1,
                        ses_choice_count(session));
                cli_print_error(&err);
                goto destroy_session;
            }
            if (transcript != NULL)
                fprintf(transcript, "You: [%ld] %s\n", choice + 1,
                        ses_choice(session, (size_t)choice)->text);
            rc = ses_answer_choice(session, (size_t)choice, &err);
        } else {
            if (!ses_accepts_text(session)) {
                err_set(&err, COACH_EPARSE, script_path, line_number,
                        "the prospect is waiting for a choice (#1 to #%zu), not a typed line",
                        ses_choice_count(session));
                cli_print_error(&err);
                goto destroy_session;
            }
            if (transcript != NULL)
                fprintf(transcript, "You: %.*s%s\n", length > 300 ? 300 : (int)length, line,
                        length > 300 ? "..." : "");
            rc = ses_answer_text(session, line, length, &err);
            if (rc == COACH_OK && transcript != NULL)
                cli_session_print_heard(transcript, session);
        }
        if (rc != COACH_OK) {
            cli_print_error(&err);
            goto destroy_session;
        }
        if (transcript != NULL)
            cli_session_print_prospect(transcript, session);
    }
    if (transcript != NULL) {
        if (ses_state(session) != SES_ENDED)
            fprintf(transcript, "(the script ended before the call did: the log stays in progress)\n");
        cli_session_print_scores(transcript, session);
    }
    if (ses_log_path(session) != NULL)
        printf("%s\n", ses_log_path(session));
    else
        fprintf(stderr, "coach run: %s: no trainee line was said, so no log was written\n", script_path);
    status = CLI_OK;
destroy_session:
    ses_destroy(session);
free_script:
    free(script);
    replay_free(&parent);
    return status;
}
