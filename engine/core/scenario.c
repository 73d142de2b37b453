/* scenario: see scenario.h. One sandboxed lua_State per loaded scenario.
 *
 * Layout: every call into Lua goes through scn_protected(), which resets the
 * instruction budget and runs a C function under lua_pcall with a message
 * handler that records the scenario line. Nothing touches the Lua state
 * outside such a call (a memory error there would panic). Strings the C side
 * hands out live in one arena of string blocks owned by the Scenario. */
#include "scenario.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <lauxlib.h>
#include <lua.h>

#include "sandbox.h"
#include "sha256.h"

#define SCN_DEFAULT_MEMORY ((size_t)64 * 1024 * 1024)
#define SCN_DEFAULT_INSTRUCTIONS 10000000L
#define SCN_MAX_FILE_BYTES ((long)8 * 1024 * 1024)
#define SCN_MAX_LINES 512
#define SCN_STRING_BLOCK_BYTES ((size_t)64 * 1024)

/* One block of the string arena; strings are packed back to back. */
typedef struct ScnStringBlock {
    struct ScnStringBlock *next;
    size_t used, size;
    char data[];
} ScnStringBlock;

typedef struct NodeData {
    ScnNode view;
    ScnEdge *edges;
    const char **cue_ids;
    const char **cue_words;
    const char **reveals;
    bool asks_for_work;
    bool typed;
    size_t choice_count;
} NodeData;

struct Scenario {
    Sandbox *sandbox;
    lua_State *L; /* the sandbox's */
    char *path;
    ScnLimits limits;
    int root_ref;
    char *source;
    size_t source_size;
    char sha256[65];     /* filled by scn_sha256() */
    size_t *line_starts; /* offset of each line's first byte in source (while loading) */
    size_t line_count;

    ScnInfo info;
    RubConfig rubric;
    NodeData *nodes;
    size_t node_count;
    ScnTarget *targets;
    size_t target_count;
    const char **terms[AN_TERM_KIND_COUNT];
    size_t term_count[AN_TERM_KIND_COUNT];
    ScnReaction *reactions;
    size_t reaction_count;

    ScnStringBlock *strings; /* the arena: the block being filled first */

    char *trainee;
    /* Results handed out until the next call. */
    char *line_text, *line_id, *choice_text, *choice_id, *route_id;
    char *json;
    size_t json_length, json_capacity;
};

/* Arguments and results of one protected call. */
typedef struct ScnCall {
    Scenario *scenario;
    int node;
    size_t index;
    const ScnMove *move;
    ScnLine *line;
    ScnStep *step;
    ScnChoice *choice;
    const char *name;
    double delta;
    double number;
    bool found;
} ScnCall;

static const char *const label_list_help = "a label id or a list of label ids";

/* --- calls into Lua ------------------------------------------------------ */

static Scenario *scn_from(lua_State *L)
{
    return sandbox_owner(L);
}

/* Runs fn(call) in the sandbox with a fresh budget. */
static int scn_protected(Scenario *s, lua_CFunction fn, ScnCall *call, CoachError *err)
{
    return sandbox_call(s->sandbox, fn, call, err);
}

/* Every C function that works on the Lua stack asks for room first: only
 * LUA_MINSTACK (20) slots are guaranteed. */
#define SCN_ROOM(L) luaL_checkstack((L), 40, "scenario runtime")

static ScnCall *scn_call_arg(lua_State *L)
{
    SCN_ROOM(L);
    return lua_touserdata(L, 1);
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

/* A copy of text (up to its first NUL) owned by the Scenario. */
static const char *scn_keep(lua_State *L, Scenario *s, const char *text)
{
    if (text == NULL)
        text = "";
    size_t length = strlen(text);
    char *copy = scn_arena_room(L, s, length + 1);
    memcpy(copy, text, length + 1);
    return copy;
}

static void *scn_calloc(lua_State *L, size_t count, size_t size)
{
    void *memory = calloc(count > 0 ? count : 1, size);
    if (memory == NULL)
        luaL_error(L, "out of memory");
    return memory;
}

static void scn_set_buffer(lua_State *L, char **buffer, const char *text, size_t length)
{
    char *grown = realloc(*buffer, length + 1);
    if (grown == NULL)
        luaL_error(L, "out of memory");
    memcpy(grown, text, length);
    grown[length] = '\0';
    *buffer = grown;
}

/* Appends text (at most max bytes of it) to the NUL-terminated buffer of size
 * bytes now holding used bytes, cut to fit as snprintf cuts; returns the new
 * length. Cheaper than snprintf for the names built for every entry. */
static size_t scn_append_max(char *buffer, size_t size, size_t used, const char *text, size_t max)
{
    size_t length = strnlen(text, max);
    if (used + length >= size)
        length = used + 1 < size ? size - used - 1 : 0;
    memcpy(buffer + used, text, length);
    buffer[used + length] = '\0';
    return used + length;
}

static size_t scn_append(char *buffer, size_t size, size_t used, const char *text)
{
    return scn_append_max(buffer, size, used, text, (size_t)-1);
}

/* Appends "[index]". */
static size_t scn_append_index(char *buffer, size_t size, size_t used, size_t index)
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

static void scn_push_root(lua_State *L)
{
    lua_rawgeti(L, LUA_REGISTRYINDEX, scn_from(L)->root_ref);
}

/* Pushes root[key]. */
static int scn_push_root_field(lua_State *L, const char *key)
{
    scn_push_root(L);
    int type = lua_getfield(L, -1, key);
    lua_remove(L, -2);
    return type;
}

/* Pushes the body table of node index. */
static void scn_push_node(lua_State *L, int node)
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
static int scn_push_choice(lua_State *L, int body, int node, size_t index)
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

/* Adds the declaration API (scenario, node, include) to the sandbox's
 * globals and makes the root table. */
static int scn_open_api(lua_State *L)
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
    s->root_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* --- source line scanning (routes, choices, targets, cues) ---------------- */

typedef struct ScnLex {
    const char *p, *end;
    int line;
} ScnLex;

static bool scn_lex_long_bracket(ScnLex *x)
{
    /* at '[': [=*[ ... ]=*] */
    const char *q = x->p + 1;
    int level = 0;
    while (q < x->end && *q == '=') {
        level++;
        q++;
    }
    if (q >= x->end || *q != '[')
        return false;
    q++;
    while (q < x->end) {
        if (*q == '\n')
            x->line++;
        if (*q == ']') {
            const char *r = q + 1;
            int closing = 0;
            while (r < x->end && *r == '=') {
                closing++;
                r++;
            }
            if (closing == level && r < x->end && *r == ']') {
                x->p = r + 1;
                return true;
            }
        }
        q++;
    }
    x->p = x->end;
    return true;
}

/* Character classes as Lua's lexer sees them (ASCII, whatever the locale). */
static bool scn_lex_name_start(unsigned char c)
{
    return (unsigned char)((c | 32) - 'a') < 26 || c == '_';
}

static bool scn_lex_name_char(unsigned char c)
{
    return scn_lex_name_start(c) || (unsigned char)(c - '0') < 10;
}

static bool scn_lex_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* At the "--" of a comment: skips it (a long one may span lines). */
static void scn_lex_skip_comment(ScnLex *x)
{
    x->p += 2;
    if (x->p < x->end && *x->p == '[' && scn_lex_long_bracket(x))
        return;
    const char *newline = memchr(x->p, '\n', (size_t)(x->end - x->p));
    x->p = newline != NULL ? newline : x->end;
}

/* At the opening quote of a short string: skips it (an unclosed one ends
 * at its line's end, as Lua would refuse it there). */
static void scn_lex_skip_string(ScnLex *x)
{
    char quote = *x->p++;
    /* Most strings hold no escape and no newline: find the closing quote
     * with memchr and check the span between. */
    const char *close = memchr(x->p, quote, (size_t)(x->end - x->p));
    if (close != NULL && memchr(x->p, '\\', (size_t)(close - x->p)) == NULL &&
        memchr(x->p, '\n', (size_t)(close - x->p)) == NULL) {
        x->p = close + 1;
        return;
    }
    while (x->p < x->end && *x->p != quote) {
        if (*x->p == '\\' && x->p + 1 < x->end) {
            x->p++;
            if (*x->p == '\n')
                x->line++;
        } else if (*x->p == '\n') {
            x->line++;
            break;
        }
        x->p++;
    }
    if (x->p < x->end)
        x->p++;
}

/* Next token: 0 end, '{', '}', '=', 'N' name (in *name, *length), 'S' string, 'O' other. */
static int scn_lex_next(ScnLex *x, const char **name, size_t *length)
{
    while (x->p < x->end) {
        unsigned char c = (unsigned char)*x->p;
        if (c == '\n') {
            x->line++;
            x->p++;
        } else if (scn_lex_blank(c)) {
            do
                x->p++;
            while (x->p < x->end && scn_lex_blank((unsigned char)*x->p));
        } else if (c == '-' && x->p + 1 < x->end && x->p[1] == '-') {
            scn_lex_skip_comment(x);
        } else if (c == '"' || c == '\'') {
            scn_lex_skip_string(x);
            return 'S';
        } else if (c == '[' && scn_lex_long_bracket(x)) {
            return 'S';
        } else if (scn_lex_name_start(c)) {
            *name = x->p;
            while (x->p < x->end && scn_lex_name_char((unsigned char)*x->p))
                x->p++;
            *length = (size_t)(x->p - *name);
            return 'N';
        } else if (c == '=' && x->p + 1 < x->end && x->p[1] == '=') {
            x->p += 2;
            return 'O';
        } else {
            x->p++;
            return c == '{' || c == '}' || c == '=' ? c : 'O';
        }
    }
    return 0;
}

/* Next brace: '{', '}' or 0 at the end, skipping every other token as
 * scn_lex_next would (strings, comments, long brackets), counting lines.
 * Within a nested table the other tokens do not matter. */
static int scn_lex_brace(ScnLex *x)
{
    while (x->p < x->end) {
        char c = *x->p;
        switch (c) {
        case '{':
        case '}':
            x->p++;
            return c;
        case '\n':
            x->line++;
            x->p++;
            break;
        case '-':
            if (x->p + 1 < x->end && x->p[1] == '-')
                scn_lex_skip_comment(x);
            else
                x->p++;
            break;
        case '"':
        case '\'':
            scn_lex_skip_string(x);
            break;
        case '[':
            if (!scn_lex_long_bracket(x))
                x->p++;
            break;
        default:
            x->p++;
            break;
        }
    }
    return 0;
}

/* The source lines of the entries of one list (`key = { {...}, {...} }`). */
typedef struct ScnEntryLines {
    const char *key;
    int lines[SCN_MAX_LINES];
    size_t count; /* entries found (at most SCN_MAX_LINES); 0 unless the list was closed */
} ScnEntryLines;

/* Fills the entry lines of each list in lists[0..list_count) from the first
 * table constructor found from start_line on, in one pass over its text. A
 * list counts where its key first appears at the constructor's top level. */
static void scn_entry_lines(const Scenario *s, int start_line, ScnEntryLines *lists,
                            size_t list_count)
{
    for (size_t k = 0; k < list_count; k++)
        lists[k].count = 0;
    if (s->source == NULL || start_line <= 0 || (size_t)start_line > s->line_count)
        return;
    ScnLex x = {s->source + s->line_starts[start_line - 1], s->source + s->source_size, start_line};
    const char *name = NULL;
    size_t length = 0;
    int token;
    while ((token = scn_lex_next(&x, &name, &length)) != 0 && token != '{')
        ;
    if (token == 0)
        return;
    int depth = 1;
    bool done[8] = {false};
    size_t pending = list_count < 8 ? list_count : 8;
    ScnEntryLines *list = NULL; /* the list being read */
    size_t found = 0;
    int previous = 0;
    const char *previous_name = NULL;
    size_t previous_length = 0;
    /* Inside an entry (depth 2 and deeper) only braces matter: the key
     * before a list is read at depth 1, and the '}' back to it resets it. */
    while (pending > 0 &&
           (token = depth >= 2 ? scn_lex_brace(&x) : scn_lex_next(&x, &name, &length)) != 0) {
        if (token == '{') {
            if (depth == 1 && previous == '=' && previous_name != NULL) {
                for (size_t k = 0; k < list_count && k < 8; k++)
                    if (!done[k] && strncmp(previous_name, lists[k].key, previous_length) == 0 &&
                        lists[k].key[previous_length] == '\0') {
                        list = &lists[k];
                        done[k] = true;
                        found = 0;
                        break;
                    }
            } else if (list != NULL && depth == 2 && found < SCN_MAX_LINES) {
                list->lines[found++] = x.line;
            }
            depth++;
        } else if (token == '}') {
            depth--;
            if (depth == 1 && list != NULL) {
                list->count = found;
                list = NULL;
                pending--;
            }
            if (depth == 0)
                return;
        }
        if (token == 'N' && depth == 1) {
            previous_name = name;
            previous_length = length;
        } else if (token != '=') {
            previous_name = token == '{' ? NULL : previous_name;
        }
        if (token != 'N' && token != '=')
            previous_name = NULL;
        previous = token;
    }
}

/* The entry lines of one list; returns how many were found. */
static size_t scn_list_lines(const Scenario *s, int start_line, const char *key, int *lines)
{
    ScnEntryLines list = {.key = key};
    scn_entry_lines(s, start_line, &list, 1);
    memcpy(lines, list.lines, list.count * sizeof *lines);
    return list.count;
}

/* --- reading declarations ------------------------------------------------ */

/* Refuses a key of table not in allowed (NULL-terminated, at most 32).
 * Returns the allowed keys the table may hold, bit i for allowed[i]: those
 * found, or all of them when the table has a metatable (an __index may supply
 * more), so a reader can skip looking up the others (scn_get_checked). */
static unsigned scn_check_keys(lua_State *L, int table, const char *const *allowed, int line,
                               const char *where)
{
    table = lua_absindex(L, table);
    unsigned present = 0;
    lua_pushnil(L);
    while (lua_next(L, table) != 0) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            if (lua_type(L, -1) == LUA_TNUMBER)
                sandbox_raise(L, line, "%s: unexpected list entry (did you miss a key name?)", where);
            sandbox_raise(L, line, "%s: keys must be names", where);
        }
        const char *key = lua_tostring(L, -1);
        bool known = false;
        for (size_t i = 0; allowed[i] != NULL && !known; i++)
            if (allowed[i][0] == key[0] && strcmp(allowed[i], key) == 0) {
                known = true;
                present |= 1u << i;
            }
        if (!known) {
            char list[400] = "";
            for (size_t i = 0; allowed[i] != NULL; i++) {
                size_t used = strlen(list);
                snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "", allowed[i]);
            }
            sandbox_raise(L, line, "%s: unknown key '%s' (known: %s)", where, key, list);
        }
    }
    if (lua_getmetatable(L, table)) {
        lua_pop(L, 1);
        return ~0u;
    }
    return present;
}

/* lua_getfield(L, table, key) for allowed key number `key_index` of a table
 * checked by scn_check_keys: pushes nil without a lookup when the key is not
 * in present. */
static int scn_get_checked(lua_State *L, int table, const char *key, unsigned present,
                           int key_index)
{
    if ((present & (1u << key_index)) == 0) {
        lua_pushnil(L);
        return LUA_TNIL;
    }
    return lua_getfield(L, table, key);
}

/* Is allowed key number key_index maybe in present (see scn_check_keys)? */
static bool scn_has_key(unsigned present, int key_index)
{
    return (present & (1u << key_index)) != 0;
}

/* Field key of table as an owned string; NULL when absent and optional. */
static const char *scn_field_string(lua_State *L, Scenario *s, int table, const char *key,
                                    bool required, int line, const char *where)
{
    int type = lua_getfield(L, table, key);
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        if (required)
            sandbox_raise(L, line, "%s needs %s = \"...\"", where, key);
        return NULL;
    }
    if (type != LUA_TSTRING)
        sandbox_raise(L, line, "%s: %s must be a string, not a %s", where, key, lua_typename(L, type));
    const char *kept = scn_keep(L, s, lua_tostring(L, -1));
    lua_pop(L, 1);
    return kept;
}

static bool scn_field_boolean(lua_State *L, int table, const char *key, bool fallback, int line,
                              const char *where)
{
    int type = lua_getfield(L, table, key);
    bool value = fallback;
    if (type == LUA_TBOOLEAN)
        value = lua_toboolean(L, -1);
    else if (type != LUA_TNIL)
        sandbox_raise(L, line, "%s: %s must be true or false, not a %s", where, key,
                  lua_typename(L, type));
    lua_pop(L, 1);
    return value;
}

static double scn_field_number(lua_State *L, int table, const char *key, double fallback, int line,
                               const char *where)
{
    int type = lua_getfield(L, table, key);
    double value = fallback;
    if (type == LUA_TNUMBER)
        value = lua_tonumber(L, -1);
    else if (type != LUA_TNIL)
        sandbox_raise(L, line, "%s: %s must be a number, not a %s", where, key, lua_typename(L, type));
    lua_pop(L, 1);
    return value;
}

/* Label set of the value at index (a label id or a list of them). */
static unsigned scn_label_bits(lua_State *L, int index, int line, const char *where)
{
    index = lua_absindex(L, index);
    unsigned bits = 0;
    AnLabel label;
    if (lua_type(L, index) == LUA_TSTRING) {
        if (!an_label_from_name(lua_tostring(L, index), &label))
            sandbox_raise(L, line, "%s: '%s' is not a label id (see shared LABELS.md)", where,
                      lua_tostring(L, index));
        return AN_BIT(label);
    }
    if (lua_type(L, index) != LUA_TTABLE)
        sandbox_raise(L, line, "%s: expected %s, not a %s", where, label_list_help,
                  luaL_typename(L, index));
    lua_Integer count = (lua_Integer)lua_rawlen(L, index);
    for (lua_Integer i = 1; i <= count; i++) {
        lua_rawgeti(L, index, i);
        if (lua_type(L, -1) != LUA_TSTRING || !an_label_from_name(lua_tostring(L, -1), &label))
            sandbox_raise(L, line, "%s: entry %d is not a label id", where, (int)i);
        bits |= AN_BIT(label);
        lua_pop(L, 1);
    }
    return bits;
}

static int scn_node_index(lua_State *L, const char *id)
{
    scn_push_root_field(L, "byid");
    lua_getfield(L, -1, id);
    int index = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) - 1 : -1;
    lua_pop(L, 2);
    return index;
}

/* Validates a `to` value at index: a known node id or a function. Returns
 * the id (owned) or NULL for a function. */
static const char *scn_check_to(lua_State *L, Scenario *s, int index, int line, const char *where)
{
    int type = lua_type(L, index);
    if (type == LUA_TFUNCTION)
        return NULL;
    if (type == LUA_TNIL)
        sandbox_raise(L, line, "%s needs to = \"node id\" (or a function)", where);
    if (type != LUA_TSTRING)
        sandbox_raise(L, line, "%s: to must be a node id or a function, not a %s", where,
                  lua_typename(L, type));
    const char *id = lua_tostring(L, index);
    int node = scn_node_index(L, id);
    if (node < 0)
        sandbox_raise(L, line, "%s: to names unknown node \"%s\"", where, id);
    return s->nodes[node].view.id; /* the same text, already kept */
}

static void scn_check_effects(lua_State *L, int table, int line, const char *where)
{
    int type = lua_getfield(L, table, "effects");
    if (type == LUA_TTABLE) {
        int effects = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, effects) != 0) {
            int value = lua_type(L, -1);
            if (lua_type(L, -2) != LUA_TSTRING ||
                (value != LUA_TNUMBER && value != LUA_TBOOLEAN && value != LUA_TSTRING))
                sandbox_raise(L, line, "%s: effects maps names to numbers (added), or booleans/strings "
                                   "(set)", where);
            lua_pop(L, 1);
        }
    } else if (type != LUA_TNIL && type != LUA_TFUNCTION) {
        sandbox_raise(L, line, "%s: effects must be a table or a function, not a %s", where,
                  lua_typename(L, type));
    }
    lua_pop(L, 1);
}

static void scn_add_edge(NodeData *node, size_t capacity, ScnRouteKind kind, const char *id,
                         const char *to, const char *label, int line)
{
    if (node->view.edge_count >= capacity)
        return;
    ScnEdge *edge = &node->edges[node->view.edge_count++];
    edge->kind = kind;
    edge->id = id;
    edge->to = to;
    edge->label = label;
    edge->line = line;
}

static void scn_describe_labels(char *buffer, size_t size, const char *prefix, unsigned bits)
{
    size_t used = strlen(buffer);
    if (bits == 0 || used + 1 >= size)
        return;
    snprintf(buffer + used, size - used, "%s%s ", used ? "; " : "", prefix);
    for (int l = 0; l < AN_LABEL_COUNT; l++)
        if (bits & AN_BIT(l)) {
            used = strlen(buffer);
            snprintf(buffer + used, size - used, "%s%s",
                     buffer[used - 1] == ' ' ? "" : ",", an_label_name((AnLabel)l));
        }
}

static void scn_read_routes(lua_State *L, Scenario *s, NodeData *node, int body, size_t capacity,
                            const ScnEntryLines *lines, const char *where)
{
    SCN_ROOM(L);
    static const char *const rule_keys[] = {"id",   "when", "any",  "unless",  "words",
                                            "premature", "test", "to", "effects", NULL};
    enum { RULE_ID, RULE_WHEN, RULE_ANY, RULE_UNLESS, RULE_WORDS, RULE_PREMATURE, RULE_TEST,
           RULE_TO, RULE_EFFECTS };
    if (lua_getfield(L, body, "routes") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int routes = lua_gettop(L);
    if (!lua_istable(L, routes))
        sandbox_raise(L, node->view.line, "%s: routes must be a list of rules", where);
    size_t count = lua_rawlen(L, routes);
    for (size_t i = 1; i <= count; i++) {
        int line = lines->count == count ? lines->lines[i - 1] : node->view.line;
        char rule_where[300];
        scn_append_index(rule_where, sizeof rule_where,
                         scn_append(rule_where, sizeof rule_where,
                                    scn_append(rule_where, sizeof rule_where, 0, where), ": routes"),
                         i);
        if (lua_rawgeti(L, routes, (lua_Integer)i) != LUA_TTABLE)
            sandbox_raise(L, line, "%s must be a table { when = ..., to = ... }", rule_where);
        int rule = lua_gettop(L);
        unsigned present = scn_check_keys(L, rule, rule_keys, line, rule_where);
        const char *rule_id = scn_has_key(present, RULE_ID)
                                  ? scn_field_string(L, s, rule, "id", false, line, rule_where)
                                  : NULL;
        char summary[400] = "";
        static const char *const label_keys[] = {"when", "any", "unless", NULL};
        for (size_t k = 0; label_keys[k] != NULL; k++) {
            if (scn_get_checked(L, rule, label_keys[k], present, RULE_WHEN + (int)k) != LUA_TNIL) {
                char key_where[340];
                snprintf(key_where, sizeof key_where, "%s.%s", rule_where, label_keys[k]);
                scn_describe_labels(summary, sizeof summary, label_keys[k],
                                    scn_label_bits(L, -1, line, key_where));
            }
            lua_pop(L, 1);
        }
        const char *words = scn_has_key(present, RULE_WORDS)
                                 ? scn_field_string(L, s, rule, "words", false, line, rule_where)
                                 : NULL;
        if (words != NULL) {
            size_t used = strlen(summary);
            snprintf(summary + used, sizeof summary - used, "%swords \"%s\"", used ? "; " : "", words);
        }
        int premature = scn_get_checked(L, rule, "premature", present, RULE_PREMATURE);
        if (premature != LUA_TNIL && premature != LUA_TBOOLEAN)
            sandbox_raise(L, line, "%s: premature must be true or false", rule_where);
        if (premature == LUA_TBOOLEAN) {
            size_t used = strlen(summary);
            snprintf(summary + used, sizeof summary - used, "%spremature %s", used ? "; " : "",
                     lua_toboolean(L, -1) ? "yes" : "no");
        }
        lua_pop(L, 1);
        int test = scn_get_checked(L, rule, "test", present, RULE_TEST);
        if (test != LUA_TNIL && test != LUA_TFUNCTION)
            sandbox_raise(L, line, "%s: test must be a function(s, move)", rule_where);
        if (test == LUA_TFUNCTION) {
            size_t used = strlen(summary);
            snprintf(summary + used, sizeof summary - used, "%stest()", used ? "; " : "");
        }
        lua_pop(L, 1);
        if (scn_has_key(present, RULE_EFFECTS))
            scn_check_effects(L, rule, line, rule_where);
        lua_getfield(L, rule, "to");
        const char *to = scn_check_to(L, s, -1, line, rule_where);
        lua_pop(L, 1);
        char id[300];
        if (rule_id != NULL)
            snprintf(id, sizeof id, "%s.%s", node->view.id, rule_id);
        else
            snprintf(id, sizeof id, "%s.route%zu", node->view.id, i);
        scn_add_edge(node, capacity, SCN_ROUTE_RULE, scn_keep(L, s, id), to,
                     scn_keep(L, s, summary[0] ? summary : "any line"), line);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void scn_read_choices(lua_State *L, Scenario *s, NodeData *node, int body, size_t capacity,
                             const ScnEntryLines *lines, const char *where)
{
    SCN_ROOM(L);
    static const char *const choice_keys[] = {"id", "text", "to", "labels", "points", "effects", NULL};
    enum { CHOICE_ID, CHOICE_TEXT, CHOICE_TO, CHOICE_LABELS, CHOICE_POINTS, CHOICE_EFFECTS };
    if (lua_getfield(L, body, "choices") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int choices = lua_gettop(L);
    if (!lua_istable(L, choices))
        sandbox_raise(L, node->view.line, "%s: choices must be a list of options", where);
    size_t count = lua_rawlen(L, choices);
    /* The option ids so far: compared in C in a short list, looked up in a
     * Lua table in a long one. */
    enum { FEW_CHOICES = 16 };
    const char *few[FEW_CHOICES];
    bool many = count > FEW_CHOICES;
    if (many)
        lua_newtable(L);
    else
        lua_pushnil(L);
    int seen = lua_gettop(L);
    for (size_t i = 1; i <= count; i++) {
        int line = lines->count == count ? lines->lines[i - 1] : node->view.line;
        char choice_where[300];
        size_t used = scn_append(choice_where, sizeof choice_where, 0, where);
        used = scn_append(choice_where, sizeof choice_where, used, ": choices");
        scn_append_index(choice_where, sizeof choice_where, used, i);
        if (lua_rawgeti(L, choices, (lua_Integer)i) != LUA_TTABLE)
            sandbox_raise(L, line, "%s must be a table { text = ..., to = ... }", choice_where);
        int choice = lua_gettop(L);
        unsigned present = scn_check_keys(L, choice, choice_keys, line, choice_where);
        const char *choice_id = scn_has_key(present, CHOICE_ID)
                                    ? scn_field_string(L, s, choice, "id", false, line, choice_where)
                                    : NULL;
        char fallback[2] = {(char)('a' + (i - 1) % 26), '\0'};
        if (choice_id == NULL)
            choice_id = scn_keep(L, s, fallback);
        bool twice = false;
        if (many) {
            twice = lua_getfield(L, seen, choice_id) != LUA_TNIL;
            lua_pop(L, 1);
        } else {
            for (size_t k = 0; k + 1 < i && !twice; k++)
                twice = strcmp(few[k], choice_id) == 0;
        }
        if (twice)
            sandbox_raise(L, line, "%s: option id \"%s\" is used twice in this node", choice_where,
                      choice_id);
        if (many) {
            lua_pushboolean(L, 1);
            lua_setfield(L, seen, choice_id);
        } else {
            few[i - 1] = choice_id;
        }
        const char *text = scn_field_string(L, s, choice, "text", true, line, choice_where);
        if (scn_get_checked(L, choice, "labels", present, CHOICE_LABELS) != LUA_TNIL)
            scn_label_bits(L, -1, line, choice_where);
        lua_pop(L, 1);
        int points = scn_get_checked(L, choice, "points", present, CHOICE_POINTS);
        if (points == LUA_TTABLE) {
            lua_pushnil(L);
            while (lua_next(L, -2) != 0) {
                bool known = false;
                for (int k = 0; k < RUB_SKILL_COUNT && lua_type(L, -2) == LUA_TSTRING; k++)
                    if (strcmp(lua_tostring(L, -2), rub_skill_name((RubSkill)k)) == 0)
                        known = true;
                if (!known || !lua_isinteger(L, -1))
                    sandbox_raise(L, line, "%s: points maps a skill (discovery, listening, benefits, "
                                       "next_step) to a whole number", choice_where);
                lua_pop(L, 1);
            }
        } else if (points != LUA_TNIL) {
            sandbox_raise(L, line, "%s: points must be a table { discovery = 5 }", choice_where);
        }
        lua_pop(L, 1);
        if (scn_has_key(present, CHOICE_EFFECTS))
            scn_check_effects(L, choice, line, choice_where);
        lua_getfield(L, choice, "to");
        const char *to = scn_check_to(L, s, -1, line, choice_where);
        lua_pop(L, 1);
        char id[300], label[400];
        used = scn_append(id, sizeof id, 0, node->view.id);
        used = scn_append(id, sizeof id, used, ".");
        scn_append(id, sizeof id, used, choice_id);
        used = scn_append(label, sizeof label, 0, "choice ");
        used = scn_append(label, sizeof label, used, choice_id);
        used = scn_append(label, sizeof label, used, ": ");
        used = scn_append_max(label, sizeof label, used, text, 60);
        scn_append(label, sizeof label, used, strnlen(text, 61) > 60 ? "..." : "");
        scn_add_edge(node, capacity, SCN_ROUTE_CHOICE, scn_keep(L, s, id), to, scn_keep(L, s, label),
                     line);
        node->choice_count++;
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
}

static void scn_read_string_list(lua_State *L, Scenario *s, int table, const char *key,
                                 const char ***out, size_t *count, int line, const char *where)
{
    int type = lua_getfield(L, table, key);
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (type != LUA_TTABLE)
        sandbox_raise(L, line, "%s: %s must be a list of strings", where, key);
    size_t n = lua_rawlen(L, -1);
    *out = scn_calloc(L, n + 1, sizeof **out);
    for (size_t i = 1; i <= n; i++) {
        if (lua_rawgeti(L, -1, (lua_Integer)i) != LUA_TSTRING)
            sandbox_raise(L, line, "%s: %s[%zu] must be a string", where, key, i);
        (*out)[i - 1] = scn_keep(L, s, lua_tostring(L, -1));
        *count = i;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void scn_read_node(lua_State *L, Scenario *s, size_t index)
{
    SCN_ROOM(L);
    static const char *const node_keys[] = {"say",    "cues",      "reveals", "effects",
                                            "asks_for_work", "routes", "route",   "otherwise",
                                            "choices", "typed",    "ending",  NULL};
    enum { NODE_SAY, NODE_CUES, NODE_REVEALS, NODE_EFFECTS, NODE_ASKS_FOR_WORK, NODE_ROUTES,
           NODE_ROUTE, NODE_OTHERWISE, NODE_CHOICES, NODE_TYPED, NODE_ENDING };
    NodeData *node = &s->nodes[index];
    scn_push_node(L, (int)index);
    int body = lua_gettop(L);
    int line = node->view.line;
    char where[200];
    size_t used = scn_append(where, sizeof where, 0, "node \"");
    used = scn_append(where, sizeof where, used, node->view.id);
    scn_append(where, sizeof where, used, "\"");
    unsigned present = scn_check_keys(L, body, node_keys, line, where);
    /* The source lines of cues, routes and choices entries, in one pass over
     * the body's text (when it may have any of them). */
    enum { CUE_LINES, ROUTE_LINES, CHOICE_LINES, LIST_COUNT };
    ScnEntryLines lists[LIST_COUNT]; /* not zeroed: 6 KB, and only lines[0..count) are read */
    lists[CUE_LINES].key = "cues";
    lists[ROUTE_LINES].key = "routes";
    lists[CHOICE_LINES].key = "choices";
    for (size_t k = 0; k < LIST_COUNT; k++)
        lists[k].count = 0;
    if (scn_has_key(present, NODE_CUES) || scn_has_key(present, NODE_ROUTES) ||
        scn_has_key(present, NODE_CHOICES))
        scn_entry_lines(s, line, lists, LIST_COUNT);

    int say = lua_getfield(L, body, "say");
    if (say == LUA_TNIL)
        sandbox_raise(L, line, "%s needs say = \"...\" (a string, a list of variants or a function)",
                  where);
    if (say == LUA_TTABLE) {
        size_t n = lua_rawlen(L, -1);
        if (n == 0)
            sandbox_raise(L, line, "%s: say is an empty list", where);
        for (size_t i = 1; i <= n; i++) {
            if (lua_rawgeti(L, -1, (lua_Integer)i) != LUA_TSTRING)
                sandbox_raise(L, line, "%s: say[%zu] must be a string", where, i);
            lua_pop(L, 1);
        }
    } else if (say != LUA_TSTRING && say != LUA_TFUNCTION) {
        sandbox_raise(L, line, "%s: say must be a string, a list of strings or a function, not a %s",
                  where, lua_typename(L, say));
    }
    lua_pop(L, 1);

    /* cues */
    int cue_type = scn_get_checked(L, body, "cues", present, NODE_CUES);
    if (cue_type == LUA_TTABLE) {
        size_t n = lua_rawlen(L, -1);
        if (n > RUB_MAX_CUES)
            sandbox_raise(L, line, "%s: at most %d cues per node", where, RUB_MAX_CUES);
        const ScnEntryLines *cue_lines = &lists[CUE_LINES];
        node->cue_ids = scn_calloc(L, n + 1, sizeof *node->cue_ids);
        node->cue_words = scn_calloc(L, n + 1, sizeof *node->cue_words);
        node->view.cue_ids = node->cue_ids;
        node->view.cue_words = node->cue_words; /* for coach check (lint.c) */
        for (size_t i = 1; i <= n; i++) {
            int cue_line = cue_lines->count == n ? cue_lines->lines[i - 1] : line;
            char cue_where[260];
            used = scn_append(cue_where, sizeof cue_where, 0, where);
            used = scn_append(cue_where, sizeof cue_where, used, ": cues");
            scn_append_index(cue_where, sizeof cue_where, used, i);
            if (lua_rawgeti(L, -1, (lua_Integer)i) != LUA_TTABLE)
                sandbox_raise(L, cue_line, "%s must be { id = \"...\", words = \"...\" }", cue_where);
            static const char *const cue_keys[] = {"id", "words", NULL};
            scn_check_keys(L, -1, cue_keys, cue_line, cue_where);
            int cue = lua_gettop(L);
            const char *cue_id = scn_field_string(L, s, cue, "id", true, cue_line, cue_where);
            if (strlen(cue_id) >= RUB_ID_BYTES)
                sandbox_raise(L, cue_line, "%s: id is longer than %d bytes", cue_where, RUB_ID_BYTES - 1);
            node->cue_ids[i - 1] = cue_id;
            node->cue_words[i - 1] = scn_field_string(L, s, cue, "words", true, cue_line, cue_where);
            node->view.cue_count = i;
            lua_pop(L, 1);
        }
    } else if (cue_type != LUA_TNIL) {
        sandbox_raise(L, line, "%s: cues must be a list of { id = ..., words = ... }", where);
    }
    lua_pop(L, 1);

    if (scn_has_key(present, NODE_REVEALS))
        scn_read_string_list(L, s, body, "reveals", &node->reveals, &node->view.reveal_count, line,
                             where);
    node->view.reveals = node->reveals;
    if (node->view.reveal_count > RUB_MAX_TARGETS)
        sandbox_raise(L, line, "%s: at most %d reveals", where, RUB_MAX_TARGETS);
    for (size_t i = 0; i < node->view.reveal_count; i++)
        if (scn_find_target(s, node->reveals[i]) < 0)
            sandbox_raise(L, line, "%s: reveals unknown target \"%s\" (declare it in scenario.targets)",
                      where, node->reveals[i]);
    if (scn_has_key(present, NODE_EFFECTS))
        scn_check_effects(L, body, line, where);
    if (scn_has_key(present, NODE_ASKS_FOR_WORK))
        node->asks_for_work = scn_field_boolean(L, body, "asks_for_work", false, line, where);
    if (scn_has_key(present, NODE_TYPED))
        node->typed = scn_field_boolean(L, body, "typed", false, line, where);

    int ending = scn_get_checked(L, body, "ending", present, NODE_ENDING);
    if (ending == LUA_TTABLE) {
        static const char *const ending_keys[] = {"outcome", "success", NULL};
        scn_check_keys(L, -1, ending_keys, line, where);
        node->view.is_ending = true;
        node->view.outcome = scn_field_string(L, s, lua_gettop(L), "outcome", true, line, where);
        node->view.success = scn_field_boolean(L, lua_gettop(L), "success", false, line, where);
    } else if (ending != LUA_TNIL) {
        sandbox_raise(L, line, "%s: ending must be { outcome = \"...\", success = true/false }", where);
    }
    lua_pop(L, 1);

    int route_type = scn_get_checked(L, body, "route", present, NODE_ROUTE);
    if (route_type != LUA_TNIL && route_type != LUA_TFUNCTION)
        sandbox_raise(L, line, "%s: route must be a function(s, move)", where);
    lua_pop(L, 1);
    int otherwise_type = scn_get_checked(L, body, "otherwise", present, NODE_OTHERWISE);
    lua_pop(L, 1);
    int routes_type = scn_get_checked(L, body, "routes", present, NODE_ROUTES);
    size_t route_count = routes_type == LUA_TTABLE ? lua_rawlen(L, -1) : 0;
    lua_pop(L, 1);
    int choices_type = scn_get_checked(L, body, "choices", present, NODE_CHOICES);
    size_t choice_count = choices_type == LUA_TTABLE ? lua_rawlen(L, -1) : 0;
    lua_pop(L, 1);

    if (node->view.is_ending) {
        if (route_count > 0 || choice_count > 0 || otherwise_type != LUA_TNIL ||
            route_type != LUA_TNIL || node->typed)
            sandbox_raise(L, line, "%s is an ending: it takes no routes, route, choices, typed or "
                               "otherwise", where);
    }
    size_t capacity = route_count + choice_count + 2;
    node->edges = scn_calloc(L, capacity, sizeof *node->edges);
    node->view.edges = node->edges;
    node->view.has_route_function = route_type == LUA_TFUNCTION;
    if (route_type == LUA_TFUNCTION) {
        char id[300];
        scn_append(id, sizeof id, scn_append(id, sizeof id, 0, node->view.id), ".route");
        scn_add_edge(node, capacity, SCN_ROUTE_FUNCTION, scn_keep(L, s, id), NULL,
                     scn_keep(L, s, "route function"), line);
    }
    if (scn_has_key(present, NODE_ROUTES))
        scn_read_routes(L, s, node, body, capacity, &lists[ROUTE_LINES], where);
    if (scn_has_key(present, NODE_CHOICES))
        scn_read_choices(L, s, node, body, capacity, &lists[CHOICE_LINES], where);
    node->view.has_choices = node->choice_count > 0;
    if (choices_type != LUA_TNIL && node->choice_count == 0)
        sandbox_raise(L, line, "%s: choices is an empty list", where);
    if (!node->view.is_ending)
        node->view.has_text = !node->view.has_choices || node->typed;
    if (node->view.has_choices && !node->typed && (route_count > 0 || route_type != LUA_TNIL))
        sandbox_raise(L, line, "%s: routes only apply to typed lines; add typed = true to accept them",
                  where);
    if (node->view.has_text) {
        if (otherwise_type == LUA_TNIL)
            sandbox_raise(L, line, "%s accepts typed lines, so it needs otherwise = \"node id\" (where "
                               "a line that matches no route goes)", where);
        char otherwise_where[260];
        scn_append(otherwise_where, sizeof otherwise_where,
                   scn_append(otherwise_where, sizeof otherwise_where, 0, where), ": otherwise");
        lua_getfield(L, body, "otherwise");
        const char *to = scn_check_to(L, s, -1, line, otherwise_where);
        lua_pop(L, 1);
        char id[300];
        scn_append(id, sizeof id, scn_append(id, sizeof id, 0, node->view.id), ".otherwise");
        scn_add_edge(node, capacity, SCN_ROUTE_OTHERWISE, scn_keep(L, s, id), to,
                     scn_keep(L, s, "otherwise"), line);
    } else if (otherwise_type != LUA_TNIL && !node->view.is_ending) {
        sandbox_raise(L, line, "%s: otherwise only applies to typed lines; add typed = true", where);
    }
    lua_pop(L, 1);
}

static void scn_read_targets(lua_State *L, Scenario *s, int def, int line)
{
    int type = lua_getfield(L, def, "targets");
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (type != LUA_TTABLE)
        sandbox_raise(L, line, "scenario: targets must be a list of { id, kind, text, keys }");
    int targets = lua_gettop(L);
    size_t n = lua_rawlen(L, targets);
    if (n > RUB_MAX_TARGETS)
        sandbox_raise(L, line, "scenario: at most %d targets", RUB_MAX_TARGETS);
    int lines[SCN_MAX_LINES];
    size_t found = scn_list_lines(s, line, "targets", lines);
    s->targets = scn_calloc(L, n + 1, sizeof *s->targets);
    for (size_t i = 1; i <= n; i++) {
        int target_line = found == n ? lines[i - 1] : line;
        char where[100];
        snprintf(where, sizeof where, "scenario: targets[%zu]", i);
        if (lua_rawgeti(L, targets, (lua_Integer)i) != LUA_TTABLE)
            sandbox_raise(L, target_line, "%s must be a table { id = ..., text = ..., keys = ... }", where);
        int target = lua_gettop(L);
        static const char *const target_keys[] = {"id", "kind", "text", "keys", NULL};
        scn_check_keys(L, target, target_keys, target_line, where);
        ScnTarget *t = &s->targets[i - 1];
        t->line = target_line;
        t->id = scn_field_string(L, s, target, "id", true, target_line, where);
        if (strlen(t->id) >= RUB_ID_BYTES)
            sandbox_raise(L, target_line, "%s: id is longer than %d bytes", where, RUB_ID_BYTES - 1);
        if (scn_find_target(s, t->id) >= 0)
            sandbox_raise(L, target_line, "%s: target id \"%s\" is used twice", where, t->id);
        t->kind = scn_field_string(L, s, target, "kind", false, target_line, where);
        if (t->kind == NULL)
            t->kind = scn_keep(L, s, "other");
        t->text = scn_field_string(L, s, target, "text", true, target_line, where);
        t->keys = scn_field_string(L, s, target, "keys", true, target_line, where);
        s->target_count = i;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void scn_read_rubric(lua_State *L, Scenario *s, int def, int line)
{
    rub_config_defaults(&s->rubric);
    int type = lua_getfield(L, def, "rubric");
    if (type == LUA_TTABLE) {
        int rubric = lua_gettop(L);
        static const char *const rubric_keys[] = {"weights", "min_targets_before_ask",
                                                  "open_ratio_target", "max_word_share",
                                                  "max_monologue_words", "cue_window_turns", NULL};
        scn_check_keys(L, rubric, rubric_keys, line, "scenario.rubric");
        RubConfig *c = &s->rubric;
        c->min_targets_before_ask = (int)scn_field_number(L, rubric, "min_targets_before_ask",
                                                          c->min_targets_before_ask, line,
                                                          "scenario.rubric");
        c->open_ratio_target = scn_field_number(L, rubric, "open_ratio_target", c->open_ratio_target,
                                                line, "scenario.rubric");
        c->max_word_share = scn_field_number(L, rubric, "max_word_share", c->max_word_share, line,
                                             "scenario.rubric");
        c->max_monologue_words = (int)scn_field_number(L, rubric, "max_monologue_words",
                                                       c->max_monologue_words, line,
                                                       "scenario.rubric");
        c->cue_window_turns = (int)scn_field_number(L, rubric, "cue_window_turns",
                                                    c->cue_window_turns, line, "scenario.rubric");
        int weights = lua_getfield(L, rubric, "weights");
        if (weights == LUA_TTABLE) {
            for (int k = 0; k < RUB_SKILL_COUNT; k++)
                c->weights[k] = scn_field_number(L, lua_gettop(L), rub_skill_name((RubSkill)k),
                                                 c->weights[k], line, "scenario.rubric.weights");
        } else if (weights != LUA_TNIL) {
            sandbox_raise(L, line, "scenario.rubric.weights must be a table");
        }
        lua_pop(L, 1);
    } else if (type != LUA_TNIL) {
        sandbox_raise(L, line, "scenario.rubric must be a table");
    }
    lua_pop(L, 1);
    s->rubric.target_count = (int)s->target_count;
}

typedef struct DefaultReaction {
    const char *key, *var;
    double delta;
} DefaultReaction;

static const DefaultReaction default_reactions[] = {
    {"open_question", "trust", 2}, {"probe", "trust", 3},          {"reflection", "trust", 3},
    {"feature", "interest", -3},   {"benefit", "interest", 4},     {"premature_ask", "trust", -8},
    {"seller_focus", "trust", -5}, {NULL, NULL, 0},
};

static int scn_compare_reactions(const void *a, const void *b)
{
    const ScnReaction *x = a, *y = b;
    int by_key = strcmp(x->key, y->key);
    return by_key != 0 ? by_key : strcmp(x->var, y->var);
}

static void scn_read_reactions(lua_State *L, Scenario *s, int def, int line)
{
    int type = lua_getfield(L, def, "reactions");
    if (type != LUA_TNIL && type != LUA_TTABLE)
        sandbox_raise(L, line, "scenario.reactions must be a table { label = { trust = 2 } }");
    int reactions = lua_gettop(L);
    size_t capacity = 16;
    if (type == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, reactions) != 0) {
            if (lua_type(L, -1) == LUA_TTABLE) {
                lua_pushnil(L);
                while (lua_next(L, -2) != 0) {
                    capacity++;
                    lua_pop(L, 1);
                }
            }
            lua_pop(L, 1);
        }
    }
    s->reactions = scn_calloc(L, capacity, sizeof *s->reactions);
    /* defaults for every key the author did not set */
    for (const DefaultReaction *d = default_reactions; d->key != NULL; d++) {
        bool overridden = false;
        if (type == LUA_TTABLE) {
            overridden = lua_getfield(L, reactions, d->key) != LUA_TNIL;
            lua_pop(L, 1);
        }
        if (!overridden) {
            ScnReaction *r = &s->reactions[s->reaction_count++];
            r->key = d->key;
            r->var = d->var;
            r->delta = d->delta;
        }
    }
    if (type == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, reactions) != 0) {
            const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
            if (key == NULL || (strcmp(key, "premature_ask") != 0 && !an_label_from_name(key, NULL)))
                sandbox_raise(L, line, "scenario.reactions: '%s' is not a label id or premature_ask",
                          key != NULL ? key : "?");
            if (lua_type(L, -1) != LUA_TTABLE)
                sandbox_raise(L, line, "scenario.reactions.%s must be a table { trust = 2 }", key);
            const char *kept_key = scn_keep(L, s, key);
            lua_pushnil(L);
            while (lua_next(L, -2) != 0) {
                if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TNUMBER)
                    sandbox_raise(L, line, "scenario.reactions.%s maps state names to numbers", key);
                if (s->reaction_count < capacity) {
                    ScnReaction *r = &s->reactions[s->reaction_count++];
                    r->key = kept_key;
                    r->var = scn_keep(L, s, lua_tostring(L, -2));
                    r->delta = lua_tonumber(L, -1);
                }
                lua_pop(L, 1);
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    qsort(s->reactions, s->reaction_count, sizeof *s->reactions, scn_compare_reactions);
}

static int scn_build(lua_State *L)
{
    SCN_ROOM(L);
    Scenario *s = scn_from(L);
    static const char *const scenario_keys[] = {
        "id",    "title", "version", "difficulty", "pitch",   "persona", "brief",   "purpose",
        "start", "seed",  "state",   "features",   "outcomes", "jargon", "targets", "rubric",
        "reactions", NULL};
    if (scn_push_root_field(L, "def") != LUA_TTABLE) {
        lua_pushfstring(L, "%s:1: the file never calls scenario { id = ..., start = ... }", s->path);
        return lua_error(L);
    }
    int def = lua_gettop(L);
    scn_push_root_field(L, "def_line");
    int line = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    const char *where = "scenario";
    scn_check_keys(L, def, scenario_keys, line, where);
    ScnInfo *info = &s->info;
    info->path = s->path;
    info->line = line; /* for coach check (lint.c) */
    info->id = scn_field_string(L, s, def, "id", true, line, where);
    for (const char *p = info->id; *p != '\0'; p++)
        if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '_'))
            sandbox_raise(L, line, "scenario id \"%s\": use a-z, 0-9 and _ only", info->id);
    if (info->id[0] == '\0')
        sandbox_raise(L, line, "scenario id cannot be empty");
    info->title = scn_field_string(L, s, def, "title", false, line, where);
    if (info->title == NULL)
        info->title = info->id;
    info->version = scn_field_string(L, s, def, "version", false, line, where);
    if (info->version == NULL)
        info->version = scn_keep(L, s, "0");
    info->pitch = scn_field_string(L, s, def, "pitch", false, line, where);
    info->brief = scn_field_string(L, s, def, "brief", false, line, where);
    info->purpose = scn_field_string(L, s, def, "purpose", false, line, where);
    double difficulty = scn_field_number(L, def, "difficulty", 1, line, where);
    if (difficulty != 1 && difficulty != 2 && difficulty != 3)
        sandbox_raise(L, line, "scenario: difficulty must be 1, 2 or 3");
    info->difficulty = (int)difficulty;
    int persona = lua_getfield(L, def, "persona");
    if (persona == LUA_TTABLE) {
        static const char *const persona_keys[] = {"name", "role", "company", "voice", NULL};
        int table = lua_gettop(L);
        scn_check_keys(L, table, persona_keys, line, "scenario.persona");
        info->persona_name = scn_field_string(L, s, table, "name", false, line, "scenario.persona");
        info->persona_role = scn_field_string(L, s, table, "role", false, line, "scenario.persona");
        info->persona_company = scn_field_string(L, s, table, "company", false, line,
                                                 "scenario.persona");
        info->persona_voice = scn_field_string(L, s, table, "voice", false, line, "scenario.persona");
    } else if (persona != LUA_TNIL) {
        sandbox_raise(L, line, "scenario.persona must be a table { name = ..., role = ... }");
    }
    lua_pop(L, 1);
    if (info->persona_name == NULL)
        info->persona_name = scn_keep(L, s, "Prospect");
    int seed = lua_getfield(L, def, "seed");
    if (seed == LUA_TNIL)
        info->seed = 1;
    else if (lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 0)
        info->seed = (uint64_t)lua_tointeger(L, -1);
    else
        sandbox_raise(L, line, "scenario: seed must be a whole number >= 0");
    lua_pop(L, 1);
    int state = lua_getfield(L, def, "state");
    if (state == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2) != 0) {
            int value = lua_type(L, -1);
            if (lua_type(L, -2) != LUA_TSTRING ||
                (value != LUA_TNUMBER && value != LUA_TBOOLEAN && value != LUA_TSTRING))
                sandbox_raise(L, line, "scenario.state maps names to numbers, booleans or strings");
            const char *name = lua_tostring(L, -2);
            if (strcmp(name, "visits") == 0 || strcmp(name, "random") == 0)
                sandbox_raise(L, line, "scenario.state: '%s' is reserved", name);
            lua_pop(L, 1);
        }
    } else if (state != LUA_TNIL) {
        sandbox_raise(L, line, "scenario.state must be a table { trust = 40, interest = 30 }");
    }
    lua_pop(L, 1);
    static const char *const term_keys[AN_TERM_KIND_COUNT] = {"features", "outcomes", "jargon"};
    for (int k = 0; k < AN_TERM_KIND_COUNT; k++)
        scn_read_string_list(L, s, def, term_keys[k], &s->terms[k], &s->term_count[k], line, where);
    scn_read_targets(L, s, def, line);
    scn_read_rubric(L, s, def, line);
    scn_read_reactions(L, s, def, line);

    /* nodes, in declaration order */
    scn_push_root_field(L, "decl_ids");
    int decl_ids = lua_gettop(L);
    scn_push_root_field(L, "decl_lines");
    int decl_lines = lua_gettop(L);
    size_t count = lua_rawlen(L, decl_ids);
    if (count == 0)
        sandbox_raise(L, line, "the scenario declares no nodes: add node \"%s\" { say = ... }",
                  "opening");
    s->nodes = scn_calloc(L, count, sizeof *s->nodes);
    scn_push_root_field(L, "nodes");
    int nodes = lua_gettop(L);
    for (size_t i = 1; i <= count; i++) {
        lua_rawgeti(L, decl_lines, (lua_Integer)i);
        lua_rawgeti(L, decl_ids, (lua_Integer)i);
        NodeData *node = &s->nodes[i - 1];
        node->view.line = (int)lua_tointeger(L, -2);
        node->view.id = scn_keep(L, s, lua_tostring(L, -1));
        s->node_count = i;
        if (lua_rawgeti(L, nodes, (lua_Integer)i) != LUA_TTABLE)
            sandbox_raise(L, node->view.line, "node \"%s\" has no body: write node \"%s\" { say = ... }",
                      node->view.id, node->view.id);
        lua_pop(L, 3);
    }
    for (size_t i = 0; i < count; i++)
        scn_read_node(L, s, i);
    info->start = scn_field_string(L, s, def, "start", true, line, where);
    if (scn_node_index(L, info->start) < 0)
        sandbox_raise(L, line, "scenario: start names unknown node \"%s\"", info->start);
    return 0;
}

/* --- load / unload -------------------------------------------------------- */

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
    if (sandbox_load(s->sandbox, s->source, s->source_size, err) != COACH_OK ||
        sandbox_pcall(s->sandbox, 0, 0, err) != COACH_OK)
        goto fail;
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
        free(scenario->nodes[i].reveals);
    }
    free(scenario->nodes);
    free(scenario->targets);
    for (int k = 0; k < AN_TERM_KIND_COUNT; k++)
        free(scenario->terms[k]);
    free(scenario->reactions);
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
        sha_hex(cache->source, cache->source_size, cache->sha256);
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

int scn_find_node(const Scenario *scenario, const char *id)
{
    if (id == NULL)
        return -1;
    for (size_t i = 0; i < scenario->node_count; i++)
        if (strcmp(scenario->nodes[i].view.id, id) == 0)
            return (int)i;
    return -1;
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

/* --- run state ---------------------------------------------------------------- */

static void scn_push_state(lua_State *L)
{
    scn_push_root_field(L, "state");
}

static void scn_clamp_state(lua_State *L, int state)
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
static void scn_apply_effects(lua_State *L, int effects, int state)
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

/* Appends text to b with {name} replaced by state, persona or trainee. */
static void scn_substitute(lua_State *L, int state, const char *text, luaL_Buffer *b)
{
    SCN_ROOM(L);
    Scenario *s = scn_from(L);
    const char *p = text;
    while (*p != '\0') {
        const char *open = strchr(p, '{');
        const char *close = open != NULL ? strchr(open + 1, '}') : NULL;
        if (open == NULL || close == NULL || close - open > 64) {
            const char *stop = open != NULL ? open + 1 : p + strlen(p);
            luaL_addlstring(b, p, (size_t)(stop - p));
            p = stop;
            continue;
        }
        luaL_addlstring(b, p, (size_t)(open - p));
        char name[80];
        snprintf(name, sizeof name, "%.*s", (int)(close - open - 1), open + 1);
        const char *persona = strncmp(name, "persona.", 8) == 0 ? name + 8 : name;
        const char *replacement = NULL;
        if (strcmp(name, "trainee") == 0) {
            if (s->trainee != NULL && s->trainee[0] != '\0') {
                replacement = s->trainee;
            } else {
                /* No name to say: "ten minutes, {trainee}." reads "ten
                 * minutes." rather than leaving a gap. */
                size_t before = (size_t)(open - p);
                if (before >= 2 && open[-2] == ',' && open[-1] == ' ')
                    luaL_buffsub(b, 2);
                else if (before >= 1 && open[-1] == ' ')
                    luaL_buffsub(b, 1);
                p = close + 1;
                continue;
            }
        }
        if (replacement == NULL && name[0] != '\0') {
            int type = lua_getfield(L, state, name);
            if (type == LUA_TNUMBER) {
                lua_Number value = lua_tonumber(L, -1);
                lua_pop(L, 1); /* keep the buffer's box on top */
                char number[64];
                if (value == floor(value) && fabs(value) < 1e15)
                    snprintf(number, sizeof number, "%.0f", value);
                else
                    snprintf(number, sizeof number, "%.2f", value);
                luaL_addstring(b, number);
                p = close + 1;
                continue;
            }
            if (type == LUA_TSTRING) {
                luaL_addvalue(b);
                p = close + 1;
                continue;
            }
            if (type == LUA_TBOOLEAN)
                replacement = lua_toboolean(L, -1) ? "yes" : "no";
            lua_pop(L, 1);
        }
        if (replacement == NULL) {
            if (strcmp(persona, "name") == 0)
                replacement = s->info.persona_name;
            else if (strcmp(persona, "role") == 0)
                replacement = s->info.persona_role;
            else if (strcmp(persona, "company") == 0)
                replacement = s->info.persona_company;
        }
        if (replacement != NULL)
            luaL_addstring(b, replacement);
        else
            luaL_addlstring(b, open, (size_t)(close - open + 1));
        p = close + 1;
    }
}

static int scn_enter_call(lua_State *L)
{
    ScnCall *call = scn_call_arg(L);
    Scenario *s = call->scenario;
    NodeData *node = &s->nodes[call->node];
    const char *id = node->view.id;
    scn_push_state(L);
    int state = lua_gettop(L);
    scn_push_node(L, call->node);
    int body = lua_gettop(L);

    if (lua_getfield(L, state, "visits") != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_setfield(L, state, "visits");
    }
    lua_getfield(L, -1, id);
    lua_Integer visits = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : 0;
    lua_pop(L, 1);
    lua_pushinteger(L, visits + 1);
    lua_setfield(L, -2, id);
    lua_pop(L, 1);

    lua_getfield(L, body, "effects");
    scn_apply_effects(L, -1, state);
    lua_pop(L, 1);

    int variant = 1;
    int type = lua_getfield(L, body, "say");
    if (type == LUA_TFUNCTION) {
        lua_pushvalue(L, state);
        lua_call(L, 1, 1);
        type = lua_type(L, -1);
        scn_clamp_state(L, state);
    }
    if (type == LUA_TTABLE) {
        lua_Integer count = (lua_Integer)lua_rawlen(L, -1);
        if (count == 0)
            return sandbox_raise(L, node->view.line, "node \"%s\": say gave an empty list", id);
        variant = (int)(sandbox_random_next(s->sandbox) % (uint64_t)count) + 1;
        lua_rawgeti(L, -1, variant);
        lua_remove(L, -2);
        type = lua_type(L, -1);
    }
    if (type != LUA_TSTRING)
        return sandbox_raise(L, node->view.line, "node \"%s\": say gave a %s, not a string", id,
                         lua_typename(L, type));
    luaL_Buffer b;
    const char *raw = lua_tostring(L, -1);
    luaL_buffinit(L, &b);
    scn_substitute(L, state, raw, &b);
    luaL_pushresult(&b);
    size_t length = 0;
    const char *text = lua_tolstring(L, -1, &length);
    scn_set_buffer(L, &s->line_text, text, length);
    char line_id[300];
    if (variant > 1)
        snprintf(line_id, sizeof line_id, "%s#%d", id, variant);
    else
        snprintf(line_id, sizeof line_id, "%s", id);
    scn_set_buffer(L, &s->line_id, line_id, strlen(line_id));

    ScnLine *out = call->line;
    memset(out, 0, sizeof *out);
    out->node = call->node;
    out->line_id = s->line_id;
    out->text = s->line_text;
    for (size_t i = 0; i < node->view.cue_count && i < RUB_MAX_CUES; i++) {
        snprintf(out->cues[i].id, sizeof out->cues[i].id, "%s", node->cue_ids[i]);
        out->cues[i].words = node->cue_words[i];
        out->cue_count = i + 1;
    }
    for (size_t i = 0; i < node->view.reveal_count && i < RUB_MAX_TARGETS; i++) {
        out->reveals[i] = node->reveals[i];
        out->reveal_count = i + 1;
    }
    out->asks_for_work = node->asks_for_work;
    out->choice_count = node->choice_count;
    out->accepts_text = node->view.has_text;
    return 0;
}

int scn_enter(Scenario *scenario, int node, ScnLine *out, CoachError *err)
{
    if (node < 0 || (size_t)node >= scenario->node_count || out == NULL)
        return err_set(err, COACH_EUSAGE, scenario->path, 0, "scn_enter: no node %d", node);
    ScnCall call = {.scenario = scenario, .node = node, .line = out};
    return scn_protected(scenario, scn_enter_call, &call, err);
}

static int scn_choice_call(lua_State *L)
{
    ScnCall *call = scn_call_arg(L);
    Scenario *s = call->scenario;
    NodeData *node = &s->nodes[call->node];
    scn_push_state(L);
    int state = lua_gettop(L);
    scn_push_node(L, call->node);
    int choice = scn_push_choice(L, -1, call->node, call->index);
    ScnChoice *out = call->choice;
    memset(out, 0, sizeof *out);
    lua_getfield(L, choice, "id");
    char id[300];
    if (lua_type(L, -1) == LUA_TSTRING)
        snprintf(id, sizeof id, "%s.%s", node->view.id, lua_tostring(L, -1));
    else
        snprintf(id, sizeof id, "%s.%c", node->view.id, (char)('a' + call->index % 26));
    lua_pop(L, 1);
    scn_set_buffer(L, &s->choice_id, id, strlen(id));
    if (lua_getfield(L, choice, "text") != LUA_TSTRING)
        return sandbox_raise(L, node->view.line, "node \"%s\": option %zu's text became a %s during play",
                         node->view.id, call->index + 1, luaL_typename(L, -1));
    luaL_Buffer b;
    const char *raw = lua_tostring(L, -1);
    luaL_buffinit(L, &b);
    scn_substitute(L, state, raw, &b);
    luaL_pushresult(&b);
    size_t length = 0;
    const char *text = lua_tolstring(L, -1, &length);
    scn_set_buffer(L, &s->choice_text, text, length);
    lua_pop(L, 2);
    if (lua_getfield(L, choice, "labels") != LUA_TNIL) {
        out->has_labels = true;
        out->labels = scn_label_bits(L, -1, node->view.line, "choice labels");
    }
    lua_pop(L, 1);
    if (lua_getfield(L, choice, "points") == LUA_TTABLE)
        for (int k = 0; k < RUB_SKILL_COUNT; k++) {
            lua_getfield(L, -1, rub_skill_name((RubSkill)k));
            out->points[k] = (int)lua_tointeger(L, -1);
            lua_pop(L, 1);
        }
    lua_pop(L, 1);
    out->id = s->choice_id;
    out->text = s->choice_text;
    return 0;
}

int scn_choice(Scenario *scenario, int node, size_t index, ScnChoice *out, CoachError *err)
{
    if (node < 0 || (size_t)node >= scenario->node_count || out == NULL ||
        index >= scenario->nodes[node].choice_count)
        return err_set(err, COACH_EUSAGE, scenario->path, 0, "scn_choice: no option %zu at node %d",
                       index, node);
    ScnCall call = {.scenario = scenario, .node = node, .index = index, .choice = out};
    return scn_protected(scenario, scn_choice_call, &call, err);
}

/* Plain word overlap, when no analyser is at hand. */
static bool scn_plain_overlap(const char *text, const char *words)
{
    char word[64];
    const char *p = words;
    while (*p != '\0') {
        while (*p != '\0' && !isalnum((unsigned char)*p))
            p++;
        size_t n = 0;
        while (p[n] != '\0' && isalnum((unsigned char)p[n]))
            n++;
        if (n == 0)
            break;
        if (n < sizeof word) {
            for (size_t i = 0; i < n; i++)
                word[i] = (char)tolower((unsigned char)p[i]);
            word[n] = '\0';
            for (const char *t = text; *t != '\0'; t++) {
                size_t i = 0;
                while (i < n && t[i] != '\0' && tolower((unsigned char)t[i]) == word[i])
                    i++;
                if (i == n && (t == text || !isalnum((unsigned char)t[-1])))
                    return true;
            }
        }
        p += n;
    }
    return false;
}

static void scn_push_move(lua_State *L, const ScnMove *move, int node)
{
    Scenario *s = scn_from(L);
    lua_createtable(L, 0, 6);
    lua_pushstring(L, move->text != NULL ? move->text : "");
    lua_setfield(L, -2, "text");
    lua_createtable(L, 0, 4);
    unsigned labels = move->analysis != NULL ? move->analysis->labels : 0;
    for (int l = 0; l < AN_LABEL_COUNT; l++)
        if (labels & AN_BIT(l)) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -2, an_label_name((AnLabel)l));
        }
    lua_setfield(L, -2, "labels");
    if (move->choice >= 0) {
        scn_push_node(L, node);
        scn_push_choice(L, -1, node, (size_t)move->choice);
        if (lua_getfield(L, -1, "id") != LUA_TSTRING) {
            lua_pop(L, 1);
            lua_pushfstring(L, "%c", 'a' + move->choice % 26);
        }
        lua_setfield(L, -4, "choice");
        lua_pop(L, 2);
    }
    lua_pushboolean(L, move->premature_ask);
    lua_setfield(L, -2, "premature");
    lua_pushinteger(L, move->analysis != NULL ? move->analysis->words : 0);
    lua_setfield(L, -2, "words");
    (void)s;
}

/* Resolves the `to` value at index into a node index. */
static int scn_resolve_to(lua_State *L, int index, int state, int move, int line, const char *what)
{
    index = lua_absindex(L, index);
    lua_pushvalue(L, index);
    if (lua_type(L, -1) == LUA_TFUNCTION) {
        lua_pushvalue(L, state);
        lua_pushvalue(L, move);
        lua_call(L, 2, 1);
        scn_clamp_state(L, state);
    }
    if (lua_type(L, -1) != LUA_TSTRING)
        return sandbox_raise(L, line, "%s: to gave a %s, not a node id", what, luaL_typename(L, -1)), -1;
    const char *id = lua_tostring(L, -1);
    int target = scn_node_index(L, id);
    if (target < 0)
        sandbox_raise(L, line, "%s: to gave unknown node \"%s\"", what, id);
    lua_pop(L, 1);
    return target;
}

static bool scn_rule_matches(lua_State *L, int rule, int state, int move_table,
                             const ScnMove *move, int line)
{
    SCN_ROOM(L);
    unsigned labels = move->analysis != NULL ? move->analysis->labels : 0;
    if (lua_getfield(L, rule, "when") != LUA_TNIL) {
        unsigned need = scn_label_bits(L, -1, line, "when");
        if ((labels & need) != need) {
            lua_pop(L, 1);
            return false;
        }
    }
    lua_pop(L, 1);
    if (lua_getfield(L, rule, "any") != LUA_TNIL) {
        if ((labels & scn_label_bits(L, -1, line, "any")) == 0) {
            lua_pop(L, 1);
            return false;
        }
    }
    lua_pop(L, 1);
    if (lua_getfield(L, rule, "unless") != LUA_TNIL) {
        if ((labels & scn_label_bits(L, -1, line, "unless")) != 0) {
            lua_pop(L, 1);
            return false;
        }
    }
    lua_pop(L, 1);
    if (lua_getfield(L, rule, "words") == LUA_TSTRING) {
        const char *words = lua_tostring(L, -1);
        const char *text = move->text != NULL ? move->text : "";
        bool shared = move->analyzer != NULL ? an_shared_meaning(move->analyzer, text, words) > 0
                                             : scn_plain_overlap(text, words);
        if (!shared) {
            lua_pop(L, 1);
            return false;
        }
    }
    lua_pop(L, 1);
    if (lua_getfield(L, rule, "premature") == LUA_TBOOLEAN) {
        if ((bool)lua_toboolean(L, -1) != move->premature_ask) {
            lua_pop(L, 1);
            return false;
        }
    }
    lua_pop(L, 1);
    if (lua_getfield(L, rule, "test") == LUA_TFUNCTION) {
        lua_pushvalue(L, state);
        lua_pushvalue(L, move_table);
        lua_call(L, 2, 1);
        bool passed = lua_toboolean(L, -1);
        lua_pop(L, 1);
        scn_clamp_state(L, state);
        return passed;
    }
    lua_pop(L, 1);
    return true;
}

static int scn_route_call(lua_State *L)
{
    ScnCall *call = scn_call_arg(L);
    Scenario *s = call->scenario;
    NodeData *node = &s->nodes[call->node];
    const ScnMove *move = call->move;
    scn_push_state(L);
    int state = lua_gettop(L);
    scn_push_node(L, call->node);
    int body = lua_gettop(L);
    scn_push_move(L, move, call->node);
    int move_table = lua_gettop(L);
    ScnStep *out = call->step;
    char route_id[300];
    int next = -1;
    if (move->choice >= 0) {
        int choice = scn_push_choice(L, body, call->node, (size_t)move->choice);
        const ScnEdge *edge = NULL;
        size_t seen = 0;
        for (size_t i = 0; i < node->view.edge_count; i++)
            if (node->edges[i].kind == SCN_ROUTE_CHOICE && seen++ == (size_t)move->choice)
                edge = &node->edges[i];
        int line = edge != NULL ? edge->line : node->view.line;
        snprintf(route_id, sizeof route_id, "%s", edge != NULL ? edge->id : "choice");
        lua_getfield(L, choice, "to");
        next = scn_resolve_to(L, -1, state, move_table, line, route_id);
        lua_pop(L, 1);
        lua_getfield(L, choice, "effects");
        scn_apply_effects(L, -1, state);
        out->kind = SCN_ROUTE_CHOICE;
    } else {
        if (lua_getfield(L, body, "route") == LUA_TFUNCTION) {
            lua_pushvalue(L, state);
            lua_pushvalue(L, move_table);
            lua_call(L, 2, 1);
            scn_clamp_state(L, state);
            if (lua_type(L, -1) == LUA_TSTRING) {
                const char *id = lua_tostring(L, -1);
                next = scn_node_index(L, id);
                if (next < 0)
                    return sandbox_raise(L, node->view.line,
                                     "node \"%s\": route function gave unknown node \"%s\"",
                                     node->view.id, id);
                snprintf(route_id, sizeof route_id, "%s.route", node->view.id);
                out->kind = SCN_ROUTE_FUNCTION;
            } else if (!lua_isnil(L, -1)) {
                return sandbox_raise(L, node->view.line,
                                 "node \"%s\": route function gave a %s (a node id or nil expected)",
                                 node->view.id, luaL_typename(L, -1));
            }
        }
        lua_pop(L, 1);
        int routes_type = next < 0 ? lua_getfield(L, body, "routes") : LUA_TNIL;
        if (next >= 0)
            lua_pushnil(L);
        if (routes_type == LUA_TTABLE) {
            int routes = lua_gettop(L);
            size_t count = lua_rawlen(L, routes);
            size_t rule_edge = 0;
            for (size_t i = 1; i <= count && next < 0; i++) {
                const ScnEdge *edge = NULL;
                for (size_t e = 0, seen = 0; e < node->view.edge_count; e++)
                    if (node->edges[e].kind == SCN_ROUTE_RULE && ++seen == i)
                        edge = &node->edges[e];
                int line = edge != NULL ? edge->line : node->view.line;
                if (lua_rawgeti(L, routes, (lua_Integer)i) != LUA_TTABLE) {
                    lua_pop(L, 1);
                    continue;
                }
                int rule = lua_gettop(L);
                if (scn_rule_matches(L, rule, state, move_table, move, line)) {
                    snprintf(route_id, sizeof route_id, "%s",
                             edge != NULL ? edge->id : node->view.id);
                    lua_getfield(L, rule, "to");
                    next = scn_resolve_to(L, -1, state, move_table, line, route_id);
                    lua_pop(L, 1);
                    lua_getfield(L, rule, "effects");
                    scn_apply_effects(L, -1, state);
                    lua_pop(L, 1);
                    out->kind = SCN_ROUTE_RULE;
                    rule_edge = i;
                }
                lua_pop(L, 1);
            }
            (void)rule_edge;
        }
        lua_pop(L, 1);
        if (next < 0) {
            snprintf(route_id, sizeof route_id, "%s.otherwise", node->view.id);
            lua_getfield(L, body, "otherwise");
            next = scn_resolve_to(L, -1, state, move_table, node->view.line, route_id);
            out->kind = SCN_ROUTE_OTHERWISE;
        }
    }
    scn_set_buffer(L, &s->route_id, route_id, strlen(route_id));
    out->next = next;
    out->route_id = s->route_id;
    return 0;
}

int scn_route(Scenario *scenario, int node, const ScnMove *move, ScnStep *out, CoachError *err)
{
    if (node < 0 || (size_t)node >= scenario->node_count || move == NULL || out == NULL)
        return err_set(err, COACH_EUSAGE, scenario->path, 0, "scn_route: bad arguments");
    const NodeData *data = &scenario->nodes[node];
    if (data->view.is_ending)
        return err_set(err, COACH_ESTATE, scenario->path, data->view.line,
                       "node \"%s\" is an ending: nothing routes out of it", data->view.id);
    if (move->choice >= 0 && (size_t)move->choice >= data->choice_count)
        return err_set(err, COACH_EUSAGE, scenario->path, data->view.line,
                       "node \"%s\" has no option %d", data->view.id, move->choice + 1);
    if (move->choice < 0 && !data->view.has_text)
        return err_set(err, COACH_ESTATE, scenario->path, data->view.line,
                       "node \"%s\" takes a choice, not a typed line", data->view.id);
    memset(out, 0, sizeof *out);
    ScnCall call = {.scenario = scenario, .node = node, .move = move, .step = out};
    return scn_protected(scenario, scn_route_call, &call, err);
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
                    (type == LUA_TTABLE && depth < 3);
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
