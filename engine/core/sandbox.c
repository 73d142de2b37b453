/* sandbox: see sandbox.h.
 *
 * The budget: one counter per call, `budget`, that the count hook takes
 * HOOK_STEP instructions from each time it fires and that the pattern
 * matcher takes its steps from (sandbox_charge). When it runs out the hook
 * is re-armed to fire before every instruction and raises each time: a
 * `pcall` in the sandboxed code may catch the first error, but the next
 * instruction raises again, so the code cannot carry on. */
#include "sandbox.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "sandbox_internal.h"

/* The hook fires every HOOK_STEP instructions: often enough that a loop
 * stops within a few microseconds of its budget, rarely enough to cost
 * nothing measurable. */
enum { HOOK_STEP = 1000 };

/* What one string.rep may make, and what `print` may write in the life of a
 * sandbox: beyond these it is a runaway, not a scenario. */
#define REP_MAX_BYTES ((double)(1 << 20))
enum { PRINT_MAX_BYTES = 64 * 1024, PRINT_ARGUMENT_BYTES = 2000 };

struct Sandbox {
    lua_State *L;
    char *path;
    char *chunkname; /* "@" path, as lua_Debug.source shows it */
    char *what;
    void *owner;
    size_t memory_used, memory_limit;
    long per_call;
    long budget;     /* left in this call: instructions and pattern steps */
    bool spent;
    int last_line;   /* last line of our file the hook saw running */
    uint64_t random_state;
    size_t printed;
};

/* --- allocation, budget, errors ----------------------------------------- */

Sandbox *sandbox_of(lua_State *L)
{
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return ud;
}

void *sandbox_owner(lua_State *L)
{
    return sandbox_of(L)->owner;
}

/* Every byte Lua holds is counted here; growing past the cap fails, which
 * Lua turns into a "not enough memory" error after an emergency collection. */
static void *sandbox_alloc(void *ud, void *block, size_t old_size, size_t new_size)
{
    Sandbox *sandbox = ud;
    size_t old = block != NULL ? old_size : 0;
    if (new_size == 0) {
        free(block);
        sandbox->memory_used -= old;
        return NULL;
    }
    if (new_size > old && sandbox->memory_used - old + new_size > sandbox->memory_limit)
        return NULL;
    void *grown = realloc(block, new_size);
    if (grown == NULL)
        return NULL;
    sandbox->memory_used = sandbox->memory_used - old + new_size;
    return grown;
}

static void sandbox_hook(lua_State *L, lua_Debug *ar);

/* From now on the hook fires before every instruction (see the top). */
static void sandbox_spend(lua_State *L, Sandbox *sandbox)
{
    sandbox->spent = true;
    sandbox->budget = 0;
    lua_sethook(L, sandbox_hook, LUA_MASKCOUNT, 1);
}

static void sandbox_hook(lua_State *L, lua_Debug *ar)
{
    Sandbox *sandbox = sandbox_of(L);
    if (!lua_getinfo(L, "Sl", ar))
        ar->currentline = 0;
    else if (ar->currentline > 0 && strcmp(ar->source, sandbox->chunkname) == 0)
        sandbox->last_line = ar->currentline;
    if (!sandbox->spent) {
        sandbox->budget -= HOOK_STEP;
        if (sandbox->budget > 0)
            return;
        sandbox_spend(L, sandbox);
    }
    /* The running function's own file and line when that is another file
     * (an included lib): the error names the lib's line, and the message
     * handler adds the line of ours that included it. */
    const char *path = sandbox->path;
    int line = sandbox->last_line;
    if (ar->currentline > 0 && ar->source[0] == '@' && strcmp(ar->source, sandbox->chunkname) != 0) {
        path = ar->source + 1;
        line = ar->currentline;
    }
    lua_pushfstring(L, "%s:%d: the %s ran past its instruction budget (%d instructions in one call: "
                       "an endless loop or runaway recursion?)",
                    path, line, sandbox->what, (int)sandbox->per_call);
    lua_error(L);
}

void sandbox_charge(lua_State *L, long steps, const char *function)
{
    Sandbox *sandbox = sandbox_of(L);
    sandbox->budget -= steps;
    if (sandbox->budget > 0 && !sandbox->spent)
        return;
    sandbox_spend(L, sandbox);
    luaL_where(L, 1);
    lua_pushfstring(L, "pattern too expensive: %s ran past the %s's budget of %d steps in one call "
                       "(a pattern that backtracks on a long string?)",
                    function, sandbox->what, (int)sandbox->per_call);
    lua_concat(L, 2);
    lua_error(L);
}

int sandbox_caller_line(lua_State *L)
{
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar))
        return ar.currentline;
    return 0;
}

int sandbox_raise(lua_State *L, int line, const char *format, ...)
{
    Sandbox *sandbox = sandbox_of(L);
    char message[900];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    lua_pushfstring(L, "%s:%d: %s", sandbox->path, line, message);
    return lua_error(L);
}

/* Appends "\n@line N", N the line of the innermost frame running our file:
 * an error raised in C, or in a file it included, still gets our line. */
static int sandbox_message_handler(lua_State *L)
{
    Sandbox *sandbox = sandbox_of(L);
    const char *message = lua_tostring(L, 1);
    if (message == NULL)
        message = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    int line = 0;
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); level++)
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0 && strcmp(ar.source, sandbox->chunkname) == 0) {
            line = ar.currentline;
            break;
        }
    lua_pushfstring(L, "%s\n@line %d", message, line);
    return 1;
}

/* Does message start with our file's name as Lua shows it (maybe cut to
 * "...tail")? Returns the length of that prefix, or 0. */
static size_t sandbox_path_prefix(const Sandbox *sandbox, const char *message)
{
    size_t path_length = strlen(sandbox->path);
    if (strncmp(message, sandbox->path, path_length) == 0 && message[path_length] == ':')
        return path_length;
    if (strncmp(message, "...", 3) == 0) {
        const char *colon = strchr(message + 3, ':');
        if (colon == NULL)
            return 0;
        size_t tail = (size_t)(colon - (message + 3));
        if (tail > 0 && tail <= path_length &&
            strncmp(sandbox->path + path_length - tail, message + 3, tail) == 0)
            return (size_t)(colon - message);
    }
    return 0;
}

static const char *const unavailable_names[] = {"io", "os", "require", "debug", "dofile", "loadfile",
                                                "package", "collectgarbage", "dump", "coroutine", NULL};

/* The error message on top of the stack into err: our "path:line:" prefix
 * split off into err's file and line, the line the handler found otherwise. */
static int sandbox_error(Sandbox *sandbox, int status, int code, CoachError *err)
{
    const char *raw = lua_tostring(sandbox->L, -1);
    char text[1024];
    snprintf(text, sizeof text, "%s", raw != NULL ? raw : "unknown error");
    int line = 0;
    char *marker = strstr(text, "\n@line ");
    if (marker != NULL) {
        line = atoi(marker + 7);
        *marker = '\0';
    }
    char *newline = strchr(text, '\n');
    if (newline != NULL)
        *newline = '\0';
    const char *message = text;
    size_t prefix = sandbox_path_prefix(sandbox, text);
    if (prefix > 0 && isdigit((unsigned char)text[prefix + 1])) {
        char *end = NULL;
        long parsed = strtol(text + prefix + 1, &end, 10);
        if (end != NULL && *end == ':') {
            line = parsed > 0 && parsed < 1000000000 ? (int)parsed : line;
            message = end + 1;
            while (*message == ' ')
                message++;
        }
    }
    if (status == LUA_ERRMEM || strstr(message, "not enough memory") != NULL)
        return err_set(err, COACH_ESCRIPT, sandbox->path, line > 0 ? line : sandbox->last_line,
                       "the %s ran out of memory (its cap is %zu MiB)", sandbox->what,
                       sandbox->memory_limit / (1024 * 1024));
    const char *hint = "";
    for (size_t i = 0; unavailable_names[i] != NULL; i++) {
        char quoted[64];
        snprintf(quoted, sizeof quoted, "'%s'", unavailable_names[i]);
        if (strstr(message, quoted) != NULL && strstr(message, "nil value") != NULL) {
            hint = " (not available in the sandbox: only base, string, table, math and utf8)";
            break;
        }
    }
    /* No frame of ours on the stack (a tail call into an included file):
     * the last line of ours that ran. */
    return err_set(err, code, sandbox->path, line > 0 ? line : sandbox->last_line, "%s%s", message, hint);
}

/* --- calls ------------------------------------------------------------------ */

int sandbox_pcall(Sandbox *sandbox, int nargs, int nresults, CoachError *err)
{
    lua_State *L = sandbox->L;
    int function = lua_gettop(L) - nargs;
    if (!lua_checkstack(L, 2))
        return err_set(err, COACH_ENOMEM, sandbox->path, 0, "out of memory");
    sandbox->budget = sandbox->per_call;
    sandbox->spent = false;
    lua_sethook(L, sandbox_hook, LUA_MASKCOUNT, HOOK_STEP);
    lua_pushcfunction(L, sandbox_message_handler);
    lua_insert(L, function);
    int status = lua_pcall(L, nargs, nresults, function);
    int rc = COACH_OK;
    if (status != LUA_OK) {
        rc = sandbox_error(sandbox, status, COACH_ESCRIPT, err);
        lua_settop(L, function - 1);
    } else {
        lua_remove(L, function);
    }
    return rc;
}

int sandbox_call(Sandbox *sandbox, lua_CFunction fn, void *argument, CoachError *err)
{
    lua_State *L = sandbox->L;
    int base = lua_gettop(L);
    if (!lua_checkstack(L, 3))
        return err_set(err, COACH_ENOMEM, sandbox->path, 0, "out of memory");
    lua_pushcfunction(L, fn);
    lua_pushlightuserdata(L, argument);
    int rc = sandbox_pcall(sandbox, 1, 0, err);
    lua_settop(L, base);
    return rc;
}

int sandbox_load_text(lua_State *L, const char *text, size_t length, const char *chunkname)
{
    return luaL_loadbufferx(L, text, length, chunkname, "t");
}

int sandbox_load(Sandbox *sandbox, const char *text, size_t length, CoachError *err)
{
    lua_State *L = sandbox->L;
    /* No collection while parsing: no sandboxed code runs, all the parser
     * makes stays reachable until it ends, and an allocation that reaches
     * the memory cap still gets Lua's emergency collection. */
    lua_gc(L, LUA_GCSTOP);
    int status = sandbox_load_text(L, text, length, sandbox->chunkname);
    lua_gc(L, LUA_GCRESTART);
    if (status == LUA_OK)
        return COACH_OK;
    int rc = sandbox_error(sandbox, status, COACH_EPARSE, err);
    lua_pop(L, 1);
    return rc;
}

/* --- the safe library set ------------------------------------------------- */

static int sandbox_lua_load(lua_State *L)
{
    size_t length = 0;
    const char *chunk = lua_type(L, 1) == LUA_TSTRING ? lua_tolstring(L, 1, &length) : NULL;
    if (chunk == NULL) {
        luaL_pushfail(L);
        lua_pushstring(L, "load: only text chunks given as strings are allowed in the sandbox");
        return 2;
    }
    const char *name = luaL_optstring(L, 2, "=(load)");
    int env = !lua_isnone(L, 4) ? 4 : 0;
    if (sandbox_load_text(L, chunk, length, name) != LUA_OK) {
        luaL_pushfail(L);
        lua_insert(L, -2);
        return 2;
    }
    if (env != 0) {
        lua_pushvalue(L, env);
        if (lua_setupvalue(L, -2, 1) == NULL)
            lua_pop(L, 1);
    }
    return 1;
}

/* Appends text to line (capacity size, holding *used bytes) with control
 * bytes written as \xNN, so a script cannot drive the terminal. */
static void print_escaped(char *line, size_t size, size_t *used, const char *text, size_t length)
{
    for (size_t i = 0; i < length && *used + 5 < size; i++) {
        unsigned char c = (unsigned char)text[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            *used += (size_t)snprintf(line + *used, size - *used, "\\x%02x", c);
        else
            line[(*used)++] = (char)c;
    }
}

/* print(...): one line on stderr, "path: print: ...", until PRINT_MAX_BYTES
 * have been written; then one notice, then nothing. */
static int sandbox_lua_print(lua_State *L)
{
    Sandbox *sandbox = sandbox_of(L);
    if (sandbox->printed >= PRINT_MAX_BYTES)
        return 0;
    char line[4 * PRINT_ARGUMENT_BYTES + 64];
    size_t used = 0;
    int count = lua_gettop(L);
    for (int i = 1; i <= count; i++) {
        size_t length = 0;
        const char *text = luaL_tolstring(L, i, &length);
        if (used + 1 < sizeof line)
            line[used++] = ' ';
        print_escaped(line, sizeof line, &used, text, length > PRINT_ARGUMENT_BYTES ? PRINT_ARGUMENT_BYTES : length);
        lua_pop(L, 1);
    }
    fprintf(stderr, "%s: print:%.*s\n", sandbox->path, (int)used, line);
    sandbox->printed += used + 1;
    if (sandbox->printed >= PRINT_MAX_BYTES)
        fprintf(stderr, "%s: print: (more than %d KiB printed; the rest is left out)\n", sandbox->path,
                PRINT_MAX_BYTES / 1024);
    return 0;
}

static int sandbox_forward_to_upvalue(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* Lua runs finalisers with hooks off, so a __gc could loop past the budget:
 * sandboxed code may not set one. (Lua only marks an object for
 * finalisation when its metatable has __gc at setmetatable time.) */
static int sandbox_lua_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushstring(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "__gc finalisers are not allowed in the sandbox");
        lua_pop(L, 1);
    }
    return sandbox_forward_to_upvalue(L);
}

static int sandbox_lua_rep(lua_State *L)
{
    size_t length = 0, separator = 0;
    luaL_checklstring(L, 1, &length);
    lua_Integer count = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &separator);
    if (count > 0) {
        double total = (double)length * (double)count + (double)separator * (double)(count - 1);
        if (total > REP_MAX_BYTES)
            return luaL_error(L, "string.rep would make %f bytes: more memory than the sandbox "
                                 "gives one string.rep (1 MiB)", total);
    }
    return sandbox_forward_to_upvalue(L);
}

/* splitmix64: small, fast, and the same sequence on every machine. */
uint64_t sandbox_random_next(Sandbox *sandbox)
{
    uint64_t z = (sandbox->random_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int sandbox_random(lua_State *L)
{
    uint64_t value = sandbox_random_next(sandbox_of(L));
    int count = lua_gettop(L);
    if (count == 0) {
        lua_pushnumber(L, (lua_Number)(value >> 11) * (1.0 / 9007199254740992.0));
        return 1;
    }
    lua_Integer low = 1, high = luaL_checkinteger(L, 1);
    if (count >= 2) {
        low = high;
        high = luaL_checkinteger(L, 2);
    }
    luaL_argcheck(L, low <= high, count >= 2 ? 2 : 1, "interval is empty");
    uint64_t span = (uint64_t)high - (uint64_t)low + 1;
    lua_pushinteger(L, (lua_Integer)((uint64_t)low + (span == 0 ? value : value % span)));
    return 1;
}

static int sandbox_lua_randomseed(lua_State *L)
{
    sandbox_of(L)->random_state = (uint64_t)luaL_optinteger(L, 1, 0);
    return 0;
}

/* Opens base, string, table, math and utf8 (linit.c's way) and takes out or
 * replaces what could reach outside or run unbudgeted. */
static int sandbox_open(lua_State *L)
{
    bool offer_load = lua_toboolean(L, 1);
    static const luaL_Reg libraries[] = {
        {LUA_GNAME, luaopen_base},       {LUA_STRLIBNAME, luaopen_string},
        {LUA_TABLIBNAME, luaopen_table}, {LUA_MATHLIBNAME, luaopen_math},
        {LUA_UTF8LIBNAME, luaopen_utf8}, {NULL, NULL},
    };
    for (const luaL_Reg *library = libraries; library->func != NULL; library++) {
        luaL_requiref(L, library->name, library->func, 1);
        lua_pop(L, 1);
    }
    static const char *const removed[] = {"dofile", "loadfile", "collectgarbage", "load", NULL};
    for (size_t i = 0; removed[i] != NULL; i++) {
        lua_pushnil(L);
        lua_setglobal(L, removed[i]);
    }
    if (offer_load) {
        lua_pushcfunction(L, sandbox_lua_load);
        lua_setglobal(L, "load");
    }
    lua_pushcfunction(L, sandbox_lua_print);
    lua_setglobal(L, "print");
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, sandbox_lua_setmetatable, 1);
    lua_setglobal(L, "setmetatable");

    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_getfield(L, -1, "rep");
    lua_pushcclosure(L, sandbox_lua_rep, 1);
    lua_setfield(L, -2, "rep");
    sandbox_match_install(L, -1);
    lua_pop(L, 1);

    lua_getglobal(L, LUA_MATHLIBNAME);
    lua_pushcfunction(L, sandbox_random);
    lua_setfield(L, -2, "random");
    lua_pushcfunction(L, sandbox_lua_randomseed);
    lua_setfield(L, -2, "randomseed");
    lua_pop(L, 1);
    return 0;
}

/* --- lifecycle ---------------------------------------------------------------- */

Sandbox *sandbox_create(const SandboxConfig *config, CoachError *err)
{
    const char *path = config->path != NULL ? config->path : "?";
    Sandbox *sandbox = calloc(1, sizeof *sandbox);
    if (sandbox == NULL)
        goto out_of_memory;
    sandbox->owner = config->owner;
    sandbox->memory_limit = config->memory_bytes;
    sandbox->per_call = config->instructions_per_call;
    sandbox->path = strdup(path);
    sandbox->what = strdup(config->what != NULL ? config->what : "script");
    sandbox->chunkname = malloc(strlen(path) + 2);
    if (sandbox->path == NULL || sandbox->what == NULL || sandbox->chunkname == NULL)
        goto out_of_memory;
    snprintf(sandbox->chunkname, strlen(path) + 2, "@%s", path);
    sandbox->L = lua_newstate(sandbox_alloc, sandbox);
    if (sandbox->L == NULL)
        goto out_of_memory;
    lua_pushcfunction(sandbox->L, sandbox_open);
    lua_pushboolean(sandbox->L, config->offer_load);
    if (sandbox_pcall(sandbox, 1, 0, err) != COACH_OK) {
        sandbox_destroy(sandbox);
        return NULL;
    }
    return sandbox;
out_of_memory:
    sandbox_destroy(sandbox);
    err_set(err, COACH_ENOMEM, path, 0, "out of memory making the sandbox");
    return NULL;
}

void sandbox_destroy(Sandbox *sandbox)
{
    if (sandbox == NULL)
        return;
    if (sandbox->L != NULL) {
        /* A finaliser left behind gets no budget at all. */
        sandbox_spend(sandbox->L, sandbox);
        lua_close(sandbox->L);
    }
    free(sandbox->path);
    free(sandbox->what);
    free(sandbox->chunkname);
    free(sandbox);
}

lua_State *sandbox_lua(Sandbox *sandbox)
{
    return sandbox->L;
}

const char *sandbox_path(const Sandbox *sandbox)
{
    return sandbox->path;
}

size_t sandbox_memory_used(const Sandbox *sandbox)
{
    return sandbox->memory_used;
}

void sandbox_seed(Sandbox *sandbox, uint64_t seed)
{
    sandbox->random_state = seed;
}
