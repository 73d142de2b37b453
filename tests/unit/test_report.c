/* test_report: the report's aggregation (means, best, last, trends), its
 * escaping for CSV, HTML and terminals, time parsing, and the xAPI
 * statements (SHA-1, name-based UUIDs, durations, verbs). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "check.h"
#include "log.h"
#include "report.h"

#define CHECK_NEAR(actual, expected)                                                          \
    do {                                                                                      \
        double near_a_ = (actual), near_e_ = (expected);                                      \
        if (fabs(near_a_ - near_e_) > 1e-9) {                                                 \
            fprintf(stderr, "%s:%d: %s is %.12g, expected %.12g\n", __FILE__, __LINE__,       \
                    #actual, near_a_, near_e_);                                               \
            check_failures++;                                                                 \
        }                                                                                     \
    } while (0)

/* A minimal log that passes log_validate. scores: discovery, listening,
 * benefits, next_step, overall. outcome NULL: no ending (in progress). */
static cJSON *make_log(const char *trainee, const char *scenario, const char *started_at,
                       const double scores[5], const char *outcome, int success)
{
    static const char *const skills[] = {"discovery", "listening", "benefits", "next_step",
                                         "overall"};
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddStringToObject(doc, "schema", JLOG_SCHEMA_ID);
    cJSON_AddNumberToObject(doc, "schema_version", JLOG_SCHEMA_VERSION);
    cJSON_AddStringToObject(doc, "trainee", trainee);
    cJSON *block = cJSON_AddObjectToObject(doc, "scenario");
    cJSON_AddStringToObject(block, "id", scenario);
    cJSON_AddStringToObject(block, "title", "A test scenario");
    cJSON_AddStringToObject(block, "version", "1.0.0");
    cJSON_AddStringToObject(block, "path", "scenarios/test.lua");
    cJSON_AddStringToObject(block, "sha256", "00");
    cJSON_AddNumberToObject(doc, "seed", 7);
    cJSON_AddStringToObject(doc, "started_at", started_at);
    if (outcome != NULL) {
        cJSON_AddStringToObject(doc, "ended_at", started_at);
        cJSON_AddStringToObject(doc, "status", "ended");
    } else {
        cJSON_AddNullToObject(doc, "ended_at");
        cJSON_AddStringToObject(doc, "status", "in_progress");
    }
    cJSON *turns = cJSON_AddArrayToObject(doc, "turns");
    for (int i = 0; i < 3; i++) {
        cJSON *turn = cJSON_CreateObject();
        cJSON_AddStringToObject(turn, "speaker", i % 2 ? "trainee" : "prospect");
        cJSON_AddStringToObject(turn, "text", "hello");
        cJSON_AddStringToObject(turn, "node", "start");
        cJSON_AddItemToArray(turns, turn);
    }
    cJSON *all = cJSON_AddObjectToObject(doc, "scores");
    for (int i = 0; i < 5; i++) {
        cJSON *skill = cJSON_AddObjectToObject(all, skills[i]);
        cJSON_AddNumberToObject(skill, "score", scores[i]);
        cJSON *reasons = cJSON_AddArrayToObject(skill, "reasons");
        cJSON *reason = cJSON_CreateObject();
        cJSON_AddNumberToObject(reason, "turn", 1);
        cJSON_AddStringToObject(reason, "rule", "test.rule");
        cJSON_AddNumberToObject(reason, "points", 5);
        cJSON_AddStringToObject(reason, "text", "A reason.");
        cJSON_AddItemToArray(reasons, reason);
    }
    cJSON *metrics = cJSON_AddObjectToObject(doc, "metrics");
    cJSON_AddNumberToObject(metrics, "duration_seconds", 125.5);
    if (outcome != NULL) {
        cJSON *ending = cJSON_AddObjectToObject(doc, "ending");
        cJSON_AddStringToObject(ending, "outcome", outcome);
        cJSON_AddBoolToObject(ending, "success", success);
    } else {
        cJSON_AddNullToObject(doc, "ending");
    }
    REQUIRE(log_validate(doc, "made", NULL) == COACH_OK);
    return doc;
}

static void add_log(Report *report, const char *trainee, const char *scenario,
                    const char *started_at, double overall, const char *path)
{
    double scores[5] = {overall, overall / 2, 50, 40, overall};
    cJSON *doc = make_log(trainee, scenario, started_at, scores, "meeting_booked", 1);
    CoachError err;
    err_clear(&err);
    int rc = rep_add_log(report, doc, path, &err);
    if (rc != 0)
        fprintf(stderr, "rep_add_log: %s\n", err.message);
    REQUIRE(rc == 0);
    cJSON_Delete(doc);
}

/* Runs writer into a new string. */
static char *write_to_string(int (*writer)(Report *, FILE *), Report *report)
{
    char *buffer = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&buffer, &size);
    REQUIRE(out != NULL);
    CHECK_INT(writer(report, out), COACH_OK);
    fclose(out);
    REQUIRE(buffer != NULL);
    return buffer;
}

/* --- statistics --------------------------------------------------------------- */

TEST(report_stats_give_mean_best_first_and_last_in_order)
{
    double values[] = {40, 70, 55};
    RepStats stats = rep_stats(values, 3);
    CHECK_INT(stats.count, 3);
    CHECK_NEAR(stats.mean, 55);
    CHECK_NEAR(stats.best, 70);
    CHECK_NEAR(stats.worst, 40);
    CHECK_NEAR(stats.first, 40);
    CHECK_NEAR(stats.last, 55);
}

TEST(report_trend_of_a_steady_climb_is_its_step)
{
    double values[] = {10, 20, 30, 40};
    CHECK_NEAR(rep_stats(values, 4).slope, 10);
    double falling[] = {90, 60};
    CHECK_NEAR(rep_stats(falling, 2).slope, -30);
}

TEST(report_trend_is_the_least_squares_slope_not_last_minus_first)
{
    /* x 0..3, y 0,10,0,10: slope = sum(dx*dy)/sum(dx^2) = 10/5 = 2 */
    double values[] = {0, 10, 0, 10};
    CHECK_NEAR(rep_stats(values, 4).slope, 2);
}

TEST(report_stats_of_one_session_have_no_trend)
{
    double values[] = {64};
    RepStats stats = rep_stats(values, 1);
    CHECK_INT(stats.count, 1);
    CHECK_NEAR(stats.mean, 64);
    CHECK_NEAR(stats.slope, 0);
    CHECK_INT(rep_stats(NULL, 0).count, 0);
}

TEST(report_keeps_sessions_in_time_order_whatever_the_reading_order)
{
    Report *report = rep_create();
    REQUIRE(report != NULL);
    add_log(report, "Ana", "coffee", "2026-03-09T10:00:00Z", 80, "c.json");
    add_log(report, "Ana", "coffee", "2026-03-02T10:00:00Z", 20, "a.json");
    add_log(report, "Ana", "coffee", "2026-03-04T10:00:00+02:00", 50, "b.json");
    REQUIRE(rep_session_count(report) == 3);
    CHECK_STR(rep_session(report, 0)->path, "a.json");
    CHECK_STR(rep_session(report, 1)->path, "b.json");
    CHECK_STR(rep_session(report, 2)->path, "c.json");
    CHECK(rep_session(report, 3) == NULL);
    RepStats overall = rep_trainee_stats(report, "Ana", REP_OVERALL);
    CHECK_INT(overall.count, 3);
    CHECK_NEAR(overall.mean, 50);
    CHECK_NEAR(overall.first, 20);
    CHECK_NEAR(overall.last, 80);
    CHECK_NEAR(overall.slope, 30);
    RepStats listening = rep_trainee_stats(report, "Ana", REP_LISTENING);
    CHECK_NEAR(listening.mean, 25);
    rep_destroy(report);
}

TEST(report_groups_statistics_by_trainee_and_by_scenario)
{
    Report *report = rep_create();
    add_log(report, "Ana", "coffee", "2026-03-01T10:00:00Z", 60, "1.json");
    add_log(report, "Ben", "coffee", "2026-03-02T10:00:00Z", 40, "2.json");
    add_log(report, "Ben", "cfo", "2026-03-03T10:00:00Z", 90, "3.json");
    CHECK_INT(rep_trainee_stats(report, "Ben", REP_OVERALL).count, 2);
    CHECK_NEAR(rep_trainee_stats(report, "Ben", REP_OVERALL).mean, 65);
    CHECK_NEAR(rep_trainee_stats(report, "Ben", REP_OVERALL).best, 90);
    CHECK_NEAR(rep_scenario_stats(report, "coffee", REP_OVERALL).mean, 50);
    CHECK_INT(rep_scenario_stats(report, "cfo", REP_OVERALL).count, 1);
    CHECK_INT(rep_trainee_stats(report, "Nobody", REP_OVERALL).count, 0);
    rep_destroy(report);
}

TEST(report_filter_leaves_out_other_trainees_and_scenarios)
{
    Report *report = rep_create();
    REQUIRE(rep_set_filter(report, "Ben", NULL, NULL) == COACH_OK);
    double scores[5] = {1, 2, 3, 4, 5};
    cJSON *ana = make_log("Ana", "coffee", "2026-03-01T10:00:00Z", scores, "won", 1);
    cJSON *ben = make_log("Ben", "coffee", "2026-03-01T10:00:00Z", scores, "won", 1);
    CHECK_INT(rep_add_log(report, ana, "ana.json", NULL), 1);
    CHECK_INT(rep_add_log(report, ben, "ben.json", NULL), 0);
    CHECK_INT(rep_session_count(report), 1);
    REQUIRE(rep_set_filter(report, NULL, "cfo", NULL) == COACH_OK);
    CHECK_INT(rep_add_log(report, ben, "ben2.json", NULL), 1);
    cJSON_Delete(ana);
    cJSON_Delete(ben);
    rep_destroy(report);
}

TEST(report_rejects_a_log_whose_trainee_name_is_absurdly_long)
{
    char *name = malloc(5000);
    memset(name, 'x', 4999);
    name[4999] = '\0';
    double scores[5] = {1, 2, 3, 4, 5};
    cJSON *doc = make_log(name, "coffee", "2026-03-01T10:00:00Z", scores, "won", 1);
    Report *report = rep_create();
    CoachError err;
    err_clear(&err);
    CHECK(rep_add_log(report, doc, "long.json", &err) < 0);
    CHECK_STR(err.file, "long.json");
    CHECK(strstr(err.message, "trainee name is 4999 bytes") != NULL);
    CHECK_INT(rep_session_count(report), 0);
    rep_destroy(report);
    cJSON_Delete(doc);
    free(name);
}

TEST(report_rejects_a_start_time_that_is_not_iso_8601)
{
    double scores[5] = {1, 2, 3, 4, 5};
    cJSON *doc = make_log("Ana", "coffee", "last tuesday, around noon", scores, "won", 1);
    Report *report = rep_create();
    CoachError err;
    err_clear(&err);
    CHECK(rep_add_log(report, doc, "when.json", &err) < 0);
    CHECK(strstr(err.message, "started_at") != NULL);
    rep_destroy(report);
    cJSON_Delete(doc);
}

TEST(report_cuts_a_huge_reason_text_to_a_readable_length)
{
    double scores[5] = {1, 2, 3, 4, 5};
    cJSON *doc = make_log("Ana", "coffee", "2026-03-01T10:00:00Z", scores, "won", 1);
    size_t size = 5 * 1024 * 1024;
    char *huge = malloc(size + 1);
    memset(huge, 'w', size);
    huge[size] = '\0';
    cJSON *reason = cJSON_GetArrayItem(
        cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "scores"), "listening"),
                            "reasons"),
        0);
    cJSON_ReplaceItemInObject(reason, "text", cJSON_CreateString(huge));
    char dir[] = "/tmp/coach-report-XXXXXX", path[64];
    REQUIRE(mkdtemp(dir) != NULL);
    snprintf(path, sizeof path, "%s/huge.json", dir);
    FILE *file = fopen(path, "w");
    char *json = cJSON_PrintUnformatted(doc);
    REQUIRE(file != NULL && json != NULL);
    fputs(json, file);
    fclose(file);
    free(json);
    Report *report = rep_create();
    REQUIRE(rep_add_log(report, doc, path, NULL) == 0);
    cJSON_Delete(doc);
    /* the page shows the reason (in its skill and on its line), cut: each
     * run of w's is between 100 and 1,000 long */
    char *html = write_to_string(rep_write_html, report);
    size_t runs = 0;
    for (const char *run = strstr(html, "wwww"); run != NULL; run = strstr(run, "wwww")) {
        size_t length = strspn(run, "w");
        CHECK(length > 100);
        CHECK(length < 1000);
        run += length;
        runs++;
    }
    CHECK(runs >= 1);
    free(html);
    rep_destroy(report);
    remove(path);
    rmdir(dir);
    free(huge);
}

/* --- retries and the spool --------------------------------------------------- */

/* Adds a log with an id, tried again from retry_of ("" for none). */
static void add_retry(Report *report, const char *id, const char *retry_of, const char *started_at,
                      double overall)
{
    double scores[5] = {overall, overall, overall, overall, overall};
    cJSON *doc = make_log("Ana", "coffee", started_at, scores, "won", 1);
    cJSON_AddStringToObject(doc, "id", id);
    if (retry_of[0] != '\0') {
        cJSON_AddStringToObject(doc, "retry_of", retry_of);
        cJSON_AddNumberToObject(doc, "from_turn", 2);
    }
    char path[64];
    snprintf(path, sizeof path, "%s.json", id);
    REQUIRE(rep_add_log(report, doc, path, NULL) == 0);
    cJSON_Delete(doc);
}

TEST(report_follows_retry_chains_to_their_first_call_and_best_score)
{
    Report *report = rep_create();
    add_retry(report, "b", "a", "2026-03-01T10:10:00Z", 60);  /* read before its call */
    add_retry(report, "a", "", "2026-03-01T10:00:00Z", 30);
    add_retry(report, "c", "b", "2026-03-01T10:20:00Z", 45); /* a retry of the retry */
    add_retry(report, "d", "", "2026-03-02T10:00:00Z", 50);  /* never tried again */
    add_retry(report, "e", "gone", "2026-03-03T10:00:00Z", 70); /* its call is not here */
    add_retry(report, "f", "e", "2026-03-03T10:05:00Z", 70);
    /* hostile ids: two calls that each claim to retry the other */
    add_retry(report, "x", "y", "2026-03-04T10:00:00Z", 10);
    add_retry(report, "y", "x", "2026-03-04T10:05:00Z", 20);
    REQUIRE(rep_chain_count(report) == 3);
    const RepChain *chain = rep_chain(report, 0);
    CHECK_STR(rep_session(report, chain->first)->id, "a");
    CHECK_STR(rep_session(report, chain->best)->id, "b");
    CHECK_INT(chain->tries, 3);
    chain = rep_chain(report, 1);
    CHECK_STR(rep_session(report, chain->first)->id, "e");
    CHECK_STR(rep_session(report, chain->best)->id, "e"); /* the earliest of equals */
    CHECK_INT(chain->tries, 2);
    CHECK_INT(rep_session(report, chain->first)->from_turn, 2);
    chain = rep_chain(report, 2);
    CHECK_STR(rep_session(report, chain->first)->id, "x");
    CHECK_STR(rep_session(report, chain->best)->id, "y");
    CHECK(rep_chain(report, 3) == NULL);
    char *text = write_to_string(rep_write_text, report);
    CHECK(strstr(text, "Tried again") != NULL);
    free(text);
    rep_destroy(report);
}

/* The CSV lines are the same whether they were kept while the logs were
 * read (rep_set_keep) or read again from the files by the writer; the page
 * reads its sessions' feedback from the files. */
TEST(report_writes_the_same_lines_from_its_spool_as_from_the_logs_again)
{
    char dir[] = "/tmp/coach-report-XXXXXX";
    REQUIRE(mkdtemp(dir) != NULL);
    char paths[3][64];
    for (int i = 0; i < 3; i++) {
        double scores[5] = {10.0 * i, 20, 30, 40, 50};
        char when[32];
        snprintf(when, sizeof when, "2026-03-0%dT10:00:00Z", 3 - i);
        cJSON *doc = make_log(i == 1 ? "Ben" : "Ana", "coffee", when, scores, "won", 1);
        char *text = cJSON_Print(doc);
        snprintf(paths[i], sizeof paths[i], "%s/%d.json", dir, i);
        FILE *file = fopen(paths[i], "w");
        REQUIRE(file != NULL && text != NULL);
        fputs(text, file);
        fclose(file);
        free(text);
        cJSON_Delete(doc);
    }
    char *pages[2], *lines[2];
    for (int keep = 0; keep < 2; keep++) {
        Report *report = rep_create();
        rep_set_keep(report, keep ? REP_KEEP_TURNS : 0u);
        for (int i = 0; i < 3; i++)
            REQUIRE(rep_add_file(report, paths[i], NULL) == 0);
        pages[keep] = write_to_string(rep_write_html, report);
        lines[keep] = write_to_string(rep_write_csv_turns, report);
        rep_destroy(report);
    }
    CHECK(strstr(pages[1], "A reason.") != NULL);
    CHECK(strstr(pages[1], "The call, line by line") != NULL);
    CHECK_STR(pages[0], pages[1]);
    CHECK_STR(lines[0], lines[1]);
    CHECK(strstr(lines[1], ",1,hello,,") != NULL);
    for (int i = 0; i < 2; i++) {
        free(pages[i]);
        free(lines[i]);
    }
    for (int i = 0; i < 3; i++)
        remove(paths[i]);
    rmdir(dir);
}

static size_t count_of(const char *text, const char *what)
{
    size_t count = 0;
    for (const char *at = strstr(text, what); at != NULL; at = strstr(at + 1, what))
        count++;
    return count;
}

/* A page of 10,000 sessions' calls would not open in a browser: the newest
 * 20 of each trainee, at most 400 in all, get their feedback; every
 * session keeps its row. */
TEST(report_page_gives_feedback_to_the_newest_sessions_and_says_so)
{
    Report *report = rep_create();
    char when[32], path[32], name[32];
    for (int i = 0; i < 25; i++) {
        snprintf(when, sizeof when, "2026-03-%02dT10:00:00Z", 1 + i);
        snprintf(path, sizeof path, "ana-%02d.json", i);
        add_log(report, "Ana", "coffee", when, 40 + i, path);
    }
    char *html = write_to_string(rep_write_html, report);
    CHECK_INT(count_of(html, "<details"), REP_FEEDBACK_PER_TRAINEE);
    CHECK(strstr(html, "<summary>#25 ") != NULL && strstr(html, "<details open><summary>#25 ") != NULL);
    CHECK(strstr(html, "<summary>#6 ") != NULL);
    CHECK(strstr(html, "<summary>#5 ") == NULL);
    CHECK(strstr(html, "20 of 25 sessions here") != NULL);
    CHECK(strstr(html, "the newest 20 of 25 sessions") != NULL);
    CHECK_INT(count_of(html, "<tr><td class=\"num\">"), 25); /* every session has its row */
    free(html);
    rep_destroy(report);

    report = rep_create();
    for (int i = 0; i < REP_FEEDBACK_SESSIONS + 5; i++) {
        snprintf(when, sizeof when, "2026-03-01T%02d:%02d:00Z", i / 60, i % 60);
        snprintf(path, sizeof path, "t%03d.json", i);
        snprintf(name, sizeof name, "Trainee %03d", i);
        add_log(report, name, "coffee", when, 50, path);
    }
    html = write_to_string(rep_write_html, report);
    CHECK_INT(count_of(html, "<details"), REP_FEEDBACK_SESSIONS);
    CHECK(strstr(html, "<summary>#405 ") != NULL);
    CHECK(strstr(html, "<summary>#6 ") != NULL); /* the newest 400: #6..#405 */
    CHECK(strstr(html, "<summary>#5 ") == NULL);
    free(html);
    rep_destroy(report);
}

/* --- escaping -------------------------------------------------------------------- */

TEST(report_csv_field_leaves_plain_text_alone)
{
    char *field = rep_csv_field("Ana Ruiz");
    CHECK_STR(field, "Ana Ruiz");
    free(field);
    field = rep_csv_field("");
    CHECK_STR(field, "");
    free(field);
}

TEST(report_csv_field_quotes_commas_quotes_and_line_breaks)
{
    char *field = rep_csv_field("Ruiz, Ana");
    CHECK_STR(field, "\"Ruiz, Ana\"");
    free(field);
    field = rep_csv_field("say \"hi\"");
    CHECK_STR(field, "\"say \"\"hi\"\"\"");
    free(field);
    field = rep_csv_field("two\nlines\r\n");
    CHECK_STR(field, "\"two\nlines\r\n\"");
    free(field);
    field = rep_csv_field(" padded ");
    CHECK_STR(field, "\" padded \"");
    free(field);
}

TEST(report_csv_field_defuses_spreadsheet_formulas_but_keeps_negative_numbers)
{
    char *field = rep_csv_field("=HYPERLINK(\"http://x\")");
    CHECK_STR(field, "\"'=HYPERLINK(\"\"http://x\"\")\"");
    free(field);
    field = rep_csv_field("@SUM(A1)");
    CHECK_STR(field, "\"'@SUM(A1)\"");
    free(field);
    field = rep_csv_field("-12.5");
    CHECK_STR(field, "-12.5");
    free(field);
    /* a TAB or CR first is a formula too (OWASP) */
    field = rep_csv_field("\t=1+2");
    CHECK_STR(field, "\"'\t=1+2\"");
    free(field);
    field = rep_csv_field("\r=cmd|' /C calc'!A0");
    CHECK_STR(field, "\"'\r=cmd|' /C calc'!A0\"");
    free(field);
}

TEST(report_html_escape_turns_markup_into_entities)
{
    char *text = rep_html_escape("<script>alert('x')</script> & \"friends\"");
    CHECK_STR(text, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;");
    free(text);
    text = rep_html_escape("Chlo\xC3\xA9");
    CHECK_STR(text, "Chlo\xC3\xA9");
    free(text);
}

TEST(report_html_escape_replaces_control_characters_and_broken_utf8)
{
    char *text = rep_html_escape("a\x1b[31mb\x7f\xff" "c");
    CHECK_STR(text, "a\xEF\xBF\xBD[31mb\xEF\xBF\xBD\xEF\xBF\xBD" "c");
    free(text);
}

TEST(report_html_never_shows_log_text_as_markup)
{
    Report *report = rep_create();
    add_log(report, "<img src=x onerror=alert(1)>", "<b>bold</b>", "2026-03-01T10:00:00Z", 70,
            "x\"<i>.json");
    char *html = write_to_string(rep_write_html, report);
    CHECK(strstr(html, "<img src=x") == NULL);
    CHECK(strstr(html, "<b>bold") == NULL);
    CHECK(strstr(html, "<i>.json") == NULL);
    CHECK(strstr(html, "&lt;img src=x onerror=alert(1)&gt;") != NULL);
    CHECK(strstr(html, "<svg") != NULL);
    CHECK(strstr(html, "<details") != NULL);
    CHECK(strstr(html, "<script") == NULL);
    free(html);
    rep_destroy(report);
}

TEST(report_text_shows_terminal_escapes_as_question_marks)
{
    Report *report = rep_create();
    add_log(report, "Eve\x1b]0;pwned\x07", "coffee", "2026-03-01T10:00:00Z", 70, "e.json");
    char *text = write_to_string(rep_write_text, report);
    CHECK(strchr(text, 0x1b) == NULL);
    CHECK(strchr(text, 0x07) == NULL);
    CHECK(strstr(text, "Eve?]0;pwned?") != NULL);
    free(text);
    rep_destroy(report);
}

TEST(report_text_lists_sessions_then_trainees_then_scenarios)
{
    Report *report = rep_create();
    add_log(report, "Ana", "coffee", "2026-03-01T10:00:00Z", 40, "1.json");
    add_log(report, "Ana", "coffee", "2026-03-05T10:00:00Z", 60, "2.json");
    char *text = write_to_string(rep_write_text, report);
    const char *sessions = strstr(text, "Sessions: 2");
    const char *trainees = strstr(text, "By trainee");
    const char *scenarios = strstr(text, "By scenario");
    REQUIRE(sessions != NULL && trainees != NULL && scenarios != NULL);
    CHECK(sessions < trainees && trainees < scenarios);
    CHECK(strstr(text, "2026-03-01 10:00  Ana") != NULL);
    /* overall: mean 50, best 60, last 60, no trend from two sessions */
    CHECK(strstr(text, "overall           2  50.0    60    60      -") != NULL);
    free(text);
    rep_destroy(report);
}

TEST(report_csv_has_a_header_and_one_crlf_row_per_session)
{
    Report *report = rep_create();
    add_log(report, "Ruiz, Ana", "coffee", "2026-03-01T10:00:00Z", 40, "1.json");
    char *csv = write_to_string(rep_write_csv, report);
    CHECK(strncmp(csv, "started_at,ended_at,trainee,scenario,", 37) == 0);
    CHECK(strstr(csv, "\r\n2026-03-01T10:00:00Z,2026-03-01T10:00:00Z,\"Ruiz, Ana\",coffee,1.0.0,"
                      "ended,meeting_booked,true,40,20,50,40,40,3,125.500,1.json\r\n") != NULL);
    free(csv);
    rep_destroy(report);
}

/* --- time ----------------------------------------------------------------------------- */

TEST(report_parse_time_reads_utc_offsets_and_fractions)
{
    long long epoch = 0;
    CHECK(rep_parse_time("2025-01-31T09:05:00Z", &epoch));
    CHECK_INT(epoch, 1738314300LL);
    CHECK(rep_parse_time("2025-01-31T10:05:00+01:00", &epoch));
    CHECK_INT(epoch, 1738314300LL);
    CHECK(rep_parse_time("2025-01-31T09:05:00.250Z", &epoch));
    CHECK_INT(epoch, 1738314300LL);
    CHECK(rep_parse_time("2024-02-29T23:59:59Z", &epoch));
    CHECK_INT(epoch, 1709251199LL);
    CHECK(rep_parse_time("1969-12-31T00:00:00Z", &epoch));
    CHECK_INT(epoch, -86400LL);
}

TEST(report_parse_time_rejects_anything_else)
{
    long long epoch = 0;
    CHECK(!rep_parse_time("2025-01-31", &epoch));
    CHECK(!rep_parse_time("2025-01-31T09:05:00", &epoch));
    CHECK(!rep_parse_time("2025-13-01T09:05:00Z", &epoch));
    CHECK(!rep_parse_time("2025-02-30T09:05:00Z", &epoch));
    CHECK(!rep_parse_time("2025-01-31T09:05:00Zjunk", &epoch));
    CHECK(!rep_parse_time("yesterday at nine o'clock", &epoch));
    CHECK(!rep_parse_time(NULL, &epoch));
}

TESTS(CHECK_CASE(report_stats_give_mean_best_first_and_last_in_order),
      CHECK_CASE(report_trend_of_a_steady_climb_is_its_step),
      CHECK_CASE(report_trend_is_the_least_squares_slope_not_last_minus_first),
      CHECK_CASE(report_stats_of_one_session_have_no_trend),
      CHECK_CASE(report_keeps_sessions_in_time_order_whatever_the_reading_order),
      CHECK_CASE(report_groups_statistics_by_trainee_and_by_scenario),
      CHECK_CASE(report_filter_leaves_out_other_trainees_and_scenarios),
      CHECK_CASE(report_rejects_a_log_whose_trainee_name_is_absurdly_long),
      CHECK_CASE(report_rejects_a_start_time_that_is_not_iso_8601),
      CHECK_CASE(report_cuts_a_huge_reason_text_to_a_readable_length),
      CHECK_CASE(report_follows_retry_chains_to_their_first_call_and_best_score),
      CHECK_CASE(report_page_gives_feedback_to_the_newest_sessions_and_says_so),
      CHECK_CASE(report_writes_the_same_lines_from_its_spool_as_from_the_logs_again),
      CHECK_CASE(report_csv_field_leaves_plain_text_alone),
      CHECK_CASE(report_csv_field_quotes_commas_quotes_and_line_breaks),
      CHECK_CASE(report_csv_field_defuses_spreadsheet_formulas_but_keeps_negative_numbers),
      CHECK_CASE(report_html_escape_turns_markup_into_entities),
      CHECK_CASE(report_html_escape_replaces_control_characters_and_broken_utf8),
      CHECK_CASE(report_html_never_shows_log_text_as_markup),
      CHECK_CASE(report_text_shows_terminal_escapes_as_question_marks),
      CHECK_CASE(report_text_lists_sessions_then_trainees_then_scenarios),
      CHECK_CASE(report_csv_has_a_header_and_one_crlf_row_per_session),
      CHECK_CASE(report_parse_time_reads_utc_offsets_and_fractions),
      CHECK_CASE(report_parse_time_rejects_anything_else))
