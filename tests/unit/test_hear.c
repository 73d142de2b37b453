/* Tests for hear (engine/core/hear.c): which of a node's intents a typed
 * line is heard as, on intents written for these tests. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze.h"
#include "check.h"
#include "hear.h"

static Analyzer *analyzer(void)
{
    static Analyzer *shared;
    if (shared == NULL) {
        const char *root = getenv("COACH_ROOT");
        char path[4200];
        snprintf(path, sizeof path, "%s/assets/lexicon.lua", root != NULL && root[0] ? root : ".");
        CoachError err;
        shared = an_create(path, &err);
        REQUIRE(shared != NULL);
    }
    return shared;
}

#define L(label) AN_BIT(AN_##label)

/* The intents of a node like plant_downtime's "impact": the prospect just
 * named a twitchy customer and the cost of each stop. */
static const char *const inaction_examples[] = {"what if you did nothing about it", NULL};
static HearIntent impact_intents[] = {
    {.id = "impact.follows_harlow", .any = L(PROBE) | L(REFLECTION) | L(OPEN_QUESTION),
     .words = "harlow buyer twitchy customer", .premature = -1},
    {.id = "impact.asks_inaction", .any = L(OPEN_QUESTION) | L(PROBE),
     .words = "nothing happen happens continue keeps", .premature = -1, .examples = inaction_examples,
     .example_count = 1},
    {.id = "impact.asks_open", .any = L(OPEN_QUESTION) | L(PROBE) | L(REFLECTION), .premature = -1},
    {.id = "impact.pitches", .when = L(FEATURE), .unless = L(BENEFIT), .premature = -1},
    {.id = "impact.asks", .when = L(NEXT_STEP), .premature = -1},
};
static const char *impact_context = "Every stop scraps half a shift of film. Harlow Foods, our biggest customer, "
                                    "got two late deliveries last month. Their buyer is getting twitchy.";

static HearResult hear(const char *text, const HearIntent *intents, size_t count, bool can_clarify,
                       bool otherwise_ends_call)
{
    static AnResult analysis;
    an_analyze(analyzer(), text, strlen(text), impact_context, &analysis);
    HearInput input = {.analyzer = analyzer(),
                       .text = text,
                       .len = strlen(text),
                       .analysis = &analysis,
                       .context = impact_context,
                       .intents = intents,
                       .intent_count = count,
                       .can_clarify = can_clarify,
                       .otherwise_ends_call = otherwise_ends_call,
                       .listener = "Dana"};
    HearResult result;
    CoachError err;
    CHECK_INT(hear_line(&input, &result, &err), COACH_OK);
    return result;
}

#define IMPACT(text) hear((text), impact_intents, sizeof impact_intents / sizeof impact_intents[0], true, false)

static const char *heard_id(const HearResult *result, const HearIntent *intents)
{
    return result->verdict == HEAR_MATCH && result->intent >= 0 ? intents[result->intent].id : "(none)";
}

TEST(hear_answers_the_last_question_of_a_reflect_then_ask_line)
{
    HearResult r = IMPACT("It sounds like Harlow's buyer is the real worry. What happens if Line 3 keeps stopping?");
    CHECK_STR(heard_id(&r, impact_intents), "impact.asks_inaction");
    CHECK(r.score > r.runner_up_score);
    CHECK(r.runner_up >= 0);
    CHECK(strstr(r.why, "answered") != NULL);
}

/* Three topic rules that all fit "what do the duplicates and late approvals
 * cost you": the one with the most of its words in the question answered is
 * the topic asked about, whatever the rules' order; a word in the lead-in
 * does not count. */
static HearIntent topic_intents[] = {
    {.id = "t.who_decides", .any = L(OPEN_QUESTION) | L(PROBE), .words = "decide sign approve who", .premature = -1},
    {.id = "t.when", .any = L(OPEN_QUESTION) | L(PROBE), .words = "when time years", .premature = -1},
    {.id = "t.asks_cost", .any = L(OPEN_QUESTION) | L(PROBE), .words = "cost money duplicate spend", .premature = -1},
    {.id = "t.what_good", .any = L(OPEN_QUESTION) | L(PROBE), .words = "different better", .premature = -1},
};

TEST(hear_takes_the_topic_with_more_words_in_the_question_answered)
{
    size_t n = sizeof topic_intents / sizeof topic_intents[0];
    HearResult r = hear("What do the duplicate payments and late approvals cost you in a year?", topic_intents, n,
                        true, false);
    CHECK_STR(heard_id(&r, topic_intents), "t.asks_cost");
    CHECK_STR(topic_intents[r.runner_up].id, "t.who_decides");
    CHECK(r.score - r.runner_up_score < 0.05); /* a tie broken, not a new kind of match */
    r = hear("Twelve years is a long time. If you tried again, what would have to be different?", topic_intents,
             n, true, false);
    CHECK_STR(heard_id(&r, topic_intents), "t.what_good");
}

/* A lead-in on one topic, a question on another (issue 8): the question's
 * own intent is heard by an example, the lead-in's by a rule's words. */
static const char *const personal_examples[] = {"what would a fix mean for your career personally", NULL};
static HearIntent lead_in_intents[] = {
    {.id = "l.who_decides", .any = L(OPEN_QUESTION) | L(PROBE), .words = "director boss decide approve",
     .premature = -1},
    {.id = "l.personal", .premature = -1, .examples = personal_examples, .example_count = 1},
    {.id = "l.open", .any = L(OPEN_QUESTION) | L(PROBE) | L(REFLECTION), .premature = -1},
};

TEST(hear_takes_the_topic_of_the_question_not_of_its_lead_in)
{
    size_t n = sizeof lead_in_intents / sizeof lead_in_intents[0];
    HearResult r = hear("So the regional director is watching this one closely. What would a fix mean for your "
                        "career?",
                        lead_in_intents, n, true, false);
    CHECK_STR(heard_id(&r, lead_in_intents), "l.personal");
    /* a question that names nothing this node listens for takes its topic
     * from the lead-in */
    r = hear("Your boss wants the numbers by Friday. What's been happening?", lead_in_intents, n, true, false);
    CHECK_STR(heard_id(&r, lead_in_intents), "l.who_decides");
}

TEST(hear_takes_the_lead_ins_topic_when_the_question_points_back_at_it)
{
    size_t n = sizeof lead_in_intents / sizeof lead_in_intents[0];
    /* a pronoun, "there", a bare "tell me more", or no word of its own */
    HearResult r = hear("The director turned the last proposal down. What would he need to see this time?",
                        lead_in_intents, n, true, false);
    CHECK_STR(heard_id(&r, lead_in_intents), "l.who_decides");
    r = hear("You mentioned the director. What happened there?", lead_in_intents, n, true, false);
    CHECK_STR(heard_id(&r, lead_in_intents), "l.who_decides");
    r = hear("The director signs everything off. Tell me more.", lead_in_intents, n, true, false);
    CHECK_STR(heard_id(&r, lead_in_intents), "l.who_decides");
}

TEST(hear_prefers_the_specific_rule_over_the_generic_one)
{
    HearResult r = IMPACT("How is the buyer at Harlow taking it?");
    CHECK_STR(heard_id(&r, impact_intents), "impact.follows_harlow");
    CHECK(strstr(r.why, "Harlow") != NULL && strstr(r.why, "buyer") != NULL);
}

TEST(hear_takes_a_generic_open_question_by_the_generic_rule)
{
    HearResult r = IMPACT("What does a week like that look like for you?");
    CHECK_STR(heard_id(&r, impact_intents), "impact.asks_open");
}

TEST(hear_keeps_an_unless_condition_a_hard_gate)
{
    static const HearIntent intents[] = {
        {.id = "n.pitch", .when = L(FEATURE), .unless = L(BENEFIT), .premature = -1},
        {.id = "n.benefit", .when = L(BENEFIT), .premature = -1},
    };
    HearResult r = hear("Our sensors warn you hours before a stop, so you'd get your Sundays back.", intents, 2, true,
                        false);
    CHECK_STR(heard_id(&r, intents), "n.benefit");
}

TEST(hear_uses_an_example_to_hear_a_line_without_the_label)
{
    static const char *const examples[] = {"could we get Sam in the room", "is Sam free to join us"};
    static const HearIntent intents[] = {
        {.id = "n.invite", .when = L(NEXT_STEP), .premature = -1, .examples = examples, .example_count = 2},
    };
    HearResult r = hear("Any way to get Sam in the room too?", intents, 1, true, false);
    CHECK_STR(heard_id(&r, intents), "n.invite");
    CHECK(strstr(r.why, "example") != NULL);
}

TEST(hear_takes_an_options_own_words_as_that_option)
{
    static const HearIntent intents[] = {
        {.id = "n.open", .any = L(OPEN_QUESTION), .premature = -1},
        {.id = "n.b", .is_choice = true, .text = "What did the last lot miss?",
         .text_labels = L(OPEN_QUESTION) | L(PROBE), .premature = -1},
    };
    HearResult r = hear("what did the last lot miss", intents, 2, true, false);
    CHECK_STR(heard_id(&r, intents), "n.b");
    CHECK(r.score >= 1.0);
    CHECK(strstr(r.heard, "the option") != NULL);
}

/* r20 plant_downtime average 8: the words after "besides" are blanked for
 * matching (what is left out is not the topic), but the quote of what was
 * heard shows the line as typed, not "whats going on besides       ?" */
TEST(hear_quotes_the_line_as_typed_not_its_blanked_copy)
{
    static const HearIntent intents[] = {
        {.id = "n.open", .any = L(OPEN_QUESTION) | L(PROBE), .premature = -1},
    };
    HearResult r = hear("sorry, didnt mean to rush. whats going on besides line 3?", intents, 1, true, false);
    CHECK_STR(heard_id(&r, intents), "n.open");
    CHECK(strstr(r.heard, "besides line 3") != NULL);
}

TEST(hear_asks_for_clarification_on_a_line_with_no_move)
{
    HearResult r = IMPACT("asdf qwerty");
    CHECK_INT(r.verdict, HEAR_CLARIFY);
    CHECK_INT(r.doubt, HEAR_DOUBT_NO_MOVE);
    r = IMPACT("   ?!  ");
    CHECK_INT(r.verdict, HEAR_CLARIFY);
    CHECK_INT(r.doubt, HEAR_DOUBT_EMPTY);
    r = IMPACT("Bonjour, je voudrais comprendre votre situation");
    CHECK_INT(r.verdict, HEAR_CLARIFY);
}

/* A question in another language carries a question mark and nothing else
 * the analyser knows: it is asked about, not answered as a closed question;
 * a short question on the prospect's own names still is one. */
TEST(hear_asks_for_clarification_on_a_question_in_another_language)
{
    static const char *const foreign[] = {"¿Qué pasa con la línea tres?", "Was kostet Sie ein Stillstand?",
                                          "Pourquoi est-ce que la ligne trois tombe en panne ?"};
    for (size_t i = 0; i < sizeof foreign / sizeof foreign[0]; i++) {
        HearResult r = IMPACT(foreign[i]);
        CHECK_INT(r.verdict, HEAR_CLARIFY);
        CHECK_INT(r.doubt, HEAR_DOUBT_NO_MOVE);
    }
    HearResult r = IMPACT("Harlow buyer twitchy?");
    CHECK(r.verdict != HEAR_CLARIFY || r.doubt != HEAR_DOUBT_NO_MOVE);
}

/* An example the analyser reads nothing in ("so Tuesday with Denise then")
 * is like a line only by its words: another label-less line that shares one
 * of them ("...Denise tells your story once...") is not that intent; the
 * example said again is. */
TEST(hear_a_label_less_example_is_matched_by_its_words_not_by_having_no_label)
{
    static const char *const examples[] = {"so Tuesday with Denise then", NULL};
    static const HearIntent intents[] = {
        {.id = "n.asks", .when = L(NEXT_STEP), .premature = -1, .examples = examples, .example_count = 1},
    };
    HearResult r = hear("No promises. But with one project lead, Denise tells your story once.", intents, 1, false,
                        false);
    CHECK(r.verdict != HEAR_MATCH);
    r = hear("So Tuesday with Denise, then.", intents, 1, false, false);
    CHECK_STR(heard_id(&r, intents), "n.asks");
    /* one shared word (a name) is at most a near miss, never the intent */
    r = hear("Denise.", intents, 1, true, false);
    CHECK(r.verdict != HEAR_MATCH);
    r = hear("and denise as well", intents, 1, false, false);
    CHECK(r.verdict != HEAR_MATCH);
}

/* At a node whose author means a miss to end the call (closing = true), a
 * near miss is not asked about: otherwise applies; a line with no words is
 * still asked about. */
TEST(hear_does_not_ask_about_a_near_miss_at_a_closing_node)
{
    static const char *const examples[] = {"I'll drop you an email with our details", NULL};
    static const HearIntent intents[] = {
        {.id = "n.brochure", .when = L(NEXT_STEP), .premature = -1, .examples = examples, .example_count = 1},
    };
    static AnResult analysis;
    const char *line = "Okay, I'll email you.";
    an_analyze(analyzer(), line, strlen(line), impact_context, &analysis);
    HearInput input = {.analyzer = analyzer(), .text = line, .len = strlen(line), .analysis = &analysis,
                       .context = impact_context, .intents = intents, .intent_count = 1, .can_clarify = true,
                       .listener = "Dana"};
    HearResult r;
    CoachError err;
    CHECK_INT(hear_line(&input, &r, &err), COACH_OK);
    CHECK_INT(r.verdict, HEAR_CLARIFY); /* elsewhere, half like the example: asked about */
    CHECK_INT(r.doubt, HEAR_DOUBT_NEAR_MISS);
    input.closing = true;
    CHECK_INT(hear_line(&input, &r, &err), COACH_OK);
    CHECK(r.doubt != HEAR_DOUBT_NEAR_MISS);
    CHECK_INT(r.verdict, HEAR_OTHERWISE);
    an_analyze(analyzer(), "", 0, impact_context, &analysis);
    input.text = "";
    input.len = 0;
    CHECK_INT(hear_line(&input, &r, &err), COACH_OK);
    CHECK_INT(r.verdict, HEAR_CLARIFY);
}

TEST(hear_asks_for_clarification_rather_than_end_the_call_on_a_miss)
{
    HearResult r = hear("Do you like football?", impact_intents, 5, true, true);
    CHECK_INT(r.verdict, HEAR_CLARIFY);
    r = hear("Do you like football?", impact_intents, 5, true, false);
    CHECK_INT(r.verdict, HEAR_OTHERWISE);
}

TEST(hear_falls_back_to_otherwise_when_clarifications_are_spent)
{
    HearResult r = hear("asdf qwerty", impact_intents, 5, false, true);
    CHECK_INT(r.verdict, HEAR_OTHERWISE);
    CHECK_INT(r.intent, -1);
}

TEST(hear_asks_a_monologue_to_be_boiled_down)
{
    char text[4001];
    size_t used = 0;
    while (used + 20 < sizeof text)
        used += (size_t)snprintf(text + used, sizeof text - used, "what about the line ");
    HearResult r = IMPACT(text);
    CHECK_INT(r.verdict, HEAR_CLARIFY);
    CHECK_INT(r.doubt, HEAR_DOUBT_LONG);
}

static int failing_test_calls;
static int refuse_test(void *data, size_t intent, HearTestOn on, size_t start, size_t end, bool *passed,
                       CoachError *err)
{
    (void)start;
    (void)end;
    (void)data;
    (void)on;
    (void)intent;
    (void)err;
    failing_test_calls++;
    *passed = false;
    return COACH_OK;
}

TEST(hear_runs_a_test_function_only_for_a_rule_that_could_win)
{
    static const HearIntent intents[] = {
        {.id = "n.warm", .any = L(OPEN_QUESTION), .has_test = true, .premature = -1},
        {.id = "n.open", .any = L(OPEN_QUESTION), .premature = -1},
        {.id = "n.pitch", .when = L(FEATURE), .has_test = true, .premature = -1},
    };
    static AnResult analysis;
    const char *text = "What's been going on?";
    an_analyze(analyzer(), text, strlen(text), impact_context, &analysis);
    HearInput input = {.analyzer = analyzer(), .text = text, .len = strlen(text), .analysis = &analysis,
                       .intents = intents, .intent_count = 3, .can_clarify = true, .test = refuse_test};
    HearResult r;
    failing_test_calls = 0;
    CHECK_INT(hear_line(&input, &r, NULL), COACH_OK);
    CHECK_STR(heard_id(&r, intents), "n.open");
    CHECK_INT(failing_test_calls, 1); /* n.pitch never matched: its test never ran */
}

/* A test that reads the whole line (it passes on a lead-in the prospect
 * does not answer) is only as strong as a label met by an earlier clause:
 * the question answered wins. On a line of one clause it keeps its
 * strength. */
static int lead_in_only_test(void *data, size_t intent, HearTestOn on, size_t start, size_t end, bool *passed,
                             CoachError *err)
{
    (void)start;
    (void)end;
    (void)data;
    (void)intent;
    (void)err;
    *passed = on == HEAR_TEST_LINE;
    return COACH_OK;
}

static HearResult hear_with_test(const char *text, const HearIntent *intents, size_t count)
{
    static AnResult analysis;
    an_analyze(analyzer(), text, strlen(text), impact_context, &analysis);
    HearInput input = {.analyzer = analyzer(), .text = text, .len = strlen(text), .analysis = &analysis,
                       .context = impact_context, .intents = intents, .intent_count = count,
                       .can_clarify = true, .listener = "Dana", .test = lead_in_only_test};
    HearResult r;
    CHECK_INT(hear_line(&input, &r, NULL), COACH_OK);
    return r;
}

TEST(hear_weighs_a_test_that_passes_only_on_a_lead_in_below_the_question_answered)
{
    static const HearIntent intents[] = {
        {.id = "n.quote", .has_test = true, .premature = -1},
        {.id = "n.open", .any = L(OPEN_QUESTION) | L(PROBE), .premature = -1},
    };
    HearResult r = hear_with_test("I'm happy to price the trays. Before I do, what matters most to her?", intents, 2);
    CHECK_STR(heard_id(&r, intents), "n.open");
    r = hear_with_test("sure, I'll send a price over. what does she care about most", intents, 2);
    CHECK_STR(heard_id(&r, intents), "n.open");
    r = hear_with_test("I'll send the price over today.", intents, 2);
    CHECK_STR(heard_id(&r, intents), "n.quote");
    /* a yes/no check after it is not a question that outweighs it */
    r = hear_with_test("I'll send the price over today. Would that help?", intents, 2);
    CHECK_STR(heard_id(&r, intents), "n.quote");
}

/* A remark naming a deadline before a question on another topic (issue 8,
 * r26): the timing rule's test passes on the line only, so the question's
 * own topic is heard; a question that itself asks when stays the timing
 * rule's. */
TEST(hear_takes_a_deadline_remark_before_a_question_as_a_lead_in)
{
    static const HearIntent intents[] = {
        {.id = "n.sam", .any = L(OPEN_QUESTION) | L(PROBE), .words = "sam want need see", .premature = -1},
        {.id = "n.when", .any = L(OPEN_QUESTION) | L(PROBE) | L(CLOSED_QUESTION), .unless = L(NEXT_STEP),
         .words = "march deadline fix fixed when", .heard = "by when", .has_test = true, .premature = -1},
    };
    HearResult r = hear_with_test("So March is the deadline. What would Sam want in front of him to approve a fix?",
                                  intents, 2);
    CHECK_STR(heard_id(&r, intents), "n.sam");
    r = hear_with_test("Right, so the deadline is March. What does Sam need to see to get the fix approved?",
                       intents, 2);
    CHECK_STR(heard_id(&r, intents), "n.sam");
    r = hear_with_test("So March is the deadline. By when does it have to be fixed?", intents, 2);
    CHECK_STR(heard_id(&r, intents), "n.when");
}

/* A question asking WHEN (round 6): the rule about timing outranks one that
 * only shares a content word of the question ('big', 'change', 'need'),
 * whatever time words the question uses; a "when" opening a time clause
 * ("what happens when...") asks no such thing. */
static const char *const deadline_examples[] = {"when do you need it by", NULL};
static HearIntent timing_intents[] = {
    {.id = "w.size", .any = L(OPEN_QUESTION) | L(PROBE) | L(CLOSED_QUESTION), .words = "big size job contract",
     .premature = -1, .has_test = false},
    {.id = "w.ready", .any = L(OPEN_QUESTION) | L(PROBE) | L(CLOSED_QUESTION), .words = "need ready feel change",
     .premature = -1},
    {.id = "w.when", .any = L(OPEN_QUESTION) | L(PROBE) | L(CLOSED_QUESTION), .words = "deadline season spring",
     .premature = -1, .examples = deadline_examples, .example_count = 1, .heard = "by when"},
    {.id = "w.open", .any = L(OPEN_QUESTION) | L(PROBE), .premature = -1},
};

TEST(hear_takes_a_when_question_as_the_rule_about_timing)
{
    size_t n = sizeof timing_intents / sizeof timing_intents[0];
    static const char *const lines[] = {
        "Is there a point on the calendar where you'd want this sorted, like before the next big bid season?",
        "How soon do you need the mortgage offer in place?",
        "Timing-wise, when in the year could you make a change?",
        "What's your timeline for the big job looking like?",
        "By when would you need to be ready?",
        "When would a change like this have to be in place?",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        HearResult r = hear(lines[i], timing_intents, n, true, false);
        CHECK_STR(heard_id(&r, timing_intents), "w.when");
    }
    /* no when asked: the content word still names the topic */
    HearResult r = hear("What happens to the big job when the season hits?", timing_intents, n, true, false);
    CHECK(strcmp(heard_id(&r, timing_intents), "w.when") != 0);
    r = hear("How long have you been on the big job?", timing_intents, n, true, false);
    CHECK_STR(heard_id(&r, timing_intents), "w.size");
}

/* People and things named to be left out are not the topic (round 6):
 * "Apart from you and Tom, who else gets a say?" is no question about Tom. */
static HearIntent excluded_intents[] = {
    {.id = "x.tom", .any = L(OPEN_QUESTION) | L(PROBE) | L(CLOSED_QUESTION), .words = "tom job teacher",
     .premature = -1},
    {.id = "x.price", .any = L(OPEN_QUESTION) | L(PROBE) | L(CLOSED_QUESTION), .words = "price rate cost",
     .premature = -1},
    {.id = "x.who", .any = L(OPEN_QUESTION) | L(PROBE) | L(CLOSED_QUESTION), .words = "else say decide involved",
     .premature = -1},
};

TEST(hear_does_not_take_what_a_line_leaves_out_as_its_topic)
{
    size_t n = sizeof excluded_intents / sizeof excluded_intents[0];
    static const char *const lines[] = {
        "Apart from you and Tom, who else gets a say in which mortgage you go for?",
        "Besides Tom, is anyone else involved?",
        "Other than the rate, who else needs to weigh in?",
        "Aside from the price, who else has a say in this?",
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        HearResult r = hear(lines[i], excluded_intents, n, true, false);
        CHECK_STR(heard_id(&r, excluded_intents), "x.who");
    }
    char out[128];
    const char *line = "Apart from you and Tom, who else?";
    CHECK(hear_blank_excluded(line, strlen(line), out, sizeof out));
    CHECK(strstr(out, "Tom") == NULL && strstr(out, "who else?") != NULL && strlen(out) == strlen(line));
    line = "What does Tom do?";
    CHECK(!hear_blank_excluded(line, strlen(line), out, sizeof out));
    /* a reflection's set-aside ("it wasn't the crews, it was the cash") is
     * left out; a plain negation with no "what it is" after it is not */
    char wide[256];
    line = "Sounds like it wasn't that the crews couldn't do it, it was the cash. What would it have meant?";
    CHECK(hear_blank_excluded(line, strlen(line), wide, sizeof wide));
    CHECK(strstr(wide, "crews") == NULL && strstr(wide, "cash") != NULL && strlen(wide) == strlen(line));
    line = "So it's not the price but the timing. When do you need it?";
    CHECK(hear_blank_excluded(line, strlen(line), wide, sizeof wide));
    CHECK(strstr(wide, "price") == NULL && strstr(wide, "timing") != NULL);
    line = "So it's not the crews. How many people do you have?";
    CHECK(!hear_blank_excluded(line, strlen(line), wide, sizeof wide));
}

/* A pitch, then a question of its own (round 6): a topic rule's test that
 * turns a line with a pitch down (lib.pitch_only) passes on the question
 * alone, so the question is answered; a question that checks the pitch
 * landed or offers more of it stays the pitch. */
static int plain_test(void *data, size_t intent, HearTestOn on, size_t start, size_t end, bool *passed,
                      CoachError *err)
{
    (void)start;
    (void)end;
    (void)data;
    (void)err;
    *passed = intent != 0 || on == HEAR_TEST_PART; /* intent 0: a topic rule behind lib.plain */
    return COACH_OK;
}

/* Of two joined questions, the first answered: a rule's test reads the line
 * up to the end of that question, not the question joined on after it (a
 * "how much time" test no longer takes "what were the three systems, and how
 * much time does the team spend chasing approvals?"). */
static const char *how_much_text;
static int how_much_test(void *data, size_t intent, HearTestOn on, size_t start, size_t end, bool *passed,
                         CoachError *err)
{
    (void)data;
    (void)on;
    (void)err;
    size_t len = strlen(how_much_text);
    if (end > len)
        end = len;
    /* intent 1 listens for "how much time" wherever the part it reads has it */
    bool found = false;
    for (size_t i = start; i + 13 <= end && !found; i++)
        found = strncasecmp(how_much_text + i, "how much time", 13) == 0;
    *passed = intent != 1 || found;
    return COACH_OK;
}

TEST(hear_tests_read_only_the_first_of_two_joined_questions)
{
    static const HearIntent intents[] = {
        {.id = "c.old_systems", .any = L(OPEN_QUESTION) | L(CLOSED_QUESTION) | L(PROBE), .words = "systems three old",
         .premature = -1},
        {.id = "c.chasing", .any = L(OPEN_QUESTION) | L(CLOSED_QUESTION) | L(PROBE), .has_test = true,
         .premature = -1},
    };
    static const char *const lines[] = {
        "What were the three systems he saw, and how much time does the team spend chasing approvals?",
        "Which old systems did you try before, and how much time goes on chasing?",
    };
    for (size_t i = 0; i < 2; i++) {
        how_much_text = lines[i];
        static AnResult analysis;
        an_analyze(analyzer(), lines[i], strlen(lines[i]), NULL, &analysis);
        HearInput input = {.analyzer = analyzer(), .text = lines[i], .len = strlen(lines[i]),
                           .analysis = &analysis, .intents = intents, .intent_count = 2, .can_clarify = true,
                           .test = how_much_test};
        HearResult r;
        CHECK_INT(hear_line(&input, &r, NULL), COACH_OK);
        CHECK_STR(heard_id(&r, intents), "c.old_systems");
    }
    /* asked alone, the how-much question is still heard by its test */
    how_much_text = "So how much time does the team spend chasing approvals?";
    static AnResult alone;
    an_analyze(analyzer(), how_much_text, strlen(how_much_text), NULL, &alone);
    HearInput input = {.analyzer = analyzer(), .text = how_much_text, .len = strlen(how_much_text),
                       .analysis = &alone, .intents = intents, .intent_count = 2, .can_clarify = true,
                       .test = how_much_test};
    HearResult r;
    CHECK_INT(hear_line(&input, &r, NULL), COACH_OK);
    CHECK_STR(heard_id(&r, intents), "c.chasing");
}

TEST(hear_answers_the_question_after_a_pitch)
{
    static const HearIntent intents[] = {
        {.id = "p.who", .any = L(OPEN_QUESTION) | L(CLOSED_QUESTION) | L(PROBE), .words = "denise decide decision who sign",
         .has_test = true, .premature = -1},
        {.id = "p.pitches", .any = L(FEATURE), .unless = L(BENEFIT), .premature = -1},
    };
    static const char *const asked[] = {
        "We can do that, every customer gets a dedicated onboarding manager. Is Denise the one who makes the decision?",
        "Our app has GPS tracking and automatic dispatch. Does Denise sign off on something like this?",
        "We include a named project lead. Who else would have to sign the contract?",
    };
    static const char *const pitched[] = {
        "Our app has GPS tracking and automatic dispatch. Would that help Denise decide?",
        "Our app has GPS tracking and automatic dispatch. Can I show Denise how we do it?",
        "Our app has GPS tracking and automatic dispatch. Would a demo help Denise?",
    };
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < 3; i++) {
            const char *text = k == 0 ? asked[i] : pitched[i];
            static AnResult analysis;
            an_analyze(analyzer(), text, strlen(text), NULL, &analysis);
            HearInput input = {.analyzer = analyzer(), .text = text, .len = strlen(text), .analysis = &analysis,
                               .intents = intents, .intent_count = 2, .can_clarify = true, .test = plain_test};
            HearResult r;
            CHECK_INT(hear_line(&input, &r, NULL), COACH_OK);
            CHECK_STR(heard_id(&r, intents), k == 0 ? "p.who" : "p.pitches");
        }
}

/* Two questions joined in one sentence (round 6): the first is answered;
 * the second when the node has nothing for the first; two sentences: the
 * last. */
static const char *const criteria_examples[] = {"what would the demo have to show you", NULL};
static HearIntent two_intents[] = {
    {.id = "q.who", .any = L(OPEN_QUESTION) | L(CLOSED_QUESTION) | L(PROBE), .words = "who else say decide sign",
     .premature = -1},
    {.id = "q.when", .any = L(OPEN_QUESTION) | L(CLOSED_QUESTION) | L(PROBE), .words = "deadline june running",
     .premature = -1, .heard = "by when"},
    {.id = "q.criteria", .premature = -1, .examples = criteria_examples, .example_count = 1},
};

TEST(hear_answers_the_first_of_two_questions_joined_in_a_sentence)
{
    size_t n = sizeof two_intents / sizeof two_intents[0];
    HearResult r = hear("Fair enough. Who else gets a say in choosing something like this, and when does it need to be "
                        "running for Q3?", two_intents, n, true, false);
    CHECK_STR(heard_id(&r, two_intents), "q.who");
    r = hear("So Raj's buy-in counts. For the three of you to say yes, what would the demo have to show you, and when "
             "are you aiming to decide", two_intents, n, true, false);
    CHECK_STR(heard_id(&r, two_intents), "q.criteria");
    r = hear("When does it need to be running, and who else has a say?", two_intents, n, true, false);
    CHECK_STR(heard_id(&r, two_intents), "q.when");
    r = hear("How was the weekend, and when does it need to be running?", two_intents, n, true, false);
    CHECK_STR(heard_id(&r, two_intents), "q.when"); /* nothing here for the first */
    r = hear("Who else has a say? And when does it need to be running?", two_intents, n, true, false);
    CHECK_STR(heard_id(&r, two_intents), "q.when"); /* two sentences: the last */
}

TEST(hear_says_what_was_heard_in_a_sentence)
{
    HearResult r = IMPACT("How is the buyer at Harlow taking it?");
    char sentence[HEAR_TEXT_BYTES + 64];
    hear_sentence(&r, "Dana", sentence, sizeof sentence);
    CHECK(strncmp(sentence, "Dana heard ", 11) == 0);
    r = IMPACT("asdf qwerty");
    hear_sentence(&r, "Dana", sentence, sizeof sentence);
    CHECK(strcmp(sentence, "Dana could not make out a question, a reflection, a pitch or an ask.") == 0);
}

/* r21 plant_downtime skilled 10: an ask closed by a yes/no question quotes
 * the question, the ask the prospect answers ("Could I walk Line 3..."),
 * not the lead-in ("Then let's get it in front of Sam before March"); an
 * ask in one clause quotes itself */
TEST(hear_quotes_the_question_that_closes_an_ask)
{
    static const struct {
        const char *line, *quoted, *not_quoted;
    } cases[] = {
        {"Then let's get it in front of Sam before March. Could I walk Line 3 with you and Sam next Tuesday or "
         "Thursday morning?",
         "Could I walk Line 3", "before March"},
        {"Let's get Sam in before the capex review. Would next Tuesday at seven work for you both?",
         "next Tuesday at seven", "capex review"},
        {"I'd love to show you a demo this week, would Thursday work?", "would Thursday work", "show you a demo"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        HearResult r = IMPACT(cases[i].line);
        CHECK_STR(heard_id(&r, impact_intents), "impact.asks");
        CHECK(strstr(r.heard, "a request for a next step") != NULL);
        CHECK(strstr(r.heard, cases[i].quoted) != NULL);
        CHECK(strstr(r.heard, cases[i].not_quoted) == NULL);
    }
}

TESTS(CHECK_CASE(hear_answers_the_last_question_of_a_reflect_then_ask_line),
      CHECK_CASE(hear_takes_a_when_question_as_the_rule_about_timing),
      CHECK_CASE(hear_does_not_take_what_a_line_leaves_out_as_its_topic),
      CHECK_CASE(hear_answers_the_question_after_a_pitch),
      CHECK_CASE(hear_tests_read_only_the_first_of_two_joined_questions),
      CHECK_CASE(hear_answers_the_first_of_two_questions_joined_in_a_sentence),
      CHECK_CASE(hear_a_label_less_example_is_matched_by_its_words_not_by_having_no_label),
      CHECK_CASE(hear_weighs_a_test_that_passes_only_on_a_lead_in_below_the_question_answered),
      CHECK_CASE(hear_takes_a_deadline_remark_before_a_question_as_a_lead_in),
      CHECK_CASE(hear_does_not_ask_about_a_near_miss_at_a_closing_node),
      CHECK_CASE(hear_takes_the_topic_with_more_words_in_the_question_answered),
      CHECK_CASE(hear_takes_the_topic_of_the_question_not_of_its_lead_in),
      CHECK_CASE(hear_takes_the_lead_ins_topic_when_the_question_points_back_at_it),
      CHECK_CASE(hear_prefers_the_specific_rule_over_the_generic_one),
      CHECK_CASE(hear_takes_a_generic_open_question_by_the_generic_rule),
      CHECK_CASE(hear_keeps_an_unless_condition_a_hard_gate),
      CHECK_CASE(hear_uses_an_example_to_hear_a_line_without_the_label),
      CHECK_CASE(hear_takes_an_options_own_words_as_that_option),
      CHECK_CASE(hear_quotes_the_line_as_typed_not_its_blanked_copy),
      CHECK_CASE(hear_quotes_the_question_that_closes_an_ask),
      CHECK_CASE(hear_asks_for_clarification_on_a_line_with_no_move),
      CHECK_CASE(hear_asks_for_clarification_on_a_question_in_another_language),
      CHECK_CASE(hear_asks_for_clarification_rather_than_end_the_call_on_a_miss),
      CHECK_CASE(hear_falls_back_to_otherwise_when_clarifications_are_spent),
      CHECK_CASE(hear_asks_a_monologue_to_be_boiled_down),
      CHECK_CASE(hear_runs_a_test_function_only_for_a_rule_that_could_win),
      CHECK_CASE(hear_says_what_was_heard_in_a_sentence))

