/* startup: the work that overlaps the window's start, on a helper thread,
 * and the analyser every session of the window shares.
 *
 * For `coach play` the first session is loaded and started on the helper
 * while the window and the fonts open (the first frame shows the
 * prospect's first line). The analyser (a Lua run over the lexicon) is only
 * needed for the trainee's first answer, so it is built by a second run of
 * the helper after the first frame (startup_begin_analyzer), or here on
 * demand. */
#ifndef COACH_UI_STARTUP_H
#define COACH_UI_STARTUP_H

#include <stdbool.h>

#include "analyze.h"
#include "error.h"
#include "session.h"
#include "session_settings.h"

typedef struct Startup Startup;

/* The lexicon is assets_dir/lexicon.lua; every session the window starts
 * is made with settings (copied, strings too). NULL when out of memory.
 * Caller: startup_destroy(). */
Startup *startup_create(const char *assets_dir, const SesSettings *settings);
/* Waits for the helper and frees what it made that nobody took (the
 * analyser included). NULL is a no-op. */
void startup_destroy(Startup *startup);

/* The trainee of the sessions started from now on (copied; NULL: the
 * session's default). COACH_ENOMEM when out of memory. */
int startup_set_trainee(Startup *startup, const char *trainee);

/* Loads path and starts a fresh session on it with analyzer (borrowed; it
 * must outlive the session). NULL analyzer: the session gets its analyser
 * later (ses_set_analyzer).
 * NULL with err. Caller: ses_destroy(). */
Session *startup_open_session(const Startup *startup, const char *path, const Analyzer *analyzer,
                              CoachError *err);

/* Starts loading path and starting a session on it (no analyser) on the
 * helper thread. False when no thread could be started (do it here instead). */
bool startup_begin_session(Startup *startup, const char *path);
/* Waits for startup_begin_session's work and hands its session over (caller:
 * ses_destroy), or NULL with err. */
Session *startup_take_session(Startup *startup, CoachError *err);

/* Starts building the analyser on the helper, unless it is built, being
 * built, or was asked for once already. */
void startup_begin_analyzer(Startup *startup);
/* The analyser (borrowed, lives until startup_destroy): waits for the
 * helper, or builds it on this thread. NULL with err. */
const Analyzer *startup_analyzer(Startup *startup, CoachError *err);

#endif
