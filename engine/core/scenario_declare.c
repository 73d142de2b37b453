/* scenario_declare: the functions a scenario file calls while it runs at
 * load: scenario { ... }, node "id" { ... } and include "lib/x.lua". They
 * only record declarations in the root table; scenario_read.c checks them. */
#include "scenario_internal.h"
#include "utf8.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- include "lib/name.lua" ------------------------------------------------- */

#define SCN_MAX_INCLUDE_PATH 200

/* Why rel may not be included, or NULL: it must be "lib/...", relative, made
 * of [a-z0-9_/.-] with no empty, "." or ".." part, and end in ".lua". */
static const char *scn_include_refusal(const char *rel, size_t length)
{
    if (length == 0 || length > SCN_MAX_INCLUDE_PATH)
        return "the path is empty or longer than 200 characters";
    if (rel[0] == '/')
        return "absolute paths are not allowed (write it relative to the scenario's folder, "
               "e.g. \"lib/helpers.lua\")";
    for (size_t i = 0; i < length; i++) {
        unsigned char c = (unsigned char)rel[i];
        if (!(islower(c) || isdigit(c) || c == '_' || c == '/' || c == '.' || c == '-'))
            return "only a-z, 0-9, '_', '/', '.' and '-' are allowed in the path";
    }
    for (const char *part = rel, *end = rel + length; part < end + 1;) {
        const char *slash = memchr(part, '/', (size_t)(end - part));
        size_t n = (size_t)((slash != NULL ? slash : end) - part);
        if (n == 0)
            return "the path has an empty part ('//' or a trailing '/')";
        if ((n == 1 && part[0] == '.') || (n == 2 && part[0] == '.' && part[1] == '.'))
            return "'.' and '..' are not allowed: included files stay inside lib/";
        if (slash == NULL)
            break;
        part = slash + 1;
    }
    if (strncmp(rel, "lib/", 4) != 0)
        return "included files must be inside the lib/ folder next to the scenario";
    if (length < 9 || strcmp(rel + length - 4, ".lua") != 0)
        return "the path must name a .lua file";
    return NULL;
}

/* Raises "<caller file>:<line>: include "rel": why". */
static int scn_include_error(lua_State *L, const char *rel, const char *format, ...)
{
    char message[600];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    luaL_where(L, 1);
    lua_pushfstring(L, "include \"%s\": %s", rel, message);
    lua_concat(L, 2);
    return lua_error(L);
}

/* include "lib/name.lua": runs that file (relative to the scenario's folder)
 * in the same sandbox and budget once, and returns what it returns, cached
 * by path in upvalue 1 (false while it runs, to catch include cycles). */
static int scn_lua_include(lua_State *L)
{
    SCN_ROOM(L);
    Scenario *s = scn_from(L);
    if (lua_type(L, 1) != LUA_TSTRING)
        return scn_include_error(L, "?", "needs a path string, e.g. include \"lib/helpers.lua\"");
    size_t length = 0;
    const char *rel = lua_tolstring(L, 1, &length);
    const char *why = scn_include_refusal(rel, length);
    if (why != NULL)
        return scn_include_error(L, length <= SCN_MAX_INCLUDE_PATH ? rel : "...", "%s", why);
    int cache = lua_upvalueindex(1);
    lua_settop(L, 1);
    lua_pushvalue(L, 1);
    int cached = lua_rawget(L, cache);
    if (cached == LUA_TTABLE) {
        lua_rawgeti(L, -1, 1);
        return 1;
    }
    if (cached == LUA_TBOOLEAN)
        return scn_include_error(L, rel, "include cycle: the file is already being included");
    lua_pop(L, 1);

    const char *slash = strrchr(s->path, '/');
    if (slash != NULL)
        lua_pushlstring(L, s->path, (size_t)(slash - s->path) + 1);
    else
        lua_pushliteral(L, "");
    lua_pushvalue(L, 1);
    lua_concat(L, 2);
    const char *full = lua_tostring(L, 2);
    /* Size it, then read it, with no Lua allocation while the file is open
     * (an allocation error would leak the FILE). */
    FILE *file = fopen(full, "rb");
    if (file == NULL)
        return scn_include_error(L, rel, "cannot open %s: %s", full, strerror(errno));
    long size = fseek(file, 0, SEEK_END) == 0 ? ftell(file) : -1;
    fclose(file);
    if (size < 0)
        return scn_include_error(L, rel, "cannot read %s", full);
    if (size > SCN_MAX_FILE_BYTES)
        return scn_include_error(L, rel, "%s is larger than %ld MiB", full,
                                 SCN_MAX_FILE_BYTES / (1024 * 1024));
    char *text = lua_newuserdatauv(L, (size_t)size + 1, 0);
    file = fopen(full, "rb");
    if (file == NULL)
        return scn_include_error(L, rel, "cannot open %s: %s", full, strerror(errno));
    size_t got = fread(text, 1, (size_t)size, file);
    bool failed = ferror(file) != 0;
    fclose(file);
    if (failed)
        return scn_include_error(L, rel, "cannot read %s", full);
    size_t bad = utf8_invalid_at(text, got);
    if (bad < got) {
        CoachError invalid;
        scn_invalid_utf8_error(&invalid, full, text, bad);
        return scn_include_error(L, rel, "%s:%d: %s", full, invalid.line, invalid.message);
    }
    lua_pushfstring(L, "@%s", full);
    if (sandbox_load_text(L, text, got, lua_tostring(L, -1)) != LUA_OK)
        return scn_include_error(L, rel, "%s", lua_tostring(L, -1));
    lua_pushvalue(L, 1);
    lua_pushboolean(L, 0);
    lua_rawset(L, cache);
    if (lua_pcall(L, 0, 1, 0) != LUA_OK) {
        lua_pushvalue(L, 1);
        lua_pushnil(L);
        lua_rawset(L, cache); /* not a cycle next time: the error is raised again below */
        return lua_error(L);
    }
    lua_createtable(L, 1, 0);
    lua_pushvalue(L, -2);
    lua_rawseti(L, -2, 1);
    lua_pushvalue(L, 1);
    lua_insert(L, -2);
    lua_rawset(L, cache);
    return 1;
}

/* --- the declaration API: scenario {...}, node "id" {...} ---------------- */

static int scn_lua_scenario(lua_State *L)
{
    SCN_ROOM(L);
    int line = sandbox_caller_line(L);
    if (lua_type(L, 1) != LUA_TTABLE)
        return sandbox_raise(L, line, "scenario needs a table: scenario { id = ..., start = ... }");
    scn_push_root(L);
    if (lua_getfield(L, -1, "def") != LUA_TNIL) {
        lua_getfield(L, -2, "def_line");
        return sandbox_raise(L, line, "scenario { ... } is declared twice (first at line %d)",
                         (int)lua_tointeger(L, -1));
    }
    lua_pop(L, 1);
    lua_pushvalue(L, 1);
    lua_setfield(L, -2, "def");
    lua_pushinteger(L, line);
    lua_setfield(L, -2, "def_line");
    return 0;
}

/* The declarations live in the root table: decl_ids[i] and decl_lines[i]
 * for the i-th `node "id"`, byid[id] = i, and nodes[i] = its body. The
 * `node` function holds byid, decl_ids, decl_lines and nodes as upvalues;
 * the body function it returns holds i, decl_ids and nodes. */
enum { SCN_UP_BYID = 1, SCN_UP_DECL_IDS, SCN_UP_DECL_LINES, SCN_UP_NODES };
enum { SCN_UP_BODY_POSITION = 1, SCN_UP_BODY_DECL_IDS, SCN_UP_BODY_NODES };

static int scn_lua_node_body(lua_State *L)
{
    SCN_ROOM(L);
    lua_Integer position = lua_tointeger(L, lua_upvalueindex(SCN_UP_BODY_POSITION));
    lua_rawgeti(L, lua_upvalueindex(SCN_UP_BODY_DECL_IDS), position);
    const char *id = lua_tostring(L, -1);
    if (lua_type(L, 1) != LUA_TTABLE)
        return sandbox_raise(L, sandbox_caller_line(L),
                         "node \"%s\" needs a table body: node \"%s\" { say = ... }", id, id);
    int nodes = lua_upvalueindex(SCN_UP_BODY_NODES);
    if (lua_rawgeti(L, nodes, position) != LUA_TNIL)
        return sandbox_raise(L, sandbox_caller_line(L), "node \"%s\" was given a body twice", id);
    lua_pushvalue(L, 1);
    lua_rawseti(L, nodes, position);
    return 0;
}

static int scn_lua_node(lua_State *L)
{
    SCN_ROOM(L);
    int line = sandbox_caller_line(L);
    if (lua_type(L, 1) != LUA_TSTRING)
        return sandbox_raise(L, line, "node needs an id string: node \"id\" { ... }");
    const char *id = lua_tostring(L, 1);
    if (id[0] == '\0')
        return sandbox_raise(L, line, "a node id cannot be empty");
    for (const char *p = id; *p != '\0'; p++)
        if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-')
            return sandbox_raise(L, line, "node id \"%s\": use letters, digits, _ and - only", id);
    int byid = lua_upvalueindex(SCN_UP_BYID);
    int decl_ids = lua_upvalueindex(SCN_UP_DECL_IDS);
    int decl_lines = lua_upvalueindex(SCN_UP_DECL_LINES);
    if (lua_getfield(L, byid, id) != LUA_TNIL) {
        lua_rawgeti(L, decl_lines, lua_tointeger(L, -1));
        return sandbox_raise(L, line, "node \"%s\" is declared twice (first at line %d)", id,
                         (int)lua_tointeger(L, -1));
    }
    lua_pop(L, 1);
    lua_Integer position = (lua_Integer)lua_rawlen(L, decl_ids) + 1;
    lua_pushvalue(L, 1);
    lua_rawseti(L, decl_ids, position);
    lua_pushinteger(L, line);
    lua_rawseti(L, decl_lines, position);
    lua_pushinteger(L, position);
    lua_setfield(L, byid, id);
    lua_pushinteger(L, position);
    lua_pushvalue(L, decl_ids);
    lua_pushvalue(L, lua_upvalueindex(SCN_UP_NODES));
    lua_pushcclosure(L, scn_lua_node_body, 3);
    return 1;
}

/* __index of the globals: a name nothing defines. Usually a label or a node
 * id written without quotes (`when = next_step` would read nil and make the
 * rule take every line) or a state variable without `s.`. While the file's
 * own chunk runs it is recorded and the name stands for itself, so the load
 * goes on and every such slip is reported; later it is an error. */
static int scn_lua_unknown_global(lua_State *L)
{
    SCN_ROOM(L);
    Scenario *s = scn_from(L);
    if (lua_type(L, 2) != LUA_TSTRING) {
        lua_pushnil(L);
        return 1;
    }
    const char *name = lua_tostring(L, 2);
    static const char *const unavailable[] = {"io", "os", "require", "debug", "dofile", "loadfile",
                                              "package", "collectgarbage", "coroutine", NULL};
    for (size_t i = 0; unavailable[i] != NULL; i++)
        if (strcmp(name, unavailable[i]) == 0)
            return luaL_error(L, "'%s' is not available in the sandbox: only base, string, table, math "
                                 "and utf8", name);
    char hint[200] = "";
    if (scn_var(s, name) != NULL && !s->loading)
        snprintf(hint, sizeof hint, " (did you mean s.%s?)", name);
    else if (an_label_from_name(name, NULL) || s->loading)
        snprintf(hint, sizeof hint, ": a label or node id is written in quotes, \"%.60s\"", name);
    lua_Debug ar;
    bool own_chunk = lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) && ar.source[0] == '@' &&
                     strcmp(ar.source + 1, s->path) == 0;
    if (s->loading && own_chunk) {
        scn_problem(L, ar.currentline, "'%.100s' is not defined%s", name, hint);
        lua_pushvalue(L, 2);
        return 1;
    }
    if (s->loading) { /* a lib file's own top level (`X = X or {}`) */
        lua_pushnil(L);
        return 1;
    }
    return luaL_error(L, "'%s' is not defined%s", name, hint);
}

/* Adds the declaration API (scenario, node, include) to the sandbox's
 * globals and makes the root table. */
int scn_open_api(lua_State *L)
{
    SCN_ROOM(L);
    Scenario *s = scn_from(L);
    lua_pushcfunction(L, scn_lua_scenario);
    lua_setglobal(L, "scenario");
    lua_newtable(L);
    lua_pushcclosure(L, scn_lua_include, 1);
    lua_setglobal(L, "include");

    lua_createtable(L, 0, 8);
    int root = lua_gettop(L);
    static const char *const declaration_tables[] = {"byid", "decl_ids", "decl_lines", "nodes"};
    for (size_t i = 0; i < 4; i++) { /* in SCN_UP_* order */
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_setfield(L, root, declaration_tables[i]);
    }
    lua_pushcclosure(L, scn_lua_node, 4);
    lua_setglobal(L, "node");
    lua_pushglobaltable(L);
    lua_createtable(L, 0, 1);
    lua_pushcfunction(L, scn_lua_unknown_global);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
    lua_pop(L, 1);
    s->root_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}
