/* log_queue: see log_queue.h. One writer thread, a short list of pending
 * (path, document) pairs under a mutex, two condition variables: one wakes
 * the writer, one wakes whoever waits for the list to drain. */
#include "log_queue.h"

#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

typedef struct Pending {
    char *path;
    cJSON *doc;
} Pending;

struct LogQueue {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t work;     /* the writer: something to write, or stop */
    pthread_cond_t drained;  /* flushers: nothing pending and nothing being written */
    Pending *pending;
    size_t count, capacity;
    bool writing;
    bool stopping;
    bool failed;             /* an error not yet reported */
    CoachError error;
};

static void *log_queue_run(void *data)
{
    LogQueue *queue = data;
    pthread_mutex_lock(&queue->lock);
    for (;;) {
        while (queue->count == 0 && !queue->stopping)
            pthread_cond_wait(&queue->work, &queue->lock);
        if (queue->count == 0 && queue->stopping)
            break;
        Pending item = queue->pending[0];
        memmove(queue->pending, queue->pending + 1, (queue->count - 1) * sizeof *queue->pending);
        queue->count--;
        queue->writing = true;
        pthread_mutex_unlock(&queue->lock);
        CoachError err;
        err_clear(&err);
        int rc = log_write(item.path, item.doc, &err);
        cJSON_Delete(item.doc);
        free(item.path);
        pthread_mutex_lock(&queue->lock);
        queue->writing = false;
        if (rc != COACH_OK && !queue->failed) {
            queue->failed = true;
            queue->error = err;
        }
        if (queue->count == 0)
            pthread_cond_broadcast(&queue->drained);
    }
    pthread_cond_broadcast(&queue->drained);
    pthread_mutex_unlock(&queue->lock);
    return NULL;
}

LogQueue *log_queue_create(CoachError *err)
{
    LogQueue *queue = calloc(1, sizeof *queue);
    if (queue == NULL) {
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&queue->lock, NULL);
    pthread_cond_init(&queue->work, NULL);
    pthread_cond_init(&queue->drained, NULL);
    if (pthread_create(&queue->thread, NULL, log_queue_run, queue) != 0) {
        pthread_cond_destroy(&queue->drained);
        pthread_cond_destroy(&queue->work);
        pthread_mutex_destroy(&queue->lock);
        free(queue);
        err_set(err, COACH_ENOMEM, NULL, 0, "cannot start the log writer thread");
        return NULL;
    }
    return queue;
}

void log_queue_destroy(LogQueue *queue)
{
    if (queue == NULL)
        return;
    pthread_mutex_lock(&queue->lock);
    queue->stopping = true;
    pthread_cond_signal(&queue->work);
    pthread_mutex_unlock(&queue->lock);
    pthread_join(queue->thread, NULL);
    for (size_t i = 0; i < queue->count; i++) {
        cJSON_Delete(queue->pending[i].doc);
        free(queue->pending[i].path);
    }
    free(queue->pending);
    pthread_cond_destroy(&queue->drained);
    pthread_cond_destroy(&queue->work);
    pthread_mutex_destroy(&queue->lock);
    free(queue);
}

/* Hands out a write error once. Called with the lock held. */
static int log_queue_take_error(LogQueue *queue, CoachError *err)
{
    if (!queue->failed)
        return COACH_OK;
    queue->failed = false;
    if (err != NULL)
        *err = queue->error;
    return queue->error.code != 0 ? queue->error.code : COACH_EIO;
}

int log_queue_put(LogQueue *queue, const char *path, cJSON *doc, CoachError *err)
{
    if (queue == NULL || path == NULL || doc == NULL) {
        cJSON_Delete(doc);
        return err_set(err, COACH_EUSAGE, path, 0, "log_queue_put: nothing to queue");
    }
    pthread_mutex_lock(&queue->lock);
    int rc = log_queue_take_error(queue, err);
    Pending *same = NULL;
    for (size_t i = 0; i < queue->count && same == NULL; i++)
        if (strcmp(queue->pending[i].path, path) == 0)
            same = &queue->pending[i];
    if (same != NULL) {
        cJSON_Delete(same->doc); /* a newer version of the same log supersedes it */
        same->doc = doc;
    } else {
        char *copy = strdup(path);
        if (queue->count == queue->capacity) {
            size_t capacity = queue->capacity ? queue->capacity * 2 : 4;
            Pending *grown = copy != NULL ? realloc(queue->pending, capacity * sizeof *grown) : NULL;
            if (grown != NULL) {
                queue->pending = grown;
                queue->capacity = capacity;
            }
        }
        if (copy == NULL || queue->count == queue->capacity) {
            pthread_mutex_unlock(&queue->lock);
            free(copy);
            cJSON_Delete(doc);
            return err_set(err, COACH_ENOMEM, path, 0, "out of memory queueing the log");
        }
        queue->pending[queue->count++] = (Pending){copy, doc};
    }
    pthread_cond_signal(&queue->work);
    pthread_mutex_unlock(&queue->lock);
    return rc;
}

int log_queue_flush(LogQueue *queue, CoachError *err)
{
    if (queue == NULL)
        return COACH_OK;
    pthread_mutex_lock(&queue->lock);
    while (queue->count > 0 || queue->writing)
        pthread_cond_wait(&queue->drained, &queue->lock);
    int rc = log_queue_take_error(queue, err);
    pthread_mutex_unlock(&queue->lock);
    return rc;
}
