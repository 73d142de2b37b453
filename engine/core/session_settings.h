/* session_settings: what a person chooses for a session, and the one
 * function that turns those choices into SesOptions. Every way a session
 * starts goes through it: `coach run`, `coach play --text`, the window
 * (`coach play`, `coach`, and its hot reload) and scenario tests, so a
 * choice such as --seed reaches all of them. */
#ifndef COACH_SESSION_SETTINGS_H
#define COACH_SESSION_SETTINGS_H

#include <stdbool.h>
#include <stdint.h>

#include "session.h"

typedef struct SesSettings {
    const char *trainee; /* the name in the log; NULL: $USER, else "trainee" */
    const char *log_dir; /* NULL: the default log directory */
    bool no_log;         /* write no log at all */
    bool has_seed;       /* seed was chosen; else the scenario's default seed */
    uint64_t seed;
    bool projector;      /* classroom mode (the window only) */
    struct LogQueue *log_queue; /* the window's log writer thread (SesOptions.log_queue) */
} SesSettings;

/* Fills *options for a session started with settings (its strings are
 * borrowed: they must outlive the session's creation) and the lexicon at
 * lexicon_path (NULL: the session's default, see SesOptions). The window's
 * own deferral (defer_analyzer) is left off. */
void ses_settings_options(const SesSettings *settings, const char *lexicon_path, SesOptions *options);

#endif
