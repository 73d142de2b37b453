/* Tests of the rubric: hand-built transcripts (labels and metrics set by
 * hand, no analyser) scored against RUBRIC.md. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "rubric.h"

#define MAX_TURNS 64

typedef struct Transcript {
    RubTurn turns[MAX_TURNS];
    size_t count;
} Transcript;

static int count_words(const char *text)
{
    int words = 0;
    bool in_word = false;
    for (const char *p = text; *p != '\0'; p++) {
        bool space = *p == ' ' || *p == '\n' || *p == '\t';
        if (!space && !in_word)
            words++;
        in_word = !space;
    }
    return words;
}

static RubTurn *prospect(Transcript *t, const char *text)
{
    REQUIRE(t->count < MAX_TURNS);
    RubTurn *turn = &t->turns[t->count++];
    memset(turn, 0, sizeof *turn);
    turn->trainee = false;
    turn->text = text;
    turn->words = count_words(text);
    return turn;
}

static RubTurn *trainee(Transcript *t, const char *text, unsigned labels)
{
    REQUIRE(t->count < MAX_TURNS);
    RubTurn *turn = &t->turns[t->count++];
    memset(turn, 0, sizeof *turn);
    turn->trainee = true;
    turn->text = text;
    turn->words = count_words(text);
    turn->analysis.labels = labels;
    turn->analysis.words = turn->words;
    return turn;
}

/* Sets a rubric cue on a trainee turn as the analyser would report it. */
static RubTurn *with_cue(RubTurn *turn, AnCue which, const char *rule, const char *match)
{
    turn->analysis.cues |= AN_CUE_BIT(which);
    snprintf(turn->analysis.cue_evidence[which].rule, AN_RULE_BYTES, "%s", rule);
    snprintf(turn->analysis.cue_evidence[which].match, AN_MATCH_BYTES, "%s", match);
    return turn;
}

static void cue(RubTurn *turn, const char *id)
{
    REQUIRE(turn->cue_count < RUB_MAX_CUES);
    snprintf(turn->cues[turn->cue_count].id, RUB_ID_BYTES, "%s", id);
    turn->cues[turn->cue_count].words = id;
    turn->cue_count++;
}

static void reveal(RubTurn *turn, const char *id)
{
    REQUIRE(turn->revealed_count < RUB_MAX_TARGETS);
    snprintf(turn->revealed[turn->revealed_count++], RUB_ID_BYTES, "%s", id);
}

static void pick(RubTurn *turn, const char *id)
{
    REQUIRE(turn->picked_cue_count < RUB_MAX_CUES);
    snprintf(turn->picked_cues[turn->picked_cue_count++], RUB_ID_BYTES, "%s", id);
}

static RubConfig config(int targets)
{
    RubConfig cfg;
    rub_config_defaults(&cfg);
    cfg.target_count = targets;
    return cfg;
}

static RubScores *score(const Transcript *t, const RubConfig *cfg)
{
    RubScores *scores = rub_create();
    REQUIRE(scores != NULL);
    REQUIRE(rub_score(scores, t->turns, t->count, cfg) == 0);
    return scores;
}

/* The first reason of rule (on turn, unless turn is -2), or NULL. */
static const RubReason *find_reason(const RubScores *scores, const char *rule, int turn)
{
    for (size_t i = 0; i < rub_reason_count(scores); i++) {
        const RubReason *reason = rub_reason(scores, i);
        if (strcmp(reason->rule, rule) == 0 && (turn == -2 || reason->turn == turn))
            return reason;
    }
    return NULL;
}

static int count_reasons(const RubScores *scores, const char *rule)
{
    int found = 0;
    for (size_t i = 0; i < rub_reason_count(scores); i++)
        found += strcmp(rub_reason(scores, i)->rule, rule) == 0;
    return found;
}

static int rule_points(const RubScores *scores, const char *rule)
{
    int points = 0;
    for (size_t i = 0; i < rub_reason_count(scores); i++)
        if (strcmp(rub_reason(scores, i)->rule, rule) == 0)
            points += rub_reason(scores, i)->points;
    return points;
}

enum {
    OPEN = AN_BIT(AN_OPEN_QUESTION),
    CLOSED = AN_BIT(AN_CLOSED_QUESTION),
    PROBE = AN_BIT(AN_PROBE),
    REFLECT = AN_BIT(AN_REFLECTION),
    FEATURE = AN_BIT(AN_FEATURE),
    BENEFIT = AN_BIT(AN_BENEFIT),
    NEXT = AN_BIT(AN_NEXT_STEP),
    PURPOSE = AN_BIT(AN_PURPOSE),
    SELLER = AN_BIT(AN_SELLER_FOCUS),
};

/* A rep who states the purpose, asks open questions, probes, follows the
 * cues, bridges the one feature and asks for a specific next step. */
static void strong_session(Transcript *t)
{
    memset(t, 0, sizeof *t);
    prospect(t, "Dana here. I have about ten minutes before the shift meeting, so let's keep it short.");
    RubTurn *line = trainee(t, "Thanks Dana. The purpose today is to understand your line, not to pitch. Fair?",
                            PURPOSE | CLOSED);
    line->analysis.you_words = 2;
    line = prospect(t, "Fair enough. Honestly the big thing right now is that line 3 keeps stopping, and the overtime we pay to catch up is killing us.");
    cue(line, "overtime");
    line = trainee(t, "What's been happening on line 3?", OPEN);
    with_cue(line, AN_CUE_NUMBER, "number.digit", "3");
    line->analysis.you_words = 1;
    line = prospect(t, "The extruder stops about twice a week, usually on the night shift when nobody senior is around to make the call.");
    reveal(line, "pain");
    line = trainee(t, "So the stoppages hit at night and the overtime follows. How long has that been going on?",
                   REFLECT | OPEN | PROBE);
    pick(line, "overtime");
    line = prospect(t, "Since the spring, at least. And because of it we have been late to our biggest customer twice this quarter, which they noticed.");
    reveal(line, "impact");
    cue(line, "customer");
    line = trainee(t, "Why is that important to you right now?", OPEN | PROBE);
    with_cue(line, AN_CUE_MOTIVE, "motive.why", "Why is that important");
    line->analysis.you_words = 1;
    pick(line, "customer");
    line = prospect(t, "If we are late again they will move the contract to our competitor. The ops director signs off on any fix like this.");
    reveal(line, "decider");
    line = trainee(t, "What happens if nothing changes by the autumn?", OPEN | PROBE);
    with_cue(line, AN_CUE_COST_OF_INACTION, "cost_of_inaction.ask", "What happens if");
    prospect(t, "Honestly, we lose the contract, and that is about a fifth of what this plant makes in a year.");
    line = trainee(t, "Our sensors predict failures, so what that means for you is fewer late deliveries to that customer.",
                   FEATURE | BENEFIT);
    line->analysis.you_words = 1;
    line->analysis.i_words = 1;
    line->analysis.feature_count = 1;
    /* the session links it: "late deliveries to that customer" is the impact */
    snprintf(line->linked_targets[line->linked_target_count++], RUB_ID_BYTES, "impact");
    prospect(t, "That would help.");
    line = trainee(t, "Would a site visit Thursday morning or Friday afternoon work, with your ops director?",
                   NEXT | CLOSED);
    with_cue(line, AN_CUE_SPECIFIC, "specific.when", "Thursday");
    line->analysis.you_words = 2;
    prospect(t, "Thursday works. See you then, and bring the numbers for our biggest customer and the overtime.");
}

/* A rep who opens with their own week, pitches features, fires closed
 * questions, ignores the cues and ends vaguely. */
static void weak_session(Transcript *t)
{
    memset(t, 0, sizeof *t);
    prospect(t, "Dana here. I have ten minutes.");
    RubTurn *line = trainee(t, "Sorry, mad week, I'm behind on my quota and my manager is on my back.", SELLER);
    with_cue(line, AN_CUE_SPECIFIC, "specific.who", "manager");
    line->analysis.i_words = 4;
    line = trainee(t, "Our platform has vibration sensors, predictive alerts and a dashboard with OEE and MTBF, "
                      "and we offer quality, service and reliability that nobody else in the market can match, "
                      "plus we integrate with everything you could ever think of and our support team is "
                      "available around the clock every day of the year, and honestly I think once you see it you will "
                      "wonder how you ever ran the plant without it.",
                   FEATURE);
    line->analysis.feature_count = 3;
    line->analysis.jargon_count = 2;
    line->analysis.empty_trio_count = 3;
    line->analysis.i_words = 3;
    line = prospect(t, "Hm. We mostly worry about overtime.");
    cue(line, "overtime");
    trainee(t, "Do you have sensors today?", CLOSED);
    prospect(t, "No.");
    with_cue(trainee(t, "Is budget approved?", CLOSED), AN_CUE_BUYING_PROCESS, "buying_process.who", "approved");
    line = prospect(t, "Not really. Our customer is getting impatient though.");
    cue(line, "customer");
    with_cue(trainee(t, "Can we book a demo?", CLOSED | NEXT), AN_CUE_SPECIFIC, "specific.what", "demo");
    prospect(t, "Send me something.");
    with_cue(trainee(t, "Sure, let me know if you have questions.", 0), AN_CUE_VAGUE_ENDING,
             "vague_ending.leaves_it_to_them", "let me know if");
    prospect(t, "Will do. Bye.");
}

TEST(rubric_strong_session_beats_weak_on_every_skill)
{
    Transcript strong, weak;
    strong_session(&strong);
    weak_session(&weak);
    RubConfig cfg = config(4);
    RubScores *good = score(&strong, &cfg), *bad = score(&weak, &cfg);
    for (int s = 0; s < RUB_SKILL_COUNT; s++) {
        if (rub_skill_score(good, (RubSkill)s) <= rub_skill_score(bad, (RubSkill)s) + 20)
            fprintf(stderr, "skill %s: strong %d, weak %d\n", rub_skill_name((RubSkill)s),
                    rub_skill_score(good, (RubSkill)s), rub_skill_score(bad, (RubSkill)s));
        CHECK(rub_skill_score(good, (RubSkill)s) > rub_skill_score(bad, (RubSkill)s) + 20);
    }
    CHECK(rub_overall(good) >= 75);
    CHECK(rub_overall(bad) <= 25);
    rub_destroy(good);
    rub_destroy(bad);
}

TEST(rubric_reasons_sum_to_the_score_from_the_base)
{
    Transcript t;
    RubConfig cfg = config(4);
    for (int which = 0; which < 2; which++) {
        if (which == 0)
            strong_session(&t);
        else
            weak_session(&t);
        RubScores *scores = score(&t, &cfg);
        int sums[RUB_SKILL_COUNT] = {0};
        for (size_t i = 0; i < rub_reason_count(scores); i++) {
            const RubReason *reason = rub_reason(scores, i);
            CHECK(reason->points != 0);
            CHECK(reason->text[0] != '\0');
            CHECK(reason->turn >= -1 && reason->turn < (int)t.count);
            sums[reason->skill] += reason->points;
        }
        for (int s = 0; s < RUB_SKILL_COUNT; s++) {
            int expected = rub_skill_base((RubSkill)s) + sums[s];
            expected = expected < 0 ? 0 : expected > 100 ? 100 : expected;
            CHECK_INT(rub_skill_score(scores, (RubSkill)s), expected);
        }
        rub_destroy(scores);
    }
}

TEST(rubric_orders_reasons_by_turn_with_session_rules_last)
{
    Transcript t;
    weak_session(&t);
    RubConfig cfg = config(4);
    RubScores *scores = score(&t, &cfg);
    int last = 0;
    bool session_rules = false;
    for (size_t i = 0; i < rub_reason_count(scores); i++) {
        int turn = rub_reason(scores, i)->turn;
        if (turn == -1) {
            session_rules = true;
            continue;
        }
        CHECK(!session_rules);
        CHECK(turn >= last);
        last = turn;
    }
    CHECK(session_rules);
    rub_destroy(scores);
}

TEST(rubric_penalises_feature_before_any_discovery)
{
    Transcript t = {0};
    prospect(&t, "Hello.");
    RubTurn *line = trainee(&t, "Our sensors predict failures.", FEATURE);
    line->analysis.feature_count = 1;
    prospect(&t, "OK.");
    trainee(&t, "What's been happening on the line?", OPEN);
    prospect(&t, "It stops.");
    line = trainee(&t, "Our dashboard shows it live.", FEATURE);
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    const RubReason *early = find_reason(scores, "discovery.pitch_before_discovery", 1);
    REQUIRE(early != NULL);
    CHECK_INT(early->skill, RUB_DISCOVERY);
    CHECK(early->points < 0);
    CHECK(strstr(early->text, "before any discovery") != NULL);
    /* the feature after an open question is not "before discovery" */
    CHECK_INT(count_reasons(scores, "discovery.pitch_before_discovery"), 1);
    rub_destroy(scores);
}

TEST(rubric_rewards_cue_pick_up_within_window)
{
    Transcript t = {0};
    RubTurn *line = prospect(&t, "Overtime is killing us.");
    cue(line, "overtime");
    trainee(&t, "How many lines do you run?", CLOSED);
    prospect(&t, "Four.");
    line = trainee(&t, "Tell me more about the overtime.", OPEN | PROBE);
    pick(line, "overtime");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    const RubReason *reason = find_reason(scores, "listening.cue_picked_up", 3);
    REQUIRE(reason != NULL);
    CHECK(reason->points > 0);
    CHECK_INT(reason->skill, RUB_LISTENING);
    CHECK(strstr(reason->text, "overtime") != NULL);
    const RubMetrics *m = rub_metrics(scores);
    CHECK_INT(m->cues_offered, 1);
    CHECK_INT(m->cues_picked_up, 1);
    CHECK_INT(m->cues_missed, 0);
    rub_destroy(scores);
}

TEST(rubric_counts_cue_picked_after_the_window_as_missed)
{
    Transcript t = {0};
    RubTurn *line = prospect(&t, "Overtime is killing us.");
    cue(line, "overtime");
    trainee(&t, "How many lines do you run?", CLOSED);
    prospect(&t, "Four.");
    trainee(&t, "Which shift is busiest?", CLOSED);
    prospect(&t, "Nights.");
    line = trainee(&t, "Tell me more about the overtime.", OPEN | PROBE);
    pick(line, "overtime");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "listening.cue_picked_up", -2) == NULL);
    const RubReason *missed = find_reason(scores, "listening.cue_missed", 3);
    REQUIRE(missed != NULL);
    CHECK(missed->points < 0);
    CHECK_INT(rub_metrics(scores)->cues_missed, 1);
    /* a wider window lets the late follow-up count */
    cfg.cue_window_turns = 3;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "listening.cue_picked_up", 5) != NULL);
    CHECK_INT(rub_metrics(scores)->cues_missed, 0);
    rub_destroy(scores);
}

TEST(rubric_counts_missed_cues)
{
    Transcript t;
    weak_session(&t);
    RubConfig cfg = config(4);
    RubScores *scores = score(&t, &cfg);
    const RubMetrics *m = rub_metrics(scores);
    CHECK_INT(m->cues_offered, 2);
    CHECK_INT(m->cues_picked_up, 0);
    CHECK_INT(m->cues_missed, 2);
    CHECK_INT(count_reasons(scores, "listening.cue_missed"), 2);
    rub_destroy(scores);
}

TEST(rubric_leaves_a_cue_pending_while_its_window_is_open)
{
    Transcript t = {0};
    prospect(&t, "Hi.");
    trainee(&t, "What brings you to the call?", OPEN);
    RubTurn *line = prospect(&t, "Overtime is killing us.");
    cue(line, "overtime");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    const RubMetrics *m = rub_metrics(scores);
    CHECK_INT(m->cues_offered, 1);
    CHECK_INT(m->cues_missed, 0);
    CHECK_INT(m->cues_picked_up, 0);
    rub_destroy(scores);
}

TEST(rubric_flags_premature_ask)
{
    Transcript t = {0};
    RubTurn *line = prospect(&t, "We stop twice a week.");
    reveal(line, "pain");
    with_cue(trainee(&t, "Can we book a demo Thursday?", NEXT | CLOSED), AN_CUE_SPECIFIC, "specific.when", "Thursday");
    RubConfig cfg = config(3);
    CHECK(rub_ask_is_premature(t.turns, 1, &cfg));
    RubScores *scores = score(&t, &cfg);
    const RubReason *reason = find_reason(scores, "next_step.premature", 1);
    REQUIRE(reason != NULL);
    CHECK(reason->points < 0);
    CHECK_INT(rub_metrics(scores)->premature_asks, 1);
    CHECK_INT(rub_metrics(scores)->next_step_asks, 1);
    CHECK_INT(rub_metrics(scores)->first_next_step_turn, 1);
    CHECK(find_reason(scores, "next_step.asked", -2) == NULL);
    /* one more target earns the right */
    line = prospect(&t, "And we're late to our biggest customer.");
    reveal(line, "impact");
    CHECK(!rub_ask_is_premature(t.turns, t.count, &cfg));
    with_cue(trainee(&t, "Can we book a site visit Thursday?", NEXT | CLOSED), AN_CUE_SPECIFIC, "specific.when",
             "Thursday");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "next_step.asked", 3) != NULL);
    CHECK_INT(rub_metrics(scores)->premature_asks, 1);
    rub_destroy(scores);
}

TEST(rubric_premature_check_counts_distinct_targets_only)
{
    Transcript t = {0};
    RubTurn *line = prospect(&t, "We stop twice a week.");
    reveal(line, "pain");
    line = prospect(&t, "Did I mention we stop?");
    reveal(line, "pain");
    RubConfig cfg = config(3);
    CHECK(rub_ask_is_premature(t.turns, t.count, &cfg));
    /* a scenario without targets never makes an ask premature */
    RubConfig none = config(0);
    CHECK(!rub_ask_is_premature(t.turns, 0, &none));
    CHECK(!rub_ask_is_premature(NULL, 0, NULL));
}

TEST(rubric_scores_empty_session_without_dividing_by_zero)
{
    RubScores *scores = rub_create();
    REQUIRE(scores != NULL);
    RubConfig cfg = config(0);
    CHECK_INT(rub_score(scores, NULL, 0, &cfg), 0);
    for (int s = 0; s < RUB_SKILL_COUNT; s++)
        CHECK_INT(rub_skill_score(scores, (RubSkill)s), 0);
    CHECK_INT(rub_overall(scores), 0);
    CHECK_INT(rub_reason_count(scores), 0);
    const RubMetrics *m = rub_metrics(scores);
    CHECK(m->open_ratio == 0.0);
    CHECK(m->trainee_word_share == 0.0);
    CHECK(m->reflection_to_question == 0.0);
    CHECK_INT(m->first_next_step_turn, -1);
    /* only prospect lines: still no trainee turn to score */
    Transcript t = {0};
    RubTurn *line = prospect(&t, "Hello? Anyone there?");
    cue(line, "hello");
    reveal(line, "pain");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK_INT(rub_overall(scores), 0);
    CHECK_INT(rub_metrics(scores)->turns, 1);
    CHECK_INT(rub_metrics(scores)->trainee_turns, 0);
    CHECK(rub_metrics(scores)->trainee_word_share == 0.0);
    /* a trainee line with no words at all */
    Transcript silent = {0};
    trainee(&silent, "", 0);
    REQUIRE(rub_score(scores, silent.turns, silent.count, NULL) == 0);
    CHECK(rub_metrics(scores)->trainee_word_share == 0.0);
    CHECK(rub_overall(scores) >= 0 && rub_overall(scores) <= 100);
    rub_destroy(scores);
}

TEST(rubric_shares_fifty_points_over_the_targets)
{
    Transcript t = {0};
    const char *ids[3] = {"pain", "impact", "decider"};
    for (int i = 0; i < 3; i++) {
        trainee(&t, "Tell me more?", OPEN);
        RubTurn *line = prospect(&t, "Here is a fact.");
        reveal(line, ids[i]);
    }
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(rule_points(scores, "discovery.target"), 50);
    CHECK_INT(count_reasons(scores, "discovery.target"), 3);
    /* credited to the question that got the reveal */
    CHECK(find_reason(scores, "discovery.target", 2) != NULL);
    CHECK_INT(rub_metrics(scores)->targets_uncovered, 3);
    /* two of three: 33 points */
    REQUIRE(rub_score(scores, t.turns, 4, &cfg) == 0);
    CHECK_INT(rule_points(scores, "discovery.target"), 33);
    rub_destroy(scores);
}

TEST(rubric_penalises_mostly_closed_questions)
{
    Transcript t = {0};
    for (int i = 0; i < 4; i++) {
        prospect(&t, "Yes.");
        trainee(&t, i == 0 ? "What's going on?" : "Is it bad?", i == 0 ? OPEN : CLOSED);
    }
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    const RubReason *reason = find_reason(scores, "discovery.open_ratio", -1);
    REQUIRE(reason != NULL);
    /* 25% open against a 50% target: half the gap of the 20-point rule */
    CHECK_INT(reason->points, -10);
    CHECK(strstr(reason->text, "1 of your 4") != NULL);
    CHECK(rub_metrics(scores)->open_ratio == 0.25);
    cfg.open_ratio_target = 0.25;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "discovery.open_ratio", -2) == NULL);
    rub_destroy(scores);
}

TEST(rubric_penalises_interrogation_without_follow_up)
{
    Transcript t = {0};
    const char *questions[4] = {"How big is the plant?", "What do you make?", "Who are your customers?",
                                "How many shifts?"};
    for (int i = 0; i < 4; i++) {
        prospect(&t, "An answer.");
        trainee(&t, questions[i], OPEN);
    }
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(count_reasons(scores, "discovery.interrogation"), 2);
    CHECK(find_reason(scores, "discovery.interrogation", 5) != NULL);
    CHECK_INT(rub_metrics(scores)->interrogation_questions, 2);
    /* a probe in the middle breaks the run */
    t.turns[3].analysis.labels |= PROBE;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK_INT(count_reasons(scores, "discovery.interrogation"), 0);
    rub_destroy(scores);
}

/* An ask is no interrogation question, and a question that follows up a cue
 * of theirs digs into their answer (r8 plant average line 7, 'Would you be
 * open to a demo sometime next week?', and coffee average's Sunday books). */
TEST(rubric_an_ask_or_a_cue_followed_up_is_no_interrogation)
{
    Transcript t = {0};
    prospect(&t, "An answer.");
    trainee(&t, "How big is the plant?", CLOSED);
    prospect(&t, "Big.");
    trainee(&t, "What do you make?", OPEN);
    prospect(&t, "Film.");
    /* the ask after two questions: neither the third in a row nor a break */
    trainee(&t, "Would you be open to a demo sometime next week?", CLOSED | NEXT);
    prospect(&t, "Maybe.");
    trainee(&t, "Could we get your ops director on a call on Tuesday?", CLOSED | NEXT);
    prospect(&t, "Perhaps.");
    trainee(&t, "Who are your customers?", CLOSED);
    RubConfig cfg = config(3);
    cfg.min_targets_before_ask = 0;
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(count_reasons(scores, "discovery.interrogation"), 1);
    CHECK(find_reason(scores, "discovery.interrogation", 5) == NULL);
    CHECK(find_reason(scores, "discovery.interrogation", 7) == NULL);
    CHECK(find_reason(scores, "discovery.interrogation", 9) != NULL);
    /* the same line as a yes/no question that follows up the cue they just
     * dropped ("...and a shoebox on Sundays" - "So you do the books yourself
     * on Sundays?"): it digs in, and the run starts again */
    cue(&t.turns[8], "sundays");
    pick(&t.turns[9], "sundays");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK_INT(count_reasons(scores, "discovery.interrogation"), 0);
    /* the cue words in a pitch checked with a yes/no question do not */
    t.turns[9].analysis.labels |= FEATURE;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK_INT(count_reasons(scores, "discovery.interrogation"), 1);
    rub_destroy(scores);
}

TEST(rubric_rewards_motive_cost_and_buying_process_questions)
{
    Transcript t = {0};
    prospect(&t, "We stop a lot.");
    with_cue(trainee(&t, "Help me understand what you're trying to accomplish this year.", OPEN), AN_CUE_MOTIVE,
             "motive.why", "trying to accomplish");
    prospect(&t, "Fewer stops.");
    with_cue(trainee(&t, "What happens if you don\xe2\x80\x99t fix it by winter?", OPEN | PROBE),
             AN_CUE_COST_OF_INACTION, "cost_of_inaction.ask", "What Happens if");
    prospect(&t, "We lose a customer.");
    with_cue(trainee(&t, "Who decides on a fix like this?", CLOSED), AN_CUE_BUYING_PROCESS, "buying_process.who",
             "Who decides");
    prospect(&t, "Our ops director.");
    with_cue(trainee(&t, "The whole decision rests on the weather then.", 0), AN_CUE_BUYING_PROCESS,
             "buying_process.who", "decision"); /* not a question */
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    const RubReason *motive = find_reason(scores, "discovery.motive", 1);
    REQUIRE(motive != NULL);
    CHECK_STR(motive->match, "trying to accomplish"); /* the words that earned it, quoted */
    CHECK(strstr(motive->quote, "trying to accomplish") != NULL);
    const RubReason *cost = find_reason(scores, "discovery.cost_of_inaction", 3);
    REQUIRE(cost != NULL);
    CHECK_STR(cost->match, "What happens if"); /* as the trainee typed it */
    CHECK_INT(cost->points, 6);
    CHECK(find_reason(scores, "discovery.buying_process", 5) != NULL);
    CHECK(find_reason(scores, "discovery.buying_process", 7) == NULL);
    /* the rubric reads the analyser's cues, not the text: without them the
     * same words score nothing */
    for (size_t i = 0; i < t.count; i++)
        t.turns[i].analysis.cues = 0;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "discovery.motive", -2) == NULL);
    CHECK(find_reason(scores, "discovery.cost_of_inaction", -2) == NULL);
    CHECK(find_reason(scores, "discovery.buying_process", -2) == NULL);
    rub_destroy(scores);
}

TEST(rubric_gives_early_open_questions_more)
{
    Transcript t = {0};
    for (int i = 0; i < 5; i++) {
        prospect(&t, "Answer.");
        trainee(&t, "Why is that?", OPEN | PROBE);
    }
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(find_reason(scores, "discovery.open_question", 1)->points, 5);
    CHECK_INT(find_reason(scores, "discovery.open_question", 7)->points, 3);
    rub_destroy(scores);
}

TEST(rubric_rewards_bridged_features_and_penalises_unbridged_ones)
{
    Transcript t = {0};
    RubTurn *line = prospect(&t, "We stop twice a week.");
    reveal(line, "pain");
    trainee(&t, "Why is that?", OPEN | PROBE);
    prospect(&t, "Old motors.");
    trainee(&t, "Our sensors listen to the motors.", FEATURE);
    prospect(&t, "OK.");
    trainee(&t, "So you'd hear about a failing motor days before it stops the line.", BENEFIT);
    prospect(&t, "Nice.");
    trainee(&t, "And we have a dashboard.", FEATURE);
    prospect(&t, "Sure.");
    trainee(&t, "How do you plan maintenance today?", OPEN);
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    const RubReason *bridged = find_reason(scores, "benefits.feature_bridged", 5);
    REQUIRE(bridged != NULL);
    CHECK(bridged->points > 0);
    const RubReason *unbridged = find_reason(scores, "benefits.unbridged_feature", 7);
    REQUIRE(unbridged != NULL);
    CHECK(unbridged->points < 0);
    CHECK_INT(rub_metrics(scores)->features, 2);
    CHECK_INT(rub_metrics(scores)->bridged_features, 1);
    CHECK_INT(rub_metrics(scores)->benefits, 1);
    rub_destroy(scores);
}

/* One outcome ties one feature: a line that pitches a feature and says
 * what it gives them in the same breath bridges its own feature, not the
 * one of the line before (r8 loyal pitcher: 'our trays are top quality...',
 * then 'we've got this great proofing portal now, you can approve artwork
 * online in minutes' was credited twice). */
TEST(rubric_one_outcome_bridges_one_feature)
{
    Transcript t = {0};
    prospect(&t, "Just the usual, please.");
    trainee(&t, "Our trays are top quality and we've got a bundle discount.", FEATURE);
    prospect(&t, "Are you selling me something?");
    trainee(&t, "We've got a proofing portal now, you can approve artwork online in minutes.", FEATURE | BENEFIT);
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "benefits.feature_bridged", 3) != NULL);
    CHECK_INT(count_reasons(scores, "benefits.feature_bridged"), 1);
    CHECK(find_reason(scores, "benefits.unbridged_feature", 1) != NULL);
    CHECK_INT(rub_metrics(scores)->bridged_features, 1);
    /* an outcome said on its own the next line bridges the feature before */
    t.turns[3].analysis.labels = BENEFIT;
    t.turns[3].text = "So you'd approve artwork from your phone in minutes, not drive over.";
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "benefits.feature_bridged", 3) != NULL);
    CHECK(find_reason(scores, "benefits.unbridged_feature", 1) == NULL);
    rub_destroy(scores);
}

TEST(rubric_penalises_feature_dump_empty_trio_and_jargon)
{
    Transcript t;
    weak_session(&t);
    RubConfig cfg = config(4);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "benefits.feature_dump", 2) != NULL);
    CHECK_INT(rule_points(scores, "benefits.empty_trio"), -15); /* 3 words, -5 each */
    CHECK_INT(rule_points(scores, "benefits.jargon"), -10);     /* 2 terms, -5 each */
    const RubMetrics *m = rub_metrics(scores);
    CHECK_INT(m->feature_dumps, 1);
    CHECK_INT(m->empty_trio_hits, 3);
    CHECK_INT(m->jargon_hits, 2);
    rub_destroy(scores);
}

TEST(rubric_rewards_benefit_linked_to_an_uncovered_target)
{
    Transcript t = {0};
    trainee(&t, "What's hurting most?", OPEN);
    RubTurn *line = prospect(&t, "Late deliveries to our biggest customer.");
    reveal(line, "impact");
    trainee(&t, "You'd make every delivery to that customer on time.", BENEFIT);
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    const RubReason *reason = find_reason(scores, "benefits.linked_to_target", 2);
    REQUIRE(reason != NULL);
    CHECK(strstr(reason->text, "impact") != NULL);
    /* a benefit about something they never said earns nothing extra */
    t.turns[2].text = "You'd get a nicer dashboard.";
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "benefits.linked_to_target", -2) == NULL);
    /* the session's own link (by shared meaning) counts too */
    snprintf(t.turns[2].linked_targets[0], RUB_ID_BYTES, "impact");
    t.turns[2].linked_target_count = 1;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "benefits.linked_to_target", 2) != NULL);
    /* but only to a target already revealed */
    snprintf(t.turns[2].linked_targets[0], RUB_ID_BYTES, "budget");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "benefits.linked_to_target", -2) == NULL);
    rub_destroy(scores);
}

TEST(rubric_one_tied_benefit_is_good_ties_to_two_pains_make_the_full_score)
{
    Transcript t;
    memset(&t, 0, sizeof t);
    reveal(prospect(&t, "Line 3 stops twice a week."), "pain");
    reveal(prospect(&t, "Harlow will pull the contract if we're late again."), "impact");
    RubTurn *line = trainee(&t, "So line 3 gets caught before it stops and you stop driving in on Sundays.", BENEFIT);
    snprintf(line->linked_targets[line->linked_target_count++], RUB_ID_BYTES, "pain");
    prospect(&t, "That would be something.");
    RubConfig cfg = config(2);
    RubScores *scores = score(&t, &cfg);
    int one = rub_skill_score(scores, RUB_BENEFITS);
    CHECK(one >= 55 && one <= 80);
    /* the same pain again earns no second tie */
    line = trainee(&t, "No more Sunday call-outs for line 3.", BENEFIT);
    snprintf(line->linked_targets[line->linked_target_count++], RUB_ID_BYTES, "pain");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(count_reasons(scores, "benefits.linked_to_target") == 1);
    CHECK(rub_skill_score(scores, RUB_BENEFITS) < 100);
    /* an outcome tied to their other pain does */
    line->linked_targets[0][0] = '\0';
    snprintf(line->linked_targets[0], RUB_ID_BYTES, "impact");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(count_reasons(scores, "benefits.linked_to_target") == 2);
    CHECK(rub_skill_score(scores, RUB_BENEFITS) == 100);
    rub_destroy(scores);
}

/* A next_step the analyser found by its words alone (rule, no proposal) */
static RubTurn *with_step(RubTurn *turn, const char *rule, const char *match)
{
    REQUIRE(turn->analysis.evidence_count < AN_MAX_EVIDENCE);
    AnEvidence *evidence = &turn->analysis.evidence[turn->analysis.evidence_count++];
    evidence->label = AN_NEXT_STEP;
    evidence->clause = -1;
    snprintf(evidence->rule, sizeof evidence->rule, "%s", rule);
    snprintf(evidence->match, sizeof evidence->match, "%s", match);
    return turn;
}

TEST(rubric_a_who_decides_question_with_a_date_in_it_is_not_an_ask)
{
    Transcript t;
    memset(&t, 0, sizeof t);
    reveal(prospect(&t, "Line 3 stops twice a week."), "pain");
    reveal(prospect(&t, "It costs us a shift of film each time."), "impact");
    RubTurn *line = trainee(&t, "When the contract's up in September, who else besides you gets a say in what replaces it?",
                            CLOSED | NEXT);
    with_step(with_step(line, "next_step.deliverable", "contract's"), "next_step.anchor", "in September");
    with_cue(line, AN_CUE_BUYING_PROCESS, "buying_process.who", "who else");
    prospect(&t, "Denise runs the office.");
    RubConfig cfg = config(2);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "next_step.asked", -2) == NULL);
    CHECK(find_reason(scores, "discovery.buying_process", 2) != NULL);
    /* a real ask with them in it still is one */
    line = trainee(&t, "Who else should be in the room, and could we get them together Thursday?", CLOSED | NEXT);
    with_step(with_step(line, "next_step.proposal", "could we get"), "next_step.anchor", "Thursday");
    with_cue(line, AN_CUE_BUYING_PROCESS, "buying_process.who", "Who else");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "next_step.asked", 4) != NULL);
    rub_destroy(scores);
}

TEST(rubric_a_reason_names_the_trainees_own_line)
{
    Transcript t;
    strong_session(&t);
    RubConfig cfg = config(4);
    RubScores *scores = score(&t, &cfg);
    for (size_t i = 0; i < rub_reason_count(scores); i++) {
        const RubReason *reason = rub_reason(scores, i);
        int line = 0;
        for (int k = 0; k <= reason->turn; k++)
            line += t.turns[k].trainee;
        CHECK(reason->line == (reason->turn >= 0 ? line : 0));
    }
    /* the first trainee line is turn 1 (the prospect opened) and line 1 */
    const RubReason *purpose = find_reason(scores, "next_step.purpose", 1);
    REQUIRE(purpose != NULL);
    CHECK(purpose->line == 1);
    rub_destroy(scores);
}

TEST(rubric_rewards_specific_next_step_with_a_choice)
{
    Transcript t;
    strong_session(&t);
    RubConfig cfg = config(4);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "next_step.asked", 13) != NULL);
    CHECK(find_reason(scores, "next_step.specific", 13) != NULL);
    CHECK(find_reason(scores, "next_step.choice", 13) != NULL);
    CHECK(find_reason(scores, "next_step.purpose", 1) != NULL);
    CHECK(rub_metrics(scores)->stated_purpose);
    /* a vague ask gets the ask but not the extras */
    t.turns[13].text = "Shall we keep talking?";
    t.turns[13].analysis.cues = 0;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "next_step.asked", 13) != NULL);
    CHECK(find_reason(scores, "next_step.specific", -2) == NULL);
    CHECK(find_reason(scores, "next_step.choice", -2) == NULL);
    /* "or not" is no choice */
    t.turns[13].text = "Shall we talk again, or not?";
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "next_step.choice", -2) == NULL);
    rub_destroy(scores);
}

TEST(rubric_rewards_quid_pro_quo_when_the_ask_answers_a_request_for_work)
{
    Transcript t = {0};
    RubTurn *line = prospect(&t, "Stops and late deliveries.");
    reveal(line, "pain");
    reveal(line, "impact");
    line = prospect(&t, "Can you send me a proposal?");
    line->prospect_asked_for_work = true;
    with_cue(trainee(&t, "Happy to. If I do, can we go through it Thursday with your finance lead?", NEXT | CLOSED),
             AN_CUE_SPECIFIC, "specific.when", "Thursday");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "next_step.quid_pro_quo", 2) != NULL);
    /* scheduling the work they asked for asks nothing in return (r6 cfo
     * average: "Can we set up the demo sometime next week then?") */
    t.turns[2].text = "Can we set up the demo sometime next week then?";
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "next_step.asked", 2) != NULL);
    CHECK(find_reason(scores, "next_step.quid_pro_quo", -2) == NULL);
    t.turns[2].text = "Sure, shall we book the demo for Thursday then?";
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "next_step.quid_pro_quo", -2) == NULL);
    /* bringing their people or agreeing a decision is the trade */
    t.turns[2].text = "Happy to. Could you bring the plant director along on Thursday?";
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "next_step.quid_pro_quo", 2) != NULL);
    t.turns[2].text = "Sure - and if it shows that, can we agree a decision by June?";
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "next_step.quid_pro_quo", 2) != NULL);
    t.turns[2].text = "Happy to. If I do, can we go through it Thursday with your finance lead?";
    /* no request for work: a plain ask */
    t.turns[1].prospect_asked_for_work = false;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "next_step.quid_pro_quo", -2) == NULL);
    CHECK(find_reason(scores, "next_step.asked", 2) != NULL);
    rub_destroy(scores);
}

TEST(rubric_credits_quid_pro_quo_after_the_discovery_that_earns_it)
{
    Transcript t = {0};
    RubTurn *line = prospect(&t, "Just show me a demo.");
    line->prospect_asked_for_work = true;
    with_cue(trainee(&t, "Sure. So the demo shows what matters, what would it need to prove?", OPEN), AN_CUE_SPECIFIC,
             "specific.what", "demo");
    line = prospect(&t, "That we can close in five days, not eleven.");
    reveal(line, "pain");
    trainee(&t, "What does the slow close cost you?", OPEN | PROBE);
    line = prospect(&t, "Our lenders are nervous.");
    reveal(line, "impact");
    with_cue(trainee(&t, "In return for the demo, will you bring your controller on Thursday?", NEXT | CLOSED),
             AN_CUE_SPECIFIC, "specific.when", "Thursday");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "next_step.quid_pro_quo", 5) != NULL);
    /* a premature trade earns nothing but the penalty */
    t.turns[4].revealed_count = 0;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "next_step.quid_pro_quo", -2) == NULL);
    CHECK(find_reason(scores, "next_step.premature", 5) != NULL);
    rub_destroy(scores);
}

TEST(rubric_penalises_vague_ending_and_never_asking)
{
    Transcript t = {0};
    prospect(&t, "OK then.");
    with_cue(trainee(&t, "Great, let me know if you have any questions.", 0), AN_CUE_VAGUE_ENDING,
             "vague_ending.leaves_it_to_them", "Let me know if");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    const RubReason *vague = find_reason(scores, "next_step.vague_ending", 1);
    REQUIRE(vague != NULL);
    CHECK(vague->points < 0);
    CHECK_STR(vague->match, "let me know if");
    CHECK_STR(vague->quote, "Great, let me know if you have any questions.");
    CHECK(find_reason(scores, "next_step.never_asked", -1) != NULL);
    CHECK_INT(rub_skill_score(scores, RUB_NEXT_STEP), 0);
    rub_destroy(scores);
}

TEST(rubric_rewards_purpose_only_at_the_start)
{
    Transcript t = {0};
    prospect(&t, "Hi.");
    trainee(&t, "How are things?", OPEN);
    prospect(&t, "Fine.");
    trainee(&t, "And the weather?", CLOSED);
    prospect(&t, "Rainy.");
    trainee(&t, "The purpose of today is to learn about your line.", PURPOSE);
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "next_step.purpose", -2) == NULL);
    CHECK(!rub_metrics(scores)->stated_purpose);
    rub_destroy(scores);
}

TEST(rubric_penalises_monologue_and_high_word_share)
{
    Transcript t;
    weak_session(&t);
    RubConfig cfg = config(4);
    RubScores *scores = score(&t, &cfg);
    const RubReason *monologue = find_reason(scores, "listening.monologue", 2);
    REQUIRE(monologue != NULL);
    CHECK(monologue->points < 0);
    const RubMetrics *m = rub_metrics(scores);
    CHECK_INT(m->longest_monologue, t.turns[2].words);
    CHECK(m->longest_monologue > 60);
    CHECK_INT(m->monologues, 1);
    CHECK(m->trainee_word_share > 0.45);
    const RubReason *share = find_reason(scores, "listening.word_share", -1);
    REQUIRE(share != NULL);
    CHECK(share->points < 0);
    /* the strong rep let the prospect talk */
    strong_session(&t);
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    share = find_reason(scores, "listening.word_share", -1);
    REQUIRE(share != NULL);
    CHECK(share->points > 0);
    rub_destroy(scores);
}

TEST(rubric_rewards_word_share_only_over_a_real_conversation)
{
    Transcript t = {0};
    prospect(&t, "Hello, this is Dana from Northfield, what can I do for you today?");
    trainee(&t, "Our sensors are great.", FEATURE);
    prospect(&t, "Not interested, goodbye and good luck with the rest of your calls.");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(rub_metrics(scores)->trainee_word_share < 0.45);
    CHECK(find_reason(scores, "listening.word_share", -2) == NULL);
    rub_destroy(scores);
}

/* "budget" given back in a reflection, or "approvals" in a feature list, is no
 * question of how they buy; the who-decides question is (play study r5). */
TEST(rubric_credits_buying_process_only_where_it_is_asked)
{
    Transcript t = {0};
    prospect(&t, "Four hundred more a month and we are done.");
    static const char reflection[] = "No slack left in the budget to absorb it. Fair?";
    RubTurn *line = trainee(&t, reflection, REFLECT | CLOSED);
    with_cue(line, AN_CUE_BUYING_PROCESS, "buying_process.budget_and_time", "budget");
    unsigned split = (unsigned)(strstr(reflection, "Fair?") - reflection);
    line->analysis.clauses[0] = (AnClause){.labels = REFLECT, .start = 0, .end = split};
    line->analysis.clauses[1] = (AnClause){.labels = CLOSED, .start = split, .end = (unsigned)strlen(reflection)};
    line->analysis.clause_count = 2;
    prospect(&t, "Exactly.");
    static const char features[] = "We have capture and matching. Want approvals on your phone?";
    line = trainee(&t, features, FEATURE | CLOSED);
    with_cue(line, AN_CUE_BUYING_PROCESS, "buying_process.who", "approvals");
    split = (unsigned)(strstr(features, "Want") - features);
    line->analysis.clauses[0] = (AnClause){.labels = FEATURE, .start = 0, .end = split};
    line->analysis.clauses[1] = (AnClause){.labels = CLOSED | FEATURE, .start = split, .end = (unsigned)strlen(features)};
    line->analysis.clause_count = 2;
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "discovery.buying_process", -2) == NULL);
    prospect(&t, "Maybe.");
    line = trainee(&t, "How will the decision get made?", OPEN);
    with_cue(line, AN_CUE_BUYING_PROCESS, "buying_process.who", "decision");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    const RubReason *process = find_reason(scores, "discovery.buying_process", -2);
    REQUIRE(process != NULL);
    CHECK_INT(process->turn, 5);
    CHECK_STR(process->match, "decision");
    rub_destroy(scores);
}

/* What doing nothing costs is credited where it is asked: "it's costing you
 * sleep, so it matters" is a remark before the question (r6 homebuyer
 * skilled line 3). */
TEST(rubric_credits_the_cost_of_doing_nothing_only_where_it_is_asked)
{
    Transcript t = {0};
    prospect(&t, "Rates, I suppose. Tom says I'm catastrophising.");
    static const char remark[] = "It's costing you sleep, so it matters. What's the worry it sets off?";
    RubTurn *line = trainee(&t, remark, OPEN | REFLECT);
    with_cue(line, AN_CUE_COST_OF_INACTION, "cost_of_inaction.ask", "costing you");
    unsigned split = (unsigned)(strstr(remark, "What's") - remark);
    line->analysis.clauses[0] = (AnClause){.labels = REFLECT, .start = 0, .end = split};
    line->analysis.clauses[1] = (AnClause){.labels = OPEN, .start = split, .end = (unsigned)strlen(remark)};
    line->analysis.clause_count = 2;
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "discovery.cost_of_inaction", -2) == NULL);
    prospect(&t, "Four hundred more a month.");
    static const char asked[] = "I see. Say nothing changes by spring, where does that leave you?";
    line = trainee(&t, asked, OPEN);
    with_cue(line, AN_CUE_COST_OF_INACTION, "cost_of_inaction.ask", "nothing changes");
    split = (unsigned)(strstr(asked, "Say") - asked);
    line->analysis.clauses[0] = (AnClause){.labels = 0, .start = 0, .end = split};
    line->analysis.clauses[1] = (AnClause){.labels = OPEN, .start = split, .end = (unsigned)strlen(asked)};
    line->analysis.clause_count = 2;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    const RubReason *cost = find_reason(scores, "discovery.cost_of_inaction", -2);
    REQUIRE(cost != NULL);
    CHECK_INT(cost->turn, 3);
    rub_destroy(scores);
}

/* A long cue match the analyser cut ("...where does tha...") is still
 * marked in the trainee's words, up to its last whole word (r12 homebuyer
 * skilled 8). */
TEST(rubric_marks_a_cut_cue_match_by_its_whole_words)
{
    Transcript t = {0};
    prospect(&t, "Four weeks. The seller wants our mortgage offer four weeks from Monday.");
    static const char asked[] = "Say the mortgage offer isn't there by then and she goes with the next buyer - "
                                "where does that leave you, with May coming?";
    RubTurn *line = trainee(&t, asked, OPEN);
    with_cue(line, AN_CUE_COST_OF_INACTION, "cost_of_inaction.ask",
             "Say the mortgage offer isn't there by then and she goes with the next buyer - where does tha...");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    const RubReason *cost = find_reason(scores, "discovery.cost_of_inaction", -2);
    REQUIRE(cost != NULL);
    CHECK_STR(cost->match, "Say the mortgage offer isn't there by then and she goes with the next buyer - where does");
    rub_destroy(scores);
}

/* How long a meeting lasts is no day or time: "for an hour" is half
 * concrete, "for an hour on Thursday" names the day (and quotes it). */
TEST(rubric_takes_a_length_for_no_day)
{
    Transcript t;
    strong_session(&t);
    RubConfig cfg = config(4);
    t.turns[13].text = "Could we sit down for an hour with your ops director?";
    with_cue(&t.turns[13], AN_CUE_SPECIFIC, "specific.when", "an hour");
    RubScores *scores = score(&t, &cfg);
    const RubReason *specific = find_reason(scores, "next_step.specific", 13);
    REQUIRE(specific != NULL);
    CHECK_INT(specific->points, 5);
    t.turns[13].text = "Could we sit down for 20 minutes?";
    t.turns[13].analysis.cues = AN_CUE_BIT(AN_CUE_NUMBER);
    snprintf(t.turns[13].analysis.cue_evidence[AN_CUE_NUMBER].match, AN_MATCH_BYTES, "20");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    specific = find_reason(scores, "next_step.specific", 13);
    REQUIRE(specific != NULL);
    CHECK_INT(specific->points, 5);
    t.turns[13].text = "Could we sit down for an hour on Thursday?";
    with_cue(&t.turns[13], AN_CUE_SPECIFIC, "specific.when", "an hour");
    t.turns[13].analysis.cues = AN_CUE_BIT(AN_CUE_SPECIFIC);
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    specific = find_reason(scores, "next_step.specific", 13);
    REQUIRE(specific != NULL);
    CHECK_INT(specific->points, 20);
    CHECK_STR(specific->match, "Thursday");
    /* a week with a length is a week: the 30 is how long, no time (r6
     * coffee average "Maybe like a 30 min call next week?") */
    const char *weeks[] = {"Maybe like a 30 min call next week?", "How about 45 minutes sometime next week?",
                           "Could we grab 20 mins with you both next week?"};
    for (size_t w = 0; w < sizeof weeks / sizeof *weeks; w++) {
        t.turns[13].text = weeks[w];
        with_cue(&t.turns[13], AN_CUE_SPECIFIC, "specific.when", "next week");
        t.turns[13].analysis.cues = AN_CUE_BIT(AN_CUE_SPECIFIC) | AN_CUE_BIT(AN_CUE_NUMBER);
        snprintf(t.turns[13].analysis.cue_evidence[AN_CUE_NUMBER].match, AN_MATCH_BYTES, "30");
        REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
        specific = find_reason(scores, "next_step.specific", 13);
        REQUIRE(specific != NULL);
        CHECK_INT(specific->points, 10);
        CHECK_STR(specific->match, "next week");
    }
    /* a time named with the week is a time */
    t.turns[13].text = "A 30 min call next week, Tuesday at 3pm?";
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    specific = find_reason(scores, "next_step.specific", 13);
    REQUIRE(specific != NULL);
    CHECK_INT(specific->points, 20);
    rub_destroy(scores);
}

/* A vague ending is how a call ends: "thanks for reaching out" opening a
 * call leaves nothing to them. */
TEST(rubric_finds_a_vague_ending_only_at_the_end)
{
    Transcript t = {0};
    prospect(&t, "Hi, I saw your ad.");
    RubTurn *line = trainee(&t, "Thanks for reaching out. What made you call?", OPEN);
    with_cue(line, AN_CUE_VAGUE_ENDING, "vague_ending.leaves_it_to_them", "reaching out");
    prospect(&t, "The invoices.");
    trainee(&t, "What happens with them?", OPEN);
    prospect(&t, "They get lost.");
    trainee(&t, "How often?", OPEN);
    prospect(&t, "Weekly.");
    line = trainee(&t, "Feel free to reach out whenever.", 0);
    with_cue(line, AN_CUE_VAGUE_ENDING, "vague_ending.leaves_it_to_them", "Feel free to");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "next_step.vague_ending", 1) == NULL);
    CHECK(find_reason(scores, "next_step.vague_ending", 7) != NULL);
    CHECK_INT(count_reasons(scores, "next_step.vague_ending"), 1);
    rub_destroy(scores);
}

/* A cue the prospect drops twice is judged once: followed up either time, it
 * is credited once and not docked for the time it was left. */
TEST(rubric_judges_a_repeated_cue_once)
{
    Transcript t = {0};
    RubTurn *line = prospect(&t, "Raj's team does it by hand.");
    cue(line, "raj");
    trainee(&t, "How many invoices a month?", OPEN);
    prospect(&t, "About four thousand.");
    trainee(&t, "Which system do you use?", CLOSED);
    line = prospect(&t, "Raj keeps it in a spreadsheet.");
    cue(line, "raj");
    line = trainee(&t, "Tell me about Raj. How does he feel about it?", OPEN | PROBE);
    pick(line, "raj");
    line = prospect(&t, "Raj is tired of it, honestly.");
    cue(line, "raj");
    line = trainee(&t, "Tired how?", PROBE);
    pick(line, "raj");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(count_reasons(scores, "listening.cue_picked_up"), 1);
    CHECK_INT(count_reasons(scores, "listening.cue_missed"), 0);
    CHECK_INT(rub_metrics(scores)->cues_picked_up, 1);
    rub_destroy(scores);
}

/* A cue brought back is another chance to follow it, never another cost:
 * left where it was first dropped, it is docked once; excused there (another
 * cue of that line was followed), leaving it again costs nothing (play study
 * r6: the rates of her first line, named again in her next answer). */
TEST(rubric_docks_a_cue_only_where_it_was_first_dropped)
{
    Transcript t = {0};
    RubTurn *line = prospect(&t, "The rates keep moving, and two houses on our street sold under value.");
    cue(line, "rates");
    cue(line, "street");
    line = trainee(&t, "Tell me about the street.", OPEN | PROBE);
    pick(line, "street");
    prospect(&t, "Number twelve went under.");
    trainee(&t, "How long have you lived there?", CLOSED);
    line = prospect(&t, "Rates, I suppose, are the big one.");
    cue(line, "rates");
    trainee(&t, "How many bedrooms is it?", CLOSED);
    prospect(&t, "Three.");
    trainee(&t, "And the garden?", CLOSED);
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(count_reasons(scores, "listening.cue_missed"), 0);
    CHECK_INT(count_reasons(scores, "listening.cue_picked_up"), 1);
    /* followed when brought back: credited */
    pick(&t.turns[7], "rates");
    t.turns[7].analysis.labels |= AN_BIT(AN_PROBE);
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK_INT(count_reasons(scores, "listening.cue_picked_up"), 2);
    CHECK_INT(count_reasons(scores, "listening.cue_missed"), 0);
    rub_destroy(scores);
}

/* A feature term as the analyser reports it on a trainee line. */
static void with_feature_term(RubTurn *turn, const char *match)
{
    REQUIRE(turn->analysis.evidence_count < AN_MAX_EVIDENCE);
    AnEvidence *evidence = &turn->analysis.evidence[turn->analysis.evidence_count++];
    evidence->label = AN_FEATURE;
    evidence->clause = -1;
    snprintf(evidence->rule, sizeof evidence->rule, "term.feature");
    snprintf(evidence->match, sizeof evidence->match, "%s", match);
}

/* The items she named as what the chain needs, given back, are no feature
 * dump; the same list unasked is (play study r5, loyal_customer). */
TEST(rubric_a_feature_dump_is_a_list_they_did_not_ask_for)
{
    Transcript t = {0};
    trainee(&t, "What does the chain need from you?", OPEN);
    reveal(prospect(&t, "Barcodes on every case and shelf-ready trays, by January."), "change");
    RubTurn *line = trainee(&t, "We can do the case barcodes and the trays, so your first delivery goes out right.",
                            FEATURE | BENEFIT);
    line->analysis.feature_count = 3;
    with_feature_term(line, "case barcodes");
    with_feature_term(line, "trays");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "benefits.feature_dump", -2) == NULL);
    CHECK_INT(rub_metrics(scores)->feature_dumps, 0);
    /* the same count with items she never named is a dump, on that line */
    t.turns[1].text = "We are busy, that is all.";
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "benefits.feature_dump", 2) != NULL);
    CHECK_INT(rub_metrics(scores)->feature_dumps, 1);
    rub_destroy(scores);
}

/* Of the pains the session links a benefit to, it is tied to the one whose
 * words it shares most (r10 coffee_owner picker: "take the Sunday shoebox
 * off your hands" answers the Sunday books, not the daughter's legacy the
 * session also linked); with no words shared, the session's first link. */
static const char *tied_name(const char *benefit)
{
    static char name[RUB_REASON_BYTES];
    Transcript t = {0};
    trainee(&t, "What's the hope for the business?", OPEN);
    RubTurn *legacy = prospect(&t, "I want to hand Nina something that runs without me.");
    reveal(legacy, "legacy");
    legacy->revealed_labels[0] = "the legacy for Nina";
    trainee(&t, "What happens on Sunday nights?", OPEN);
    RubTurn *books = prospect(&t, "The books. Every Sunday a shoebox of receipts, always two months behind.");
    reveal(books, "books");
    books->revealed_labels[0] = "the Sunday books";
    RubTurn *line = trainee(&t, benefit, BENEFIT);
    snprintf(line->linked_targets[line->linked_target_count++], RUB_ID_BYTES, "legacy");
    snprintf(line->linked_targets[line->linked_target_count++], RUB_ID_BYTES, "books");
    RubConfig cfg = config(4);
    RubScores *scores = score(&t, &cfg);
    const RubReason *tied = find_reason(scores, "benefits.linked_to_target", 4);
    snprintf(name, sizeof name, "%s", tied != NULL ? tied->text : "");
    rub_destroy(scores);
    return name;
}

TEST(rubric_ties_a_benefit_to_the_pain_it_answers_most)
{
    CHECK(strstr(tied_name("We'd take the Sunday shoebox off your hands, so you'd know every month where you stand."),
                 "the Sunday books") != NULL);
    CHECK(strstr(tied_name("Your receipts would never pile up in a shoebox again, so your Sundays are yours."),
                 "the Sunday books") != NULL);
    CHECK(strstr(tied_name("You'd never be two months behind on the books again."), "the Sunday books") != NULL);
    /* near-misses: the legacy in its words, and a benefit in neither's words */
    CHECK(strstr(tied_name("You'd hand Nina a business that runs without you."), "the legacy for Nina") != NULL);
    CHECK(strstr(tied_name("You'd get your evenings back."), "the legacy for Nina") != NULL);
}

/* A benefit is tied to their pain by its outcome's words: a feature in their
 * words followed by "so that wouldn't happen" ties nothing; an outcome in
 * their words with no feature label scores as a bridged feature would. */
TEST(rubric_ties_a_benefit_by_its_outcome_words)
{
    Transcript t = {0};
    trainee(&t, "What went wrong last time?", OPEN);
    reveal(prospect(&t, "The techs went to the wrong address three times."), "pain");
    RubTurn *line = trainee(&t, "Our app sends the techs the address, so that wouldn't happen.", FEATURE | BENEFIT);
    line->analysis.feature_count = 1;
    REQUIRE(line->analysis.evidence_count < AN_MAX_EVIDENCE);
    AnEvidence *evidence = &line->analysis.evidence[line->analysis.evidence_count++];
    evidence->label = AN_BENEFIT;
    evidence->clause = -1;
    snprintf(evidence->rule, sizeof evidence->rule, "benefit.so_that");
    snprintf(evidence->match, sizeof evidence->match, "so that");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "benefits.linked_to_target", -2) == NULL);
    CHECK(find_reason(scores, "benefits.outcome", 2) != NULL);
    int stub = rub_skill_score(scores, RUB_BENEFITS);
    CHECK(stub <= 50);
    /* the outcome in their words, no feature named: tied and bridged */
    t.turns[2].text = "Your techs would get the right address every time, first time.";
    t.turns[2].analysis = (AnResult){.labels = BENEFIT};
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "benefits.linked_to_target", 2) != NULL);
    CHECK(find_reason(scores, "benefits.feature_bridged", 2) != NULL);
    CHECK_INT(rub_skill_score(scores, RUB_BENEFITS), 75);
    rub_destroy(scores);
}

/* "A demo sometime" never gets to a day: the ask earns less; the most
 * concrete of the earned asks is credited once ("a demo", then "next week"
 * is a week); a person they named makes an ask half concrete. */
TEST(rubric_a_dayless_ask_earns_less_and_concreteness_counts_once)
{
    Transcript t = {0};
    trainee(&t, "What's going on?", OPEN);
    reveal(prospect(&t, "Line 3 keeps stopping."), "pain");
    trainee(&t, "What does it cost?", OPEN);
    reveal(prospect(&t, "A shift a week. Sam decides on fixes."), "impact");
    RubTurn *line = trainee(&t, "Could we set up a demo sometime?", NEXT | CLOSED);
    with_cue(line, AN_CUE_SPECIFIC, "specific.what", "demo");
    RubConfig cfg = config(4);
    RubScores *scores = score(&t, &cfg);
    const RubReason *asked = find_reason(scores, "next_step.asked", 4);
    REQUIRE(asked != NULL);
    CHECK_INT(asked->points, 30 - 10 + 10);
    CHECK_INT(rule_points(scores, "next_step.specific"), 5);
    /* a later ask names the week: the ask is full, specific once (10) */
    prospect(&t, "Maybe.");
    line = trainee(&t, "Could we do the demo next week?", NEXT | CLOSED);
    with_cue(line, AN_CUE_SPECIFIC, "specific.when", "next week");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    asked = find_reason(scores, "next_step.asked", 4);
    REQUIRE(asked != NULL);
    CHECK_INT(asked->points, 30 + 10);
    CHECK_INT(count_reasons(scores, "next_step.specific"), 1);
    CHECK_INT(rule_points(scores, "next_step.specific"), 10);
    CHECK(find_reason(scores, "next_step.specific", 6) != NULL);
    /* the decider they named, no day: half concrete */
    t.count = 5;
    t.turns[4].text = "Could we get a call with you and Sam sometime?";
    t.turns[4].analysis.cues = 0;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    const RubReason *specific = find_reason(scores, "next_step.specific", 4);
    REQUIRE(specific != NULL);
    CHECK_INT(specific->points, 5);
    CHECK_STR(specific->match, "Sam");
    rub_destroy(scores);
}

TEST(rubric_caps_the_cost_of_missed_cues)
{
    Transcript t = {0};
    for (int i = 0; i < 4; i++) {
        RubTurn *line = prospect(&t, "A line full of hints.");
        static const char *const ids[4][2] = {{"a", "b"}, {"c", "d"}, {"e", "f"}, {"g", "h"}};
        cue(line, ids[i][0]);
        cue(line, ids[i][1]);
        trainee(&t, "Okay.", 0);
        trainee(&t, "Right.", 0);
    }
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    /* the two cues of a line left together are one moment missed: named
     * together, docked once (r6 loyal average: her kitchen table and the
     * returns risk, left for a pitch) */
    CHECK_INT(rub_metrics(scores)->cues_missed, 8);
    CHECK_INT(rule_points(scores, "listening.cue_missed"), -20);
    CHECK_INT(count_reasons(scores, "listening.cue_missed"), 4);
    const RubReason *missed = find_reason(scores, "listening.cue_missed", -2);
    REQUIRE(missed != NULL);
    CHECK(strstr(missed->text, "a and b") != NULL);
    /* one more line of hints reaches the cap */
    prospect(&t, "Another.");
    cue(&t.turns[t.count - 1], "i");
    trainee(&t, "Okay.", 0);
    trainee(&t, "Right.", 0);
    prospect(&t, "And another.");
    cue(&t.turns[t.count - 1], "j");
    trainee(&t, "Okay.", 0);
    trainee(&t, "Right.", 0);
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK_INT(rule_points(scores, "listening.cue_missed"), -25);
    CHECK_INT(count_reasons(scores, "listening.cue_missed"), 5);
    rub_destroy(scores);
}

TEST(rubric_penalises_reflection_overuse)
{
    Transcript t = {0};
    for (int i = 0; i < 4; i++) {
        prospect(&t, "We stop a lot.");
        trainee(&t, "So it sounds like stopping is the problem.", REFLECT);
    }
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(count_reasons(scores, "listening.reflection"), 2);
    CHECK_INT(count_reasons(scores, "listening.reflection_overuse"), 2);
    CHECK(find_reason(scores, "listening.reflection_overuse", 5) != NULL);
    CHECK_INT(rub_metrics(scores)->reflections, 4);
    rub_destroy(scores);
}

TEST(rubric_penalises_seller_focus_and_i_over_you)
{
    Transcript t;
    weak_session(&t);
    RubConfig cfg = config(4);
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "listening.seller_focus", 1) != NULL);
    const RubReason *focus = find_reason(scores, "listening.you_focus", -1);
    REQUIRE(focus != NULL);
    CHECK(focus->points < 0);
    CHECK_INT(rub_metrics(scores)->seller_focus_lines, 1);
    CHECK_INT(rub_metrics(scores)->i_words, 7);
    strong_session(&t);
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    focus = find_reason(scores, "listening.you_focus", -1);
    REQUIRE(focus != NULL);
    CHECK(focus->points > 0);
    rub_destroy(scores);
}

TEST(rubric_applies_author_points_of_a_choice)
{
    Transcript t = {0};
    prospect(&t, "Hi.");
    RubTurn *line = trainee(&t, "Our sensors are great.", 0);
    line->from_choice = true;
    line->choice_points[RUB_BENEFITS] = -7;
    line->choice_points[RUB_LISTENING] = 3;
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(rule_points(scores, "choice.author"), -4);
    const RubReason *reason = find_reason(scores, "choice.author", 1);
    REQUIRE(reason != NULL);
    int benefits = 0;
    for (size_t i = 0; i < rub_reason_count(scores); i++)
        if (rub_reason(scores, i)->skill == RUB_BENEFITS)
            benefits += rub_reason(scores, i)->points;
    CHECK_INT(benefits, -7);
    /* typed lines never carry author points */
    line->from_choice = false;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK_INT(count_reasons(scores, "choice.author"), 0);
    rub_destroy(scores);
}

TEST(rubric_weights_decide_the_overall_score)
{
    Transcript t;
    weak_session(&t);
    RubConfig cfg = config(4);
    for (int s = 0; s < RUB_SKILL_COUNT; s++)
        cfg.weights[s] = 0;
    cfg.weights[RUB_BENEFITS] = 1;
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(rub_overall(scores), rub_skill_score(scores, RUB_BENEFITS));
    /* all weights zero: a plain mean */
    cfg.weights[RUB_BENEFITS] = 0;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    int sum = 0;
    for (int s = 0; s < RUB_SKILL_COUNT; s++)
        sum += rub_skill_score(scores, (RubSkill)s);
    CHECK_INT(rub_overall(scores), (sum + 2) / 4);
    rub_destroy(scores);
}

TEST(rubric_is_deterministic)
{
    Transcript t;
    strong_session(&t);
    RubConfig cfg = config(4);
    RubScores *a = score(&t, &cfg), *b = score(&t, &cfg);
    REQUIRE(rub_reason_count(a) == rub_reason_count(b));
    for (size_t i = 0; i < rub_reason_count(a); i++)
        CHECK(memcmp(rub_reason(a, i), rub_reason(b, i), sizeof(RubReason)) == 0);
    CHECK(memcmp(rub_metrics(a), rub_metrics(b), sizeof(RubMetrics)) == 0);
    CHECK_INT(rub_overall(a), rub_overall(b));
    rub_destroy(a);
    rub_destroy(b);
}

TEST(rubric_fills_every_metric)
{
    Transcript t;
    strong_session(&t);
    RubConfig cfg = config(4);
    RubScores *scores = score(&t, &cfg);
    const RubMetrics *m = rub_metrics(scores);
    CHECK_INT(m->turns, 15);
    CHECK_INT(m->trainee_turns, 7);
    CHECK_INT(m->questions, 6);
    CHECK_INT(m->open_questions, 4);
    /* the ask ("...Thursday?") is no question of discovery */
    CHECK_INT(m->discovery_questions, 5);
    CHECK(m->open_ratio > 0.799 && m->open_ratio < 0.801);
    CHECK_INT(m->probes, 3);
    CHECK_INT(m->reflections, 1);
    CHECK(m->reflection_to_question > 0.166 && m->reflection_to_question < 0.167);
    CHECK_INT(m->cues_offered, 2);
    CHECK_INT(m->cues_picked_up, 2);
    CHECK_INT(m->cues_missed, 0);
    CHECK_INT(m->targets_uncovered, 3);
    CHECK_INT(m->features, 1);
    CHECK_INT(m->bridged_features, 1);
    CHECK_INT(m->benefits, 1);
    CHECK_INT(m->jargon_hits, 0);
    CHECK_INT(m->next_step_asks, 1);
    CHECK_INT(m->first_next_step_turn, 13);
    CHECK_INT(m->premature_asks, 0);
    int trainee_words = 0, all_words = 0;
    for (size_t i = 0; i < t.count; i++) {
        all_words += t.turns[i].words;
        trainee_words += t.turns[i].trainee ? t.turns[i].words : 0;
    }
    CHECK(m->trainee_word_share == (double)trainee_words / all_words);
    CHECK(m->trainee_word_share < 0.45);
    CHECK_INT(m->longest_monologue, 17);
    CHECK_INT(m->you_words, 7);
    CHECK_INT(m->i_words, 1);
    rub_destroy(scores);
}

TEST(rubric_survives_null_text_and_long_lines)
{
    static char long_line[AN_MAX_LINE_BYTES * 2];
    memset(long_line, 'a', sizeof long_line - 1);
    long_line[sizeof long_line - 1] = '\0';
    Transcript t = {0};
    RubTurn *line = prospect(&t, "x");
    line->text = NULL;
    reveal(line, "pain");
    line = trainee(&t, "y", NEXT | BENEFIT | FEATURE | OPEN);
    line->text = NULL;
    trainee(&t, long_line, NEXT | BENEFIT);
    RubConfig cfg = config(1);
    RubScores *scores = score(&t, &cfg);
    CHECK(rub_overall(scores) >= 0 && rub_overall(scores) <= 100);
    CHECK(rub_reason(scores, rub_reason_count(scores)) == NULL);
    CHECK_STR(rub_skill_name(RUB_NEXT_STEP), "next_step");
    CHECK_STR(rub_skill_name(RUB_SKILL_COUNT), "unknown");
    rub_destroy(scores);
    rub_destroy(NULL);
}

TEST(rubric_gives_no_free_base_and_leaves_out_a_skill_with_no_opportunity)
{
    Transcript t = {0};
    prospect(&t, "Hello?");
    trainee(&t, "Hi, nice weather today.", 0);
    prospect(&t, "It is.");
    trainee(&t, "Yes, lovely.", 0);
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    /* nothing earned: nothing given */
    CHECK_INT(rub_skill_base(RUB_LISTENING), 0);
    CHECK_INT(rub_skill_score(scores, RUB_DISCOVERY), 0);
    CHECK_INT(rub_skill_score(scores, RUB_LISTENING), 0);
    CHECK_INT(rub_skill_score(scores, RUB_NEXT_STEP), 0);
    /* no product talk at all: benefits is not assessed */
    CHECK(!rub_skill_assessed(scores, RUB_BENEFITS));
    CHECK(rub_skill_assessed(scores, RUB_DISCOVERY));
    rub_destroy(scores);

    /* overall renormalises the weights over the assessed skills */
    Transcript s = {0};
    prospect(&s, "Hello?");
    trainee(&s, "What's been keeping you busy?", OPEN);
    RubTurn *answer = prospect(&s, "Line 3 keeps stopping.");
    reveal(answer, "pain");
    trainee(&s, "What does that cost you?", OPEN | PROBE);
    scores = score(&s, &cfg);
    CHECK(!rub_skill_assessed(scores, RUB_BENEFITS));
    double expected = (0.35 * rub_skill_score(scores, RUB_DISCOVERY) +
                       0.25 * rub_skill_score(scores, RUB_LISTENING) +
                       0.2 * rub_skill_score(scores, RUB_NEXT_STEP)) / 0.8;
    CHECK_INT(rub_overall(scores), (int)(expected + 0.5));
    rub_destroy(scores);
}

TEST(rubric_over_reflection_is_only_reflections_without_a_question)
{
    Transcript t = {0};
    for (int i = 0; i < 4; i++) {
        prospect(&t, "We stop a lot.");
        trainee(&t, "That sounds rough. What happened next?", REFLECT | OPEN | PROBE);
    }
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    /* acknowledge-then-ask is good listening, not a technique */
    CHECK_INT(count_reasons(scores, "listening.reflection_overuse"), 0);
    CHECK(count_reasons(scores, "listening.reflection") > 0);
    CHECK(count_reasons(scores, "listening.let_them_talk") > 0);
    rub_destroy(scores);
}

TEST(rubric_word_share_counts_only_alongside_questions)
{
    Transcript t = {0};
    for (int i = 0; i < 4; i++) {
        prospect(&t, "We run three lines and two shifts and it is busy all year round here.");
        trainee(&t, "Our sensors are great.", FEATURE);
    }
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    /* a low share of the words is no listening when nothing was asked */
    CHECK(find_reason(scores, "listening.word_share", -1) == NULL);
    CHECK_INT(rub_skill_score(scores, RUB_LISTENING), 0);
    rub_destroy(scores);
}

TEST(rubric_offers_exits_and_the_purpose_check_are_not_asks)
{
    Transcript t = {0};
    prospect(&t, "Hello?");
    trainee(&t, "The purpose of the call is to learn about the plant. Does that work for you?",
            PURPOSE | CLOSED | NEXT);
    prospect(&t, "Sure.");
    trainee(&t, "I'll send that over today.", NEXT);
    prospect(&t, "Fine.");
    trainee(&t, "I'll let you get back to the floor.", NEXT);
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(count_reasons(scores, "next_step.premature"), 0);
    CHECK_INT(count_reasons(scores, "next_step.asked"), 0);
    CHECK(find_reason(scores, "next_step.never_asked", -1) != NULL);
    CHECK_INT(rub_metrics(scores)->next_step_asks, 0);
    CHECK(rub_skill_score(scores, RUB_NEXT_STEP) <= 20);
    rub_destroy(scores);
}

/* A perfect overall takes every skill shown: a call that uncovered their
 * needs and asked for a next step but never said what they would get keeps
 * benefits not assessed and its overall at most 90 (r25 loyal_customer
 * picker: 100); a call that asked for nothing is left as it is. */
TEST(rubric_caps_the_overall_when_a_call_that_asked_never_said_what_they_get)
{
    Transcript t = {0};
    prospect(&t, "Hello? Dana Reyes, plant manager. I have about ten minutes before the shift meeting.");
    trainee(&t, "What's been keeping you busy on the floor?", OPEN);
    RubTurn *answer = prospect(&t, "Line 3 keeps stopping without any warning, twice a week lately, and "
                                   "nobody can tell me why it happens or when it will happen next.");
    reveal(answer, "pain");
    cue(answer, "warning");
    pick(trainee(&t, "No warning at all, that sounds rough. What does each stop cost you?", OPEN | PROBE | REFLECT),
         "warning");
    answer = prospect(&t, "Half a shift of film goes in the skip every time, then I pay the crew "
                          "overtime to catch up, and our biggest customer got two late loads last month.");
    reveal(answer, "cost");
    cue(answer, "customer");
    RubTurn *line = trainee(&t, "So the late loads hurt more than the scrap. Why does fixing it matter now?",
                            OPEN | PROBE | REFLECT);
    with_cue(line, AN_CUE_MOTIVE, "motive.why_now", "matter now");
    pick(line, "customer");
    answer = prospect(&t, "Because the customer renews in the spring, and if the loads stay late they will "
                          "go elsewhere, and I am the one who has to explain that upstairs.");
    reveal(answer, "motive");
    cue(answer, "upstairs");
    with_cue(trainee(&t, "If nothing changes by spring, where does that leave you?", OPEN | PROBE),
             AN_CUE_COST_OF_INACTION, "cost_of_inaction.nothing_changes", "nothing changes");
    answer = prospect(&t, "Explaining to the ops director why we lost a fifth of our volume, and "
                          "probably cutting a shift on the line after that, which nobody here wants.");
    line = trainee(&t, "That's a hard conversation. Who besides you decides on a fix like that?", OPEN | REFLECT);
    with_cue(line, AN_CUE_BUYING_PROCESS, "buying_process.who", "decides");
    pick(line, "upstairs");
    answer = prospect(&t, "Sam, our ops director, signs off on anything over twenty thousand, and the "
                          "capex review is in March, so it would have to be on his desk before then.");
    reveal(answer, "decider");
    with_cue(trainee(&t, "Could we walk Line 3 with Sam on Tuesday or Thursday?", NEXT | CLOSED),
             AN_CUE_SPECIFIC, "specific.when", "Tuesday");
    RubConfig cfg = config(4);
    RubScores *scores = score(&t, &cfg);
    CHECK(!rub_skill_assessed(scores, RUB_BENEFITS));
    double mean = (0.35 * rub_skill_score(scores, RUB_DISCOVERY) + 0.25 * rub_skill_score(scores, RUB_LISTENING) +
                   0.2 * rub_skill_score(scores, RUB_NEXT_STEP)) / 0.8;
    CHECK(mean > 90);
    CHECK_INT(rub_overall(scores), 90);
    CHECK(rub_overall_capped(scores));
    rub_destroy(scores);

    /* the same call with no ask: nothing offered, nothing capped */
    t.count--;
    scores = score(&t, &cfg);
    CHECK(!rub_overall_capped(scores));
    rub_destroy(scores);
}

/* Leave to pitch and offers asked as questions are no asks (docs/labels.md,
 * "Offers asked as questions"): "Can I walk you through it?" (r25 cfo_demo
 * pitcher 1) and "Would it help if I sent you a brochure?" (r25
 * loyal_customer pitcher 3) cost no premature ask even when read as a next
 * step; "Could I come by and do a quick demo for you next week?" asks for
 * their time. */
TEST(rubric_leave_to_pitch_and_offers_asked_as_questions_are_not_asks)
{
    Transcript t = {0};
    prospect(&t, "I want a demo on our invoices.");
    trainee(&t, "We're the leading AP platform. Can I walk you through it?", FEATURE | CLOSED | NEXT);
    prospect(&t, "Not yet.");
    trainee(&t, "Would it help if I sent you a brochure?", CLOSED | NEXT);
    prospect(&t, "Fine.");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(rub_metrics(scores)->next_step_asks, 0);
    CHECK_INT(count_reasons(scores, "next_step.premature"), 0);
    rub_destroy(scores);

    trainee(&t, "Could I come by and do a quick demo for you next week?", CLOSED | NEXT);
    scores = score(&t, &cfg);
    CHECK_INT(rub_metrics(scores)->next_step_asks, 1);
    CHECK_INT(count_reasons(scores, "next_step.premature"), 1);
    rub_destroy(scores);
}

TEST(rubric_a_benefit_needs_an_outcome_for_the_prospect)
{
    Transcript t = {0};
    prospect(&t, "What do you do?");
    RubTurn *bare = trainee(&t, "You'd get a dedicated bookkeeper.", FEATURE | BENEFIT);
    bare->analysis.feature_count = 1;
    for (int k = 0; k < AN_MAX_TERM_HITS; k++) {
        bare->analysis.term_hits[AN_TERM_FEATURE][k] = k == 0 ? 0 : -1;
        bare->analysis.term_hits[AN_TERM_OUTCOME][k] = -1;
    }
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(rub_skill_assessed(scores, RUB_BENEFITS));
    CHECK_INT(count_reasons(scores, "benefits.outcome"), 0);
    CHECK(find_reason(scores, "benefits.unbridged_feature", 1) != NULL);
    CHECK_INT(rub_skill_score(scores, RUB_BENEFITS), 0);
    rub_destroy(scores);
}

/* A benefit stated before an ask is product talk (benefits is assessed);
 * a benefit put as a question about their world is not. Clauses and
 * evidence set as the analyser gives them. */
static RubTurn *benefit_then_ask(Transcript *t, const char *text, unsigned split, bool benefit_asked)
{
    RubTurn *turn = trainee(t, text, BENEFIT | CLOSED | NEXT);
    AnResult *a = &turn->analysis;
    a->clause_count = 2;
    a->clauses[0] = (AnClause){.labels = benefit_asked ? BENEFIT | CLOSED : BENEFIT, .start = 0, .end = split};
    a->clauses[1] = (AnClause){.labels = CLOSED | NEXT, .start = split, .end = (unsigned)strlen(text)};
    a->answered = 1;
    a->evidence_count = 1;
    a->evidence[0].label = AN_BENEFIT;
    a->evidence[0].clause = 0;
    for (int k = 0; k < AN_MAX_TERM_HITS; k++)
        a->term_hits[AN_TERM_OUTCOME][k] = k == 0 ? 0 : -1;
    return turn;
}

TEST(rubric_assesses_benefits_for_a_benefit_stated_before_an_ask)
{
    static const char line[] = "Then Friday runs your invoices so Raj's team stops chasing them. Shall we book it?";
    Transcript t = {0};
    prospect(&t, "Raj's team chases approvals all month.");
    benefit_then_ask(&t, line, 63, false);
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK(rub_skill_assessed(scores, RUB_BENEFITS));
    CHECK(rub_skill_score(scores, RUB_BENEFITS) > 0);
    rub_destroy(scores);

    Transcript q = {0};
    prospect(&q, "Raj's team chases approvals all month.");
    benefit_then_ask(&q, "What would it give you if they stopped? Shall we talk Friday?", 39, true);
    scores = score(&q, &cfg);
    CHECK(!rub_skill_assessed(scores, RUB_BENEFITS));
    rub_destroy(scores);
}

TEST(rubric_reasons_quote_the_line_and_name_cues_and_targets_in_words)
{
    Transcript t = {0};
    RubTurn *opening = prospect(&t, "Line 3 gives me grey hair.");
    cue(opening, "line3");
    RubTurn *ask = trainee(&t, "You said Line 3. What's going on there?", OPEN | PROBE);
    pick(ask, "line3");
    ask->analysis.evidence[0] = (AnEvidence){AN_OPEN_QUESTION, "open.wh_word", "What's", 1};
    ask->analysis.evidence_count = 1;
    RubTurn *answer = prospect(&t, "It stops twice a week.");
    reveal(answer, "mulch_client");
    answer->revealed_labels[0] = "the line stops twice a week";
    RubConfig cfg = config(2);
    RubScores *scores = score(&t, &cfg);
    const RubReason *picked = find_reason(scores, "listening.cue_picked_up", 1);
    REQUIRE(picked != NULL);
    CHECK(strstr(picked->text, "line 3") != NULL); /* the id in words, not "line3" */
    CHECK(strstr(picked->text, "line3") == NULL);
    CHECK_STR(picked->quote, "You said Line 3. What's going on there?");
    const RubReason *target = find_reason(scores, "discovery.target", 1);
    REQUIRE(target != NULL);
    CHECK(strstr(target->text, "the line stops twice a week") != NULL);
    CHECK(strstr(target->text, "mulch_client") == NULL);
    const RubReason *open = find_reason(scores, "discovery.open_question", 1);
    REQUIRE(open != NULL);
    CHECK_STR(open->match, "What's");
    char marked[RUB_QUOTE_BYTES + AN_MATCH_BYTES + 8];
    rub_quote_marked(open, marked, sizeof marked);
    CHECK_STR(marked, "\"You said Line 3. [What's] going on there?\"");
    char words[64];
    rub_id_words("mulch_client", words, sizeof words);
    CHECK_STR(words, "mulch client");
    rub_id_words("line3", words, sizeof words);
    CHECK_STR(words, "line 3");
    rub_destroy(scores);
}

/* The name of a cue's hint \"they hinted at ...\" for one whose id holds
 * a tag of the author's: the words the prospect dropped it in ("night
 * feeds" for give_feeds, r10 homebuyer_rates skilled; "Lena" for
 * lena_hint); an id in their words or said as a phrase stays ("tom_says",
 * "eleven_days"). */
static const char *missed_cue_name(const char *id, const char *words, const char *said, char *out, size_t size)
{
    Transcript t = {0};
    RubTurn *line = prospect(&t, said);
    REQUIRE(line->cue_count < RUB_MAX_CUES);
    snprintf(line->cues[0].id, RUB_ID_BYTES, "%s", id);
    line->cues[0].words = words;
    line->cue_count = 1;
    trainee(&t, "Right. Do you have a mortgage in principle?", CLOSED);
    prospect(&t, "Not yet.");
    trainee(&t, "Is it a fixed rate you want?", CLOSED);
    RubConfig cfg = config(2);
    RubScores *scores = score(&t, &cfg);
    const RubReason *missed = find_reason(scores, "listening.cue_missed", -2);
    REQUIRE(missed != NULL);
    const char *at = strstr(missed->text, "hinted at ");
    REQUIRE(at != NULL);
    at += strlen("hinted at ");
    const char *end = strstr(at, " and it went");
    REQUIRE(end != NULL);
    snprintf(out, size, "%.*s", (int)(end - at), at);
    rub_destroy(scores);
    return out;
}

TEST(rubric_names_a_cue_in_the_words_it_was_dropped_in)
{
    char name[RUB_REASON_BYTES];
    CHECK_STR(missed_cue_name("give_feeds", "night feeds baby ahead",
                              "There's nothing left to give. I can do extra shifts, I can do the night feeds... sorry.",
                              name, sizeof name),
              "night feeds");
    CHECK_STR(missed_cue_name("baby_hint", "baby feeds due",
                              "We've got the baby due in May, and the feeds after that.", name, sizeof name),
              "baby due");
    CHECK_STR(missed_cue_name("lena_hint", "lena wife thrilled", "Lena wasn't thrilled, put it that way.", name,
                              sizeof name),
              "Lena");
    /* near-misses: an id of the cue's words, or said as a phrase, stays */
    CHECK_STR(missed_cue_name("tom_says", "tom says catastrophising", "Tom says I'm catastrophising.", name,
                              sizeof name),
              "tom says");
    CHECK_STR(missed_cue_name("eleven_days", "eleven close", "Our close takes eleven days.", name, sizeof name),
              "eleven days");
    /* a tag word and nothing better said: the id in words */
    CHECK_STR(missed_cue_name("give_feeds", "night feeds baby ahead", "There's nothing left.", name, sizeof name),
              "give feeds");
}

/* A line the prospect asked to have clarified is not scored, but it is
 * still one of the trainee's lines: reasons number lines as typed (r21
 * plant_downtime average: "your line 2" was the fourth line typed). */
TEST(rubric_numbers_lines_as_typed_with_the_clarified_ones)
{
    Transcript t = {0};
    prospect(&t, "Morning.");
    trainee(&t, "Hi, calling from the maintenance side.", 0)->unscored = true;
    prospect(&t, "Sorry, say that again?")->unscored = true;
    trainee(&t, "Are you having any problems with downtime?", CLOSED)->unscored = true;
    prospect(&t, "What are you asking, exactly?")->unscored = true;
    trainee(&t, "What are your biggest challenges right now?", OPEN);
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    const RubReason *reason = find_reason(scores, "discovery.open_question", 5);
    REQUIRE(reason != NULL);
    CHECK_INT(reason->line, 3);
    rub_destroy(scores);
}

TEST(rubric_a_target_volunteered_after_a_remark_earns_a_quarter)
{
    Transcript t = {0};
    prospect(&t, "Hello.");
    trainee(&t, "So Line 3 is the real headache.", REFLECT);
    RubTurn *answer = prospect(&t, "It stops twice a week.");
    reveal(answer, "pain");
    RubConfig cfg = config(2);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(rule_points(scores, "discovery.target"), 25 / 4);
    rub_destroy(scores);
}

/* A pitch that shares a hint's words and checks with a yes/no question
 * ("Our routing stops two guys going to the same street. Would that help?")
 * has not picked the hint up; the same hint asked about has. */
TEST(rubric_a_pitch_checked_with_a_yes_no_question_picks_up_no_cue)
{
    Transcript t = {0};
    cue(prospect(&t, "Two guys sent to the same street."), "same_street");
    pick(trainee(&t, "Our routing stops two guys going to the same street. Would that help?", FEATURE | CLOSED),
         "same_street");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(rub_metrics(scores)->cues_picked_up, 0);
    CHECK(find_reason(scores, "listening.cue_picked_up", -2) == NULL);
    rub_destroy(scores);

    Transcript u = {0};
    cue(prospect(&u, "Two guys sent to the same street."), "same_street");
    pick(trainee(&u, "Two guys on the same street? Did that happen a lot?", CLOSED), "same_street");
    scores = score(&u, &cfg);
    CHECK_INT(rub_metrics(scores)->cues_picked_up, 1);
    rub_destroy(scores);
}

/* r23 plant_downtime average 6: "Their buyer is getting twitchy" met with a
 * pitch and an ask, then the call ends in a no: the cue had its chance and
 * is missed, though one of the two turns of its window never came. A call
 * that ends in the next step agreed, or goes on, leaves it pending; a cue
 * in the line that ends it, never answered, is not judged. */
TEST(rubric_a_call_ending_in_a_no_judges_a_cue_answered_once)
{
    Transcript t = {0};
    cue(prospect(&t, "Harlow got two late deliveries. Their buyer is getting twitchy."), "harlow");
    trainee(&t, "Ouch. Our sensors pick up vibration weeks early. Would you be open to a demo sometime?",
            FEATURE | CLOSED | NEXT);
    RubTurn *end = prospect(&t, "Send me something in writing. No promises.");
    cue(end, "writing");
    RubConfig cfg = config(3);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(count_reasons(scores, "listening.cue_missed"), 0); /* the call goes on */
    end->ends_in_a_no = true;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    const RubReason *missed = find_reason(scores, "listening.cue_missed", 1);
    REQUIRE(missed != NULL);
    CHECK(strstr(missed->text, "harlow") != NULL);
    CHECK_INT(count_reasons(scores, "listening.cue_missed"), 1); /* not "writing" */
    /* followed up in that one answer: picked up, not missed */
    t.turns[1].analysis.labels = OPEN | PROBE;
    pick(&t.turns[1], "harlow");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK_INT(count_reasons(scores, "listening.cue_missed"), 0);
    CHECK(find_reason(scores, "listening.cue_picked_up", 1) != NULL);
    rub_destroy(scores);
}

/* r23 homebuyer_rates skilled 10: the session links a benefit to three
 * targets by one key word each or more; the one whose key words it shares
 * most (the rate rise: "rate", "payment") is the pain it answers, though a
 * coincidence ("before") shares a word with the line that told another. */
TEST(rubric_a_benefit_ties_to_the_pain_whose_key_words_it_shares_most)
{
    Transcript t = {0};
    reveal(prospect(&t, "A rise of one and a half points is four hundred a month we don't have."), "rate_pain");
    reveal(prospect(&t, "I moved eleven times before I was sixteen."), "motive");
    RubTurn *line = trainee(&t, "If we fixed the rate, your payment would stay the same, so you'd know it before she arrives.",
                            FEATURE | BENEFIT);
    snprintf(line->linked_targets[0], RUB_ID_BYTES, "motive");
    line->linked_shared[0] = 1;
    snprintf(line->linked_targets[1], RUB_ID_BYTES, "rate_pain");
    line->linked_shared[1] = 2;
    line->linked_target_count = 2;
    RubConfig cfg = config(2);
    RubScores *scores = score(&t, &cfg);
    const RubReason *tied = find_reason(scores, "benefits.linked_to_target", 2);
    REQUIRE(tied != NULL);
    CHECK(strstr(tied->text, "rate pain") != NULL);
    /* with no key words counted, the words of the line that told it decide */
    line->linked_shared[0] = line->linked_shared[1] = 0;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    tied = find_reason(scores, "benefits.linked_to_target", 2);
    REQUIRE(tied != NULL);
    CHECK(strstr(tied->text, "motive") != NULL);
    rub_destroy(scores);
}

/* r23 coffee_owner average: two outcomes, both for the Sunday books, made
 * 100; one pain tied is worth 75 at most (benefits.one_pain), the full
 * score takes a second pain. */
TEST(rubric_benefits_for_one_pain_stop_at_seventy_five)
{
    Transcript t = {0};
    reveal(prospect(&t, "Every Sunday it's me and a shoebox of receipts."), "books");
    reveal(prospect(&t, "I turned down the hospital job: I couldn't float the payroll."), "contract");
    RubTurn *line = trainee(&t, "We scan the receipts, so no more shoebox on Sundays.", FEATURE | BENEFIT);
    snprintf(line->linked_targets[line->linked_target_count++], RUB_ID_BYTES, "books");
    prospect(&t, "Huh.");
    line = trainee(&t, "We keep your books, so your Sundays are yours again.", FEATURE | BENEFIT);
    snprintf(line->linked_targets[line->linked_target_count++], RUB_ID_BYTES, "books");
    RubConfig cfg = config(2);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(rub_skill_score(scores, RUB_BENEFITS), 75);
    const RubReason *one = find_reason(scores, "benefits.one_pain", -1);
    REQUIRE(one != NULL);
    CHECK(one->points < 0);
    snprintf(line->linked_targets[0], RUB_ID_BYTES, "contract");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK_INT(rub_skill_score(scores, RUB_BENEFITS), 100);
    CHECK(find_reason(scores, "benefits.one_pain", -2) == NULL);
    rub_destroy(scores);
}

/* r27 cfo_demo skilled, coffee_owner picker: one benefit line that ties the
 * outcome to two of their pains is credited for each (a coach credits every
 * distinct pain the line answers: 85 for two, where two outcomes each tied
 * to its own pain make 100), each pain with evidence of its own: two of its
 * meanings, or two words of the line that told it. One meaning and
 * one word of the second pain ("...before she arrives") is a coincidence:
 * the line stays one tied benefit, 75. */
TEST(rubric_one_benefit_line_ties_each_pain_it_answers)
{
    Transcript t = {0};
    trainee(&t, "What happens on Sunday nights?", OPEN);
    reveal(prospect(&t, "Every Sunday it's me and a shoebox of receipts."), "books");
    trainee(&t, "What did that cost you?", OPEN);
    reveal(prospect(&t, "I turned down the hospital job: I couldn't float the payroll."), "contract");
    RubTurn *line = trainee(&t, "We'd take the Sunday shoebox off your hands, so you'd know whether you could "
                                "float the payroll for the next hospital job.", BENEFIT);
    line->linked_shared[line->linked_target_count] = 1;
    snprintf(line->linked_targets[line->linked_target_count++], RUB_ID_BYTES, "contract");
    line->linked_shared[line->linked_target_count] = 1;
    snprintf(line->linked_targets[line->linked_target_count++], RUB_ID_BYTES, "books");
    RubConfig cfg = config(2);
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(rub_skill_score(scores, RUB_BENEFITS), 85);
    CHECK(find_reason(scores, "benefits.one_pain", -1) == NULL);
    /* the same line with one word of the Sunday books is tied once */
    line->text = "We'd take it off your hands, so you'd know whether you could float the payroll for the "
                 "next hospital job by Sunday.";
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK_INT(rub_skill_score(scores, RUB_BENEFITS), 75);
    /* two of its meanings are evidence enough */
    line->linked_shared[1] = 2;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK_INT(rub_skill_score(scores, RUB_BENEFITS), 85);
    rub_destroy(scores);
}

/* r24 cfo_demo skilled 11: "We can build that. In return, could Raj send me
 * a month of invoices by Wednesday, and can you, Raj and Mark all be in the
 * room Friday, ten or two?" read as no ask, then "Friday at ten" books the
 * demo: the debrief read "You never asked". A call that ends in the next step
 * agreed had an ask: the trainee's last line before the booking, when it
 * asks something. A line that asks nothing, or a call not booked, keeps
 * "never asked". */
TEST(rubric_a_booked_call_was_asked_for_by_its_last_question)
{
    static const char *const asks[] = {
        "We can build that. In return, could Raj send me a month of invoices by Wednesday, and can you, Raj and Mark all be in the room Friday, ten or two?",
        "Could the three of us sit down Tuesday or Thursday morning?",
        "Happy to. Does Friday at ten work for you and Mark?",
    };
    RubConfig cfg = config(2);
    for (size_t a = 0; a < sizeof asks / sizeof asks[0]; a++) {
        Transcript t = {0};
        reveal(prospect(&t, "Our close takes eleven days."), "pain");
        trainee(&t, "What does that cost you?", OPEN | PROBE);
        reveal(prospect(&t, "The lenders see it in March."), "impact");
        with_cue(trainee(&t, asks[a], CLOSED), AN_CUE_SPECIFIC, "specific.when", "Friday");
        RubTurn *end = prospect(&t, "Friday at ten, then.");
        RubScores *scores = score(&t, &cfg);
        CHECK(find_reason(scores, "next_step.never_asked", -2) != NULL); /* the call goes on */
        end->ends_in_next_step = true;
        REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
        CHECK(find_reason(scores, "next_step.never_asked", -2) == NULL);
        CHECK(find_reason(scores, "next_step.asked", 3) != NULL);
        CHECK(find_reason(scores, "next_step.specific", 3) != NULL);
        CHECK_INT(rub_metrics(scores)->next_step_asks, 1);
        rub_destroy(scores);
    }
    /* near miss: they offered the meeting after a line that asked nothing */
    Transcript u = {0};
    reveal(prospect(&u, "Our close takes eleven days."), "pain");
    trainee(&u, "What does that cost you?", OPEN | PROBE);
    reveal(prospect(&u, "The lenders see it in March."), "impact");
    trainee(&u, "We can take the approvals off email for you.", FEATURE);
    prospect(&u, "Come in Friday and show us, then.")->ends_in_next_step = true;
    RubScores *scores = score(&u, &cfg);
    CHECK(find_reason(scores, "next_step.never_asked", -2) != NULL);
    rub_destroy(scores);
}

/* r24 loyal_customer skilled 9: "oh, that's soon, isn't it?", answered "It
 * is soon, yeah. Good news though: ...", then "You'd want to say that to
 * Theo", the ask that brings Theo and "Tuesday it is": docked as missed at
 * the ask. A call that ends in the next step agreed leaves the cues of the
 * last two prospect lines before the booking to that meeting; a cue dropped
 * earlier, left for two turns, is still missed. */
TEST(rubric_a_booked_call_leaves_its_last_lines_cues_to_the_meeting)
{
    RubConfig cfg = config(2);
    Transcript t = {0};
    RubTurn *early = prospect(&t, "I'm still pinching myself.");
    cue(early, "pinching");
    trainee(&t, "What will it mean for the kitchen?", OPEN);
    reveal(prospect(&t, "Midnight with a label gun."), "pain");
    trainee(&t, "When does Theo need it settled by?", OPEN);
    RubTurn *soon = prospect(&t, "End of January, which is... oh, that's soon, isn't it?");
    reveal(soon, "deadline");
    cue(soon, "soon");
    trainee(&t, "It is soon. Good news though: we do the trays, so you're not up till midnight.", FEATURE | BENEFIT);
    cue(prospect(&t, "You'd want to say that to Theo, though."), "theo");
    trainee(&t, "Could the three of us sit down Tuesday or Thursday morning?", CLOSED | NEXT);
    RubTurn *end = prospect(&t, "Tuesday it is, then.");
    RubScores *scores = score(&t, &cfg);
    CHECK(find_reason(scores, "listening.cue_missed", 7) != NULL); /* not booked: "soon" missed */
    end->ends_in_next_step = true;
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK(find_reason(scores, "listening.cue_missed", 7) == NULL);
    /* the cue of a line three prospect lines before the booking had its turns */
    CHECK(find_reason(scores, "listening.cue_missed", 3) != NULL);
    CHECK_INT(count_reasons(scores, "listening.cue_missed"), 1);
    rub_destroy(scores);
}

/* r24 homebuyer_rates skilled 2: her first line dropped the rates and the
 * street together; two lines later she brought the rates back ("Rates, I
 * suppose. Or the street thing") and "Let's start with the rates then"
 * followed them: the street was still docked at line 2. Following one of
 * several cues dropped together is enough, also where they bring it back. A
 * line whose cue was followed only before it was dropped there is no
 * follow-up of that line. */
TEST(rubric_following_one_of_a_lines_cues_where_it_comes_back_is_enough)
{
    RubConfig cfg = config(2);
    Transcript t = {0};
    RubTurn *first = prospect(&t, "The rates keep moving. And two houses on our street sold for less.");
    cue(first, "rates");
    cue(first, "street");
    trainee(&t, "Here's what I'd suggest for today. Does that sound ok?", CLOSED);
    prospect(&t, "Okay. Good. An agenda.");
    trainee(&t, "What's keeping you up the most?", OPEN);
    RubTurn *again = prospect(&t, "Rates, I suppose. Or the street thing.");
    cue(again, "rates");
    RubTurn *follow = trainee(&t, "Let's start with the rates then. What's the fear underneath it?", OPEN | PROBE);
    prospect(&t, "Four hundred more a month.");
    RubScores *scores = score(&t, &cfg);
    CHECK_INT(count_reasons(scores, "listening.cue_missed"), 1); /* not followed yet */
    pick(follow, "rates");
    REQUIRE(rub_score(scores, t.turns, t.count, &cfg) == 0);
    CHECK_INT(count_reasons(scores, "listening.cue_missed"), 0);
    CHECK(find_reason(scores, "listening.cue_picked_up", 5) != NULL);
    rub_destroy(scores);

    /* near miss: Raj followed before; a line dropping Raj again with a new
     * cue left alone still misses the new one */
    Transcript u = {0};
    cue(prospect(&u, "Raj runs AP."), "raj");
    pick(trainee(&u, "Tell me about Raj?", OPEN | PROBE), "raj");
    RubTurn *both = prospect(&u, "Raj has to want it. And the auditor is circling.");
    cue(both, "raj");
    cue(both, "auditor");
    trainee(&u, "Who signs off?", OPEN);
    prospect(&u, "Mark does.");
    trainee(&u, "When do you need it by?", OPEN);
    prospect(&u, "June.");
    scores = score(&u, &cfg);
    const RubReason *missed = find_reason(scores, "listening.cue_missed", -2);
    REQUIRE(missed != NULL);
    CHECK(strstr(missed->text, "auditor") != NULL);
    rub_destroy(scores);
}

TESTS(CHECK_CASE(rubric_strong_session_beats_weak_on_every_skill),
      CHECK_CASE(rubric_a_call_ending_in_a_no_judges_a_cue_answered_once),
      CHECK_CASE(rubric_a_benefit_ties_to_the_pain_whose_key_words_it_shares_most),
      CHECK_CASE(rubric_benefits_for_one_pain_stop_at_seventy_five),
      CHECK_CASE(rubric_one_benefit_line_ties_each_pain_it_answers),
      CHECK_CASE(rubric_a_who_decides_question_with_a_date_in_it_is_not_an_ask),
      CHECK_CASE(rubric_a_reason_names_the_trainees_own_line),
      CHECK_CASE(rubric_one_tied_benefit_is_good_ties_to_two_pains_make_the_full_score),
      CHECK_CASE(rubric_a_pitch_checked_with_a_yes_no_question_picks_up_no_cue),
      CHECK_CASE(rubric_reasons_sum_to_the_score_from_the_base),
      CHECK_CASE(rubric_orders_reasons_by_turn_with_session_rules_last),
      CHECK_CASE(rubric_penalises_feature_before_any_discovery),
      CHECK_CASE(rubric_rewards_cue_pick_up_within_window),
      CHECK_CASE(rubric_counts_cue_picked_after_the_window_as_missed),
      CHECK_CASE(rubric_counts_missed_cues),
      CHECK_CASE(rubric_leaves_a_cue_pending_while_its_window_is_open),
      CHECK_CASE(rubric_flags_premature_ask),
      CHECK_CASE(rubric_premature_check_counts_distinct_targets_only),
      CHECK_CASE(rubric_scores_empty_session_without_dividing_by_zero),
      CHECK_CASE(rubric_shares_fifty_points_over_the_targets),
      CHECK_CASE(rubric_penalises_mostly_closed_questions),
      CHECK_CASE(rubric_penalises_interrogation_without_follow_up),
      CHECK_CASE(rubric_an_ask_or_a_cue_followed_up_is_no_interrogation),
      CHECK_CASE(rubric_rewards_motive_cost_and_buying_process_questions),
      CHECK_CASE(rubric_gives_early_open_questions_more),
      CHECK_CASE(rubric_rewards_bridged_features_and_penalises_unbridged_ones),
      CHECK_CASE(rubric_one_outcome_bridges_one_feature),
      CHECK_CASE(rubric_penalises_feature_dump_empty_trio_and_jargon),
      CHECK_CASE(rubric_rewards_benefit_linked_to_an_uncovered_target),
      CHECK_CASE(rubric_rewards_specific_next_step_with_a_choice),
      CHECK_CASE(rubric_rewards_quid_pro_quo_when_the_ask_answers_a_request_for_work),
      CHECK_CASE(rubric_credits_quid_pro_quo_after_the_discovery_that_earns_it),
      CHECK_CASE(rubric_penalises_vague_ending_and_never_asking),
      CHECK_CASE(rubric_rewards_purpose_only_at_the_start),
      CHECK_CASE(rubric_penalises_monologue_and_high_word_share),
      CHECK_CASE(rubric_rewards_word_share_only_over_a_real_conversation),
      CHECK_CASE(rubric_caps_the_cost_of_missed_cues),
      CHECK_CASE(rubric_credits_buying_process_only_where_it_is_asked),
      CHECK_CASE(rubric_credits_the_cost_of_doing_nothing_only_where_it_is_asked),
      CHECK_CASE(rubric_marks_a_cut_cue_match_by_its_whole_words),
      CHECK_CASE(rubric_takes_a_length_for_no_day),
      CHECK_CASE(rubric_finds_a_vague_ending_only_at_the_end),
      CHECK_CASE(rubric_judges_a_repeated_cue_once),
      CHECK_CASE(rubric_docks_a_cue_only_where_it_was_first_dropped),
      CHECK_CASE(rubric_a_feature_dump_is_a_list_they_did_not_ask_for),
      CHECK_CASE(rubric_ties_a_benefit_by_its_outcome_words),
      CHECK_CASE(rubric_a_dayless_ask_earns_less_and_concreteness_counts_once),
      CHECK_CASE(rubric_penalises_reflection_overuse),
      CHECK_CASE(rubric_penalises_seller_focus_and_i_over_you),
      CHECK_CASE(rubric_applies_author_points_of_a_choice),
      CHECK_CASE(rubric_weights_decide_the_overall_score),
      CHECK_CASE(rubric_is_deterministic),
      CHECK_CASE(rubric_fills_every_metric),
      CHECK_CASE(rubric_survives_null_text_and_long_lines),
      CHECK_CASE(rubric_caps_the_overall_when_a_call_that_asked_never_said_what_they_get),
      CHECK_CASE(rubric_leave_to_pitch_and_offers_asked_as_questions_are_not_asks),
      CHECK_CASE(rubric_gives_no_free_base_and_leaves_out_a_skill_with_no_opportunity),
      CHECK_CASE(rubric_over_reflection_is_only_reflections_without_a_question),
      CHECK_CASE(rubric_word_share_counts_only_alongside_questions),
      CHECK_CASE(rubric_offers_exits_and_the_purpose_check_are_not_asks),
      CHECK_CASE(rubric_a_benefit_needs_an_outcome_for_the_prospect),
      CHECK_CASE(rubric_assesses_benefits_for_a_benefit_stated_before_an_ask),
      CHECK_CASE(rubric_reasons_quote_the_line_and_name_cues_and_targets_in_words),
      CHECK_CASE(rubric_names_a_cue_in_the_words_it_was_dropped_in),
      CHECK_CASE(rubric_ties_a_benefit_to_the_pain_it_answers_most),
      CHECK_CASE(rubric_a_target_volunteered_after_a_remark_earns_a_quarter),
      CHECK_CASE(rubric_numbers_lines_as_typed_with_the_clarified_ones),
      CHECK_CASE(rubric_a_booked_call_was_asked_for_by_its_last_question),
      CHECK_CASE(rubric_a_booked_call_leaves_its_last_lines_cues_to_the_meeting),
      CHECK_CASE(rubric_following_one_of_a_lines_cues_where_it_comes_back_is_enough))
