/* cli_session: what `coach run` and `coach play --text` share: printing the
 * prospect's line and options, the debrief, and checking script text. */
#ifndef COACH_CLI_SESSION_H
#define COACH_CLI_SESSION_H

#include <stdbool.h>
#include <stdio.h>

#include "session.h"

/* Prints the prospect's latest line (with the persona's name) and, at a
 * choice turn, the numbered options. */
void cli_session_print_prospect(FILE *out, const Session *session);

/* Prints the four skill scores and overall, each with its strongest
 * reasons, then the ending. */
void cli_session_print_scores(FILE *out, const Session *session);


/* Parses "#N" or (when bare_number) "N" as a 1-based option number; true
 * and *index (0-based) when line is one. */
bool cli_session_parse_choice(const char *line, bool bare_number, long *index);

/* Options that make the session: fills lexicon with the default lexicon
 * path (buffer of size bytes). */
void cli_session_lexicon_path(char *buffer, size_t size);

#endif
