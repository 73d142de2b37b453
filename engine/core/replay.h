/* replay: what a session log holds for trying a call again — the session's
 * id, scenario, seed and trainee, and every line the trainee said, as
 * inputs for ses_begin_retry (a choice by its index, a typed line by its
 * text as logged). */
#ifndef COACH_REPLAY_H
#define COACH_REPLAY_H

#include <stddef.h>
#include <stdint.h>

#include <cjson/cJSON.h>

#include "error.h"
#include "session.h"

typedef struct ReplaySource {
    char id[40];                /* the call's session id */
    char scenario_path[4096];   /* scenario.path in the log */
    char scenario_sha256[65];   /* the scenario as it was played */
    uint64_t seed;
    char trainee[300];
    SesInput *inputs;           /* the trainee's lines in order (owned) */
    size_t input_count;
} ReplaySource;

/* Reads the trainee's lines of a parsed log (log_validate'd) into source.
 * path names the log in errors. Errors: a log without an id (written before
 * ids existed), a trainee turn that is neither a choice nor a text, no
 * trainee line at all. Caller: replay_free (also after an error). */
int replay_from_log(const cJSON *log, const char *path, ReplaySource *source, CoachError *err);

/* log_read(path), then replay_from_log. */
int replay_load(const char *path, ReplaySource *source, CoachError *err);

void replay_free(ReplaySource *source);

#endif
