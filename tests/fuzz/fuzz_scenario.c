/* fuzz_scenario: one fuzz input as an untrusted scenario file plus a script,
 * through load, check and a whole session (issue 15).
 *
 * The input is split at the first 0xFF byte (never valid UTF-8): before it
 * the scenario file's text, after it the script, one trainee move a line
 * ("#N" picks option N, anything else is typed), as `coach run` reads one.
 * The file is written to a private directory (with lib/helpers.lua beside
 * it, so include works) and loaded with a small memory cap and budget.
 *
 * Besides the sanitizers, the runtime's promises are checked: a load error
 * names the file; check finishes; a session that does not fail gives a log
 * document that is valid UTF-8 JSON with finite numbers that log_validate
 * (what report and export read with) accepts, with state snapshots near
 * their budget. Used by libFuzzer (LLVMFuzzerTestOneInput) and by the corpus
 * replay test (replay.c). */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "analyze.h"
#include "lint.h"
#include "log.h"
#include "scenario.h"
#include "session.h"
#include "utf8.h"

int coach_fuzz_one(const uint8_t *data, size_t size);

enum { FUZZ_MAX_MOVES = 40 };

static void require(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz: broken promise: %s\n", what);
        abort();
    }
}

static Analyzer *shared_analyzer(void)
{
    static Analyzer *analyzer;
    if (analyzer == NULL) {
        char path[4200];
        const char *root = getenv("COACH_ROOT");
        snprintf(path, sizeof path, "%s/assets/lexicon.lua", root != NULL && root[0] ? root : COACH_SOURCE_DIR);
        CoachError err;
        analyzer = an_create(path, &err);
        if (analyzer == NULL) {
            char line[2048];
            err_format(&err, line, sizeof line);
            fprintf(stderr, "fuzz: %s\n", line);
            abort();
        }
    }
    return analyzer;
}

/* The private directory's scenario path, made once per process. */
static const char *scenario_path(void)
{
    static char path[256];
    if (path[0] == '\0') {
        char dir[200];
        snprintf(dir, sizeof dir, "/tmp/coach-fuzz-scenario-%ld", (long)getpid());
        char lib[240];
        snprintf(lib, sizeof lib, "%s/lib", dir);
        if ((mkdir(dir, 0700) != 0 && access(dir, W_OK) != 0) || (mkdir(lib, 0700) != 0 && access(lib, W_OK) != 0))
            require(0, "a private directory for the scenario");
        char helpers[260];
        snprintf(helpers, sizeof helpers, "%s/helpers.lua", lib);
        FILE *file = fopen(helpers, "wb");
        require(file != NULL, "lib/helpers.lua written");
        fputs("local M = {}\nfunction M.twice(x) return x .. x end\n"
              "function M.spin() local n = 0 while true do n = n + 1 end end\nreturn M\n",
              file);
        fclose(file);
        snprintf(path, sizeof path, "%s/fuzz.lua", dir);
    }
    return path;
}

/* Every number in the document is finite and every string valid UTF-8
 * (cJSON prints NaN and infinities as null, so check the values). */
static void check_values(const cJSON *item)
{
    for (; item != NULL; item = item->next) {
        if (cJSON_IsNumber(item))
            require(item->valuedouble == item->valuedouble && item->valuedouble < 1e300 &&
                        item->valuedouble > -1e300,
                    "numbers in the log are finite");
        if (cJSON_IsString(item))
            require(utf8_invalid_at(item->valuestring, strlen(item->valuestring)) ==
                        strlen(item->valuestring),
                    "strings in the log are valid UTF-8");
        if (item->string != NULL)
            require(utf8_invalid_at(item->string, strlen(item->string)) == strlen(item->string),
                    "keys in the log are valid UTF-8");
        check_values(item->child);
    }
}

static void check_log(const Session *session)
{
    cJSON *doc = ses_log_document(session);
    require(doc != NULL, "a log document");
    check_values(doc);
    char *text = cJSON_PrintUnformatted(doc);
    require(text != NULL, "the log prints");
    size_t length = strlen(text);
    require(utf8_invalid_at(text, length) == length, "the log is valid UTF-8");
    cJSON *parsed = cJSON_Parse(text);
    require(parsed != NULL, "the log parses");
    CoachError err;
    err_clear(&err);
    if (log_validate(parsed, "fuzz.json", &err) != COACH_OK) {
        fprintf(stderr, "fuzz: %s\n", err.message);
        require(0, "log_validate accepts the log");
    }
    const cJSON *turn = NULL;
    cJSON_ArrayForEach(turn, cJSON_GetObjectItemCaseSensitive(parsed, "turns"))
    {
        char *state = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(turn, "state"));
        require(state == NULL || strlen(state) < 64 * 1024, "a state snapshot keeps near its budget");
        free(state);
    }
    cJSON_Delete(parsed);
    free(text);
    cJSON_Delete(doc);
}

int coach_fuzz_one(const uint8_t *data, size_t size)
{
    const uint8_t *split = memchr(data, 0xFF, size);
    size_t source_len = split != NULL ? (size_t)(split - data) : size;
    const char *script = split != NULL ? (const char *)split + 1 : "";
    size_t script_len = split != NULL ? size - source_len - 1 : 0;

    const char *path = scenario_path();
    FILE *file = fopen(path, "wb");
    require(file != NULL, "the scenario file written");
    if (source_len > 0)
        fwrite(data, 1, source_len, file);
    fclose(file);

    CoachError err;
    err_clear(&err);
    ScnLimits limits = {.memory_bytes = 16 * 1024 * 1024, .instructions_per_call = 200000};
    Scenario *scenario = scn_load(path, &limits, &err);
    if (scenario == NULL) {
        require(err.code != COACH_OK && err.message[0] != '\0', "a load error says what went wrong");
        require(err.file[0] != '\0', "a load error names a file");
        return 0;
    }
    LintReport *report = lint_create();
    require(report != NULL, "lint_create");
    lint_scenario(report, scenario, NULL);
    for (size_t i = 0; i < lint_count(report); i++) {
        const char *message = lint_finding(report, i)->message;
        require(utf8_invalid_at(message, strlen(message)) == strlen(message), "check's messages are UTF-8");
    }
    lint_destroy(report);

    SesOptions options = {.trainee = "fuzz", .no_log = true};
    Session *session = ses_create(scenario, shared_analyzer(), &options, &err);
    if (session == NULL) {
        scn_unload(scenario);
        return 0;
    }
    if (ses_start(session, &err) == COACH_OK) {
        size_t at = 0;
        for (int moves = 0; moves < FUZZ_MAX_MOVES && at < script_len; moves++) {
            SesState state = ses_state(session);
            if (state != SES_AWAIT_TEXT && state != SES_AWAIT_CHOICE)
                break;
            const char *line = script + at;
            const char *end = memchr(line, '\n', script_len - at);
            size_t length = end != NULL ? (size_t)(end - line) : script_len - at;
            at += length + (end != NULL ? 1 : 0);
            if (length >= 2 && line[0] == '#' && line[1] >= '1' && line[1] <= '9' && state == SES_AWAIT_CHOICE)
                ses_answer_choice(session, (size_t)(line[1] - '1'), &err);
            else if (ses_accepts_text(session))
                ses_answer_text(session, line, length, &err);
            else if (ses_choice_count(session) > 0)
                ses_answer_choice(session, 0, &err);
        }
    }
    if (ses_state(session) == SES_FAILED) {
        const CoachError *why = ses_error(session);
        require(why != NULL && why->message[0] != '\0', "a failed session says why");
    }
    check_log(session);
    ses_destroy(session);
    return 0;
}

#ifdef COACH_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return coach_fuzz_one(data, size);
}
#endif
