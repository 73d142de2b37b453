/* ledger: the local record of the sessions a learning record store has
 * acknowledged, so `coach sync` sends each session once.
 *
 * One file per LRS endpoint, <dir>/<16 hex digits of the endpoint's SHA-1>.json,
 * holding the endpoint and, per session, its registration, log file name,
 * statement count and when it was acknowledged. It is only ever replaced
 * whole (log_write: temporary file, fsync, rename, fsync of the directory),
 * after the LRS answered, so a kill -9 at any moment leaves the previous or
 * the new record, never a torn one: at worst a session the LRS already has
 * is sent again, and the LRS keeps one copy (statement ids are
 * deterministic, see xapi.h). Deleting the file is therefore safe too.
 *
 * A writer holds an exclusive lock (flock on <file>.lock) from ledger_open
 * to ledger_close, so two syncs never interleave; the kernel drops it when
 * the process dies. */
#ifndef COACH_LEDGER_H
#define COACH_LEDGER_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

#define LEDGER_SCHEMA_ID "https://discovery-coach.example/schema/sync-ledger"

typedef struct Ledger Ledger;

/* The default directory: $XDG_DATA_HOME/discovery-coach/sent, else
 * $HOME/.local/share/discovery-coach/sent. */
int ledger_default_dir(char *buffer, size_t size, CoachError *err);

/* Opens the record of endpoint in dir (created when missing when for_writing).
 * for_writing takes the lock: when another process holds it, NULL with
 * err->code COACH_ESTATE. A record that is not one (hand-edited, another
 * endpoint's) is an error naming its file and line. Caller: ledger_close. */
Ledger *ledger_open(const char *dir, const char *endpoint, bool for_writing, CoachError *err);

/* Whether the session with this registration was acknowledged. */
bool ledger_has(const Ledger *ledger, const char *registration);

/* Notes in memory that a session was acknowledged (log_name is kept for
 * people reading the file); ledger_save makes it durable. */
int ledger_add(Ledger *ledger, const char *registration, const char *log_name, size_t statements,
               CoachError *err);

/* Atomically replaces the file with the record (needs for_writing). */
int ledger_save(Ledger *ledger, CoachError *err);

/* The number of sessions recorded. */
size_t ledger_count(const Ledger *ledger);

/* The record's file (borrowed; lives as long as the ledger). */
const char *ledger_path(const Ledger *ledger);

/* Releases the lock and frees. ledger_close(NULL) is a no-op. */
void ledger_close(Ledger *ledger);

#endif
