/* scenario_node: reads one node "id" {} declaration into its NodeData: its
 * typed routes and otherwise, options, what it says and its effects, checking
 * the placeholders in its text; each error names the file and the line of the
 * entry at fault. */
#include "scenario_internal.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every {name} in text a prospect says must be a placeholder the runtime
 * fills (a state variable, trainee, or the persona's name, role, company):
 * a typo would be shown to the trainee as written. */
void scn_check_placeholders(lua_State *L, const char *text, int line, const char *where,
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

void scn_read_node(lua_State *L, Scenario *s, size_t index)
{
    SCN_ROOM(L);
    static const char *const node_keys[] = {"say",    "cues",      "reveals", "effects",
                                            "asks_for_work", "routes", "route",   "otherwise",
                                            "choices", "typed",    "ending",  "clarify",
                                            "again",   "closing", "better", "detour", NULL};
    enum { NODE_SAY, NODE_CUES, NODE_REVEALS, NODE_EFFECTS, NODE_ASKS_FOR_WORK, NODE_ROUTES,
           NODE_ROUTE, NODE_OTHERWISE, NODE_CHOICES, NODE_TYPED, NODE_ENDING, NODE_CLARIFY,
           NODE_AGAIN, NODE_CLOSING, NODE_BETTER, NODE_DETOUR };
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
    if (scn_has_key(present, NODE_DETOUR))
        node->view.detour = scn_field_boolean(L, body, "detour", false, line, where);
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
    if (node->view.detour) {
        if (node->view.is_ending || route_count > 0 || choice_count > 0 || otherwise_type != LUA_TNIL ||
            route_type != LUA_TNIL || node->typed || scn_has_key(present, NODE_CLOSING))
            sandbox_raise(L, line, "%s is a detour: it says its line and the call goes back to the node it "
                               "came from, so it takes no ending, routes, route, choices, typed, otherwise or "
                               "closing", where);
        node->view.has_text = false;
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
    if (!node->view.is_ending && !node->view.detour)
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
