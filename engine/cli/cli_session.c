/* cli_session: see cli_session.h. */
#include "cli_session.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "annotate.h"
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

/* One reason (or a group of like reasons) with the trainee's line ("your
 * line 2", their own lines counted) and their words of each: "+12  3 x An
 * open question... " then one row a line. */
static void cli_session_print_group(FILE *out, const RubScores *scores, const RubGroup *group)
{
    const RubReason *first = rub_reason(scores, group->first);
    char quote[RUB_QUOTE_BYTES + AN_MATCH_BYTES + 8];
    if (group->count == 1) {
        rub_quote_marked(first, quote, sizeof quote);
        if (first->turn >= 0 && quote[0] != '\0')
            fprintf(out, "      %+d  %s\n             your line %d: %s\n", group->points, first->text,
                    first->line, quote);
        else if (first->turn >= 0)
            fprintf(out, "      %+d  %s (your line %d)\n", group->points, first->text, first->line);
        else
            fprintf(out, "      %+d  %s\n", group->points, first->text);
        return;
    }
    fprintf(out, "      %+d  %d x %s\n", group->points, group->count, first->text);
    for (size_t i = group->first; i < rub_reason_count(scores); i++) {
        const RubReason *reason = rub_reason(scores, i);
        if (!rub_same_group(first, reason))
            continue;
        rub_quote_marked(reason, quote, sizeof quote);
        if (reason->turn >= 0)
            fprintf(out, "             your line %d (%+d)%s%s\n", reason->line, reason->points,
                    quote[0] != '\0' ? ": " : "", quote);
    }
}

void cli_session_print_transcript(FILE *out, const Session *session)
{
    if (ses_input_count(session) == 0)
        return;
    cJSON *log = ses_log_document(session);
    Annotated annotated;
    memset(&annotated, 0, sizeof annotated);
    CoachError err;
    err_clear(&err);
    if (log != NULL && ann_build(log, NULL, &annotated, &err) == COACH_OK) {
        const char *persona = scn_info(ses_scenario(session))->persona_name;
        fputc('\n', out);
        ann_write_text(&annotated, persona != NULL ? persona : "Prospect", out);
    }
    ann_free(&annotated);
    cJSON_Delete(log);
}

void cli_session_print_scores(FILE *out, const Session *session)
{
    const RubScores *scores = ses_scores(session);
    size_t total = rub_reason_count(scores);
    RubGroup *groups = calloc(total + 1, sizeof *groups);
    fprintf(out, "\nScores\n");
    for (int k = 0; k < RUB_SKILL_COUNT; k++) {
        if (!rub_skill_assessed(scores, (RubSkill)k)) {
            fprintf(out,
                    rub_overall_capped(scores)
                        ? "  %-10s   - not shown (you asked for a next step without ever saying what "
                          "they would get; left out of overall, which is at most " RUB_OVERALL_CAP_STR ")\n"
                        : "  %-10s   - not assessed (the call gave it no opportunity; left out of "
                          "overall)\n",
                    rub_skill_name((RubSkill)k));
            continue;
        }
        fprintf(out, "  %-10s %3d\n", rub_skill_name((RubSkill)k), rub_skill_score(scores, (RubSkill)k));
        if (groups == NULL)
            continue;
        size_t n = rub_reason_groups(scores, (RubSkill)k, groups, total);
        for (size_t i = 0; i < n && i < total; i++)
            cli_session_print_group(out, scores, &groups[i]);
    }
    if (rub_overall_capped(scores))
        fprintf(out, "  %-10s %3d  (%s)\n", "overall", rub_overall(scores), RUB_OVERALL_CAPPED_TEXT);
    else
        fprintf(out, "  %-10s %3d\n", "overall", rub_overall(scores));
    free(groups);
    const char *ending = ses_ending(session);
    if (ending != NULL) {
        char label[128];
        ses_ending_label(session, label, sizeof label);
        fprintf(out, "Ending: %s (%s)\n", label, ses_ending_success(session) ? "success" : "no success");
    }
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

int cli_session_window(UiOptions *options, const char *extra_folder)
{
    char scenarios[12800], assets[4200];
    cli_scenario_folders(scenarios, sizeof scenarios, extra_folder);
    cli_path(assets, sizeof assets, "assets");
    options->default_scenario = cli_default_scenario();
    options->scenarios_dir = scenarios;
    options->assets_dir = assets;
    return ui_run(options);
}
