/* scenario_field: reading one field of a scenario's declarations, checking
 * its key and type on the way: allowed keys, strings, booleans, numbers in
 * range, label sets, `to` targets, effects. Each error names the file and
 * the line of the key at fault. */
#include "scenario_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const label_list_help = "a label id or a list of label ids";
/* The line of `key =` in the table written at line, else line: an error
 * names the line of the key at fault, not the line the table starts. */
int scn_at(lua_State *L, int line, const char *key)
{
    int found = scn_key_line(scn_from(L), line, key);
    return found > 0 ? found : line;
}

/* A table that should be a list of tables but has named keys: its inner
 * braces were forgotten (`routes = { when = ..., to = ... }`). */
void scn_check_list_of_lists(lua_State *L, int index, int line, const char *where,
                             const char *key, const char *entries)
{
    index = lua_absindex(L, index);
    lua_pushnil(L);
    while (lua_next(L, index) != 0) {
        bool named = lua_type(L, -2) == LUA_TSTRING;
        bool plain = lua_type(L, -1) != LUA_TTABLE;
        lua_pop(L, 2);
        if (named || plain)
            sandbox_raise(L, scn_at(L, line, key),
                          "%s: %s must be a list of %s: did you forget the inner braces? (%s = { { ... }, "
                          "{ ... } })", where, key, entries, key);
        break;
    }
}

/* Refuses a key of table not in allowed (NULL-terminated, at most 32: the
 * keys found are a bit set in an unsigned).
 * Returns the allowed keys the table may hold, bit i for allowed[i]: those
 * found, or all of them when the table has a metatable (an __index may supply
 * more), so a reader can skip looking up the others (scn_get_checked). */
unsigned scn_check_keys(lua_State *L, int table, const char *const *allowed, int line,
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
            size_t count = 0;
            while (allowed[count] != NULL)
                count++;
            const char *closest = scn_closest(key, allowed, count);
            if (closest != NULL)
                sandbox_raise(L, scn_at(L, line, key), "%s: unknown key '%s' (did you mean '%s'?)", where,
                              key, closest);
            char list[400] = "";
            for (size_t i = 0; allowed[i] != NULL; i++) {
                size_t used = strlen(list);
                snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "", allowed[i]);
            }
            sandbox_raise(L, scn_at(L, line, key), "%s: unknown key '%s' (known: %s)", where, key, list);
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
int scn_get_checked(lua_State *L, int table, const char *key, unsigned present,
                    int key_index)
{
    if ((present & (1u << key_index)) == 0) {
        lua_pushnil(L);
        return LUA_TNIL;
    }
    return lua_getfield(L, table, key);
}

/* Is allowed key number key_index maybe in present (see scn_check_keys)? */
bool scn_has_key(unsigned present, int key_index)
{
    return (present & (1u << key_index)) != 0;
}

/* Field key of table as an owned string; NULL when absent and optional. */
const char *scn_field_string(lua_State *L, Scenario *s, int table, const char *key,
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
        sandbox_raise(L, scn_at(L, line, key), "%s: %s must be a string, not a %s", where, key,
                      lua_typename(L, type));
    /* Kept as valid UTF-8: bytes an escape such as "\xff" made are U+FFFD
     * (raw bytes that are not UTF-8 do not get past scn_load). */
    const char *kept = scn_keep(L, s, lua_tostring(L, -1));
    lua_pop(L, 1);
    return kept;
}

bool scn_field_boolean(lua_State *L, int table, const char *key, bool fallback, int line,
                       const char *where)
{
    int type = lua_getfield(L, table, key);
    bool value = fallback;
    if (type == LUA_TBOOLEAN)
        value = lua_toboolean(L, -1);
    else if (type != LUA_TNIL)
        sandbox_raise(L, scn_at(L, line, key), "%s: %s must be true or false, not a %s", where, key,
                  lua_typename(L, type));
    lua_pop(L, 1);
    return value;
}

double scn_field_number(lua_State *L, int table, const char *key, double fallback, int line,
                        const char *where)
{
    int type = lua_getfield(L, table, key);
    double value = fallback;
    if (type == LUA_TNUMBER)
        value = lua_tonumber(L, -1);
    else if (type != LUA_TNIL)
        sandbox_raise(L, scn_at(L, line, key), "%s: %s must be a number, not a %s", where, key,
                      lua_typename(L, type));
    /* NaN compares false with every bound (a range check would let it by);
     * where an infinity matters a range refuses it. */
    if (type == LUA_TNUMBER && value != value)
        sandbox_raise(L, scn_at(L, line, key), "%s: %s must be a number, not NaN", where, key);
    lua_pop(L, 1);
    return value;
}

/* scn_field_number() within [min, max]: scores are weighted with these and
 * counts cast to int (math.huge as a weight made the overall -2147483648). */
double scn_field_range(lua_State *L, int table, const char *key, double fallback, double min,
                       double max, int line, const char *where)
{
    double value = scn_field_number(L, table, key, fallback, line, where);
    if (value < min || value > max)
        sandbox_raise(L, line, "%s: %s must be between %g and %g, not %g", where, key, min, max, value);
    return value;
}

/* Label set of the value at index (a label id or a list of them). */
unsigned scn_label_bits(lua_State *L, int index, int line, const char *where)
{
    index = lua_absindex(L, index);
    unsigned bits = 0;
    AnLabel label;
    if (lua_type(L, index) == LUA_TSTRING) {
        if (!an_label_from_name(lua_tostring(L, index), &label)) {
            const char *names[AN_LABEL_COUNT];
            for (int l = 0; l < AN_LABEL_COUNT; l++)
                names[l] = an_label_name((AnLabel)l);
            char hint[120];
            sandbox_raise(L, line, "%s: '%s' is not a label id%s (the labels: docs/labels.md)", where,
                          lua_tostring(L, index),
                          scn_did_you_mean(hint, sizeof hint, lua_tostring(L, index), names,
                                           AN_LABEL_COUNT, '\''));
        }
        return AN_BIT(label);
    }
    if (lua_type(L, index) != LUA_TTABLE)
        sandbox_raise(L, line, "%s: expected %s, not a %s", where, label_list_help,
                  luaL_typename(L, index));
    lua_Integer count = (lua_Integer)lua_rawlen(L, index);
    for (lua_Integer i = 1; i <= count; i++) {
        lua_rawgeti(L, index, i);
        if (lua_type(L, -1) == LUA_TSTRING) {
            bits |= scn_label_bits(L, -1, line, where);
            lua_pop(L, 1);
            continue;
        }
        if (lua_type(L, -1) != LUA_TSTRING || !an_label_from_name(lua_tostring(L, -1), &label))
            sandbox_raise(L, line, "%s: entry %d is not a label id", where, (int)i);
        bits |= AN_BIT(label);
        lua_pop(L, 1);
    }
    return bits;
}

int scn_node_index(lua_State *L, const char *id)
{
    scn_push_root_field(L, "byid");
    lua_getfield(L, -1, id);
    int index = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) - 1 : -1;
    lua_pop(L, 2);
    return index;
}

/* Validates a `to` value at index: a known node id or a function. Returns
 * the id (owned) or NULL for a function. */
const char *scn_check_to(lua_State *L, Scenario *s, int index, int line, const char *where)
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
    if (node < 0) {
        char hint[160];
        const char *closest = scn_closest(id, s->node_ids, s->node_count);
        snprintf(hint, sizeof hint, closest != NULL ? " (did you mean \"%s\"?)" : "%s", closest ? closest : "");
        const char *colon = strrchr(where, ':');
        bool otherwise = colon != NULL && strcmp(colon, ": otherwise") == 0;
        int prefix = otherwise ? (int)(colon - where) : (int)strlen(where);
        sandbox_raise(L, line, "%.*s: %s names unknown node \"%s\"%s", prefix, where,
                      otherwise ? "otherwise" : "to", id, hint);
    }
    return s->nodes[node].view.id; /* the same text, already kept */
}

/* The type name a declared variable has, for messages. */
static const char *scn_var_type_name(int type)
{
    return type == LUA_TNUMBER ? "number" : type == LUA_TBOOLEAN ? "boolean" : "string";
}

/* Table effects name declared variables: a number adds to a number, a
 * boolean or a string sets a variable of that type. */
void scn_check_effects(lua_State *L, int table, int line, const char *where)
{
    Scenario *s = scn_from(L);
    int type = lua_getfield(L, table, "effects");
    int at = type == LUA_TNIL ? line : scn_at(L, line, "effects");
    if (type == LUA_TTABLE) {
        int effects = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, effects) != 0) {
            int value = lua_type(L, -1);
            if (lua_type(L, -2) != LUA_TSTRING ||
                (value != LUA_TNUMBER && value != LUA_TBOOLEAN && value != LUA_TSTRING))
                sandbox_raise(L, at, "%s: effects maps names to numbers (added), or booleans/strings "
                                   "(set)", where);
            const char *name = lua_tostring(L, -2);
            const ScnVar *var = scn_var(s, name);
            char hint[160];
            if (var == NULL)
                scn_problem(L, at, "%s: effects: '%s' is not a state variable%s (declare it in "
                                   "scenario.state)", where, name,
                            scn_did_you_mean(hint, sizeof hint, name, s->var_names, s->var_count, '\''));
            else if (var->type != value)
                scn_problem(L, at, "%s: effects: %s is a %s, not a %s", where, name,
                            scn_var_type_name(var->type), lua_typename(L, value));
            lua_pop(L, 1);
        }
    } else if (type != LUA_TNIL && type != LUA_TFUNCTION) {
        sandbox_raise(L, at, "%s: effects must be a table or a function, not a %s", where,
                  lua_typename(L, type));
    }
    lua_pop(L, 1);
}

void scn_add_edge(NodeData *node, size_t capacity, ScnRouteKind kind, const char *id,
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
    edge->better = NULL;
}

void scn_describe_labels(char *buffer, size_t size, const char *prefix, unsigned bits)
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

/* Keeps the strings of the list on top of the stack (key of where) as a
 * NULL-ended array; an entry that is not a string is an error at line. */
static void scn_keep_strings(lua_State *L, Scenario *s, const char ***out, size_t *count, int line,
                             const char *where, const char *key)
{
    size_t n = lua_rawlen(L, -1);
    *out = scn_calloc(L, n + 1, sizeof **out);
    for (size_t i = 1; i <= n; i++) {
        if (lua_rawgeti(L, -1, (lua_Integer)i) != LUA_TSTRING)
            sandbox_raise(L, line, "%s: %s[%zu] must be a string", where, key, i);
        (*out)[i - 1] = scn_keep(L, s, lua_tostring(L, -1));
        *count = i;
        lua_pop(L, 1);
    }
}

void scn_read_string_list(lua_State *L, Scenario *s, int table, const char *key,
                          const char ***out, size_t *count, int line, const char *where)
{
    int type = lua_getfield(L, table, key);
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (type != LUA_TTABLE)
        sandbox_raise(L, line, "%s: %s must be a list of strings", where, key);
    scn_keep_strings(L, s, out, count, line, where, key);
    lua_pop(L, 1);
}

/* A string or a list of strings at table[key] into a NULL-ended array
 * (examples, clarify, again). */
void scn_read_text_list(lua_State *L, Scenario *s, int table, const char *key,
                        const char ***out, size_t *count, int line, const char *where)
{
    int type = lua_getfield(L, table, key);
    *count = 0;
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (type == LUA_TSTRING) {
        *out = scn_calloc(L, 2, sizeof **out);
        (*out)[0] = scn_keep(L, s, lua_tostring(L, -1));
        *count = 1;
        lua_pop(L, 1);
        return;
    }
    if (type != LUA_TTABLE)
        sandbox_raise(L, line, "%s: %s must be a string or a list of strings, not a %s", where, key,
                  lua_typename(L, type));
    if (lua_rawlen(L, -1) == 0)
        sandbox_raise(L, line, "%s: %s is an empty list", where, key);
    scn_keep_strings(L, s, out, count, line, where, key);
    lua_pop(L, 1);
}
