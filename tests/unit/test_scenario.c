/* Tests of the scenario runtime: loading, the static view, routing, state,
 * and the sandbox against hostile scenarios (tests/scenarios/sandbox/). */
#include <stdint.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "scenario.h"
#include "sha256.h"

#define SANDBOX "tests/scenarios/sandbox/"

/* Longer than any refusal takes, shorter than a hang. */
#define HANG_SECONDS 10.0

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static const char *write_fixture(const char *name, const char *text)
{
    static char path[256];
    snprintf(path, sizeof path, "/tmp/coach-test-%ld-%s", (long)getpid(), name);
    FILE *file = fopen(path, "wb");
    REQUIRE(file != NULL);
    fputs(text, file);
    fclose(file);
    return path;
}

/* Loads path expecting failure; checks the error names the file, has a
 * line when want_line, and contains fragment: the message shows the budget
 * or the memory cap stopped it, not a timer. The time is only a guard
 * against a hang, loose enough for a sanitizer build on a busy machine
 * (tests/bench/patterns.sh measures how fast the refusals are). */
static void expect_refused(const char *path, const char *fragment, bool want_line)
{
    CoachError err;
    double start = now_seconds();
    Scenario *s = scn_load(path, NULL, &err);
    double took = now_seconds() - start;
    CHECK(s == NULL);
    scn_unload(s);
    CHECK_STR(err.file, path);
    CHECK(err.code == COACH_ESCRIPT || err.code == COACH_EPARSE);
    if (want_line)
        CHECK(err.line > 0);
    if (strstr(err.message, fragment) == NULL) {
        fprintf(stderr, "%s: message \"%s\" lacks \"%s\"\n", path, err.message, fragment);
        check_failures++;
    }
    if (took > HANG_SECONDS) {
        fprintf(stderr, "%s took %.2f s\n", path, took);
        check_failures++;
    }
}

static const char *routing_fixture =
    "scenario {\n"                                                    /* 1 */
    "  id = \"fixture\", start = \"a\", seed = 3,\n"                  /* 2 */
    "  persona = { name = \"Robin\" },\n"                             /* 3 */
    "  state = { trust = 40, interest = 30, mood = \"calm\" },\n"     /* 4 */
    "  targets = { { id = \"pain\", text = \"it hurts\", keys = \"hurt pain\" } },\n" /* 5 */
    "}\n"                                                             /* 6 */
    "node \"a\" {\n"                                                  /* 7 */
    "  say = { \"Hello {trainee}, trust {trust}.\", \"Hi {trainee} from {name}.\" },\n" /* 8 */
    "  cues = { { id = \"worry\", words = \"worry night\" } },\n"     /* 9 */
    "  routes = {\n"                                                  /* 10 */
    "    { id = \"open\", when = \"open_question\", unless = { \"feature\" }, to = \"b\" },\n" /* 11 */
    "    { words = \"budget money\", to = \"c\", effects = { trust = 500 } },\n" /* 12 */
    "    { when = \"next_step\", premature = true, to = \"end\" },\n" /* 13 */
    "    { test = function(s, move) return move.text == \"magic\" end,\n" /* 14 */
    "      to = function(s, move) return s.trust > 30 and \"c\" or \"b\" end },\n" /* 15 */
    "  },\n"                                                          /* 16 */
    "  otherwise = \"b\",\n"                                          /* 17 */
    "}\n"                                                             /* 18 */
    "node \"b\" {\n"                                                  /* 19 */
    "  say = function(s) return \"visit \" .. s.visits.b end,\n"      /* 20 */
    "  reveals = { \"pain\" },\n"                                     /* 21 */
    "  effects = { interest = -100 },\n"                              /* 22 */
    "  choices = {\n"                                                 /* 23 */
    "    { text = \"Tell me more\", to = \"a\" },\n"                  /* 24 */
    "    { id = \"pitch\", text = \"Buy it\", to = \"end\", labels = { \"feature\" },\n" /* 25 */
    "      points = { benefits = -4 } },\n"                           /* 26 */
    "  },\n"                                                          /* 27 */
    "}\n"                                                             /* 28 */
    "node \"c\" { say = \"money talk\", otherwise = \"end\" }\n"      /* 29 */
    "node \"end\" { say = \"bye\", ending = { outcome = \"done\", success = true } }\n"; /* 30 */

static ScnMove text_move(const char *text, AnResult *analysis, unsigned labels)
{
    memset(analysis, 0, sizeof *analysis);
    analysis->labels = labels;
    ScnMove move = {.text = text, .analysis = analysis, .choice = -1};
    return move;
}

TEST(scenario_loads_the_default_scenario_with_its_metadata)
{
    CoachError err;
    Scenario *s = scn_load("scenarios/plant_downtime.lua", NULL, &err);
    REQUIRE(s != NULL);
    const ScnInfo *info = scn_info(s);
    CHECK_STR(info->id, "plant_downtime");
    CHECK_STR(info->start, "opening");
    CHECK_STR(info->persona_voice, "busy sceptic; a woman's voice");
    CHECK_INT(strlen(scn_sha256(s)), 64);
    CHECK(scn_node_count(s) >= 20);
    CHECK(scn_target_count(s) >= 3);
    size_t endings = 0, cues = 0;
    for (size_t i = 0; i < scn_node_count(s); i++) {
        const ScnNode *node = scn_node(s, i);
        CHECK(node->line > 0);
        endings += node->is_ending;
        cues += node->cue_count;
        for (size_t e = 0; e < node->edge_count; e++)
            CHECK(node->edges[e].line >= node->line);
    }
    CHECK(endings >= 3);
    CHECK(cues >= 3);
    const char *const *features = NULL;
    CHECK(scn_terms(s, AN_TERM_FEATURE, &features) > 0);
    CHECK(features != NULL && features[0] != NULL);
    scn_unload(s);
}

TEST(scenario_hash_is_sha256_of_the_file)
{
    char hex[65];
    sha256_hex("abc", 3, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    sha256_hex("", 0, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const char *fifty_six = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sha256_hex(fifty_six, strlen(fifty_six), hex);
    CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(scenario_edges_carry_the_lines_of_routes_and_choices)
{
    CoachError err;
    Scenario *s = scn_load(write_fixture("lines.lua", routing_fixture), NULL, &err);
    REQUIRE(s != NULL);
    const ScnNode *a = scn_node(s, (size_t)scn_find_node(s, "a"));
    CHECK_INT(a->line, 7);
    REQUIRE(a->edge_count == 5);
    CHECK_STR(a->edges[0].id, "a.open");
    CHECK_INT(a->edges[0].line, 11);
    CHECK_STR(a->edges[1].id, "a.route2");
    CHECK_INT(a->edges[1].line, 12);
    CHECK_INT(a->edges[3].line, 14);
    CHECK(a->edges[3].to == NULL);
    CHECK(a->edges[4].kind == SCN_ROUTE_OTHERWISE);
    const ScnNode *b = scn_node(s, (size_t)scn_find_node(s, "b"));
    REQUIRE(b->edge_count == 2);
    CHECK_STR(b->edges[0].id, "b.a");
    CHECK_INT(b->edges[0].line, 24);
    CHECK_STR(b->edges[1].id, "b.pitch");
    CHECK_INT(b->edges[1].line, 25);
    CHECK(b->has_choices && !b->has_text);
    CHECK_INT(scn_target(s, 0)->line, 5);
    scn_unload(s);
}

/* Lists in any order in one body, strings and comments holding braces, and
 * a body that inherits its keys through a metatable. */
static const char *lists_fixture =
    "scenario { id = \"lists\", start = \"a\" }\n"                   /* 1 */
    "local template = { typed = true, otherwise = \"end\",\n"        /* 2 */
    "  choices = { { id = \"x\", text = \"From the template\", to = \"end\" } } }\n" /* 3 */
    "node \"a\" {\n"                                                  /* 4 */
    "  choices = {\n"                                                 /* 5 */
    "    { text = \"A choice whose text runs on well past the sixty bytes a label keeps of it\", to = \"b\" },\n" /* 6 */
    "    { id = \"second\", text = \"Short \\\"quoted\\\" {\", to = \"end\" },\n" /* 7 */
    "  },\n"                                                          /* 8 */
    "  typed = true,\n"                                               /* 9 */
    "  cues = { { id = \"c1\", words = \"one\" },\n"                 /* 10 */
    "           { id = \"c2\", words = \"two\" } },\n"               /* 11 */
    "  say = 'Hi { not a brace } -- not a comment',\n"               /* 12 */
    "  routes = {\n"                                                  /* 13 */
    "    --[[ a comment { with a brace ]] -- and { another\n"        /* 14 */
    "    { id = \"r\", when = \"open_question\", to = [[b]] },\n"    /* 15 */
    "  },\n"                                                          /* 16 */
    "  otherwise = \"b\",\n"                                          /* 17 */
    "}\n"                                                             /* 18 */
    "node \"b\" (setmetatable({ say = \"inherits\" }, { __index = template }))\n" /* 19 */
    "node \"end\" { say = \"bye\", ending = { outcome = \"done\" } }\n"; /* 20 */

TEST(scenario_entry_lines_hold_for_lists_in_any_order_and_inherited_keys)
{
    CoachError err;
    Scenario *s = scn_load(write_fixture("lists.lua", lists_fixture), NULL, &err);
    if (s == NULL)
        fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
    REQUIRE(s != NULL);
    const ScnNode *a = scn_node(s, (size_t)scn_find_node(s, "a"));
    REQUIRE(a->edge_count == 4);
    CHECK(a->edges[0].kind == SCN_ROUTE_RULE);
    CHECK_STR(a->edges[0].id, "a.r");
    CHECK_STR(a->edges[0].to, "b");
    CHECK_INT(a->edges[0].line, 15);
    CHECK_STR(a->edges[1].id, "a.a");
    CHECK_INT(a->edges[1].line, 6);
    CHECK_STR(a->edges[1].label,
              "choice a: A choice whose text runs on well past the sixty bytes a labe...");
    CHECK_STR(a->edges[2].id, "a.second");
    CHECK_INT(a->edges[2].line, 7);
    CHECK_STR(a->edges[2].label, "choice second: Short \"quoted\" {");
    CHECK_STR(a->edges[3].id, "a.otherwise");
    CHECK_INT(a->edges[3].line, 4);
    CHECK_INT(a->cue_count, 2);
    CHECK_STR(a->cue_ids[1], "c2");
    /* b's choices, typed and otherwise come through __index: no lines of
     * their own in b's body, so they carry the node's line */
    const ScnNode *b = scn_node(s, (size_t)scn_find_node(s, "b"));
    CHECK(b->has_choices && b->has_text);
    REQUIRE(b->edge_count == 2);
    CHECK_STR(b->edges[0].id, "b.x");
    CHECK_STR(b->edges[0].to, "end");
    CHECK_INT(b->edges[0].line, 19);
    CHECK_STR(b->edges[1].id, "b.otherwise");
    scn_unload(s);

    /* an error in the second cue names the cue's line, past the choices */
    char broken[2048];
    snprintf(broken, sizeof broken, "%s", lists_fixture);
    char *second_cue = strstr(broken, "words = \"two\"");
    REQUIRE(second_cue != NULL);
    memcpy(second_cue, "wordz", 5);
    s = scn_load(write_fixture("lists_broken.lua", broken), NULL, &err);
    CHECK(s == NULL);
    scn_unload(s);
    CHECK_INT(err.line, 11);
    CHECK(strstr(err.message, "node \"a\": cues[2]: unknown key 'wordz'") != NULL);
}

/* A node "a" with count options (ids o1, o2, ...; option dup_at, if any,
 * repeats the id of option 1) on lines 3 on. */
static const char *write_options(const char *name, int count, int dup_at)
{
    static char text[8192];
    size_t used = (size_t)snprintf(text, sizeof text,
                                   "scenario { id = \"opts\", start = \"a\" }\n"
                                   "node \"a\" { say = \"pick\", choices = {\n");
    for (int i = 1; i <= count; i++)
        used += (size_t)snprintf(text + used, sizeof text - used,
                                 "  { id = \"o%d\", text = \"option %d\", to = \"end\" },\n",
                                 i == dup_at ? 1 : i, i);
    snprintf(text + used, sizeof text - used,
             "} }\nnode \"end\" { say = \"bye\", ending = { outcome = \"done\" } }\n");
    return write_fixture(name, text);
}

TEST(scenario_option_id_used_twice_is_refused_in_short_and_long_lists)
{
    CoachError err;
    Scenario *s = scn_load(write_options("few.lua", 16, 0), NULL, &err);
    REQUIRE(s != NULL);
    CHECK_INT(scn_node(s, 0)->edge_count, 16);
    scn_unload(s);
    s = scn_load(write_options("many.lua", 40, 0), NULL, &err);
    REQUIRE(s != NULL);
    CHECK_INT(scn_node(s, 0)->edge_count, 40);
    CHECK_STR(scn_node(s, 0)->edges[39].id, "a.o40");
    scn_unload(s);
    s = scn_load(write_options("few_twice.lua", 16, 16), NULL, &err);
    CHECK(s == NULL);
    scn_unload(s);
    CHECK_INT(err.line, 18);
    CHECK(strstr(err.message, "node \"a\": choices[16]: option id \"o1\" is used twice") != NULL);
    s = scn_load(write_options("many_twice.lua", 40, 33), NULL, &err);
    CHECK(s == NULL);
    scn_unload(s);
    CHECK_INT(err.line, 35);
    CHECK(strstr(err.message, "node \"a\": choices[33]: option id \"o1\" is used twice") != NULL);
}

/* Loads head + text expecting failure at line with message fragment. */
static void expect_declaration_refused(const char *text, int line, const char *fragment)
{
    char full[1024];
    snprintf(full, sizeof full, "scenario { id = \"decl\", start = \"a\" }\n%s", text);
    CoachError err;
    Scenario *s = scn_load(write_fixture("decl.lua", full), NULL, &err);
    CHECK(s == NULL);
    scn_unload(s);
    CHECK_INT(err.line, line);
    if (strstr(err.message, fragment) == NULL) {
        fprintf(stderr, "message \"%s\" lacks \"%s\"\n", err.message, fragment);
        check_failures++;
    }
}

TEST(scenario_node_declarations_are_refused_twice_bodiless_or_with_no_table)
{
    const char *end = "node \"end\" { say = \"bye\", ending = { outcome = \"done\" } }\n";
    char text[512];
    snprintf(text, sizeof text, "%s\nnode \"a\" { say = \"hi\", otherwise = \"end\" }\n"
                                "node \"end\" { say = \"again\" }\n", end);
    expect_declaration_refused(text, 5, "node \"end\" is declared twice (first at line 2)");
    snprintf(text, sizeof text, "local a = node \"a\"\na { say = \"hi\", otherwise = \"end\" }\n"
                                "a { say = \"again\" }\n%s", end);
    expect_declaration_refused(text, 4, "node \"a\" was given a body twice");
    snprintf(text, sizeof text, "%snode \"a\" \"not a table\"\n", end);
    expect_declaration_refused(text, 3, "node \"a\" needs a table body");
    snprintf(text, sizeof text, "%slocal forgot = node \"a\"\n", end);
    expect_declaration_refused(text, 3, "node \"a\" has no body");
    snprintf(text, sizeof text, "%snode \"a b\" { say = \"x\" }\n", end);
    expect_declaration_refused(text, 3, "node id \"a b\": use letters, digits, _ and - only");
}

TEST(scenario_routes_by_labels_words_tests_and_otherwise)
{
    CoachError err;
    Scenario *s = scn_load(write_fixture("route.lua", routing_fixture), NULL, &err);
    REQUIRE(s != NULL);
    int a = scn_find_node(s, "a");
    AnResult analysis;
    ScnStep step;
    ScnMove move = text_move("what is going on", &analysis, AN_BIT(AN_OPEN_QUESTION));
    REQUIRE(scn_route(s, a, &move, &step, &err) == COACH_OK);
    CHECK_INT(step.next, scn_find_node(s, "b"));
    CHECK_STR(step.route_id, "a.open");
    CHECK(step.kind == SCN_ROUTE_RULE);

    move = text_move("what about the Budget?", &analysis, AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_FEATURE));
    REQUIRE(scn_route(s, a, &move, &step, &err) == COACH_OK);
    CHECK_INT(step.next, scn_find_node(s, "c"));
    double trust = 0;
    CHECK(scn_state_number(s, "trust", &trust));
    CHECK(trust == 100); /* clamped */

    move = text_move("shall we meet", &analysis, AN_BIT(AN_NEXT_STEP));
    move.premature_ask = true;
    REQUIRE(scn_route(s, a, &move, &step, &err) == COACH_OK);
    CHECK_INT(step.next, scn_find_node(s, "end"));

    move = text_move("magic", &analysis, 0);
    REQUIRE(scn_route(s, a, &move, &step, &err) == COACH_OK);
    CHECK_INT(step.next, scn_find_node(s, "c"));
    CHECK(step.kind == SCN_ROUTE_RULE);

    move = text_move("okay", &analysis, 0);
    REQUIRE(scn_route(s, a, &move, &step, &err) == COACH_OK);
    CHECK_INT(step.next, scn_find_node(s, "b"));
    CHECK(step.kind == SCN_ROUTE_OTHERWISE);
    CHECK_STR(step.route_id, "a.otherwise");

    /* a choice node refuses typed lines; an ending routes nowhere */
    CHECK(scn_route(s, scn_find_node(s, "b"), &move, &step, &err) == COACH_ESTATE);
    CHECK(scn_route(s, scn_find_node(s, "end"), &move, &step, &err) == COACH_ESTATE);
    scn_unload(s);
}

TEST(scenario_choices_carry_ids_label_overrides_and_points)
{
    CoachError err;
    Scenario *s = scn_load(write_fixture("choice.lua", routing_fixture), NULL, &err);
    REQUIRE(s != NULL);
    int b = scn_find_node(s, "b");
    ScnLine line;
    REQUIRE(scn_enter(s, b, &line, &err) == COACH_OK);
    CHECK_INT(line.choice_count, 2);
    CHECK(!line.accepts_text);
    CHECK_INT(line.reveal_count, 1);
    CHECK_STR(line.reveals[0], "pain");
    ScnChoice choice;
    REQUIRE(scn_choice(s, b, 0, &choice, &err) == COACH_OK);
    CHECK_STR(choice.id, "b.a");
    CHECK_STR(choice.text, "Tell me more");
    CHECK(!choice.has_labels);
    REQUIRE(scn_choice(s, b, 1, &choice, &err) == COACH_OK);
    CHECK_STR(choice.id, "b.pitch");
    CHECK(choice.has_labels);
    CHECK(choice.labels == AN_BIT(AN_FEATURE));
    CHECK_INT(choice.points[RUB_BENEFITS], -4);
    CHECK(scn_choice(s, b, 2, &choice, &err) != COACH_OK);
    AnResult analysis;
    ScnMove move = text_move("Buy it", &analysis, AN_BIT(AN_FEATURE));
    move.choice = 1;
    ScnStep step;
    REQUIRE(scn_route(s, b, &move, &step, &err) == COACH_OK);
    CHECK(step.kind == SCN_ROUTE_CHOICE);
    CHECK_STR(step.route_id, "b.pitch");
    CHECK_INT(step.next, scn_find_node(s, "end"));
    scn_unload(s);
}

TEST(scenario_leaves_out_an_unknown_trainee_name_with_its_comma)
{
    CoachError err;
    Scenario *s = scn_load(write_fixture("say.lua", routing_fixture), NULL, &err);
    REQUIRE(s != NULL);
    REQUIRE(scn_set_trainee(s, "", &err) == COACH_OK);
    ScnLine line;
    REQUIRE(scn_begin(s, 42, &err) == COACH_OK);
    REQUIRE(scn_enter(s, scn_find_node(s, "a"), &line, &err) == COACH_OK);
    CHECK(strcmp(line.text, "Hello, trust 40.") == 0 || strcmp(line.text, "Hi from Robin.") == 0);
    scn_unload(s);
}

TEST(scenario_lines_are_seeded_substituted_and_count_visits)
{
    CoachError err;
    Scenario *s = scn_load(write_fixture("say.lua", routing_fixture), NULL, &err);
    REQUIRE(s != NULL);
    REQUIRE(scn_set_trainee(s, "Alex", &err) == COACH_OK);
    ScnLine line;
    char first[128];
    REQUIRE(scn_begin(s, 42, &err) == COACH_OK);
    REQUIRE(scn_enter(s, scn_find_node(s, "a"), &line, &err) == COACH_OK);
    snprintf(first, sizeof first, "%s|%s", line.line_id, line.text);
    CHECK(strstr(line.text, "Alex") != NULL);
    CHECK(strchr(line.text, '{') == NULL);
    CHECK(strcmp(line.text, "Hello Alex, trust 40.") == 0 || strcmp(line.text, "Hi Alex from Robin.") == 0);
    CHECK_INT(line.cue_count, 1);
    CHECK_STR(line.cues[0].id, "worry");
    CHECK_STR(line.cues[0].words, "worry night");
    /* the same seed gives the same line */
    REQUIRE(scn_begin(s, 42, &err) == COACH_OK);
    REQUIRE(scn_enter(s, scn_find_node(s, "a"), &line, &err) == COACH_OK);
    char second[128];
    snprintf(second, sizeof second, "%s|%s", line.line_id, line.text);
    CHECK_STR(second, first);
    /* visits are counted per run; effects clamp */
    int b = scn_find_node(s, "b");
    REQUIRE(scn_enter(s, b, &line, &err) == COACH_OK);
    CHECK_STR(line.text, "visit 1");
    REQUIRE(scn_enter(s, b, &line, &err) == COACH_OK);
    CHECK_STR(line.text, "visit 2");
    double interest = -1;
    CHECK(scn_state_number(s, "interest", &interest));
    CHECK(interest == 0);
    REQUIRE(scn_state_add(s, "trust", -500, &err) == COACH_OK);
    double trust = -1;
    CHECK(scn_state_number(s, "trust", &trust) && trust == 0);
    CHECK(!scn_state_number(s, "mood", &trust));
    char *json = scn_state_json(s);
    REQUIRE(json != NULL);
    CHECK(strstr(json, "\"interest\":0,\"mood\":\"calm\",\"trust\":0,\"visits\":{\"a\":1,\"b\":2}") != NULL);
    CHECK(strstr(json, "random") == NULL);
    free(json);
    REQUIRE(scn_begin(s, 42, &err) == COACH_OK);
    REQUIRE(scn_enter(s, b, &line, &err) == COACH_OK);
    CHECK_STR(line.text, "visit 1");
    scn_unload(s);
}

TEST(scenario_reactions_merge_author_entries_over_defaults)
{
    CoachError err;
    Scenario *s = scn_load("scenarios/plant_downtime.lua", NULL, &err);
    REQUIRE(s != NULL);
    bool feature_trust = false, open_trust = false;
    for (size_t i = 0; i < scn_reaction_count(s); i++) {
        const ScnReaction *r = scn_reaction(s, i);
        if (strcmp(r->key, "feature") == 0 && strcmp(r->var, "trust") == 0)
            feature_trust = r->delta == -1;
        if (strcmp(r->key, "open_question") == 0 && strcmp(r->var, "trust") == 0)
            open_trust = r->delta == 2;
    }
    CHECK(feature_trust);
    CHECK(open_trust);
    scn_unload(s);
}

/* Writes a scenario padded with a comment to exactly size bytes. */
static const char *write_padded(const char *name, size_t size)
{
    static const char head[] = "scenario { id = \"big\", start = \"a\" }\n"
                               "node \"a\" { say = \"hi\", ending = { outcome = \"done\" } }\n--";
    static char path[256];
    snprintf(path, sizeof path, "/tmp/coach-test-%ld-%s", (long)getpid(), name);
    FILE *file = fopen(path, "wb");
    REQUIRE(file != NULL);
    fputs(head, file);
    for (size_t i = strlen(head); i + 1 < size; i++)
        fputc('x', file);
    fputc('\n', file);
    fclose(file);
    return path;
}

TEST(scenario_of_8_mib_or_more_is_refused_by_size)
{
    CoachError err;
    Scenario *s = scn_load(write_padded("under.lua", (size_t)8 * 1024 * 1024 - 1), NULL, &err);
    CHECK(s != NULL);
    scn_unload(s);
    const char *path = write_padded("at.lua", (size_t)8 * 1024 * 1024);
    s = scn_load(path, NULL, &err);
    CHECK(s == NULL);
    scn_unload(s);
    CHECK_STR(err.file, path);
    CHECK(strstr(err.message, "larger than 8 MiB") != NULL);
}

TEST(scenario_missing_file_is_an_io_error_naming_it)
{
    CoachError err;
    CHECK(scn_load("scenarios/no_such_file.lua", NULL, &err) == NULL);
    CHECK_INT(err.code, COACH_EIO);
    CHECK_STR(err.file, "scenarios/no_such_file.lua");
}

TEST(sandbox_stops_an_endless_loop_by_its_budget)
{
    expect_refused(SANDBOX "infinite_loop.lua", "instruction", true);
}

TEST(sandbox_budget_error_cannot_be_swallowed_by_pcall)
{
    expect_refused(SANDBOX "pcall_swallow.lua", "instruction", true);
}

TEST(sandbox_caps_memory)
{
    expect_refused(SANDBOX "memory_bomb.lua", "memory", false);
    expect_refused(SANDBOX "concat_doubling.lua", "memory", false);
}

TEST(sandbox_memory_cap_is_configurable)
{
    CoachError err;
    ScnLimits limits = {.memory_bytes = 2 * 1024 * 1024, .instructions_per_call = 0};
    double start = now_seconds();
    CHECK(scn_load(SANDBOX "memory_bomb.lua", &limits, &err) == NULL);
    CHECK(strstr(err.message, "2 MiB") != NULL);
    CHECK(now_seconds() - start < HANG_SECONDS);
}

TEST(sandbox_stops_endless_recursion)
{
    expect_refused(SANDBOX "recursion.lua", "stack overflow", true);
}

TEST(sandbox_has_no_io_os_require_debug_or_dofile)
{
    expect_refused(SANDBOX "io_access.lua", "sandbox", true);
    expect_refused(SANDBOX "os_access.lua", "sandbox", true);
    expect_refused(SANDBOX "require_access.lua", "sandbox", true);
    expect_refused(SANDBOX "debug_access.lua", "sandbox", true);
    expect_refused(SANDBOX "dofile_access.lua", "sandbox", true);
    CHECK(access("/tmp/coach-sandbox-escaped", F_OK) != 0);
}

TEST(sandbox_refuses_bytecode)
{
    expect_refused(SANDBOX "bytecode_load.lua", "binary", true);
    expect_refused(SANDBOX "string_dump.lua", "dump", true);
    const char *path = write_fixture("binary.lua", "\x1bLuaT\x00 not really bytecode");
    expect_refused(path, "binary", false);
}

TEST(sandbox_bounds_work_done_in_c)
{
    expect_refused(SANDBOX "string_rep.lua", "string.rep", true);
    expect_refused(SANDBOX "pattern_bomb.lua", "pattern", true);
}

TEST(sandbox_budget_applies_to_each_call_at_run_time)
{
    CoachError err;
    Scenario *s = scn_load(SANDBOX "loop_in_say.lua", NULL, &err);
    REQUIRE(s != NULL);
    ScnLine line;
    double start = now_seconds();
    CHECK(scn_enter(s, 0, &line, &err) == COACH_ESCRIPT);
    CHECK(now_seconds() - start < HANG_SECONDS);
    CHECK_STR(err.file, SANDBOX "loop_in_say.lua");
    CHECK_INT(err.line, 4);
    CHECK(strstr(err.message, "instruction") != NULL);
    scn_unload(s);
}

TEST(sandbox_refuses_finalisers_that_run_without_hooks)
{
    expect_refused(SANDBOX "gc_loop.lua", "__gc", true);
}

TEST(scenario_without_scenario_declaration_is_refused)
{
    expect_refused(SANDBOX "missing_scenario.lua", "never calls scenario", false);
}

TEST(scenario_without_start_names_the_line)
{
    CoachError err;
    CHECK(scn_load(SANDBOX "missing_start.lua", NULL, &err) == NULL);
    CHECK_INT(err.line, 1);
    CHECK(strstr(err.message, "start") != NULL);
}

TEST(scenario_route_to_unknown_node_names_the_route_line)
{
    CoachError err;
    CHECK(scn_load(SANDBOX "unknown_to.lua", NULL, &err) == NULL);
    CHECK_INT(err.line, 6);
    CHECK(strstr(err.message, "nowhere") != NULL);
}

TEST(scenario_text_node_without_otherwise_is_refused)
{
    CoachError err;
    CHECK(scn_load(SANDBOX "no_otherwise.lua", NULL, &err) == NULL);
    CHECK_INT(err.line, 2);
    CHECK(strstr(err.message, "otherwise") != NULL);
}

TEST(scenario_wrong_types_and_labels_are_refused_with_lines)
{
    CoachError err;
    CHECK(scn_load(SANDBOX "wrong_type.lua", NULL, &err) == NULL);
    CHECK_INT(err.line, 4); /* the title line, not the scenario line */
    CHECK(strstr(err.message, "title must be a string") != NULL);
    CHECK(scn_load(SANDBOX "unknown_label.lua", NULL, &err) == NULL);
    CHECK_INT(err.line, 5);
    CHECK(strstr(err.message, "open_questoin") != NULL);
    CHECK(scn_load(SANDBOX "syntax_error.lua", NULL, &err) == NULL);
    CHECK_INT(err.line, 2);
    CHECK_STR(err.file, SANDBOX "syntax_error.lua");
}

/* --- include "lib/name.lua" ---------------------------------------------- */

/* Writes dir/name (dir under /tmp, made with the folders name needs) and
 * returns its path in a static buffer of its own per slot. */
static const char *write_in_dir(int slot, const char *name, const char *text)
{
    static char paths[4][320];
    char dir[200];
    snprintf(dir, sizeof dir, "/tmp/coach-test-%ld-inc", (long)getpid());
    mkdir(dir, 0700);
    snprintf(paths[slot], sizeof paths[slot], "%s/%s", dir, name);
    for (char *slash = strchr(paths[slot] + strlen(dir) + 1, '/'); slash != NULL;
         slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        mkdir(paths[slot], 0700);
        *slash = '/';
    }
    FILE *file = fopen(paths[slot], "wb");
    REQUIRE(file != NULL);
    fputs(text, file);
    fclose(file);
    return paths[slot];
}

static const char *include_head =
    "scenario { id = \"inc\", start = \"a\" }\n" /* 1 */
    "node \"z\" { say = \"bye\", ending = { outcome = \"done\", success = true } }\n"; /* 2 */

/* A scenario that includes one thing on line 3. */
static const char *write_includer(const char *name, const char *include_line)
{
    char text[1024];
    snprintf(text, sizeof text,
             "%s%s\n"
             "node \"a\" { say = \"hi\", otherwise = \"z\" }\n",
             include_head, include_line);
    return write_in_dir(0, name, text);
}

static void expect_include_refused(const char *include_line, const char *fragment)
{
    const char *path = write_includer("refused.lua", include_line);
    CoachError err;
    Scenario *s = scn_load(path, NULL, &err);
    CHECK(s == NULL);
    scn_unload(s);
    CHECK_STR(err.file, path);
    CHECK_INT(err.line, 3);
    CHECK_INT(err.code, COACH_ESCRIPT);
    if (strstr(err.message, fragment) == NULL) {
        fprintf(stderr, "%s: message \"%s\" lacks \"%s\"\n", include_line, err.message, fragment);
        check_failures++;
    }
}

TEST(include_runs_a_lib_file_once_and_returns_its_value)
{
    write_in_dir(1, "lib/helpers.lua",
                 "RUNS = (RUNS or 0) + 1\n"
                 "local other = include \"lib/more/deep.lua\"\n"
                 "return { twice = function(n) return other.double(n) end,\n"
                 "         to_b = function(s, move) return move.text == \"go\" and \"b\" or nil end }\n");
    write_in_dir(2, "lib/more/deep.lua", "return { double = function(n) return n * 2 end }\n");
    const char *path = write_in_dir(0, "good.lua",
        "local h = include \"lib/helpers.lua\"\n"                       /* 1 */
        "local again = include \"lib/helpers.lua\"\n"                   /* 2 */
        "scenario { id = \"inc\", start = \"a\", state = { n = h.twice(21) } }\n" /* 3 */
        "node \"a\" {\n"                                                /* 4 */
        "  say = function(s) return \"n=\" .. s.n .. \" runs=\" .. RUNS ..\n" /* 5 */
        "    (h == again and \" same\" or \" other\") end,\n"           /* 6 */
        "  routes = { { test = function(s, m) return h.to_b(s, m) ~= nil end, to = h.to_b } },\n" /* 7 */
        "  otherwise = \"a\",\n"                                        /* 8 */
        "}\n"                                                           /* 9 */
        "node \"b\" { say = \"bye\", ending = { outcome = \"done\", success = true } }\n");
    CoachError err;
    Scenario *s = scn_load(path, NULL, &err);
    if (s == NULL)
        fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
    REQUIRE(s != NULL);
    ScnLine line;
    REQUIRE(scn_enter(s, scn_find_node(s, "a"), &line, &err) == COACH_OK);
    CHECK_STR(line.text, "n=42 runs=1 same");
    AnResult analysis;
    ScnStep step;
    ScnMove move = text_move("go", &analysis, 0);
    REQUIRE(scn_route(s, scn_find_node(s, "a"), &move, &step, &err) == COACH_OK);
    CHECK_INT(step.next, scn_find_node(s, "b"));
    move = text_move("stay", &analysis, 0);
    REQUIRE(scn_route(s, scn_find_node(s, "a"), &move, &step, &err) == COACH_OK);
    CHECK_INT(step.next, scn_find_node(s, "a"));
    scn_unload(s);
}

TEST(include_refuses_paths_outside_lib)
{
    write_in_dir(1, "secret.lua", "return 1\n");
    expect_include_refused("include \"lib/../secret.lua\"", "'..'");
    expect_include_refused("include \"../secret.lua\"", "'..'");
    expect_include_refused("include \"/tmp/secret.lua\"", "absolute");
    expect_include_refused("include \"secret.lua\"", "lib/");
    expect_include_refused("include \"lib/Helpers.lua\"", "a-z");
    expect_include_refused("include \"lib//x.lua\"", "empty part");
    expect_include_refused("include \"lib/x.txt\"", ".lua");
    expect_include_refused("include(42)", "path string");
}

TEST(include_of_a_missing_file_names_the_including_line)
{
    expect_include_refused("local x = include \"lib/no_such.lua\"", "lib/no_such.lua");
    expect_include_refused("local x = include \"lib/no_such.lua\"", "cannot open");
}

TEST(include_errors_inside_the_file_name_that_file_and_line)
{
    write_in_dir(1, "lib/broken.lua", "local t = {}\nreturn t.missing.field\n");
    expect_include_refused("include \"lib/broken.lua\"", "lib/broken.lua:2:");
    write_in_dir(1, "lib/syntax.lua", "return {\n  a = 1\n  b = 2\n}\n");
    expect_include_refused("include \"lib/syntax.lua\"", "lib/syntax.lua:3:");
    write_in_dir(1, "lib/cycle.lua", "return include \"lib/cycle.lua\"\n");
    expect_include_refused("include \"lib/cycle.lua\"", "cycle");
    write_in_dir(1, "lib/spin.lua", "while true do end\n");
    expect_include_refused("include \"lib/spin.lua\"", "instruction");
    write_in_dir(1, "lib/binary.lua", "\x1bLua not really bytecode\n");
    expect_include_refused("include \"lib/binary.lua\"", "binary");
}

TESTS(CHECK_CASE(scenario_loads_the_default_scenario_with_its_metadata),
      CHECK_CASE(scenario_hash_is_sha256_of_the_file),
      CHECK_CASE(scenario_edges_carry_the_lines_of_routes_and_choices),
      CHECK_CASE(scenario_entry_lines_hold_for_lists_in_any_order_and_inherited_keys),
      CHECK_CASE(scenario_routes_by_labels_words_tests_and_otherwise),
      CHECK_CASE(scenario_choices_carry_ids_label_overrides_and_points),
      CHECK_CASE(scenario_node_declarations_are_refused_twice_bodiless_or_with_no_table),
      CHECK_CASE(scenario_option_id_used_twice_is_refused_in_short_and_long_lists),
      CHECK_CASE(scenario_leaves_out_an_unknown_trainee_name_with_its_comma),
      CHECK_CASE(scenario_lines_are_seeded_substituted_and_count_visits),
      CHECK_CASE(scenario_reactions_merge_author_entries_over_defaults),
      CHECK_CASE(scenario_missing_file_is_an_io_error_naming_it),
      CHECK_CASE(scenario_of_8_mib_or_more_is_refused_by_size),
      CHECK_CASE(sandbox_stops_an_endless_loop_by_its_budget),
      CHECK_CASE(sandbox_budget_error_cannot_be_swallowed_by_pcall),
      CHECK_CASE(sandbox_caps_memory), CHECK_CASE(sandbox_memory_cap_is_configurable),
      CHECK_CASE(sandbox_stops_endless_recursion),
      CHECK_CASE(sandbox_has_no_io_os_require_debug_or_dofile),
      CHECK_CASE(sandbox_refuses_bytecode), CHECK_CASE(sandbox_bounds_work_done_in_c),
      CHECK_CASE(sandbox_budget_applies_to_each_call_at_run_time),
      CHECK_CASE(sandbox_refuses_finalisers_that_run_without_hooks),
      CHECK_CASE(scenario_without_scenario_declaration_is_refused),
      CHECK_CASE(scenario_without_start_names_the_line),
      CHECK_CASE(scenario_route_to_unknown_node_names_the_route_line),
      CHECK_CASE(scenario_text_node_without_otherwise_is_refused),
      CHECK_CASE(scenario_wrong_types_and_labels_are_refused_with_lines),
      CHECK_CASE(include_runs_a_lib_file_once_and_returns_its_value),
      CHECK_CASE(include_refuses_paths_outside_lib),
      CHECK_CASE(include_of_a_missing_file_names_the_including_line),
      CHECK_CASE(include_errors_inside_the_file_name_that_file_and_line))
