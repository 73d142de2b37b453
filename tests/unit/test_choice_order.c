/* Tests of the order a session shows its options in (ses_choice_order):
 * the author's order unless asked, else a permutation drawn from the seed
 * and the line, the same again in a replay, a retry and a reload, and
 * recorded in the log with every line said on a choice turn. */
#include <cjson/cJSON.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "session.h"

/* Four options at the start, then two on the next choice turn. */
static const char *const scenario_text =
    "scenario {\n"
    "  id = \"four_options\", title = \"Four options\", version = \"1.0.0\", difficulty = 1,\n"
    "  persona = { name = \"Pat Lee\", role = \"Ops lead\", company = \"Acme\" },\n"
    "  brief = \"A call.\", purpose = \"Find the pain.\", start = \"opening\", seed = 7,\n"
    "}\n"
    "node \"opening\" {\n"
    "  say = \"Pat here. What is this about?\",\n"
    "  choices = {\n"
    "    { id = \"a\", text = \"What happens when an order runs late?\", to = \"second\" },\n"
    "    { id = \"b\", text = \"Our dashboard schedules every pick.\", to = \"second\" },\n"
    "    { id = \"c\", text = \"How is your week going?\", to = \"second\" },\n"
    "    { id = \"d\", text = \"Could we book a demo on Tuesday?\", to = \"second\" },\n"
    "  },\n"
    "}\n"
    "node \"second\" {\n"
    "  say = \"Orders ship late and it costs us.\",\n"
    "  choices = {\n"
    "    { id = \"x\", text = \"What does a late order cost you?\", to = \"done\" },\n"
    "    { id = \"y\", text = \"Can we meet on Tuesday to look at it?\", to = \"done\" },\n"
    "  },\n"
    "}\n"
    "node \"done\" {\n"
    "  say = \"Fine, Tuesday.\",\n"
    "  ending = { outcome = \"meeting_booked\", success = true },\n"
    "}\n";

static char scenario_path[256];
static char log_dir[256];

static const char *fixture(void)
{
    if (scenario_path[0] != '\0')
        return scenario_path;
    snprintf(scenario_path, sizeof scenario_path, "/tmp/coach_choice_order_%d.lua", (int)getpid());
    FILE *file = fopen(scenario_path, "w");
    REQUIRE(file != NULL);
    fputs(scenario_text, file);
    fclose(file);
    snprintf(log_dir, sizeof log_dir, "/tmp/coach_choice_order_logs_%d", (int)getpid());
    mkdir(log_dir, 0700);
    return scenario_path;
}

static Session *start(bool shuffle, uint64_t seed, bool logged)
{
    CoachError err;
    err_clear(&err);
    Scenario *scenario = scn_load(fixture(), NULL, &err);
    if (scenario == NULL)
        fprintf(stderr, "%s\n", err.message);
    REQUIRE(scenario != NULL);
    SesOptions options = {.trainee = "Alex", .no_log = !logged, .log_dir = logged ? log_dir : NULL,
                          .lexicon_path = "assets/lexicon.lua", .has_seed = true, .seed = seed,
                          .shuffle_choices = shuffle};
    Session *session = ses_create(scenario, NULL, &options, &err);
    REQUIRE(session != NULL);
    REQUIRE(ses_start(session, &err) == COACH_OK);
    return session;
}

static bool is_permutation(const size_t *order, size_t count)
{
    bool seen[16] = {false};
    for (size_t i = 0; i < count; i++) {
        if (order[i] >= count || seen[order[i]])
            return false;
        seen[order[i]] = true;
    }
    return true;
}

/* The log's trainee turn n (0-based among the trainee's turns), or NULL. */
static const cJSON *trainee_turn(const cJSON *log, size_t n)
{
    const cJSON *turn;
    cJSON_ArrayForEach(turn, cJSON_GetObjectItemCaseSensitive(log, "turns"))
    {
        const cJSON *speaker = cJSON_GetObjectItemCaseSensitive(turn, "speaker");
        if (cJSON_IsString(speaker) && strcmp(speaker->valuestring, "trainee") == 0 && n-- == 0)
            return turn;
    }
    return NULL;
}

/* Whether the log turn's options_shown is order[0..count). */
static bool logged_order(const cJSON *turn, const size_t *order, size_t count)
{
    const cJSON *shown = cJSON_GetObjectItemCaseSensitive(turn, "options_shown");
    if (!cJSON_IsArray(shown) || (size_t)cJSON_GetArraySize(shown) != count)
        return false;
    for (size_t i = 0; i < count; i++) {
        const cJSON *item = cJSON_GetArrayItem(shown, (int)i);
        if (!cJSON_IsNumber(item) || (size_t)item->valuedouble != order[i])
            return false;
    }
    return true;
}

TEST(choice_order_is_the_authors_unless_shuffled)
{
    Session *session = start(false, 11, false);
    size_t order[16];
    REQUIRE(ses_choice_order(session, order, 16) == 4);
    for (size_t i = 0; i < 4; i++)
        CHECK_INT(order[i], i);
    cJSON *log = NULL;
    CoachError err;
    REQUIRE(ses_answer_choice(session, 2, &err) == COACH_OK);
    log = ses_log_document(session);
    REQUIRE(log != NULL);
    CHECK(cJSON_GetObjectItemCaseSensitive(trainee_turn(log, 0), "options_shown") == NULL);
    cJSON_Delete(log);
    ses_destroy(session);
}

TEST(choice_order_is_a_permutation_drawn_from_the_seed_and_the_line)
{
    int first_seen[4] = {0};
    int identity = 0;
    for (uint64_t seed = 1; seed <= 40; seed++) {
        Session *a = start(true, seed, false);
        Session *b = start(true, seed, false);
        size_t order[16], again[16];
        REQUIRE(ses_choice_order(a, order, 16) == 4);
        CHECK(is_permutation(order, 4));
        REQUIRE(ses_choice_order(b, again, 16) == 4);
        CHECK(memcmp(order, again, sizeof(size_t) * 4) == 0); /* the same seed and line: the same order */
        size_t top[2];
        CHECK_INT(ses_choice_order(a, top, 2), 4); /* max cuts what is written, not the count */
        CHECK(top[0] == order[0] && top[1] == order[1]);
        first_seen[order[0]]++;
        identity += order[0] == 0 && order[1] == 1 && order[2] == 2 && order[3] == 3;
        ses_destroy(a);
        ses_destroy(b);
    }
    printf("first shown over 40 seeds: a %d, b %d, c %d, d %d; the author's order %d times\n", first_seen[0],
           first_seen[1], first_seen[2], first_seen[3], identity);
    for (int i = 0; i < 4; i++)
        CHECK(first_seen[i] >= 2); /* every option comes first for some seeds (10 expected) */
    CHECK(identity <= 6);
}

TEST(choice_order_is_logged_and_a_retry_and_a_reload_show_it_again)
{
    /* a seed whose first order is not the author's */
    uint64_t seed = 1;
    size_t first[16];
    for (;; seed++) {
        Session *probe = start(true, seed, false);
        ses_choice_order(probe, first, 16);
        ses_destroy(probe);
        if (first[0] != 0)
            break;
    }
    Session *call = start(true, seed, true);
    CoachError err;
    size_t order[16];
    ses_choice_order(call, order, 16);
    CHECK(memcmp(order, first, sizeof(size_t) * 4) == 0);
    REQUIRE(ses_answer_choice(call, order[0], &err) == COACH_OK); /* the option shown on top */
    size_t second[16];
    REQUIRE(ses_choice_order(call, second, 16) == 2);
    CHECK(is_permutation(second, 2));
    REQUIRE(ses_answer_choice(call, second[1], &err) == COACH_OK);
    CHECK_INT(ses_state(call), SES_ENDED);
    cJSON *log = ses_log_document(call);
    REQUIRE(log != NULL);
    CHECK(logged_order(trainee_turn(log, 0), order, 4));
    CHECK(logged_order(trainee_turn(log, 1), second, 2));
    CHECK_INT((size_t)cJSON_GetObjectItemCaseSensitive(trainee_turn(log, 0), "choice_index")->valuedouble, order[0]);
    cJSON_Delete(log);

    /* a retry from line 2 replays line 1 and shows line 2's options as before */
    Session *retry = start(true, seed, false);
    size_t replayed = 0;
    REQUIRE(ses_begin_retry(retry, ses_id(call), ses_input(call, 0), ses_input_count(call), 2, &replayed, &err) ==
            COACH_OK);
    CHECK_INT(replayed, 1);
    size_t again[16];
    REQUIRE(ses_choice_order(retry, again, 16) == 2);
    CHECK(memcmp(again, second, sizeof(size_t) * 2) == 0);
    log = ses_log_document(retry);
    REQUIRE(log != NULL);
    CHECK(logged_order(trainee_turn(log, 0), order, 4));
    cJSON_Delete(log);
    ses_destroy(retry);

    /* a reload (F5) after line 1 goes on with the same order */
    Session *old = start(true, seed, false);
    REQUIRE(ses_answer_choice(old, order[0], &err) == COACH_OK);
    Session *fresh = start(true, seed, false);
    size_t total = 0;
    bool script_error = false;
    CHECK_INT(ses_reload(fresh, old, &total, &script_error, &err), 1);
    REQUIRE(ses_choice_order(fresh, again, 16) == 2);
    CHECK(memcmp(again, second, sizeof(size_t) * 2) == 0);
    ses_destroy(fresh);
    ses_destroy(old);
    ses_destroy(call);
}

TESTS(CHECK_CASE(choice_order_is_the_authors_unless_shuffled),
      CHECK_CASE(choice_order_is_a_permutation_drawn_from_the_seed_and_the_line),
      CHECK_CASE(choice_order_is_logged_and_a_retry_and_a_reload_show_it_again))
