/* cli: what every subcommand shares: where the project's files are, the
 * default scenario and analyser, and how errors are printed. See cli.h. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char root_buffer[4096];

const char *cli_root(void)
{
    if (root_buffer[0] != '\0')
        return root_buffer;
    const char *env = getenv("COACH_ROOT");
    struct stat st;
    char probe[4200];
    if (env != NULL && env[0] != '\0') {
        snprintf(root_buffer, sizeof root_buffer, "%s", env);
        return root_buffer;
    }
    /* installed (cmake --install, the .deb): <prefix>/bin/coach and <prefix>/share/discovery-coach */
    char exe[4000];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash != NULL)
            *slash = '\0';
        snprintf(probe, sizeof probe, "%s/../share/discovery-coach/assets/lexicon.lua", exe);
        if (stat(probe, &st) == 0) {
            snprintf(root_buffer, sizeof root_buffer, "%s/../share/discovery-coach", exe);
            return root_buffer;
        }
    }
    /* built, not installed: the source tree it was built from */
    snprintf(probe, sizeof probe, "%s/assets/lexicon.lua", COACH_SOURCE_DIR);
    if (stat(probe, &st) == 0) {
        snprintf(root_buffer, sizeof root_buffer, "%s", COACH_SOURCE_DIR);
        return root_buffer;
    }
    if (n > 0) {
        snprintf(root_buffer, sizeof root_buffer, "%s/..", exe);
        return root_buffer;
    }
    snprintf(root_buffer, sizeof root_buffer, ".");
    return root_buffer;
}

void cli_path(char *buffer, size_t size, const char *relative)
{
    snprintf(buffer, size, "%s/%s", cli_root(), relative);
}

const char *cli_default_scenario(void)
{
    static char path[4200];
    if (path[0] == '\0')
        cli_path(path, sizeof path, "scenarios/plant_downtime.lua");
    return path;
}

Analyzer *cli_analyzer(CoachError *err)
{
    char path[4200];
    cli_path(path, sizeof path, "assets/lexicon.lua");
    return an_create(path, err);
}

static void cli_put_safe(const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++)
        fputc(*p < 0x20 || *p == 0x7F ? '?' : *p, stderr);
}

/* A scenario's error message is the scenario's text (error("\27]0;...")):
 * control characters reach the terminal as '?'. */
void cli_print_error(const CoachError *err)
{
    char line[2048];
    err_format(err, line, sizeof line);
    fputs("coach: ", stderr);
    cli_put_safe(line);
    fputc('\n', stderr);
}

void cli_print_skipped(const CoachError *warning)
{
    cli_put_safe(warning->file);
    fprintf(stderr, ":%d: warning: ", warning->line > 0 ? warning->line : 1);
    cli_put_safe(warning->message);
    fputs("; skipped\n", stderr);
}

void cli_scenario_folders(char *buffer, size_t size, const char *extra)
{
    char builtin[4200], own[4200] = "";
    cli_path(builtin, sizeof builtin, "scenarios");
    const char *data = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    if (data != NULL && data[0] == '/')
        snprintf(own, sizeof own, "%s/discovery-coach/scenarios", data);
    else if (home != NULL && home[0] == '/')
        snprintf(own, sizeof own, "%s/.local/share/discovery-coach/scenarios", home);
    snprintf(buffer, size, "%s%s%s%s%s", builtin, own[0] ? "\n" : "", own, extra != NULL ? "\n" : "",
             extra != NULL ? extra : "");
}
