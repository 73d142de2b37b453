/* scenario_state: the run's state table (trust, interest, the author's
 * variables, visits, random): starting a run, applying effects, clamping,
 * reading and adding from C, and the JSON snapshot a log stores each turn. */
#include "scenario_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- run state ---------------------------------------------------------------- */

void scn_push_state(lua_State *L)
{
    scn_push_root_field(L, "state");
}

void scn_clamp_state(lua_State *L, int state)
{
    static const char *const bounded[] = {"trust", "interest", NULL};
    for (size_t i = 0; bounded[i] != NULL; i++) {
        if (lua_getfield(L, state, bounded[i]) == LUA_TNUMBER) {
            lua_Number value = lua_tonumber(L, -1);
            lua_Number clamped = value < 0 ? 0 : value > 100 ? 100 : value;
            if (clamped != value || value != value) {
                lua_pushnumber(L, value != value ? 0 : clamped);
                lua_setfield(L, state, bounded[i]);
            }
        }
        lua_pop(L, 1);
    }
}

static int scn_begin_call(lua_State *L)
{
    lua_newtable(L);
    int state = lua_gettop(L);
    lua_pushinteger(L, 50);
    lua_setfield(L, state, "trust");
    lua_pushinteger(L, 50);
    lua_setfield(L, state, "interest");
    scn_push_root_field(L, "def");
    if (lua_getfield(L, -1, "state") == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2) != 0) {
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_settable(L, state);
        }
    }
    lua_pop(L, 2);
    lua_newtable(L);
    lua_setfield(L, state, "visits");
    lua_pushcfunction(L, sandbox_random);
    lua_setfield(L, state, "random");
    scn_clamp_state(L, state);
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
    if (lua_type(L, effects) == LUA_TFUNCTION) {
        lua_pushvalue(L, effects);
        lua_pushvalue(L, state);
        lua_call(L, 1, 0);
    } else if (lua_type(L, effects) == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, effects) != 0) {
            if (lua_type(L, -2) == LUA_TSTRING) {
                if (lua_type(L, -1) == LUA_TNUMBER) {
                    lua_Number delta = lua_tonumber(L, -1);
                    lua_pushvalue(L, -2);
                    lua_gettable(L, state);
                    lua_Number old = lua_type(L, -1) == LUA_TNUMBER ? lua_tonumber(L, -1) : 0;
                    lua_pop(L, 1);
                    lua_pushvalue(L, -2);
                    lua_pushnumber(L, old + delta);
                    lua_settable(L, state);
                } else {
                    lua_pushvalue(L, -2);
                    lua_pushvalue(L, -2);
                    lua_settable(L, state);
                }
            }
            lua_pop(L, 1);
        }
    }
    scn_clamp_state(L, state);
}


/* Pushes a copy of the table at index: nested tables copied too (down to
 * depth), other values shared (functions, strings). */
static void scn_copy_table(lua_State *L, int index, int depth)
{
    SCN_ROOM(L);
    index = lua_absindex(L, index);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, index) != 0) {
        lua_pushvalue(L, -2);
        if (lua_type(L, -2) == LUA_TTABLE && depth > 0) {
            scn_copy_table(L, -2, depth - 1);
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
        scn_push_state(L);
        scn_copy_table(L, -1, 3);
        lua_setfield(L, -3, "checkpoint");
    } else if (lua_getfield(L, -1, "checkpoint") == LUA_TTABLE) {
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
    lua_getfield(L, state, call->name);
    lua_Number old = lua_type(L, -1) == LUA_TNUMBER ? lua_tonumber(L, -1) : 0;
    lua_pushnumber(L, old + call->delta);
    lua_setfield(L, state, call->name);
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
    if (lua_getfield(L, -1, call->name) == LUA_TNUMBER) {
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

static void scn_json_string(lua_State *L, Scenario *s, const char *text, size_t length)
{
    scn_json_text(L, s, "\"");
    size_t run = 0;
    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '"' || c == '\\' || c < 0x20) {
            scn_json_add(L, s, text + run, i - run);
            char escaped[8];
            if (c == '"' || c == '\\')
                snprintf(escaped, sizeof escaped, "\\%c", c);
            else
                snprintf(escaped, sizeof escaped, "\\u%04x", c);
            scn_json_text(L, s, escaped);
            run = i + 1;
        }
    }
    scn_json_add(L, s, text + run, length - run);
    scn_json_text(L, s, "\"");
}

static int scn_compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Appends the table at index as a JSON object with sorted keys (functions
 * and other non-data values left out). */
static void scn_json_table(lua_State *L, Scenario *s, int table, int depth)
{
    SCN_ROOM(L);
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
        lua_pushstring(L, keys[i]);
        lua_rawget(L, table);
        int type = lua_type(L, -1);
        bool data = type == LUA_TNUMBER || type == LUA_TBOOLEAN || type == LUA_TSTRING ||
                    (type == LUA_TTABLE && depth < 3); /* author data is shallow */
        if (data) {
            if (!first)
                scn_json_text(L, s, ",");
            first = false;
            scn_json_string(L, s, keys[i], strlen(keys[i]));
            scn_json_text(L, s, ":");
        }
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
            scn_json_string(L, s, text, length > 4096 ? 4096 : length);
        } else if (data) {
            scn_json_table(L, s, -1, depth + 1);
        }
        lua_pop(L, 1);
    }
    scn_json_text(L, s, "}");
    lua_remove(L, keys_index);
}

static int scn_state_json_call(lua_State *L)
{
    ScnCall *call = scn_call_arg(L);
    Scenario *s = call->scenario;
    s->json_length = 0;
    scn_push_state(L);
    scn_json_table(L, s, lua_gettop(L), 0);
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
