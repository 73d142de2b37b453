/* test_sync: the sync's decisions that need no LRS: what it needs from the
 * settings, a dry run, and the background job the window starts after a
 * call. (tests/cli/sync_lrs.sh sends to a real LRS.) */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "config.h"
#include "sync.h"

static char home[64];

/* A fresh XDG_CONFIG_HOME and XDG_DATA_HOME with two finished logs in the
 * log directory and settings text in the config file. */
static void make_home(const char *settings)
{
    snprintf(home, sizeof home, "/tmp/coach-sync-XXXXXX");
    REQUIRE(mkdtemp(home) != NULL);
    char command[512];
    snprintf(command, sizeof command,
             "mkdir -p %s/config/discovery-coach %s/data/discovery-coach/logs && "
             "cp tests/logs/good/ana-01.json tests/logs/good/ben-01.json %s/data/discovery-coach/logs/",
             home, home, home);
    REQUIRE(system(command) == 0);
    char path[256];
    snprintf(path, sizeof path, "%s/config/discovery-coach/config", home);
    FILE *file = fopen(path, "w");
    REQUIRE(file != NULL);
    fputs(settings, file);
    fclose(file);
    chmod(path, 0600);
    snprintf(path, sizeof path, "%s/config", home);
    setenv("XDG_CONFIG_HOME", path, 1);
    snprintf(path, sizeof path, "%s/data", home);
    setenv("XDG_DATA_HOME", path, 1);
    unsetenv("COACH_LRS_ENDPOINT");
    unsetenv("COACH_LRS_KEY");
    unsetenv("COACH_LRS_SECRET");
}

static void remove_home(void)
{
    char command[128];
    snprintf(command, sizeof command, "rm -rf '%s'", home);
    REQUIRE(system(command) == 0);
}

/* A loopback port nothing listens on (bound, then closed). */
static int dead_port(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    struct sockaddr_in address;
    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    REQUIRE(bind(fd, (struct sockaddr *)&address, sizeof address) == 0);
    REQUIRE(getsockname(fd, (struct sockaddr *)&address, &size) == 0);
    close(fd);
    return ntohs(address.sin_port);
}

typedef struct Count {
    size_t pending, skipped, statements;
} Count;

static void count_events(void *context, const SyncEvent *event)
{
    Count *count = context;
    if (event->kind == SYNC_PENDING) {
        count->pending++;
        count->statements += event->statements;
    }
    if (event->kind == SYNC_SKIPPED)
        count->skipped++;
}

TEST(sync_dry_run_lists_the_finished_sessions_without_a_key_or_a_record)
{
    make_home("endpoint = https://lrs.example.com/xAPI\nhome_page = https://lms.example.com\n");
    CoachConfig config;
    conf_init(&config);
    REQUIRE(conf_load_default(&config, NULL) == COACH_OK);
    char logs[256], ledger[256];
    snprintf(logs, sizeof logs, "%s/data/discovery-coach/logs", home);
    snprintf(ledger, sizeof ledger, "%s/data/discovery-coach/sent", home);
    const char *paths[] = {logs, "tests/logs/hostile/truncated.json"};
    SyncOptions options = {&config, paths, 2, ledger, true};
    Count count = {0, 0, 0};
    SyncSummary summary;
    CoachError err;
    err_clear(&err);
    CHECK(sync_run(&options, count_events, &count, &summary, &err) == COACH_OK);
    CHECK_INT(count.pending, 2);
    CHECK_INT(summary.pending, 2);
    CHECK_INT(count.skipped, 1);
    CHECK(count.statements > 4);
    struct stat st;
    CHECK(stat(ledger, &st) != 0); /* nothing recorded, not even a directory */

    /* sending needs the key */
    options.dry_run = false;
    err_clear(&err);
    CHECK(sync_run(&options, NULL, NULL, &summary, &err) == COACH_EUSAGE);
    CHECK(strstr(err.message, "no LRS key") != NULL);
    conf_deinit(&config);
    remove_home();
}

TEST(sync_job_starts_only_when_the_settings_ask_for_it)
{
    make_home("endpoint = https://lrs.example.com/xAPI\nhome_page = https://lms.example.com\n"
              "key = k\nsecret = s\n");
    CHECK(sync_job_start(NULL, NULL, NULL) == NULL);
    remove_home();
    make_home("endpoint = https://lrs.example.com/xAPI\nsync_after_call = yes\n"); /* incomplete */
    CHECK(sync_job_start(NULL, NULL, NULL) == NULL);
    remove_home();
    make_home("bogus = 1\nsync_after_call = yes\n");
    CHECK(sync_job_start(NULL, NULL, NULL) == NULL);
    remove_home();
}

static volatile int job_ended;

static void note_end(void *context)
{
    (void)context;
    job_ended = 1;
}

TEST(sync_job_against_a_dead_lrs_ends_without_blocking_and_records_nothing)
{
    char settings[512];
    snprintf(settings, sizeof settings,
             "endpoint = http://127.0.0.1:%d/xAPI\nkey = k\nsecret = s\n"
             "home_page = https://lms.example.com\nretries = 1\nsync_after_call = yes\n",
             dead_port());
    make_home(settings);
    struct timespec before, after;
    clock_gettime(CLOCK_MONOTONIC, &before);
    SyncJob *job = sync_job_start(NULL, note_end, NULL);
    clock_gettime(CLOCK_MONOTONIC, &after);
    REQUIRE(job != NULL);
    /* starting is instant: the tries and the back-off are on the helper thread */
    CHECK((after.tv_sec - before.tv_sec) * 1000 + (after.tv_nsec - before.tv_nsec) / 1000000 < 500);
    int rc = COACH_OK;
    SyncSummary summary;
    CoachError err;
    err_clear(&err);
    bool done = false;
    for (int i = 0; i < 300 && !done; i++) {
        done = sync_job_result(job, &rc, &summary, &err);
        if (!done)
            nanosleep(&(struct timespec){0, 50 * 1000 * 1000}, NULL);
    }
    REQUIRE(done);
    for (int i = 0; i < 100 && !job_ended; i++) /* the callback follows the result */
        nanosleep(&(struct timespec){0, 10 * 1000 * 1000}, NULL);
    CHECK(job_ended);
    CHECK_INT(rc, COACH_ELRS);
    CHECK(strstr(err.message, "could not reach the LRS") != NULL);
    CHECK(strstr(err.message, "2 sessions wait for the next sync") != NULL);
    CHECK_INT(summary.pending, 2);
    CHECK_INT(summary.sent, 0);
    struct stat st;
    CHECK(stat(summary.ledger, &st) != 0);
    sync_job_release(job);
    remove_home();
}

TEST(sync_job_released_while_running_finishes_on_its_own)
{
    char settings[512];
    snprintf(settings, sizeof settings,
             "endpoint = http://127.0.0.1:%d/xAPI\nkey = k\nsecret = s\n"
             "home_page = https://lms.example.com\nretries = 1\nsync_after_call = yes\n",
             dead_port());
    make_home(settings);
    job_ended = 0;
    SyncJob *job = sync_job_start(NULL, note_end, NULL);
    REQUIRE(job != NULL);
    sync_job_release(job); /* at once: the window closed */
    /* the thread frees the job itself and calls nobody; wait past its back-off */
    nanosleep(&(struct timespec){2, 500 * 1000 * 1000}, NULL);
    CHECK(!job_ended);
    remove_home();
}

TESTS(CHECK_CASE(sync_dry_run_lists_the_finished_sessions_without_a_key_or_a_record),
      CHECK_CASE(sync_job_starts_only_when_the_settings_ask_for_it),
      CHECK_CASE(sync_job_against_a_dead_lrs_ends_without_blocking_and_records_nothing),
      CHECK_CASE(sync_job_released_while_running_finishes_on_its_own))
