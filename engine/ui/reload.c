/* reload: the scenario file watcher and the replay of answers (see reload.h). */
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

size_t reload_replay(Session *fresh, const Session *old, size_t *total, CoachError *err, bool *script_error)
{
    size_t done = 0;
    *total = 0;
    *script_error = false;
    size_t count = ses_turn_count(old);
    for (size_t i = 0; i < count; i++)
        if (ses_turn(old, i)->trainee)
            (*total)++;
    for (size_t i = 0; i < count; i++) {
        const SesTurn *turn = ses_turn(old, i);
        if (!turn->trainee)
            continue;
        SesState state = ses_state(fresh);
        if (state != SES_AWAIT_TEXT && state != SES_AWAIT_CHOICE)
            break;
        int rc;
        if (turn->choice >= 0) {
            if (state != SES_AWAIT_CHOICE || (size_t)turn->choice >= ses_choice_count(fresh))
                break;
            rc = ses_answer_choice(fresh, (size_t)turn->choice, err);
        } else {
            if (!(state == SES_AWAIT_TEXT || ses_accepts_text(fresh)))
                break;
            rc = ses_answer_text(fresh, turn->text, strlen(turn->text), err);
        }
        if (rc != 0 || ses_state(fresh) == SES_FAILED) {
            if (ses_state(fresh) == SES_FAILED && ses_error(fresh) != NULL)
                *err = *ses_error(fresh);
            *script_error = rc == COACH_ESCRIPT || ses_state(fresh) == SES_FAILED;
            break;
        }
        done++;
    }
    return done;
}
