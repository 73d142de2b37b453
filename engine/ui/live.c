/* live: the facts the play screen shows during a call (see live.h). */
#include "live.h"

#include <stdio.h>

/* How a label reads before its points are known. */
static const ViewTone label_tones[AN_LABEL_COUNT] = {
    [AN_OPEN_QUESTION] = VIEW_TONE_GOOD,    [AN_CLOSED_QUESTION] = VIEW_TONE_NEUTRAL,
    [AN_PROBE] = VIEW_TONE_GOOD,            [AN_REFLECTION] = VIEW_TONE_GOOD,
    [AN_FEATURE] = VIEW_TONE_NEUTRAL,       [AN_BENEFIT] = VIEW_TONE_GOOD,
    [AN_NEXT_STEP] = VIEW_TONE_GOOD,        [AN_PURPOSE] = VIEW_TONE_GOOD,
    [AN_SMALL_TALK] = VIEW_TONE_NEUTRAL,    [AN_SELLER_FOCUS] = VIEW_TONE_BAD,
};

int live_label_skill(AnLabel label)
{
    switch (label) {
    case AN_OPEN_QUESTION:
    case AN_CLOSED_QUESTION:
    case AN_PROBE:
        return RUB_DISCOVERY;
    case AN_REFLECTION:
    case AN_SELLER_FOCUS:
        return RUB_LISTENING;
    case AN_FEATURE:
    case AN_BENEFIT:
        return RUB_BENEFITS;
    case AN_NEXT_STEP:
    case AN_PURPOSE:
        return RUB_NEXT_STEP;
    default:
        return -1;
    }
}

void live_facts(const Session *session, LiveFacts *facts)
{
    *facts = (LiveFacts){0};
    facts->talk_share = -1;
    if (session == NULL)
        return;
    const RubScores *scores = ses_scores(session);
    const Scenario *scenario = ses_scenario(session);
    for (size_t i = 0; i < ses_turn_count(session); i++)
        if (ses_turn(session, i)->trainee)
            facts->lines++;
    SesState state = ses_state(session);
    facts->turn = facts->lines + (state == SES_AWAIT_TEXT || state == SES_AWAIT_CHOICE ? 1 : 0);
    facts->target_count = scn_target_count(scenario);
    for (size_t i = 0; i < facts->target_count; i++)
        if (ses_target_revealed(session, i))
            facts->targets_found++;
    const RubConfig *cfg = scn_rubric(scenario);
    facts->talk_limit = cfg != NULL ? (int)(cfg->max_word_share * 100 + 0.5) : 45;
    if (scores == NULL || facts->lines == 0)
        return;
    /* whole-call reasons (turn -1: the open-question ratio, a next step never
     * asked for) judge a call that is not over: no evidence yet */
    for (size_t r = 0; r < rub_reason_count(scores); r++) {
        const RubReason *reason = rub_reason(scores, r);
        if (reason->turn >= 0 && reason->skill < RUB_SKILL_COUNT &&
            rub_skill_assessed(scores, reason->skill))
            facts->evidence[reason->skill] = true;
    }
    /* the overall of the skills shown, with the scenario's weights made to
     * sum to one over them: a skill still at "—" does not pull it to 0 */
    double weighted = 0, weight_sum = 0, plain = 0;
    int shown = 0;
    for (int s = 0; s < RUB_SKILL_COUNT; s++) {
        facts->score[s] = rub_skill_score(scores, (RubSkill)s);
        if (!facts->evidence[s])
            continue;
        double weight = cfg != NULL && cfg->weights[s] > 0 ? cfg->weights[s] : 0;
        weighted += weight * facts->score[s];
        weight_sum += weight;
        plain += facts->score[s];
        shown++;
    }
    facts->any_evidence = shown > 0;
    if (weight_sum > 0)
        facts->overall = (int)(weighted / weight_sum + 0.5);
    else if (shown > 0)
        facts->overall = (int)(plain / shown + 0.5);
    const RubMetrics *metrics = rub_metrics(scores);
    if (metrics != NULL && metrics->trainee_turns > 0)
        facts->talk_share = (int)(metrics->trainee_word_share * 100 + 0.5);
}

ViewTone live_label_tone(const Session *session, size_t index, AnLabel label)
{
    if ((int)label < 0 || label >= AN_LABEL_COUNT)
        return VIEW_TONE_NEUTRAL;
    ViewTone tone = label_tones[label];
    if (tone != VIEW_TONE_GOOD || session == NULL)
        return tone;
    const RubScores *scores = ses_scores(session);
    int skill = live_label_skill(label);
    int own = 0;
    bool penalised = false;
    for (size_t r = 0; scores != NULL && r < rub_reason_count(scores); r++) {
        const RubReason *reason = rub_reason(scores, r);
        if (reason->turn != (int)index || (int)reason->skill != skill)
            continue;
        penalised = penalised || reason->points < 0;
        own += reason->points;
    }
    if (!penalised)
        return VIEW_TONE_GOOD;
    return own < 0 ? VIEW_TONE_BAD : VIEW_TONE_NEUTRAL;
}

void live_clock_text(double seconds, char *out, size_t size)
{
    long total = seconds > 0 ? (long)seconds : 0;
    if (total >= 3600)
        snprintf(out, size, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else
        snprintf(out, size, "%ld:%02ld", total / 60, total % 60);
}

void live_turn_text(const LiveFacts *facts, const char *clock, char *out, size_t size)
{
    snprintf(out, size, "Turn %zu  ·  %s", facts->turn > 0 ? facts->turn : (size_t)1, clock);
}
