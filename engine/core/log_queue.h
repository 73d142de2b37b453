/* log_queue: session logs written on a thread of their own.
 *
 * A log rewrite is durable (temporary file, fsync, rename, fsync of the
 * directory: see log_write), and the two fsyncs take 10-20 ms on an
 * ordinary disk: longer than a frame. The window hands each rewrite to a
 * LogQueue instead and shows the prospect's reply at once; the writer
 * thread makes it durable a moment later. Only the newest document of a
 * path matters, so a rewrite still waiting is replaced by the next one.
 * A kill in that moment loses at most the last answer, never a whole log
 * (the previous complete version stays in place). */
#ifndef COACH_LOG_QUEUE_H
#define COACH_LOG_QUEUE_H

#include <stdbool.h>

#include "error.h"

struct cJSON;
typedef struct LogQueue LogQueue;

/* Starts the writer thread. NULL with err when it cannot. Caller:
 * log_queue_destroy(). */
LogQueue *log_queue_create(CoachError *err);

/* Writes everything still waiting, stops the thread, frees the queue.
 * NULL is a no-op. */
void log_queue_destroy(LogQueue *queue);

/* Queues doc (taken: the queue deletes it) to be written to path (copied),
 * replacing a document for the same path that is still waiting. Returns
 * COACH_OK, or the error of an earlier write that failed (reported once;
 * the new document is queued all the same) or COACH_ENOMEM. */
int log_queue_put(LogQueue *queue, const char *path, struct cJSON *doc, CoachError *err);

/* Waits until every queued document is written. Returns COACH_OK or the
 * first write error not yet reported. */
int log_queue_flush(LogQueue *queue, CoachError *err);

#endif
