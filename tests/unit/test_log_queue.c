/* Tests for log_queue (engine/core/log_queue.c): the window's log writer
 * thread. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "log_queue.h"

static cJSON *doc_with(int turn)
{
    cJSON *doc = cJSON_CreateObject();
    cJSON_AddNumberToObject(doc, "turn", turn);
    return doc;
}

static int turn_in(const char *path)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL)
        return -1;
    char text[256] = "";
    size_t got = fread(text, 1, sizeof text - 1, file);
    fclose(file);
    text[got] = '\0';
    cJSON *doc = cJSON_Parse(text);
    int turn = doc != NULL ? cJSON_GetObjectItem(doc, "turn")->valueint : -1;
    cJSON_Delete(doc);
    return turn;
}

TEST(log_queue_writes_the_newest_document_of_each_path)
{
    char dir[] = "/tmp/coach_log_queue_XXXXXX";
    REQUIRE(mkdtemp(dir) != NULL);
    char a[300], b[300];
    snprintf(a, sizeof a, "%s/a.json", dir);
    snprintf(b, sizeof b, "%s/b.json", dir);
    CoachError err;
    LogQueue *queue = log_queue_create(&err);
    REQUIRE(queue != NULL);
    for (int turn = 1; turn <= 200; turn++) {
        CHECK_INT(log_queue_put(queue, a, doc_with(turn), &err), COACH_OK);
        if (turn % 50 == 0)
            CHECK_INT(log_queue_put(queue, b, doc_with(turn), &err), COACH_OK);
    }
    CHECK_INT(log_queue_flush(queue, &err), COACH_OK);
    CHECK_INT(turn_in(a), 200);
    CHECK_INT(turn_in(b), 200);
    CHECK_INT(log_queue_put(queue, a, doc_with(201), &err), COACH_OK);
    log_queue_destroy(queue); /* writes what still waits */
    CHECK_INT(turn_in(a), 201);
    unlink(a);
    unlink(b);
    rmdir(dir);
}

TEST(log_queue_reports_a_failed_write_once)
{
    CoachError err;
    LogQueue *queue = log_queue_create(&err);
    REQUIRE(queue != NULL);
    CHECK_INT(log_queue_put(queue, "/proc/no/such/dir/x.json", doc_with(1), &err), COACH_OK);
    CHECK(log_queue_flush(queue, &err) != COACH_OK);
    CHECK(strstr(err.file, "/proc/no/such/dir/x.json") != NULL);
    CHECK_INT(log_queue_flush(queue, &err), COACH_OK); /* once */
    log_queue_destroy(queue);
    log_queue_destroy(NULL);
}

TESTS(CHECK_CASE(log_queue_writes_the_newest_document_of_each_path),
      CHECK_CASE(log_queue_reports_a_failed_write_once))
