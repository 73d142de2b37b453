/* lint: see lint.h. */
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

struct LintReport {
    LintFinding *items;
    size_t count, capacity;
    size_t errors, warnings;
};

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

typedef struct LintContext {
    LintReport *report;
    Scenario *scenario;
    const ScnInfo *info;
    const char *file;
    const char *source;       /* the file's text, or NULL when unreadable */
    size_t node_count;
    bool *possible;           /* reachable from the start over static edges, or
                                 through ids a route function may return */
    bool *dynamic;            /* routing partly decided by a function */
    size_t *static_refs;      /* static edges (and the start) naming each node */
    int status;
} LintContext;

/* How many times id appears in source as a whole quoted string ("id" or 'id'). */
static size_t count_quoted_mentions(const char *source, const char *id)
{
    if (source == NULL || id == NULL || id[0] == '\0')
        return 0;
    size_t count = 0, length = strlen(id);
    for (const char *at = strstr(source, id); at != NULL; at = strstr(at + 1, id)) {
        if (at == source)
            continue;
        char before = at[-1], after = at[length];
        if ((before == '"' || before == '\'') && after == before)
            count++;
    }
    return count;
}

/* count_quoted_mentions() for every node at once, in one pass per quote
 * character: the text between a quote and the next same quote is looked up
 * as a node id (a search of the whole file per node was quadratic: minutes
 * for 100,000 nodes). An id holding a quote character is counted the slow
 * way, as its quoted mentions need not lie between consecutive quotes. */
static void count_all_quoted_mentions(const LintContext *context, size_t *counts)
{
    const char *source = context->source;
    for (const char *quote = "\"'"; *quote != '\0'; quote++) {
        const char *at = strchr(source, *quote);
        while (at != NULL) {
            const char *close = strchr(at + 1, *quote);
            if (close == NULL)
                break;
            int node = close > at + 1 ? scn_find_node_span(context->scenario, at + 1, (size_t)(close - at - 1))
                                      : -1;
            if (node >= 0)
                counts[node]++;
            at = close;
        }
    }
    for (size_t i = 0; i < context->node_count; i++) {
        const char *id = scn_node(context->scenario, i)->id;
        if (strpbrk(id, "\"'") != NULL)
            counts[i] = count_quoted_mentions(source, id);
    }
}

/* Edit distance of two short ASCII words (capped at 64 bytes each). */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64)
        return 64;
    size_t row[65];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t above = row[j];
            size_t best = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            if (above + 1 < best)
                best = above + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diagonal = above;
        }
    }
    return row[lb];
}

/* The label id closest to name, or NULL when none is close. */
static const char *closest_label(const char *name)
{
    const char *best = NULL;
    size_t best_distance = 4;
    for (int label = 0; label < AN_LABEL_COUNT; label++) {
        size_t distance = edit_distance(name, an_label_name((AnLabel)label));
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

static const char *code_for_load_error(const char *message)
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
    const char *code = code_for_load_error(problem->message);
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

/* --- the checks ------------------------------------------------------------- */


#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
static void report(LintContext *context, LintSeverity severity, const char *code, int line,
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

static int info_line(const LintContext *context)
{
    return context->info->line > 0 ? context->info->line : 1;
}

static int edge_line(const ScnNode *node, const ScnEdge *edge)
{
    return edge->line > 0 ? edge->line : node->line;
}

static bool node_is_dynamic(const ScnNode *node)
{
    if (node->has_route_function)
        return true;
    for (size_t e = 0; e < node->edge_count; e++)
        if (node->edges[e].to == NULL)
            return true;
    return false;
}

static void check_targets_of_edges(LintContext *context)
{
    Scenario *scenario = context->scenario;
    const char *start = context->info->start;
    if (start == NULL || start[0] == '\0')
        report(context, LINT_ERROR, "undefined-target", info_line(context),
               "the scenario names no start node (start = \"node id\")");
    else if (scn_find_node(scenario, start) < 0)
        report(context, LINT_ERROR, "undefined-target", info_line(context),
               "start = \"%s\", which is not a node", start);
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t e = 0; e < node->edge_count; e++) {
            const ScnEdge *edge = &node->edges[e];
            if (edge->to == NULL || edge->kind == SCN_ROUTE_FUNCTION ||
                scn_find_node(scenario, edge->to) >= 0)
                continue;
            if (edge->kind == SCN_ROUTE_OTHERWISE)
                report(context, LINT_ERROR, "undefined-target", edge_line(node, edge),
                       "node '%s': otherwise = \"%s\", which is not a node", node->id, edge->to);
            else
                report(context, LINT_ERROR, "undefined-target", edge_line(node, edge),
                       "node '%s': %s '%s' leads to \"%s\", which is not a node", node->id,
                       scn_route_kind_name(edge->kind), edge->id != NULL ? edge->id : "?", edge->to);
        }
    }
}

/* Marks every node reachable from start in mark[]. Static edges are
 * followed, and a node whose routing is partly a function also leads to
 * every node the file names outside static links (maybe_named[]), since a
 * function may return any of those ids. */
static void walk(const LintContext *context, int start, const bool *maybe_named,
                 bool *mark, size_t *queue)
{
    Scenario *scenario = context->scenario;
    size_t head = 0, tail = 0;
    bool named_added = false;
    mark[start] = true;
    queue[tail++] = (size_t)start;
    while (head < tail) {
        size_t index = queue[head++];
        const ScnNode *node = scn_node(scenario, index);
        for (size_t e = 0; e < node->edge_count; e++) {
            const ScnEdge *edge = &node->edges[e];
            int next = edge->to != NULL ? scn_find_node(scenario, edge->to) : -1;
            if (next >= 0 && !mark[next]) {
                mark[next] = true;
                queue[tail++] = (size_t)next;
            }
        }
        if (context->dynamic[index] && !named_added) {
            named_added = true;
            for (size_t j = 0; j < context->node_count; j++)
                if (maybe_named[j] && !mark[j]) {
                    mark[j] = true;
                    queue[tail++] = j;
                }
        }
    }
}

static int compute_reachability(LintContext *context)
{
    Scenario *scenario = context->scenario;
    size_t count = context->node_count;
    for (size_t i = 0; i < count; i++)
        context->dynamic[i] = node_is_dynamic(scn_node(scenario, i));
    int start = context->info->start != NULL ? scn_find_node(scenario, context->info->start) : -1;
    if (start >= 0)
        context->static_refs[start]++;
    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t e = 0; e < node->edge_count; e++) {
            int target = node->edges[e].to != NULL ? scn_find_node(scenario, node->edges[e].to) : -1;
            if (target >= 0)
                context->static_refs[target]++;
        }
    }
    if (start < 0)
        return 0;
    size_t *queue = malloc((count + 1) * sizeof *queue);
    bool *maybe_named = calloc(count + 1, sizeof *maybe_named);
    if (queue == NULL || maybe_named == NULL) {
        free(queue);
        free(maybe_named);
        return COACH_ENOMEM;
    }
    /* Named in the file besides its declaration and its static links (or the
     * file cannot be read: then assume so). */
    size_t *mentions = context->source != NULL ? calloc(count + 1, sizeof *mentions) : NULL;
    if (context->source != NULL && mentions == NULL) {
        free(queue);
        free(maybe_named);
        return COACH_ENOMEM;
    }
    if (mentions != NULL)
        count_all_quoted_mentions(context, mentions);
    for (size_t i = 0; i < count; i++)
        maybe_named[i] = mentions == NULL || mentions[i] > 1 + context->static_refs[i];
    free(mentions);
    walk(context, start, maybe_named, context->possible, queue);
    free(queue);
    free(maybe_named);
    return 0;
}

static void check_reachability(LintContext *context)
{
    Scenario *scenario = context->scenario;
    if (scn_find_node(scenario, context->info->start != NULL ? context->info->start : "") < 0)
        return; /* reported as undefined-target; every node would look unreachable */
    bool dynamic = false;
    for (size_t i = 0; i < context->node_count; i++)
        if (context->possible[i] && context->dynamic[i])
            dynamic = true;
    size_t endings = 0, possible_endings = 0;
    for (size_t i = 0; i < context->node_count; i++) {
        if (!scn_node(scenario, i)->is_ending)
            continue;
        endings++;
        possible_endings += context->possible[i];
    }
    if (endings == 0)
        report(context, LINT_ERROR, "no-ending", info_line(context),
               "the scenario has no ending node (ending = { outcome = ..., success = ... })");
    else if (possible_endings == 0 && dynamic)
        report(context, LINT_WARNING, "no-ending", info_line(context),
               "no path from the start reaches an ending, and no route function names one");
    else if (possible_endings == 0)
        report(context, LINT_ERROR, "no-ending", info_line(context),
               "no path from the start reaches an ending: the call can never finish");
    for (size_t i = 0; i < context->node_count; i++) {
        if (context->possible[i])
            continue;
        const ScnNode *node = scn_node(scenario, i);
        const char *code = node->is_ending ? "unreachable-ending" : "unreachable-node";
        const char *what = node->is_ending ? "ending" : "node";
        if (!dynamic)
            report(context, LINT_ERROR, code, node->line,
                   "%s '%s' is unreachable: no path from the start '%s' leads to it", what, node->id,
                   context->info->start);
        else
            report(context, LINT_WARNING, code, node->line,
                   "%s '%s' looks unreachable: no path from the start leads to it, and no route "
                   "function names it", what, node->id);
    }
}

static void check_ways_on(LintContext *context)
{
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(context->scenario, i);
        if (node->is_ending)
            continue;
        bool has_otherwise = false, has_choice = false;
        for (size_t e = 0; e < node->edge_count; e++) {
            if (node->edges[e].kind == SCN_ROUTE_OTHERWISE)
                has_otherwise = true;
            if (node->edges[e].kind == SCN_ROUTE_CHOICE)
                has_choice = true;
        }
        size_t static_edges = 0;
        for (size_t e = 0; e < node->edge_count; e++)
            if (node->edges[e].kind != SCN_ROUTE_FUNCTION)
                static_edges++;
        if (static_edges == 0 && !node->has_route_function)
            report(context, LINT_ERROR, "dead-end", node->line,
                   "node '%s' has no way on: no routes, choices or otherwise, and it is not an ending",
                   node->id);
        else if (static_edges == 0)
            report(context, LINT_WARNING, "dead-end", node->line,
                   "node '%s' leads on only through its route function; add an otherwise for when it returns nil",
                   node->id);
        else if (node->has_text && !has_otherwise)
            report(context, LINT_WARNING, "dead-end", node->line,
                   "node '%s' accepts typed lines but has no otherwise: a line no rule matches has nowhere to go",
                   node->id);
        else if (!node->has_text && !has_choice && !has_otherwise && !node->has_route_function)
            report(context, LINT_WARNING, "dead-end", node->line,
                   "node '%s' offers no choices and accepts no typed line", node->id);
    }
}

/* A node the call can reach but never leave for an ending (its only option
 * loops back to itself, two nodes that only lead to each other): the call
 * could never finish from there. Found backwards from the endings over the
 * static edges; a node whose routing is partly a function may lead anywhere. */
static void check_ways_out(LintContext *context)
{
    Scenario *scenario = context->scenario;
    size_t count = context->node_count;
    bool any_ending = false;
    for (size_t i = 0; i < count; i++)
        any_ending = any_ending || (context->possible[i] && scn_node(scenario, i)->is_ending);
    if (!any_ending)
        return; /* reported as no-ending */
    size_t edges = 0;
    for (size_t i = 0; i < count; i++)
        edges += scn_node(scenario, i)->edge_count;
    /* reverse adjacency: for each node, the nodes with an edge to it */
    size_t *first = calloc(count + 1, sizeof *first), *from = malloc((edges + 1) * sizeof *from);
    int *target = malloc((edges + 1) * sizeof *target);
    size_t *queue = malloc((count + 1) * sizeof *queue);
    bool *out = calloc(count + 1, sizeof *out);
    if (first == NULL || from == NULL || target == NULL || queue == NULL || out == NULL) {
        context->status = COACH_ENOMEM;
        goto done;
    }
    size_t k = 0;
    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t e = 0; e < node->edge_count; e++, k++) {
            target[k] = node->edges[e].to != NULL ? scn_find_node(scenario, node->edges[e].to) : -1;
            if (target[k] >= 0)
                first[target[k] + 1]++;
        }
    }
    for (size_t i = 0; i < count; i++)
        first[i + 1] += first[i];
    size_t *fill = calloc(count + 1, sizeof *fill);
    if (fill == NULL) {
        context->status = COACH_ENOMEM;
        goto done;
    }
    k = 0;
    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t e = 0; e < node->edge_count; e++, k++)
            if (target[k] >= 0)
                from[first[target[k]] + fill[target[k]]++] = i;
    }
    free(fill);
    size_t head = 0, tail = 0;
    for (size_t i = 0; i < count; i++)
        if (scn_node(scenario, i)->is_ending || context->dynamic[i]) {
            out[i] = true;
            queue[tail++] = i;
        }
    while (head < tail) {
        size_t v = queue[head++];
        for (size_t r = first[v]; r < first[v + 1]; r++)
            if (!out[from[r]]) {
                out[from[r]] = true;
                queue[tail++] = from[r];
            }
    }
    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        if (context->possible[i] && !out[i])
            report(context, LINT_ERROR, "no-way-out", node->line,
                   "no ending can be reached from node '%s': every way on leads back among nodes that "
                   "never end the call (give it a way to an ending)", node->id);
    }
done:
    free(first);
    free(from);
    free(target);
    free(queue);
    free(out);
}

/* One failure of an author's function, once per line and message. */
static void report_function_error(LintContext *context, const CoachError *err, const char *variant)
{
    for (size_t i = 0; i < context->report->count; i++) {
        const LintFinding *seen = &context->report->items[i];
        if (seen->line == err->line && strncmp(seen->message, err->message, strlen(err->message)) == 0)
            return;
    }
    const char *code = code_for_load_error(err->message);
    if (strcmp(code, "lua-error") == 0)
        code = "function-error";
    if (variant[0] != '\0')
        report(context, LINT_ERROR, code, err->line, "%s (with %s)", err->message, variant);
    else
        report(context, LINT_ERROR, code, err->line, "%s", err->message);
}

/* Starts a fresh run in representative state variant; false past the last. */
static bool exercise_begin(LintContext *context, size_t variant, char *description, size_t size)
{
    CoachError err;
    err_clear(&err);
    bool applied = false;
    if (scn_begin(context->scenario, context->info->seed, &err) != COACH_OK) {
        report_function_error(context, &err, "");
        return false;
    }
    if (scn_state_variant(context->scenario, variant, &applied, description, size, &err) != COACH_OK)
        return false;
    if (variant == 0)
        description[0] = '\0';
    return applied;
}

/* Runs every function of every node (say, effects, each rule's test and to,
 * the route function, otherwise, each option's to and effects) once in each
 * representative state (scn_state_variant) in the sandbox: a misspelled
 * variable or a runtime error on a path no test takes is reported here, at
 * its line, instead of in front of a trainee. */
static void check_functions(LintContext *context)
{
    Scenario *scenario = context->scenario;
    AnResult nothing, everything;
    memset(&nothing, 0, sizeof nothing);
    memset(&everything, 0, sizeof everything);
    for (int l = 0; l < AN_LABEL_COUNT; l++)
        everything.labels |= AN_BIT(l);
    char variant_text[160];
    for (size_t variant = 0; context->status == 0; variant++) {
        if (!exercise_begin(context, variant, variant_text, sizeof variant_text))
            break;
        for (size_t i = 0; i < context->node_count && context->status == 0; i++) {
            const ScnNode *node = scn_node(scenario, i);
            if (variant > 0 && !node->has_functions)
                continue;
            CoachError err;
            ScnLine line;
            err_clear(&err);
            if (scn_enter(scenario, (int)i, &line, &err) != COACH_OK)
                report_function_error(context, &err, variant_text);
            if (node->is_ending)
                continue;
            const HearIntent *intents = NULL;
            size_t rules = scn_intents(scenario, (int)i, &intents);
            size_t choices = 0;
            for (size_t e = 0; e < node->edge_count; e++)
                choices += node->edges[e].kind == SCN_ROUTE_CHOICE;
            /* each way on: the route function, every rule, otherwise, every option */
            /* ...with a line of no label, and (from the start) one with every label */
            size_t ways = 2 + rules + choices;
            for (size_t pass = 0; pass < (variant == 0 ? 2 * ways : ways) && context->status == 0; pass++) {
                size_t way = pass % ways;
                exercise_begin(context, variant, variant_text, sizeof variant_text);
                ScnMove move = {.text = "", .analysis = pass < ways ? &nothing : &everything, .choice = -1,
                                .premature_ask = pass >= ways};
                ScnStep step;
                bool passed = false;
                err_clear(&err);
                int rc = COACH_OK;
                if (way == 0) {
                    if (node->has_route_function && node->has_text)
                        rc = scn_route_function(scenario, (int)i, &move, &step, &err);
                } else if (way <= rules) {
                    if (intents[way - 1].has_test)
                        rc = scn_test_rule(scenario, (int)i, way - 1, &move, &passed, &err);
                    if (rc == COACH_OK) {
                        exercise_begin(context, variant, variant_text, sizeof variant_text);
                        move.heard_rule = (int)way;
                        rc = scn_route(scenario, (int)i, &move, &step, &err);
                    }
                } else if (way == rules + 1) {
                    if (node->has_text) {
                        move.heard_rule = -1;
                        rc = scn_route(scenario, (int)i, &move, &step, &err);
                    }
                } else {
                    move.choice = (int)(way - rules - 2);
                    rc = scn_route(scenario, (int)i, &move, &step, &err);
                }
                if (rc != COACH_OK && rc != COACH_ENOMEM)
                    report_function_error(context, &err, variant_text);
            }
        }
    }
    CoachError err;
    scn_begin(scenario, context->info->seed, &err);
}

/* A typed line no route takes should not end the call by surprise: the
 * prospect asks for a clarification first at run time, but the author
 * should say what they meant. */
static void check_misses(LintContext *context)
{
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(context->scenario, i);
        if (node->is_ending || !node->has_text || node->closing || !context->possible[i])
            continue; /* an unreachable node is reported as such */
        for (size_t e = 0; e < node->edge_count; e++) {
            const ScnEdge *edge = &node->edges[e];
            if (edge->kind != SCN_ROUTE_OTHERWISE || edge->to == NULL)
                continue;
            int next = scn_find_node(context->scenario, edge->to);
            if (next >= 0 && scn_node(context->scenario, (size_t)next)->is_ending)
                report(context, LINT_WARNING, "otherwise-ends-call", edge_line(node, edge),
                       "node '%s': a line no route takes ends the call (otherwise -> ending '%s'); give "
                       "the moves you expect here their own routes, or mark the node closing = true if a "
                       "miss is meant to end it",
                       node->id, edge->to);
        }
    }
}

/* Nodes on a cycle of static edges (strongly connected components with
 * more than one node, or a node that leads to itself), found without
 * recursion so a 100,000-node file cannot overflow the stack. */
static bool *nodes_on_cycles(const LintContext *context)
{
    size_t n = context->node_count;
    bool *on_cycle = calloc(n + 1, sizeof *on_cycle);
    int *index = malloc((n + 1) * sizeof *index), *low = malloc((n + 1) * sizeof *low);
    size_t *stack = malloc((n + 1) * sizeof *stack), *work = malloc((n + 1) * sizeof *work);
    size_t *edge_at = malloc((n + 1) * sizeof *edge_at);
    bool *on_stack = calloc(n + 1, sizeof *on_stack);
    if (on_cycle == NULL || index == NULL || low == NULL || stack == NULL || work == NULL || edge_at == NULL ||
        on_stack == NULL) {
        free(on_cycle);
        on_cycle = NULL;
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        index[i] = -1;
    int counter = 0;
    size_t stack_size = 0;
    for (size_t root = 0; root < n; root++) {
        if (index[root] >= 0)
            continue;
        size_t depth = 0;
        work[depth++] = root;
        edge_at[root] = 0;
        index[root] = low[root] = counter++;
        stack[stack_size++] = root;
        on_stack[root] = true;
        while (depth > 0) {
            size_t v = work[depth - 1];
            const ScnNode *node = scn_node(context->scenario, v);
            if (edge_at[v] < node->edge_count) {
                const ScnEdge *edge = &node->edges[edge_at[v]++];
                int w = edge->to != NULL ? scn_find_node(context->scenario, edge->to) : -1;
                if (w < 0)
                    continue;
                if ((size_t)w == v)
                    on_cycle[v] = true;
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    edge_at[w] = 0;
                    stack[stack_size++] = (size_t)w;
                    on_stack[w] = true;
                    work[depth++] = (size_t)w;
                } else if (on_stack[w] && index[w] < low[v]) {
                    low[v] = index[w];
                }
                continue;
            }
            depth--;
            if (depth > 0 && low[v] < low[work[depth - 1]])
                low[work[depth - 1]] = low[v];
            if (low[v] == index[v]) {
                size_t size = 0, top = stack_size;
                do {
                    size_t w = stack[--stack_size];
                    on_stack[w] = false;
                    size++;
                } while (stack[stack_size] != v);
                if (size > 1)
                    for (size_t k = stack_size; k < top; k++)
                        on_cycle[stack[k]] = true;
            }
        }
    }
done:
    free(index);
    free(low);
    free(stack);
    free(work);
    free(edge_at);
    free(on_stack);
    return on_cycle;
}

/* A node the call can come back to says its line again: it needs a short
 * form (`again`), variants, or a say function that knows it was visited. */
static void check_repeats(LintContext *context)
{
    bool *on_cycle = nodes_on_cycles(context);
    if (on_cycle == NULL) {
        context->status = COACH_ENOMEM;
        return;
    }
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(context->scenario, i);
        if (on_cycle[i] && context->possible[i] && !node->is_ending && !node->say_varies && !node->has_again)
            report(context, LINT_WARNING, "repeats-line", node->line,
                   "node '%s' can be entered again, and would say its line word for word; add again = "
                   "\"...\" (what it says the second time) or a list of variants",
                   node->id);
    }
    free(on_cycle);
}

static bool leads_only_to_endings(const LintContext *context, const ScnNode *node)
{
    if (context->dynamic[scn_find_node(context->scenario, node->id)] || node->edge_count == 0)
        return false;
    for (size_t e = 0; e < node->edge_count; e++) {
        int next = scn_find_node(context->scenario, node->edges[e].to);
        if (next < 0 || !scn_node(context->scenario, (size_t)next)->is_ending)
            return false;
    }
    return true;
}

static void check_cues(LintContext *context)
{
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(context->scenario, i);
        bool only_endings = node->cue_count > 0 && leads_only_to_endings(context, node);
        for (size_t c = 0; c < node->cue_count; c++) {
            const char *id = node->cue_ids[c];
            for (size_t d = 0; d < c; d++)
                if (strcmp(node->cue_ids[d], id) == 0) {
                    report(context, LINT_ERROR, "duplicate-id", node->line,
                           "node '%s' has two cues with id '%s'", node->id, id);
                    break;
                }
            const char *words = node->cue_words != NULL ? node->cue_words[c] : NULL;
            if (node->is_ending)
                report(context, LINT_WARNING, "unfollowable-cue", node->line,
                       "cue '%s' is on ending '%s': the call is over before anyone can follow it up", id,
                       node->id);
            else if (node->cue_words != NULL && (words == NULL || strspn(words, " \t\r\n") == strlen(words)))
                report(context, LINT_WARNING, "unfollowable-cue", node->line,
                       "cue '%s' of node '%s' has no words: nothing can pick it up", id, node->id);
            else if (only_endings)
                report(context, LINT_WARNING, "unfollowable-cue", node->line,
                       "cue '%s' of node '%s': every way on leads to an ending, so no follow-up can be heard",
                       id, node->id);
        }
    }
}

typedef struct IdAt {
    const char *id;
    int line;
} IdAt;

static int compare_id_at(const void *a, const void *b)
{
    const IdAt *x = a, *y = b;
    int order = strcmp(x->id, y->id);
    if (order != 0)
        return order;
    return (x->line > y->line) - (x->line < y->line);
}

typedef struct EdgeAt {
    const ScnEdge *edge;
    size_t at;
} EdgeAt;

/* By kind, id, then position. */
static int compare_edge_at(const void *a, const void *b)
{
    const EdgeAt *x = a, *y = b;
    if (x->edge->kind != y->edge->kind)
        return x->edge->kind < y->edge->kind ? -1 : 1;
    int order = strcmp(x->edge->id, y->edge->id);
    if (order != 0)
        return order;
    return x->at < y->at ? -1 : x->at > y->at;
}

static void check_duplicate_ids(LintContext *context)
{
    Scenario *scenario = context->scenario;
    size_t count = context->node_count;
    IdAt *ids = malloc((count + 1) * sizeof *ids);
    if (ids == NULL) {
        context->status = COACH_ENOMEM;
        return;
    }
    for (size_t i = 0; i < count; i++) {
        ids[i].id = scn_node(scenario, i)->id;
        ids[i].line = scn_node(scenario, i)->line;
    }
    qsort(ids, count, sizeof *ids, compare_id_at);
    for (size_t i = 1; i < count; i++)
        if (strcmp(ids[i].id, ids[i - 1].id) == 0)
            report(context, LINT_ERROR, "duplicate-id", ids[i].line,
                   "node id '%s' is declared twice (first at line %d)", ids[i].id, ids[i - 1].line);
    free(ids);

    /* Route and option ids within a node: sorted, as a node may have
     * thousands of options (comparing each with those before was
     * quadratic). Reported in the node's order, each repeat once. */
    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        size_t edges = node->edge_count;
        if (edges < 2)
            continue;
        EdgeAt *order = malloc(edges * sizeof *order);
        bool *repeat = calloc(edges, sizeof *repeat);
        if (order == NULL || repeat == NULL) {
            free(order);
            free(repeat);
            context->status = COACH_ENOMEM;
            return;
        }
        size_t named = 0;
        for (size_t e = 0; e < edges; e++) {
            const ScnEdge *edge = &node->edges[e];
            if (edge->id != NULL && (edge->kind == SCN_ROUTE_CHOICE || edge->kind == SCN_ROUTE_RULE))
                order[named++] = (EdgeAt){edge, e};
        }
        qsort(order, named, sizeof *order, compare_edge_at);
        for (size_t k = 1; k < named; k++)
            repeat[order[k].at] = order[k].edge->kind == order[k - 1].edge->kind &&
                                  strcmp(order[k].edge->id, order[k - 1].edge->id) == 0;
        for (size_t e = 0; e < edges; e++) {
            const ScnEdge *edge = &node->edges[e];
            if (repeat[e])
                report(context, LINT_ERROR, "duplicate-id", edge_line(node, edge),
                       "node '%s' has two %ss with id '%s'", node->id, scn_route_kind_name(edge->kind),
                       edge->id);
        }
        free(order);
        free(repeat);
    }

    size_t targets = scn_target_count(scenario);
    for (size_t t = 0; t < targets; t++)
        for (size_t u = 0; u < t; u++)
            if (strcmp(scn_target(scenario, t)->id, scn_target(scenario, u)->id) == 0) {
                int line = scn_target(scenario, t)->line;
                report(context, LINT_ERROR, "duplicate-id", line > 0 ? line : info_line(context),
                       "target id '%s' is defined twice", scn_target(scenario, t)->id);
                break;
            }
}

static void check_targets(LintContext *context)
{
    Scenario *scenario = context->scenario;
    size_t targets = scn_target_count(scenario);
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t r = 0; r < node->reveal_count; r++) {
            bool known = false;
            for (size_t t = 0; t < targets && !known; t++)
                known = strcmp(scn_target(scenario, t)->id, node->reveals[r]) == 0;
            if (!known)
                report(context, LINT_ERROR, "undefined-target", node->line,
                       "node '%s' reveals \"%s\", which is not a target", node->id, node->reveals[r]);
        }
    }
    for (size_t t = 0; t < targets; t++) {
        const ScnTarget *target = scn_target(scenario, t);
        bool revealed = false, revealed_reachable = false;
        for (size_t i = 0; i < context->node_count; i++) {
            const ScnNode *node = scn_node(scenario, i);
            for (size_t r = 0; r < node->reveal_count; r++)
                if (strcmp(node->reveals[r], target->id) == 0) {
                    revealed = true;
                    if (context->possible[i])
                        revealed_reachable = true;
                }
        }
        int line = target->line > 0 ? target->line : info_line(context);
        if (!revealed)
            report(context, LINT_WARNING, "unrevealed-target", line,
                   "target '%s' is revealed by no node (add it to a node's reveals)", target->id);
        else if (!revealed_reachable)
            report(context, LINT_WARNING, "unrevealed-target", line,
                   "target '%s' is revealed only by unreachable nodes", target->id);
    }
}

static bool is_blank(const char *text)
{
    if (text == NULL)
        return true;
    return strspn(text, " \t\r\n") == strlen(text);
}

/* True when source has `key =` outside a `--` comment (a declaration key). */
static bool source_sets_key(const char *source, const char *key)
{
    size_t length = strlen(key);
    const char *line = source;
    while (*line != '\0') {
        const char *end = strchr(line, '\n');
        size_t line_length = end != NULL ? (size_t)(end - line) : strlen(line);
        for (size_t i = 0; i + length <= line_length; i++) {
            if (line[i] == '-' && i + 1 < line_length && line[i + 1] == '-')
                break;
            if (strncmp(line + i, key, length) != 0)
                continue;
            bool starts = i == 0 || !(isalnum((unsigned char)line[i - 1]) || line[i - 1] == '_');
            size_t j = i + length;
            while (j < line_length && (line[j] == ' ' || line[j] == '\t'))
                j++;
            if (starts && j < line_length && line[j] == '=' && (j + 1 >= line_length || line[j + 1] != '='))
                return true;
        }
        if (end == NULL)
            break;
        line = end + 1;
    }
    return false;
}

static void check_metadata(LintContext *context)
{
    const ScnInfo *info = context->info;
    struct {
        const char *name, *value, *hint;
    } fields[] = {
        /* the runtime falls back to the id when title is missing */
        {"title", info->title == info->id ? NULL : info->title, "the menu shows it"},
        {"brief", info->brief, "what the trainee is told before the call"},
        {"purpose", info->purpose, "the goal of the call, shown in the debrief"},
    };
    for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++)
        if (is_blank(fields[f].value))
            report(context, LINT_WARNING, "missing-metadata", info_line(context),
                   "scenario has no %s (%s)", fields[f].name, fields[f].hint);
    /* the runtime defaults difficulty to 1, so look for the key itself */
    if (info->difficulty < 1 || info->difficulty > 3 ||
        (context->source != NULL && !source_sets_key(context->source, "difficulty")))
        report(context, LINT_WARNING, "missing-metadata", info_line(context),
               "scenario has no difficulty (1 beginner, 2 intermediate, 3 advanced)");
}

static void check_coverage(LintContext *context, const LintCoverage *coverage)
{
    if (coverage == NULL)
        return;
    const char *id = context->info->id != NULL ? context->info->id : "";
    bool known = lint_coverage_has_scenario(coverage, id);
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(context->scenario, i);
        if (!node->is_ending)
            continue;
        /* By node: two endings may share an outcome (two ways to a polite
         * no), and each deserves a test. */
        if (lint_coverage_reached(coverage, id, node->id))
            continue;
        report(context, LINT_WARNING, "untested-ending", node->line,
               "ending '%s' (outcome %s) is reached by no scenario test%s", node->id,
               node->outcome != NULL ? node->outcome : "?",
               known ? "" : " (no test covers this scenario at all)");
    }
    if (!known)
        return;
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(context->scenario, i);
        for (size_t e = 0; e < node->edge_count; e++) {
            const ScnEdge *edge = &node->edges[e];
            if (edge->kind != SCN_ROUTE_RULE && edge->kind != SCN_ROUTE_CHOICE)
                continue;
            bool routes_known = false;
            if (lint_coverage_route_taken(coverage, id, edge->id, &routes_known) || !routes_known)
                continue;
            report(context, LINT_WARNING, "untested-route", edge_line(node, edge),
                   "%s '%s' is taken by no scenario test", edge->kind == SCN_ROUTE_CHOICE ? "option" : "route",
                   edge->id);
        }
    }
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
    context.status = compute_reachability(&context);
    if (context.status != 0)
        goto cleanup;
    check_metadata(&context);
    check_duplicate_ids(&context);
    check_targets_of_edges(&context);
    check_reachability(&context);
    check_ways_on(&context);
    check_ways_out(&context);
    check_functions(&context);
    check_misses(&context);
    check_repeats(&context);
    check_cues(&context);
    check_targets(&context);
    check_coverage(&context, coverage);
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
