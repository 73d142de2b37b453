/* rubric: the moves of a whole session -> four skill scores with reasons
 * (docs/rubric.md).
 *
 * Design: every skill starts from zero (no free base: a skill is built from
 * evidence in the call) and each rule adds or takes points as a RubReason
 * (skill, points, turn, rule id, a sentence with a tip, and the trainee's
 * words that earned it). The skill's score is the sum of its reasons'
 * points, clamped to 0-100, so the debrief can show the arithmetic line by
 * line. Rules that reward a repeated move carry a cap (the total the rule
 * may give or take in one session); the reason that reaches the cap carries
 * only the points left, and later ones are not logged. The overall score is
 * the weighted mean of the four skills (RubConfig.weights); Benefits is not
 * assessed in a call with no product talk at all, and the overall is then
 * the weighted mean of the other three, at most 90 when the call asked for
 * a next step after uncovering a need (docs/rubric.md).
 *
 * Discovery's backbone is target coverage: the scenario's discovery targets
 * share 50 points between them, each given at the turn of the question that
 * got it revealed. Whole-session rules (open ratio, word share, you/I focus,
 * never asking) carry turn -1.
 *
 * rub_score() is called after every turn, so scores are always "so far":
 * a cue whose window of trainee turns has not passed yet is neither picked
 * up nor missed; a feature with no later trainee line is unbridged until
 * one bridges it.
 *
 * The rubric is a pure function of its input: no analyser, no allocation
 * beyond the reasons list and one scratch array, deterministic. It matches
 * no phrases itself: motive, cost of doing nothing, buying process, specific
 * next steps and vague endings are rubric cues the analyser finds with the
 * lexicon's rules of those kinds (assets/lexicon.lua) and reports in
 * AnResult.cues, with the matched words the reasons quote.
 *
 * This file holds the rule table, the settings, the scores' storage and the
 * scoring pass; the skills are rubric_skills.c, what they read in the turns
 * rubric_evidence.c. */
#include "rubric.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

#include "rubric_internal.h"

static const char *const skill_names[RUB_SKILL_COUNT] = {"discovery", "listening", "benefits",
                                                         "next_step"};

/* The most a call's overall can be when a weighted skill was not shown in a
 * call that uncovered a need and asked for a next step: among the best, not
 * perfect (the calibration's coach gave the well-played cfo_demo call with
 * benefits not assessed at most 90). */
enum { OVERALL_CAP_UNSHOWN = RUB_OVERALL_CAP };

/* Where each skill starts: nothing is given for free. */
static const int skill_bases[RUB_SKILL_COUNT] = {0, 0, 0, 0};

/* ---- rule table: id, skill, points per occurrence, cap per session ------ */

/* The points are set so that the calibration suite's calls land in the
 * bands a sales coach gave them (tests/calibration): a well-played call
 * reaches 80+ on every assessed skill from evidence alone. */
const Rule rub_rules[R_COUNT] = {
    [R_TARGET] = {"discovery.target", RUB_DISCOVERY, 0, 50},
    [R_OPEN] = {"discovery.open_question", RUB_DISCOVERY, 3, 20}, /* 5 in the first 3 turns */
    [R_PROBE] = {"discovery.probe", RUB_DISCOVERY, 4, 20},
    [R_MOTIVE] = {"discovery.motive", RUB_DISCOVERY, 5, 10},
    [R_COST] = {"discovery.cost_of_inaction", RUB_DISCOVERY, 6, 6},
    [R_PROCESS] = {"discovery.buying_process", RUB_DISCOVERY, 5, 10},
    [R_OPEN_RATIO] = {"discovery.open_ratio", RUB_DISCOVERY, 0, 20}, /* up to -20 */
    [R_INTERROGATION] = {"discovery.interrogation", RUB_DISCOVERY, -4, 16},
    [R_PITCH_EARLY] = {"discovery.pitch_before_discovery", RUB_DISCOVERY, -10, 20},
    [R_REFLECTION] = {"listening.reflection", RUB_LISTENING, 8, 24},
    [R_LET_TALK] = {"listening.let_them_talk", RUB_LISTENING, 5, 25},
    [R_CUE_PICKED] = {"listening.cue_picked_up", RUB_LISTENING, 10, 0},
    [R_CUE_MISSED] = {"listening.cue_missed", RUB_LISTENING, -5, 25}, /* cue-rich scenarios */
    [R_WORD_SHARE] = {"listening.word_share", RUB_LISTENING, 15, 20}, /* -1 a point over, to -20 */
    [R_MONOLOGUE] = {"listening.monologue", RUB_LISTENING, -8, 24},
    [R_YOU_FOCUS] = {"listening.you_focus", RUB_LISTENING, 5, 5}, /* -5 when "I" wins */
    [R_SELLER_FOCUS] = {"listening.seller_focus", RUB_LISTENING, -6, 18},
    [R_REFLECTION_OVERUSE] = {"listening.reflection_overuse", RUB_LISTENING, -8, 24},
    /* one outcome tied to one of their pains with its feature: 30 + 30 + 15;
     * the full score takes ties to more than one of their pains */
    [R_OUTCOME] = {"benefits.outcome", RUB_BENEFITS, 30, 45},
    [R_FITS] = {"benefits.feature_fits", RUB_BENEFITS, 15, 30},
    [R_BRIDGED] = {"benefits.feature_bridged", RUB_BENEFITS, 15, 30},
    [R_LINKED] = {"benefits.linked_to_target", RUB_BENEFITS, 30, 60}, /* a target once */
    [R_UNBRIDGED] = {"benefits.unbridged_feature", RUB_BENEFITS, -10, 0},
    /* more than one tied benefit's worth (75) with a single pain tied */
    [R_ONE_PAIN] = {"benefits.one_pain", RUB_BENEFITS, 0, 0},
    [R_DUMP] = {"benefits.feature_dump", RUB_BENEFITS, -10, 0},
    [R_EMPTY_TRIO] = {"benefits.empty_trio", RUB_BENEFITS, -5, 20}, /* a word */
    [R_JARGON] = {"benefits.jargon", RUB_BENEFITS, -5, 20},         /* a term */
    [R_PURPOSE] = {"next_step.purpose", RUB_NEXT_STEP, 15, 15},
    [R_ASKED] = {"next_step.asked", RUB_NEXT_STEP, 0, 50}, /* 30, +20 x share of targets found */
    [R_SPECIFIC] = {"next_step.specific", RUB_NEXT_STEP, 0, 20}, /* a day 20, a week 10, else 5 */
    [R_CHOICE] = {"next_step.choice", RUB_NEXT_STEP, 10, 10},
    [R_QUID_PRO_QUO] = {"next_step.quid_pro_quo", RUB_NEXT_STEP, 10, 10},
    [R_NEVER_ASKED] = {"next_step.never_asked", RUB_NEXT_STEP, -10, 10},
    [R_PREMATURE] = {"next_step.premature", RUB_NEXT_STEP, -15, 0},
    [R_VAGUE] = {"next_step.vague_ending", RUB_NEXT_STEP, -10, 20},
    [R_AUTHOR] = {"choice.author", RUB_DISCOVERY, 0, 0}, /* skill given per reason */
};


const char *rub_skill_name(RubSkill skill)
{
    if ((int)skill < 0 || skill >= RUB_SKILL_COUNT)
        return "unknown";
    return skill_names[skill];
}

int rub_skill_base(RubSkill skill)
{
    if ((int)skill < 0 || skill >= RUB_SKILL_COUNT)
        return 0;
    return skill_bases[skill];
}

void rub_config_defaults(RubConfig *cfg)
{
    if (cfg == NULL)
        return;
    memset(cfg, 0, sizeof *cfg);
    cfg->weights[RUB_DISCOVERY] = 0.35;
    cfg->weights[RUB_LISTENING] = 0.25;
    cfg->weights[RUB_BENEFITS] = 0.2;
    cfg->weights[RUB_NEXT_STEP] = 0.2;
    cfg->min_targets_before_ask = 2;
    cfg->open_ratio_target = 0.5;
    cfg->max_word_share = 0.45;
    cfg->max_monologue_words = 60;
    cfg->cue_window_turns = 2;
    cfg->target_count = 0;
}

const RubConfig *rub_config_or_defaults(const RubConfig *cfg, RubConfig *defaults)
{
    if (cfg != NULL)
        return cfg;
    rub_config_defaults(defaults);
    return defaults;
}

RubScores *rub_create(void)
{
    return calloc(1, sizeof(RubScores));
}

void rub_destroy(RubScores *scores)
{
    if (scores == NULL)
        return;
    free(scores->reasons);
    free(scores);
}
static void score_author_points(Scorer *scorer)
{
    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee || !turn->from_choice)
            continue;
        for (int s = 0; s < RUB_SKILL_COUNT; s++) {
            int points = turn->choice_points[s];
            if (points != 0)
                rub_add_reason_skill(scorer, R_AUTHOR, (RubSkill)s, (int)i, points, NULL,
                                     points > 0 ? "The scenario's author rates this choice as good "
                                              "%s."
                                            : "The scenario's author rates this choice as weak "
                                              "%s.",
                                 skill_names[s]);
        }
    }
}

/* Counts the ask of turn i: the call's asks, its first, and whether it came
 * before it was earned. */
static void count_ask(Scorer *scorer, size_t i)
{
    RubMetrics *m = &scorer->out->metrics;
    m->next_step_asks++;
    if (m->first_next_step_turn < 0)
        m->first_next_step_turn = (int)i;
    if (rub_ask_unearned(scorer->turns, i, scorer->cfg))
        m->premature_asks++;
}

/* A call that ends in the next step agreed had an ask: when the analyser
 * read none, the trainee's last line before the booking, if it asks
 * something, is the line the prospect said yes to ("We can build that. In
 * return, could Raj send me a month of invoices by Wednesday, and can you,
 * Raj and Mark all be in the room Friday, ten or two?", r24 cfo_demo skilled
 * 11, then "Friday at ten"): the debrief of a booked meeting never reads
 * "you never asked". A meeting they offered unasked, after a line that asks
 * nothing, stays unasked. */
static void agreed_ask(Scorer *scorer)
{
    RubMetrics *m = &scorer->out->metrics;
    if (m->next_step_asks > 0)
        return;
    size_t booked = scorer->count;
    for (size_t i = 0; i < scorer->count; i++)
        if (!scorer->turns[i].trainee && scorer->turns[i].ends_in_next_step)
            booked = i;
    if (booked >= scorer->count)
        return;
    int trainee_index = -1;
    size_t last = scorer->count;
    for (size_t i = 0; i < booked; i++)
        if (scorer->turns[i].trainee) {
            trainee_index++;
            last = i;
        }
    if (last >= scorer->count || scorer->turns[last].text == NULL || strchr(scorer->turns[last].text, '?') == NULL)
        return;
    /* the check at the end of a purpose statement is no ask */
    const RubTurn *turn = &scorer->turns[last];
    if (trainee_index < PURPOSE_TURNS && rub_has(turn, AN_PURPOSE))
        return;
    scorer->ask[last] = true;
    count_ask(scorer, last);
    /* an ask is no question of discovery */
    if (rub_is_question(turn) && !rub_has(turn, AN_OPEN_QUESTION) && !rub_has(turn, AN_PROBE) &&
        m->discovery_questions > 0)
        m->discovery_questions--;
}

static void compute_metrics(Scorer *scorer)
{
    RubMetrics *m = &scorer->out->metrics;
    memset(m, 0, sizeof *m);
    m->first_next_step_turn = -1;
    m->turns = (int)scorer->count;
    long trainee_words = 0, all_words = 0;
    int trainee_index = 0;
    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        int words = rub_turn_words(turn);
        all_words += words;
        if (!turn->trainee)
            continue;
        const AnResult *a = &turn->analysis;
        m->trainee_turns++;
        trainee_words += words;
        if (words > m->longest_monologue)
            m->longest_monologue = words;
        if (words > scorer->cfg->max_monologue_words)
            m->monologues++;
        if (rub_has(turn, AN_OPEN_QUESTION))
            m->open_questions++;
        if (rub_is_question(turn))
            m->questions++;
        if (rub_has(turn, AN_PROBE))
            m->probes++;
        if (rub_has(turn, AN_REFLECTION))
            m->reflections++;
        if (rub_has(turn, AN_FEATURE)) {
            m->features++;
            size_t next = rub_next_trainee(scorer, i);
            if (rub_states_outcome(turn, false) ||
                (next < scorer->count && !rub_has(&scorer->turns[next], AN_FEATURE) &&
                 rub_states_outcome(&scorer->turns[next], false)))
                m->bridged_features++;
            /* feature_dumps: counted by the benefits pass (a dump is a list
             * they did not ask for) */
        }
        if (rub_has(turn, AN_BENEFIT))
            m->benefits++;
        if (rub_has(turn, AN_SELLER_FOCUS))
            m->seller_focus_lines++;
        m->jargon_hits += a->jargon_count > 0 ? a->jargon_count : 0;
        m->empty_trio_hits += a->empty_trio_count > 0 ? a->empty_trio_count : 0;
        m->you_words += a->you_words > 0 ? a->you_words : 0;
        m->i_words += a->i_words > 0 ? a->i_words : 0;
        scorer->ask[i] = rub_asks_commitment(turn, trainee_index);
        /* an ask ("would you be up for a demo?") is no question of discovery:
         * the open ratio leaves it out, as the interrogation count does */
        if (rub_is_question(turn) && !(scorer->ask[i] && !rub_has(turn, AN_OPEN_QUESTION) && !rub_has(turn, AN_PROBE)))
            m->discovery_questions++;
        if (scorer->ask[i])
            count_ask(scorer, i);
        trainee_index++;
    }
    agreed_ask(scorer);
    m->open_ratio = m->discovery_questions > 0 ? (double)m->open_questions / m->discovery_questions : 0.0;
    m->reflection_to_question = m->questions > 0 ? (double)m->reflections / m->questions : 0.0;
    m->trainee_word_share = all_words > 0 ? (double)trainee_words / (double)all_words : 0.0;
    m->targets_uncovered = (int)rub_distinct_targets(scorer->turns, scorer->count, NULL);
}

/* Orders reasons by turn (whole-session rules last), keeping the order in
 * which rules logged them within a turn. */
static void sort_reasons(RubScores *out)
{
    for (size_t i = 1; i < out->count; i++) {
        RubReason moving = out->reasons[i];
        long key = moving.turn < 0 ? (long)1 << 40 : moving.turn;
        size_t j = i;
        while (j > 0) {
            const RubReason *before = &out->reasons[j - 1];
            long before_key = before->turn < 0 ? (long)1 << 40 : before->turn;
            if (before_key <= key)
                break;
            out->reasons[j] = out->reasons[j - 1];
            j--;
        }
        out->reasons[j] = moving;
    }
}

/* A perfect overall takes every skill shown. A call that uncovered their
 * needs and asked them to commit, but never said what they would get,
 * reached the point of offering without showing that skill: the skill stays
 * not assessed (no score is made up for it), and the overall of the others
 * is at most OVERALL_CAP_UNSHOWN (r25 loyal_customer picker: 100 for a call
 * that never said what Peg would get). A call that asked for nothing, or
 * found nothing to offer to, is left as it is. */
static void cap_overall_with_a_skill_unshown(RubScores *scores, const RubConfig *cfg)
{
    const RubMetrics *m = &scores->metrics;
    if (m->next_step_asks == 0 || m->targets_uncovered == 0)
        return;
    for (int s = 0; s < RUB_SKILL_COUNT; s++)
        if (!scores->assessed[s] && cfg->weights[s] > 0 && scores->overall > OVERALL_CAP_UNSHOWN) {
            scores->overall = OVERALL_CAP_UNSHOWN;
            scores->overall_capped = true;
        }
}

static int score_turns(RubScores *scores, const RubTurn *turns, size_t count, const RubConfig *cfg);

int rub_score(RubScores *scores, const RubTurn *turns, size_t count, const RubConfig *cfg)
{
    size_t scored = 0;
    for (size_t i = 0; turns != NULL && i < count; i++)
        scored += !turns[i].unscored;
    if (turns == NULL || scored == count)
        return score_turns(scores, turns, count, cfg);
    /* Score the turns that count, then give reasons their place in the
     * full list back. */
    RubTurn *kept = malloc((scored > 0 ? scored : 1) * sizeof *kept);
    size_t *place = malloc((scored > 0 ? scored : 1) * sizeof *place);
    if (kept == NULL || place == NULL) {
        free(kept);
        free(place);
        return COACH_ENOMEM;
    }
    size_t n = 0;
    for (size_t i = 0; i < count; i++)
        if (!turns[i].unscored) {
            place[n] = i;
            kept[n++] = turns[i];
        }
    int rc = score_turns(scores, kept, n, cfg);
    /* ...and their line number as typed: a line the prospect asked to have
     * clarified is still one of the trainee's lines, so "your line 4" is
     * the fourth line they typed (r21 plant_downtime average: "your line 2"
     * was the fourth) */
    for (size_t r = 0; rc == 0 && r < scores->count; r++)
        if (scores->reasons[r].turn >= 0 && (size_t)scores->reasons[r].turn < n) {
            RubReason *reason = &scores->reasons[r];
            reason->turn = (int)place[reason->turn];
            reason->line = 0;
            for (int i = 0; i <= reason->turn; i++)
                reason->line += turns[i].trainee ? 1 : 0;
        }
    int first_ask = scores->metrics.first_next_step_turn;
    if (rc == 0 && first_ask >= 0 && (size_t)first_ask < n)
        scores->metrics.first_next_step_turn = (int)place[first_ask];
    free(kept);
    free(place);
    return rc;
}

static int score_turns(RubScores *scores, const RubTurn *turns, size_t count, const RubConfig *cfg)
{
    if (scores == NULL)
        return COACH_EUSAGE;
    RubConfig defaults;
    cfg = rub_config_or_defaults(cfg, &defaults);
    if (turns == NULL)
        count = 0;
    scores->count = 0;
    memset(scores->scores, 0, sizeof scores->scores);
    scores->overall = 0;
    scores->overall_capped = false;

    Scorer scorer = {.out = scores, .turns = turns, .count = count, .cfg = cfg};
    for (int s = 0; s < RUB_SKILL_COUNT; s++)
        scores->assessed[s] = true;
    /* Two lowered lines and the asks on the heap keep the stack small. */
    Lowered *lowered = malloc(2 * sizeof *lowered);
    scorer.ask = calloc(count + 1, sizeof *scorer.ask);
    if (lowered == NULL || scorer.ask == NULL) {
        free(lowered);
        free(scorer.ask);
        return COACH_ENOMEM;
    }

    compute_metrics(&scorer);
    if (scores->metrics.trainee_turns > 0) {
        rub_score_discovery(&scorer);
        rub_score_listening(&scorer);
        rub_score_benefits(&scorer, &lowered[0], &lowered[1]);
        rub_score_next_step(&scorer, &lowered[0]);
        score_author_points(&scorer);
    }
    free(lowered);
    free(scorer.ask);
    if (scorer.error != 0) {
        scores->count = 0;
        return scorer.error;
    }
    sort_reasons(scores);

    if (scores->metrics.trainee_turns == 0)
        return 0;
    /* a skill not assessed keeps its author points out too: it had no
     * opportunity in this call */
    double weighted = 0, weight_sum = 0;
    int assessed = 0;
    for (int s = 0; s < RUB_SKILL_COUNT; s++) {
        if (!scores->assessed[s]) {
            scores->scores[s] = 0;
            continue;
        }
        int value = skill_bases[s] + scorer.sum[s];
        scores->scores[s] = value < 0 ? 0 : value > 100 ? 100 : value;
        double weight = cfg->weights[s] > 0 ? cfg->weights[s] : 0;
        weighted += weight * scores->scores[s];
        weight_sum += weight;
        assessed++;
    }
    if (weight_sum <= 0) {
        weighted = 0;
        for (int s = 0; s < RUB_SKILL_COUNT; s++)
            if (scores->assessed[s])
                weighted += scores->scores[s];
        weight_sum = assessed > 0 ? assessed : 1;
    }
    scores->overall = (int)(weighted / weight_sum + 0.5);
    cap_overall_with_a_skill_unshown(scores, cfg);
    return 0;
}

bool rub_same_group(const RubReason *a, const RubReason *b)
{
    return a->skill == b->skill && strcmp(a->rule, b->rule) == 0 && strcmp(a->text, b->text) == 0;
}

size_t rub_reason_groups(const RubScores *scores, RubSkill skill, RubGroup *groups, size_t max)
{
    if (scores == NULL)
        return 0;
    size_t total = 0;
    for (size_t i = 0; i < scores->count; i++) {
        const RubReason *reason = &scores->reasons[i];
        if (reason->skill != skill)
            continue;
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = rub_same_group(&scores->reasons[j], reason);
        if (seen)
            continue;
        RubGroup group = {i, 0, 0};
        for (size_t j = i; j < scores->count; j++)
            if (rub_same_group(reason, &scores->reasons[j])) {
                group.count++;
                group.points += scores->reasons[j].points;
            }
        /* insertion by |points|, keeping turn order among equals */
        size_t at = total < max ? total : max;
        while (at > 0 && abs(groups[at - 1].points) < abs(group.points))
            at--;
        if (at < max) {
            size_t last = total < max ? total : max - 1;
            for (size_t k = last; k > at; k--)
                groups[k] = groups[k - 1];
            groups[at] = group;
        }
        total++;
    }
    return total;
}

static bool rub_word_char(char c)
{
    return isalnum((unsigned char)c) || (unsigned char)c >= 0x80;
}

const char *rub_find_words(const char *text, const char *match)
{
    if (text == NULL || match == NULL || match[0] == '\0')
        return NULL;
    size_t length = strlen(match);
    const char *first = strstr(text, match);
    for (const char *at = first; at != NULL; at = strstr(at + 1, match)) {
        /* a boundary counts only where the match itself starts or ends a word */
        bool starts = !rub_word_char(match[0]) || at == text || !rub_word_char(at[-1]);
        bool ends = !rub_word_char(match[length - 1]) || !rub_word_char(at[length]);
        if (starts && ends)
            return at;
    }
    return first;
}

void rub_quote_marked(const RubReason *reason, char *out, size_t size)
{
    if (out == NULL || size == 0)
        return;
    out[0] = '\0';
    if (reason == NULL || reason->quote[0] == '\0')
        return;
    const char *at = rub_find_words(reason->quote, reason->match);
    if (at == NULL) {
        snprintf(out, size, "\"%s\"", reason->quote);
        return;
    }
    snprintf(out, size, "\"%.*s[%s]%s\"", (int)(at - reason->quote), reason->quote, reason->match,
             at + strlen(reason->match));
}

bool rub_skill_assessed(const RubScores *scores, RubSkill skill)
{
    if (scores == NULL || (int)skill < 0 || skill >= RUB_SKILL_COUNT)
        return false;
    return scores->assessed[skill];
}

int rub_skill_score(const RubScores *scores, RubSkill skill)
{
    if (scores == NULL || (int)skill < 0 || skill >= RUB_SKILL_COUNT)
        return 0;
    return scores->scores[skill];
}

bool rub_overall_capped(const RubScores *scores)
{
    return scores != NULL && scores->overall_capped;
}

int rub_overall(const RubScores *scores)
{
    return scores == NULL ? 0 : scores->overall;
}

const RubMetrics *rub_metrics(const RubScores *scores)
{
    return scores == NULL ? NULL : &scores->metrics;
}

size_t rub_reason_count(const RubScores *scores)
{
    return scores == NULL ? 0 : scores->count;
}

const RubReason *rub_reason(const RubScores *scores, size_t index)
{
    if (scores == NULL || index >= scores->count)
        return NULL;
    return &scores->reasons[index];
}
