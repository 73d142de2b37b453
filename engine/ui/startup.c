/* startup: helper-thread work at the window's start (see startup.h).
 *
 * One helper thread at a time. What it makes stays in the Startup until
 * the main thread has waited for it (SDL_WaitThread is the only
 * synchronisation: the helper touches nothing else). */
#include "startup.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario.h"

#define STARTUP_PATH_BYTES 4096

struct Startup {
    char lexicon[STARTUP_PATH_BYTES];
    SesSettings settings;       /* its strings are owned */
    SDL_Thread *helper;
    /* the helper's job: start a session on session_path, or (NULL) build the analyser */
    char *session_path;
    Session *session;           /* made by the helper, until taken */
    Analyzer *analyzer;
    CoachError err;             /* the helper's failure */
    bool analyzer_asked;        /* startup_begin_analyzer ran once */
};

static char *copy_string(const char *s)
{
    return s != NULL ? strdup(s) : NULL;
}

Startup *startup_create(const char *assets_dir, const SesSettings *settings)
{
    Startup *startup = calloc(1, sizeof *startup);
    if (startup == NULL)
        return NULL;
    snprintf(startup->lexicon, sizeof startup->lexicon, "%s/lexicon.lua", assets_dir != NULL ? assets_dir : "assets");
    startup->settings = *settings;
    startup->settings.trainee = copy_string(settings->trainee);
    startup->settings.log_dir = copy_string(settings->log_dir);
    if ((settings->trainee != NULL && startup->settings.trainee == NULL) ||
        (settings->log_dir != NULL && startup->settings.log_dir == NULL)) {
        startup_destroy(startup);
        return NULL;
    }
    return startup;
}

int startup_set_trainee(Startup *startup, const char *trainee)
{
    char *copy = copy_string(trainee);
    if (trainee != NULL && copy == NULL)
        return COACH_ENOMEM;
    free((char *)startup->settings.trainee);
    startup->settings.trainee = copy;
    return COACH_OK;
}

static void wait_helper(Startup *startup)
{
    if (startup->helper == NULL)
        return;
    SDL_WaitThread(startup->helper, NULL);
    startup->helper = NULL;
}

void startup_destroy(Startup *startup)
{
    if (startup == NULL)
        return;
    wait_helper(startup);
    ses_destroy(startup->session);
    an_destroy(startup->analyzer);
    free(startup->session_path);
    free((char *)startup->settings.trainee);
    free((char *)startup->settings.log_dir);
    free(startup);
}

Session *startup_open_session(const Startup *startup, const char *path, const Analyzer *analyzer,
                              CoachError *err)
{
    Scenario *scenario = scn_load(path, NULL, err);
    if (scenario == NULL)
        return NULL;
    SesOptions options;
    ses_settings_options(&startup->settings, NULL, &options);
    options.defer_analyzer = analyzer == NULL;
    options.shuffle_choices = true; /* the window never shows the author's best option first by habit */
    Session *session = ses_create(scenario, analyzer, &options, err);
    if (session == NULL)
        return NULL;
    if (ses_start(session, err) != 0) {
        ses_destroy(session);
        return NULL;
    }
    return session;
}

static int helper_run(void *data)
{
    Startup *startup = data;
    err_clear(&startup->err);
    if (startup->session_path != NULL)
        startup->session = startup_open_session(startup, startup->session_path, NULL, &startup->err);
    else
        startup->analyzer = an_create(startup->lexicon, &startup->err);
    return 0;
}

bool startup_begin_session(Startup *startup, const char *path)
{
    wait_helper(startup);
    free(startup->session_path);
    startup->session_path = copy_string(path);
    if (startup->session_path == NULL)
        return false;
    startup->helper = SDL_CreateThread(helper_run, "start", startup);
    return startup->helper != NULL;
}

Session *startup_take_session(Startup *startup, CoachError *err)
{
    wait_helper(startup);
    free(startup->session_path);
    startup->session_path = NULL;
    Session *session = startup->session;
    startup->session = NULL;
    if (session == NULL && err != NULL)
        *err = startup->err;
    return session;
}

void startup_begin_analyzer(Startup *startup)
{
    if (startup->analyzer_asked || startup->analyzer != NULL || startup->helper != NULL)
        return;
    startup->analyzer_asked = true;
    free(startup->session_path);
    startup->session_path = NULL;
    startup->helper = SDL_CreateThread(helper_run, "start", startup);
}

const Analyzer *startup_analyzer(Startup *startup, CoachError *err)
{
    wait_helper(startup);
    if (startup->analyzer == NULL)
        startup->analyzer = an_create(startup->lexicon, err);
    return startup->analyzer;
}
