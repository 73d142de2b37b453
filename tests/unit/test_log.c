/* Tests of the JSON log: atomic writes, unique names, tolerant reads. */
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "log.h"

static char dir[256];

static void make_dir(void)
{
    snprintf(dir, sizeof dir, "/tmp/coach-test-log-%ld", (long)getpid());
    CoachError err;
    REQUIRE(log_prepare_dir(dir, &err) == COACH_OK);
}

static cJSON *minimal_log(void)
{
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddStringToObject(doc, "schema", JLOG_SCHEMA_ID);
    cJSON_AddNumberToObject(doc, "schema_version", JLOG_SCHEMA_VERSION);
    cJSON_AddStringToObject(doc, "trainee", "alex");
    cJSON *scenario = cJSON_AddObjectToObject(doc, "scenario");
    cJSON_AddStringToObject(scenario, "id", "x");
    cJSON_AddStringToObject(scenario, "version", "1");
    cJSON_AddStringToObject(scenario, "path", "x.lua");
    cJSON_AddStringToObject(scenario, "sha256", "00");
    cJSON_AddNumberToObject(doc, "seed", 1);
    cJSON_AddStringToObject(doc, "started_at", "2025-01-01T00:00:00Z");
    cJSON_AddArrayToObject(doc, "turns");
    cJSON *scores = cJSON_AddObjectToObject(doc, "scores");
    const char *keys[] = {"discovery", "listening", "benefits", "next_step", "overall"};
    for (int i = 0; i < 5; i++) {
        cJSON *skill = cJSON_AddObjectToObject(scores, keys[i]);
        cJSON_AddNumberToObject(skill, "score", 50);
        cJSON_AddArrayToObject(skill, "reasons");
    }
    cJSON_AddObjectToObject(doc, "metrics");
    cJSON_AddNullToObject(doc, "ending");
    return doc;
}

static const char *write_text(const char *name, const char *text)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *file = fopen(path, "wb");
    REQUIRE(file != NULL);
    fputs(text, file);
    fclose(file);
    return path;
}

TEST(log_write_replaces_the_file_and_reads_back)
{
    make_dir();
    CoachError err;
    char path[512];
    REQUIRE(log_create_path(dir, "demo", path, sizeof path, &err) == COACH_OK);
    cJSON *doc = minimal_log();
    REQUIRE(log_write_new(path, doc, &err) == COACH_OK);
    cJSON_ReplaceItemInObject(doc, "trainee", cJSON_CreateString("sam"));
    REQUIRE(log_write(path, doc, &err) == COACH_OK);
    cJSON_Delete(doc);
    cJSON *read = log_read(path, &err);
    REQUIRE(read != NULL);
    CHECK_STR(cJSON_GetObjectItem(read, "trainee")->valuestring, "sam");
    cJSON_Delete(read);
    char temporary[600];
    snprintf(temporary, sizeof temporary, "%s.tmp%ld", path, (long)getpid());
    CHECK(access(temporary, F_OK) != 0);
}

/* A name is only a name: the file appears, whole, with the first write (a
 * kill before it leaves nothing, never an empty log). */
TEST(log_names_are_unique_and_never_overwrite)
{
    make_dir();
    CoachError err;
    char first[512], second[512];
    REQUIRE(log_create_path(dir, "same", first, sizeof first, &err) == COACH_OK);
    REQUIRE(log_create_path(dir, "same", second, sizeof second, &err) == COACH_OK);
    CHECK(strcmp(first, second) != 0);
    CHECK(access(first, F_OK) != 0 && access(second, F_OK) != 0);
    CHECK(strstr(first, "/same-") != NULL && strstr(first, "Z-") != NULL);
    cJSON *doc = minimal_log();
    REQUIRE(log_write_new(first, doc, &err) == COACH_OK);
    cJSON_ReplaceItemInObject(doc, "trainee", cJSON_CreateString("other"));
    CHECK(log_write_new(first, doc, &err) == COACH_EIO);
    CHECK(strstr(err.message, "exists") != NULL);
    cJSON *read = log_read(first, &err);
    REQUIRE(read != NULL);
    CHECK_STR(cJSON_GetObjectItem(read, "trainee")->valuestring, "alex");
    cJSON_Delete(read);
    /* a file that exists is never handed out as a new name */
    char third[512];
    REQUIRE(log_create_path(dir, "same", third, sizeof third, &err) == COACH_OK);
    CHECK(strcmp(third, first) != 0 && strcmp(third, second) != 0);
    char temporary[600];
    snprintf(temporary, sizeof temporary, "%s.tmp%ld", first, (long)getpid());
    CHECK(access(temporary, F_OK) != 0);
    cJSON_Delete(doc);
}

/* Temporaries of writers that were killed before their rename go at the
 * next start; a running writer's (this process, its parent) stay. */
TEST(log_prepare_dir_removes_the_temporaries_of_dead_writers)
{
    make_dir();
    CoachError err;
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0)
        _exit(0);
    REQUIRE(waitpid(child, NULL, 0) == child);
    char name[128];
    snprintf(name, sizeof name, "dead.json.tmp%ld", (long)child);
    char dead[512];
    snprintf(dead, sizeof dead, "%s", write_text(name, "{\"half\": "));
    snprintf(name, sizeof name, "mine.json.tmp%ld", (long)getpid());
    char mine[512];
    snprintf(mine, sizeof mine, "%s", write_text(name, "{"));
    snprintf(name, sizeof name, "parent.json.tmp%ld", (long)getppid());
    char parent[512];
    snprintf(parent, sizeof parent, "%s", write_text(name, "{"));
    char other[512];
    snprintf(other, sizeof other, "%s", write_text("notes.tmp123", "kept"));
    REQUIRE(log_prepare_dir(dir, &err) == COACH_OK);
    CHECK(access(dead, F_OK) != 0);
    CHECK(access(mine, F_OK) == 0);
    CHECK(access(parent, F_OK) == 0);
    CHECK(access(other, F_OK) == 0);
    unlink(mine);
    unlink(parent);
    unlink(other);
}

TEST(log_read_reports_the_line_of_a_parse_error)
{
    make_dir();
    CoachError err;
    const char *path = write_text("broken.json", "{\n  \"schema\": \"x\",\n  \"turns\": [1, 2,,]\n}\n");
    CHECK(log_read(path, &err) == NULL);
    CHECK_INT(err.code, COACH_EPARSE);
    CHECK_STR(err.file, path);
    CHECK_INT(err.line, 3);
}

TEST(log_read_rejects_other_json_and_bad_bytes)
{
    make_dir();
    CoachError err;
    CHECK(log_read(write_text("other.json", "{\"hello\": 1}"), &err) == NULL);
    CHECK(strstr(err.message, "schema") != NULL);
    CHECK(log_read(write_text("utf8.json", "{\n\"a\": \"\xff\"}"), &err) == NULL);
    CHECK_INT(err.line, 2);
    CHECK(log_read(write_text("empty.json", ""), &err) == NULL);
    CHECK(log_read("/nonexistent/log.json", &err) == NULL);
    CHECK_INT(err.code, COACH_EIO);
    cJSON *doc = minimal_log();
    cJSON_DeleteItemFromObject(cJSON_GetObjectItem(doc, "scores"), "overall");
    char *text = cJSON_Print(doc);
    CHECK(log_read(write_text("no_overall.json", text), &err) == NULL);
    CHECK(strstr(err.message, "overall") != NULL);
    free(text);
    cJSON_Delete(doc);
}

TEST(log_default_dir_follows_xdg_then_home)
{
    char buffer[512];
    CoachError err;
    setenv("XDG_DATA_HOME", "/data", 1);
    REQUIRE(log_default_dir(buffer, sizeof buffer, &err) == COACH_OK);
    CHECK_STR(buffer, "/data/discovery-coach/logs");
    unsetenv("XDG_DATA_HOME");
    setenv("HOME", "/home/alex", 1);
    REQUIRE(log_default_dir(buffer, sizeof buffer, &err) == COACH_OK);
    CHECK_STR(buffer, "/home/alex/.local/share/discovery-coach/logs");
    unsetenv("HOME");
    CHECK(log_default_dir(buffer, sizeof buffer, &err) != COACH_OK);
}

TEST(log_prepare_dir_creates_parents_and_refuses_a_file)
{
    make_dir();
    CoachError err;
    char nested[512];
    snprintf(nested, sizeof nested, "%s/a/b/c", dir);
    CHECK(log_prepare_dir(nested, &err) == COACH_OK);
    struct stat st;
    CHECK(stat(nested, &st) == 0 && S_ISDIR(st.st_mode));
    const char *file = write_text("plain", "x");
    char below[600];
    snprintf(below, sizeof below, "%s/logs", file);
    CHECK(log_prepare_dir(below, &err) == COACH_EIO);
    CHECK(log_prepare_dir(file, &err) == COACH_EIO);
}

TESTS(CHECK_CASE(log_write_replaces_the_file_and_reads_back),
      CHECK_CASE(log_names_are_unique_and_never_overwrite),
      CHECK_CASE(log_prepare_dir_removes_the_temporaries_of_dead_writers),
      CHECK_CASE(log_read_reports_the_line_of_a_parse_error),
      CHECK_CASE(log_read_rejects_other_json_and_bad_bytes),
      CHECK_CASE(log_default_dir_follows_xdg_then_home),
      CHECK_CASE(log_prepare_dir_creates_parents_and_refuses_a_file))
