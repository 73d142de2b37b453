/* scenario_read: turns the declarations a scenario file made into the C
 * structures the views and the runtime use: the scenario{} table (info,
 * declared state, targets, rubric, reactions, clarifications) and every
 * node, part by part, so that all of a file's mistakes are reported in one
 * run. Reading one field is scenario_field.c, one node scenario_node.c. */
#include "scenario_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    int start = scn_node_index(L, s->info.start);
    if (s->nodes[start].view.detour)
        sandbox_raise(L, scn_at(L, line, "start"), "scenario: start names node \"%s\", a detour: a call "
                      "cannot begin with an aside that goes back to where it came from", s->info.start);
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
    s->last_clarify = NULL;

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
