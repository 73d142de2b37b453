/* cmd_hear: `coach hear SCENARIO NODE "LINE"`: how a typed line would be
 * heard at one node: its labels and clauses, every route and option of the
 * node scored with the reason, and where the line would lead. For authors
 * who want to know why a line went where it went (the same reckoning the
 * session makes; nothing is logged). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "cli_options.h"
#include "cli_session.h"
#include "session.h"

static void hear_usage(FILE *out)
{
    fprintf(out, "usage: coach hear SCENARIO NODE \"LINE\" [--after \"LINE\"]... [--seed N]\n\n"
                 "Shows how LINE would be heard at node NODE: the labels of each clause, every\n"
                 "route and option of the node with its score and why, and where the line leads\n"
                 "(or why the prospect would ask to have it clarified). --after says lines at NODE\n"
                 "first, in order (to see a node as it is after a clarification, say). The state is\n"
                 "the scenario's start state plus the effects of entering NODE.\n");
}

int cmd_hear(int argc, char **argv)
{
    uint64_t seed = 0;
    bool has_seed = false;
    const char *after = NULL;
    const CliOption accepted[] = {
        {"--seed", NULL, CLI_NUMBER, &seed, &has_seed},
        {"--after", NULL, CLI_STRING, &after, NULL},
    };
    const char *positional[argc > 0 ? argc : 1];
    size_t count = 0;
    int parsed = cli_parse_options(argc, argv, accepted, sizeof accepted / sizeof accepted[0], positional, &count);
    if (parsed == CLI_HELP) {
        hear_usage(stdout);
        return CLI_OK;
    }
    if (parsed != CLI_PARSED)
        return CLI_USAGE;
    if (count != 3) {
        hear_usage(stderr);
        return CLI_USAGE;
    }
    CoachError err;
    err_clear(&err);
    Scenario *scenario = scn_load(positional[0], NULL, &err);
    if (scenario == NULL) {
        cli_print_error(&err);
        return CLI_USAGE;
    }
    char lexicon[4200];
    SesSettings settings = {.seed = seed, .has_seed = has_seed};
    SesOptions options;
    cli_session_options(&settings, lexicon, sizeof lexicon, &options);
    options.no_log = true;
    Session *session = ses_create(scenario, NULL, &options, &err);
    if (session == NULL) {
        cli_print_error(&err);
        return CLI_USAGE;
    }
    int status = CLI_USAGE;
    /* The start node is where ses_start leaves the call: entering it again
     * would count a second visit (and say its `again` line). */
    bool at_start = false;
    if (ses_start(session, &err) == COACH_OK) {
        int start = ses_node(session);
        at_start = start >= 0 && start == scn_find_node(scenario, positional[1]);
    }
    if (err.code != COACH_OK || (!at_start && ses_goto(session, positional[1], &err) != COACH_OK)) {
        cli_print_error(&err);
        goto done;
    }
    if (after != NULL && ses_answer_text(session, after, strlen(after), &err) != COACH_OK) {
        cli_print_error(&err);
        goto done;
    }
    char *report = ses_explain_hearing(session, positional[2], strlen(positional[2]), &err);
    if (report == NULL) {
        cli_print_error(&err);
        goto done;
    }
    fputs(report, stdout);
    free(report);
    status = CLI_OK;
done:
    ses_destroy(session);
    return status;
}
