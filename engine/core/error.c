/* error: see error.h. */
#include "error.h"

#include <stdio.h>
#include <string.h>

void err_clear(CoachError *err)
{
    if (err == NULL)
        return;
    memset(err, 0, sizeof *err);
}

int err_set(CoachError *err, int code, const char *file, int line, const char *format, ...)
{
    if (err == NULL)
        return code;
    err->code = code;
    snprintf(err->file, sizeof err->file, "%s", file != NULL ? file : "");
    err->line = line;
    va_list args;
    va_start(args, format);
    vsnprintf(err->message, sizeof err->message, format, args);
    va_end(args);
    return code;
}

void err_format(const CoachError *err, char *buffer, unsigned long size)
{
    if (size == 0)
        return;
    if (err->file[0] != '\0' && err->line > 0)
        snprintf(buffer, size, "%s:%d: error: %s", err->file, err->line, err->message);
    else if (err->file[0] != '\0')
        snprintf(buffer, size, "%s: error: %s", err->file, err->message);
    else
        snprintf(buffer, size, "error: %s", err->message);
}
