/* scenario_read: turns the declarations a scenario file made into the C
 * structures the views and the runtime use, checking every key and type on
 * the way; each error names the file and the line of the entry at fault. */
#include "scenario_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const label_list_help = "a label id or a list of label ids";

/* --- reading declarations ------------------------------------------------ */

/* The line of `key =` in the table written at line, else line: an error
 * names the line of the key at fault, not the line the table starts. */
static int scn_at(lua_State *L, int line, const char *key)
{
    int found = scn_key_line(scn_from(L), line, key);
    return found > 0 ? found : line;
}

/* A table that should be a list of tables but has named keys: its inner
 * braces were forgotten (`routes = { when = ..., to = ... }`). */
static void scn_check_list_of_lists(lua_State *L, int index, int line, const char *where,
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
        sandbox_raise(L, scn_at(L, line, key), "%s: %s must be a string, not a %s", where, key,
                      lua_typename(L, type));
    /* Kept as valid UTF-8: bytes an escape such as "\xff" made are U+FFFD
     * (raw bytes that are not UTF-8 do not get past scn_load). */
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
        sandbox_raise(L, scn_at(L, line, key), "%s: %s must be true or false, not a %s", where, key,
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
static double scn_field_range(lua_State *L, int table, const char *key, double fallback, double min,
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
static void scn_check_effects(lua_State *L, int table, int line, const char *where)
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
    edge->better = NULL;
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

static void scn_read_text_list(lua_State *L, Scenario *s, int table, const char *key,
                               const char ***out, size_t *count, int line, const char *where);

/* Every {name} in text a prospect says must be a placeholder the runtime
 * fills (a state variable, trainee, or the persona's name, role, company):
 * a typo would be shown to the trainee as written. */
static void scn_check_placeholders(lua_State *L, const char *text, int line, const char *where,
                                   const char *key)
{
    Scenario *s = scn_from(L);
    static const char *const fixed[] = {"trainee", "name", "role", "company",
                                        "persona.name", "persona.role", "persona.company"};
    enum { FIXED = sizeof fixed / sizeof fixed[0] };
    for (const char *p = text; (p = strchr(p, '{')) != NULL; p++) {
        const char *close = strchr(p + 1, '}');
        if (close == NULL)
            return;
        size_t n = (size_t)(close - p - 1);
        if (n == 0 || n > 63 || !(isalpha((unsigned char)p[1]) || p[1] == '_'))
            continue;
        char name[64];
        bool identifier = true;
        for (size_t i = 0; i < n; i++) {
            char c = p[1 + i];
            identifier = identifier && (isalnum((unsigned char)c) || c == '_' || c == '.');
            name[i] = c;
        }
        name[n] = '\0';
        if (!identifier || scn_var(s, name) != NULL)
            continue;
        bool known = false;
        for (size_t i = 0; i < FIXED && !known; i++)
            known = strcmp(name, fixed[i]) == 0;
        if (known)
            continue;
        const char *closest = scn_closest(name, fixed, FIXED);
        const char *closest_var = scn_closest(name, s->var_names, s->var_count);
        if (closest == NULL || (closest_var != NULL && strlen(closest_var) == strlen(name)))
            closest = closest_var != NULL ? closest_var : closest;
        char hint[120] = "";
        if (closest != NULL)
            snprintf(hint, sizeof hint, " (did you mean {%s}?)", closest);
        scn_problem(L, line, "%s: %s: {%s} is not a placeholder%s; the placeholders are the state "
                             "variables, {trainee}, {name}, {role} and {company}",
                    where, key, name, hint);
    }
}

static void scn_read_routes(lua_State *L, Scenario *s, NodeData *node, int body, size_t capacity,
                            const ScnEntryLines *lines, const char *where)
{
    SCN_ROOM(L);
    static const char *const rule_keys[] = {"id",   "when", "any",  "unless",  "words",
                                            "premature", "test", "to", "effects", "examples",
                                            "heard", "better", NULL};
    enum { RULE_ID, RULE_WHEN, RULE_ANY, RULE_UNLESS, RULE_WORDS, RULE_PREMATURE, RULE_TEST,
           RULE_TO, RULE_EFFECTS, RULE_EXAMPLES, RULE_HEARD, RULE_BETTER };
    if (lua_getfield(L, body, "routes") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int routes = lua_gettop(L);
    if (!lua_istable(L, routes))
        sandbox_raise(L, scn_at(L, node->view.line, "routes"), "%s: routes must be a list of rules", where);
    scn_check_list_of_lists(L, routes, node->view.line, where, "routes", "rules");
    size_t count = lua_rawlen(L, routes);
    node->intents = scn_calloc(L, count + 1, sizeof *node->intents);
    for (size_t i = 1; i <= count; i++) {
        HearIntent *intent = &node->intents[i - 1];
        intent->premature = -1;
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
                unsigned bits = scn_label_bits(L, -1, line, key_where);
                scn_describe_labels(summary, sizeof summary, label_keys[k], bits);
                if (k == 0)
                    intent->when = bits;
                else if (k == 1)
                    intent->any = bits;
                else
                    intent->unless = bits;
            }
            lua_pop(L, 1);
        }
        const char *words = scn_has_key(present, RULE_WORDS)
                                 ? scn_field_string(L, s, rule, "words", false, line, rule_where)
                                 : NULL;
        intent->words = words;
        if (words != NULL) {
            size_t used = strlen(summary);
            snprintf(summary + used, sizeof summary - used, "%swords \"%s\"", used ? "; " : "", words);
        }
        int premature = scn_get_checked(L, rule, "premature", present, RULE_PREMATURE);
        if (premature != LUA_TNIL && premature != LUA_TBOOLEAN)
            sandbox_raise(L, scn_at(L, line, "premature"), "%s: premature must be true or false", rule_where);
        if (premature == LUA_TBOOLEAN) {
            intent->premature = lua_toboolean(L, -1) ? 1 : 0;
            size_t used = strlen(summary);
            snprintf(summary + used, sizeof summary - used, "%spremature %s", used ? "; " : "",
                     lua_toboolean(L, -1) ? "yes" : "no");
        }
        lua_pop(L, 1);
        int test = scn_get_checked(L, rule, "test", present, RULE_TEST);
        if (test != LUA_TNIL && test != LUA_TFUNCTION)
            sandbox_raise(L, line, "%s: test must be a function(s, move)", rule_where);
        intent->has_test = test == LUA_TFUNCTION;
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
        intent->id = node->edges[node->view.edge_count - 1].id;
        if (scn_has_key(present, RULE_EXAMPLES)) {
            const char **examples = NULL;
            scn_read_text_list(L, s, rule, "examples", &examples, &intent->example_count, line,
                               rule_where);
            intent->examples = examples;
        }
        if (scn_has_key(present, RULE_HEARD))
            intent->heard = scn_field_string(L, s, rule, "heard", false, line, rule_where);
        if (scn_has_key(present, RULE_BETTER))
            node->edges[node->view.edge_count - 1].better =
                scn_field_string(L, s, rule, "better", false, line, rule_where);
        node->intent_count = i;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void scn_read_choices(lua_State *L, Scenario *s, NodeData *node, int body, size_t capacity,
                             const ScnEntryLines *lines, const char *where)
{
    SCN_ROOM(L);
    static const char *const choice_keys[] = {"id",     "text",    "to",       "labels",
                                              "points", "effects", "examples", NULL};
    enum { CHOICE_ID, CHOICE_TEXT, CHOICE_TO, CHOICE_LABELS, CHOICE_POINTS, CHOICE_EFFECTS,
           CHOICE_EXAMPLES };
    if (lua_getfield(L, body, "choices") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int choices = lua_gettop(L);
    if (!lua_istable(L, choices))
        sandbox_raise(L, scn_at(L, node->view.line, "choices"), "%s: choices must be a list of options", where);
    scn_check_list_of_lists(L, choices, node->view.line, where, "choices", "options");
    size_t count = lua_rawlen(L, choices);
    /* The option ids so far: compared in C in a short list, looked up in a
     * Lua table in a long one. */
    enum { FEW_CHOICES = 16 };
    const char *few[FEW_CHOICES];
    bool many = count > FEW_CHOICES;
    node->choice_examples = scn_calloc(L, count + 1, sizeof *node->choice_examples);
    node->choice_example_counts = scn_calloc(L, count + 1, sizeof *node->choice_example_counts);
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
        scn_check_placeholders(L, text, line, choice_where, "text");
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
                if (!known || !lua_isinteger(L, -1) || lua_tointeger(L, -1) < -100 ||
                    lua_tointeger(L, -1) > 100)
                    sandbox_raise(L, line, "%s: points maps a skill (discovery, listening, benefits, "
                                       "next_step) to a whole number from -100 to 100", choice_where);
                lua_pop(L, 1);
            }
        } else if (points != LUA_TNIL) {
            sandbox_raise(L, line, "%s: points must be a table { discovery = 5 }", choice_where);
        }
        lua_pop(L, 1);
        if (scn_has_key(present, CHOICE_EFFECTS))
            scn_check_effects(L, choice, line, choice_where);
        if (scn_has_key(present, CHOICE_EXAMPLES))
            scn_read_text_list(L, s, choice, "examples", &node->choice_examples[i - 1],
                               &node->choice_example_counts[i - 1], line, choice_where);
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

/* A string or a list of strings at table[key] into a NULL-ended array
 * (examples, clarify, again). */
static void scn_read_text_list(lua_State *L, Scenario *s, int table, const char *key,
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
    size_t n = lua_rawlen(L, -1);
    if (n == 0)
        sandbox_raise(L, line, "%s: %s is an empty list", where, key);
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

/* Is any of keys of the table at index a function? */
static bool scn_any_function(lua_State *L, int index, const char *const *keys)
{
    bool found = false;
    for (size_t k = 0; keys[k] != NULL && !found; k++) {
        found = lua_getfield(L, index, keys[k]) == LUA_TFUNCTION;
        lua_pop(L, 1);
    }
    return found;
}

/* Does the node body at body run any function of the author's? (coach check
 * runs those in every representative state). */
static bool scn_node_has_functions(lua_State *L, int body)
{
    static const char *const node_keys[] = {"say", "effects", "route", "otherwise", NULL};
    static const char *const entry_keys[] = {"test", "to", "effects", NULL};
    if (scn_any_function(L, body, node_keys))
        return true;
    static const char *const lists[] = {"routes", "choices"};
    bool found = false;
    for (size_t l = 0; l < 2 && !found; l++) {
        if (lua_getfield(L, body, lists[l]) == LUA_TTABLE) {
            size_t n = lua_rawlen(L, -1);
            for (size_t i = 1; i <= n && !found; i++) {
                if (lua_rawgeti(L, -1, (lua_Integer)i) == LUA_TTABLE)
                    found = scn_any_function(L, lua_gettop(L), entry_keys);
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    }
    return found;
}

static void scn_read_node(lua_State *L, Scenario *s, size_t index)
{
    SCN_ROOM(L);
    static const char *const node_keys[] = {"say",    "cues",      "reveals", "effects",
                                            "asks_for_work", "routes", "route",   "otherwise",
                                            "choices", "typed",    "ending",  "clarify",
                                            "again",   "closing", "better", NULL};
    enum { NODE_SAY, NODE_CUES, NODE_REVEALS, NODE_EFFECTS, NODE_ASKS_FOR_WORK, NODE_ROUTES,
           NODE_ROUTE, NODE_OTHERWISE, NODE_CHOICES, NODE_TYPED, NODE_ENDING, NODE_CLARIFY,
           NODE_AGAIN, NODE_CLOSING, NODE_BETTER };
    NodeData *node = &s->nodes[index];
    scn_push_node(L, (int)index);
    int body = lua_gettop(L);
    int line = node->view.line;
    char where[200];
    size_t used = scn_append(where, sizeof where, 0, "node \"");
    used = scn_append(where, sizeof where, used, node->view.id);
    scn_append(where, sizeof where, used, "\"");
    unsigned present = scn_check_keys(L, body, node_keys, line, where);
    node->view.has_functions = scn_node_has_functions(L, body);
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
    int say_line = scn_at(L, line, "say");
    if (say == LUA_TTABLE) {
        size_t n = lua_rawlen(L, -1);
        if (n == 0)
            sandbox_raise(L, say_line, "%s: say is an empty list", where);
        for (size_t i = 1; i <= n; i++) {
            if (lua_rawgeti(L, -1, (lua_Integer)i) != LUA_TSTRING)
                sandbox_raise(L, say_line, "%s: say[%zu] must be a string", where, i);
            scn_check_placeholders(L, lua_tostring(L, -1), say_line, where, "say");
            lua_pop(L, 1);
        }
        node->view.say_varies = n > 1;
    } else if (say == LUA_TSTRING) {
        scn_check_placeholders(L, lua_tostring(L, -1), say_line, where, "say");
    } else if (say != LUA_TFUNCTION) {
        sandbox_raise(L, say_line, "%s: say must be a string, a list of strings or a function, not a %s",
                  where, lua_typename(L, say));
    }
    node->view.say_varies = node->view.say_varies || say == LUA_TFUNCTION;
    lua_pop(L, 1);

    /* cues */
    int cue_type = scn_get_checked(L, body, "cues", present, NODE_CUES);
    if (cue_type == LUA_TTABLE)
        scn_check_list_of_lists(L, -1, line, where, "cues", "cues");
    if (cue_type == LUA_TTABLE) {
        size_t n = lua_rawlen(L, -1);
        if (n > RUB_MAX_CUES)
            sandbox_raise(L, line, "%s: at most %d cues per node", where, RUB_MAX_CUES);
        const ScnEntryLines *cue_lines = &lists[CUE_LINES];
        node->cue_ids = scn_calloc(L, n + 1, sizeof *node->cue_ids);
        node->cue_words = scn_calloc(L, n + 1, sizeof *node->cue_words);
        node->cue_labels = scn_calloc(L, n + 1, sizeof *node->cue_labels);
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
            static const char *const cue_keys[] = {"id", "words", "label", NULL};
            scn_check_keys(L, -1, cue_keys, cue_line, cue_where);
            int cue = lua_gettop(L);
            const char *cue_id = scn_field_string(L, s, cue, "id", true, cue_line, cue_where);
            if (strlen(cue_id) >= RUB_ID_BYTES)
                sandbox_raise(L, cue_line, "%s: id is longer than %d bytes", cue_where, RUB_ID_BYTES - 1);
            node->cue_ids[i - 1] = cue_id;
            node->cue_words[i - 1] = scn_field_string(L, s, cue, "words", true, cue_line, cue_where);
            /* the name the trainee reads in the debrief; NULL: the id in words */
            node->cue_labels[i - 1] = scn_field_string(L, s, cue, "label", false, cue_line, cue_where);
            node->view.cue_count = i;
            lua_pop(L, 1);
        }
    } else if (cue_type != LUA_TNIL) {
        sandbox_raise(L, scn_at(L, line, "cues"), "%s: cues must be a list of { id = ..., words = ... }", where);
    }
    lua_pop(L, 1);

    if (scn_has_key(present, NODE_REVEALS))
        scn_read_string_list(L, s, body, "reveals", &node->reveals, &node->view.reveal_count, line,
                             where);
    node->view.reveals = node->reveals;
    if (node->view.reveal_count > RUB_MAX_TARGETS)
        sandbox_raise(L, line, "%s: at most %d reveals", where, RUB_MAX_TARGETS);
    for (size_t i = 0; i < node->view.reveal_count; i++)
        if (scn_find_target(s, node->reveals[i]) < 0) {
            const char *ids[RUB_MAX_TARGETS];
            size_t id_count = 0;
            for (size_t t = 0; t < s->target_count && t < RUB_MAX_TARGETS; t++)
                ids[id_count++] = s->targets[t].id;
            const char *closest = scn_closest(node->reveals[i], ids, id_count);
            char hint[120] = "";
            if (closest != NULL)
                snprintf(hint, sizeof hint, " (did you mean \"%s\"?)", closest);
            sandbox_raise(L, scn_at(L, line, "reveals"),
                          "%s: reveals unknown target \"%s\"%s (declare it in scenario.targets)", where,
                          node->reveals[i], hint);
        }
    if (scn_has_key(present, NODE_EFFECTS))
        scn_check_effects(L, body, line, where);
    if (scn_has_key(present, NODE_ASKS_FOR_WORK))
        node->asks_for_work = scn_field_boolean(L, body, "asks_for_work", false, line, where);
    if (scn_has_key(present, NODE_TYPED))
        node->typed = scn_field_boolean(L, body, "typed", false, line, where);
    if (scn_has_key(present, NODE_CLARIFY))
        scn_read_text_list(L, s, body, "clarify", &node->clarify, &node->clarify_count, line, where);
    if (scn_has_key(present, NODE_AGAIN))
        scn_read_text_list(L, s, body, "again", &node->again, &node->again_count, line, where);
    for (size_t i = 0; i < node->again_count; i++)
        scn_check_placeholders(L, node->again[i], scn_at(L, line, "again"), where, "again");
    for (size_t i = 0; i < node->clarify_count; i++)
        scn_check_placeholders(L, node->clarify[i], scn_at(L, line, "clarify"), where, "clarify");
    node->view.has_again = node->again_count > 0;
    if (scn_has_key(present, NODE_CLOSING))
        node->view.closing = scn_field_boolean(L, body, "closing", false, line, where);
    if (scn_has_key(present, NODE_BETTER))
        node->view.better = scn_field_string(L, s, body, "better", false, line, where);

    int ending = scn_get_checked(L, body, "ending", present, NODE_ENDING);
    if (ending == LUA_TTABLE) {
        static const char *const ending_keys[] = {"outcome", "success", "label", NULL};
        scn_check_keys(L, -1, ending_keys, scn_at(L, line, "ending"), where);
        node->view.is_ending = true;
        node->view.outcome = scn_field_string(L, s, lua_gettop(L), "outcome", true, line, where);
        node->view.success = scn_field_boolean(L, lua_gettop(L), "success", false, line, where);
        node->view.outcome_label = scn_field_string(L, s, lua_gettop(L), "label", false, line, where);
    } else if (ending != LUA_TNIL) {
        sandbox_raise(L, scn_at(L, line, "ending"), "%s: ending must be { outcome = \"...\", success = true/false }", where);
    }
    lua_pop(L, 1);

    int route_type = scn_get_checked(L, body, "route", present, NODE_ROUTE);
    if (route_type != LUA_TNIL && route_type != LUA_TFUNCTION)
        sandbox_raise(L, scn_at(L, line, "route"), "%s: route must be a function(s, move)", where);
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
        const char *to = scn_check_to(L, s, -1, scn_at(L, line, "otherwise"), otherwise_where);
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
        sandbox_raise(L, scn_at(L, line, "targets"), "scenario: targets must be a list of { id, kind, text, keys }");
    int targets = lua_gettop(L);
    scn_check_list_of_lists(L, targets, line, "scenario", "targets", "targets");
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
        static const char *const target_keys[] = {"id", "kind", "text", "keys", "label", NULL};
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
        static const char *const kinds[] = {"pain", "impact", "motive", "decision_process",
                                            "timeline", "budget", "other"};
        bool known_kind = false;
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0] && !known_kind; k++)
            known_kind = strcmp(t->kind, kinds[k]) == 0;
        if (!known_kind) {
            char hint[120];
            scn_problem(L, target_line, "%s: kind '%s' is not a target kind%s; the kinds: pain, impact, "
                                          "motive, decision_process, timeline, budget, other", where, t->kind,
                          scn_did_you_mean(hint, sizeof hint, t->kind, kinds, sizeof kinds / sizeof kinds[0], '\''));
        }
        t->text = scn_field_string(L, s, target, "text", true, target_line, where);
        t->keys = scn_field_string(L, s, target, "keys", true, target_line, where);
        t->label = scn_field_string(L, s, target, "label", false, target_line, where);
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
        c->min_targets_before_ask = (int)scn_field_range(L, rubric, "min_targets_before_ask",
                                                         c->min_targets_before_ask, 0, RUB_MAX_TARGETS,
                                                         line, "scenario.rubric");
        c->open_ratio_target = scn_field_range(L, rubric, "open_ratio_target", c->open_ratio_target, 0,
                                               1, line, "scenario.rubric");
        c->max_word_share = scn_field_range(L, rubric, "max_word_share", c->max_word_share, 0, 1, line,
                                            "scenario.rubric");
        c->max_monologue_words = (int)scn_field_range(L, rubric, "max_monologue_words",
                                                      c->max_monologue_words, 1, 100000, line,
                                                      "scenario.rubric");
        c->cue_window_turns = (int)scn_field_range(L, rubric, "cue_window_turns", c->cue_window_turns,
                                                   0, 1000, line, "scenario.rubric");
        int weights = lua_getfield(L, rubric, "weights");
        if (weights == LUA_TTABLE) {
            for (int k = 0; k < RUB_SKILL_COUNT; k++)
                c->weights[k] = scn_field_range(L, lua_gettop(L), rub_skill_name((RubSkill)k),
                                                c->weights[k], 0, 1000, line, "scenario.rubric.weights");
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
                sandbox_raise(L, scn_at(L, line, "reactions"), "scenario.reactions: '%s' is not a label id or premature_ask",
                          key != NULL ? key : "?");
            if (lua_type(L, -1) != LUA_TTABLE)
                sandbox_raise(L, line, "scenario.reactions.%s must be a table { trust = 2 }", key);
            const char *kept_key = scn_keep(L, s, key);
            lua_pushnil(L);
            while (lua_next(L, -2) != 0) {
                if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TNUMBER)
                    sandbox_raise(L, scn_at(L, line, "reactions"), "scenario.reactions.%s maps state names to numbers", key);
                if (!isfinite(lua_tonumber(L, -1)))
                    sandbox_raise(L, scn_at(L, line, "reactions"), "scenario.reactions.%s.%s must be a finite number",
                                  key, lua_tostring(L, -2));
                const ScnVar *var = scn_var(s, lua_tostring(L, -2));
                char hint[160];
                if (var == NULL || var->type != LUA_TNUMBER)
                    scn_problem(L, scn_at(L, line, "reactions"),
                                  "scenario.reactions.%s: '%s' is not a %s variable%s", key, lua_tostring(L, -2),
                                  var == NULL ? "state" : "number",
                                  scn_did_you_mean(hint, sizeof hint, lua_tostring(L, -2), s->var_names,
                                                   s->var_count, '\''));
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

/* The scenario{} table and its line, pushed for a build part. */
static int scn_push_def(lua_State *L, int *line)
{
    scn_push_root_field(L, "def");
    int def = lua_gettop(L);
    scn_push_root_field(L, "def_line");
    *line = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return def;
}

static int scn_build_info(lua_State *L)
{
    SCN_ROOM(L);
    Scenario *s = scn_from(L);
    static const char *const scenario_keys[] = {
        "id",    "title", "version", "difficulty", "pitch",   "persona", "brief",   "purpose",
        "start", "seed",  "state",   "features",   "outcomes", "jargon", "targets", "rubric",
        "reactions", "clarify", NULL};
    int line = 0;
    int def = scn_push_def(L, &line);
    const char *where = "scenario";
    ScnInfo *info = &s->info;
    info->path = s->path;
    info->line = line; /* for coach check (lint.c) */
    scn_check_keys(L, def, scenario_keys, line, where);
    info->id = scn_field_string(L, s, def, "id", true, line, where);
    for (const char *p = info->id; *p != '\0'; p++)
        if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '_'))
            sandbox_raise(L, scn_at(L, line, "id"), "scenario id \"%.64s\": use a-z, 0-9 and _ only", info->id);
    if (info->id[0] == '\0')
        sandbox_raise(L, scn_at(L, line, "id"), "scenario id cannot be empty");
    /* It names the log files ("<id>-<time>-<pid>.json.tmp<pid>", at most 255 bytes). */
    if (strlen(info->id) > SCN_MAX_ID_BYTES)
        sandbox_raise(L, scn_at(L, line, "id"), "scenario id \"%.20s...\" is %zu characters; at most %d (it names the log files)",
                      info->id, strlen(info->id), SCN_MAX_ID_BYTES);
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
        sandbox_raise(L, scn_at(L, line, "difficulty"), "scenario: difficulty must be 1, 2 or 3");
    info->difficulty = (int)difficulty;
    int persona = lua_getfield(L, def, "persona");
    int persona_line = scn_at(L, line, "persona");
    if (persona == LUA_TTABLE) {
        static const char *const persona_keys[] = {"name", "role", "company", "voice", NULL};
        int table = lua_gettop(L);
        scn_check_keys(L, table, persona_keys, persona_line, "scenario.persona");
        info->persona_name = scn_field_string(L, s, table, "name", false, persona_line, "scenario.persona");
        info->persona_role = scn_field_string(L, s, table, "role", false, persona_line, "scenario.persona");
        info->persona_company = scn_field_string(L, s, table, "company", false, persona_line,
                                                 "scenario.persona");
        info->persona_voice = scn_field_string(L, s, table, "voice", false, persona_line, "scenario.persona");
    } else if (persona != LUA_TNIL) {
        sandbox_raise(L, persona_line, "scenario.persona must be a table { name = ..., role = ... }");
    }
    lua_pop(L, 1);
    int seed = lua_getfield(L, def, "seed");
    if (seed == LUA_TNIL)
        info->seed = 1;
    else if (lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 0)
        info->seed = (uint64_t)lua_tointeger(L, -1);
    else
        sandbox_raise(L, scn_at(L, line, "seed"), "scenario: seed must be a whole number >= 0");
    lua_pop(L, 1);
    return 0;
}

/* Adds a declared variable (the arrays have room: counted before). */
static ScnVar *scn_add_var(lua_State *L, Scenario *s, const char *name, int type)
{
    ScnVar *var = &s->vars[s->var_count];
    memset(var, 0, sizeof *var);
    var->name = scn_keep(L, s, name);
    var->type = type;
    s->var_names[s->var_count++] = var->name;
    return var;
}

/* scenario.state: every variable a run may read or write, with its type
 * (from its start value) and, for a number, its range: `name = 3`, `flag =
 * false`, `stage = "early"` or `name = { start = 3, min = 0, max = 10 }`.
 * trust and interest are numbers from 0 to 100 (start 50 unless set). */
static int scn_build_state(lua_State *L)
{
    SCN_ROOM(L);
    Scenario *s = scn_from(L);
    int line = 0;
    int def = scn_push_def(L, &line);
    int type = lua_getfield(L, def, "state");
    int at = scn_at(L, line, "state");
    int state = lua_gettop(L);
    size_t count = 2;
    if (type == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, state) != 0) {
            count++;
            lua_pop(L, 1);
        }
    } else if (type != LUA_TNIL) {
        sandbox_raise(L, at, "scenario.state must be a table { trust = 40, interest = 30 }");
    }
    free(s->vars);
    free((void *)s->var_names);
    s->vars = NULL;
    s->var_names = NULL;
    s->var_count = 0;
    s->vars = scn_calloc(L, count, sizeof *s->vars);
    s->var_names = scn_calloc(L, count + 1, sizeof *s->var_names);
    static const char *const bounded[] = {"trust", "interest"};
    for (size_t i = 0; i < 2; i++) {
        ScnVar *var = scn_add_var(L, s, bounded[i], LUA_TNUMBER);
        var->start_number = 50;
        var->bounded = true;
        var->min = 0;
        var->max = 100;
    }
    if (type != LUA_TTABLE)
        return 0;
    lua_pushnil(L);
    while (lua_next(L, state) != 0) {
        if (lua_type(L, -2) != LUA_TSTRING)
            sandbox_raise(L, at, "scenario.state: keys must be names");
        const char *name = lua_tostring(L, -2);
        if (strcmp(name, "visits") == 0 || strcmp(name, "random") == 0)
            sandbox_raise(L, at, "scenario.state: '%s' is reserved", name);
        int value = lua_type(L, -1);
        ScnVar *var = (ScnVar *)scn_var(s, name);
        if (var != NULL && !var->bounded)
            sandbox_raise(L, at, "scenario.state: '%s' is declared twice", name);
        if (var != NULL && value != LUA_TNUMBER && value != LUA_TTABLE)
            sandbox_raise(L, at, "scenario.state: %s is a number from 0 to 100, not a %s", name,
                          lua_typename(L, value));
        if (value == LUA_TTABLE) {
            static const char *const range_keys[] = {"start", "min", "max", NULL};
            scn_check_keys(L, -1, range_keys, at, "scenario.state");
            int table = lua_gettop(L);
            if (lua_getfield(L, table, "start") != LUA_TNUMBER)
                sandbox_raise(L, at, "scenario.state: %s = { start = <number>, min = ..., max = ... } needs a "
                                     "number start", name);
            double start = lua_tonumber(L, -1);
            lua_pop(L, 1);
            double min = scn_field_number(L, table, "min", var != NULL ? var->min : -HUGE_VAL, at,
                                          "scenario.state");
            double max = scn_field_number(L, table, "max", var != NULL ? var->max : HUGE_VAL, at,
                                          "scenario.state");
            if (min > max)
                sandbox_raise(L, at, "scenario.state: %s: min %g is above max %g", name, min, max);
            if (var == NULL)
                var = scn_add_var(L, s, name, LUA_TNUMBER);
            var->bounded = true;
            var->min = min;
            var->max = max;
            var->start_number = start;
        } else if (value == LUA_TNUMBER) {
            if (var == NULL)
                var = scn_add_var(L, s, name, LUA_TNUMBER);
            var->start_number = lua_tonumber(L, -1);
        } else if (value == LUA_TBOOLEAN) {
            var = scn_add_var(L, s, name, LUA_TBOOLEAN);
            var->start_boolean = lua_toboolean(L, -1);
        } else if (value == LUA_TSTRING) {
            var = scn_add_var(L, s, name, LUA_TSTRING);
            var->start_string = scn_keep(L, s, lua_tostring(L, -1));
        } else {
            sandbox_raise(L, at, "scenario.state: %s must be a number, a boolean, a string or { start = "
                                 "..., min = ..., max = ... }, not a %s", name, lua_typename(L, value));
        }
        if (var->type == LUA_TNUMBER && !isfinite(var->start_number))
            sandbox_raise(L, at, "scenario.state: %s must be a finite number, not %g", name, var->start_number);
        if (var->type == LUA_TNUMBER && var->bounded &&
            (var->start_number < var->min || var->start_number > var->max))
            sandbox_raise(L, at, "scenario.state: %s starts at %g, outside %g to %g", name, var->start_number,
                          var->min, var->max);
        lua_pop(L, 1);
    }
    return 0;
}

static int scn_build_lists(lua_State *L)
{
    SCN_ROOM(L);
    Scenario *s = scn_from(L);
    int line = 0;
    int def = scn_push_def(L, &line);
    static const char *const term_keys[AN_TERM_KIND_COUNT] = {"features", "outcomes", "jargon"};
    for (int k = 0; k < AN_TERM_KIND_COUNT; k++)
        scn_read_string_list(L, s, def, term_keys[k], &s->terms[k], &s->term_count[k],
                             scn_at(L, line, term_keys[k]), "scenario");
    return 0;
}

static int scn_build_targets(lua_State *L)
{
    int line = 0;
    int def = scn_push_def(L, &line);
    scn_read_targets(L, scn_from(L), def, line);
    return 0;
}

static int scn_build_rubric(lua_State *L)
{
    int line = 0;
    int def = scn_push_def(L, &line);
    scn_read_rubric(L, scn_from(L), def, scn_at(L, line, "rubric"));
    return 0;
}

static int scn_build_reactions(lua_State *L)
{
    int line = 0;
    int def = scn_push_def(L, &line);
    scn_read_reactions(L, scn_from(L), def, line);
    return 0;
}

static int scn_build_clarify(lua_State *L)
{
    Scenario *s = scn_from(L);
    int line = 0;
    int def = scn_push_def(L, &line);
    int at = scn_at(L, line, "clarify");
    scn_read_text_list(L, s, def, "clarify", &s->clarify, &s->clarify_count, at, "scenario");
    for (size_t i = 0; i < s->clarify_count; i++)
        scn_check_placeholders(L, s->clarify[i], at, "scenario", "clarify");
    return 0;
}

static int scn_build_node(lua_State *L)
{
    const size_t *index = lua_touserdata(L, 1);
    scn_read_node(L, scn_from(L), *index);
    return 0;
}

static int scn_build_start(lua_State *L)
{
    Scenario *s = scn_from(L);
    int line = 0;
    int def = scn_push_def(L, &line);
    s->info.start = scn_field_string(L, s, def, "start", true, line, "scenario");
    if (scn_node_index(L, s->info.start) < 0) {
        char hint[160] = "";
        const char *closest = scn_closest(s->info.start, s->node_ids, s->node_count);
        if (closest != NULL)
            snprintf(hint, sizeof hint, " (did you mean \"%s\"?)", closest);
        sandbox_raise(L, scn_at(L, line, "start"), "scenario: start names unknown node \"%s\"%s",
                      s->info.start, hint);
    }
    return 0;
}

/* Reads every declaration, part by part: an error in one part (the
 * scenario's fields, its state, targets, each node...) is recorded and the
 * next part is read, so a file's mistakes are all reported in one run. The
 * first is raised at the end. */
int scn_build(lua_State *L)
{
    SCN_ROOM(L);
    Scenario *s = scn_from(L);
    if (scn_push_root_field(L, "def") != LUA_TTABLE) {
        lua_pushfstring(L, "%s:1: the file never calls scenario { id = ..., start = ... }", s->path);
        return lua_error(L);
    }
    int line = 0;
    lua_pop(L, 1);
    scn_push_def(L, &line);
    lua_pop(L, 1);
    s->info.path = s->path;
    s->info.line = line;
    s->info.title = s->info.id = s->info.version = "";
    s->info.persona_name = NULL;
    scn_part(L, scn_build_info, NULL);
    if (s->info.persona_name == NULL)
        s->info.persona_name = scn_keep(L, s, "Prospect");
    scn_part(L, scn_build_state, NULL);
    if (s->vars == NULL) /* the state part failed early: trust and interest still exist */
        scn_part(L, scn_build_state, NULL);
    scn_part(L, scn_build_lists, NULL);
    scn_part(L, scn_build_targets, NULL);
    scn_part(L, scn_build_rubric, NULL);
    scn_part(L, scn_build_reactions, NULL);
    scn_part(L, scn_build_clarify, NULL);
    s->last_clarify = -1;

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
    s->node_ids = scn_calloc(L, count + 1, sizeof *s->node_ids);
    scn_push_root_field(L, "nodes");
    int nodes = lua_gettop(L);
    for (size_t i = 1; i <= count; i++) {
        lua_rawgeti(L, decl_lines, (lua_Integer)i);
        lua_rawgeti(L, decl_ids, (lua_Integer)i);
        NodeData *node = &s->nodes[i - 1];
        node->view.line = (int)lua_tointeger(L, -2);
        node->view.id = scn_keep(L, s, lua_tostring(L, -1));
        s->node_ids[i - 1] = node->view.id;
        s->node_count = i;
        if (lua_rawgeti(L, nodes, (lua_Integer)i) != LUA_TTABLE)
            scn_problem(L, node->view.line, "node \"%s\" has no body: write node \"%s\" { say = ... }",
                        node->view.id, node->view.id);
        lua_pop(L, 3);
    }
    scn_index_nodes(L, s);
    for (size_t i = 0; i < count; i++) {
        lua_rawgeti(L, nodes, (lua_Integer)i + 1);
        bool has_body = lua_istable(L, -1);
        lua_pop(L, 1);
        if (has_body)
            scn_part(L, scn_build_node, &i);
    }
    scn_part(L, scn_build_start, NULL);
    if (s->problem_count > 0)
        return sandbox_raise(L, s->problems[0].line, "%s", s->problems[0].message);
    return 0;
}
