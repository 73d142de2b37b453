/* cli_session: see cli_session.h. */
#include "cli_session.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cli_session_print_prospect(FILE *out, const Session *session)
{
    const ScnInfo *info = scn_info(ses_scenario(session));
    fprintf(out, "%s: %s\n", info->persona_name, ses_prospect_line(session));
    size_t count = ses_choice_count(session);
    for (size_t i = 0; i < count; i++)
        fprintf(out, "    %zu. %s\n", i + 1, ses_choice(session, i)->text);
    if (count > 0 && ses_accepts_text(session))
        fprintf(out, "    (or type your own line)\n");
}

void cli_session_print_heard(FILE *out, const Session *session)
{
    for (size_t i = ses_turn_count(session); i-- > 0;) {
        const SesTurn *turn = ses_turn(session, i);
        if (!turn->trainee)
            continue;
        if (turn->heard != NULL)
            fprintf(out, "    (%s)\n", turn->heard);
        return;
    }
}

typedef struct ReasonRef {
    const RubReason *reason;
} ReasonRef;

static int by_weight(const void *a, const void *b)
{
    const RubReason *x = ((const ReasonRef *)a)->reason, *y = ((const ReasonRef *)b)->reason;
    int ax = abs(x->points), ay = abs(y->points);
    if (ax != ay)
        return ay - ax;
    return x->turn - y->turn;
}

void cli_session_print_scores(FILE *out, const Session *session)
{
    const RubScores *scores = ses_scores(session);
    size_t total = rub_reason_count(scores);
    ReasonRef *refs = calloc(total + 1, sizeof *refs);
    fprintf(out, "\nScores\n");
    for (int k = 0; k < RUB_SKILL_COUNT; k++) {
        fprintf(out, "  %-10s %3d\n", rub_skill_name((RubSkill)k), rub_skill_score(scores, (RubSkill)k));
        if (refs == NULL)
            continue;
        size_t n = 0;
        for (size_t i = 0; i < total; i++)
            if (rub_reason(scores, i)->skill == (RubSkill)k)
                refs[n++].reason = rub_reason(scores, i);
        qsort(refs, n, sizeof *refs, by_weight);
        for (size_t i = 0; i < n && i < 3; i++) {
            const RubReason *r = refs[i].reason;
            if (r->turn >= 0)
                fprintf(out, "      %+d  %s (turn %d)\n", r->points, r->text, r->turn + 1);
            else
                fprintf(out, "      %+d  %s\n", r->points, r->text);
        }
    }
    fprintf(out, "  %-10s %3d\n", "overall", rub_overall(scores));
    free(refs);
    const char *ending = ses_ending(session);
    if (ending != NULL)
        fprintf(out, "Ending: %s (%s)\n", ending, ses_ending_success(session) ? "success" : "no success");
}

bool cli_session_parse_choice(const char *line, bool bare_number, long *index)
{
    while (*line == ' ' || *line == '\t')
        line++;
    if (*line == '#')
        line++;
    else if (!bare_number)
        return false;
    if (!isdigit((unsigned char)*line))
        return false;
    char *end = NULL;
    long value = strtol(line, &end, 10);
    while (*end == ' ' || *end == '\t' || *end == '.' || *end == ')')
        end++;
    if (*end != '\0' || value < 1 || value > 1000)
        return false;
    *index = value - 1;
    return true;
}

void cli_session_flags(CliOption *out, SesSettings *settings)
{
    out[0] = (CliOption){"--trainee", NULL, CLI_STRING, &settings->trainee, NULL};
    out[1] = (CliOption){"--log-dir", NULL, CLI_STRING, &settings->log_dir, NULL};
    out[2] = (CliOption){"--seed", NULL, CLI_NUMBER, &settings->seed, &settings->has_seed};
}

void cli_session_options(const SesSettings *settings, char *lexicon, size_t size, SesOptions *options)
{
    cli_path(lexicon, size, "assets/lexicon.lua");
    ses_settings_options(settings, lexicon, options);
}
