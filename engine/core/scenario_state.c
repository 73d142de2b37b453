/* scenario_state: the run's state table (trust, interest, the author's
 * variables, visits, random): starting a run, applying effects, clamping,
 * reading and adding from C, and the JSON snapshot a log stores each turn. */
#include "scenario_internal.h"
#include "utf8.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- run state ---------------------------------------------------------------- */

void scn_push_state(lua_State *L)
{
    scn_push_root_field(L, "state");
}

const ScnVar *scn_var(const Scenario *s, const char *name)
{
    if (name == NULL)
        return NULL;
    for (size_t i = 0; i < s->var_count; i++)
        if (s->vars[i].name[0] == name[0] && strcmp(s->vars[i].name, name) == 0)
            return &s->vars[i];
    return NULL;
}

/* Keeps each declared number within its range (NaN: the low end). */
void scn_clamp_state(lua_State *L, int state)
{
    Scenario *s = scn_from(L);
    state = lua_absindex(L, state);
    for (size_t i = 0; i < s->var_count; i++) {
        const ScnVar *var = &s->vars[i];
        if (!var->bounded)
            continue;
        lua_pushstring(L, var->name);
        if (lua_rawget(L, state) == LUA_TNUMBER) {
            lua_Number value = lua_tonumber(L, -1);
            lua_Number clamped = value < var->min ? var->min : value > var->max ? var->max : value;
            if (clamped != value || value != value) {
                lua_pushstring(L, var->name);
                lua_pushnumber(L, value != value ? var->min : clamped);
                lua_rawset(L, state);
            }
        }
        lua_pop(L, 1);
    }
}

void scn_settle_state(lua_State *L, int state, int line)
{
    Scenario *s = scn_from(L);
    state = lua_absindex(L, state);
    for (size_t i = 0; i < s->var_count; i++) {
        const ScnVar *var = &s->vars[i];
        lua_pushstring(L, var->name);
        int type = lua_rawget(L, state);
        if (type != var->type && type != LUA_TNIL) {
            static const char *const names[] = {[LUA_TNUMBER] = "number", [LUA_TBOOLEAN] = "boolean",
                                                [LUA_TSTRING] = "string"};
            sandbox_raise(L, line, "state: %s is a %s, not a %s (a function set it to %s%s%s)", var->name,
                          names[var->type], lua_typename(L, type),
                          type == LUA_TSTRING ? "\"" : "", type == LUA_TSTRING || type == LUA_TNUMBER
                                                              ? lua_tostring(L, -1)
                                                              : lua_typename(L, type),
                          type == LUA_TSTRING ? "\"" : "");
        }
        lua_pop(L, 1);
    }
    scn_clamp_state(L, state);
}

/* The line a Lua function at index was written at in the scenario's own
 * file (0 elsewhere: an included file, C). */
int scn_function_line(lua_State *L, int index)
{
    Scenario *s = scn_from(L);
    lua_Debug ar;
    lua_pushvalue(L, index);
    if (!lua_getinfo(L, ">S", &ar) || ar.source[0] != '@' || strcmp(ar.source + 1, s->path) != 0)
        return 0;
    return ar.linedefined;
}

void scn_call_author(lua_State *L, int nargs, int nresults, int state)
{
    state = lua_absindex(L, state);
    int line = scn_function_line(L, -(nargs + 1));
    lua_call(L, nargs, nresults);
    scn_settle_state(L, state, line);
}

/* __index of the state: a name no one declared. */
static int scn_state_index(lua_State *L)
{
    Scenario *s = scn_from(L);
    const char *name = lua_tostring(L, 2);
    if (name != NULL && scn_var(s, name) != NULL) { /* declared, set to nil by a function */
        lua_pushnil(L);
        return 1;
    }
    char hint[160] = "";
    const char *closest = name != NULL ? scn_closest(name, s->var_names, s->var_count) : NULL;
    if (closest != NULL)
        snprintf(hint, sizeof hint, " (did you mean '%s'?)", closest);
    return luaL_error(L, "'%s' is not a state variable%s (declare it in scenario.state)",
                      name != NULL ? name : luaL_typename(L, 2), hint);
}

/* __newindex of the state: a new name, or a declared one set again after
 * being set to nil. */
static int scn_state_newindex(lua_State *L)
{
    Scenario *s = scn_from(L);
    const char *name = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : NULL;
    const ScnVar *var = scn_var(s, name);
    if (var == NULL) {
        lua_pushcfunction(L, scn_state_index);
        lua_pushvalue(L, 1);
        lua_pushvalue(L, 2);
        lua_call(L, 2, 0); /* raises the same message */
        return 0;
    }
    lua_rawset(L, 1);
    return 0;
}

/* __index of state.visits: how often a node was entered (0 before). */
static int scn_visits_index(lua_State *L)
{
    Scenario *s = scn_from(L);
    const char *id = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : NULL;
    if (id != NULL && scn_find_node(s, id) >= 0) { /* the node index, not a scan: 100,000 nodes */
        lua_pushinteger(L, 0);
        return 1;
    }
    char hint[160] = "";
    const char *closest = id != NULL ? scn_closest(id, s->node_ids, s->node_count) : NULL;
    if (closest != NULL)
        snprintf(hint, sizeof hint, " (did you mean '%s'?)", closest);
    return luaL_error(L, "s.visits: '%s' is not a node%s", id != NULL ? id : luaL_typename(L, 2), hint);
}

void scn_guard_state(lua_State *L, int state)
{
    SCN_ROOM(L);
    state = lua_absindex(L, state);
    lua_createtable(L, 0, 2);
    lua_pushcfunction(L, scn_state_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, scn_state_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_setmetatable(L, state);
    lua_pushliteral(L, "visits");
    if (lua_rawget(L, state) == LUA_TTABLE) {
        lua_createtable(L, 0, 1);
        lua_pushcfunction(L, scn_visits_index);
        lua_setfield(L, -2, "__index");
        lua_setmetatable(L, -2);
    }
    lua_pop(L, 1);
}

static int scn_begin_call(lua_State *L)
{
    Scenario *s = scn_from(L);
    lua_newtable(L);
    int state = lua_gettop(L);
    for (size_t i = 0; i < s->var_count; i++) {
        const ScnVar *var = &s->vars[i];
        if (var->type == LUA_TNUMBER) {
            lua_Number value = var->start_number;
            if (value == floor(value) && fabs(value) < 1e15)
                lua_pushinteger(L, (lua_Integer)value);
            else
                lua_pushnumber(L, value);
        } else if (var->type == LUA_TBOOLEAN) {
            lua_pushboolean(L, var->start_boolean);
        } else {
            lua_pushstring(L, var->start_string);
        }
        lua_setfield(L, state, var->name);
    }
    lua_newtable(L);
    lua_setfield(L, state, "visits");
    lua_pushcfunction(L, sandbox_random);
    lua_setfield(L, state, "random");
    scn_clamp_state(L, state);
    scn_guard_state(L, state);
    scn_push_root(L);
    lua_pushvalue(L, state);
    lua_setfield(L, -2, "state");
    return 0;
}

int scn_begin(Scenario *scenario, uint64_t seed, CoachError *err)
{
    sandbox_seed(scenario->sandbox, seed);
    ScnCall call = {.scenario = scenario};
    return scn_protected(scenario, scn_begin_call, &call, err);
}

/* Applies effects at index (table or function) to the state at state. */
void scn_apply_effects(lua_State *L, int effects, int state)
{
    SCN_ROOM(L);
    effects = lua_absindex(L, effects);
    state = lua_absindex(L, state);
    if (lua_type(L, effects) == LUA_TFUNCTION) {
        lua_pushvalue(L, effects);
        lua_pushvalue(L, state);
        scn_call_author(L, 1, 0, state);
        return;
    } else if (lua_type(L, effects) == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, effects) != 0) {
            if (lua_type(L, -2) == LUA_TSTRING) {
                if (lua_type(L, -1) == LUA_TNUMBER) {
                    lua_Number delta = lua_tonumber(L, -1);
                    lua_pushvalue(L, -2);
                    lua_rawget(L, state);
                    lua_Number old = lua_type(L, -1) == LUA_TNUMBER ? lua_tonumber(L, -1) : 0;
                    lua_pop(L, 1);
                    lua_pushvalue(L, -2);
                    lua_pushnumber(L, old + delta);
                    lua_rawset(L, state);
                } else {
                    lua_pushvalue(L, -2);
                    lua_pushvalue(L, -2);
                    lua_rawset(L, state);
                }
            }
            lua_pop(L, 1);
        }
    }
    scn_clamp_state(L, state);
}


/* Pushes a copy of the table at index: nested tables copied too (down to
 * depth), other values shared (functions, strings). A table met twice is
 * copied once (copies maps each original to its copy), so a shared or
 * cyclic table stays one table and costs its size, not its paths. */
static void scn_copy_table(lua_State *L, int index, int depth, int copies)
{
    SCN_ROOM(L);
    index = lua_absindex(L, index);
    lua_newtable(L);
    lua_pushvalue(L, index);
    lua_pushvalue(L, -2);
    lua_rawset(L, copies);
    lua_pushnil(L);
    while (lua_next(L, index) != 0) {
        lua_pushvalue(L, -2);
        if (lua_type(L, -2) == LUA_TTABLE && depth > 0) {
            lua_pushvalue(L, -2);
            if (lua_rawget(L, copies) != LUA_TTABLE) {
                lua_pop(L, 1);
                scn_copy_table(L, -2, depth - 1, copies);
            }
            lua_remove(L, -3);
        } else {
            lua_pushvalue(L, -2);
            lua_remove(L, -3);
        }
        lua_rawset(L, -4);
    }
}

static int scn_checkpoint_call(lua_State *L)
{
    ScnCall *call = scn_call_arg(L);
    scn_push_root(L);
    if (call->found) {
        lua_newtable(L);
        int copies = lua_gettop(L);
        scn_push_state(L);
        scn_copy_table(L, -1, 3, copies);
        lua_setfield(L, -4, "checkpoint");
        lua_pop(L, 2);
    } else if (lua_getfield(L, -1, "checkpoint") == LUA_TTABLE) {
        scn_guard_state(L, -1);
        lua_setfield(L, -2, "state");
        lua_pushnil(L);
        lua_setfield(L, -2, "checkpoint");
    }
    return 0;
}

int scn_state_checkpoint(Scenario *scenario, CoachError *err)
{
    ScnCall call = {.scenario = scenario, .found = true};
    return scn_protected(scenario, scn_checkpoint_call, &call, err);
}

int scn_state_rollback(Scenario *scenario, CoachError *err)
{
    ScnCall call = {.scenario = scenario, .found = false};
    return scn_protected(scenario, scn_checkpoint_call, &call, err);
}


static int scn_state_add_call(lua_State *L)
{
    ScnCall *call = scn_call_arg(L);
    scn_push_state(L);
    int state = lua_gettop(L);
    lua_pushstring(L, call->name);
    lua_rawget(L, state);
    lua_Number old = lua_type(L, -1) == LUA_TNUMBER ? lua_tonumber(L, -1) : 0;
    lua_pushstring(L, call->name);
    lua_pushnumber(L, old + call->delta);
    lua_rawset(L, state);
    scn_clamp_state(L, state);
    return 0;
}

int scn_state_add(Scenario *scenario, const char *name, double delta, CoachError *err)
{
    if (name == NULL || strcmp(name, "visits") == 0 || strcmp(name, "random") == 0)
        return err_set(err, COACH_EUSAGE, scenario->path, 0, "scn_state_add: bad name");
    ScnCall call = {.scenario = scenario, .name = name, .delta = delta};
    return scn_protected(scenario, scn_state_add_call, &call, err);
}

static int scn_state_number_call(lua_State *L)
{
    ScnCall *call = scn_call_arg(L);
    scn_push_state(L);
    lua_pushstring(L, call->name);
    if (lua_rawget(L, -2) == LUA_TNUMBER) {
        call->number = lua_tonumber(L, -1);
        call->found = true;
    }
    return 0;
}

bool scn_state_number(const Scenario *scenario, const char *name, double *out)
{
    if (name == NULL)
        return false;
    Scenario *s = (Scenario *)scenario; /* reads only; the call needs the Lua state */
    ScnCall call = {.scenario = s, .name = name};
    if (scn_protected(s, scn_state_number_call, &call, NULL) != COACH_OK || !call.found)
        return false;
    if (out != NULL)
        *out = call.number;
    return true;
}

/* --- the JSON snapshot ----------------------------------------------------------
 *
 * The log stores the state after every turn. State is the author's, and a
 * table can be shared or hold itself: following references wrote a 771 MB
 * log from under 1 MB of Lua memory (issue 15). So a table is written once,
 * at the first place the walk (sorted keys) meets it, and every later
 * meeting is {"$ref": "#/json/pointer"} to there; the walk stops taking
 * entries after SCN_STATE_JSON_BUDGET bytes (one entry may cross it) and
 * says how many it left out in "$cut". Text is written as valid UTF-8
 * (invalid bytes become U+FFFD), strings cut at SCN_STATE_STRING_BYTES on a
 * character boundary, keys longer than SCN_STATE_KEY_BYTES left out. */

#define SCN_STATE_JSON_BUDGET ((size_t)16 * 1024)
#define SCN_STATE_STRING_BYTES ((size_t)4096)
#define SCN_STATE_KEY_BYTES ((size_t)256)
#define SCN_STATE_DEPTH 3
/* "#" and up to SCN_STATE_DEPTH keys, each repaired (x3) and escaped (x2). */
#define SCN_STATE_PATH_BYTES (8 + SCN_STATE_DEPTH * (SCN_STATE_KEY_BYTES * 6 + 1))

typedef struct ScnJsonWalk {
    Scenario *s;
    int seen;        /* stack index: table -> the JSON pointer it was written at */
    size_t cut;      /* entries left out for the budget or their key's length */
    char path[SCN_STATE_PATH_BYTES];
    size_t path_length;
} ScnJsonWalk;

/* The JSON text grows in s->json (owned by the Scenario, so an error half-way
 * leaks nothing). */
static void scn_json_add(lua_State *L, Scenario *s, const char *text, size_t length)
{
    if (s->json_length + length + 1 > s->json_capacity) {
        size_t capacity = s->json_capacity ? s->json_capacity : 256;
        while (capacity < s->json_length + length + 1)
            capacity *= 2;
        char *grown = realloc(s->json, capacity);
        if (grown == NULL)
            luaL_error(L, "out of memory");
        s->json = grown;
        s->json_capacity = capacity;
    }
    memcpy(s->json + s->json_length, text, length);
    s->json_length += length;
    s->json[s->json_length] = '\0';
}

static void scn_json_text(lua_State *L, Scenario *s, const char *text)
{
    scn_json_add(L, s, text, strlen(text));
}

/* Appends text[0..length) as a JSON string, its first max bytes at most, cut
 * on a character boundary: valid UTF-8 (an invalid byte becomes U+FFFD),
 * quotes, backslashes and control characters escaped. */
static void scn_json_string(lua_State *L, Scenario *s, const char *text, size_t length, size_t max)
{
    scn_json_text(L, s, "\"");
    size_t run = 0, i = 0;
    while (i < length) {
        size_t n = utf8_next(text + i, length - i, NULL);
        if (i + (n > 0 ? n : 1) > max)
            break;
        unsigned char c = (unsigned char)text[i];
        if (n > 1 || (n == 1 && c != '"' && c != '\\' && c >= 0x20)) {
            i += n;
            continue;
        }
        scn_json_add(L, s, text + run, i - run);
        char escaped[8];
        if (n == 0)
            snprintf(escaped, sizeof escaped, "\xEF\xBF\xBD");
        else if (c == '"' || c == '\\')
            snprintf(escaped, sizeof escaped, "\\%c", c);
        else
            snprintf(escaped, sizeof escaped, "\\u%04x", c);
        scn_json_text(L, s, escaped);
        run = ++i;
    }
    scn_json_add(L, s, text + run, i - run);
    scn_json_text(L, s, "\"");
}

/* Appends key to the walk's JSON pointer ("/" then the key, ~ and / escaped
 * as RFC 6901 says, invalid UTF-8 as U+FFFD); returns the length before. */
static size_t scn_path_push(ScnJsonWalk *walk, const char *key, size_t length)
{
    size_t before = walk->path_length, at = before;
    char *path = walk->path;
    path[at++] = '/';
    for (size_t i = 0; i < length && at + 8 < sizeof walk->path;) {
        size_t n = utf8_next(key + i, length - i, NULL);
        if (n == 0) {
            memcpy(path + at, "\xEF\xBF\xBD", 3);
            at += 3;
            i++;
        } else if (key[i] == '~' || key[i] == '/') {
            path[at++] = '~';
            path[at++] = key[i] == '~' ? '0' : '1';
            i++;
        } else {
            memcpy(path + at, key + i, n);
            at += n;
            i += n;
        }
    }
    path[at] = '\0';
    walk->path_length = at;
    return before;
}

static void scn_path_pop(ScnJsonWalk *walk, size_t before)
{
    walk->path_length = before;
    walk->path[before] = '\0';
}

static int scn_compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Appends the table at index as a JSON object with sorted keys (functions
 * and other non-data values left out; tables below SCN_STATE_DEPTH too). */
static void scn_json_table(lua_State *L, ScnJsonWalk *walk, int table, int depth)
{
    SCN_ROOM(L);
    Scenario *s = walk->s;
    table = lua_absindex(L, table);
    size_t count = 0;
    lua_pushnil(L);
    while (lua_next(L, table) != 0) {
        if (lua_type(L, -2) == LUA_TSTRING)
            count++;
        lua_pop(L, 1);
    }
    /* the key strings stay alive: the table holds them */
    const char **keys = lua_newuserdatauv(L, (count + 1) * sizeof *keys, 0);
    int keys_index = lua_gettop(L);
    size_t n = 0;
    lua_pushnil(L);
    while (lua_next(L, table) != 0) {
        if (lua_type(L, -2) == LUA_TSTRING && n < count)
            keys[n++] = lua_tostring(L, -2);
        lua_pop(L, 1);
    }
    qsort(keys, n, sizeof *keys, scn_compare_strings);
    scn_json_text(L, s, "{");
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        if (s->json_length >= SCN_STATE_JSON_BUDGET) {
            walk->cut += n - i;
            break;
        }
        size_t key_length = strlen(keys[i]);
        lua_pushstring(L, keys[i]);
        lua_rawget(L, table);
        int type = lua_type(L, -1);
        bool data = type == LUA_TNUMBER || type == LUA_TBOOLEAN || type == LUA_TSTRING ||
                    (type == LUA_TTABLE && depth < SCN_STATE_DEPTH); /* author data is shallow */
        if (data && key_length > SCN_STATE_KEY_BYTES) {
            walk->cut++;
            data = false;
        }
        if (!data) {
            lua_pop(L, 1);
            continue;
        }
        if (!first)
            scn_json_text(L, s, ",");
        first = false;
        scn_json_string(L, s, keys[i], key_length, SCN_STATE_KEY_BYTES);
        scn_json_text(L, s, ":");
        if (type == LUA_TNUMBER) {
            char number[64];
            lua_Number value = lua_tonumber(L, -1);
            if (value != value || isinf(value))
                snprintf(number, sizeof number, "null");
            else if (value == floor(value) && fabs(value) < 1e15)
                snprintf(number, sizeof number, "%.0f", value);
            else
                snprintf(number, sizeof number, "%.6g", value);
            scn_json_text(L, s, number);
        } else if (type == LUA_TBOOLEAN) {
            scn_json_text(L, s, lua_toboolean(L, -1) ? "true" : "false");
        } else if (type == LUA_TSTRING) {
            size_t length = 0;
            const char *text = lua_tolstring(L, -1, &length);
            scn_json_string(L, s, text, length, SCN_STATE_STRING_BYTES);
        } else {
            size_t before = scn_path_push(walk, keys[i], key_length);
            lua_pushvalue(L, -1);
            if (lua_rawget(L, walk->seen) == LUA_TSTRING) {
                /* met before: written there once, referenced here */
                size_t length = 0;
                const char *at = lua_tolstring(L, -1, &length);
                scn_json_text(L, s, "{\"$ref\":");
                scn_json_string(L, s, at, length, length);
                scn_json_text(L, s, "}");
                lua_pop(L, 1);
            } else {
                lua_pop(L, 1);
                lua_pushvalue(L, -1);
                lua_pushlstring(L, walk->path, walk->path_length);
                lua_rawset(L, walk->seen);
                scn_json_table(L, walk, -1, depth + 1);
            }
            scn_path_pop(walk, before);
        }
        lua_pop(L, 1);
    }
    if (depth == 0 && walk->cut > 0) {
        char cut[48];
        snprintf(cut, sizeof cut, "%s\"$cut\":%zu", first ? "" : ",", walk->cut);
        scn_json_text(L, s, cut);
    }
    scn_json_text(L, s, "}");
    lua_remove(L, keys_index);
}

static int scn_state_json_call(lua_State *L)
{
    ScnCall *call = scn_call_arg(L);
    Scenario *s = call->scenario;
    s->json_length = 0;
    ScnJsonWalk *walk = lua_newuserdatauv(L, sizeof *walk, 0);
    memset(walk, 0, sizeof *walk);
    walk->s = s;
    walk->path[0] = '#';
    walk->path_length = 1;
    lua_newtable(L);
    walk->seen = lua_gettop(L);
    scn_push_state(L);
    lua_pushvalue(L, -1);
    lua_pushliteral(L, "#");
    lua_rawset(L, walk->seen);
    scn_json_table(L, walk, lua_gettop(L), 0);
    call->found = true;
    return 0;
}

char *scn_state_json(const Scenario *scenario)
{
    Scenario *s = (Scenario *)scenario; /* reads only; the call needs the Lua state */
    ScnCall call = {.scenario = s};
    if (scn_protected(s, scn_state_json_call, &call, NULL) != COACH_OK || !call.found ||
        s->json == NULL)
        return NULL;
    return strdup(s->json);
}

/* --- representative states for coach check ------------------------------- */

typedef struct ScnVariant {
    size_t variant;
    bool applied;
    char *description;
    size_t size;
} ScnVariant;

static int scn_state_variant_call(lua_State *L)
{
    ScnCall *call = scn_call_arg(L);
    Scenario *s = call->scenario;
    ScnVariant *want = call->extra;
    size_t seen = 1; /* variant 0: the start, as scn_begin left it */
    if (want->variant == 0) {
        want->applied = true;
        snprintf(want->description, want->size, "the start");
        return 0;
    }
    scn_push_state(L);
    int state = lua_gettop(L);
    for (size_t i = 0; i < s->var_count; i++) {
        const ScnVar *var = &s->vars[i];
        size_t here = var->type == LUA_TBOOLEAN ? 1 : var->type == LUA_TNUMBER && var->bounded ? 2 : 0;
        if (want->variant >= seen + here) {
            seen += here;
            continue;
        }
        lua_pushstring(L, var->name);
        if (var->type == LUA_TBOOLEAN) {
            lua_pushboolean(L, !var->start_boolean);
            snprintf(want->description, want->size, "%s = %s", var->name, var->start_boolean ? "false" : "true");
        } else {
            double value = want->variant == seen ? var->min : var->max;
            lua_pushnumber(L, value);
            snprintf(want->description, want->size, "%s = %g", var->name, value);
        }
        lua_rawset(L, state);
        want->applied = true;
        return 0;
    }
    return 0;
}

int scn_state_variant(Scenario *scenario, size_t variant, bool *applied, char *description,
                      size_t size, CoachError *err)
{
    char fallback[8];
    ScnVariant want = {variant, false, description != NULL ? description : fallback,
                       description != NULL ? size : sizeof fallback};
    ScnCall call = {.scenario = scenario, .extra = &want};
    int rc = scn_protected(scenario, scn_state_variant_call, &call, err);
    *applied = rc == COACH_OK && want.applied;
    return rc;
}
