/* scenario_run: one step of play: entering a node (its effects, its line
 * with {name} substituted), the options it offers, and where a move leads
 * (a chosen option, the route function, the routes in order, otherwise). */
#include "scenario_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- entering a node, its options, routing a move -------------------------- */

/* Appends text to b with {name} replaced by state, persona or trainee. */
static void scn_substitute(lua_State *L, int state, const char *text, luaL_Buffer *b)
{
    SCN_ROOM(L);
    Scenario *s = scn_from(L);
    const char *p = text;
    while (*p != '\0') {
        const char *open = strchr(p, '{');
        const char *close = open != NULL ? strchr(open + 1, '}') : NULL;
        /* Braces further apart than any name are prose, not a {name}. */
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
            lua_pushstring(L, name);
            int type = lua_rawget(L, state); /* an unknown name stays as written */
            if (type == LUA_TNUMBER) {
                lua_Number value = lua_tonumber(L, -1);
                lua_pop(L, 1); /* keep the buffer's box on top */
                char number[64];
                /* Whole numbers read as such ("3", not "3.00"); below 1e15
                 * a double holds them exactly. */
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

/* Keeps text with its {name} placeholders filled (scn_substitute) in
 * *buffer, and leaves the filled string on the stack. */
static void scn_keep_filled(lua_State *L, int state, const char *text, char **buffer)
{
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    scn_substitute(L, state, text, &b);
    luaL_pushresult(&b);
    size_t length = 0;
    const char *filled = lua_tolstring(L, -1, &length);
    scn_set_buffer(L, buffer, filled, length);
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
    int type;
    if (visits > 0 && node->again_count > 0) {
        /* entered again: the short form, never the whole line word for word */
        variant = (int)(sandbox_random_next(s->sandbox) % (uint64_t)node->again_count) + 1;
        lua_pushstring(L, node->again[variant - 1]);
        type = LUA_TSTRING;
        variant += 1000; /* line ids "<node>#again<n>" below */
    } else {
        type = lua_getfield(L, body, "say");
    }
    int say_line = node->view.line;
    if (type == LUA_TFUNCTION) {
        int defined = scn_function_line(L, -1);
        say_line = defined > 0 ? defined : say_line;
        lua_pushvalue(L, state);
        scn_call_author(L, 1, 1, state);
        type = lua_type(L, -1);
    }
    if (type == LUA_TTABLE) {
        lua_Integer count = (lua_Integer)lua_rawlen(L, -1);
        if (count == 0)
            return sandbox_raise(L, node->view.line, "node \"%s\": say gave an empty list", id);
        variant = (int)(sandbox_random_next(s->sandbox) % (uint64_t)count) + 1;
        if (count > 1 && visits > 0 && variant == node->last_variant)
            variant = variant % (int)count + 1; /* entered again: another variant */
        node->last_variant = variant;
        lua_rawgeti(L, -1, variant);
        lua_remove(L, -2);
        type = lua_type(L, -1);
    }
    if (type != LUA_TSTRING)
        return sandbox_raise(L, say_line, "node \"%s\": say gave a %s, not a string", id,
                         lua_typename(L, type));
    scn_keep_filled(L, state, lua_tostring(L, -1), &s->line_text);
    char line_id[300];
    if (variant > 1000)
        snprintf(line_id, sizeof line_id, "%s#again%d", id, variant - 1000);
    else if (variant > 1)
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
        out->cues[i].label = node->cue_labels != NULL ? node->cue_labels[i] : NULL;
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
    scn_keep_filled(L, state, lua_tostring(L, -1), &s->choice_text);
    lua_pop(L, 2);
    if (lua_getfield(L, choice, "labels") != LUA_TNIL) {
        out->has_labels = true;
        out->labels = scn_label_bits(L, -1, node->view.line, "choice labels");
    }
    lua_pop(L, 1);
    if (lua_getfield(L, choice, "points") == LUA_TTABLE)
        for (int k = 0; k < RUB_SKILL_COUNT; k++) {
            lua_getfield(L, -1, rub_skill_name((RubSkill)k));
            /* checked at load, but a function may have replaced it since */
            lua_Integer points = lua_tointeger(L, -1);
            out->points[k] = points < -100 ? -100 : points > 100 ? 100 : (int)points;
            lua_pop(L, 1);
        }
    lua_pop(L, 1);
    out->id = s->choice_id;
    out->text = s->choice_text;
    if (node->choice_examples != NULL && call->index < node->choice_count) {
        out->examples = node->choice_examples[call->index];
        out->example_count = node->choice_example_counts[call->index];
    }
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
    lua_createtable(L, 0, 7);
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
    /* the rubric cues the analyser found ("what happens if" asks what doing
     * nothing costs): move.cues.cost_of_inaction, .motive, .buying_process... */
    lua_createtable(L, 0, 2);
    unsigned cues = move->analysis != NULL ? move->analysis->cues : 0;
    for (int c = 0; c < AN_CUE_COUNT; c++)
        if (cues & AN_CUE_BIT(c)) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -2, an_cue_name((AnCue)c));
        }
    lua_setfield(L, -2, "cues");
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
        scn_call_author(L, 2, 1, state);
    }
    if (lua_type(L, -1) != LUA_TSTRING)
        return sandbox_raise(L, line, "%s: to gave a %s, not a node id", what, luaL_typename(L, -1)), -1;
    const char *id = lua_tostring(L, -1);
    int target = scn_node_index(L, id);
    if (target < 0) {
        Scenario *s = scn_from(L);
        const char *closest = scn_closest(id, s->node_ids, s->node_count);
        sandbox_raise(L, line, "%s: to gave unknown node \"%s\"%s%s%s", what, id,
                      closest != NULL ? " (did you mean \"" : "", closest != NULL ? closest : "",
                      closest != NULL ? "\"?)" : "");
    }
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
        scn_call_author(L, 2, 1, state);
        bool passed = lua_toboolean(L, -1);
        lua_pop(L, 1);
        return passed;
    }
    lua_pop(L, 1);
    return true;
}

/* Where a move leads, in the order the authoring guide promises: a chosen
 * option's `to`; for a typed line the node's route function first (nil: no
 * opinion), then its routes in order (the first that matches), then
 * `otherwise`. The state is clamped after every author function, so a
 * later rule never sees trust at 500. */
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
        /* the route function speaks first, unless the line was heard
         * already (the session asked the function on its own before) */
        bool ask_function = move->heard_rule == 0 || call->found;
        int route_type = ask_function ? lua_getfield(L, body, "route") : LUA_TNIL;
        if (!ask_function)
            lua_pushnil(L);
        int function_line = node->view.line;
        if (route_type == LUA_TFUNCTION) {
            int defined = scn_function_line(L, -1);
            function_line = defined > 0 ? defined : function_line;
            lua_pushvalue(L, state);
            lua_pushvalue(L, move_table);
            scn_call_author(L, 2, 1, state);
            if (lua_type(L, -1) == LUA_TSTRING) {
                const char *id = lua_tostring(L, -1);
                next = scn_node_index(L, id);
                if (next < 0) {
                    const char *closest = scn_closest(id, s->node_ids, s->node_count);
                    return sandbox_raise(L, function_line,
                                     "node \"%s\": route function gave unknown node \"%s\"%s%s%s",
                                     node->view.id, id, closest != NULL ? " (did you mean \"" : "",
                                     closest != NULL ? closest : "", closest != NULL ? "\"?)" : "");
                }
                snprintf(route_id, sizeof route_id, "%s.route", node->view.id);
                out->kind = SCN_ROUTE_FUNCTION;
            } else if (!lua_isnil(L, -1)) {
                return sandbox_raise(L, function_line,
                                 "node \"%s\": route function gave a %s (a node id or nil expected)",
                                 node->view.id, luaL_typename(L, -1));
            }
        }
        lua_pop(L, 1);
        if (call->found) { /* scn_route_function: the function alone decides, or nothing does */
            if (next >= 0) {
                scn_set_buffer(L, &s->route_id, route_id, strlen(route_id));
                out->route_id = s->route_id;
            }
            out->next = next;
            return 0;
        }
        int routes_type = next < 0 && move->heard_rule >= 0 ? lua_getfield(L, body, "routes") : LUA_TNIL;
        if (next >= 0 || move->heard_rule < 0)
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
                bool heard = move->heard_rule > 0 ? (size_t)move->heard_rule == i
                                                  : scn_rule_matches(L, rule, state, move_table, move, line);
                if (heard) {
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

int scn_route_function(Scenario *scenario, int node, const ScnMove *move, ScnStep *out, CoachError *err)
{
    memset(out, 0, sizeof *out);
    out->next = -1;
    if (node < 0 || (size_t)node >= scenario->node_count || move == NULL)
        return err_set(err, COACH_EUSAGE, scenario->path, 0, "scn_route_function: bad arguments");
    if (!scenario->nodes[node].view.has_route_function)
        return COACH_OK;
    /* found marks the call as the function alone */
    ScnCall call = {.scenario = scenario, .node = node, .move = move, .step = out, .found = true};
    return scn_protected(scenario, scn_route_call, &call, err);
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

size_t scn_intents(const Scenario *scenario, int node, const HearIntent **out)
{
    *out = NULL;
    if (node < 0 || (size_t)node >= scenario->node_count)
        return 0;
    *out = scenario->nodes[node].intents;
    return scenario->nodes[node].intent_count;
}

static int scn_test_rule_call(lua_State *L)
{
    ScnCall *call = scn_call_arg(L);
    Scenario *s = call->scenario;
    const NodeData *node = &s->nodes[call->node];
    scn_push_state(L);
    int state = lua_gettop(L);
    scn_push_node(L, call->node);
    int body = lua_gettop(L);
    scn_push_move(L, call->move, call->node);
    int move_table = lua_gettop(L);
    call->found = true;
    if (lua_getfield(L, body, "routes") != LUA_TTABLE ||
        lua_rawgeti(L, -1, (lua_Integer)call->index + 1) != LUA_TTABLE)
        return sandbox_raise(L, node->view.line, "node \"%s\": its routes changed during play", node->view.id);
    if (lua_getfield(L, -1, "test") == LUA_TFUNCTION) {
        lua_pushvalue(L, state);
        lua_pushvalue(L, move_table);
        scn_call_author(L, 2, 1, state);
        call->found = lua_toboolean(L, -1);
    }
    return 0;
}

int scn_test_rule(Scenario *scenario, int node, size_t rule, const ScnMove *move, bool *passed,
                  CoachError *err)
{
    *passed = false;
    if (node < 0 || (size_t)node >= scenario->node_count || move == NULL ||
        rule >= scenario->nodes[node].intent_count)
        return err_set(err, COACH_EUSAGE, scenario->path, 0, "scn_test_rule: bad arguments");
    ScnCall call = {.scenario = scenario, .node = node, .index = rule, .move = move};
    int rc = scn_protected(scenario, scn_test_rule_call, &call, err);
    *passed = rc == COACH_OK && call.found;
    return rc;
}

bool scn_otherwise_ends_call(const Scenario *scenario, int node)
{
    if (node < 0 || (size_t)node >= scenario->node_count)
        return false;
    const ScnNode *view = &scenario->nodes[node].view;
    if (view->closing)
        return false; /* the author means the call to end on a miss here */
    for (size_t e = 0; e < view->edge_count; e++)
        if (view->edges[e].kind == SCN_ROUTE_OTHERWISE && view->edges[e].to != NULL) {
            int target = scn_find_node(scenario, view->edges[e].to);
            return target >= 0 && scenario->nodes[target].view.is_ending;
        }
    return false;
}

static bool same_clarify(const char *line, const char *last)
{
    return last != NULL && strcmp(line, last) == 0;
}

static int scn_clarify_call(lua_State *L)
{
    ScnCall *call = scn_call_arg(L);
    Scenario *s = call->scenario;
    const NodeData *node = &s->nodes[call->node];
    const char *const *lines = node->clarify_count > 0 ? node->clarify : s->clarify;
    size_t count = node->clarify_count > 0 ? node->clarify_count : s->clarify_count;
    call->found = false;
    /* a node's only clarification was just said: the persona's own lines
     * then, else the engine's defaults - the same words twice in a row read
     * as a recording, not a person */
    if (count == 1 && same_clarify(lines[0], s->last_clarify)) {
        lines = s->clarify;
        count = s->clarify_count;
    }
    if (count == 0)
        return 0;
    size_t pick = (size_t)(sandbox_random_next(s->sandbox) % (uint64_t)count);
    if (count > 1 && same_clarify(lines[pick], s->last_clarify))
        pick = (pick + 1) % count;
    if (same_clarify(lines[pick], s->last_clarify))
        return 0;
    s->last_clarify = lines[pick];
    scn_push_state(L);
    int state = lua_gettop(L);
    scn_keep_filled(L, state, lines[pick], &s->line_text);
    call->found = true;
    return 0;
}

int scn_clarify(Scenario *scenario, int node, const char **text, CoachError *err)
{
    *text = NULL;
    if (node < 0 || (size_t)node >= scenario->node_count)
        return err_set(err, COACH_EUSAGE, scenario->path, 0, "scn_clarify: no node %d", node);
    ScnCall call = {.scenario = scenario, .node = node};
    int rc = scn_protected(scenario, scn_clarify_call, &call, err);
    if (rc == COACH_OK && call.found)
        *text = scenario->line_text;
    return rc;
}
