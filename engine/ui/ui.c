/* ui: ui_run(), the event loop around the app (see ui.h, app.h).
 *
 * The loop sleeps in SDL_WaitEvent and draws only when something changed:
 * an idle window costs no CPU. The caret does not blink, so nothing needs a
 * timer while the trainee thinks; the scenario file watcher wakes the loop
 * once a second only on the play screen. */
#include "ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"

static double seconds_now(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

int ui_run(const UiOptions *options)
{
    double started = seconds_now();
    const char *exit_env = getenv("COACH_EXIT_AFTER_FIRST_FRAME");
    bool exit_after_first = (exit_env != NULL && strcmp(exit_env, "1") == 0) || options->screenshot != NULL;
    CoachError err;
    err_clear(&err);
    App *app = app_create(options, &err);
    if (app == NULL) {
        char line[2048];
        if (err.file[0] == '\0')
            snprintf(line, sizeof line, "%s", err.message); /* not about a file: the message alone */
        else
            err_format(&err, line, sizeof line);
        fprintf(stderr, "coach: %s\n", line);
        SDL_Quit();
        return 2;
    }
    int status = 0;
    bool running = true;
    bool first = true;
    while (running) {
        if (app_needs_render(app)) {
            app_render(app);
            if (first) {
                first = false;
                if (exit_after_first) {
                    if (exit_env != NULL && strcmp(exit_env, "1") == 0) {
                        struct timespec wall;
                        clock_gettime(CLOCK_REALTIME, &wall);
                        fprintf(stderr, "coach: first frame after %.1f ms (at %lld%09ld ns)\n",
                                (seconds_now() - started) * 1000.0, (long long)wall.tv_sec, wall.tv_nsec);
                    }
                    if (options->screenshot != NULL && app_save_png(app, options->screenshot, &err) != 0) {
                        char line[2048];
                        err_format(&err, line, sizeof line);
                        fprintf(stderr, "coach: %s\n", line);
                        status = 2;
                    }
                    break;
                }
            }
        }
        SDL_Event event;
        if (!SDL_WaitEvent(&event))
            break;
        do {
            if (!app_handle_event(app, &event))
                running = false;
        } while (running && SDL_PollEvent(&event));
    }
    app_destroy(app);
    SDL_Quit();
    return status;
}
