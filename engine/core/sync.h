/* sync: sends every finished session that the team's learning record store
 * has not acknowledged yet, as the xAPI statements xapi_attempt builds, and
 * records each acknowledged session in the ledger. Exactly once: a session
 * is recorded only after the LRS answered 2xx for all of its statements, and
 * a session sent again (after a kill, a timeout, a lost answer) has the same
 * statement ids and content, which an LRS stores once.
 *
 * Sessions go in batches of whole sessions up to config->batch statements (a
 * longer session goes alone, in consecutive requests). Failures that may pass
 * (no connection, a timeout, HTTP 408, 429, 5xx) are tried again up to
 * config->retries times, waiting 1, 2, 4... s (at most 30 s, +-25% so that a
 * team's machines do not come back in step; longer when the LRS sends
 * Retry-After, up to 60 s); then the sync stops and the unsent sessions wait
 * for the next one. A batch the LRS refuses (400, 409, 413) is retried one
 * session at a time so that only the sessions at fault stay unsent. Refused
 * credentials, an unverifiable certificate, a redirect or a wrong endpoint
 * stop the sync at once.
 *
 * Nothing here prints; what happens is told to a listener. */
#ifndef COACH_SYNC_H
#define COACH_SYNC_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "error.h"

typedef struct SyncOptions {
    const CoachConfig *config;   /* endpoint, credentials, account, limits */
    const char *const *paths;    /* session logs or directories of them */
    size_t path_count;
    const char *ledger_dir;      /* where the record of sent sessions lives */
    bool dry_run;                /* read and tell, send nothing, record nothing */
} SyncOptions;

typedef enum SyncEventKind {
    SYNC_SKIPPED,  /* a file that is not a usable session log: warning */
    SYNC_PENDING,  /* a session to send: path, registration, statements */
    SYNC_START,    /* sending begins: total sessions, statements */
    SYNC_PROGRESS, /* done of total sessions acknowledged */
    SYNC_RETRY,    /* a request failed (message); tried again after wait_seconds */
    SYNC_REFUSED   /* the LRS refused a session (path, message): it stays unsent */
} SyncEventKind;

typedef struct SyncEvent {
    SyncEventKind kind;
    const char *path;
    const char *registration;
    const char *message;
    const CoachError *warning;   /* SYNC_SKIPPED: what is wrong, with file and line */
    size_t done, total, statements;
    double wait_seconds;
} SyncEvent;

/* Called on the thread that runs sync_run; event and its strings live for
 * the call only. */
typedef void (*SyncListener)(void *context, const SyncEvent *event);

typedef struct SyncSummary {
    size_t logs;         /* session logs read */
    size_t unfinished;   /* sessions still in progress: they go when they end */
    size_t sent_before;  /* acknowledged by an earlier sync */
    size_t pending;      /* to send this time */
    size_t sent;         /* acknowledged this time */
    size_t statements;   /* their statements */
    size_t refused;      /* refused by the LRS this time */
    size_t skipped;      /* files that are not usable session logs */
    double seconds;      /* spent sending */
    char ledger[4200];   /* the record's file */
} SyncSummary;

/* Runs one sync (see above). Returns COACH_OK when every pending session was
 * acknowledged (or, for a dry run, listed); COACH_ELRS when the LRS could
 * not be reached, refused the credentials or some sessions (err says which
 * and what to do); COACH_EUSAGE when the config lacks the endpoint, the home
 * page or (to send) the key and secret; COACH_ESTATE when another sync to
 * the same LRS is running; COACH_EIO, COACH_EPARSE, COACH_ENOMEM for the
 * record. *summary is filled in every case. */
int sync_run(const SyncOptions *options, SyncListener listener, void *context,
             SyncSummary *summary, CoachError *err);

/* --- in the background (the window, after a call) -------------------------------------- */

typedef struct SyncJob SyncJob;

/* Called on the job's thread when it ends. */
typedef void (*SyncJobDone)(void *context);

/* Starts a sync of log_dir (NULL: the default log directory) on a helper
 * thread when the settings ask for it (sync_after_call = yes) and are
 * complete; NULL when they do not, or cannot be read, or no thread could
 * start (the window stays quiet then: `coach sync` says what is wrong).
 * done (may be NULL) is called with context on the helper thread at the end;
 * context must outlive the job (pass a value, not the caller's memory).
 * Caller: sync_job_release. */
SyncJob *sync_job_start(const char *log_dir, SyncJobDone done, void *context);

/* Whether the job ended; when it did, sync_run's result goes to *rc and
 * *summary, and its error (if any) to *err. */
bool sync_job_result(SyncJob *job, int *rc, SyncSummary *summary, CoachError *err);

/* Lets go of the job. One still running finishes on its own and frees
 * itself, without calling done: the process may also end under it, which
 * is as safe as a kill (the ledger is only ever replaced whole).
 * sync_job_release(NULL) is a no-op. */
void sync_job_release(SyncJob *job);

#endif
