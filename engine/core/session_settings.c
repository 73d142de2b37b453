/* session_settings: see session_settings.h. */
#include "session_settings.h"

#include <string.h>

void ses_settings_options(const SesSettings *settings, const char *lexicon_path, SesOptions *options)
{
    memset(options, 0, sizeof *options);
    options->trainee = settings->trainee;
    options->log_dir = settings->log_dir;
    options->no_log = settings->no_log;
    options->has_seed = settings->has_seed;
    options->seed = settings->has_seed ? settings->seed : 0;
    options->lexicon_path = lexicon_path;
    options->log_queue = settings->log_queue;
}
