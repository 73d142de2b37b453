/* error: the explicit error record every fallible core call fills in.
 *
 * A CoachError lives in the caller's storage; functions that can fail take a
 * `CoachError *err` (may be NULL) and, on failure, write what went wrong, the
 * file and the line it concerns. There is no global error state. */
#ifndef COACH_ERROR_H
#define COACH_ERROR_H

#include <stdarg.h>

enum {
    COACH_OK = 0,
    COACH_EUSAGE = -1,   /* bad arguments */
    COACH_EIO = -2,      /* a file could not be read or written */
    COACH_EPARSE = -3,   /* malformed input (JSON, UTF-8, script) */
    COACH_ESCRIPT = -4,  /* a scenario's Lua code failed or broke the sandbox */
    COACH_ESTATE = -5,   /* a call that does not fit the current state */
    COACH_ENOMEM = -6,
    COACH_ELRS = -7      /* a learning record store could not be reached or refused a request */
};

typedef struct CoachError {
    int code;          /* one of the COACH_E* values, 0 when clear */
    char file[512];    /* file the error concerns, "" if none */
    int line;          /* 1-based line in that file, 0 if unknown */
    char message[1024];
} CoachError;

/* Clears err (no-op on NULL). */
void err_clear(CoachError *err);

/* Records an error in err (no-op on NULL) and returns code, so callers can
 * write `return err_set(err, COACH_EIO, path, 0, "cannot open: %s", why);`.
 * file may be NULL. The message is formatted printf-style and truncated to fit. */
int err_set(CoachError *err, int code, const char *file, int line, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Formats err as one line, "file:line: error: message", into buffer. */
void err_format(const CoachError *err, char *buffer, unsigned long size);

#endif
