/* scenario: see scenario.h; the scn_ files are listed in
 * scenario_internal.h. This one loads a file into its sandbox and owns the
 * Scenario's storage and its static views.
 *
 * Strings the C side hands out (ids, texts, labels) live in one arena of
 * string blocks owned by the Scenario, freed together at scn_unload: the
 * views never need freeing one by one, and loading a 2,000-node scenario
 * makes a few dozen allocations instead of tens of thousands. */
#include "scenario_internal.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "sha256.h"
#include "utf8.h"

#define SCN_STRING_BLOCK_BYTES ((size_t)64 * 1024)

/* One block of the string arena; strings are packed back to back. */
typedef struct ScnStringBlock {
    struct ScnStringBlock *next;
    size_t used, size;
    char data[];
} ScnStringBlock;

/* --- calls into Lua ------------------------------------------------------ */

/* The Scenario is the sandbox's owner. */
Scenario *scn_from(lua_State *L)
{
    return sandbox_owner(L);
}

/* Runs fn(call) in the sandbox with a fresh budget. */
int scn_protected(Scenario *s, lua_CFunction fn, ScnCall *call, CoachError *err)
{
    return sandbox_call(s->sandbox, fn, call, err);
}

ScnCall *scn_call_arg(lua_State *L)
{
    SCN_ROOM(L);
    return lua_touserdata(L, 1);
}

/* --- problems: every mistake of a file in one run ------------------------ */

void scn_problem(lua_State *L, int line, const char *format, ...)
{
    Scenario *s = scn_from(L);
    if (s->problem_count == s->problem_capacity) {
        size_t capacity = s->problem_capacity ? s->problem_capacity * 2 : 8;
        ScnProblem *grown = realloc(s->problems, capacity * sizeof *grown);
        if (grown == NULL)
            luaL_error(L, "out of memory");
        s->problems = grown;
        s->problem_capacity = capacity;
    }
    ScnProblem *problem = &s->problems[s->problem_count++];
    problem->line = line;
    va_list args;
    va_start(args, format);
    vsnprintf(problem->message, sizeof problem->message, format, args);
    va_end(args);
}

/* Splits "path:line: message" (our file) into line and message. */
static void scn_problem_from_error(lua_State *L, const char *raw)
{
    Scenario *s = scn_from(L);
    size_t length = strlen(s->path);
    int line = 0;
    const char *message = raw;
    if (strncmp(raw, s->path, length) == 0 && raw[length] == ':' && isdigit((unsigned char)raw[length + 1])) {
        char *end = NULL;
        long parsed = strtol(raw + length + 1, &end, 10);
        if (end != NULL && *end == ':') {
            line = parsed > 0 && parsed < 1000000000 ? (int)parsed : 0;
            message = end + 1;
            while (*message == ' ')
                message++;
        }
    }
    scn_problem(L, line, "%s", message);
}

void scn_part(lua_State *L, lua_CFunction fn, void *argument)
{
    SCN_ROOM(L);
    int top = lua_gettop(L);
    lua_pushcfunction(L, fn);
    lua_pushlightuserdata(L, argument);
    int status = lua_pcall(L, 1, 0, 0);
    if (status != LUA_OK) {
        const char *raw = lua_tostring(L, -1);
        /* out of memory or out of budget: nothing more can run */
        if (status == LUA_ERRMEM || raw == NULL || strstr(raw, "instruction budget") != NULL ||
            strstr(raw, "not enough memory") != NULL)
            lua_error(L);
        scn_problem_from_error(L, raw);
    }
    lua_settop(L, top);
}

size_t scn_edit_distance(const char *a, const char *b)
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
            size_t best = diagonal + (tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]) ? 0 : 1);
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

const char *scn_closest(const char *name, const char *const *candidates, size_t count)
{
    if (name == NULL || candidates == NULL)
        return NULL;
    size_t length = strlen(name);
    size_t limit = length <= 3 ? 1 : length / 3 < 2 ? 2 : length / 3 > 3 ? 3 : length / 3;
    const char *best = NULL;
    size_t best_distance = limit + 1;
    for (size_t i = 0; i < count; i++) {
        if (candidates[i] == NULL || strcmp(candidates[i], name) == 0)
            continue;
        size_t distance = scn_edit_distance(name, candidates[i]);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidates[i];
        }
    }
    return best;
}

const char *scn_did_you_mean(char *buffer, size_t size, const char *name,
                             const char *const *candidates, size_t count, char quote)
{
    const char *closest = scn_closest(name, candidates, count);
    if (closest == NULL)
        snprintf(buffer, size, "%s", "");
    else
        snprintf(buffer, size, " (did you mean %c%s%c?)", quote, closest, quote);
    return buffer;
}

/* --- owned strings and buffers ------------------------------------------ */

/* Room for size bytes in the string arena (lives until scn_unload). A string
 * larger than a quarter block gets a block of its own, linked behind the one
 * being filled so that one's free space is not lost. */
static char *scn_arena_room(lua_State *L, Scenario *s, size_t size)
{
    ScnStringBlock *head = s->strings;
    if (head != NULL && head->size - head->used >= size) {
        char *room = head->data + head->used;
        head->used += size;
        return room;
    }
    bool own_block = size > SCN_STRING_BLOCK_BYTES / 4;
    size_t block_size = own_block ? size : SCN_STRING_BLOCK_BYTES;
    ScnStringBlock *block = malloc(sizeof *block + block_size);
    if (block == NULL)
        luaL_error(L, "out of memory");
    block->size = block_size;
    block->used = size;
    if (own_block && head != NULL) {
        block->next = head->next;
        head->next = block;
    } else {
        block->next = head;
        s->strings = block;
    }
    return block->data;
}

/* Bytes text[0..length) take once invalid UTF-8 is repaired. */
static size_t scn_repaired_length(const char *text, size_t length)
{
    size_t at = utf8_invalid_at(text, length), size = at;
    while (at < length) {
        size_t n = utf8_next(text + at, length - at, NULL);
        size += n > 0 ? n : 3;
        at += n > 0 ? n : 1;
    }
    return size;
}

/* Copies text[0..length) to out, each byte that is not part of valid UTF-8
 * as U+FFFD; returns the bytes written (scn_repaired_length()). */
static size_t scn_repair_utf8(char *out, const char *text, size_t length)
{
    size_t at = utf8_invalid_at(text, length), o = at;
    memcpy(out, text, at);
    while (at < length) {
        size_t n = utf8_next(text + at, length - at, NULL);
        if (n == 0) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            at++;
        } else {
            memcpy(out + o, text + at, n);
            o += n;
            at += n;
        }
    }
    return o;
}

/* A copy of text (up to its first NUL) owned by the Scenario, as valid
 * UTF-8: whatever a scenario hands the C side reaches logs that must parse
 * (a string the file builds with "\xff" escapes passes the file's own
 * UTF-8 check). */
const char *scn_keep(lua_State *L, Scenario *s, const char *text)
{
    if (text == NULL)
        text = "";
    size_t length = strlen(text);
    size_t size = scn_repaired_length(text, length);
    char *copy = scn_arena_room(L, s, size + 1);
    scn_repair_utf8(copy, text, length);
    copy[size] = '\0';
    return copy;
}

void *scn_calloc(lua_State *L, size_t count, size_t size)
{
    void *memory = calloc(count > 0 ? count : 1, size);
    if (memory == NULL)
        luaL_error(L, "out of memory");
    return memory;
}

void scn_set_buffer(lua_State *L, char **buffer, const char *text, size_t length)
{
    size_t size = scn_repaired_length(text, length);
    char *grown = realloc(*buffer, size + 1);
    if (grown == NULL)
        luaL_error(L, "out of memory");
    scn_repair_utf8(grown, text, length);
    grown[size] = '\0';
    *buffer = grown;
}

/* Appends text (at most max bytes of it) to the NUL-terminated buffer of size
 * bytes now holding used bytes, cut to fit as snprintf cuts; returns the new
 * length. Cheaper than snprintf for the names built for every entry. */
size_t scn_append_max(char *buffer, size_t size, size_t used, const char *text, size_t max)
{
    size_t length = strnlen(text, max);
    if (used + length >= size)
        length = used + 1 < size ? size - used - 1 : 0;
    memcpy(buffer + used, text, length);
    buffer[used + length] = '\0';
    return used + length;
}

size_t scn_append(char *buffer, size_t size, size_t used, const char *text)
{
    return scn_append_max(buffer, size, used, text, (size_t)-1);
}

/* Appends "[index]". */
size_t scn_append_index(char *buffer, size_t size, size_t used, size_t index)
{
    char digits[24];
    size_t at = sizeof digits - 1;
    digits[at] = '\0';
    do {
        digits[--at] = (char)('0' + index % 10);
        index /= 10;
    } while (index > 0);
    digits[--at] = '[';
    used = scn_append(buffer, size, used, digits + at);
    return scn_append(buffer, size, used, "]");
}

/* --- the root table: definitions and state ------------------------------- */

void scn_push_root(lua_State *L)
{
    lua_rawgeti(L, LUA_REGISTRYINDEX, scn_from(L)->root_ref);
}

/* Pushes root[key]. */
int scn_push_root_field(lua_State *L, const char *key)
{
    scn_push_root(L);
    int type = lua_getfield(L, -1, key);
    lua_remove(L, -2);
    return type;
}

/* Pushes the body table of node index. */
void scn_push_node(lua_State *L, int node)
{
    scn_push_root_field(L, "nodes");
    lua_rawgeti(L, -1, node + 1);
    lua_remove(L, -2);
}

/* Pushes option index (0-based) of the node body at body. A scenario's own
 * functions can reach its node tables and replace `choices` while the call
 * runs, so both values are type-checked here before any raw access: a
 * number in their place is a scenario error with the node's line, never an
 * unchecked lua_rawgeti on a non-table. */
int scn_push_choice(lua_State *L, int body, int node, size_t index)
{
    const NodeData *data = &scn_from(L)->nodes[node];
    body = lua_absindex(L, body);
    int type = lua_getfield(L, body, "choices");
    if (type != LUA_TTABLE)
        return sandbox_raise(L, data->view.line,
                         "node \"%s\": choices became a %s during play (a list of options expected)",
                         data->view.id, lua_typename(L, type));
    type = lua_rawgeti(L, -1, (lua_Integer)index + 1);
    if (type != LUA_TTABLE)
        return sandbox_raise(L, data->view.line,
                         "node \"%s\": option %zu became a %s during play (a table expected)",
                         data->view.id, index + 1, lua_typename(L, type));
    lua_remove(L, -2);
    return lua_gettop(L);
}

/* --- load / unload -------------------------------------------------------- */

/* Appends err (an error that stopped the load) to the problems. */
static void scn_problem_append(Scenario *s, const CoachError *err)
{
    if (err == NULL || err->code == COACH_ENOMEM)
        return;
    ScnProblem *grown = realloc(s->problems, (s->problem_count + 1) * sizeof *grown);
    if (grown == NULL)
        return;
    s->problems = grown;
    s->problem_capacity = s->problem_count + 1;
    s->problems[s->problem_count].line = err->line;
    size_t length = strnlen(err->message, sizeof s->problems[0].message - 1);
    memcpy(s->problems[s->problem_count].message, err->message, length);
    s->problems[s->problem_count].message[length] = '\0';
    s->problem_count++;
}

int scn_invalid_utf8_error(CoachError *err, const char *path, const char *text, size_t bad)
{
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < bad; i++)
        if (text[i] == '\n') {
            line++;
            line_start = i + 1;
        }
    return err_set(err, COACH_EPARSE, path, line,
                   "the file is not valid UTF-8 at column %zu (byte 0x%02X): save it as UTF-8",
                   bad - line_start + 1, (unsigned)(unsigned char)text[bad]);
}

static int scn_read_file(Scenario *s, CoachError *err)
{
    FILE *file = fopen(s->path, "rb");
    if (file == NULL)
        return err_set(err, COACH_EIO, s->path, 0, "cannot open the scenario: %s", strerror(errno));
    int rc = COACH_OK;
    size_t capacity = 65536, size = 0;
    /* A regular file is read in one go: room for all of it and the byte
     * that shows the end (capped, so the size check below still applies). */
    struct stat info;
    if (fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0)
        capacity = info.st_size < SCN_MAX_FILE_BYTES ? (size_t)info.st_size + 1
                                                     : (size_t)SCN_MAX_FILE_BYTES;
    char *data = malloc(capacity);
    while (data != NULL) {
        if (size == capacity) {
            if (capacity >= (size_t)SCN_MAX_FILE_BYTES) {
                rc = err_set(err, COACH_EPARSE, s->path, 0, "the scenario is larger than %ld MiB",
                             SCN_MAX_FILE_BYTES / (1024 * 1024));
                goto close_file;
            }
            size_t doubled = capacity * 2 < (size_t)SCN_MAX_FILE_BYTES ? capacity * 2
                                                                       : (size_t)SCN_MAX_FILE_BYTES;
            char *grown = realloc(data, doubled);
            if (grown == NULL)
                break;
            data = grown;
            capacity = doubled;
        }
        size_t got = fread(data + size, 1, capacity - size, file);
        size += got;
        if (got == 0)
            break;
    }
    if (data == NULL || (size == capacity && data != NULL && !feof(file) && !ferror(file))) {
        rc = err_set(err, COACH_ENOMEM, s->path, 0, "out of memory reading the scenario");
        goto close_file;
    }
    if (ferror(file)) {
        rc = err_set(err, COACH_EIO, s->path, 0, "cannot read the scenario: %s", strerror(errno));
        goto close_file;
    }
    /* Text a trainee reads and a log stores must be UTF-8: a Latin-1 byte
     * in a line would later make coach report skip the session's log. */
    size_t invalid = utf8_invalid_at(data, size);
    if (invalid < size) {
        size_t line = 1, line_start = 0;
        for (size_t i = 0; i < invalid; i++)
            if (data[i] == '\n') {
                line++;
                line_start = i + 1;
            }
        rc = err_set(err, COACH_EPARSE, s->path, (int)(line < 1000000000 ? line : 0),
                     "the file is not valid UTF-8 at column %zu (byte 0x%02X): save it as UTF-8",
                     invalid - line_start + 1, (unsigned)(unsigned char)data[invalid]);
        goto close_file;
    }
    s->source = data;
    s->source_size = size;
    data = NULL;
    /* Index line starts once, so finding a declaration's line is O(1). */
    const char *end = s->source + size;
    size_t lines = 1;
    for (const char *p = s->source; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        lines++;
    s->line_starts = malloc(lines * sizeof *s->line_starts);
    if (s->line_starts == NULL) {
        rc = err_set(err, COACH_ENOMEM, s->path, 0, "out of memory reading the scenario");
        goto close_file;
    }
    s->line_starts[0] = 0;
    s->line_count = 1;
    for (const char *p = s->source; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        s->line_starts[s->line_count++] = (size_t)(p - s->source) + 1;
close_file:
    free(data);
    fclose(file);
    return rc;
}

Scenario *scn_load(const char *path, const ScnLimits *limits, CoachError *err)
{
    return scn_load_reporting(path, limits, NULL, NULL, err);
}

/* Passes every problem found while loading to report (the first is err). */
static void scn_report_problems(const Scenario *s, ScnProblemFn report, void *context,
                                const CoachError *err)
{
    if (report == NULL)
        return;
    if (s == NULL || s->problem_count == 0) {
        report(context, err);
        return;
    }
    for (size_t i = 0; i < s->problem_count; i++) {
        CoachError problem;
        err_clear(&problem);
        err_set(&problem, COACH_ESCRIPT, s->path, s->problems[i].line, "%s", s->problems[i].message);
        report(context, &problem);
    }
}

Scenario *scn_load_reporting(const char *path, const ScnLimits *limits, ScnProblemFn report,
                             void *context, CoachError *err)
{
    err_clear(err);
    if (path == NULL) {
        err_set(err, COACH_EUSAGE, NULL, 0, "no scenario path");
        return NULL;
    }
    Scenario *s = calloc(1, sizeof *s);
    if (s == NULL)
        goto out_of_memory;
    s->limits.memory_bytes = limits != NULL && limits->memory_bytes ? limits->memory_bytes
                                                                    : SCN_DEFAULT_MEMORY;
    s->limits.instructions_per_call = limits != NULL && limits->instructions_per_call > 0
                                          ? limits->instructions_per_call
                                          : SCN_DEFAULT_INSTRUCTIONS;
    s->root_ref = LUA_NOREF;
    s->path = strdup(path);
    if (s->path == NULL)
        goto out_of_memory;
    if (scn_read_file(s, err) != COACH_OK)
        goto fail;
    SandboxConfig config = {.path = path,
                            .what = "scenario",
                            .memory_bytes = s->limits.memory_bytes,
                            .instructions_per_call = s->limits.instructions_per_call,
                            .offer_load = true,
                            .owner = s};
    s->sandbox = sandbox_create(&config, err);
    if (s->sandbox == NULL)
        goto fail;
    s->L = sandbox_lua(s->sandbox);
    ScnCall call = {.scenario = s};
    if (scn_protected(s, scn_open_api, &call, err) != COACH_OK)
        goto fail;
    s->loading = true;
    if (sandbox_load(s->sandbox, s->source, s->source_size, err) != COACH_OK ||
        sandbox_pcall(s->sandbox, 0, 0, err) != COACH_OK) {
        goto fail;
    }
    s->loading = false;
    if (scn_protected(s, scn_build, &call, err) != COACH_OK)
        goto fail;
    /* The source stays until scn_sha256() first needs it. */
    free(s->line_starts);
    s->line_starts = NULL;
    s->line_count = 0;
    if (scn_begin(s, s->info.seed, err) != COACH_OK)
        goto fail;
    return s;
out_of_memory:
    err_set(err, COACH_ENOMEM, path, 0, "out of memory loading the scenario");
fail:
    if (s != NULL && s->problem_count > 0 && err != NULL && err->code != COACH_ENOMEM) {
        /* the error that stopped the load is a problem too (unless it is
         * the first problem, raised at the end of the build); err says the
         * first, as every command prints it */
        bool known = false;
        for (size_t i = 0; i < s->problem_count && !known; i++)
            known = strcmp(s->problems[i].message, err->message) == 0;
        if (!known)
            scn_problem_append(s, err);
        err_set(err, COACH_ESCRIPT, s->path, s->problems[0].line, "%s", s->problems[0].message);
    }
    scn_report_problems(s, report, context, err);
    scn_unload(s);
    return NULL;
}

void scn_unload(Scenario *scenario)
{
    if (scenario == NULL)
        return;
    sandbox_destroy(scenario->sandbox);
    for (size_t i = 0; i < scenario->node_count; i++) {
        free(scenario->nodes[i].edges);
        free(scenario->nodes[i].cue_ids);
        free(scenario->nodes[i].cue_words);
        free(scenario->nodes[i].cue_labels);
        free(scenario->nodes[i].reveals);
        NodeData *node = &scenario->nodes[i];
        for (size_t r = 0; node->intents != NULL && r < node->intent_count; r++)
            free((void *)node->intents[r].examples);
        free(node->intents);
        for (size_t c = 0; node->choice_examples != NULL && c < node->choice_count; c++)
            free((void *)node->choice_examples[c]);
        free((void *)node->choice_examples);
        free(node->choice_example_counts);
        free((void *)node->clarify);
        free((void *)node->again);
    }
    free(scenario->nodes);
    free(scenario->node_index);
    free(scenario->targets);
    for (int k = 0; k < AN_TERM_KIND_COUNT; k++)
        free(scenario->terms[k]);
    free(scenario->reactions);
    free(scenario->vars);
    free((void *)scenario->var_names);
    free((void *)scenario->node_ids);
    free(scenario->problems);
    free((void *)scenario->clarify);
    while (scenario->strings != NULL) {
        ScnStringBlock *next = scenario->strings->next;
        free(scenario->strings);
        scenario->strings = next;
    }
    free(scenario->source);
    free(scenario->line_starts);
    free(scenario->path);
    free(scenario->trainee);
    free(scenario->line_text);
    free(scenario->line_id);
    free(scenario->choice_text);
    free(scenario->choice_id);
    free(scenario->route_id);
    free(scenario->json);
    free(scenario);
}

/* --- static views ---------------------------------------------------------- */

const char *scn_route_kind_name(ScnRouteKind kind)
{
    switch (kind) {
    case SCN_ROUTE_RULE:
        return "route";
    case SCN_ROUTE_FUNCTION:
        return "route function";
    case SCN_ROUTE_OTHERWISE:
        return "otherwise";
    case SCN_ROUTE_CHOICE:
        return "choice";
    }
    return "route";
}

const ScnInfo *scn_info(const Scenario *scenario)
{
    return &scenario->info;
}

const char *scn_sha256(const Scenario *scenario)
{
    /* Hashed on first use, not at load: checking, graphing, testing and
     * stepping never need it. The cache is not part of the scenario's
     * observable state, hence the cast. */
    if (scenario->source != NULL) {
        Scenario *cache = (Scenario *)scenario;
        sha256_hex(cache->source, cache->source_size, cache->sha256);
        free(cache->source);
        cache->source = NULL;
    }
    return scenario->sha256;
}

const RubConfig *scn_rubric(const Scenario *scenario)
{
    return &scenario->rubric;
}

size_t scn_node_count(const Scenario *scenario)
{
    return scenario->node_count;
}

const ScnNode *scn_node(const Scenario *scenario, size_t index)
{
    return index < scenario->node_count ? &scenario->nodes[index].view : NULL;
}

/* FNV-1a: short ids, no adversary who gains from collisions beyond a slower
 * check (the file is the author's own). */
static uint64_t scn_hash(const char *text, size_t length)
{
    uint64_t hash = 14695981039346656037u;
    for (size_t i = 0; i < length; i++) {
        hash ^= (unsigned char)text[i];
        hash *= 1099511628211u;
    }
    return hash;
}

void scn_index_nodes(lua_State *L, Scenario *s)
{
    size_t slots = 16;
    while (slots < s->node_count * 2)
        slots *= 2;
    int *index = scn_calloc(L, slots, sizeof *index);
    free(s->node_index);
    s->node_index = index;
    s->node_slots = slots;
    for (size_t i = 0; i < s->node_count; i++) {
        const char *id = s->nodes[i].view.id;
        size_t length = strlen(id);
        size_t slot = (size_t)scn_hash(id, length) & (slots - 1);
        /* The first declaration of an id wins, as the linear search did. */
        while (index[slot] != 0 && strcmp(s->nodes[index[slot] - 1].view.id, id) != 0)
            slot = (slot + 1) & (slots - 1);
        if (index[slot] == 0)
            index[slot] = (int)i + 1;
    }
}

int scn_find_node_span(const Scenario *s, const char *id, size_t length)
{
    if (id == NULL || s->node_index == NULL)
        return -1;
    size_t slot = (size_t)scn_hash(id, length) & (s->node_slots - 1);
    for (int at; (at = s->node_index[slot]) != 0; slot = (slot + 1) & (s->node_slots - 1)) {
        const char *candidate = s->nodes[at - 1].view.id;
        if (strncmp(candidate, id, length) == 0 && candidate[length] == '\0')
            return at - 1;
    }
    return -1;
}

int scn_find_node(const Scenario *scenario, const char *id)
{
    return id != NULL ? scn_find_node_span(scenario, id, strlen(id)) : -1;
}

size_t scn_target_count(const Scenario *scenario)
{
    return scenario->target_count;
}

const ScnTarget *scn_target(const Scenario *scenario, size_t index)
{
    return index < scenario->target_count ? &scenario->targets[index] : NULL;
}

int scn_find_target(const Scenario *scenario, const char *id)
{
    if (id == NULL)
        return -1;
    for (size_t i = 0; i < scenario->target_count; i++)
        if (scenario->targets[i].id != NULL && strcmp(scenario->targets[i].id, id) == 0)
            return (int)i;
    return -1;
}

size_t scn_terms(const Scenario *scenario, AnTermKind kind, const char *const **out)
{
    if ((unsigned)kind >= AN_TERM_KIND_COUNT) {
        if (out != NULL)
            *out = NULL;
        return 0;
    }
    if (out != NULL)
        *out = scenario->terms[kind];
    return scenario->term_count[kind];
}

size_t scn_reaction_count(const Scenario *scenario)
{
    return scenario->reaction_count;
}

const ScnReaction *scn_reaction(const Scenario *scenario, size_t index)
{
    return index < scenario->reaction_count ? &scenario->reactions[index] : NULL;
}

size_t scn_memory_used(const Scenario *scenario)
{
    return sandbox_memory_used(scenario->sandbox);
}

int scn_set_trainee(Scenario *scenario, const char *name, CoachError *err)
{
    char *copy = strdup(name != NULL ? name : "");
    if (copy == NULL)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    free(scenario->trainee);
    scenario->trainee = copy;
    return COACH_OK;
}
