/* app: the window and the screens (see app.h). The app owns the window, the
 * renderer, the fonts and the View it lends to the screen on show; each
 * screen (menu, play, debrief) owns its state, handles its own input and
 * returns a ViewAction, which the app carries out here. */
#include "app.h"
#include "log_queue.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "debrief.h"
#include "draw.h"
#include "menu.h"
#include "name.h"
#include "play.h"
#include "png.h"
#include "prefault.h"
#include "startup.h"
#include "sync.h"
#include "transcript.h"
#include "view.h"
#include "voice.h"

#define APP_PATH_BYTES 4096

struct App {
    char *scenario_path;          /* `coach play SCENARIO`; NULL: open on the menu */
    char *assets_dir;
    bool capture;                 /* keep a copy of every frame (screenshots) */

    SDL_Window *window;
    SDL_Renderer *renderer;
    Prefault *prefault;           /* until the first frame: the framebuffer's pages mapped in */
    Draw *draw;
    View view;
    bool first_frame_done;

    AppScreen screen;
    Startup *startup;             /* the analyser, and the work overlapping the window's start */
    Menu *menu;
    Play *play;                   /* its session is the debrief's too */
    Debrief *debrief;
    NamePrompt *name;             /* who is practising: asked once, changed from the menu */
    Transcript *transcript;       /* the call line by line, after it */
    char trainee[CONF_TRAINEE_MAX_BYTES + 1]; /* "" until known */
    bool trainee_given;           /* --trainee: the settings' name is not used nor asked */
    Voice *voice;                 /* --voice: the prospect's lines spoken; NULL without */
    Uint32 watch_event;           /* the play screen's file watcher */
    char *log_dir;                /* where the sessions go (NULL: the default) */
    bool no_log;                  /* no logs: nothing to send */
    SyncJob *sync_job;            /* the background sync after a call, when configured */
    Uint32 sync_event;            /* pushed when it ends */

    LogQueue *log_queue;          /* the session logs' writer thread */
    FILE *reply_trace;            /* $COACH_TRACE_REPLY: one line per answer, for tests/bench/reply.sh */

    /* the last frame, when capture is on */
    unsigned char *frame;
    int frame_width, frame_height;
};

static char *copy_string(const char *s)
{
    return s != NULL ? strdup(s) : NULL;
}

/* ---- layout metrics --------------------------------------------------------- */

static void update_metrics(App *app)
{
    int width = 0, height = 0;
    SDL_GetRendererOutputSize(app->renderer, &width, &height);
    if (width <= 0 || height <= 0)
        SDL_GetWindowSize(app->window, &width, &height);
    View *view = &app->view;
    view->width = width;
    view->height = height;
    int unit = view->projector ? height / 26 : height / 38; /* a room sees ~27 lines of body text at most */
    int by_width = view->projector ? width / 36 : width / 58;
    if (by_width < unit)
        unit = by_width;
    view->unit = view_clamp(unit, view->projector ? 16 : 12, view->projector ? 96 : 64);
    draw_set_base_size(app->draw, view->unit);
    /* a room reads every text at 1/30 of the screen's height or larger */
    draw_set_min_size(app->draw, view->projector ? (height + 29) / 30 : 0);
    view->dirty = true;
}

/* ---- switching screens ------------------------------------------------------- */

static void go_menu(App *app)
{
    play_close(app->play);
    app->screen = APP_MENU;
    app->view.banner[0] = '\0';
    if (!menu_is_loaded(app->menu))
        menu_reload(app->menu);
    app->view.dirty = true;
}

static void start_selected(App *app)
{
    const char *path = menu_selected_path(app->menu);
    if (path == NULL)
        return;
    CoachError err;
    err_clear(&err);
    if (play_open(app->play, &app->view, path, &err) != 0) {
        char line[1200];
        err_format(&err, line, sizeof line);
        menu_mark_selected_failed(app->menu, line);
        app->view.dirty = true;
        return;
    }
    app->screen = APP_PLAY;
}

/* ---- the team's LRS -------------------------------------------------------------- */

/* On the sync's thread: wakes the event loop (context is the event type). */
static void sync_ended(void *context)
{
    SDL_Event event;
    SDL_zero(event);
    event.type = (Uint32)(uintptr_t)context;
    SDL_PushEvent(&event);
}

/* After a call, when the settings say so (sync_after_call): the finished
 * sessions go to the team's LRS on a helper thread, the debrief says so. */
static void start_sync(App *app)
{
    if (app->no_log || app->sync_job != NULL || app->sync_event == (Uint32)-1)
        return; /* one at a time: the next call's debrief takes what this one left */
    /* the call's last log write may still be on the writer thread: the
     * sync must read the finished log (one write, a few ms, at a screen change) */
    if (log_queue_flush(app->log_queue, NULL) != COACH_OK)
        return;
    app->sync_job = sync_job_start(app->log_dir, sync_ended, (void *)(uintptr_t)app->sync_event);
    if (app->sync_job != NULL)
        view_set_banner(&app->view, false, "Sending this call to the team's learning record store...");
}

static void sync_finished(App *app)
{
    int rc = COACH_OK;
    SyncSummary summary;
    CoachError err;
    err_clear(&err);
    if (app->sync_job == NULL || !sync_job_result(app->sync_job, &rc, &summary, &err))
        return;
    sync_job_release(app->sync_job);
    app->sync_job = NULL;
    if (app->screen != APP_DEBRIEF)
        return;
    if (rc == COACH_OK && summary.sent > 0)
        view_set_banner(&app->view, false, "Sent to the team's learning record store (%zu session%s).",
                        summary.sent, summary.sent == 1 ? "" : "s");
    else if (rc == COACH_OK)
        view_clear_banner(&app->view);
    else
        view_set_banner(&app->view, true, "Saved on this computer; it goes to the team's LRS with the next sync. %.300s",
                        err.message);
}

/* The login name, offered (never taken unasked) on the name prompt. */
static const char *login_name(void)
{
    const char *user = getenv("USER");
    if (user == NULL || user[0] == '\0')
        user = getenv("LOGNAME");
    return user;
}

static void show_name_prompt(App *app, bool first_time)
{
    name_open(app->name, app->trainee[0] != '\0' ? app->trainee : NULL, login_name(), first_time);
    /* the key that opened it may also bring a text event: not a letter of the name */
    SDL_FlushEvents(SDL_TEXTEDITING, SDL_TEXTINPUT);
    app->screen = APP_NAME;
    app->view.dirty = true;
}

/* The name prompt chose a name: it is saved in the settings file and
 * used from the next session on; then the scenario asked for, or the menu. */
static void name_chosen_apply(App *app)
{
    bool first_time = app->trainee[0] == '\0';
    snprintf(app->trainee, sizeof app->trainee, "%s", name_chosen(app->name));
    startup_set_trainee(app->startup, app->trainee);
    menu_set_trainee(app->menu, app->trainee, !app->trainee_given);
    CoachError err;
    err_clear(&err);
    app->view.banner[0] = '\0';
    if (conf_save_trainee(NULL, app->trainee, &err) != COACH_OK)
        view_banner_from_error(&app->view, "Your name is used for now but could not be saved: ", &err);
    if (first_time && app->scenario_path != NULL) {
        if (play_open(app->play, &app->view, app->scenario_path, &err) == 0) {
            app->screen = APP_PLAY;
            return;
        }
        view_banner_from_error(&app->view, "", &err);
    }
    app->screen = APP_MENU;
    if (!menu_is_loaded(app->menu))
        menu_reload(app->menu);
    app->view.dirty = true;
}

/* Carries out what a screen asked for; false to quit. */
static bool apply(App *app, ViewAction action)
{
    switch (action) {
    case VIEW_STAY:
        break;
    case VIEW_QUIT:
        return false;
    case VIEW_TO_MENU:
        go_menu(app);
        break;
    case VIEW_START_PLAY:
        start_selected(app);
        break;
    case VIEW_TO_DEBRIEF:
        if (app->screen == APP_TRANSCRIPT) { /* back to the scores, as they were */
            app->screen = APP_DEBRIEF;
            app->view.dirty = true;
            break;
        }
        debrief_reset(app->debrief);
        app->screen = APP_DEBRIEF;
        app->view.dirty = true;
        start_sync(app);
        break;
    case VIEW_TO_TRANSCRIPT:
        if (play_session(app->play) != NULL && transcript_open(app->transcript, play_session(app->play))) {
            app->screen = APP_TRANSCRIPT;
            app->view.dirty = true;
        }
        break;
    case VIEW_RETRY:
    case VIEW_PLAY_AGAIN: {
        size_t from = action == VIEW_RETRY ? transcript_chosen_line(app->transcript) : 1;
        CoachError err;
        err_clear(&err);
        if (play_retry(app->play, &app->view, from, &err) == 0) {
            SDL_FlushEvents(SDL_TEXTEDITING, SDL_TEXTINPUT); /* the key that asked is no letter of a line */
            app->screen = APP_PLAY;
        } else {
            view_banner_from_error(&app->view, "Cannot try again: ", &err);
        }
        app->view.dirty = true;
        break;
    }
    case VIEW_TO_NAME:
        if (!app->trainee_given)
            show_name_prompt(app, false);
        break;
    case VIEW_NAME_CHOSEN:
        name_chosen_apply(app);
        break;
    }
    return true;
}

/* ---- lifecycle ------------------------------------------------------------- */

/* --voice: without espeak-ng or a sound device the call goes on, in text,
 * after one line on stderr saying why. */
static void start_voice(App *app)
{
    CoachError err;
    err_clear(&err);
    app->voice = voice_create(NULL, true, &err);
    if (app->voice == NULL) {
        fprintf(stderr, "coach: %s; playing without a voice\n", err.message);
        return;
    }
    if (voice_device_error(app->voice)[0] != '\0')
        fprintf(stderr, "coach: --voice: %s; playing without a voice\n", voice_device_error(app->voice));
    play_set_voice(app->play, app->voice);
}

/* With no display SDL falls back to a driver that draws nowhere (offscreen
 * or dummy), and the window would wait for input that never comes. Those
 * drivers count only when asked for by name (SDL_VIDEODRIVER: the tests,
 * screenshots). */
static bool display_available(void)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    const char *asked = SDL_getenv("SDL_VIDEODRIVER");
    if (driver == NULL)
        return false;
    bool nowhere = strcmp(driver, "offscreen") == 0 || strcmp(driver, "dummy") == 0;
    return !nowhere || (asked != NULL && asked[0] != '\0');
}

/* The window and its renderer (software unless asked otherwise). */
static int open_window(App *app, const UiOptions *options, CoachError *err)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    const char *accelerated = SDL_getenv("COACH_ACCELERATED");
    const char *software_env = SDL_getenv("COACH_SOFTWARE");
    bool software = !(accelerated != NULL && strcmp(accelerated, "1") == 0);
    if ((software_env != NULL && strcmp(software_env, "1") == 0) ||
        (driver != NULL && (strcmp(driver, "offscreen") == 0 || strcmp(driver, "dummy") == 0)))
        software = true;
    int width = options->width > 0 ? options->width : 1280;
    int height = options->height > 0 ? options->height : 800;
    Uint32 flags = SDL_WINDOW_RESIZABLE | (options->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    app->window = SDL_CreateWindow("Discovery Coach", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width,
                                   height, flags);
    if (app->window == NULL)
        return err_set(err, COACH_EIO, NULL, 0, "cannot open a window: %s", SDL_GetError());
    SDL_SetWindowMinimumSize(app->window, 480, 360);
    app->renderer = SDL_CreateRenderer(app->window, -1, software ? SDL_RENDERER_SOFTWARE : 0);
    if (app->renderer == NULL && !software)
        app->renderer = SDL_CreateRenderer(app->window, -1, SDL_RENDERER_SOFTWARE);
    if (app->renderer == NULL)
        return err_set(err, COACH_EIO, NULL, 0, "cannot create a renderer: %s", SDL_GetError());
    SDL_RendererInfo renderer_info;
    if (SDL_GetRendererInfo(app->renderer, &renderer_info) == 0 && (renderer_info.flags & SDL_RENDERER_SOFTWARE)) {
        /* The software renderer draws into the window's fresh framebuffer
         * (4 MB at 1280 x 800, shared memory on X11): map its pages in on a
         * helper thread while the first frame is laid out, instead of one
         * page fault per page while it is drawn. */
        SDL_Surface *framebuffer = SDL_GetWindowSurface(app->window);
        if (framebuffer != NULL && framebuffer->pixels != NULL)
            app->prefault = prefault_create(framebuffer->pixels, (size_t)framebuffer->h * (size_t)framebuffer->pitch);
    }
    return 0;
}

App *app_create(const UiOptions *options, CoachError *err)
{
    App *app = calloc(1, sizeof *app);
    if (app == NULL) {
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    const char *trace = SDL_getenv("COACH_TRACE_REPLY");
    if (trace != NULL && trace[0] != '\0')
        app->reply_trace = fopen(trace, "a");
    app->scenario_path = copy_string(options->scenario_path);
    app->assets_dir = copy_string(options->assets_dir != NULL ? options->assets_dir : "assets");
    app->log_dir = copy_string(options->session.log_dir);
    app->no_log = options->session.no_log;
    app->capture = options->screenshot != NULL;
    app->view.projector = options->session.projector;
    app->view.theme = options->session.projector ? theme_projector() : theme_light();
    /* the log is made durable on a thread of its own: the reply never waits
     * for the disk (log_queue.h) */
    app->log_queue = log_queue_create(err);
    if (app->log_queue == NULL) {
        app_destroy(app);
        return NULL;
    }
    SesSettings settings = options->session;
    settings.log_queue = app->log_queue;
    /* who is practising: --trainee, else the settings file's name, else asked */
    app->trainee_given = options->session.trainee != NULL && options->session.trainee[0] != '\0';
    char settings_error[1200] = "";
    if (app->trainee_given) {
        snprintf(app->trainee, sizeof app->trainee, "%s", options->session.trainee);
    } else {
        CoachConfig config;
        conf_init(&config);
        CoachError conf_err;
        err_clear(&conf_err);
        if (conf_load(&config, NULL, &conf_err) != COACH_OK)
            err_format(&conf_err, settings_error, sizeof settings_error);
        else if (config.trainee != NULL)
            snprintf(app->trainee, sizeof app->trainee, "%s", config.trainee);
        conf_deinit(&config);
        settings.trainee = app->trainee[0] != '\0' ? app->trainee : NULL;
    }
    bool ask_name = app->trainee[0] == '\0';
    app->name = name_create();
    app->transcript = transcript_create();
    app->startup = startup_create(app->assets_dir, &settings);
    app->menu = menu_create(options->scenarios_dir, options->default_scenario);
    app->debrief = debrief_create();
    if (app->assets_dir == NULL || app->startup == NULL || app->menu == NULL || app->debrief == NULL ||
        app->name == NULL || app->transcript == NULL ||
        (options->scenario_path != NULL && app->scenario_path == NULL)) {
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        goto fail;
    }

    /* A software framebuffer unless the user asks otherwise: with no GPU,
     * a GL-backed framebuffer costs ~60 ms and ~85 MiB at start-up. */
    SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_DEFAULT);
    const char *x11 = SDL_getenv("DISPLAY"), *wayland = SDL_getenv("WAYLAND_DISPLAY");
    if ((x11 == NULL || x11[0] == '\0') && (wayland == NULL || wayland[0] == '\0'))
        /* no X11 nor Wayland session: only a console's own display is left to try
         * (probing Wayland anyway makes libwayland print its own error line) */
        SDL_SetHintWithPriority(SDL_HINT_VIDEODRIVER, "kmsdrm", SDL_HINT_DEFAULT);
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0 || !display_available()) {
        /* before any session starts: nothing is logged for a call that cannot be shown */
        err_set(err, COACH_EIO, NULL, 0, "%s", APP_NO_DISPLAY);
        goto fail;
    }
    /* Helper threads start only now. Once a process has a second thread,
     * glibc locks the stream on every getc(), and on X11 the video start
     * parses the Compose table with getc(): a thread started before
     * SDL_InitSubSystem made it ~5 ms slower, more than the overlap won.
     * For `coach play` the helper starts the session; for the menu it reads
     * the scenarios' metadata (a Lua run each), the main thread joining in
     * once the window is up. */
    bool prepared = false;
    if (app->scenario_path != NULL && !ask_name)
        prepared = startup_begin_session(app->startup, app->scenario_path);
    else if (app->scenario_path == NULL)
        menu_begin_load(app->menu);
    if (open_window(app, options, err) != 0)
        goto fail;
    char fonts[APP_PATH_BYTES];
    snprintf(fonts, sizeof fonts, "%s/fonts", app->assets_dir);
    app->draw = draw_create(app->renderer, fonts, 20, err);
    if (app->draw == NULL)
        goto fail;
    app->view.renderer = app->renderer;
    app->view.draw = app->draw;
    draw_set_recording(app->draw, app->capture); /* the screenshot tests check what was drawn where */
    app->watch_event = SDL_RegisterEvents(1);
    app->sync_event = SDL_RegisterEvents(1);
    app->play = play_create(app->startup, app->watch_event);
    if (app->play == NULL) {
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        goto fail;
    }
    if (options->voice)
        start_voice(app);
    update_metrics(app);

    menu_set_trainee(app->menu, app->trainee, !app->trainee_given);
    if (ask_name) {
        if (app->scenario_path == NULL)
            menu_finish_load(app->menu);
        show_name_prompt(app, true);
        if (settings_error[0] != '\0')
            view_set_banner(&app->view, true, "%s", settings_error);
    } else if (app->scenario_path != NULL) {
        if (prepared) {
            Session *session = startup_take_session(app->startup, err);
            if (session == NULL)
                goto fail;
            play_install(app->play, &app->view, session, app->scenario_path);
        } else if (play_open(app->play, &app->view, app->scenario_path, err) != 0) {
            goto fail;
        }
        app->screen = APP_PLAY;
    } else {
        app->screen = APP_MENU;
        menu_finish_load(app->menu);
    }
    SDL_StartTextInput();
    app->view.dirty = true;
    return app;
fail:
    app_destroy(app);
    return NULL;
}

void app_destroy(App *app)
{
    if (app == NULL)
        return;
    sync_job_release(app->sync_job); /* a sync still running finishes on its own */
    play_destroy(app->play);
    voice_destroy(app->voice);
    log_queue_destroy(app->log_queue); /* after the session: its last writes are done */
    if (app->reply_trace != NULL)
        fclose(app->reply_trace);
    prefault_destroy(app->prefault);
    menu_destroy(app->menu);
    debrief_destroy(app->debrief);
    name_destroy(app->name);
    transcript_destroy(app->transcript);
    startup_destroy(app->startup); /* after the play screen: its session borrows the analyser */
    draw_destroy(app->draw);
    if (app->renderer != NULL)
        SDL_DestroyRenderer(app->renderer);
    if (app->window != NULL)
        SDL_DestroyWindow(app->window);
    free(app->frame);
    free(app->scenario_path);
    free(app->assets_dir);
    free(app->log_dir);
    free(app);
}

/* ---- input ------------------------------------------------------------------ */

bool app_toggle_fullscreen(App *app)
{
    bool full = (SDL_GetWindowFlags(app->window) & (SDL_WINDOW_FULLSCREEN | SDL_WINDOW_FULLSCREEN_DESKTOP)) != 0;
    if (SDL_SetWindowFullscreen(app->window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP) != 0) {
        view_set_banner(&app->view, true, "Cannot switch to full screen: %s", SDL_GetError());
        return false;
    }
    update_metrics(app);
    return true;
}

/* A key pressed by the mouse (a key of the hint, the wheel on the debrief). */
static bool press(App *app, SDL_Keycode sym)
{
    SDL_Event key;
    memset(&key, 0, sizeof key);
    key.type = SDL_KEYDOWN;
    key.key.state = SDL_PRESSED;
    key.key.keysym.sym = sym;
    return app_handle_event(app, &key);
}

bool app_handle_event(App *app, const SDL_Event *event)
{
    if (event->type == SDL_QUIT)
        return false;
    if (event->type == app->watch_event) {
        if (app->screen == APP_PLAY)
            play_watch_tick(app->play, &app->view);
        return true;
    }
    if (event->type == app->sync_event) {
        sync_finished(app);
        return true;
    }
    switch (event->type) {
    case SDL_WINDOWEVENT:
        if (event->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || event->window.event == SDL_WINDOWEVENT_RESIZED)
            update_metrics(app);
        else if (event->window.event == SDL_WINDOWEVENT_EXPOSED)
            app->view.dirty = true;
        return true;
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET:
        update_metrics(app);
        return true;
    case SDL_KEYDOWN:
        if (event->key.keysym.sym == SDLK_F11) {
            app_toggle_fullscreen(app);
            return true;
        }
        switch (app->screen) {
        case APP_MENU:
            return apply(app, menu_handle_key(app->menu, &app->view, &event->key));
        case APP_PLAY:
            return apply(app, play_handle_key(app->play, &app->view, &event->key));
        case APP_DEBRIEF:
            /* after the call: the transcript and a new try, then the debrief's own keys */
            if (event->key.keysym.sym == SDLK_t && event->key.repeat == 0)
                return apply(app, VIEW_TO_TRANSCRIPT);
            if (event->key.keysym.sym == SDLK_p && event->key.repeat == 0)
                return apply(app, VIEW_PLAY_AGAIN);
            return apply(app, debrief_handle_key(app->debrief, &app->view, &event->key));
        case APP_TRANSCRIPT:
            return apply(app, transcript_handle_key(app->transcript, &app->view, &event->key));
        case APP_NAME:
            return apply(app, name_handle_key(app->name, &app->view, &event->key));
        }
        return true;
    case SDL_TEXTINPUT:
        if (app->screen == APP_PLAY)
            play_handle_text(app->play, &app->view, event->text.text);
        else if (app->screen == APP_NAME)
            name_handle_text(app->name, &app->view, event->text.text);
        return true;
    case SDL_TEXTEDITING:
        if (app->screen == APP_PLAY)
            play_handle_editing(app->play, &app->view, event->edit.text);
        return true;
    case SDL_MOUSEWHEEL: {
        int mouse_x = 0, mouse_y = 0;
#if SDL_VERSION_ATLEAST(2, 26, 0)
        mouse_x = event->wheel.mouseX;
        mouse_y = event->wheel.mouseY;
#else
        SDL_GetMouseState(&mouse_x, &mouse_y);
#endif
        if (app->screen == APP_PLAY)
            play_handle_wheel(app->play, &app->view, event->wheel.y, mouse_x, mouse_y);
        else if (app->screen == APP_MENU)
            menu_handle_wheel(app->menu, &app->view, event->wheel.y);
        else if (app->screen == APP_TRANSCRIPT)
            transcript_handle_wheel(app->transcript, &app->view, event->wheel.y);
        else if (app->screen == APP_DEBRIEF && event->wheel.y != 0)
            return press(app, event->wheel.y > 0 ? SDLK_LEFT : SDLK_RIGHT); /* the reasons' pages */
        return true;
    }
    case SDL_MOUSEBUTTONDOWN: {
        if (event->button.button != SDL_BUTTON_LEFT)
            return true;
        /* a key of the key hint is a button: the same as pressing it */
        SDL_Keycode sym = view_footer_key_at(&app->view, event->button.x, event->button.y);
        if (sym != 0)
            return press(app, sym);
        if (app->screen == APP_PLAY)
            play_handle_click(app->play, &app->view, event->button.x, event->button.y);
        else if (app->screen == APP_MENU)
            return apply(app, menu_handle_click(app->menu, &app->view, event->button.x, event->button.y));
        else if (app->screen == APP_NAME)
            return apply(app, name_handle_click(app->name, &app->view, event->button.x, event->button.y));
        else if (app->screen == APP_TRANSCRIPT)
            return apply(app, transcript_handle_click(app->transcript, &app->view, event->button.x, event->button.y));
        return true;
    }
    case SDL_MOUSEMOTION:
        if (app->screen == APP_PLAY)
            play_handle_motion(app->play, &app->view, event->motion.x, event->motion.y);
        view_footer_hover(&app->view, event->motion.x, event->motion.y);
        return true;
    default:
        return true;
    }
}

bool app_text_focused(const App *app)
{
    return app->screen == APP_PLAY && play_text_focused(app->play);
}

void app_reload(App *app)
{
    if (app->screen == APP_PLAY)
        play_reload(app->play, &app->view);
}

/* ---- frame ---------------------------------------------------------------------- */

bool app_needs_render(const App *app)
{
    return app->view.dirty;
}

void app_render(App *app)
{
    const Theme *theme = app->view.theme;
    SDL_SetRenderDrawBlendMode(app->renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(app->renderer, theme->background.r, theme->background.g, theme->background.b, 255);
    SDL_RenderClear(app->renderer);
    const Session *session = play_session(app->play);
    if (app->screen == APP_PLAY && session != NULL)
        play_render(app->play, &app->view);
    else if (app->screen == APP_DEBRIEF && session != NULL)
        debrief_render(app->debrief, &app->view, session);
    else if (app->screen == APP_NAME)
        name_render(app->name, &app->view);
    else if (app->screen == APP_TRANSCRIPT)
        transcript_render(app->transcript, &app->view);
    else
        menu_render(app->menu, &app->view);
    draw_end_frame(app->draw);
    if (app->capture) {
        free(app->frame);
        app->frame = malloc((size_t)app->view.width * app->view.height * 3);
        if (app->frame != NULL && SDL_RenderReadPixels(app->renderer, NULL, SDL_PIXELFORMAT_RGB24, app->frame,
                                                       app->view.width * 3) != 0) {
            free(app->frame);
            app->frame = NULL;
        }
        app->frame_width = app->view.width;
        app->frame_height = app->view.height;
    }
    SDL_RenderPresent(app->renderer);
    if (app->view.answer_started != 0) {
        /* from taking the answer (analysis, hearing, routing, scoring, the log
         * written and synced) to the reply on screen */
        double frequency = (double)SDL_GetPerformanceFrequency();
        double ms = (double)(SDL_GetPerformanceCounter() - app->view.answer_started) * 1000.0 / frequency;
        double session_ms = app->view.answer_done > app->view.answer_started
                                ? (double)(app->view.answer_done - app->view.answer_started) * 1000.0 / frequency
                                : 0;
        app->view.answer_started = app->view.answer_done = 0;
        if (app->reply_trace != NULL) {
            fprintf(app->reply_trace, "reply_ms %.3f session_ms %.3f\n", ms, session_ms);
            fflush(app->reply_trace);
        }
    }
    app->view.dirty = false;
    prefault_destroy(app->prefault);
    app->prefault = NULL;
    if (!app->first_frame_done) {
        /* the analyser is needed at the trainee's first answer: build it now */
        app->first_frame_done = true;
        startup_begin_analyzer(app->startup);
    }
}

unsigned char *app_read_rgb(App *app, int *width, int *height)
{
    if (app->frame == NULL)
        return NULL;
    size_t size = (size_t)app->frame_width * app->frame_height * 3;
    unsigned char *copy = malloc(size);
    if (copy == NULL)
        return NULL;
    memcpy(copy, app->frame, size);
    *width = app->frame_width;
    *height = app->frame_height;
    return copy;
}

int app_save_png(App *app, const char *path, CoachError *err)
{
    if (app->frame == NULL)
        return err_set(err, COACH_ESTATE, path, 0, "no frame was captured (capture is off or nothing was drawn)");
    return png_write(path, app->frame, app->frame_width, app->frame_height, (size_t)app->frame_width * 3, err);
}

/* ---- what the tests look at ------------------------------------------------------ */

AppScreen app_screen(const App *app)
{
    return app->screen;
}

SDL_Window *app_window(const App *app)
{
    return app->window;
}

const Session *app_session(const App *app)
{
    return play_session(app->play);
}

const char *app_banner(const App *app)
{
    return app->view.banner;
}

size_t app_menu_count(const App *app)
{
    return menu_count(app->menu);
}

size_t app_menu_selected(const App *app)
{
    return menu_selected(app->menu);
}

bool app_menu_entry_ok(const App *app, size_t index)
{
    return menu_entry_ok(app->menu, index);
}

void app_set_clock(App *app, Uint64 (*now_ms)(void))
{
    play_set_clock(app->play, now_ms);
    app->view.dirty = true;
}

Uint32 app_watch_event_type(const App *app)
{
    return app->watch_event;
}

const Draw *app_draw(const App *app)
{
    return app->draw;
}

size_t app_debrief_page(const App *app, size_t *count)
{
    *count = debrief_page_count(app->debrief);
    return debrief_page(app->debrief);
}

const char *app_typed_text(const App *app)
{
    return play_typed_text(app->play);
}

const char *app_trainee(const App *app)
{
    return app->trainee;
}

int app_unit(const App *app)
{
    return app->view.unit;
}
