/* lint: the findings of `coach check` (stored, sorted by line, formatted),
 * loading a file through the scenario loader, running every check on a
 * scenario, and the coverage file that scenario tests write. The checks are
 * lint_graph.c and lint_checks.c. See lint.h. */
#include "lint.h"
#include "utf8.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "analyze.h"

#include "lint_internal.h"

struct LintCoverage {
    cJSON *doc;
};

#define LINT_MAX_SOURCE_BYTES (16u * 1024u * 1024u)
#define LINT_MAX_COVERAGE_BYTES (64u * 1024u * 1024u)

LintReport *lint_create(void)
{
    return calloc(1, sizeof(LintReport));
}

void lint_destroy(LintReport *report)
{
    if (report == NULL)
        return;
    free(report->items);
    free(report);
}

size_t lint_count(const LintReport *report)
{
    return report->count;
}

const LintFinding *lint_finding(const LintReport *report, size_t index)
{
    return index < report->count ? &report->items[index] : NULL;
}

size_t lint_error_count(const LintReport *report)
{
    return report->errors;
}

size_t lint_warning_count(const LintReport *report)
{
    return report->warnings;
}

const char *lint_severity_name(LintSeverity severity)
{
    return severity == LINT_ERROR ? "error" : "warning";
}

void lint_format(const LintFinding *finding, char *buffer, size_t size)
{
    if (size == 0)
        return;
    if (finding->line > 0)
        snprintf(buffer, size, "%s:%d: %s: %s [%s]", finding->file, finding->line,
                 lint_severity_name(finding->severity), finding->message, finding->code);
    else
        snprintf(buffer, size, "%s: %s: %s [%s]", finding->file, lint_severity_name(finding->severity),
                 finding->message, finding->code);
}

/* Replaces bytes that are not valid UTF-8 (a scenario may hold any bytes,
 * and messages quote it) and control characters with '?', in place. */
static void replace_invalid_utf8(char *text)
{
    size_t len = strlen(text);
    size_t at = 0;
    while (at < len) {
        size_t length = utf8_next(text + at, len - at, NULL);
        if (length == 0) {
            text[at++] = '?';
            continue;
        }
        if (length == 1 && ((unsigned char)text[at] < 0x20 || text[at] == 0x7F))
            text[at] = '?';
        at += length;
    }
}

#if defined(__GNUC__)
__attribute__((format(printf, 6, 7)))
#endif
static int add_finding(LintReport *report, LintSeverity severity, const char *code, const char *file,
                       int line, const char *format, ...)
{
    if (report->count == report->capacity) {
        size_t capacity = report->capacity == 0 ? 16 : report->capacity * 2;
        LintFinding *items = realloc(report->items, capacity * sizeof *items);
        if (items == NULL)
            return COACH_ENOMEM;
        report->items = items;
        report->capacity = capacity;
    }
    LintFinding *finding = &report->items[report->count++];
    memset(finding, 0, sizeof *finding);
    finding->severity = severity;
    finding->code = code;
    snprintf(finding->file, sizeof finding->file, "%s", file != NULL ? file : "");
    finding->line = line;
    va_list args;
    va_start(args, format);
    vsnprintf(finding->message, sizeof finding->message, format, args);
    va_end(args);
    replace_invalid_utf8(finding->message);
    if (severity == LINT_ERROR)
        report->errors++;
    else
        report->warnings++;
    return 0;
}

/* Reads a whole regular file of at most limit bytes, NUL-terminated.
 * Returns NULL with errno-like why filled. Caller frees. */
static char *read_whole(const char *path, size_t limit, size_t *length, const char **why)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        *why = strerror(errno);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        *why = S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file";
        return NULL;
    }
    if ((unsigned long long)st.st_size > limit) {
        *why = "file too large";
        return NULL;
    }
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        *why = strerror(errno);
        return NULL;
    }
    size_t size = (size_t)st.st_size;
    char *text = malloc(size + 1);
    if (text == NULL) {
        fclose(file);
        *why = "out of memory";
        return NULL;
    }
    size_t got = fread(text, 1, size, file);
    bool failed = ferror(file) != 0;
    fclose(file);
    if (failed) {
        free(text);
        *why = "read error";
        return NULL;
    }
    text[got] = '\0';
    if (length != NULL)
        *length = got;
    return text;
}

/* The label id closest to name, or NULL when none is close. */
static const char *closest_label(const char *name)
{
    const char *best = NULL;
    size_t best_distance = 4;
    for (int label = 0; label < AN_LABEL_COUNT; label++) {
        size_t distance = scn_edit_distance(name, an_label_name((AnLabel)label));
        if (distance < best_distance) {
            best_distance = distance;
            best = an_label_name((AnLabel)label);
        }
    }
    return best;
}

/* The runtime rejects some graph problems while loading (it cannot run
 * with them); their messages name the problem, and check gives them the
 * code they would have had as findings. Anything else is a lua-error. */
typedef struct LoadErrorCode {
    const char *phrase;
    const char *code;
} LoadErrorCode;

static const LoadErrorCode load_error_codes[] = {
    {"not valid UTF-8", "invalid-utf8"},
    {"is not defined", "unknown-global"},
    {"did you forget the inner braces", "list-of-lists"},
    {"is not a state variable", "unknown-state"},
    {"is not a number variable", "unknown-state"},
    {"is not a node (did", "unknown-state"},
    {"s.visits: '", "unknown-state"},
    {"is not a placeholder", "unknown-placeholder"},
    {"is not a target kind", "unknown-kind"},
    {"is a number, not a", "state-type"},
    {"is a boolean, not a", "state-type"},
    {"is a string, not a", "state-type"},
    {"is a number from 0 to 100", "state-type"},
    {"outside", "state-type"},
    {"is above max", "state-type"},
    {"is not a label id", "unknown-label"},
    {"names unknown node", "undefined-target"},
    {"reveals unknown target", "undefined-target"},
    {"is declared twice", "duplicate-id"},
    {"is used twice", "duplicate-id"},
    {"so it needs otherwise", "dead-end"},
};

static int sort_by_line(LintReport *report, size_t first);

const char *lint_code_for_load_error(const char *message)
{
    for (size_t i = 0; i < sizeof load_error_codes / sizeof load_error_codes[0]; i++)
        if (strstr(message, load_error_codes[i].phrase) != NULL)
            return load_error_codes[i].code;
    return "lua-error";
}

/* Each problem of a file that does not load, as a finding. */
typedef struct LoadProblems {
    LintReport *report;
    const char *path;
    int status;
} LoadProblems;

static void add_load_problem(void *context, const CoachError *problem)
{
    LoadProblems *problems = context;
    if (problems->status != 0 || problem->code == COACH_EIO || problem->code == COACH_ENOMEM)
        return;
    const char *file = problem->file[0] != '\0' ? problem->file : problems->path;
    const char *code = lint_code_for_load_error(problem->message);
    char suggestion[96] = "";
    const char *quoted = strchr(problem->message, '\'');
    if (strcmp(code, "unknown-label") == 0 && quoted != NULL && strstr(problem->message, "did you mean") == NULL) {
        char name[64];
        size_t length = strcspn(quoted + 1, "'");
        if (length < sizeof name) {
            memcpy(name, quoted + 1, length);
            name[length] = '\0';
            const char *closest = closest_label(name);
            if (closest != NULL)
                snprintf(suggestion, sizeof suggestion, " (did you mean '%s'?)", closest);
        }
    }
    problems->status = add_finding(problems->report, LINT_ERROR, code, file, problem->line, "%s%s",
                                   problem->message, suggestion);
}

int lint_file(LintReport *report, const char *path, const LintCoverage *coverage, CoachError *err)
{
    const char *why = NULL;
    char *probe = read_whole(path, LINT_MAX_SOURCE_BYTES, NULL, &why);
    if (probe == NULL)
        return err_set(err, COACH_EIO, path, 0, "cannot read scenario: %s", why);
    free(probe);

    CoachError load_error;
    err_clear(&load_error);
    size_t first = report->count;
    LoadProblems problems = {report, path, 0};
    Scenario *scenario = scn_load_reporting(path, NULL, add_load_problem, &problems, &load_error);
    if (scenario == NULL) {
        if (load_error.code == COACH_EIO) {
            if (err != NULL)
                *err = load_error;
            return COACH_EIO;
        }
        if (load_error.code == COACH_ENOMEM || problems.status != 0 || sort_by_line(report, first) != 0)
            return err_set(err, COACH_ENOMEM, path, 0, "out of memory");
        return 0;
    }
    int result = lint_scenario(report, scenario, coverage);
    scn_unload(scenario);
    if (result == COACH_ENOMEM)
        err_set(err, COACH_ENOMEM, path, 0, "out of memory");
    return result;
}



#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
void lint_note(LintContext *context, LintSeverity severity, const char *code, int line,
               const char *format, ...)
{
    if (context->status != 0)
        return;
    char message[LINT_MESSAGE_BYTES];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    context->status = add_finding(context->report, severity, code, context->file, line, "%s", message);
}

int lint_info_line(const LintContext *context)
{
    return context->info->line > 0 ? context->info->line : 1;
}

int lint_edge_line(const ScnNode *node, const ScnEdge *edge)
{
    return edge->line > 0 ? edge->line : node->line;
}
typedef struct LineAt {
    int line;
    size_t at;
} LineAt;

static int compare_line_at(const void *a, const void *b)
{
    const LineAt *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* Orders findings[first..] by line, keeping the order of equal lines. The
 * checks each report in node order, so the findings come as several sorted
 * runs: an insertion sort was quadratic on a file with 100,000 findings. */
static int sort_by_line(LintReport *report, size_t first)
{
    size_t count = report->count - first;
    if (count < 2)
        return 0;
    LineAt *order = malloc(count * sizeof *order);
    if (order == NULL)
        return COACH_ENOMEM;
    for (size_t i = 0; i < count; i++)
        order[i] = (LineAt){report->items[first + i].line, i};
    qsort(order, count, sizeof *order, compare_line_at);
    /* Put each finding in place by following the permutation's cycles, so
     * no second array of findings (1.5 KB each) is needed. */
    LintFinding *items = report->items + first;
    for (size_t start = 0; start < count; start++) {
        if (order[start].at == start || order[start].at == (size_t)-1)
            continue;
        LintFinding held = items[start];
        size_t at = start;
        while (order[at].at != start) {
            size_t from = order[at].at;
            items[at] = items[from];
            order[at].at = (size_t)-1;
            at = from;
        }
        items[at] = held;
        order[at].at = (size_t)-1;
    }
    free(order);
    return 0;
}

int lint_scenario(LintReport *report_out, Scenario *scenario, const LintCoverage *coverage)
{
    LintContext context;
    memset(&context, 0, sizeof context);
    size_t first = report_out->count;
    context.report = report_out;
    context.scenario = scenario;
    context.info = scn_info(scenario);
    context.file = context.info->path != NULL ? context.info->path : "";
    context.node_count = scn_node_count(scenario);
    const char *why = NULL;
    char *source = read_whole(context.file, LINT_MAX_SOURCE_BYTES, NULL, &why);
    context.source = source;
    size_t count = context.node_count + 1;
    context.dynamic = calloc(count, sizeof *context.dynamic);
    context.static_refs = calloc(count, sizeof *context.static_refs);
    context.possible = calloc(count, sizeof *context.possible);
    if (context.dynamic == NULL || context.static_refs == NULL ||
        context.possible == NULL) {
        context.status = COACH_ENOMEM;
        goto cleanup;
    }
    context.status = lint_compute_reachability(&context);
    if (context.status != 0)
        goto cleanup;
    lint_check_metadata(&context);
    lint_check_duplicate_ids(&context);
    lint_check_targets_of_edges(&context);
    lint_check_reachability(&context);
    lint_check_ways_on(&context);
    lint_check_ways_out(&context);
    lint_check_functions(&context);
    lint_check_misses(&context);
    lint_check_repeats(&context);
    lint_check_cues(&context);
    lint_check_targets(&context);
    lint_check_coverage(&context, coverage);
    if (context.status == 0)
        context.status = sort_by_line(report_out, first);
cleanup:
    free(context.dynamic);
    free(context.static_refs);
    free(context.possible);
    free(source);
    return context.status;
}

/* --- coverage --------------------------------------------------------------- */

static int line_of_offset(const char *text, size_t offset)
{
    int line = 1;
    for (size_t i = 0; i < offset && text[i] != '\0'; i++)
        if (text[i] == '\n')
            line++;
    return line;
}

LintCoverage *lint_coverage_load(const char *path, CoachError *err)
{
    const char *why = NULL;
    size_t length = 0;
    char *text = read_whole(path, LINT_MAX_COVERAGE_BYTES, &length, &why);
    if (text == NULL) {
        err_set(err, COACH_EIO, path, 0, "cannot read coverage: %s", why);
        return NULL;
    }
    const char *end = NULL;
    cJSON *doc = cJSON_ParseWithLengthOpts(text, length, &end, false);
    if (doc == NULL) {
        size_t offset = end != NULL && end >= text ? (size_t)(end - text) : 0;
        err_set(err, COACH_EPARSE, path, line_of_offset(text, offset), "coverage is not valid JSON");
        free(text);
        return NULL;
    }
    free(text);
    const cJSON *scenarios = cJSON_GetObjectItemCaseSensitive(doc, "scenarios");
    if (!cJSON_IsObject(scenarios) && !cJSON_IsArray(scenarios)) {
        err_set(err, COACH_EPARSE, path, 1,
                "coverage has no \"scenarios\" list (write it with coach test --coverage-json)");
        cJSON_Delete(doc);
        return NULL;
    }
    LintCoverage *coverage = calloc(1, sizeof *coverage);
    if (coverage == NULL) {
        cJSON_Delete(doc);
        err_set(err, COACH_ENOMEM, path, 0, "out of memory");
        return NULL;
    }
    coverage->doc = doc;
    return coverage;
}

void lint_coverage_destroy(LintCoverage *coverage)
{
    if (coverage == NULL)
        return;
    cJSON_Delete(coverage->doc);
    free(coverage);
}

/* The entry of scenario_id: "scenarios" is a list of {"id": ...} objects
 * (what `coach test --coverage-json` writes) or an object keyed by id. */
static const cJSON *coverage_entry(const LintCoverage *coverage, const char *scenario_id)
{
    const cJSON *scenarios = cJSON_GetObjectItemCaseSensitive(coverage->doc, "scenarios");
    if (cJSON_IsObject(scenarios))
        return cJSON_GetObjectItemCaseSensitive(scenarios, scenario_id);
    const cJSON *entry = NULL;
    cJSON_ArrayForEach(entry, scenarios)
    {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(entry, "id");
        if (cJSON_IsObject(entry) && cJSON_IsString(id) && strcmp(id->valuestring, scenario_id) == 0)
            return entry;
    }
    return NULL;
}

bool lint_coverage_has_scenario(const LintCoverage *coverage, const char *scenario_id)
{
    return cJSON_IsObject(coverage_entry(coverage, scenario_id));
}

/* True when list (an array of ids) holds ending. */
static bool list_holds(const cJSON *list, const char *ending)
{
    const cJSON *item = NULL;
    cJSON_ArrayForEach(item, list)
    {
        if (cJSON_IsString(item) && strcmp(item->valuestring, ending) == 0)
            return true;
    }
    return false;
}

bool lint_coverage_route_taken(const LintCoverage *coverage, const char *scenario_id, const char *id,
                               bool *known)
{
    *known = false;
    const cJSON *entry = coverage_entry(coverage, scenario_id);
    if (!cJSON_IsObject(entry))
        return false;
    static const char *const groups[] = {"routes", "options"};
    bool taken = false;
    for (size_t g = 0; g < 2; g++) {
        const cJSON *group = cJSON_GetObjectItemCaseSensitive(entry, groups[g]);
        if (!cJSON_IsObject(group))
            continue;
        *known = true;
        taken = taken || list_holds(cJSON_GetObjectItemCaseSensitive(group, "taken"), id);
    }
    return taken;
}

bool lint_coverage_reached(const LintCoverage *coverage, const char *scenario_id, const char *ending)
{
    const cJSON *entry = coverage_entry(coverage, scenario_id);
    if (!cJSON_IsObject(entry))
        return false;
    /* {"endings": {"reached": [...]}} as coach test writes it; also a plain
     * list under "endings_reached" or "endings". */
    const cJSON *endings = cJSON_GetObjectItemCaseSensitive(entry, "endings");
    if (cJSON_IsObject(endings) && list_holds(cJSON_GetObjectItemCaseSensitive(endings, "reached"), ending))
        return true;
    if (cJSON_IsArray(endings) && list_holds(endings, ending))
        return true;
    return list_holds(cJSON_GetObjectItemCaseSensitive(entry, "endings_reached"), ending);
}
