/* cli_session: what the commands that play a session share: the session
 * flags (--trainee, --log-dir, --seed) and options, opening the window,
 * printing the prospect's line and options and the debrief, and reading
 * "#N" choices. */
#ifndef COACH_CLI_SESSION_H
#define COACH_CLI_SESSION_H

#include <stdbool.h>
#include <stdio.h>

#include "cli_options.h"
#include "session.h"
#include "session_settings.h"
#include "ui.h"

/* Prints the prospect's latest line (with the persona's name) and, at a
 * choice turn, the numbered options. */
void cli_session_print_prospect(FILE *out, const Session *session);

/* Prints how the prospect heard the trainee's latest line, when it was
 * typed: "    (Dana heard an open question.)". */
void cli_session_print_heard(FILE *out, const Session *session);

/* Prints the four skill scores and overall, each with its strongest
 * reasons, then the ending. */
void cli_session_print_scores(FILE *out, const Session *session);


/* Prints the annotated transcript of the call (annotate.h): every line with
 * its moves, points and a stronger line; the prospect's cues and reveals.
 * Nothing when the trainee said nothing. */
void cli_session_print_transcript(FILE *out, const Session *session);

/* Parses "#N" or (when bare_number) "N" as a 1-based option number; true
 * and *index (0-based) when line is one. */
bool cli_session_parse_choice(const char *line, bool bare_number, long *index);

/* The options every command that starts a session takes, bound to the
 * fields of settings: --trainee NAME, --log-dir DIR, --seed N. Fills
 * out[0..CLI_SESSION_FLAGS). */
enum { CLI_SESSION_FLAGS = 3 };
void cli_session_flags(CliOption *out, SesSettings *settings);

/* The session options of `coach run` and `coach play --text`: settings
 * and the default lexicon (its path written into lexicon, size bytes,
 * which must outlive the session's creation). */
void cli_session_options(const SesSettings *settings, char *lexicon, size_t size, SesOptions *options);

/* Opens the window of `coach` and `coach play` (ui_run) on options, after
 * filling its folders: the scenario menu's (the built-in and trainer's
 * folders, and extra_folder unless NULL), the assets and the default
 * scenario. The caller sets the scenario, the session settings and the
 * window's flags. Returns ui_run's exit code. */
int cli_session_window(UiOptions *options, const char *extra_folder);

#endif
