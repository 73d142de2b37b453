/* A sweep over the built-in scenarios (issue 8): is the question heard, not
 * the lead-in's topic? At every node that takes a typed line, each intent
 * with a question among its examples (or an option worded as a question)
 * whose question alone is heard as that intent gets a lead-in naming the
 * topic of another intent of the node that leads elsewhere (a content word
 * of that rule's `words`):
 *
 *   "You mentioned X. <question>"   and   "So X is on your shoulders. <question>"
 *
 * The line counts as heard right when the question's intent (or one leading
 * to the same place) is heard. The second count is the other way round: a
 * question that points back at the lead-in ("You mentioned X. Tell me more
 * about that.") must be heard as X's intent, when "Tell me more about X."
 * alone is. The generator is blunt (X may be a verb; some pairs are odd
 * sentences); what it measures is whether a lead-in's words pull a line away
 * from the question it ends on. The figures are printed and the counts of
 * the rule that answers it are kept as floors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "analyze.h"
#include "check.h"
#include "scenario.h"
#include "session.h"
#include "session_internal.h"

static const char *const scenarios[] = {"scenarios/plant_downtime.lua", "scenarios/cfo_demo.lua",
                                        "scenarios/coffee_owner.lua",   "scenarios/burned_owner.lua",
                                        "scenarios/loyal_customer.lua", "scenarios/homebuyer_rates.lua"};

#define QUESTION_FLOOR 4330
#define BACK_FLOOR 2740
/* round 6's patterns: the figures when their rules went in (before them, on
 * the same scenarios: 1288 of 1453, 231 of 2644, 2341 of 2684, 1058 of 2070;
 * the 'apart from' count lost cfo_demo's own `besides` rule, which hears
 * "Apart from the demo, what did the auditor say?" as what else hurts once
 * the demo is blanked from its test's text) */
/* (round 8: the scenarios grew after their sweeps - 4500 lead-in lines,
 * 2968 joined pairs - and a test reading the question joined on had taken
 * the first of two from 2192 down to 2149; tests now read up to the first
 * question: 2454. Floors sit ~1% under the counts of that build.) */
#define PITCH_FLOOR 1510
#define TWO_FLOOR 2420
#define APART_FLOOR 2750
#define WHEN_FLOOR 2160

typedef struct Counts {
    int question_total, question_heard;
    int back_total, back_heard;
    int pitch_total, pitch_heard;   /* a pitch, then the question */
    int two_total, two_heard;       /* the question, and another joined on */
    int apart_total, apart_heard;   /* "Apart from the X, <question>" */
    int when_total, when_heard;     /* a when-question naming another topic */
} Counts;

typedef struct Node {
    Session *session;
    const char *context;
    HearIntent *intents;
    size_t total;
    char (*to)[128];    /* each intent's destination */
} Node;

/* The intent a line is heard as ("" none), as the session hears it (the
 * same call `coach hear` makes); with fill_targets, every intent's
 * destination from `coach hear`'s report into node->to. */
static void heard_as(Node *node, const char *line, char *heard, size_t size, bool fill_targets)
{
    CoachError err;
    err_clear(&err);
    heard[0] = '\0';
    if (fill_targets) {
        char *report = ses_explain_hearing(node->session, line, strlen(line), &err);
        REQUIRE(report != NULL);
        const char *at = strstr(report, "\nintents:\n");
        for (size_t i = 0; at != NULL && i < node->total; i++) {
            at = strchr(at + 1, '\n');
            if (at == NULL)
                break;
            const char *p = at + 1;
            while (*p == ' ' || *p == '*')
                p++;
            double score;
            char id[128];
            if (sscanf(p, "%lf %127s -> %127s", &score, id, node->to[i]) != 3)
                snprintf(node->to[i], sizeof node->to[i], "?");
        }
        free(report);
    }
    static AnResult analysis;
    an_analyze(node->session->analyzer, line, strlen(line), node->context, &analysis);
    ScnMove move = {.text = line, .analysis = &analysis, .choice = -1, .analyzer = node->session->analyzer};
    SesHeard kept;
    HearResult result;
    int option = -1;
    REQUIRE(ses_hear(node->session, &move, node->context, &kept, &result, &option, &err) == COACH_OK);
    if (result.verdict == HEAR_MATCH)
        snprintf(heard, size, "%s", kept.intent);
}

static int intent_index(const Node *node, const char *id)
{
    for (size_t i = 0; i < node->total; i++)
        if (strcmp(node->intents[i].id, id) == 0)
            return (int)i;
    return -1;
}

/* Heard as intent `want` or one going to the same place. */
static bool heard_right(const Node *node, const char *heard, size_t want)
{
    int got = intent_index(node, heard);
    return got >= 0 && ((size_t)got == want || strcmp(node->to[got], node->to[want]) == 0);
}

static bool is_question(const Analyzer *analyzer, const char *text)
{
    AnResult a;
    an_analyze(analyzer, text, strlen(text), NULL, &a);
    return (a.labels & (AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_PROBE) | AN_BIT(AN_CLOSED_QUESTION))) != 0 &&
           (a.labels & AN_BIT(AN_NEXT_STEP)) == 0;
}

/* A content word of rule `topic`'s words the question does not carry. */
static bool topic_word(const Analyzer *analyzer, const HearIntent *topic, const HearIntent *asked,
                       const char *question, char *out, size_t size)
{
    const char *p = topic->words;
    while (p != NULL && *p != '\0') {
        size_t n = strcspn(p, " ,");
        if (n >= 4 && n < size) {
            memcpy(out, p, n);
            out[n] = '\0';
            AnOverlap self = an_overlap(analyzer, out, n, out, n);
            if (self.left > 0 && an_shared_meaning(analyzer, question, out) == 0 &&
                (asked->words == NULL || an_shared_meaning(analyzer, out, asked->words) == 0))
                return true;
        }
        p += n;
        p += strspn(p, " ,");
    }
    return false;
}

static void sweep_node(Node *node, Counts *counts)
{
    const Analyzer *analyzer = node->session->analyzer;
    char heard[128], line[1024], word[64];
    heard_as(node, "Okay.", heard, sizeof heard, true);
    static const char *const leads[] = {"You mentioned %s. %s", "So %s is on your shoulders. %s"};
    for (size_t q = 0; q < node->total; q++) {
        const HearIntent *asked = &node->intents[q];
        /* its first question: an option's words, else an example */
        const char *question = asked->is_choice && asked->text != NULL && is_question(analyzer, asked->text)
                                   ? asked->text
                                   : NULL;
        for (size_t e = 0; question == NULL && e < asked->example_count; e++)
            if (asked->examples[e] != NULL && is_question(analyzer, asked->examples[e]))
                question = asked->examples[e];
        if (question == NULL)
            continue;
        heard_as(node, question, heard, sizeof heard, false);
        if (!heard_right(node, heard, q))
            continue; /* not heard alone: a lead-in cannot be blamed */
        /* the first three other topics, one lead-in each (the two forms in
         * turn): enough to see a lead-in pull, cheap enough for ASan */
        int topics = 0;
        for (size_t t = 0; t < node->total && topics < 3; t++) {
            const HearIntent *topic = &node->intents[t];
            if (t == q || topic->is_choice || topic->words == NULL || strcmp(node->to[t], node->to[q]) == 0 ||
                !topic_word(analyzer, topic, asked, question, word, sizeof word))
                continue;
            size_t l = (q + t) % (sizeof leads / sizeof leads[0]);
            topics++;
            {
                snprintf(line, sizeof line, leads[l], word, question);
                heard_as(node, line, heard, sizeof heard, false);
                counts->question_total++;
                if (heard_right(node, heard, q))
                    counts->question_heard++;
                else if (getenv("HEAR_SWEEP_VERBOSE") != NULL)
                    printf("  question lost: %s | %s -> %s (want %s)\n", node->intents[q].id, line, heard,
                           asked->id);
            }
        }
    }
    /* pointing back: the question names nothing of its own */
    for (size_t t = 0; t < node->total; t++) {
        const HearIntent *topic = &node->intents[t];
        static const HearIntent none = {.id = ""};
        if (topic->is_choice || topic->words == NULL ||
            !topic_word(analyzer, topic, &none, "", word, sizeof word))
            continue;
        static const char *const backs[][2] = {{"Tell me more about the %s.", "You mentioned %s. Tell me more about that."},
                                               {"What happened with the %s?", "You mentioned %s. What happened there?"}};
        {
            size_t b = t % (sizeof backs / sizeof backs[0]); /* one form each, in turn */
            snprintf(line, sizeof line, backs[b][0], word);
            heard_as(node, line, heard, sizeof heard, false);
            if (!heard_right(node, heard, t))
                continue;
            snprintf(line, sizeof line, backs[b][1], word);
            heard_as(node, line, heard, sizeof heard, false);
            counts->back_total++;
            if (heard_right(node, heard, t))
                counts->back_heard++;
            else if (getenv("HEAR_SWEEP_VERBOSE") != NULL)
                printf("  pointer lost: %s -> %s (want %s)\n", line, heard, topic->id);
        }
    }
}


/* The first question of intent q (an option's words, else an example) or
 * NULL. */
static const char *first_question(const Analyzer *analyzer, const HearIntent *asked)
{
    if (asked->is_choice && asked->text != NULL && is_question(analyzer, asked->text))
        return asked->text;
    for (size_t e = 0; e < asked->example_count; e++)
        if (asked->examples[e] != NULL && is_question(analyzer, asked->examples[e]))
            return asked->examples[e];
    return NULL;
}

/* The question with its first letter lower case and no question mark. */
static void inner(const char *question, char *out, size_t size)
{
    snprintf(out, size, "%s", question);
    if (out[0] >= 'A' && out[0] <= 'Z' && !(out[1] >= 'A' && out[1] <= 'Z') &&
        !(out[0] == 'I' && (out[1] == ' ' || out[1] == '\'')))
        out[0] = (char)(out[0] - 'A' + 'a');
    size_t n = strlen(out);
    while (n > 0 && (out[n - 1] == '?' || out[n - 1] == ' ' || out[n - 1] == '.'))
        out[--n] = '\0';
}

static bool about_timing(const HearIntent *intent)
{
    const char *marks[] = {"when", "deadline", "timeline", "timing", "by when"};
    for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++)
        if ((intent->heard != NULL && strstr(intent->heard, marks[m]) != NULL) || strstr(intent->id, marks[m]) != NULL)
            return true;
    return false;
}

/* Round 6's four patterns at one node, each for every intent whose first
 * question is heard right alone:
 *   1. "We can do that, every customer gets a dedicated project lead. <q>"
 *      must be heard as q (the question after a pitch is answered);
 *   2. "<q>, and <another intent's question>" must be heard as q (the first
 *      of two joined questions), two other intents each;
 *   3. "Apart from / Other than the X, <q>" with X a word of another topic
 *      must be heard as q (what is left out is not the topic), two each;
 *   4. at a node whose timing rule hears "When do you need this sorted by?",
 *      a when-question naming another topic's word ("How soon would you
 *      want the X sorted?") must be heard as the timing rule. */
static void sweep_round6(Node *node, Counts *counts)
{
    const Analyzer *analyzer = node->session->analyzer;
    char heard[128], line[1024], word[64], first[512], second[512];
    bool verbose = getenv("HEAR_SWEEP_VERBOSE") != NULL;
    for (size_t q = 0; q < node->total; q++) {
        const HearIntent *asked = &node->intents[q];
        const char *question = first_question(analyzer, asked);
        if (question == NULL)
            continue;
        heard_as(node, question, heard, sizeof heard, false);
        if (!heard_right(node, heard, q))
            continue;
        /* 1. a pitch, then the question */
        snprintf(line, sizeof line, "We can do that, every customer gets a dedicated project lead. %s", question);
        heard_as(node, line, heard, sizeof heard, false);
        counts->pitch_total++;
        if (heard_right(node, heard, q))
            counts->pitch_heard++;
        else if (verbose)
            printf("  pitch then question lost: %s -> %s (want %s)\n", line, heard, asked->id);
        int others = 0;
        for (size_t t = 0; t < node->total && others < 2; t++) {
            const HearIntent *topic = &node->intents[t];
            if (t == q || strcmp(node->to[t], node->to[q]) == 0)
                continue;
            /* 2. the question, and another intent's question joined on */
            const char *then = first_question(analyzer, topic);
            if (then != NULL) {
                heard_as(node, then, heard, sizeof heard, false);
                if (heard_right(node, heard, t)) {
                    others++;
                    snprintf(first, sizeof first, "%s", question);
                    size_t n = strlen(first);
                    while (n > 0 && (first[n - 1] == '?' || first[n - 1] == ' ' || first[n - 1] == '.'))
                        first[--n] = '\0';
                    inner(then, second, sizeof second);
                    if (snprintf(line, sizeof line, "%s, and %s?", first, second) >= (int)sizeof line)
                        continue; /* too long to be a line anyone types */
                    heard_as(node, line, heard, sizeof heard, false);
                    counts->two_total++;
                    if (heard_right(node, heard, q))
                        counts->two_heard++;
                    else if (verbose)
                        printf("  first of two lost: %s -> %s (want %s)\n", line, heard, asked->id);
                }
            }
        }
        /* 3. "Apart from the X, <question>": X another topic's word */
        int apart = 0;
        for (size_t t = 0; t < node->total && apart < 2; t++) {
            const HearIntent *topic = &node->intents[t];
            if (t == q || topic->is_choice || topic->words == NULL || strcmp(node->to[t], node->to[q]) == 0 ||
                !topic_word(analyzer, topic, asked, question, word, sizeof word))
                continue;
            apart++;
            inner(question, first, sizeof first);
            snprintf(line, sizeof line, "%s the %s, %s?", (q + t) % 2 ? "Apart from" : "Other than", word, first);
            heard_as(node, line, heard, sizeof heard, false);
            counts->apart_total++;
            if (heard_right(node, heard, q))
                counts->apart_heard++;
            else if (verbose)
                printf("  left-out topic taken: %s -> %s (want %s)\n", line, heard, asked->id);
        }
    }
    /* 4. a when-question that names another topic's word, where the node
     * has a rule about timing that hears "When do you need this sorted by?" */
    static const char *const whens[] = {"When could you make a change on the %s?",
                                        "How soon would you want the %s sorted?",
                                        "Is there a point on the calendar where you'd want the %s sorted by?"};
    heard_as(node, "When do you need this sorted by?", heard, sizeof heard, false);
    int timing = intent_index(node, heard);
    if (timing < 0 || !about_timing(&node->intents[timing]))
        return;
    static const HearIntent none = {.id = ""};
    for (size_t t = 0; t < node->total; t++) {
        const HearIntent *topic = &node->intents[t];
        if ((int)t == timing || topic->is_choice || topic->words == NULL ||
            strcmp(node->to[t], node->to[timing]) == 0 || about_timing(topic) ||
            !topic_word(analyzer, topic, &none, "", word, sizeof word))
            continue;
        snprintf(line, sizeof line, whens[t % 3], word);
        heard_as(node, line, heard, sizeof heard, false);
        counts->when_total++;
        if (heard_right(node, heard, (size_t)timing))
            counts->when_heard++;
        else if (verbose)
            printf("  when-question lost: %s -> %s (want %s)\n", line, heard, node->intents[timing].id);
    }
}

static void sweep(Counts *counts)
{
    memset(counts, 0, sizeof *counts);
    for (size_t s = 0; s < sizeof scenarios / sizeof scenarios[0]; s++) {
        CoachError err;
        err_clear(&err);
        Scenario *probe = scn_load(scenarios[s], NULL, &err);
        REQUIRE(probe != NULL);
        size_t node_count = scn_node_count(probe);
        for (size_t n = 0; n < node_count; n++) {
            const char *node_id = scn_node(probe, n)->id;
            Scenario *scenario = scn_load(scenarios[s], NULL, &err);
            REQUIRE(scenario != NULL);
            SesOptions options = {.no_log = true, .seed = 7, .has_seed = true};
            Session *session = ses_create(scenario, NULL, &options, &err);
            REQUIRE(session != NULL);
            bool ok = ses_start(session, &err) == COACH_OK;
            if (ok && (int)n != ses_node(session))
                ok = ses_goto(session, node_id, &err) == COACH_OK;
            if (ok && ses_accepts_text(session)) {
                Node node = {.session = session};
                node.context = session->turn_count > 0 ? session->data[session->turn_count - 1].text : "";
                size_t rule_count;
                node.intents = ses_intents(session, node.context, &rule_count, &node.total);
                node.to = calloc(node.total + 1, sizeof *node.to);
                REQUIRE(node.intents != NULL && node.to != NULL);
                sweep_node(&node, counts);
                sweep_round6(&node, counts);
                free(node.to);
                free(node.intents);
            }
            ses_destroy(session);
        }
        scn_unload(probe);
    }
}

TEST(hear_sweep_hears_the_question_not_the_lead_ins_topic)
{
    Counts counts;
    sweep(&counts);
    printf("question after a lead-in on another topic: %d of %d heard as the question\n", counts.question_heard,
           counts.question_total);
    printf("question pointing back at the lead-in:      %d of %d heard as the lead-in's topic\n",
           counts.back_heard, counts.back_total);
    /* floors: the figures when the lead-in rule went in (before it 3053 of
     * 3182 and 1930 of 1943) */
    CHECK(counts.question_total > 0 && counts.back_total > 0);
    CHECK(counts.question_heard >= QUESTION_FLOOR);
    CHECK(counts.back_heard >= BACK_FLOOR);
    /* round 6's patterns (floors: the figures when their rules went in) */
    printf("a pitch, then the question:                 %d of %d heard as the question\n", counts.pitch_heard,
           counts.pitch_total);
    printf("two questions joined by 'and':              %d of %d heard as the first\n", counts.two_heard,
           counts.two_total);
    printf("'apart from X', then the question:          %d of %d heard as the question, not X\n",
           counts.apart_heard, counts.apart_total);
    printf("a when-question naming another topic:       %d of %d heard as the timing rule\n", counts.when_heard,
           counts.when_total);
    CHECK(counts.pitch_heard >= PITCH_FLOOR);
    CHECK(counts.two_heard >= TWO_FLOOR);
    CHECK(counts.apart_heard >= APART_FLOOR);
    CHECK(counts.when_heard >= WHEN_FLOOR);
}

TESTS(CHECK_CASE(hear_sweep_hears_the_question_not_the_lead_ins_topic))
