/* reload: the scenario file watcher (see reload.h). */
#include "reload.h"

#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#define RELOAD_INTERVAL_MS 1000

static Uint32 watch_tick(Uint32 interval, void *param)
{
    /* Runs on SDL's timer thread: touch nothing shared, just wake the loop. */
    SDL_Event event;
    memset(&event, 0, sizeof event);
    event.type = (Uint32)(uintptr_t)param;
    SDL_PushEvent(&event);
    return interval;
}

static bool watch_stat(const char *path, struct timespec *mtime, off_t *size)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return false;
    *mtime = st.st_mtim;
    *size = st.st_size;
    return true;
}

void reload_watch_init(ReloadWatch *watch, Uint32 event_type)
{
    memset(watch, 0, sizeof *watch);
    watch->event_type = event_type == (Uint32)-1 ? 0 : event_type;
}

void reload_watch_mark(ReloadWatch *watch, const char *path)
{
    watch_stat(path, &watch->mtime, &watch->size);
}

void reload_watch_start(ReloadWatch *watch, const char *path)
{
    if (!watch_stat(path, &watch->mtime, &watch->size)) {
        watch->mtime.tv_sec = 0;
        watch->size = 0;
    }
    if (watch->timer != 0 || watch->event_type == 0)
        return;
    if (!SDL_WasInit(SDL_INIT_TIMER))
        SDL_InitSubSystem(SDL_INIT_TIMER);
    watch->timer = SDL_AddTimer(RELOAD_INTERVAL_MS, watch_tick, (void *)(uintptr_t)watch->event_type);
}

void reload_watch_stop(ReloadWatch *watch)
{
    if (watch->timer != 0)
        SDL_RemoveTimer(watch->timer);
    watch->timer = 0;
    if (watch->event_type != 0)
        SDL_FlushEvent(watch->event_type);
}

bool reload_watch_changed(const ReloadWatch *watch, const char *path)
{
    struct timespec mtime;
    off_t size;
    if (!watch_stat(path, &mtime, &size))
        return false;
    return mtime.tv_sec != watch->mtime.tv_sec || mtime.tv_nsec != watch->mtime.tv_nsec || size != watch->size;
}
