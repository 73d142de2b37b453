/* Tests of what the play screen says during a call (engine/ui/live.c): a
 * skill shows a number only once a line counts for it, the overall is the
 * mean of those, no chip is green on a penalised move, the talk share is
 * the rubric's, targets are counted, the clock reads as a clock. Sessions
 * without a window or a log. */
#include "check.h"
#include "live.h"

#include <math.h>

#define FIXTURE "tests/gui/scenarios/warehouse_call.lua"
#define DEFAULT "scenarios/plant_downtime.lua"

static Session *start(const char *path)
{
    CoachError err;
    Scenario *scenario = scn_load(path, NULL, &err);
    REQUIRE(scenario != NULL);
    SesOptions options = {.trainee = "Alex", .no_log = true, .lexicon_path = "assets/lexicon.lua"};
    Session *session = ses_create(scenario, NULL, &options, &err);
    REQUIRE(session != NULL);
    REQUIRE(ses_start(session, &err) == COACH_OK);
    return session;
}

static void say(Session *session, const char *text)
{
    CoachError err;
    err_clear(&err);
    if (ses_answer_text(session, text, strlen(text), &err) != COACH_OK) {
        fprintf(stderr, "answer failed: %s\n", err.message);
        check_failures++;
    }
}

/* Points the reasons on turn give skill (-1: every skill), and whether any of them took points. */
static int turn_points(const Session *session, size_t turn, int skill, bool *penalised)
{
    const RubScores *scores = ses_scores(session);
    int sum = 0;
    *penalised = false;
    for (size_t r = 0; r < rub_reason_count(scores); r++) {
        const RubReason *reason = rub_reason(scores, r);
        if (reason->turn != (int)turn)
            continue;
        if (skill >= 0 && (int)reason->skill != skill)
            continue;
        *penalised = *penalised || reason->points < 0;
        sum += reason->points;
    }
    return sum;
}

TEST(live_before_the_first_line_every_score_is_a_dash_and_nothing_is_found)
{
    Session *session = start(FIXTURE);
    LiveFacts facts;
    live_facts(session, &facts);
    for (int s = 0; s < RUB_SKILL_COUNT; s++)
        CHECK(!facts.evidence[s]);
    CHECK(!facts.any_evidence);
    CHECK_INT(facts.talk_share, -1);
    CHECK_INT(facts.talk_limit, 45);
    CHECK_INT((int)facts.lines, 0);
    CHECK_INT((int)facts.turn, 1);
    CHECK_INT((int)facts.targets_found, 0);
    CHECK_INT((int)facts.target_count, 2);
    ses_destroy(session);
}

TEST(live_a_skill_shows_a_number_only_once_a_line_counts_for_it)
{
    Session *session = start(FIXTURE);
    CoachError err;
    REQUIRE(ses_answer_choice(session, 0, &err) == COACH_OK); /* the open question */
    LiveFacts facts;
    live_facts(session, &facts);
    CHECK_INT((int)facts.lines, 1);
    CHECK_INT((int)facts.turn, 2);
    CHECK(facts.evidence[RUB_DISCOVERY]);
    CHECK(facts.score[RUB_DISCOVERY] > 0);
    CHECK_INT(facts.score[RUB_DISCOVERY], rub_skill_score(ses_scores(session), RUB_DISCOVERY));
    /* no product talk: benefits is not assessed, so no number */
    CHECK(!rub_skill_assessed(ses_scores(session), RUB_BENEFITS));
    CHECK(!facts.evidence[RUB_BENEFITS]);
    /* the rubric already judges the whole call (a next step never asked
     * for, turn -1): that is no evidence while the call goes on */
    bool whole_call_next_step = false;
    for (size_t r = 0; r < rub_reason_count(ses_scores(session)); r++) {
        const RubReason *reason = rub_reason(ses_scores(session), r);
        if (reason->skill == RUB_NEXT_STEP)
            whole_call_next_step = whole_call_next_step || reason->turn < 0;
        if (reason->skill == RUB_NEXT_STEP && reason->turn >= 0)
            CHECK(facts.evidence[RUB_NEXT_STEP]);
    }
    CHECK(whole_call_next_step);
    CHECK(!facts.evidence[RUB_NEXT_STEP]);
    CHECK(facts.any_evidence);
    /* the overall is the mean of what is shown, not dragged to 0 by a dash */
    int shown = 0, expected = 0;
    for (int s = 0; s < RUB_SKILL_COUNT; s++)
        if (facts.evidence[s]) {
            shown++;
            expected = facts.score[s];
        }
    if (shown == 1)
        CHECK_INT(facts.overall, expected);
    CHECK(facts.overall >= rub_overall(ses_scores(session)));
    ses_destroy(session);
}

TEST(live_talk_share_is_the_rubrics_and_targets_are_counted)
{
    Session *session = start(FIXTURE);
    CoachError err;
    REQUIRE(ses_answer_choice(session, 0, &err) == COACH_OK);
    LiveFacts facts;
    live_facts(session, &facts);
    double share = rub_metrics(ses_scores(session))->trainee_word_share;
    CHECK_INT(facts.talk_share, (int)lround(share * 100));
    CHECK(facts.talk_share > 0 && facts.talk_share < 100);
    /* the prospect's answer revealed both targets */
    CHECK_INT((int)facts.targets_found, 2);
    CHECK_INT((int)facts.target_count, 2);
    say(session, "Could we book a visit next Tuesday to look at the floor together?");
    CHECK_INT(ses_state(session), SES_ENDED);
    live_facts(session, &facts);
    CHECK_INT((int)facts.lines, 2);
    CHECK_INT((int)facts.turn, 2); /* over: the lines said */
    ses_destroy(session);
}

/* Every chip on every trainee turn: green only with no point lost on its skill on the line. */
static int check_chips(const Session *session, int *not_green)
{
    int checked = 0;
    for (size_t i = 0; i < ses_turn_count(session); i++) {
        const SesTurn *turn = ses_turn(session, i);
        if (!turn->trainee || turn->rubric == NULL)
            continue;
        for (int label = 0; label < AN_LABEL_COUNT; label++) {
            if (!(turn->rubric->analysis.labels & AN_BIT(label)))
                continue;
            int skill = live_label_skill((AnLabel)label);
            bool penalised = false;
            int own = skill >= 0 ? turn_points(session, i, skill, &penalised) : 0;
            ViewTone tone = live_label_tone(session, i, (AnLabel)label);
            if (penalised)
                CHECK(tone != VIEW_TONE_GOOD);
            if (penalised && own < 0 && label != AN_SMALL_TALK && label != AN_CLOSED_QUESTION &&
                label != AN_FEATURE)
                CHECK_INT(tone, VIEW_TONE_BAD);
            if (tone != VIEW_TONE_GOOD && (label == AN_OPEN_QUESTION || label == AN_PROBE ||
                                           label == AN_REFLECTION || label == AN_BENEFIT ||
                                           label == AN_NEXT_STEP || label == AN_PURPOSE))
                (*not_green)++;
            checked++;
        }
    }
    return checked;
}

TEST(live_no_green_chip_on_a_penalised_move)
{
    /* a clean open question: green */
    Session *session = start(FIXTURE);
    CoachError err;
    REQUIRE(ses_answer_choice(session, 0, &err) == COACH_OK);
    CHECK(ses_turn(session, 1)->rubric->analysis.labels & AN_BIT(AN_OPEN_QUESTION));
    bool penalised;
    turn_points(session, 1, -1, &penalised);
    CHECK(!penalised);
    CHECK_INT(live_label_tone(session, 1, AN_OPEN_QUESTION), VIEW_TONE_GOOD);
    ses_destroy(session);

    /* a reflection on a line that missed a cue: listening lost points on it
     * but gained more, so its chip is neutral; its question stays green */
    session = start(FIXTURE);
    say(session, "What happens when an order runs late?");
    say(session, "It sounds like late orders are really costly for you. What does a fine cost?");
    const SesTurn *reflection = ses_turn(session, 3);
    REQUIRE(reflection->trainee);
    CHECK(reflection->rubric->analysis.labels & AN_BIT(AN_REFLECTION));
    CHECK(turn_points(session, 3, RUB_LISTENING, &penalised) > 0);
    CHECK(penalised);
    CHECK_INT(live_label_tone(session, 3, AN_REFLECTION), VIEW_TONE_NEUTRAL);
    turn_points(session, 3, RUB_DISCOVERY, &penalised);
    CHECK(!penalised);
    CHECK_INT(live_label_tone(session, 3, AN_OPEN_QUESTION), VIEW_TONE_GOOD);
    ses_destroy(session);

    /* asking for the meeting before anything is uncovered: a next step, penalised */
    session = start(DEFAULT);
    say(session, "Can we book a demo with you next Tuesday at 10?");
    const SesTurn *ask = ses_turn(session, 1);
    REQUIRE(ask->trainee);
    CHECK(ask->rubric->analysis.labels & AN_BIT(AN_NEXT_STEP));
    CHECK(turn_points(session, 1, RUB_NEXT_STEP, &penalised) < 0);
    CHECK_INT(live_label_tone(session, 1, AN_NEXT_STEP), VIEW_TONE_BAD);
    int not_green = 0;
    CHECK(check_chips(session, &not_green) > 0);
    CHECK(not_green >= 1);
    /* an interrogation: open questions in a row, the later ones penalised */
    say(session, "What line runs worst? What does a stop cost? Who fixes it? How often does it stop?");
    say(session, "What shift is worst? What does the night shift say? Who decides? When do you buy?");
    say(session, "What else breaks? Who else complains? What did you try? What would you change?");
    check_chips(session, &not_green);
    ses_destroy(session);
}

TEST(live_clock_reads_as_a_clock)
{
    char text[32];
    live_clock_text(0, text, sizeof text);
    CHECK_STR(text, "0:00");
    live_clock_text(7.9, text, sizeof text);
    CHECK_STR(text, "0:07");
    live_clock_text(754, text, sizeof text);
    CHECK_STR(text, "12:34");
    live_clock_text(3723, text, sizeof text);
    CHECK_STR(text, "1:02:03");
    live_clock_text(-5, text, sizeof text);
    CHECK_STR(text, "0:00");
    LiveFacts facts = {.turn = 3};
    char line[64];
    live_turn_text(&facts, "2:14", line, sizeof line);
    CHECK_STR(line, "Turn 3  ·  2:14");
}

TESTS(CHECK_CASE(live_before_the_first_line_every_score_is_a_dash_and_nothing_is_found),
      CHECK_CASE(live_a_skill_shows_a_number_only_once_a_line_counts_for_it),
      CHECK_CASE(live_talk_share_is_the_rubrics_and_targets_are_counted), CHECK_CASE(live_no_green_chip_on_a_penalised_move),
      CHECK_CASE(live_clock_reads_as_a_clock))
