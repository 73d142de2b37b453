/* lint_checks: the checks that read a scenario beyond its graph: the
 * author's functions run once per variant, ids repeated in one list,
 * discovery targets, missing metadata, and (with a coverage file) endings
 * and routes no scenario test reaches. */
#include "lint.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint_internal.h"

static void report_function_error(LintContext *context, const CoachError *err, const char *variant)
{
    for (size_t i = 0; i < context->report->count; i++) {
        const LintFinding *seen = &context->report->items[i];
        if (seen->line == err->line && strncmp(seen->message, err->message, strlen(err->message)) == 0)
            return;
    }
    const char *code = lint_code_for_load_error(err->message);
    if (strcmp(code, "lua-error") == 0)
        code = "function-error";
    if (variant[0] != '\0')
        lint_note(context, LINT_ERROR, code, err->line, "%s (with %s)", err->message, variant);
    else
        lint_note(context, LINT_ERROR, code, err->line, "%s", err->message);
}

/* Starts a fresh run in representative state variant; false past the last. */
static bool exercise_begin(LintContext *context, size_t variant, char *description, size_t size)
{
    CoachError err;
    err_clear(&err);
    bool applied = false;
    if (scn_begin(context->scenario, context->info->seed, &err) != COACH_OK) {
        report_function_error(context, &err, "");
        return false;
    }
    if (scn_state_variant(context->scenario, variant, &applied, description, size, &err) != COACH_OK)
        return false;
    if (variant == 0)
        description[0] = '\0';
    return applied;
}

/* Runs every function of every node (say, effects, each rule's test and to,
 * the route function, otherwise, each option's to and effects) once in each
 * representative state (scn_state_variant) in the sandbox: a misspelled
 * variable or a runtime error on a path no test takes is reported here, at
 * its line, instead of in front of a trainee. */
void lint_check_functions(LintContext *context)
{
    Scenario *scenario = context->scenario;
    AnResult nothing, everything;
    memset(&nothing, 0, sizeof nothing);
    memset(&everything, 0, sizeof everything);
    for (int l = 0; l < AN_LABEL_COUNT; l++)
        everything.labels |= AN_BIT(l);
    char variant_text[160];
    for (size_t variant = 0; context->status == 0; variant++) {
        if (!exercise_begin(context, variant, variant_text, sizeof variant_text))
            break;
        for (size_t i = 0; i < context->node_count && context->status == 0; i++) {
            const ScnNode *node = scn_node(scenario, i);
            if (variant > 0 && !node->has_functions)
                continue;
            CoachError err;
            ScnLine line;
            err_clear(&err);
            if (scn_enter(scenario, (int)i, &line, &err) != COACH_OK)
                report_function_error(context, &err, variant_text);
            if (node->is_ending)
                continue;
            const HearIntent *intents = NULL;
            size_t rules = scn_intents(scenario, (int)i, &intents);
            size_t choices = 0;
            for (size_t e = 0; e < node->edge_count; e++)
                choices += node->edges[e].kind == SCN_ROUTE_CHOICE;
            /* each way on: the route function, every rule, otherwise, every option */
            /* ...with a line of no label, and (from the start) one with every label */
            size_t ways = 2 + rules + choices;
            for (size_t pass = 0; pass < (variant == 0 ? 2 * ways : ways) && context->status == 0; pass++) {
                size_t way = pass % ways;
                exercise_begin(context, variant, variant_text, sizeof variant_text);
                ScnMove move = {.text = "", .analysis = pass < ways ? &nothing : &everything, .choice = -1,
                                .premature_ask = pass >= ways};
                ScnStep step;
                bool passed = false;
                err_clear(&err);
                int rc = COACH_OK;
                if (way == 0) {
                    if (node->has_route_function && node->has_text)
                        rc = scn_route_function(scenario, (int)i, &move, &step, &err);
                } else if (way <= rules) {
                    if (intents[way - 1].has_test)
                        rc = scn_test_rule(scenario, (int)i, way - 1, &move, &passed, &err);
                    if (rc == COACH_OK) {
                        exercise_begin(context, variant, variant_text, sizeof variant_text);
                        move.heard_rule = (int)way;
                        rc = scn_route(scenario, (int)i, &move, &step, &err);
                    }
                } else if (way == rules + 1) {
                    if (node->has_text) {
                        move.heard_rule = -1;
                        rc = scn_route(scenario, (int)i, &move, &step, &err);
                    }
                } else {
                    move.choice = (int)(way - rules - 2);
                    rc = scn_route(scenario, (int)i, &move, &step, &err);
                }
                if (rc != COACH_OK && rc != COACH_ENOMEM)
                    report_function_error(context, &err, variant_text);
            }
        }
    }
    CoachError err;
    scn_begin(scenario, context->info->seed, &err);
}

/* A typed line no route takes should not end the call by surprise: the
 * prospect asks for a clarification first at run time, but the author
 * should say what they meant. */
typedef struct IdAt {
    const char *id;
    int line;
} IdAt;

static int compare_id_at(const void *a, const void *b)
{
    const IdAt *x = a, *y = b;
    int order = strcmp(x->id, y->id);
    if (order != 0)
        return order;
    return (x->line > y->line) - (x->line < y->line);
}

typedef struct EdgeAt {
    const ScnEdge *edge;
    size_t at;
} EdgeAt;

/* By kind, id, then position. */
static int compare_edge_at(const void *a, const void *b)
{
    const EdgeAt *x = a, *y = b;
    if (x->edge->kind != y->edge->kind)
        return x->edge->kind < y->edge->kind ? -1 : 1;
    int order = strcmp(x->edge->id, y->edge->id);
    if (order != 0)
        return order;
    return x->at < y->at ? -1 : x->at > y->at;
}

void lint_check_duplicate_ids(LintContext *context)
{
    Scenario *scenario = context->scenario;
    size_t count = context->node_count;
    IdAt *ids = malloc((count + 1) * sizeof *ids);
    if (ids == NULL) {
        context->status = COACH_ENOMEM;
        return;
    }
    for (size_t i = 0; i < count; i++) {
        ids[i].id = scn_node(scenario, i)->id;
        ids[i].line = scn_node(scenario, i)->line;
    }
    qsort(ids, count, sizeof *ids, compare_id_at);
    for (size_t i = 1; i < count; i++)
        if (strcmp(ids[i].id, ids[i - 1].id) == 0)
            lint_note(context, LINT_ERROR, "duplicate-id", ids[i].line,
                      "node id '%s' is declared twice (first at line %d)", ids[i].id, ids[i - 1].line);
    free(ids);

    /* Route and option ids within a node: sorted, as a node may have
     * thousands of options (comparing each with those before was
     * quadratic). Reported in the node's order, each repeat once. */
    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        size_t edges = node->edge_count;
        if (edges < 2)
            continue;
        EdgeAt *order = malloc(edges * sizeof *order);
        bool *repeat = calloc(edges, sizeof *repeat);
        if (order == NULL || repeat == NULL) {
            free(order);
            free(repeat);
            context->status = COACH_ENOMEM;
            return;
        }
        size_t named = 0;
        for (size_t e = 0; e < edges; e++) {
            const ScnEdge *edge = &node->edges[e];
            if (edge->id != NULL && (edge->kind == SCN_ROUTE_CHOICE || edge->kind == SCN_ROUTE_RULE))
                order[named++] = (EdgeAt){edge, e};
        }
        qsort(order, named, sizeof *order, compare_edge_at);
        for (size_t k = 1; k < named; k++)
            repeat[order[k].at] = order[k].edge->kind == order[k - 1].edge->kind &&
                                  strcmp(order[k].edge->id, order[k - 1].edge->id) == 0;
        for (size_t e = 0; e < edges; e++) {
            const ScnEdge *edge = &node->edges[e];
            if (repeat[e])
                lint_note(context, LINT_ERROR, "duplicate-id", lint_edge_line(node, edge),
                          "node '%s' has two %ss with id '%s'", node->id, scn_route_kind_name(edge->kind),
                          edge->id);
        }
        free(order);
        free(repeat);
    }

    size_t targets = scn_target_count(scenario);
    for (size_t t = 0; t < targets; t++)
        for (size_t u = 0; u < t; u++)
            if (strcmp(scn_target(scenario, t)->id, scn_target(scenario, u)->id) == 0) {
                int line = scn_target(scenario, t)->line;
                lint_note(context, LINT_ERROR, "duplicate-id", line > 0 ? line : lint_info_line(context),
                          "target id '%s' is defined twice", scn_target(scenario, t)->id);
                break;
            }
}

void lint_check_targets(LintContext *context)
{
    Scenario *scenario = context->scenario;
    size_t targets = scn_target_count(scenario);
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t r = 0; r < node->reveal_count; r++) {
            bool known = false;
            for (size_t t = 0; t < targets && !known; t++)
                known = strcmp(scn_target(scenario, t)->id, node->reveals[r]) == 0;
            if (!known)
                lint_note(context, LINT_ERROR, "undefined-target", node->line,
                          "node '%s' reveals \"%s\", which is not a target", node->id, node->reveals[r]);
        }
    }
    for (size_t t = 0; t < targets; t++) {
        const ScnTarget *target = scn_target(scenario, t);
        bool revealed = false, revealed_reachable = false;
        for (size_t i = 0; i < context->node_count; i++) {
            const ScnNode *node = scn_node(scenario, i);
            for (size_t r = 0; r < node->reveal_count; r++)
                if (strcmp(node->reveals[r], target->id) == 0) {
                    revealed = true;
                    if (context->possible[i])
                        revealed_reachable = true;
                }
        }
        int line = target->line > 0 ? target->line : lint_info_line(context);
        if (!revealed)
            lint_note(context, LINT_WARNING, "unrevealed-target", line,
                      "target '%s' is revealed by no node (add it to a node's reveals)", target->id);
        else if (!revealed_reachable)
            lint_note(context, LINT_WARNING, "unrevealed-target", line,
                      "target '%s' is revealed only by unreachable nodes", target->id);
    }
}

static bool is_blank(const char *text)
{
    if (text == NULL)
        return true;
    return strspn(text, " \t\r\n") == strlen(text);
}

/* True when source has `key =` outside a `--` comment (a declaration key). */
static bool source_sets_key(const char *source, const char *key)
{
    size_t length = strlen(key);
    const char *line = source;
    while (*line != '\0') {
        const char *end = strchr(line, '\n');
        size_t line_length = end != NULL ? (size_t)(end - line) : strlen(line);
        for (size_t i = 0; i + length <= line_length; i++) {
            if (line[i] == '-' && i + 1 < line_length && line[i + 1] == '-')
                break;
            if (strncmp(line + i, key, length) != 0)
                continue;
            bool starts = i == 0 || !(isalnum((unsigned char)line[i - 1]) || line[i - 1] == '_');
            size_t j = i + length;
            while (j < line_length && (line[j] == ' ' || line[j] == '\t'))
                j++;
            if (starts && j < line_length && line[j] == '=' && (j + 1 >= line_length || line[j + 1] != '='))
                return true;
        }
        if (end == NULL)
            break;
        line = end + 1;
    }
    return false;
}

void lint_check_metadata(LintContext *context)
{
    const ScnInfo *info = context->info;
    struct {
        const char *name, *value, *hint;
    } fields[] = {
        /* the runtime falls back to the id when title is missing */
        {"title", info->title == info->id ? NULL : info->title, "the menu shows it"},
        {"brief", info->brief, "what the trainee is told before the call"},
        {"purpose", info->purpose, "the goal of the call, shown in the debrief"},
    };
    for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++)
        if (is_blank(fields[f].value))
            lint_note(context, LINT_WARNING, "missing-metadata", lint_info_line(context),
                      "scenario has no %s (%s)", fields[f].name, fields[f].hint);
    /* the runtime defaults difficulty to 1, so look for the key itself */
    if (info->difficulty < 1 || info->difficulty > 3 ||
        (context->source != NULL && !source_sets_key(context->source, "difficulty")))
        lint_note(context, LINT_WARNING, "missing-metadata", lint_info_line(context),
                  "scenario has no difficulty (1 beginner, 2 intermediate, 3 advanced)");
}

void lint_check_coverage(LintContext *context, const LintCoverage *coverage)
{
    if (coverage == NULL)
        return;
    const char *id = context->info->id != NULL ? context->info->id : "";
    bool known = lint_coverage_has_scenario(coverage, id);
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(context->scenario, i);
        if (!node->is_ending)
            continue;
        /* By node: two endings may share an outcome (two ways to a polite
         * no), and each deserves a test. */
        if (lint_coverage_reached(coverage, id, node->id))
            continue;
        lint_note(context, LINT_WARNING, "untested-ending", node->line,
                  "ending '%s' (outcome %s) is reached by no scenario test%s", node->id,
                  node->outcome != NULL ? node->outcome : "?",
                  known ? "" : " (no test covers this scenario at all)");
    }
    if (!known)
        return;
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(context->scenario, i);
        for (size_t e = 0; e < node->edge_count; e++) {
            const ScnEdge *edge = &node->edges[e];
            if (edge->kind != SCN_ROUTE_RULE && edge->kind != SCN_ROUTE_CHOICE)
                continue;
            bool routes_known = false;
            if (lint_coverage_route_taken(coverage, id, edge->id, &routes_known) || !routes_known)
                continue;
            lint_note(context, LINT_WARNING, "untested-route", lint_edge_line(node, edge),
                      "%s '%s' is taken by no scenario test", edge->kind == SCN_ROUTE_CHOICE ? "option" : "route",
                      edge->id);
        }
    }
}
