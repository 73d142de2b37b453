/* test_ledger: the record of sessions an LRS acknowledged. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "ledger.h"

#define ENDPOINT "https://lrs.example.com/xAPI"
#define FIRST "0f8a8ab6-9d77-5a3e-8c4e-1f1d6a1b2c3d"
#define SECOND "7c1e3c2a-1b2d-5e4f-9a8b-7c6d5e4f3a2b"

static char *make_dir(void)
{
    static char dir[64];
    snprintf(dir, sizeof dir, "/tmp/coach-ledger-XXXXXX");
    REQUIRE(mkdtemp(dir) != NULL);
    return dir;
}

static void remove_dir(const char *dir)
{
    char command[256];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    REQUIRE(system(command) == 0);
}

TEST(ledger_remembers_what_was_saved_across_opens)
{
    char *dir = make_dir();
    CoachError err;
    err_clear(&err);
    Ledger *ledger = ledger_open(dir, ENDPOINT, true, &err);
    REQUIRE(ledger != NULL);
    CHECK_INT(ledger_count(ledger), 0);
    REQUIRE(ledger_add(ledger, SECOND, "b.json", 12, &err) == COACH_OK);
    REQUIRE(ledger_add(ledger, FIRST, "a.json", 6, &err) == COACH_OK);
    REQUIRE(ledger_add(ledger, FIRST, "a-copy.json", 6, &err) == COACH_OK); /* once */
    CHECK_INT(ledger_count(ledger), 2);
    REQUIRE(ledger_save(ledger, &err) == COACH_OK);
    ledger_close(ledger);

    ledger = ledger_open(dir, ENDPOINT, false, &err);
    REQUIRE(ledger != NULL);
    CHECK_INT(ledger_count(ledger), 2);
    CHECK(ledger_has(ledger, FIRST));
    CHECK(ledger_has(ledger, SECOND));
    CHECK(!ledger_has(ledger, "00000000-0000-5000-8000-000000000000"));
    CHECK(strstr(ledger_path(ledger), dir) == ledger_path(ledger));
    ledger_close(ledger);

    /* another endpoint has its own record */
    ledger = ledger_open(dir, "https://other.example.com/xAPI", false, &err);
    REQUIRE(ledger != NULL);
    CHECK_INT(ledger_count(ledger), 0);
    ledger_close(ledger);
    remove_dir(dir);
}

TEST(ledger_lets_one_writer_at_a_time)
{
    char *dir = make_dir();
    CoachError err;
    err_clear(&err);
    Ledger *first = ledger_open(dir, ENDPOINT, true, &err);
    REQUIRE(first != NULL);
    /* flock is per open file: a child process stands for a second coach */
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        CoachError child_err;
        err_clear(&child_err);
        Ledger *second = ledger_open(dir, ENDPOINT, true, &child_err);
        int code = second == NULL && child_err.code == COACH_ESTATE &&
                           strstr(child_err.message, "another coach sync") != NULL
                       ? 0
                       : 1;
        ledger_close(second);
        _exit(code);
    }
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    Ledger *reader = ledger_open(dir, ENDPOINT, false, &err); /* reading needs no lock */
    CHECK(reader != NULL);
    ledger_close(reader);
    ledger_close(first);
    Ledger *again = ledger_open(dir, ENDPOINT, true, &err);
    CHECK(again != NULL);
    ledger_close(again);
    remove_dir(dir);
}

TEST(ledger_refuses_a_torn_or_foreign_record_naming_it)
{
    char *dir = make_dir();
    CoachError err;
    err_clear(&err);
    Ledger *ledger = ledger_open(dir, ENDPOINT, true, &err);
    REQUIRE(ledger != NULL);
    char path[4300];
    snprintf(path, sizeof path, "%s", ledger_path(ledger));
    ledger_close(ledger);
    static const char *const bad[] = {
        "{\n\"schema\": \"https://discovery-coach.example/schema/sync-ledger\",\n\"sessions\": [",
        "{\"schema\": \"https://discovery-coach.example/schema/sync-ledger\", \"endpoint\": "
        "\"https://other.example.com/xAPI\", \"sessions\": []}",
        "{\"schema\": \"https://discovery-coach.example/schema/sync-ledger\", \"endpoint\": "
        "\"" ENDPOINT "\", \"sessions\": [{\"registration\": \"nope\"}]}",
        "[]",
    };
    static const char *const says[] = {"not JSON", "another endpoint", "no registration",
                                       "not a sync record"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        FILE *file = fopen(path, "w");
        REQUIRE(file != NULL);
        fputs(bad[i], file);
        fclose(file);
        err_clear(&err);
        CHECK(ledger_open(dir, ENDPOINT, false, &err) == NULL);
        CHECK_STR(err.file, path);
        CHECK(strstr(err.message, says[i]) != NULL);
        CHECK(strstr(err.message, "remove the file") != NULL);
    }
    remove_dir(dir);
}

TEST(ledger_save_needs_the_writers_lock)
{
    char *dir = make_dir();
    CoachError err;
    err_clear(&err);
    Ledger *reader = ledger_open(dir, ENDPOINT, false, &err);
    REQUIRE(reader != NULL);
    REQUIRE(ledger_add(reader, FIRST, "a.json", 1, &err) == COACH_OK);
    CHECK(ledger_save(reader, &err) == COACH_ESTATE);
    ledger_close(reader);
    err_clear(&err);
    Ledger *writer = ledger_open(dir, ENDPOINT, true, &err);
    REQUIRE(writer != NULL);
    CHECK(ledger_add(writer, "not-a-uuid", "a.json", 1, &err) == COACH_EUSAGE);
    ledger_close(writer);
    remove_dir(dir);
}

TESTS(CHECK_CASE(ledger_remembers_what_was_saved_across_opens),
      CHECK_CASE(ledger_lets_one_writer_at_a_time),
      CHECK_CASE(ledger_refuses_a_torn_or_foreign_record_naming_it),
      CHECK_CASE(ledger_save_needs_the_writers_lock))
