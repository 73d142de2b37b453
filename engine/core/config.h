/* config: the user's settings file, $XDG_CONFIG_HOME/discovery-coach/config
 * (else ~/.config/discovery-coach/config). It says where the team's learning
 * record store is, with which key, and who the trainee is there:
 *
 *     # '#' starts a comment; one "name = value" a line; values are not quoted
 *     endpoint  = https://lrs.example.com/xAPI     (statements at <endpoint>/statements)
 *     key       = ...                              (the LRS client's key and secret)
 *     secret    = ...
 *     home_page = https://lms.example.com          (the account homePage: the team's platform)
 *     account   = ana.ruiz                         (optional: else each log's trainee name)
 *     trainee   = Ana Ruiz                         (who practises here: the window's name for the logs)
 *
 * and optionally activity_base, ca_file, batch, timeout, retries and
 * sync_after_call (see conf_print_settings). COACH_LRS_ENDPOINT,
 * COACH_LRS_KEY and COACH_LRS_SECRET override the file, so the key can stay
 * out of it; it never comes from the command line. Every value is checked
 * when read: a bad one is an error naming the file and line (or the
 * variable). */
#ifndef COACH_CONFIG_H
#define COACH_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "error.h"

#define CONF_BATCH_DEFAULT 50
#define CONF_TIMEOUT_DEFAULT 30
#define CONF_RETRIES_DEFAULT 4

typedef struct CoachConfig {
    char path[4096];          /* the file read ("" when no path could be made) */
    bool exists;              /* the file was there */
    bool readable_by_others;  /* it holds a key or secret and others may read it */
    /* each string is owned (NULL: not set) */
    char *endpoint;           /* the xAPI base URL, without a trailing slash */
    char *key, *secret;       /* HTTP Basic credentials of the LRS client */
    char *home_page;          /* account homePage */
    char *account;            /* account name */
    char *activity_base;      /* where activity IRIs start */
    char *ca_file;            /* extra CA certificates (PEM) for the LRS's TLS */
    long batch;               /* statements per request, 1-1000 */
    long timeout;             /* seconds a request may take, 1-600 */
    long retries;             /* tries after a failed one, 0-10 */
    bool sync_after_call;     /* the window syncs in the background after each call */
    char *trainee;            /* who practises on this computer (the window asks once) */
    char endpoint_from[4200]; /* where endpoint was set: "FILE:LINE" or the variable */
    char key_from[4200];      /* where key was set, likewise ("" when not set) */
} CoachConfig;

/* Sets every field to its default: nothing set, defaults for the numbers. */
void conf_init(CoachConfig *config);

/* Frees the strings (wiping the key and secret first) and re-inits. */
void conf_deinit(CoachConfig *config);

/* The default file: $XDG_CONFIG_HOME/discovery-coach/config, else
 * $HOME/.config/discovery-coach/config. Error when neither is set. */
int conf_default_path(char *buffer, size_t size, CoachError *err);

/* Reads path (NULL: the default file) into config, which conf_init made.
 * A missing file is no error (config->exists stays false). Errors name the
 * file and line: not "name = value", an unknown or repeated name, a value
 * of the wrong kind, invalid UTF-8, a file over 64 KiB. */
int conf_load(CoachConfig *config, const char *path, CoachError *err);

/* Applies COACH_LRS_ENDPOINT, COACH_LRS_KEY and COACH_LRS_SECRET where set
 * and not empty; a bad endpoint is an error naming the variable. */
int conf_apply_environment(CoachConfig *config, CoachError *err);

/* Reads the default file, then the environment: what commands call. */
int conf_load_default(CoachConfig *config, CoachError *err);

/* Whether url can be an LRS endpoint: an http(s) URL with no user info,
 * query or fragment; plain http only to this machine (localhost,
 * 127.0.0.0/8, [::1]), since the key goes with every request. */
bool conf_is_endpoint(const char *url);

#define CONF_TRAINEE_MAX_BYTES 80

/* Whether name can be a trainee's name: 1 to CONF_TRAINEE_MAX_BYTES bytes
 * of UTF-8, no control characters, no space at either end. */
bool conf_is_trainee_name(const char *name);

/* Sets trainee = name in the settings file at path (NULL: the default
 * file), atomically (a temporary file, fsync, rename): the other lines and
 * comments are kept, the file's mode too; a missing file (and its
 * directory) is made. A file that does not read as settings is left as it
 * is, with its error. */
int conf_save_trainee(const char *path, const char *name, CoachError *err);

/* Prints one line per setting ("  name  what it is") to out, for --help. */
void conf_print_settings(FILE *out);

#endif
