/* app: window, screens and input of the GUI (see app.h). The screens only
 * read session state and call the session's input functions; scoring,
 * routing and logging stay in engine/core. */
#include "app.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "draw.h"
#include "textbox.h"
#include "theme.h"
#include "png.h"
#include "prefault.h"

#define PATH_BYTES 4096
#define BANNER_BYTES 1400
#define MAX_ENTRIES 64
#define WATCH_INTERVAL_MS 1000

typedef struct MenuEntry {
    char *path;
    char *file_name;
    char *title, *pitch, *persona;
    int difficulty;
    bool ok;
    char *error;       /* the load error as one line, when !ok */
} MenuEntry;

/* The menu's list of scenarios. menu_list_scan() lists the files, then any
 * number of threads run menu_list_work() (each takes the next unloaded
 * entry; they touch nothing else), then menu_list_finish() picks the
 * selection: app_create() loads the entries on a helper thread and on the
 * main thread once its window is up. */
typedef struct MenuList {
    const char *dir;              /* borrowed from the App */
    const char *default_scenario; /* borrowed from the App */
    MenuEntry entries[MAX_ENTRIES];
    char *names[MAX_ENTRIES];     /* file names of the entries (owned) */
    size_t count, selected;
    SDL_atomic_t next;            /* the next entry to load (menu_list_work) */
    char note[256];
} MenuList;

typedef enum Focus { FOCUS_TEXT, FOCUS_CHOICES } Focus;

struct App {
    /* options, copied */
    char *scenario_path, *default_scenario, *scenarios_dir, *assets_dir, *log_dir, *trainee;
    bool projector;
    bool capture;                 /* keep a copy of every frame (screenshots) */

    SDL_Window *window;
    SDL_Renderer *renderer;
    Prefault *prefault;           /* until the first frame: the framebuffer's pages mapped in */
    Draw *draw;
    const Theme *theme;
    int width, height;
    int unit;                     /* base font size in pixels; spacing derives from it */
    bool dirty;

    AppScreen screen;

    /* menu */
    MenuList menu;
    bool menu_loaded;

    /* start-up work overlapping SDL's own (see StartJob) */
    struct StartJob *start_job;
    SDL_Thread *start_thread;

    /* play */
    Analyzer *analyzer;
    Session *session;
    char play_path[PATH_BYTES];
    TextBox box;
    Focus focus;
    size_t highlight;
    int scroll;                   /* transcript pixels scrolled up from the newest */
    int scroll_max;
    bool confirm_quit;
    char banner[BANNER_BYTES];
    bool banner_error;

    /* file watcher: a timer pushes watch_event every second; the main thread stats */
    SDL_TimerID watch_timer;
    Uint32 watch_event;
    struct timespec watch_mtime;
    off_t watch_size;

    /* the last frame, when capture is on */
    unsigned char *frame;
    int frame_width, frame_height;
};

/* ---- small helpers -------------------------------------------------------- */

static char *copy_string(const char *s)
{
    return s != NULL ? strdup(s) : NULL;
}

static int clamp_int(int value, int low, int high)
{
    return value < low ? low : value > high ? high : value;
}

static void set_banner(App *app, bool error, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void set_banner(App *app, bool error, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(app->banner, sizeof app->banner, format, args);
    va_end(args);
    app->banner_error = error;
    app->dirty = true;
}

static void banner_from_error(App *app, const char *what, const CoachError *err)
{
    char line[1200];
    err_format(err, line, sizeof line);
    set_banner(app, true, "%s%s", what, line);
}

static void clear_banner(App *app)
{
    app->banner[0] = '\0';
    app->dirty = true;
}

static const char *difficulty_name(int difficulty)
{
    switch (difficulty) {
    case 1: return "Beginner";
    case 2: return "Intermediate";
    case 3: return "Advanced";
    default: return "Unrated";
    }
}

static const char *skill_title(RubSkill skill)
{
    static const char *const titles[RUB_SKILL_COUNT] = {"Discovery", "Listening", "Benefits over features",
                                                        "Next step"};
    return skill < RUB_SKILL_COUNT ? titles[skill] : "?";
}

/* What each skill is about, under its score in the debrief (RUBRIC.md). */
static const char *skill_summary(RubSkill skill)
{
    static const char *const summaries[RUB_SKILL_COUNT] = {
        "Open questions and probes that uncover what the prospect needs, before any pitch.",
        "Reflecting back, following up the cues they drop, letting them do the talking.",
        "Every feature tied to what the prospect gets, in their own words.",
        "A concrete next step, asked for once the right to ask is earned.",
    };
    return skill < RUB_SKILL_COUNT ? summaries[skill] : "";
}

/* "meeting_booked" -> "Meeting booked" */
static void humanize(const char *id, char *out, size_t size)
{
    snprintf(out, size, "%s", id != NULL ? id : "");
    for (char *p = out; *p != '\0'; p++)
        if (*p == '_')
            *p = ' ';
    if (out[0] >= 'a' && out[0] <= 'z')
        out[0] = (char)(out[0] - 'a' + 'A');
}

/* How a label reads to the trainee: good, neutral or a warning. */
typedef enum Tone { TONE_GOOD, TONE_NEUTRAL, TONE_BAD } Tone;

static const Tone label_tones[AN_LABEL_COUNT] = {
    [AN_OPEN_QUESTION] = TONE_GOOD,    [AN_CLOSED_QUESTION] = TONE_NEUTRAL, [AN_PROBE] = TONE_GOOD,
    [AN_REFLECTION] = TONE_GOOD,       [AN_FEATURE] = TONE_NEUTRAL,         [AN_BENEFIT] = TONE_GOOD,
    [AN_NEXT_STEP] = TONE_GOOD,        [AN_PURPOSE] = TONE_GOOD,            [AN_SMALL_TALK] = TONE_NEUTRAL,
    [AN_SELLER_FOCUS] = TONE_BAD,
};

/* ---- layout metrics --------------------------------------------------------- */

static void update_metrics(App *app)
{
    int width = 0, height = 0;
    SDL_GetRendererOutputSize(app->renderer, &width, &height);
    if (width <= 0 || height <= 0)
        SDL_GetWindowSize(app->window, &width, &height);
    app->width = width;
    app->height = height;
    int unit = app->projector ? height / 24 : height / 38;
    int by_width = app->projector ? width / 36 : width / 58;
    if (by_width < unit)
        unit = by_width;
    app->unit = clamp_int(unit, app->projector ? 16 : 12, 64);
    draw_set_base_size(app->draw, app->unit);
    app->dirty = true;
}

/* ---- menu ------------------------------------------------------------------ */

static void entry_free(MenuEntry *entry)
{
    free(entry->path);
    free(entry->file_name);
    free(entry->title);
    free(entry->pitch);
    free(entry->persona);
    free(entry->error);
    memset(entry, 0, sizeof *entry);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void menu_load_entry(MenuEntry *entry, const char *dir, const char *name)
{
    char path[PATH_BYTES];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    entry->path = copy_string(path);
    entry->file_name = copy_string(name);
    CoachError err;
    err_clear(&err);
    Scenario *scenario = scn_load(path, NULL, &err);
    if (scenario == NULL) {
        char line[1200];
        err_format(&err, line, sizeof line);
        entry->error = copy_string(line);
        entry->ok = false;
        return;
    }
    const ScnInfo *info = scn_info(scenario);
    entry->title = copy_string(info->title != NULL && info->title[0] != '\0' ? info->title : name);
    entry->pitch = copy_string(info->pitch != NULL ? info->pitch : "");
    char persona[600];
    snprintf(persona, sizeof persona, "%s%s%s%s%s", info->persona_name ? info->persona_name : "",
             info->persona_role && info->persona_role[0] ? " · " : "", info->persona_role ? info->persona_role : "",
             info->persona_company && info->persona_company[0] ? ", " : "",
             info->persona_company ? info->persona_company : "");
    entry->persona = copy_string(persona);
    entry->difficulty = info->difficulty;
    entry->ok = true;
    scn_unload(scenario);
}

static void menu_list_clear(MenuList *list)
{
    for (size_t i = 0; i < list->count; i++) {
        entry_free(&list->entries[i]);
        free(list->names[i]);
        list->names[i] = NULL;
    }
    list->count = 0;
    list->selected = 0;
    list->note[0] = '\0';
}

/* Lists the *.lua files of the folder (sorted) as entries still to load. */
static void menu_list_scan(MenuList *list)
{
    menu_list_clear(list);
    SDL_AtomicSet(&list->next, 0);
    DIR *dir = opendir(list->dir);
    if (dir == NULL) {
        snprintf(list->note, sizeof list->note, "Cannot open the scenario folder %s", list->dir);
        return;
    }
    size_t count = 0;
    bool more = false;
    struct dirent *item;
    while ((item = readdir(dir)) != NULL) {
        size_t length = strlen(item->d_name);
        if (length < 5 || strcmp(item->d_name + length - 4, ".lua") != 0 || item->d_name[0] == '.')
            continue;
        if (count == MAX_ENTRIES) {
            more = true;
            continue;
        }
        list->names[count] = strdup(item->d_name);
        if (list->names[count] != NULL)
            count++;
    }
    closedir(dir);
    qsort(list->names, count, sizeof list->names[0], compare_names);
    list->count = count;
    if (more)
        snprintf(list->note, sizeof list->note, "Only the first %d scenarios are listed.", MAX_ENTRIES);
    else if (count == 0)
        snprintf(list->note, sizeof list->note, "No scenarios (*.lua) in %s", list->dir);
}

/* Loads entries not taken yet by another thread, until none is left. */
static void menu_list_work(MenuList *list)
{
    for (;;) {
        size_t i = (size_t)SDL_AtomicAdd(&list->next, 1);
        if (i >= list->count)
            return;
        menu_load_entry(&list->entries[i], list->dir, list->names[i]);
    }
}

/* Once every entry is loaded: pre-selects the default, else the first that loads. */
static void menu_list_finish(MenuList *list)
{
    const char *wanted = list->default_scenario != NULL ? strrchr(list->default_scenario, '/') : NULL;
    wanted = wanted != NULL ? wanted + 1 : list->default_scenario;
    bool found = false;
    for (size_t i = 0; i < list->count && wanted != NULL; i++)
        if (list->entries[i].ok && strcmp(list->entries[i].file_name, wanted) == 0) {
            list->selected = i;
            found = true;
        }
    for (size_t i = 0; i < list->count && !found; i++)
        if (list->entries[i].ok) {
            list->selected = i;
            found = true;
        }
}

static int menu_list_thread(void *data)
{
    menu_list_work(data);
    return 0;
}

static void menu_load(App *app)
{
    menu_list_scan(&app->menu);
    menu_list_work(&app->menu);
    menu_list_finish(&app->menu);
    app->menu_loaded = true;
    app->dirty = true;
}

/* ---- play: session lifecycle --------------------------------------------------- */

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

static void watch_start(App *app)
{
    if (!watch_stat(app->play_path, &app->watch_mtime, &app->watch_size)) {
        app->watch_mtime.tv_sec = 0;
        app->watch_size = 0;
    }
    if (app->watch_timer != 0)
        return;
    if (app->watch_event == (Uint32)-1 || app->watch_event == 0)
        return;
    if (!SDL_WasInit(SDL_INIT_TIMER))
        SDL_InitSubSystem(SDL_INIT_TIMER);
    app->watch_timer = SDL_AddTimer(WATCH_INTERVAL_MS, watch_tick, (void *)(uintptr_t)app->watch_event);
}

static void watch_stop(App *app)
{
    if (app->watch_timer != 0)
        SDL_RemoveTimer(app->watch_timer);
    app->watch_timer = 0;
    SDL_FlushEvent(app->watch_event);
}

/* Work that app_create() hands to a helper thread so that it overlaps the
 * window's and the fonts' start-up (after SDL's video start, see there). For `coach play` it starts the session (the first frame shows
 * the prospect's first line); the analyser (a Lua run over the lexicon) is
 * only needed for the trainee's first answer, so it is built by a second
 * run of the job right after the first frame, as on the menu. The job owns
 * what it creates until the main thread collects it after SDL_WaitThread. */
typedef struct StartJob {
    char lexicon[PATH_BYTES];
    const char *scenario_path;   /* set: start the session (no analyser); NULL: build the analyser */
    const char *trainee, *log_dir;
    Analyzer *analyzer;
    Session *session;
    CoachError err;
    int rc;
    bool started;                /* a thread was started once (never twice) */
} StartJob;

/* Loads path and starts a fresh session on it with analyzer (NULL: the
 * session gets its analyser later, ses_set_analyzer, and writes its first
 * log at ses_flush_log); NULL with err. */
static Session *session_start(const char *path, const Analyzer *analyzer, const char *trainee,
                              const char *log_dir, CoachError *err)
{
    Scenario *scenario = scn_load(path, NULL, err);
    if (scenario == NULL)
        return NULL;
    SesOptions options;
    memset(&options, 0, sizeof options);
    options.trainee = trainee;
    options.log_dir = log_dir;
    options.defer_analyzer = analyzer == NULL;
    options.defer_start_log = analyzer == NULL;
    Session *session = ses_create(scenario, analyzer, &options, err);
    if (session == NULL)
        return NULL;
    if (ses_start(session, err) != 0) {
        ses_destroy(session);
        return NULL;
    }
    return session;
}

static int start_job_run(void *data)
{
    StartJob *job = data;
    err_clear(&job->err);
    if (job->scenario_path != NULL) {
        job->session = session_start(job->scenario_path, NULL, job->trainee, job->log_dir, &job->err);
        job->rc = job->session != NULL ? 0 : -1;
        return 0;
    }
    job->analyzer = an_create(job->lexicon, &job->err);
    job->rc = job->analyzer != NULL ? 0 : -1;
    return 0;
}

/* Waits for the start-up job, if any, and takes the analyser it built. */
static void start_job_collect(App *app)
{
    if (app->start_thread == NULL)
        return;
    SDL_WaitThread(app->start_thread, NULL);
    app->start_thread = NULL;
    if (app->analyzer == NULL)
        app->analyzer = app->start_job->analyzer;
    else
        an_destroy(app->start_job->analyzer);
    app->start_job->analyzer = NULL;
}

static int ensure_analyzer(App *app, CoachError *err)
{
    start_job_collect(app);
    if (app->analyzer != NULL)
        return 0;
    char path[PATH_BYTES];
    snprintf(path, sizeof path, "%s/lexicon.lua", app->assets_dir);
    app->analyzer = an_create(path, err);
    return app->analyzer != NULL ? 0 : -1;
}

/* Gives the session started by the start-up job its analyser (before the
 * trainee's first answer). */
static int ensure_session_analyzer(App *app, CoachError *err)
{
    if (app->session == NULL || ses_has_analyzer(app->session))
        return 0;
    if (ensure_analyzer(app, err) != 0)
        return -1;
    return ses_set_analyzer(app->session, app->analyzer, err) == 0 ? 0 : -1;
}

/* Loads path and starts a fresh session on it; NULL with err on failure. */
static Session *session_begin(App *app, const char *path, CoachError *err)
{
    if (ensure_analyzer(app, err) != 0)
        return NULL;
    return session_start(path, app->analyzer, app->trainee, app->log_dir, err);
}

static void focus_for_state(App *app)
{
    SesState state = app->session != NULL ? ses_state(app->session) : SES_FAILED;
    app->highlight = 0;
    if (state == SES_AWAIT_CHOICE && ses_choice_count(app->session) > 0)
        app->focus = FOCUS_CHOICES;
    else
        app->focus = FOCUS_TEXT;
}

static void after_turn(App *app)
{
    app->scroll = 0;
    app->confirm_quit = false;
    focus_for_state(app);
    if (app->session != NULL && ses_state(app->session) == SES_FAILED) {
        const CoachError *failure = ses_error(app->session);
        if (failure != NULL)
            banner_from_error(app, "The scenario stopped: ", failure);
        else
            set_banner(app, true, "The scenario stopped with an error.");
    }
    app->dirty = true;
}

/* Makes session (taken) the one on the play screen. */
static void play_install(App *app, Session *session, const char *path)
{
    watch_stop(app);
    ses_destroy(app->session);
    app->session = session;
    snprintf(app->play_path, sizeof app->play_path, "%s", path);
    textbox_init(&app->box);
    app->screen = APP_PLAY;
    app->banner[0] = '\0';
    after_turn(app);
    watch_start(app);
}

static int play_open(App *app, const char *path, CoachError *err)
{
    Session *session = session_begin(app, path, err);
    if (session == NULL)
        return -1;
    play_install(app, session, path);
    return 0;
}

/* Replays old's trainee turns into fresh. Returns how many were replayed;
 * *script_error is set when the new scenario raised an error (not merely a
 * different path through it). */
static size_t replay(Session *fresh, const Session *old, size_t *total, CoachError *err, bool *script_error)
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

void app_reload(App *app)
{
    if (app->screen != APP_PLAY || app->play_path[0] == '\0')
        return;
    watch_stat(app->play_path, &app->watch_mtime, &app->watch_size);
    CoachError err;
    err_clear(&err);
    Session *fresh = session_begin(app, app->play_path, &err);
    if (fresh == NULL) {
        banner_from_error(app, "Reload failed, still playing the previous version: ", &err);
        return;
    }
    size_t total = 0;
    bool script_error = false;
    err_clear(&err);
    size_t done = app->session != NULL ? replay(fresh, app->session, &total, &err, &script_error) : 0;
    if (script_error) {
        ses_destroy(fresh);
        banner_from_error(app, "Reload failed while replaying, still playing the previous version: ", &err);
        return;
    }
    ses_destroy(app->session);
    app->session = fresh;
    textbox_init(&app->box);
    after_turn(app);
    if (done == total)
        set_banner(app, false, "Reloaded %s; replayed your %zu answer%s.", app->play_path, total,
                   total == 1 ? "" : "s");
    else
        set_banner(app, false, "Reloaded %s; the scenario changed, so only %zu of %zu answers were replayed.",
                   app->play_path, done, total);
}

static void check_watched_file(App *app)
{
    struct timespec mtime;
    off_t size;
    if (!watch_stat(app->play_path, &mtime, &size))
        return; /* mid-save or deleted: wait for it to come back */
    if (mtime.tv_sec != app->watch_mtime.tv_sec || mtime.tv_nsec != app->watch_mtime.tv_nsec ||
        size != app->watch_size)
        app_reload(app);
}

static void answer_text(App *app)
{
    if (app->session == NULL || textbox_is_blank(&app->box))
        return;
    SesState state = ses_state(app->session);
    if (!(state == SES_AWAIT_TEXT || (state == SES_AWAIT_CHOICE && ses_accepts_text(app->session))))
        return;
    CoachError err;
    err_clear(&err);
    if (app->banner[0] != '\0' && !app->banner_error)
        clear_banner(app);
    if (ensure_session_analyzer(app, &err) != 0) {
        banner_from_error(app, "", &err);
        return;
    }
    if (ses_answer_text(app->session, app->box.text, app->box.length, &err) != 0 &&
        ses_state(app->session) != SES_FAILED) {
        banner_from_error(app, "", &err);
        return;
    }
    textbox_init(&app->box);
    after_turn(app);
}

static void answer_choice(App *app, size_t index)
{
    if (app->session == NULL || ses_state(app->session) != SES_AWAIT_CHOICE ||
        index >= ses_choice_count(app->session))
        return;
    CoachError err;
    err_clear(&err);
    if (app->banner[0] != '\0' && !app->banner_error)
        clear_banner(app);
    /* The key that picked may also produce a text event: drop it. */
    SDL_FlushEvents(SDL_TEXTEDITING, SDL_TEXTINPUT);
    if (ensure_session_analyzer(app, &err) != 0) {
        banner_from_error(app, "", &err);
        return;
    }
    if (ses_answer_choice(app->session, index, &err) != 0 && ses_state(app->session) != SES_FAILED) {
        banner_from_error(app, "", &err);
        return;
    }
    after_turn(app);
}

static void go_menu(App *app)
{
    watch_stop(app);
    ses_destroy(app->session);
    app->session = NULL;
    app->play_path[0] = '\0';
    app->screen = APP_MENU;
    app->banner[0] = '\0';
    if (!app->menu_loaded)
        menu_load(app);
    app->dirty = true;
}

/* ---- lifecycle ------------------------------------------------------------- */

App *app_create(const UiOptions *options, CoachError *err)
{
    App *app = calloc(1, sizeof *app);
    if (app == NULL) {
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    app->scenario_path = copy_string(options->scenario_path);
    app->default_scenario = copy_string(options->default_scenario);
    app->scenarios_dir = copy_string(options->scenarios_dir != NULL ? options->scenarios_dir : "scenarios");
    app->assets_dir = copy_string(options->assets_dir != NULL ? options->assets_dir : "assets");
    app->log_dir = copy_string(options->log_dir);
    app->trainee = copy_string(options->trainee);
    app->projector = options->projector;
    app->capture = options->screenshot != NULL;
    app->theme = app->projector ? theme_projector() : theme_light();

    /* For `coach play` the session is started on a helper thread while the
     * window and the fonts start (the analyser follows the first frame). */
    app->start_job = calloc(1, sizeof *app->start_job);
    if (app->start_job == NULL) {
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        goto fail_early;
    }
    snprintf(app->start_job->lexicon, sizeof app->start_job->lexicon, "%s/lexicon.lua", app->assets_dir);
    app->start_job->scenario_path = app->scenario_path;
    app->start_job->trainee = app->trainee;
    app->start_job->log_dir = app->log_dir;
    app->menu.dir = app->scenarios_dir;
    app->menu.default_scenario = app->default_scenario;
    SDL_Thread *menu_thread = NULL;

    /* A software framebuffer unless the user asks otherwise: with no GPU,
     * a GL-backed framebuffer costs ~60 ms and ~85 MiB at start-up. */
    SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_DEFAULT);
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        err_set(err, COACH_EIO, NULL, 0, "cannot start SDL video: %s", SDL_GetError());
        goto fail;
    }
    /* Helper threads start only now. Once a process has a second thread,
     * glibc locks the stream on every getc(), and on X11 the video start
     * parses the Compose table with getc(): a thread started before
     * SDL_InitSubSystem made it ~5 ms slower, more than the overlap won. */
    if (app->scenario_path != NULL) {
        app->start_thread = SDL_CreateThread(start_job_run, "start", app->start_job);
    } else {
        /* The menu reads every scenario's metadata (a Lua run each): a
         * helper thread starts on it, the main thread joins in below. */
        menu_list_scan(&app->menu);
        if (app->menu.count > 1)
            menu_thread = SDL_CreateThread(menu_list_thread, "menu", &app->menu);
        app->menu_loaded = true;
    }
    const char *driver = SDL_GetCurrentVideoDriver();
    const char *accelerated = SDL_getenv("COACH_ACCELERATED");
    const char *software_env = SDL_getenv("COACH_SOFTWARE");
    bool software = !(accelerated != NULL && strcmp(accelerated, "1") == 0);
    if ((software_env != NULL && strcmp(software_env, "1") == 0) ||
        (driver != NULL && (strcmp(driver, "offscreen") == 0 || strcmp(driver, "dummy") == 0)))
        software = true;
    int width = options->width > 0 ? options->width : 1280;
    int height = options->height > 0 ? options->height : 800;
    app->window = SDL_CreateWindow("Discovery Coach", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, width,
                                   height, SDL_WINDOW_RESIZABLE);
    if (app->window == NULL) {
        err_set(err, COACH_EIO, NULL, 0, "cannot open a window: %s", SDL_GetError());
        goto fail;
    }
    SDL_SetWindowMinimumSize(app->window, 480, 360);
    app->renderer = SDL_CreateRenderer(app->window, -1, software ? SDL_RENDERER_SOFTWARE : 0);
    if (app->renderer == NULL && !software)
        app->renderer = SDL_CreateRenderer(app->window, -1, SDL_RENDERER_SOFTWARE);
    if (app->renderer == NULL) {
        err_set(err, COACH_EIO, NULL, 0, "cannot create a renderer: %s", SDL_GetError());
        goto fail;
    }
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
    char fonts[PATH_BYTES];
    snprintf(fonts, sizeof fonts, "%s/fonts", app->assets_dir);
    app->draw = draw_create(app->renderer, fonts, 20, err);
    if (app->draw == NULL)
        goto fail;
    app->watch_event = SDL_RegisterEvents(1);
    update_metrics(app);
    textbox_init(&app->box);

    if (app->scenario_path != NULL) {
        bool prepared = app->start_thread != NULL;
        start_job_collect(app);
        if (prepared && app->start_job->rc != 0) {
            *err = app->start_job->err;
            goto fail;
        }
        if (prepared)
            play_install(app, app->start_job->session, app->scenario_path);
        else if (play_open(app, app->scenario_path, err) != 0)
            goto fail;
        app->start_job->session = NULL;
        /* the job's next run (after the first frame) builds the analyser */
        app->start_job->scenario_path = NULL;
        app->start_job->started = false;
    } else {
        app->screen = APP_MENU;
        menu_list_work(&app->menu);
        SDL_WaitThread(menu_thread, NULL);
        menu_thread = NULL;
        menu_list_finish(&app->menu);
    }
    SDL_StartTextInput();
    app->dirty = true;
    return app;
fail:
    if (menu_thread != NULL)
        SDL_WaitThread(menu_thread, NULL);
fail_early:
    app_destroy(app);
    return NULL;
}

void app_destroy(App *app)
{
    if (app == NULL)
        return;
    watch_stop(app);
    prefault_destroy(app->prefault);
    start_job_collect(app);
    if (app->start_job != NULL) {
        ses_destroy(app->start_job->session);
        an_destroy(app->start_job->analyzer);
        free(app->start_job);
    }
    ses_destroy(app->session);
    an_destroy(app->analyzer);
    menu_list_clear(&app->menu);
    draw_destroy(app->draw);
    if (app->renderer != NULL)
        SDL_DestroyRenderer(app->renderer);
    if (app->window != NULL)
        SDL_DestroyWindow(app->window);
    free(app->frame);
    free(app->scenario_path);
    free(app->default_scenario);
    free(app->scenarios_dir);
    free(app->assets_dir);
    free(app->log_dir);
    free(app->trainee);
    free(app);
}

/* ---- input ------------------------------------------------------------------ */

static void menu_move(App *app, int direction)
{
    if (app->menu.count == 0)
        return;
    size_t index = app->menu.selected;
    for (size_t step = 0; step < app->menu.count; step++) {
        if (direction < 0 && index == 0)
            return;
        if (direction > 0 && index + 1 >= app->menu.count)
            return;
        index = direction < 0 ? index - 1 : index + 1;
        if (app->menu.entries[index].ok) {
            app->menu.selected = index;
            app->dirty = true;
            return;
        }
    }
}

static bool menu_key(App *app, const SDL_KeyboardEvent *key)
{
    switch (key->keysym.sym) {
    case SDLK_UP:
        menu_move(app, -1);
        break;
    case SDLK_DOWN:
        menu_move(app, 1);
        break;
    case SDLK_ESCAPE:
        return false;
    case SDLK_F5:
        menu_load(app);
        break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        if (key->repeat == 0 && app->menu.selected < app->menu.count && app->menu.entries[app->menu.selected].ok) {
            CoachError err;
            err_clear(&err);
            if (play_open(app, app->menu.entries[app->menu.selected].path, &err) != 0) {
                char line[1200];
                err_format(&err, line, sizeof line);
                free(app->menu.entries[app->menu.selected].error);
                app->menu.entries[app->menu.selected].error = copy_string(line);
                app->menu.entries[app->menu.selected].ok = false;
                app->dirty = true;
            }
        }
        break;
    default:
        break;
    }
    return true;
}

static void paste(App *app)
{
    if (!SDL_HasClipboardText())
        return;
    char *text = SDL_GetClipboardText();
    if (text == NULL)
        return;
    textbox_insert(&app->box, text, strlen(text));
    SDL_free(text);
    app->dirty = true;
}

/* Index of the choice a key picks, or -1: digits 1-9, and letters A-I in
 * projector mode. */
static int choice_key(const App *app, SDL_Keycode sym)
{
    if (sym >= SDLK_1 && sym <= SDLK_9)
        return (int)(sym - SDLK_1);
    if (sym >= SDLK_KP_1 && sym <= SDLK_KP_9)
        return (int)(sym - SDLK_KP_1);
    if (app->projector && sym >= SDLK_a && sym <= SDLK_i)
        return (int)(sym - SDLK_a);
    return -1;
}

static bool play_key(App *app, const SDL_KeyboardEvent *key)
{
    SDL_Keycode sym = key->keysym.sym;
    bool ctrl = (key->keysym.mod & KMOD_CTRL) != 0;
    SesState state = app->session != NULL ? ses_state(app->session) : SES_FAILED;
    bool playing = state == SES_AWAIT_TEXT || state == SES_AWAIT_CHOICE;
    bool can_type = state == SES_AWAIT_TEXT || (state == SES_AWAIT_CHOICE && ses_accepts_text(app->session));
    size_t choices = state == SES_AWAIT_CHOICE ? ses_choice_count(app->session) : 0;
    int page = app->height / 2;

    if (sym == SDLK_F5) {
        app_reload(app);
        return true;
    }
    if (sym == SDLK_PAGEUP || sym == SDLK_PAGEDOWN) {
        app->scroll = clamp_int(app->scroll + (sym == SDLK_PAGEUP ? page : -page), 0, app->scroll_max);
        app->dirty = true;
        return true;
    }
    if (sym == SDLK_ESCAPE) {
        if (!playing) {
            if (state == SES_ENDED)
                app->screen = APP_DEBRIEF;
            else
                go_menu(app);
        } else if (!app->confirm_quit) {
            app->confirm_quit = true;
            set_banner(app, false, "Press Esc again to end the call now (it will be scored as abandoned).");
        } else {
            CoachError err;
            err_clear(&err);
            if (ses_quit(app->session, &err) != 0)
                banner_from_error(app, "", &err);
            else {
                clear_banner(app);
                app->screen = APP_DEBRIEF;
            }
        }
        app->dirty = true;
        return true;
    }
    if (app->confirm_quit) {
        app->confirm_quit = false;
        clear_banner(app);
    }
    if (!playing) {
        if (state == SES_ENDED && (sym == SDLK_RETURN || sym == SDLK_KP_ENTER)) {
            app->screen = APP_DEBRIEF;
            app->dirty = true;
        }
        return true;
    }
    if (sym == SDLK_TAB && choices > 0 && can_type) {
        app->focus = app->focus == FOCUS_TEXT ? FOCUS_CHOICES : FOCUS_TEXT;
        app->dirty = true;
        return true;
    }
    if (key->repeat != 0 && (sym == SDLK_RETURN || sym == SDLK_KP_ENTER || choice_key(app, sym) >= 0))
        return true; /* a held key must not answer the next turn too */
    if (app->focus == FOCUS_CHOICES && choices > 0) {
        int picked = choice_key(app, sym);
        if (picked >= 0 && (size_t)picked < choices) {
            answer_choice(app, (size_t)picked);
        } else if (sym == SDLK_UP && app->highlight > 0) {
            app->highlight--;
        } else if (sym == SDLK_DOWN && app->highlight + 1 < choices) {
            app->highlight++;
        } else if (sym == SDLK_RETURN || sym == SDLK_KP_ENTER) {
            answer_choice(app, app->highlight);
        }
        app->dirty = true;
        return true;
    }
    if (!can_type)
        return true;
    switch (sym) {
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        answer_text(app);
        break;
    case SDLK_BACKSPACE:
        textbox_backspace(&app->box);
        break;
    case SDLK_DELETE:
        textbox_delete(&app->box);
        break;
    case SDLK_LEFT:
        textbox_left(&app->box);
        break;
    case SDLK_RIGHT:
        textbox_right(&app->box);
        break;
    case SDLK_HOME:
        textbox_home(&app->box);
        break;
    case SDLK_END:
        textbox_end(&app->box);
        break;
    case SDLK_v:
        if (ctrl)
            paste(app);
        break;
    default:
        return true;
    }
    app->dirty = true;
    return true;
}

bool app_text_focused(const App *app)
{
    if (app->screen != APP_PLAY || app->session == NULL || app->focus != FOCUS_TEXT)
        return false;
    SesState state = ses_state(app->session);
    return state == SES_AWAIT_TEXT || (state == SES_AWAIT_CHOICE && ses_accepts_text(app->session));
}

bool app_handle_event(App *app, const SDL_Event *event)
{
    if (event->type == SDL_QUIT)
        return false;
    if (event->type == app->watch_event) {
        if (app->screen == APP_PLAY)
            check_watched_file(app);
        return true;
    }
    switch (event->type) {
    case SDL_WINDOWEVENT:
        if (event->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || event->window.event == SDL_WINDOWEVENT_RESIZED)
            update_metrics(app);
        else if (event->window.event == SDL_WINDOWEVENT_EXPOSED)
            app->dirty = true;
        return true;
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET:
        update_metrics(app);
        return true;
    case SDL_KEYDOWN:
        if (app->screen == APP_MENU)
            return menu_key(app, &event->key);
        if (app->screen == APP_PLAY)
            return play_key(app, &event->key);
        if (event->key.keysym.sym == SDLK_RETURN || event->key.keysym.sym == SDLK_ESCAPE ||
            event->key.keysym.sym == SDLK_KP_ENTER)
            go_menu(app);
        return true;
    case SDL_TEXTINPUT:
        if (!app->projector && app->screen == APP_PLAY && app->focus == FOCUS_CHOICES && app->session != NULL &&
            ses_state(app->session) == SES_AWAIT_CHOICE && ses_accepts_text(app->session)) {
            /* typing on a choice turn that also takes typed lines: start the line */
            app->focus = FOCUS_TEXT;
        }
        if (app_text_focused(app)) {
            textbox_compose(&app->box, NULL);
            textbox_insert(&app->box, event->text.text, strlen(event->text.text));
            app->dirty = true;
        }
        return true;
    case SDL_TEXTEDITING:
        if (app_text_focused(app)) {
            textbox_compose(&app->box, event->edit.text);
            app->dirty = true;
        }
        return true;
    case SDL_MOUSEWHEEL:
        if (app->screen == APP_PLAY) {
            app->scroll = clamp_int(app->scroll + event->wheel.y * app->unit * 3, 0, app->scroll_max);
            app->dirty = true;
        }
        return true;
    default:
        return true;
    }
}

/* ---- rendering: shared pieces ------------------------------------------------ */

static SDL_Color tone_fill(const Theme *theme, Tone tone)
{
    return tone == TONE_GOOD ? theme->good_soft : tone == TONE_BAD ? theme->bad_soft : theme->neutral_soft;
}

static SDL_Color tone_ink(const Theme *theme, Tone tone)
{
    return tone == TONE_GOOD ? theme->good : tone == TONE_BAD ? theme->bad : theme->muted;
}

/* A small rounded tag; returns its width. When measure_only, draws nothing. */
static int draw_chip(App *app, const char *text, int x, int y, SDL_Color fill, SDL_Color ink, bool measure_only)
{
    int pad = app->unit / 2;
    int text_width = draw_text_width(app->draw, DRAW_SMALL_BOLD, text);
    int height = draw_line_height(app->draw, DRAW_SMALL_BOLD) + app->unit / 5;
    if (!measure_only) {
        draw_fill(app->draw, (SDL_Rect){x, y, text_width + 2 * pad, height}, height / 2, fill);
        draw_text(app->draw, DRAW_SMALL_BOLD, text, x + pad, y + app->unit / 10, 0, ink);
    }
    return text_width + 2 * pad;
}

static int chip_height(App *app)
{
    return draw_line_height(app->draw, DRAW_SMALL_BOLD) + app->unit / 5;
}

static void draw_bar(App *app, SDL_Rect rect, int value, SDL_Color color)
{
    draw_fill(app->draw, rect, rect.h / 2, app->theme->bar_track);
    int filled = rect.w * clamp_int(value, 0, 100) / 100;
    if (filled > 0)
        draw_fill(app->draw, (SDL_Rect){rect.x, rect.y, filled < rect.h ? rect.h : filled, rect.h}, rect.h / 2, color);
}

static SDL_Color score_color(const Theme *theme, int score)
{
    return score >= 70 ? theme->good : score >= 40 ? theme->accent : theme->bad;
}

/* The header bar; returns its height. */
static int draw_header(App *app, const char *title, const char *subtitle, const char *right)
{
    const Theme *theme = app->theme;
    int pad = app->unit;
    int title_height = draw_line_height(app->draw, DRAW_TITLE);
    int sub_height = subtitle != NULL ? draw_line_height(app->draw, DRAW_SMALL) : 0;
    int height = pad + title_height + sub_height + pad * 3 / 4;
    draw_fill(app->draw, (SDL_Rect){0, 0, app->width, height}, 0, theme->header);
    int right_w = right != NULL ? draw_text_width(app->draw, DRAW_SMALL, right) : 0;
    int title_w = draw_text_width(app->draw, DRAW_TITLE, title);
    if (right != NULL && pad + title_w + 2 * pad + right_w > app->width - pad)
        right = NULL; /* no room: the title matters more */
    int left_w = app->width - 2 * pad - (right != NULL ? right_w + 2 * pad : 0);
    SDL_Rect clip = {0, 0, pad + left_w, height};
    SDL_RenderSetClipRect(app->renderer, &clip);
    draw_text(app->draw, DRAW_TITLE, title, pad, pad * 3 / 4, 0, theme->header_text);
    if (subtitle != NULL)
        draw_text(app->draw, DRAW_SMALL, subtitle, pad, pad * 3 / 4 + title_height, 0, theme->header_muted);
    SDL_RenderSetClipRect(app->renderer, NULL);
    if (right != NULL) {
        int w = right_w;
        draw_text(app->draw, DRAW_SMALL, right, app->width - pad - w, (height - draw_line_height(app->draw, DRAW_SMALL)) / 2,
                  0, theme->header_muted);
    }
    return height;
}

/* The banner under the header, if any; returns the height it took. */
static int draw_banner(App *app, int y)
{
    if (app->banner[0] == '\0')
        return 0;
    const Theme *theme = app->theme;
    int pad = app->unit;
    int width = app->width - 2 * pad;
    int text_width = 0, text_height = 0;
    const char *prefix = app->banner_error ? "⚠  " : "";
    char text[BANNER_BYTES + 8];
    snprintf(text, sizeof text, "%s%s", prefix, app->banner);
    draw_text_size(app->draw, DRAW_BODY, text, width - pad, &text_width, &text_height);
    int height = text_height + pad;
    draw_fill(app->draw, (SDL_Rect){0, y, app->width, height}, 0,
              app->banner_error ? theme->banner_error : theme->banner_info);
    draw_text(app->draw, DRAW_BODY, text, pad, y + pad / 2, width - pad, theme->banner_text);
    return height;
}

/* ---- rendering: menu ------------------------------------------------------------ */

static void render_menu(App *app)
{
    const Theme *theme = app->theme;
    int unit = app->unit, pad = unit;
    int y = draw_header(app, "Discovery Coach", "Practise a sales discovery call with a scripted prospect", NULL);
    y += draw_banner(app, y);
    int card_width = clamp_int(app->width - 4 * pad, 200, unit * 46);
    int x = (app->width - card_width) / 2;
    y += pad;
    draw_text(app->draw, DRAW_BODY_BOLD, "Choose a scenario", x, y, 0, theme->muted);
    y += draw_line_height(app->draw, DRAW_BODY_BOLD) + pad / 2;
    int footer = draw_line_height(app->draw, DRAW_SMALL) + pad * 3 / 2;
    int bottom = app->height - footer;
    if (app->menu.note[0] != '\0') {
        y += draw_text(app->draw, DRAW_BODY, app->menu.note, x, y, card_width, theme->bad) + pad / 2;
    }

    /* card heights, to keep the selected one in view */
    int inner = card_width - 2 * pad;
    int heights[MAX_ENTRIES];
    for (size_t i = 0; i < app->menu.count; i++) {
        const MenuEntry *entry = &app->menu.entries[i];
        int w, h, total = pad * 2 / 3;
        if (entry->ok) {
            total += draw_line_height(app->draw, DRAW_BODY_BOLD) + unit / 4;
            draw_text_size(app->draw, DRAW_BODY, entry->pitch, inner, &w, &h);
            total += h;
            if (entry->persona[0] != '\0')
                total += unit / 4 + draw_line_height(app->draw, DRAW_SMALL);
        } else {
            total += draw_line_height(app->draw, DRAW_BODY_BOLD) + unit / 4;
            draw_text_size(app->draw, DRAW_SMALL, entry->error, inner, &w, &h);
            total += h;
        }
        heights[i] = total + pad * 2 / 3;
    }
    int offset = 0, top_of_selected = 0;
    for (size_t i = 0; i < app->menu.selected && i < app->menu.count; i++)
        top_of_selected += heights[i] + pad / 2;
    int selected_height = app->menu.selected < app->menu.count ? heights[app->menu.selected] : 0;
    int list_bottom = bottom - unit / 2;
    if (y + top_of_selected + selected_height > list_bottom)
        offset = y + top_of_selected + selected_height - list_bottom;
    SDL_Rect clip = {0, y - 4, app->width, bottom - y + 8}; /* room for the selection ring */
    SDL_RenderSetClipRect(app->renderer, &clip);
    int cy = y - offset;
    for (size_t i = 0; i < app->menu.count; i++) {
        const MenuEntry *entry = &app->menu.entries[i];
        bool selected = i == app->menu.selected && entry->ok;
        SDL_Rect card = {x, cy, card_width, heights[i]};
        if (cy + heights[i] >= y && cy <= bottom) {
            if (selected)
                draw_framed(app->draw, card, unit / 2, 3, theme->accent, theme->accent_soft);
            else
                draw_framed(app->draw, card, unit / 2, 1, theme->border, entry->ok ? theme->surface : theme->surface_alt);
            int ty = cy + pad * 2 / 3;
            if (entry->ok) {
                const char *level = difficulty_name(entry->difficulty);
                Tone tone = entry->difficulty <= 1 ? TONE_GOOD : TONE_BAD;
                SDL_Color fill = tone_fill(theme, tone), ink = tone_ink(theme, tone);
                if (entry->difficulty == 2) {
                    fill = selected ? theme->surface : theme->accent_soft;
                    ink = theme->accent;
                }
                int chip = draw_chip(app, level, 0, 0, theme->surface, theme->text, true);
                draw_chip(app, level, x + card_width - pad - chip, ty, fill, ink, false);
                draw_text(app->draw, DRAW_BODY_BOLD, entry->title, x + pad, ty, inner - chip - pad, theme->text);
                ty += draw_line_height(app->draw, DRAW_BODY_BOLD) + unit / 4;
                ty += draw_text(app->draw, DRAW_BODY, entry->pitch, x + pad, ty, inner, theme->muted);
                if (entry->persona[0] != '\0')
                    draw_text(app->draw, DRAW_SMALL, entry->persona, x + pad, ty + unit / 4, inner, theme->muted);
            } else {
                char name[600];
                snprintf(name, sizeof name, "%s — cannot be played", entry->file_name);
                draw_text(app->draw, DRAW_BODY_BOLD, name, x + pad, ty, inner, theme->muted);
                ty += draw_line_height(app->draw, DRAW_BODY_BOLD) + unit / 4;
                draw_text(app->draw, DRAW_SMALL, entry->error, x + pad, ty, inner, theme->bad);
            }
        }
        cy += heights[i] + pad / 2;
    }
    SDL_RenderSetClipRect(app->renderer, NULL);
    if (offset > 0) {
        /* cards scrolled away above fade out under the heading */
        SDL_Color fade = theme->background;
        for (int k = 0; k < unit; k++) {
            fade.a = (Uint8)(255 - 255 * k / unit);
            draw_fill(app->draw, (SDL_Rect){0, y - 4 + k, app->width, 1}, 0, fade);
        }
    }
    const char *hints = "↑ ↓  choose      Enter  start      F5  reload the list      Esc  quit";
    int hint_width = draw_text_width(app->draw, DRAW_SMALL, hints);
    draw_text(app->draw, DRAW_SMALL, hints, (app->width - hint_width) / 2, app->height - footer + pad / 2, 0,
              theme->muted);
}

/* ---- rendering: play ---------------------------------------------------------------- */

typedef struct TurnBox {
    int height;
    int text_width, text_height;
} TurnBox;

static void label_list(const SesTurn *turn, const char **names, size_t *count)
{
    *count = 0;
    if (turn->rubric == NULL)
        return;
    unsigned labels = turn->rubric->analysis.labels;
    for (int label = 0; label < AN_LABEL_COUNT; label++)
        if (labels & AN_BIT(label))
            names[(*count)++] = an_label_name((AnLabel)label);
}

/* Lays the labels of a trainee turn out as chips flowing right to left from
 * right_x (rows wrap at left_x); draws them when draw_them. Returns the
 * height they take (0 without labels). */
static int label_chips(App *app, const SesTurn *turn, int right_x, int left_x, int y, bool draw_them)
{
    const Theme *theme = app->theme;
    const char *names[AN_LABEL_COUNT];
    size_t count;
    label_list(turn, names, &count);
    if (count == 0)
        return 0;
    int row_h = chip_height(app) + app->unit / 5;
    int x = right_x, rows = 1;
    for (size_t k = 0; k < count; k++) {
        AnLabel label;
        Tone tone = an_label_from_name(names[k], &label) ? label_tones[label] : TONE_NEUTRAL;
        char text[64];
        humanize(names[k], text, sizeof text);
        int width = draw_chip(app, text, 0, 0, theme->surface, theme->text, true);
        if (x - width < left_x && x != right_x) {
            rows++;
            x = right_x;
        }
        if (draw_them)
            draw_chip(app, text, x - width, y + (rows - 1) * row_h, tone_fill(theme, tone), tone_ink(theme, tone), false);
        x -= width + app->unit / 4;
    }
    return rows * row_h;
}

/* Draws the transcript in rect (newest at the bottom, scrolled by app->scroll). */
static void render_transcript(App *app, SDL_Rect rect)
{
    const Theme *theme = app->theme;
    const Session *session = app->session;
    int unit = app->unit, pad = unit;
    size_t count = ses_turn_count(session);
    SesState state = ses_state(session);
    const ScnInfo *info = scn_info(ses_scenario(session));
    const char *prospect_name = info->persona_name != NULL && info->persona_name[0] ? info->persona_name : "Prospect";
    int bubble_max = rect.w * (app->projector ? 80 : 70) / 100;
    int gap = unit * 3 / 4;
    int name_height = draw_line_height(app->draw, DRAW_SMALL_BOLD);

    /* measure */
    int total = 0;
    int *heights = calloc(count + 1, sizeof *heights);
    if (heights == NULL)
        return;
    size_t current = count; /* the prospect's current line */
    if ((state == SES_AWAIT_TEXT || state == SES_AWAIT_CHOICE || state == SES_ENDED) && count > 0 &&
        !ses_turn(session, count - 1)->trainee)
        current = count - 1;
    for (size_t i = 0; i < count; i++) {
        const SesTurn *turn = ses_turn(session, i);
        DrawFont font = i == current ? DRAW_LARGE : DRAW_BODY;
        int w, h;
        draw_text_size(app->draw, font, turn->text, bubble_max - 2 * pad, &w, &h);
        int body = h + pad;
        if (turn->trainee && !app->projector) {
            int chips = label_chips(app, turn, rect.x + rect.w - (w + 2 * pad) - unit / 2, rect.x, 0, false);
            if (chips > body)
                body = chips;
        }
        heights[i] = name_height + unit / 4 + body + gap;
    }
    for (size_t i = 0; i < count; i++)
        total += heights[i];
    app->scroll_max = total > rect.h ? total - rect.h + pad : 0;
    if (app->scroll > app->scroll_max)
        app->scroll = app->scroll_max;

    SDL_RenderSetClipRect(app->renderer, &rect);
    int y = rect.y + rect.h - total + app->scroll;
    if (total <= rect.h)
        y = rect.y + rect.h - total; /* newest at the bottom even when short */
    for (size_t i = 0; i < count; i++) {
        const SesTurn *turn = ses_turn(session, i);
        int h = heights[i];
        if (y + h < rect.y || y > rect.y + rect.h) {
            y += h;
            continue;
        }
        DrawFont font = i == current ? DRAW_LARGE : DRAW_BODY;
        int w, th;
        draw_text_size(app->draw, font, turn->text, bubble_max - 2 * pad, &w, &th);
        int bubble_w = w + 2 * pad, bubble_h = th + pad;
        if (!turn->trainee) {
            int bx = rect.x;
            draw_text(app->draw, DRAW_SMALL_BOLD, prospect_name, bx + unit / 4, y, 0, theme->muted);
            int by = y + name_height + unit / 4;
            SDL_Color fill = i == current ? theme->prospect_now : theme->prospect;
            draw_framed(app->draw, (SDL_Rect){bx, by, bubble_w, bubble_h}, unit / 2, 1,
                        i == current ? theme->accent : theme->border, fill);
            if (i == current)
                draw_fill(app->draw, (SDL_Rect){bx, by + unit / 3, unit / 5 < 3 ? 3 : unit / 5, bubble_h - 2 * unit / 3}, 2,
                          theme->accent);
            draw_text(app->draw, font, turn->text, bx + pad, by + pad / 2, bubble_max - 2 * pad, theme->text);
        } else {
            int bx = rect.x + rect.w - bubble_w;
            const char *you = "You";
            int you_w = draw_text_width(app->draw, DRAW_SMALL_BOLD, you);
            draw_text(app->draw, DRAW_SMALL_BOLD, you, rect.x + rect.w - you_w - unit / 4, y, 0, theme->muted);
            int by = y + name_height + unit / 4;
            draw_fill(app->draw, (SDL_Rect){bx, by, bubble_w, bubble_h}, unit / 2, theme->trainee);
            draw_text(app->draw, font, turn->text, bx + pad, by + pad / 2, bubble_max - 2 * pad, theme->text);
            if (!app->projector)
                label_chips(app, turn, bx - unit / 2, rect.x, by, true);
        }
        y += h;
    }
    SDL_RenderSetClipRect(app->renderer, NULL);
    if (total > rect.h) {
        /* older lines fade out under the brief */
        SDL_Color fade = theme->background;
        int steps = unit;
        for (int k = 0; k < steps; k++) {
            fade.a = (Uint8)(255 - 255 * k / steps);
            draw_fill(app->draw, (SDL_Rect){rect.x, rect.y + k, rect.w, 1}, 0, fade);
        }
    }
    if (app->scroll > 0) {
        const char *more = "▼ newer lines below — PgDn";
        int mw = draw_text_width(app->draw, DRAW_SMALL_BOLD, more);
        int mh = chip_height(app);
        draw_chip(app, more, rect.x + (rect.w - mw) / 2 - unit / 2, rect.y + rect.h - mh, theme->accent,
                  theme->accent_text, false);
    }
    free(heights);
}

/* Height the input area needs at width. */
static int input_height(App *app, int width, int *box_lines_out)
{
    int unit = app->unit, pad = unit;
    SesState state = ses_state(app->session);
    int height = 0;
    if (state == SES_AWAIT_CHOICE) {
        size_t n = ses_choice_count(app->session);
        height += draw_line_height(app->draw, DRAW_SMALL_BOLD) + unit / 3;
        for (size_t i = 0; i < n; i++) {
            const ScnChoice *choice = ses_choice(app->session, i);
            int w, h;
            draw_text_size(app->draw, DRAW_BODY, choice != NULL ? choice->text : "", width - 3 * pad - unit * 2, &w, &h);
            height += h + pad * 2 / 3 + unit / 4;
        }
    }
    int lines = 0;
    if (state == SES_AWAIT_TEXT || (state == SES_AWAIT_CHOICE && ses_accepts_text(app->session) &&
                                    (app->focus == FOCUS_TEXT || app->box.length > 0))) {
        DrawLine layout[8];
        size_t total = draw_layout(app->draw, DRAW_BODY, app->box.text, width - 2 * pad, layout, 8);
        lines = clamp_int((int)total, 1, 5);
        height += lines * draw_line_height(app->draw, DRAW_BODY) + pad + unit / 2;
    }
    if (state == SES_ENDED || state == SES_FAILED)
        height += draw_line_height(app->draw, DRAW_BODY_BOLD) + draw_line_height(app->draw, DRAW_BODY) + pad * 2;
    height += draw_line_height(app->draw, DRAW_SMALL) + unit / 2; /* hints */
    *box_lines_out = lines;
    return height;
}

static void render_textbox(App *app, SDL_Rect rect, int lines_shown)
{
    const Theme *theme = app->theme;
    int unit = app->unit, pad = unit;
    bool focused = app->focus == FOCUS_TEXT;
    draw_framed(app->draw, rect, unit / 2, 2, focused ? theme->accent : theme->border, theme->surface);
    int line_height = draw_line_height(app->draw, DRAW_BODY);
    int text_width = rect.w - 2 * pad;
    int tx = rect.x + pad, ty = rect.y + pad / 2;
    if (app->box.length == 0 && app->box.composition[0] == '\0') {
        const ScnInfo *info = scn_info(ses_scenario(app->session));
        char placeholder[300];
        snprintf(placeholder, sizeof placeholder, "Type what you would say to %s…",
                 info->persona_name != NULL && info->persona_name[0] ? info->persona_name : "the prospect");
        draw_text(app->draw, DRAW_BODY, placeholder, tx, ty, text_width, theme->muted);
        if (focused)
            draw_fill(app->draw, (SDL_Rect){tx, ty + 2, 2, line_height - 4}, 0, theme->accent);
        return;
    }
    /* the text with any IME composition at the caret */
    static char shown[TEXTBOX_MAX_BYTES + TEXTBOX_COMPOSITION_BYTES + 1];
    size_t composition = strlen(app->box.composition);
    memcpy(shown, app->box.text, app->box.caret);
    memcpy(shown + app->box.caret, app->box.composition, composition);
    memcpy(shown + app->box.caret + composition, app->box.text + app->box.caret, app->box.length - app->box.caret);
    shown[app->box.length + composition] = '\0';
    size_t caret = app->box.caret + composition;
    DrawLine *layout = malloc(sizeof *layout * 2048);
    if (layout == NULL)
        return;
    size_t count = draw_layout(app->draw, DRAW_BODY, shown, text_width, layout, 2048);
    if (count > 2048)
        count = 2048;
    size_t caret_line = 0;
    for (size_t i = 0; i < count; i++)
        if (layout[i].start <= caret)
            caret_line = i;
    int first = 0;
    if ((int)caret_line >= lines_shown)
        first = (int)caret_line - lines_shown + 1;
    SDL_Rect clip = {rect.x, rect.y + pad / 2, rect.w, lines_shown * line_height};
    SDL_RenderSetClipRect(app->renderer, &clip);
    draw_text(app->draw, DRAW_BODY, shown, tx, ty - first * line_height, text_width, theme->text);
    SDL_RenderSetClipRect(app->renderer, NULL);
    if (focused) {
        const DrawLine *line = &layout[caret_line];
        size_t into = caret - line->start;
        if (into > line->length)
            into = line->length;
        int cx = tx + draw_measure(app->draw, DRAW_BODY, shown + line->start, into);
        int cy = ty + ((int)caret_line - first) * line_height;
        draw_fill(app->draw, (SDL_Rect){cx, cy + 2, 2, line_height - 4}, 0, theme->accent);
    }
    free(layout);
}

static void render_scores_panel(App *app, SDL_Rect rect)
{
    const Theme *theme = app->theme;
    int unit = app->unit, pad = unit;
    const RubScores *scores = ses_scores(app->session);
    draw_framed(app->draw, rect, unit / 2, 1, theme->border, theme->surface);
    int x = rect.x + pad, y = rect.y + pad, w = rect.w - 2 * pad;
    draw_text(app->draw, DRAW_SMALL_BOLD, "LIVE SCORES", x, y, 0, theme->muted);
    y += draw_line_height(app->draw, DRAW_SMALL_BOLD) + unit / 2;
    if (scores == NULL)
        return;
    bool spoken = false; /* no score means anything before the trainee's first line */
    for (size_t i = 0; i < ses_turn_count(app->session) && !spoken; i++)
        spoken = ses_turn(app->session, i)->trainee;
    for (int skill = 0; skill < RUB_SKILL_COUNT; skill++) {
        int score = spoken ? rub_skill_score(scores, (RubSkill)skill) : 0;
        char number[16];
        snprintf(number, sizeof number, "%s", spoken ? "" : "–");
        if (spoken)
            snprintf(number, sizeof number, "%d", score);
        draw_text(app->draw, DRAW_SMALL, skill_title((RubSkill)skill), x, y, w, theme->text);
        int nw = draw_text_width(app->draw, DRAW_SMALL_BOLD, number);
        draw_text(app->draw, DRAW_SMALL_BOLD, number, x + w - nw, y, 0, theme->text);
        y += draw_line_height(app->draw, DRAW_SMALL) + unit / 6;
        draw_bar(app, (SDL_Rect){x, y, w, unit / 3 < 4 ? 4 : unit / 3}, score, score_color(theme, score));
        y += unit / 3 + unit * 2 / 3;
    }
    int overall = spoken ? rub_overall(scores) : 0;
    char number[16];
    snprintf(number, sizeof number, "%s", "–");
    if (spoken)
        snprintf(number, sizeof number, "%d", overall);
    draw_fill(app->draw, (SDL_Rect){x, y, w, 1}, 0, theme->border);
    y += unit / 2;
    draw_text(app->draw, DRAW_BODY_BOLD, "Overall", x, y, 0, theme->text);
    int nw = draw_text_width(app->draw, DRAW_TITLE, number);
    draw_text(app->draw, DRAW_TITLE, number, x + w - nw, y - unit / 4, 0,
              spoken ? score_color(theme, overall) : theme->muted);
    y += draw_line_height(app->draw, DRAW_TITLE) + pad;
    const char *keys[] = {"Enter", "send your line", "Tab", "choices ⇄ typing", "PgUp/PgDn", "scroll",
                          "F5", "reload the scenario", "Esc Esc", "end the call"};
    draw_text(app->draw, DRAW_SMALL_BOLD, "KEYS", x, y, 0, theme->muted);
    y += draw_line_height(app->draw, DRAW_SMALL_BOLD) + unit / 3;
    int key_col = draw_text_width(app->draw, DRAW_SMALL_BOLD, "PgUp/PgDn") + unit / 2;
    for (size_t i = 0; i + 1 < sizeof keys / sizeof keys[0]; i += 2) {
        if (y + draw_line_height(app->draw, DRAW_SMALL) > rect.y + rect.h - unit / 2)
            break;
        draw_text(app->draw, DRAW_SMALL_BOLD, keys[i], x, y, 0, theme->text);
        draw_text(app->draw, DRAW_SMALL, keys[i + 1], x + key_col, y, w - key_col, theme->muted);
        y += draw_line_height(app->draw, DRAW_SMALL) + unit / 6;
    }
}

static void render_play(App *app)
{
    const Theme *theme = app->theme;
    const Session *session = app->session;
    int unit = app->unit, pad = unit;
    const ScnInfo *info = scn_info(ses_scenario(session));
    char subtitle[800];
    snprintf(subtitle, sizeof subtitle, "On the call: %s%s%s%s%s", info->persona_name ? info->persona_name : "the prospect",
             info->persona_role && info->persona_role[0] ? ", " : "", info->persona_role ? info->persona_role : "",
             info->persona_company && info->persona_company[0] ? " at " : "",
             info->persona_company ? info->persona_company : "");
    char right[200];
    snprintf(right, sizeof right, "%s  ·  %s", difficulty_name(info->difficulty),
             app->projector ? "classroom mode" : "practice");
    int y = draw_header(app, info->title != NULL ? info->title : "Scenario", subtitle, right);
    y += draw_banner(app, y);

    /* brief strip */
    int content_x = pad, content_w = app->width - 2 * pad;
    /* the scores panel: not in projector mode, nor when the window is too narrow for it */
    int side_w = app->projector || app->width < unit * 42 ? 0 : clamp_int(app->width * 24 / 100, unit * 11, unit * 16);
    int main_w = content_w - (side_w > 0 ? side_w + pad : 0);
    y += pad * 3 / 4;
    {
        char brief[2400];
        snprintf(brief, sizeof brief, "%s", info->brief != NULL ? info->brief : "");
        char purpose[1200];
        snprintf(purpose, sizeof purpose, "%s", info->purpose != NULL ? info->purpose : "");
        int label_w = draw_text_width(app->draw, DRAW_SMALL_BOLD, "YOUR GOAL") + unit;
        int text_w = content_w - 2 * pad - label_w;
        int bw, bh, gw, gh;
        draw_text_size(app->draw, DRAW_SMALL, brief, text_w, &bw, &bh);
        draw_text_size(app->draw, DRAW_SMALL_BOLD, purpose, text_w, &gw, &gh);
        int strip_h = bh + gh + unit / 3 + pad;
        draw_fill(app->draw, (SDL_Rect){content_x, y, content_w, strip_h}, unit / 2, theme->surface_alt);
        int sy = y + pad / 2;
        draw_text(app->draw, DRAW_SMALL_BOLD, "BRIEF", content_x + pad, sy, 0, theme->muted);
        draw_text(app->draw, DRAW_SMALL, brief, content_x + pad + label_w, sy, text_w, theme->text);
        sy += bh + unit / 3;
        draw_text(app->draw, DRAW_SMALL_BOLD, "YOUR GOAL", content_x + pad, sy, 0, theme->muted);
        draw_text(app->draw, DRAW_SMALL_BOLD, purpose, content_x + pad + label_w, sy, text_w, theme->text);
        y += strip_h + pad * 3 / 4;
    }

    int box_lines = 0;
    int input_h = input_height(app, main_w, &box_lines);
    int bottom = app->height - pad / 2;
    int input_y = bottom - input_h;
    SDL_Rect transcript = {content_x, y, main_w, input_y - y - unit / 2};
    if (side_w > 0)
        render_scores_panel(app, (SDL_Rect){content_x + main_w + pad, y, side_w, bottom - y});
    if (transcript.h > unit * 2)
        render_transcript(app, transcript);

    /* input area */
    draw_fill(app->draw, (SDL_Rect){content_x, input_y - unit / 4, main_w, 1}, 0, theme->border);
    int iy = input_y + unit / 4;
    SesState state = ses_state(session);
    const char *hint = "";
    if (state == SES_AWAIT_CHOICE) {
        size_t n = ses_choice_count(session);
        char title[160];
        bool typing_too = ses_accepts_text(session);
        if (app->projector)
            snprintf(title, sizeof title, "PICK AN ANSWER  (keys A–%c)%s", (char)('A' + (int)n - 1),
                     typing_too ? "  ·  Tab to type your own" : "");
        else
            snprintf(title, sizeof title, "PICK AN ANSWER  (keys 1–%zu, or ↑ ↓ and Enter)%s", n,
                     typing_too ? "  ·  Tab to type your own" : "");
        draw_text(app->draw, DRAW_SMALL_BOLD, title, content_x, iy, main_w, theme->muted);
        iy += draw_line_height(app->draw, DRAW_SMALL_BOLD) + unit / 3;
        for (size_t i = 0; i < n; i++) {
            const ScnChoice *choice = ses_choice(session, i);
            const char *text = choice != NULL ? choice->text : "";
            int text_w = main_w - 3 * pad - unit * 2;
            int w, h;
            draw_text_size(app->draw, DRAW_BODY, text, text_w, &w, &h);
            SDL_Rect row = {content_x, iy, main_w, h + pad * 2 / 3};
            bool lit = app->focus == FOCUS_CHOICES && i == app->highlight;
            if (lit)
                draw_framed(app->draw, row, unit / 2, 2, theme->accent, theme->accent_soft);
            else
                draw_framed(app->draw, row, unit / 2, 1, theme->border, theme->surface);
            char key[24];
            if (app->projector)
                snprintf(key, sizeof key, "%c", (char)('A' + (int)i));
            else
                snprintf(key, sizeof key, "%zu", i + 1);
            int badge = unit * 3 / 2;
            SDL_Rect badge_rect = {row.x + pad / 2, row.y + (row.h - badge) / 2, badge, badge};
            draw_fill(app->draw, badge_rect, badge / 2, lit ? theme->accent : theme->surface_alt);
            int kw = draw_text_width(app->draw, DRAW_BODY_BOLD, key);
            draw_text(app->draw, DRAW_BODY_BOLD, key, badge_rect.x + (badge - kw) / 2,
                      badge_rect.y + (badge - draw_line_height(app->draw, DRAW_BODY_BOLD)) / 2, 0,
                      lit ? theme->accent_text : theme->text);
            draw_text(app->draw, DRAW_BODY, text, row.x + pad + badge, row.y + pad / 3, text_w, theme->text);
            iy += row.h + unit / 4;
        }
        hint = "PgUp/PgDn scroll  ·  F5 reload  ·  Esc ends the call";
    }
    if (box_lines > 0) {
        int line_h = draw_line_height(app->draw, DRAW_BODY);
        SDL_Rect box = {content_x, iy + unit / 4, main_w, box_lines * line_h + pad};
        render_textbox(app, box, box_lines);
        iy += box.h + unit / 2;
        hint = state == SES_AWAIT_CHOICE ? "Enter sends  ·  Tab goes back to the choices"
                                        : "Enter sends your line  ·  PgUp/PgDn scroll  ·  F5 reload  ·  Esc ends the call";
    }
    if (state == SES_ENDED || state == SES_FAILED) {
        bool ended = state == SES_ENDED;
        char outcome[200], title[300];
        humanize(ses_ending(session), outcome, sizeof outcome);
        if (ended)
            snprintf(title, sizeof title, "The call has ended: %s", outcome);
        else
            snprintf(title, sizeof title, "The scenario stopped with an error");
        SDL_Rect card = {content_x, iy + unit / 4, main_w,
                         draw_line_height(app->draw, DRAW_BODY_BOLD) + draw_line_height(app->draw, DRAW_BODY) + pad * 3 / 2};
        Tone tone = ended ? (ses_ending_success(session) ? TONE_GOOD : TONE_NEUTRAL) : TONE_BAD;
        draw_fill(app->draw, card, unit / 2, tone_fill(theme, tone));
        draw_text(app->draw, DRAW_BODY_BOLD, title, card.x + pad, card.y + pad / 2, card.w - 2 * pad, tone_ink(theme, tone));
        draw_text(app->draw, DRAW_BODY,
                  ended ? "Press Enter to see your debrief." : "Fix the scenario and press F5 to reload, or Esc for the menu.",
                  card.x + pad, card.y + pad / 2 + draw_line_height(app->draw, DRAW_BODY_BOLD), card.w - 2 * pad, theme->text);
        iy += card.h + unit / 2;
    }
    if (draw_text_width(app->draw, DRAW_SMALL, hint) > main_w)
        hint = "Enter sends  ·  Esc ends the call"; /* a narrow window: the essentials */
    draw_text(app->draw, DRAW_SMALL, hint, content_x, iy, 0, theme->muted);
    if (box_lines > 0 && (app->box.length > TEXTBOX_MAX_BYTES * 3 / 4 || textbox_was_cut(&app->box))) {
        char counter[160];
        snprintf(counter, sizeof counter, "%s%zu / %d bytes", textbox_was_cut(&app->box) ? "Cut to fit: the box holds " : "",
                 app->box.length, TEXTBOX_MAX_BYTES);
        int cw = draw_text_width(app->draw, DRAW_SMALL_BOLD, counter);
        draw_text(app->draw, DRAW_SMALL_BOLD, counter, content_x + main_w - cw, iy, 0,
                  textbox_was_cut(&app->box) ? theme->bad : theme->muted);
    }
}

/* ---- rendering: debrief ---------------------------------------------------------------- */

static int compare_reasons(const void *a, const void *b)
{
    const RubReason *x = *(const RubReason *const *)a, *y = *(const RubReason *const *)b;
    int ax = abs(x->points), ay = abs(y->points);
    if (ax != ay)
        return ay - ax;
    return x->turn - y->turn;
}

static void render_debrief(App *app)
{
    const Theme *theme = app->theme;
    const Session *session = app->session;
    int unit = app->unit, pad = unit;
    const ScnInfo *info = scn_info(ses_scenario(session));
    const RubScores *scores = ses_scores(session);
    char subtitle[600];
    snprintf(subtitle, sizeof subtitle, "%s  ·  with %s", info->title ? info->title : "",
             info->persona_name ? info->persona_name : "the prospect");
    int y = draw_header(app, "Debrief", subtitle, NULL);
    y += draw_banner(app, y);
    y += pad;
    int x = pad, w = app->width - 2 * pad;

    /* outcome and overall */
    char outcome[200];
    humanize(ses_ending(session), outcome, sizeof outcome);
    bool success = ses_ending_success(session);
    int overall = scores != NULL ? rub_overall(scores) : 0;
    int huge = draw_line_height(app->draw, DRAW_HUGE);
    int top_h = huge + pad;
    draw_fill(app->draw, (SDL_Rect){x, y, w, top_h}, unit / 2, theme->surface);
    char number[16];
    snprintf(number, sizeof number, "%d", overall);
    int nw = draw_text_width(app->draw, DRAW_HUGE, number);
    draw_text(app->draw, DRAW_HUGE, number, x + pad, y + pad / 2, 0, score_color(theme, overall));
    int ox = x + pad + nw + pad;
    draw_text(app->draw, DRAW_SMALL_BOLD, "OVERALL  /  100", ox, y + pad / 2 + unit / 3, 0, theme->muted);
    draw_bar(app, (SDL_Rect){ox, y + pad / 2 + unit * 3 / 2, w / 3, unit / 2}, overall, score_color(theme, overall));
    char ending[300];
    snprintf(ending, sizeof ending, "%s %s", success ? "✔" : "✘", outcome[0] ? outcome : "No ending");
    int chip_w = draw_chip(app, ending, 0, 0, theme->surface, theme->text, true);
    Tone tone = success ? TONE_GOOD : TONE_BAD;
    draw_text(app->draw, DRAW_SMALL_BOLD, "ENDING", x + w - pad - chip_w, y + pad / 2 + unit / 3, 0, theme->muted);
    draw_chip(app, ending, x + w - pad - chip_w, y + pad / 2 + unit * 3 / 2, tone_fill(theme, tone), tone_ink(theme, tone),
              false);
    y += top_h + pad;

    /* four skill cards in a 2 x 2 grid */
    int footer_h = draw_line_height(app->draw, DRAW_SMALL) * 2 + pad;
    int grid_h = app->height - footer_h - y;
    int col_w = (w - pad) / 2, row_h = (grid_h - pad) / 2;
    size_t reason_count = scores != NULL ? rub_reason_count(scores) : 0;
    const RubReason **reasons = calloc(reason_count + 1, sizeof *reasons);
    for (int skill = 0; skill < RUB_SKILL_COUNT && reasons != NULL; skill++) {
        int cx = x + (skill % 2) * (col_w + pad), cy = y + (skill / 2) * (row_h + pad);
        SDL_Rect card = {cx, cy, col_w, row_h};
        draw_framed(app->draw, card, unit / 2, 1, theme->border, theme->surface);
        int score = scores != NULL ? rub_skill_score(scores, (RubSkill)skill) : 0;
        int ix = cx + pad, iw = col_w - 2 * pad, iy = cy + pad * 2 / 3;
        draw_text(app->draw, DRAW_BODY_BOLD, skill_title((RubSkill)skill), ix, iy, iw, theme->text);
        snprintf(number, sizeof number, "%d", score);
        int sw = draw_text_width(app->draw, DRAW_TITLE, number);
        draw_text(app->draw, DRAW_TITLE, number, ix + iw - sw, iy - unit / 3, 0, score_color(theme, score));
        iy += draw_line_height(app->draw, DRAW_TITLE);
        draw_bar(app, (SDL_Rect){ix, iy, iw, unit / 3 < 4 ? 4 : unit / 3}, score, score_color(theme, score));
        iy += unit / 3 + unit / 3;
        iy += draw_text(app->draw, DRAW_SMALL, skill_summary((RubSkill)skill), ix, iy, iw, theme->muted) + unit / 2;
        size_t n = 0;
        for (size_t i = 0; i < reason_count; i++) {
            const RubReason *reason = rub_reason(scores, i);
            if (reason->skill == (RubSkill)skill && reason->points != 0)
                reasons[n++] = reason;
        }
        qsort(reasons, n, sizeof *reasons, compare_reasons);
        SDL_Rect clip = {card.x, card.y, card.w, card.h - unit / 3};
        SDL_RenderSetClipRect(app->renderer, &clip);
        if (n == 0)
            draw_text(app->draw, DRAW_SMALL, "No points given or taken on this skill: it stays at its starting score.", ix, iy, iw, theme->muted);
        int points_w = draw_text_width(app->draw, DRAW_SMALL_BOLD, "−88") + unit / 2;
        for (size_t i = 0; i < n && i < 4; i++) {
            char points[16];
            snprintf(points, sizeof points, "%s%d", reasons[i]->points > 0 ? "+" : "−", abs(reasons[i]->points));
            int pw, ph;
            draw_text_size(app->draw, DRAW_SMALL, reasons[i]->text, iw - points_w, &pw, &ph);
            if (iy + ph > card.y + card.h - unit / 3)
                break;
            draw_text(app->draw, DRAW_SMALL_BOLD, points, ix, iy, 0, reasons[i]->points > 0 ? theme->good : theme->bad);
            draw_text(app->draw, DRAW_SMALL, reasons[i]->text, ix + points_w, iy, iw - points_w, theme->text);
            iy += ph + unit / 3;
        }
        SDL_RenderSetClipRect(app->renderer, NULL);
    }
    free(reasons);
    const char *log_path = ses_log_path(session);
    char footer[PATH_BYTES + 64];
    snprintf(footer, sizeof footer, "Log saved to %s", log_path != NULL ? log_path : "(not saved)");
    int fy = app->height - footer_h + pad / 2;
    draw_text(app->draw, DRAW_SMALL, footer, x, fy, w * 2 / 3, theme->muted);
    const char *back = "Enter or Esc  ·  back to the menu";
    int bw = draw_text_width(app->draw, DRAW_SMALL_BOLD, back);
    draw_text(app->draw, DRAW_SMALL_BOLD, back, x + w - bw, fy, 0, theme->text);
}

/* ---- frame ---------------------------------------------------------------------- */

bool app_needs_render(const App *app)
{
    return app->dirty;
}

void app_render(App *app)
{
    const Theme *theme = app->theme;
    SDL_SetRenderDrawBlendMode(app->renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(app->renderer, theme->background.r, theme->background.g, theme->background.b, 255);
    SDL_RenderClear(app->renderer);
    if (app->screen == APP_PLAY && app->session != NULL)
        render_play(app);
    else if (app->screen == APP_DEBRIEF && app->session != NULL)
        render_debrief(app);
    else
        render_menu(app);
    draw_end_frame(app->draw);
    if (app->capture) {
        free(app->frame);
        app->frame = malloc((size_t)app->width * app->height * 3);
        if (app->frame != NULL &&
            SDL_RenderReadPixels(app->renderer, NULL, SDL_PIXELFORMAT_RGB24, app->frame, app->width * 3) != 0) {
            free(app->frame);
            app->frame = NULL;
        }
        app->frame_width = app->width;
        app->frame_height = app->height;
    }
    SDL_RenderPresent(app->renderer);
    app->dirty = false;
    prefault_destroy(app->prefault);
    app->prefault = NULL;
    if (app->session != NULL) {
        /* the session's first log, deferred so it does not hold up the first frame */
        CoachError err;
        if (ses_flush_log(app->session, &err) != 0)
            banner_from_error(app, "", &err);
    }
    if (app->analyzer == NULL && app->start_thread == NULL && app->start_job != NULL &&
        app->start_job->analyzer == NULL && !app->start_job->started)
        app->start_thread = SDL_CreateThread(start_job_run, "start", app->start_job);
    if (app->start_job != NULL)
        app->start_job->started = true;
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
    return app->session;
}

const char *app_banner(const App *app)
{
    return app->banner;
}

size_t app_menu_count(const App *app)
{
    return app->menu.count;
}

size_t app_menu_selected(const App *app)
{
    return app->menu.selected;
}

bool app_menu_entry_ok(const App *app, size_t index)
{
    return index < app->menu.count && app->menu.entries[index].ok;
}

Uint32 app_watch_event_type(const App *app)
{
    return app->watch_event;
}

const char *app_typed_text(const App *app)
{
    return app->box.text;
}

int app_unit(const App *app)
{
    return app->unit;
}
