/* log: the JSON score log of a session (schema: assets/log.schema.json),
 * written crash-safely and read tolerantly.
 *
 * Writing goes to a temporary file in the same directory, fsync, rename
 * (link for the first version): a reader sees no log, the previous complete
 * log or the new complete log, never a torn or empty one. Reading accepts
 * any file and reports what is wrong with file and line instead of
 * crashing. */
#ifndef COACH_LOG_H
#define COACH_LOG_H

#include <cjson/cJSON.h>

#include "error.h"

#define JLOG_SCHEMA_ID "https://discovery-coach.example/schema/session-log"
#define JLOG_SCHEMA_VERSION 1

/* The default log directory: $XDG_DATA_HOME/discovery-coach/logs, else
 * $HOME/.local/share/discovery-coach/logs. Writes into buffer; returns 0 or
 * an error when neither variable is set. */
int log_default_dir(char *buffer, size_t size, CoachError *err);

/* Creates dir and its parents (mode 0755) if missing, and checks it is a
 * writable directory. Removes the temporaries ("*.json.tmp<pid>") that a
 * writer killed between its write and its rename left there: those of
 * processes that no longer run. */
int log_prepare_dir(const char *dir, CoachError *err);

/* Atomically replaces path with the printed document. Does not take doc. */
int log_write(const char *path, const cJSON *doc, CoachError *err);

/* Writes the first version of a log named by log_create_path: the file
 * appears whole or not at all (temporary file, fsync, link(2) to path,
 * fsync of the directory), never empty, and never replaces a file that
 * exists (an error). Later versions go through log_write(). */
int log_write_new(const char *path, const cJSON *doc, CoachError *err);

/* Reads and parses a log of at most 64 MiB; checks the schema id, version and
 * the required keys. Returns a new document (caller: cJSON_Delete) or NULL
 * with err naming the file and line. */
cJSON *log_read(const char *path, CoachError *err);

/* --- naming a new log, timestamps, the schema's shape ---------------------- */

/* Names a new log file in dir for scenario_id,
 * "<scenario-id>-<YYYYMMDDTHHMMSSZ>-<pid>[-<n>].json", into buffer (size
 * bytes): a name no file has and this process has not handed out before.
 * Nothing is created: the file first appears, whole, by log_write_new(), so
 * a kill before that leaves no empty log. */
int log_create_path(const char *dir, const char *scenario_id, char *buffer, size_t size,
                     CoachError *err);

/* The current UTC time as ISO 8601 ("2025-01-31T09:05:00Z") into buffer. */
void log_utc_now(char *buffer, size_t size);

/* Checks a parsed log against the schema's required shape (what log_read
 * checks after parsing). path is only used in the error. */
int log_validate(const cJSON *doc, const char *path, CoachError *err);

#endif
