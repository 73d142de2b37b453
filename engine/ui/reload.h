/* reload: hot reload for scenario authors. A watcher notices that the
 * scenario file changed (an SDL timer wakes the event loop once a second;
 * the main thread compares the file's mtime and size); the play screen then
 * starts a fresh session on the edited scenario and continues the call in
 * it (ses_reload). */
#ifndef COACH_UI_RELOAD_H
#define COACH_UI_RELOAD_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "error.h"
#include "session.h"

typedef struct ReloadWatch {
    Uint32 event_type;       /* the user event the timer pushes (0: none registered) */
    SDL_TimerID timer;
    struct timespec mtime;   /* the file as last seen */
    off_t size;
} ReloadWatch;

/* A watcher that pushes event_type (from SDL_RegisterEvents) while started
 * (caller's storage; nothing to free until reload_watch_start). */
void reload_watch_init(ReloadWatch *watch, Uint32 event_type);
/* Remembers path as it is now and starts the timer (if not running). */
void reload_watch_start(ReloadWatch *watch, const char *path);
/* Stops the timer and drops its pending events. */
void reload_watch_stop(ReloadWatch *watch);
/* Remembers path as it is now (after a reload, so the same edit is not
 * reloaded twice). */
void reload_watch_mark(ReloadWatch *watch, const char *path);
/* True when path differs from what was remembered; false while it is
 * missing (mid-save or deleted: wait for it to come back). */
bool reload_watch_changed(const ReloadWatch *watch, const char *path);

#endif
