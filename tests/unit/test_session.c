/* Tests of the session state machine on the default scenario. */
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "log.h"
#include "session.h"

#define DEFAULT "scenarios/plant_downtime.lua"

static Session *start(const char *path, const char *log_dir)
{
    CoachError err;
    Scenario *scenario = scn_load(path, NULL, &err);
    REQUIRE(scenario != NULL);
    SesOptions options = {.trainee = "Alex", .log_dir = log_dir, .no_log = log_dir == NULL,
                          .lexicon_path = "assets/lexicon.lua"};
    Session *session = ses_create(scenario, NULL, &options, &err);
    REQUIRE(session != NULL);
    REQUIRE(ses_start(session, &err) == COACH_OK);
    return session;
}

static void say(Session *session, const char *text)
{
    CoachError err;
    if (ses_answer_text(session, text, strlen(text), &err) != COACH_OK) {
        fprintf(stderr, "answer failed: %s\n", err.message);
        check_failures++;
    }
}

static const char *node_id(const Session *session)
{
    return scn_node(ses_scenario(session), (size_t)ses_node(session))->id;
}

TEST(session_starts_with_the_prospects_first_line)
{
    Session *session = start(DEFAULT, NULL);
    CHECK(ses_state(session) == SES_AWAIT_TEXT);
    CHECK(ses_accepts_text(session));
    CHECK_STR(node_id(session), "opening");
    CHECK(strstr(ses_prospect_line(session), "Alex") != NULL);
    CHECK_INT(ses_turn_count(session), 1);
    CHECK(!ses_turn(session, 0)->trainee);
    CHECK(ses_log_path(session) == NULL);
    CoachError err;
    CHECK(ses_start(session, &err) == COACH_ESTATE);
    ses_destroy(session);
}

TEST(session_open_questions_reveal_targets_and_reach_the_meeting)
{
    Session *session = start(DEFAULT, NULL);
    say(session, "Thanks for making time, Dana. The purpose of today is to understand how the plant runs, not to pitch anything. Is that fair?");
    CHECK_STR(node_id(session), "agenda_ok");
    say(session, "What's been keeping you busiest on the floor lately?");
    say(session, "You said Line 3 gives you grey hair. What's been happening there?");
    CHECK_STR(node_id(session), "line3_story");
    CHECK(ses_target_revealed(session, (size_t)scn_find_target(ses_scenario(session), "pain")));
    say(session, "What do those stops end up costing you?");
    CHECK_STR(node_id(session), "impact");
    say(session, "What happens if nothing changes and Line 3 keeps stopping?");
    CHECK_STR(node_id(session), "inaction");
    say(session, "Who besides you would decide on something like this?");
    say(session, "That's helpful, thank you.");
    CHECK(ses_state(session) == SES_AWAIT_CHOICE);
    CHECK_INT(ses_choice_count(session), 3);
    CHECK_STR(ses_choice(session, 0)->id, "close_choice.visit");
    CoachError err;
    REQUIRE(ses_answer_choice(session, 0, &err) == COACH_OK);
    CHECK(ses_state(session) == SES_ENDED);
    CHECK_STR(ses_ending(session), "meeting_booked");
    CHECK(ses_ending_success(session));
    const SesTurn *pick = ses_turn(session, ses_turn_count(session) - 2);
    CHECK(pick->trainee && pick->choice == 0);
    CHECK_STR(pick->line_id, "close_choice.visit");
    CHECK(pick->rubric->from_choice);
    CHECK(pick->rubric->analysis.labels & AN_BIT(AN_NEXT_STEP));
    CHECK_INT(pick->rubric->choice_points[RUB_NEXT_STEP], 5);
    CHECK(rub_skill_score(ses_scores(session), RUB_DISCOVERY) > 50);
    CHECK(ses_answer_text(session, "more", 4, &err) == COACH_ESTATE);
    ses_destroy(session);
}

TEST(session_feature_pitch_cools_the_prospect)
{
    Session *session = start(DEFAULT, NULL);
    double before = 0, after = 0;
    CHECK(scn_state_number(ses_scenario(session), "interest", &before));
    say(session, "Hi Dana, our wireless vibration sensors and predictive alerts run on a cloud platform with a dashboard.");
    CHECK_STR(node_id(session), "pitch_early");
    CHECK(scn_state_number(ses_scenario(session), "interest", &after));
    CHECK(after < before);
    const SesTurn *turn = ses_turn(session, 1);
    CHECK(turn->rubric->analysis.labels & AN_BIT(AN_FEATURE));
    CHECK_STR(turn->route_id, "opening.pitches");
    ses_destroy(session);
}

TEST(session_picks_up_a_cue_followed_up_in_time)
{
    Session *session = start(DEFAULT, NULL);
    say(session, "What's been keeping you busiest on the floor lately?");
    say(session, "You said Line 3 gives you grey hair. What's been happening there?");
    CHECK_STR(node_id(session), "line3_story");
    say(session, "You got called in on Sunday? Tell me more about that.");
    const SesTurn *turn = ses_turn(session, ses_turn_count(session) - 2);
    REQUIRE(turn->trainee);
    bool weekend = false;
    for (size_t i = 0; i < turn->rubric->picked_cue_count; i++)
        weekend |= strcmp(turn->rubric->picked_cues[i], "weekend") == 0;
    CHECK(weekend);
    ses_destroy(session);
}

static bool picked(const Session *session, size_t index, const char *cue)
{
    const SesTurn *turn = ses_turn(session, index);
    for (size_t i = 0; turn->trainee && i < turn->rubric->picked_cue_count; i++)
        if (strcmp(turn->rubric->picked_cues[i], cue) == 0)
            return true;
    return false;
}

TEST(session_a_yes_no_question_or_a_pitch_with_the_cue_words_picks_nothing_up)
{
    /* the Sunday call-out cue; a yes/no question that contains its words */
    Session *session = start(DEFAULT, NULL);
    say(session, "What's been keeping you busiest on the floor lately?");
    say(session, "You said Line 3 gives you grey hair. What's been happening there?");
    REQUIRE(strcmp(node_id(session), "line3_story") == 0);
    say(session, "Do you get called in on a Sunday a lot?");
    CHECK(!picked(session, ses_turn_count(session) - 2, "weekend"));
    ses_destroy(session);
    /* a pitch that echoes them, checked with "would that help?" */
    session = start(DEFAULT, NULL);
    say(session, "What's been keeping you busiest on the floor lately?");
    say(session, "You said Line 3 gives you grey hair. What's been happening there?");
    say(session, "Our sensors would warn you before a Sunday call-out. Would that help?");
    CHECK(!picked(session, ses_turn_count(session) - 2, "weekend"));
    ses_destroy(session);
    /* the same words given back and asked about are a pick-up */
    session = start(DEFAULT, NULL);
    say(session, "What's been keeping you busiest on the floor lately?");
    say(session, "You said Line 3 gives you grey hair. What's been happening there?");
    say(session, "Called in on a Sunday - that sounds exhausting. What happened that time?");
    CHECK(picked(session, ses_turn_count(session) - 2, "weekend"));
    ses_destroy(session);
}

/* Their words given back in a remark (two of the cue's), then a yes/no
 * question of them, follow the cue up (r8 homebuyer skilled: 'Night feeds -
 * that's not getting ahead of yourself at all. Is there a little one on the
 * way?'); one word given back, or a question of the product, does not. */
TEST(session_words_given_back_then_a_yes_no_question_pick_the_cue_up)
{
    static const char *const lines[][2] = {
        {"Called in on a Sunday morning again. Is that happening most weekends now?", "1"},
        {"Sunday, two in the morning - that's brutal. Does anyone else get called?", "1"},
        {"Sunday again. Is that normal for you?", "0"},
        {"Called in on a Sunday morning again. Would vibration sensors have caught it?", "0"},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        Session *session = start(DEFAULT, NULL);
        say(session, "What's been keeping you busiest on the floor lately?");
        say(session, "You said Line 3 gives you grey hair. What's been happening there?");
        REQUIRE(strcmp(node_id(session), "line3_story") == 0);
        say(session, lines[i][0]);
        bool got = picked(session, ses_turn_count(session) - 2, "weekend");
        if (got != (lines[i][1][0] == '1'))
            fprintf(stderr, "  %s: picked %d\n", lines[i][0], got);
        CHECK(got == (lines[i][1][0] == '1'));
        ses_destroy(session);
    }
}

/* A fact question for the name of their set-up qualifies them; it does not
 * follow up the cue it shares a word with (r8 cfo average line 2: 'What
 * system are you using for AP right now?' after 'Everyone blames AP.'); a
 * fact asked of the cue itself does. */
TEST(session_asking_which_system_does_not_follow_a_cue_up)
{
    static const char *const lines[][2] = {
        {"ok got it. What system are you using for AP right now?", "0"},
        {"Which software does AP use?", "0"},
        {"What ERP system is AP on?", "0"},
        {"Who blames AP the most?", "1"},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        Session *session = start("scenarios/cfo_demo.lua", NULL);
        say(session, "Hi Helen, thanks for reaching out! We can probably do that. What are you hoping to see in the demo?");
        REQUIRE(strcmp(node_id(session), "what_prove") == 0);
        say(session, lines[i][0]);
        bool got = picked(session, ses_turn_count(session) - 2, "blames_ap");
        if (got != (lines[i][1][0] == '1'))
            fprintf(stderr, "  %s: picked %d\n", lines[i][0], got);
        CHECK(got == (lines[i][1][0] == '1'));
        ses_destroy(session);
    }
}

/* A cue is followed by its own words, not by a word it happens to share
 * with another thread (r8 coffee skilled line 5: 'When you and Lena argue
 * about it, what's her side' was credited the mulch client of his first
 * line; r8 cfo average line 6: 'so thats like 240k a year' the auditor's
 * 'next year'); the cue's own words still follow it. */
TEST(session_a_word_of_another_thread_does_not_follow_a_cue)
{
    static const char *const coffee[] = {
        "Brown or darker brown - sounds like you earned that cortado. Thanks for coming, Gus. I'd love to hear what you're building with the business and how the money side feels these days; if it turns out we can't help, I'll say so and we'll just enjoy the coffee. Fair?",
        "From one mower and a welded trailer to nine crews, that's quite a thing to carry on. You trailed off on your daughter though - what's the hope there?",
        "Held together with tape - what does a Sunday night at the kitchen table actually look like for you?",
        "Ouch, a penalty on top of giving up your Sundays. When you're two months behind like that, what does it end up costing you day to day?",
        "So not knowing your cash cost you the biggest job you've ever been offered. That must still sting. When you and Lena argue about it, what's her side",
    };
    Session *session = start("scenarios/coffee_owner.lua", NULL);
    for (size_t i = 0; i < sizeof coffee / sizeof coffee[0]; i++)
        say(session, coffee[i]);
    CHECK(!picked(session, ses_turn_count(session) - 2, "mulch_client"));
    CHECK(picked(session, ses_turn_count(session) - 2, "argue_lena"));
    ses_destroy(session);
    static const char *const cfo[][2] = {
        {"Ouch, so thats like 240k a year. Is fixing the close your main priority then?", "0"},
        {"So that's real money every year. Is the close the bigger worry?", "0"},
        {"And the auditor - what does that cost you each time?", "1"},
    };
    for (size_t i = 0; i < sizeof cfo / sizeof cfo[0]; i++) {
        session = start("scenarios/cfo_demo.lua", NULL);
        say(session, "Hi Helen, thanks for reaching out! We can probably do that. What are you hoping to see in the demo?");
        say(session, "ok got it. What system are you using for AP right now?");
        say(session, "Sure. So what are the biggest challanges your team is facing?");
        say(session, "Duplicate payments are a big one. We actually have built in duplicate detection for that. How did those get through?");
        say(session, "Got it. What do the duplicates and the late close end up costing you?");
        REQUIRE(strcmp(node_id(session), "cost") == 0);
        bool got;
        say(session, cfo[i][0]);
        got = picked(session, ses_turn_count(session) - 2, "auditor");
        if (got != (cfo[i][1][0] == '1'))
            fprintf(stderr, "  %s: picked %d (node %s)\n", cfo[i][0], got, node_id(session));
        CHECK(got == (cfo[i][1][0] == '1'));
        ses_destroy(session);
    }
}

/* A number is no word of a cue: "Eleven in one year, and the auditor only
 * sampled" (duplicates) does not bring back "our month-end close takes
 * eleven days", so 'Is fixing the close your main priority then?' after it
 * follows nothing up (r8 cfo average line 6). */
TEST(session_a_number_does_not_bring_a_cue_back)
{
    static const char *const lines[] = {
        "Ouch, so thats like 240k a year. Is fixing the close your main priority then?",
        "So is the close the real priority?", "Right. And is speeding up the close top of the list?"};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        Session *session = start("scenarios/cfo_demo.lua", NULL);
        say(session, "Hi Helen, thanks for reaching out! We can probably do that. What are you hoping to see in the demo?");
        say(session, "ok got it. What system are you using for AP right now?");
        say(session, "Sure. So what are the biggest challanges your team is facing?");
        say(session, "Duplicate payments are a big one. We actually have built in duplicate detection for that. How did those get through?");
        say(session, "Got it. Does that happen a lot?");
        const SesTurn *line = ses_turn(session, ses_turn_count(session) - 1);
        REQUIRE(strstr(line->text, "Eleven") != NULL);
        for (size_t c = 0; c < line->rubric->cue_count; c++)
            CHECK(strcmp(line->rubric->cues[c].id, "eleven_days") != 0);
        say(session, lines[i]);
        CHECK(!picked(session, ses_turn_count(session) - 2, "eleven_days"));
        ses_destroy(session);
    }
}

TEST(session_refuses_moves_that_do_not_fit_the_turn)
{
    Session *session = start(DEFAULT, NULL);
    CoachError err;
    CHECK(ses_answer_choice(session, 0, &err) == COACH_ESTATE);
    say(session, "Hi Dana, can we book a demo next week?");
    CHECK_STR(node_id(session), "too_soon");
    CHECK(ses_answer_choice(session, 5, &err) == COACH_EUSAGE);
    CHECK(ses_turn(session, 1)->rubric->analysis.labels & AN_BIT(AN_NEXT_STEP));
    ses_destroy(session);
}

TEST(session_quit_ends_the_call_as_abandoned)
{
    Session *session = start(DEFAULT, NULL);
    CoachError err;
    REQUIRE(ses_quit(session, &err) == COACH_OK);
    CHECK(ses_state(session) == SES_ENDED);
    CHECK_STR(ses_ending(session), "abandoned");
    CHECK(!ses_ending_success(session));
    CHECK(ses_quit(session, &err) == COACH_ESTATE);
    ses_destroy(session);
}

TEST(session_inputs_replay_to_the_same_place)
{
    Session *first = start(DEFAULT, NULL);
    say(first, "What's been keeping you busiest on the floor lately?");
    say(first, "Okay.");
    CoachError err;
    if (ses_state(first) == SES_AWAIT_CHOICE)
        REQUIRE(ses_answer_choice(first, 0, &err) == COACH_OK);
    say(first, "\xff broken \xfe bytes and a NUL");
    Session *second = start(DEFAULT, NULL);
    REQUIRE(ses_input_count(first) >= 3);
    REQUIRE(ses_replay(second, ses_input(first, 0), ses_input_count(first), &err) == COACH_OK);
    CHECK_INT(ses_node(second), ses_node(first));
    CHECK_INT(ses_turn_count(second), ses_turn_count(first));
    for (size_t i = 0; i < ses_turn_count(first); i++)
        CHECK_STR(ses_turn(second, i)->text, ses_turn(first, i)->text);
    CHECK(strstr(ses_turn(first, 7)->text, "\xEF\xBF\xBD") != NULL);
    ses_destroy(first);
    ses_destroy(second);
}

TEST(session_writes_a_valid_log_after_every_turn)
{
    char dir[256];
    snprintf(dir, sizeof dir, "/tmp/coach-test-session-%ld", (long)getpid());
    Session *session = start(DEFAULT, dir);
    /* nothing said yet: no log file */
    CHECK(ses_log_path(session) == NULL);
    CHECK_INT((int)strlen(ses_id(session)), 32);
    CoachError err;
    cJSON *doc;
    say(session, "Hi Dana, can we book a demo next week?");
    const char *path = ses_log_path(session);
    REQUIRE(path != NULL);
    doc = log_read(path, &err);
    REQUIRE(doc != NULL);
    CHECK_INT(cJSON_GetArraySize(cJSON_GetObjectItem(doc, "turns")), 3);
    CHECK(cJSON_IsNull(cJSON_GetObjectItem(doc, "ending")));
    CHECK(cJSON_IsFalse(cJSON_GetObjectItem(doc, "finished")));
    CHECK_STR(cJSON_GetObjectItem(doc, "id")->valuestring, ses_id(session));
    cJSON_Delete(doc);
    REQUIRE(ses_answer_choice(session, 1, &err) == COACH_OK);
    doc = log_read(path, &err);
    REQUIRE(doc != NULL);
    cJSON *turns = cJSON_GetObjectItem(doc, "turns");
    CHECK_INT(cJSON_GetArraySize(turns), 5);
    cJSON *ask = cJSON_GetArrayItem(turns, 1);
    CHECK_STR(cJSON_GetObjectItem(ask, "speaker")->valuestring, "trainee");
    CHECK(cJSON_IsTrue(cJSON_GetObjectItem(ask, "premature_ask")));
    CHECK_STR(cJSON_GetObjectItem(ask, "route_id")->valuestring, "opening.asks_early");
    cJSON *label = cJSON_GetArrayItem(cJSON_GetObjectItem(ask, "labels"), 0);
    CHECK(cJSON_GetArraySize(cJSON_GetObjectItem(label, "evidence")) > 0);
    CHECK(cJSON_IsObject(cJSON_GetObjectItem(ask, "state")));
    CHECK_STR(cJSON_GetObjectItem(cJSON_GetArrayItem(turns, 3), "choice_id")->valuestring, "too_soon.push");
    cJSON *ending = cJSON_GetObjectItem(doc, "ending");
    CHECK_STR(cJSON_GetObjectItem(ending, "outcome")->valuestring, "brush_off");
    CHECK(cJSON_IsTrue(cJSON_GetObjectItem(doc, "finished")));
    cJSON *metrics = cJSON_GetObjectItem(doc, "metrics");
    CHECK(cJSON_GetObjectItem(metrics, "premature_asks")->valueint >= 1);
    CHECK_INT(cJSON_GetObjectItem(metrics, "turns")->valueint, 5);
    CHECK_STR(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "scenario"), "id")->valuestring, "plant_downtime");
    cJSON_Delete(doc);
    ses_destroy(session);
}

TEST(session_unwritable_log_dir_fails_before_play)
{
    CoachError err;
    Scenario *scenario = scn_load(DEFAULT, NULL, &err);
    REQUIRE(scenario != NULL);
    SesOptions options = {.log_dir = "/proc/coach-no-logs", .lexicon_path = "assets/lexicon.lua"};
    Session *session = ses_create(scenario, NULL, &options, &err);
    REQUIRE(session != NULL);
    CHECK(ses_start(session, &err) == COACH_EIO);
    CHECK_STR(err.file, "/proc/coach-no-logs");
    CHECK(ses_state(session) == SES_NEW);
    ses_destroy(session);
}

TEST(session_deferred_analyser_waits_for_the_first_answer)
{
    char dir[256];
    snprintf(dir, sizeof dir, "/tmp/coach-test-session-defer-%ld", (long)getpid());
    CoachError err;
    Analyzer *base = an_create("assets/lexicon.lua", &err);
    REQUIRE(base != NULL);
    Scenario *scenario = scn_load(DEFAULT, NULL, &err);
    REQUIRE(scenario != NULL);
    SesOptions options = {.trainee = "Alex", .log_dir = dir, .defer_analyzer = true};
    Session *session = ses_create(scenario, NULL, &options, &err);
    REQUIRE(session != NULL);
    CHECK(!ses_has_analyzer(session));
    REQUIRE(ses_start(session, &err) == COACH_OK);
    CHECK(ses_state(session) == SES_AWAIT_TEXT);
    CHECK(ses_prospect_line(session) != NULL && ses_prospect_line(session)[0] != '\0');
    /* no analyser: answers are refused and nothing changes (nor is logged) */
    CHECK(ses_answer_text(session, "What happens when a line stops?", 32, &err) == COACH_ESTATE);
    CHECK_INT((int)ses_turn_count(session), 1);
    CHECK(ses_state(session) == SES_AWAIT_TEXT);
    CHECK(ses_log_path(session) == NULL);
    /* the analyser is a copy: the base may go once it is given */
    REQUIRE(ses_set_analyzer(session, base, &err) == COACH_OK);
    an_destroy(base);
    CHECK(ses_has_analyzer(session));
    CHECK(ses_set_analyzer(session, NULL, &err) == COACH_EUSAGE);
    say(session, "What happens on the line when a press goes down?");
    CHECK_INT((int)ses_turn_count(session), 3);
    CHECK(ses_turn(session, 1)->rubric->analysis.labels & AN_BIT(AN_OPEN_QUESTION));
    REQUIRE(ses_log_path(session) != NULL);
    cJSON *doc = log_read(ses_log_path(session), &err);
    REQUIRE(doc != NULL);
    CHECK_INT(cJSON_GetArraySize(cJSON_GetObjectItem(doc, "turns")), 3);
    cJSON_Delete(doc);
    ses_destroy(session);
}

TEST(session_deferred_analyser_still_refuses_an_unwritable_dir_at_start)
{
    CoachError err;
    Scenario *scenario = scn_load(DEFAULT, NULL, &err);
    REQUIRE(scenario != NULL);
    SesOptions options = {.log_dir = "/proc/coach-no-logs", .defer_analyzer = true};
    Session *session = ses_create(scenario, NULL, &options, &err);
    REQUIRE(session != NULL);
    CHECK(ses_start(session, &err) == COACH_EIO);
    CHECK_STR(err.file, "/proc/coach-no-logs");
    CHECK(ses_state(session) == SES_NEW);
    ses_destroy(session);
}

/* Files in dir whose name ends in .json. */
static int count_logs(const char *dir)
{
    char command[512];
    snprintf(command, sizeof command, "ls %s 2>/dev/null | grep -c '\\.json$'", dir);
    FILE *pipe = popen(command, "r");
    int count = -1;
    if (pipe != NULL) {
        if (fscanf(pipe, "%d", &count) != 1)
            count = -1;
        pclose(pipe);
    }
    return count;
}

TEST(session_with_no_trainee_turn_leaves_no_log)
{
    char dir[256];
    snprintf(dir, sizeof dir, "/tmp/coach-test-session-empty-%ld", (long)getpid());
    Session *session = start(DEFAULT, dir);
    CoachError err;
    /* the trainee hangs up before saying anything */
    REQUIRE(ses_quit(session, &err) == COACH_OK);
    CHECK(ses_state(session) == SES_ENDED);
    CHECK(ses_log_path(session) == NULL);
    ses_destroy(session);
    /* nor does a session closed at the first line */
    ses_destroy(start(DEFAULT, dir));
    CHECK_INT(count_logs(dir), 0);
    /* one line said: one log */
    session = start(DEFAULT, dir);
    say(session, "Hi Dana, thanks for making time.");
    REQUIRE(ses_quit(session, &err) == COACH_OK);
    ses_destroy(session);
    CHECK_INT(count_logs(dir), 1);
    char command[300];
    snprintf(command, sizeof command, "rm -rf %s", dir);
    CHECK(system(command) == 0);
}

TEST(session_reload_continues_the_same_log_and_notes_the_reload)
{
    char dir[256];
    snprintf(dir, sizeof dir, "/tmp/coach-test-session-reload-%ld", (long)getpid());
    Session *old = start(DEFAULT, dir);
    say(old, "Thanks for making time, Dana. The purpose of today is to understand how the plant runs, not to pitch anything. Is that fair?");
    say(old, "What's been keeping you busiest on the floor lately?");
    REQUIRE(ses_log_path(old) != NULL);
    char path[4096];
    snprintf(path, sizeof path, "%s", ses_log_path(old));
    char id[64];
    snprintf(id, sizeof id, "%s", ses_id(old));

    Session *fresh = start(DEFAULT, dir);
    size_t total = 0;
    bool script_error = true;
    CoachError err;
    CHECK_INT((int)ses_reload(fresh, old, &total, &script_error, &err), 2);
    CHECK_INT((int)total, 2);
    CHECK(!script_error);
    ses_destroy(old);
    CHECK_STR(ses_log_path(fresh), path);
    CHECK_STR(ses_id(fresh), id);
    CHECK_INT((int)ses_turn_count(fresh), 5);
    say(fresh, "You said Line 3 gives you grey hair. What's been happening there?");
    ses_destroy(fresh);
    CHECK_INT(count_logs(dir), 1);
    cJSON *doc = log_read(path, &err);
    REQUIRE(doc != NULL);
    CHECK_INT(cJSON_GetArraySize(cJSON_GetObjectItem(doc, "turns")), 7);
    cJSON *reloads = cJSON_GetObjectItem(doc, "reloads");
    CHECK_INT(cJSON_GetArraySize(reloads), 1);
    cJSON *event = cJSON_GetArrayItem(reloads, 0);
    CHECK_INT(cJSON_GetObjectItem(event, "answers")->valueint, 2);
    CHECK_INT(cJSON_GetObjectItem(event, "replayed")->valueint, 2);
    CHECK_INT((int)strlen(cJSON_GetObjectItem(event, "scenario_sha256")->valuestring), 64);
    cJSON_Delete(doc);
    char command[300];
    snprintf(command, sizeof command, "rm -rf %s", dir);
    CHECK(system(command) == 0);
}

TEST(session_scenario_error_fails_the_session_with_file_and_line)
{
    char path[256];
    snprintf(path, sizeof path, "/tmp/coach-test-session-error-%ld.lua", (long)getpid());
    FILE *file = fopen(path, "w");
    REQUIRE(file != NULL);
    fputs("scenario { id = \"boom\", start = \"a\" }\n"
          "node \"a\" { say = \"hi\", otherwise = \"b\" }\n"
          "node \"b\" { say = function(s) error(\"broken line\") end, otherwise = \"a\" }\n",
          file);
    fclose(file);
    Session *session = start(path, NULL);
    CoachError err;
    CHECK(ses_answer_text(session, "hello", 5, &err) == COACH_ESCRIPT);
    CHECK(ses_state(session) == SES_FAILED);
    CHECK_STR(ses_error(session)->file, path);
    CHECK_INT(ses_error(session)->line, 3);
    CHECK(strstr(ses_error(session)->message, "broken line") != NULL);
    ses_destroy(session);
}

static double state_number(const Session *session, const char *name)
{
    double value = -1;
    scn_state_number(ses_scenario(session), name, &value);
    return value;
}

TEST(session_typing_an_options_words_is_picking_that_option)
{
    CoachError err;
    Session *picked = start(DEFAULT, NULL), *typed = start(DEFAULT, NULL);
    REQUIRE(ses_goto(picked, "cost_question", &err) == COACH_OK);
    REQUIRE(ses_goto(typed, "cost_question", &err) == COACH_OK);
    REQUIRE(ses_choice_count(picked) == 3);
    const char *words = ses_choice(typed, 1)->text; /* "Our predictive alerts would fix that." */
    char copy[256];
    snprintf(copy, sizeof copy, "%s", words);
    REQUIRE(ses_answer_choice(picked, 1, &err) == COACH_OK);
    say(typed, copy);
    const SesTurn *a = ses_turn(picked, ses_turn_count(picked) - 2);
    const SesTurn *b = ses_turn(typed, ses_turn_count(typed) - 2);
    CHECK(a->trainee && b->trainee);
    CHECK_INT(b->rubric->analysis.labels, a->rubric->analysis.labels);
    CHECK_STR(node_id(typed), node_id(picked));
    CHECK(state_number(typed, "trust") == state_number(picked, "trust"));
    CHECK(b->heard != NULL && strstr(b->heard, "the same as the option") != NULL);
    ses_destroy(picked);
    ses_destroy(typed);
}

TEST(session_a_line_not_understood_gets_a_clarification_that_changes_nothing)
{
    Session *session = start(DEFAULT, NULL);
    double trust = state_number(session, "trust");
    size_t turns = ses_turn_count(session);
    say(session, "asdf qwerty zxcv");
    CHECK_STR(node_id(session), "opening");
    CHECK(ses_state(session) == SES_AWAIT_TEXT);
    CHECK_INT(ses_turn_count(session), turns + 2);
    const SesTurn *line = ses_turn(session, turns), *asked = ses_turn(session, turns + 1);
    CHECK(line->trainee && line->clarified && line->heard != NULL);
    CHECK(!asked->trainee && asked->clarified);
    CHECK(strcmp(asked->text, ses_turn(session, 0)->text) != 0);
    CHECK(state_number(session, "trust") == trust);
    CHECK_INT(rub_metrics(ses_scores(session))->trainee_turns, 0);
    /* a second one is asked too; the third takes the node's otherwise */
    say(session, "qwerty asdf");
    CHECK_STR(node_id(session), "opening");
    say(session, "zxcv qwerty");
    CHECK_STR(node_id(session), "opening_push");
    ses_destroy(session);
}

TEST(session_never_fails_or_ends_on_bad_input)
{
    char long_line[4001];
    for (size_t i = 0; i < sizeof long_line - 1; i++)
        long_line[i] = "what about the line "[i % 20];
    long_line[sizeof long_line - 1] = '\0';
    const char *inputs[] = {"", "   ", "Hmm", "?!?!...", long_line, "Bonjour, je voudrais comprendre votre usine",
                            "\xff\xfe broken bytes \xc3"};
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        Session *session = start(DEFAULT, NULL);
        CoachError err;
        CHECK_INT(ses_answer_text(session, inputs[i], strlen(inputs[i]), &err), COACH_OK);
        CHECK(ses_state(session) == SES_AWAIT_TEXT || ses_state(session) == SES_AWAIT_CHOICE);
        const SesTurn *line = ses_turn(session, 1);
        CHECK(line->trainee && line->heard != NULL);
        ses_destroy(session);
    }
}

/* A line in another language, question mark and all, is asked about: the
 * prospect does not answer it as a closed question or move on. */
TEST(session_a_question_in_another_language_gets_a_clarification)
{
    const char *inputs[] = {"¿Cuáles son sus mayores problemas con la producción?", "Wie läuft das Geschäft?",
                            "Bonjour, je voudrais comprendre votre usine"};
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        Session *session = start(DEFAULT, NULL);
        say(session, inputs[i]);
        CHECK_STR(node_id(session), "opening");
        const SesTurn *line = ses_turn(session, 1);
        CHECK(line->trainee && line->clarified);
        ses_destroy(session);
    }
}

/* A node entered again and again, whose line already starts "Like I said":
 * the prospect says it shorter each time and never twice the same. */
TEST(session_a_prospect_never_says_the_same_line_twice)
{
    char dir[] = "/tmp/coach_repeat_XXXXXX";
    REQUIRE(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/repeat.lua", dir);
    FILE *file = fopen(path, "w");
    REQUIRE(file != NULL);
    fputs("scenario { id = \"repeat\", start = \"a\" }\n"
          "node \"a\" { say = \"Like I said: the pumps. They leak every week.\",\n"
          "  routes = { { to = \"a\" } }, otherwise = \"a\" }\n",
          file);
    fclose(file);
    Session *session = start(path, NULL);
    const char *expected[] = {"Like I said: the pumps. They leak every week.", "Like I said: the pumps.",
                              "As I said: the pumps.", "Again: the pumps."};
    CHECK_STR(ses_prospect_line(session), expected[0]);
    for (int i = 1; i < 4; i++) {
        say(session, "What's been happening with the pumps?");
        CHECK_STR(ses_prospect_line(session), expected[i]);
    }
    ses_destroy(session);
    unlink(path);
    rmdir(dir);
}

/* A line said shorter is never a fragment (play study r22, homebuyer_rates
 * pitcher 8 got "Like I said: Please."): a one-word "Please." / "Oh." /
 * "Yes." at its head is passed over, a one-word sentence of content keeps
 * the next one, "I said" after the lead goes, and "..." ends no sentence. */
TEST(session_a_line_said_shorter_is_never_a_one_word_fragment)
{
    const char *lines[][2] = {
        {"Please. I said I'm not ready to sign anything.", "Like I said: I'm not ready to sign anything."},
        {"Oh. I... no, I'm not ready to sign up. Sorry.", "Like I said: I... no, I'm not ready to sign up."},
        {"Frank. Twenty years. Don't make him a liar.", "Like I said: Frank. Twenty years."},
        {"Yes. Exactly. The not knowing.", "Like I said: The not knowing."},
        {"Like I said. Whiteboard, paper, Denise. Chaos in July.", "Like I said: Whiteboard, paper, Denise."},
        {"Fine. Friday.", "Like I said: Friday."},
    };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        char path[256];
        snprintf(path, sizeof path, "/tmp/coach-test-session-short-%ld-%zu.lua", (long)getpid(), i);
        FILE *file = fopen(path, "w");
        REQUIRE(file != NULL);
        fprintf(file,
                "scenario { id = \"short\", start = \"a\" }\n"
                "node \"a\" { say = [[%s]],\n"
                "  routes = { { to = \"a\" } }, otherwise = \"a\" }\n",
                lines[i][0]);
        fclose(file);
        Session *session = start(path, NULL);
        CHECK_STR(ses_prospect_line(session), lines[i][0]);
        say(session, "What do you mean?");
        CHECK_STR(ses_prospect_line(session), lines[i][1]);
        ses_destroy(session);
        unlink(path);
    }
}

/* A node with one clarification of its own, missed twice in a row: the
 * second time the prospect says one of the persona's lines, then (with none)
 * the engine's default - never the same words twice running. */
TEST(session_a_nodes_one_clarification_is_not_said_twice_running)
{
    const char *personas[] = {"  clarify = { \"Sorry, you lost me.\" },\n", ""};
    for (size_t p = 0; p < 2; p++) {
        char path[256];
        snprintf(path, sizeof path, "/tmp/coach-test-session-clarify-%ld-%zu.lua", (long)getpid(), p);
        FILE *file = fopen(path, "w");
        REQUIRE(file != NULL);
        fprintf(file,
                "scenario { id = \"clarify\", start = \"a\",\n%s}\n"
                "node \"a\" { say = \"Why did you call?\", clarify = \"I asked why you called.\",\n"
                "  routes = { { any = { \"open_question\" }, to = \"b\" } }, otherwise = \"b\" }\n"
                "node \"b\" { say = \"Bye.\", ending = { outcome = \"done\" } }\n",
                personas[p]);
        fclose(file);
        Session *session = start(path, NULL);
        say(session, "asdf qwerty zxcv");
        CHECK_STR(node_id(session), "a");
        CHECK_STR(ses_prospect_line(session), "I asked why you called.");
        say(session, "qwerty asdf");
        CHECK_STR(node_id(session), "a");
        const char *second = ses_prospect_line(session);
        CHECK(second != NULL && strcmp(second, "I asked why you called.") != 0);
        if (p == 0)
            CHECK_STR(second, "Sorry, you lost me.");
        ses_destroy(session);
        unlink(path);
    }
}

/* coach hear / F3: a rule whose test turns the line down shows 0.00 and says
 * so (before, it showed the score it would have had, and looked heard) */
TEST(session_explains_a_rule_its_test_turns_down)
{
    char path[256];
    snprintf(path, sizeof path, "/tmp/coach-test-session-explain-%ld.lua", (long)getpid());
    FILE *file = fopen(path, "w");
    REQUIRE(file != NULL);
    fputs("scenario { id = \"explain\", start = \"a\" }\n"
          "node \"a\" { say = \"The line stops.\", routes = {\n"
          "  { id = \"never\", any = { \"open_question\" }, words = \"cost\",\n"
          "    test = function(s, move) return false end, to = \"b\" },\n"
          "  { id = \"always\", any = { \"open_question\" }, words = \"cost\",\n"
          "    test = function(s, move) return true end, to = \"b\" },\n"
          "}, otherwise = \"b\" }\n"
          "node \"b\" { say = \"Bye.\", ending = { outcome = \"done\" } }\n",
          file);
    fclose(file);
    Session *session = start(path, NULL);
    CoachError err;
    const char *line = "What does a stop cost you?";
    char *report = ses_explain_hearing(session, line, strlen(line), &err);
    REQUIRE(report != NULL);
    const char *never = strstr(report, "a.never");
    const char *always = strstr(report, "a.always");
    CHECK(never != NULL && always != NULL);
    if (never != NULL && always != NULL) {
        CHECK(strstr(never, "its test fails on this line") != NULL &&
              strstr(never, "its test fails on this line") < always);
        CHECK(strncmp(never - 6, "0.00", 4) == 0);
        CHECK(strstr(always, "(its test passes)") != NULL);
    }
    CHECK(strstr(report, "verdict:  heard a.always") != NULL);
    free(report);
    ses_destroy(session);
    unlink(path);
}

/* A detour answers and the call is back where it was: the same node, its
 * options offered again, its line not said again; the turn is logged at the
 * detour */
TEST(session_a_detour_answers_and_goes_back_where_it_was)
{
    char path[256];
    snprintf(path, sizeof path, "/tmp/coach-test-session-detour-%ld.lua", (long)getpid());
    FILE *file = fopen(path, "w");
    REQUIRE(file != NULL);
    fputs("scenario { id = \"detour\", start = \"a\" }\n"
          "node \"a\" { say = \"The line stops.\", typed = true, otherwise = \"b\",\n"
          "  routes = { { id = \"often\", any = { \"closed_question\", \"open_question\" },\n"
          "               words = \"often lot\", to = \"often\" } },\n"
          "  choices = { { id = \"x\", text = \"What does a stop cost you?\", to = \"b\" } } }\n"
          "node \"often\" { say = \"Twice a week.\", again = \"Twice a week, like I said.\", detour = true }\n"
          "node \"b\" { say = \"Half a shift.\", ending = { outcome = \"done\", success = true } }\n",
          file);
    fclose(file);
    Session *session = start(path, NULL);
    say(session, "Does that happen a lot?");
    CHECK_STR(node_id(session), "a");
    CHECK(ses_state(session) == SES_AWAIT_CHOICE);
    size_t turns = ses_turn_count(session);
    CHECK_STR(ses_turn(session, turns - 1)->text, "Twice a week.");
    CHECK_STR(ses_turn(session, turns - 1)->node, "often");
    say(session, "How often does it stop?");
    CHECK_STR(node_id(session), "a");
    CHECK_STR(ses_turn(session, ses_turn_count(session) - 1)->text, "Twice a week, like I said.");
    CoachError err;
    CHECK(ses_answer_choice(session, 0, &err) == COACH_OK);
    CHECK(ses_state(session) == SES_ENDED);
    ses_destroy(session);
    unlink(path);
}

TESTS(CHECK_CASE(session_starts_with_the_prospects_first_line),
      CHECK_CASE(session_a_prospect_never_says_the_same_line_twice),
      CHECK_CASE(session_a_line_said_shorter_is_never_a_one_word_fragment),
      CHECK_CASE(session_a_nodes_one_clarification_is_not_said_twice_running),
      CHECK_CASE(session_typing_an_options_words_is_picking_that_option),
      CHECK_CASE(session_a_line_not_understood_gets_a_clarification_that_changes_nothing),
      CHECK_CASE(session_a_question_in_another_language_gets_a_clarification),
      CHECK_CASE(session_never_fails_or_ends_on_bad_input),
      CHECK_CASE(session_open_questions_reveal_targets_and_reach_the_meeting),
      CHECK_CASE(session_feature_pitch_cools_the_prospect),
      CHECK_CASE(session_picks_up_a_cue_followed_up_in_time),
      CHECK_CASE(session_a_yes_no_question_or_a_pitch_with_the_cue_words_picks_nothing_up),
      CHECK_CASE(session_words_given_back_then_a_yes_no_question_pick_the_cue_up),
      CHECK_CASE(session_asking_which_system_does_not_follow_a_cue_up),
      CHECK_CASE(session_a_word_of_another_thread_does_not_follow_a_cue),
      CHECK_CASE(session_a_number_does_not_bring_a_cue_back),
      CHECK_CASE(session_refuses_moves_that_do_not_fit_the_turn),
      CHECK_CASE(session_quit_ends_the_call_as_abandoned),
      CHECK_CASE(session_inputs_replay_to_the_same_place),
      CHECK_CASE(session_writes_a_valid_log_after_every_turn),
      CHECK_CASE(session_unwritable_log_dir_fails_before_play),
      CHECK_CASE(session_deferred_analyser_waits_for_the_first_answer),
      CHECK_CASE(session_deferred_analyser_still_refuses_an_unwritable_dir_at_start),
      CHECK_CASE(session_with_no_trainee_turn_leaves_no_log),
      CHECK_CASE(session_reload_continues_the_same_log_and_notes_the_reload),
      CHECK_CASE(session_scenario_error_fails_the_session_with_file_and_line),
      CHECK_CASE(session_explains_a_rule_its_test_turns_down),
      CHECK_CASE(session_a_detour_answers_and_goes_back_where_it_was))
