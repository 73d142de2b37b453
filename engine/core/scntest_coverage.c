/* scntest_coverage: what a suite's tests reached in each scenario (nodes,
 * cues, endings, route rules and options), printed as text or written as
 * JSON. */
#include "scntest.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "scntest_internal.h"

/* ---- coverage -------------------------------------------------------------- */

/* The coverage entry of a loaded scenario (made from its static view on
 * first use), or NULL on OOM. */
Coverage *scntest_coverage_for(ScntestSuite *suite, const Scenario *scenario, const char *path)
{
    const ScnInfo *info = scn_info(scenario);
    const char *id = info != NULL && info->id != NULL ? info->id : path;
    for (size_t i = 0; i < suite->coverage_count; i++)
        if (strcmp(suite->coverage[i].id, id) == 0)
            return &suite->coverage[i];
    if (!scntest_grow((void **)&suite->coverage, &suite->coverage_capacity, suite->coverage_count,
                      sizeof(Coverage)))
        return NULL;
    Coverage coverage;
    memset(&coverage, 0, sizeof coverage);
    size_t nodes = scn_node_count(scenario);
    coverage.path = scntest_copy_string(path);
    coverage.id = scntest_copy_string(id);
    coverage.nodes = calloc(nodes + 1, sizeof *coverage.nodes);
    coverage.outcomes = calloc(nodes + 1, sizeof *coverage.outcomes);
    coverage.visited = calloc(nodes + 1, sizeof *coverage.visited);
    StrList cues = {0};
    bool ok = coverage.path != NULL && coverage.id != NULL && coverage.nodes != NULL &&
              coverage.outcomes != NULL && coverage.visited != NULL;
    for (size_t i = 0; ok && i < nodes; i++) {
        const ScnNode *node = scn_node(scenario, i);
        coverage.nodes[i] = scntest_copy_string(node->id);
        ok = coverage.nodes[i] != NULL;
        coverage.node_count++;
        if (ok && node->is_ending) {
            coverage.outcomes[i] = scntest_copy_string(node->outcome != NULL ? node->outcome : node->id);
            ok = coverage.outcomes[i] != NULL;
        }
        for (size_t c = 0; ok && c < node->cue_count; c++)
            ok = scntest_strlist_add_unique(&cues, node->cue_ids[c]);
    }
    if (ok) {
        coverage.cues = cues.items;
        coverage.cue_count = cues.count;
        cues.items = NULL;
        cues.count = 0;
        coverage.cue_picked = calloc(coverage.cue_count + 1, sizeof *coverage.cue_picked);
        ok = coverage.cue_picked != NULL;
    }
    scntest_strlist_free(&cues);
    size_t edges = 0;
    for (size_t i = 0; i < nodes; i++)
        edges += scn_node(scenario, i)->edge_count;
    coverage.routes = ok ? calloc(edges + 1, sizeof *coverage.routes) : NULL;
    coverage.route_option = ok ? calloc(edges + 1, sizeof *coverage.route_option) : NULL;
    coverage.route_taken = ok ? calloc(edges + 1, sizeof *coverage.route_taken) : NULL;
    ok = ok && coverage.routes != NULL && coverage.route_option != NULL && coverage.route_taken != NULL;
    for (size_t i = 0; ok && i < nodes; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t e = 0; ok && e < node->edge_count; e++) {
            const ScnEdge *edge = &node->edges[e];
            if (edge->kind != SCN_ROUTE_RULE && edge->kind != SCN_ROUTE_CHOICE)
                continue;
            coverage.routes[coverage.route_count] = scntest_copy_string(edge->id);
            coverage.route_option[coverage.route_count] = edge->kind == SCN_ROUTE_CHOICE;
            ok = coverage.routes[coverage.route_count++] != NULL;
        }
    }
    if (!ok) {
        scntest_coverage_free(&coverage);
        return NULL;
    }
    suite->coverage[suite->coverage_count] = coverage;
    return &suite->coverage[suite->coverage_count++];
}

void scntest_coverage_mark(Coverage *coverage, const StrList *nodes, const StrList *cues,
                           const StrList *routes)
{
    for (size_t i = 0; i < coverage->route_count; i++)
        if (scntest_strlist_has(routes, coverage->routes[i]))
            coverage->route_taken[i] = true;
    for (size_t i = 0; i < coverage->node_count; i++)
        if (scntest_strlist_has(nodes, coverage->nodes[i]))
            coverage->visited[i] = true;
    for (size_t i = 0; i < coverage->cue_count; i++)
        if (scntest_strlist_has(cues, coverage->cues[i]))
            coverage->cue_picked[i] = true;
}

/* ---- coverage output ------------------------------------------------------- */

static void print_missing(FILE *out, const char *what, char *const *ids, const bool *hit,
                          size_t count, const char *const *only, bool *first)
{
    bool opened = false;
    for (size_t i = 0; i < count; i++) {
        if (hit[i] || (only != NULL && only[i] == NULL))
            continue;
        fprintf(out, "%s%s%s", opened ? ", " : (*first ? "; not reached: " : "; "),
                opened ? "" : what, ids[i]);
        opened = true;
        *first = false;
    }
}

void scntest_print_coverage(const ScntestSuite *suite, FILE *out)
{
    if (suite == NULL || out == NULL)
        return;
    for (size_t k = 0; k < suite->coverage_count; k++) {
        const Coverage *c = &suite->coverage[k];
        size_t visited = 0, endings = 0, reached = 0, picked = 0;
        for (size_t i = 0; i < c->node_count; i++) {
            visited += c->visited[i];
            if (c->outcomes[i] != NULL) {
                endings++;
                reached += c->visited[i];
            }
        }
        for (size_t i = 0; i < c->cue_count; i++)
            picked += c->cue_picked[i];
        fprintf(out, "coverage %s: nodes %zu/%zu, cues %zu/%zu, endings %zu/%zu", c->id, visited,
                c->node_count, picked, c->cue_count, reached, endings);
        bool first = true;
        print_missing(out, "endings ", c->nodes, c->visited, c->node_count,
                      (const char *const *)c->outcomes, &first);
        print_missing(out, "nodes ", c->nodes, c->visited, c->node_count, NULL, &first);
        print_missing(out, "cues ", c->cues, c->cue_picked, c->cue_count, NULL, &first);
        fputc('\n', out);
    }
}

void scntest_print_route_coverage(const ScntestSuite *suite, FILE *out)
{
    if (suite == NULL || out == NULL)
        return;
    for (size_t k = 0; k < suite->coverage_count; k++) {
        const Coverage *c = &suite->coverage[k];
        size_t totals[2] = {0, 0}, taken[2] = {0, 0};
        for (size_t i = 0; i < c->route_count; i++) {
            totals[c->route_option[i]]++;
            taken[c->route_option[i]] += c->route_taken[i];
        }
        fprintf(out, "coverage %s: routes %zu/%zu, options %zu/%zu", c->id, taken[0], totals[0], taken[1],
                totals[1]);
        bool first = true;
        for (int option = 0; option < 2; option++) {
            bool opened = false;
            for (size_t i = 0; i < c->route_count; i++) {
                if (c->route_taken[i] || c->route_option[i] != (option == 1))
                    continue;
                fprintf(out, "%s%s%s", opened ? ", " : first ? "; never taken: " : "; ",
                        opened ? "" : option ? "options " : "routes ", c->routes[i]);
                opened = true;
                first = false;
            }
        }
        fputc('\n', out);
    }
}

static cJSON *id_array(char *const *ids, const bool *hit, size_t count, bool want_hit,
                       char *const *only)
{
    cJSON *array = cJSON_CreateArray();
    for (size_t i = 0; array != NULL && i < count; i++) {
        if (hit[i] != want_hit || (only != NULL && only[i] == NULL))
            continue;
        cJSON *item = cJSON_CreateString(ids[i]);
        if (item == NULL || !cJSON_AddItemToArray(array, item)) {
            cJSON_Delete(item);
            cJSON_Delete(array);
            return NULL;
        }
    }
    return array;
}

static bool add_group(cJSON *parent, const char *name, size_t total, const char *hit_name,
                      cJSON *hit, const char *miss_name, cJSON *miss)
{
    cJSON *group = cJSON_AddObjectToObject(parent, name);
    if (group == NULL || hit == NULL || miss == NULL) {
        cJSON_Delete(hit);
        cJSON_Delete(miss);
        return false;
    }
    cJSON_AddNumberToObject(group, "total", (double)total);
    cJSON_AddItemToObject(group, hit_name, hit);
    cJSON_AddItemToObject(group, miss_name, miss);
    return true;
}

int scntest_write_coverage_json(const ScntestSuite *suite, const char *path, CoachError *err)
{
    if (suite == NULL || path == NULL)
        return err_set(err, COACH_EUSAGE, path, 0, "no suite or path");
    int result = 0;
    char *text = NULL;
    cJSON *root = cJSON_CreateObject();
    cJSON *scenarios = root != NULL ? cJSON_AddArrayToObject(root, "scenarios") : NULL;
    bool ok = scenarios != NULL;
    for (size_t k = 0; ok && k < suite->coverage_count; k++) {
        const Coverage *c = &suite->coverage[k];
        cJSON *entry = cJSON_CreateObject();
        ok = entry != NULL && cJSON_AddItemToArray(scenarios, entry);
        if (!ok) {
            cJSON_Delete(entry);
            break;
        }
        size_t endings = 0;
        for (size_t i = 0; i < c->node_count; i++)
            endings += c->outcomes[i] != NULL;
        ok = cJSON_AddStringToObject(entry, "id", c->id) != NULL &&
             cJSON_AddStringToObject(entry, "path", c->path) != NULL &&
             add_group(entry, "nodes", c->node_count, "visited",
                       id_array(c->nodes, c->visited, c->node_count, true, NULL), "not_visited",
                       id_array(c->nodes, c->visited, c->node_count, false, NULL)) &&
             add_group(entry, "cues", c->cue_count, "picked",
                       id_array(c->cues, c->cue_picked, c->cue_count, true, NULL), "not_picked",
                       id_array(c->cues, c->cue_picked, c->cue_count, false, NULL)) &&
             add_group(entry, "endings", endings, "reached",
                       id_array(c->nodes, c->visited, c->node_count, true, c->outcomes),
                       "not_reached",
                       id_array(c->nodes, c->visited, c->node_count, false, c->outcomes));
        if (ok) {
            /* rules and options apart: only[i] non-NULL selects one kind */
            char **rules = calloc(c->route_count + 1, sizeof *rules);
            char **options = calloc(c->route_count + 1, sizeof *options);
            ok = rules != NULL && options != NULL;
            for (size_t i = 0; ok && i < c->route_count; i++)
                (c->route_option[i] ? options : rules)[i] = c->routes[i];
            size_t option_count = 0;
            for (size_t i = 0; i < c->route_count; i++)
                option_count += c->route_option[i];
            ok = ok &&
                 add_group(entry, "routes", c->route_count - option_count, "taken",
                           id_array(c->routes, c->route_taken, c->route_count, true, rules), "not_taken",
                           id_array(c->routes, c->route_taken, c->route_count, false, rules)) &&
                 add_group(entry, "options", option_count, "taken",
                           id_array(c->routes, c->route_taken, c->route_count, true, options), "not_taken",
                           id_array(c->routes, c->route_taken, c->route_count, false, options));
            free(rules);
            free(options);
        }
        if (ok) {
            cJSON *endings_group = cJSON_GetObjectItem(entry, "endings");
            cJSON *outcomes = id_array(c->outcomes, c->visited, c->node_count, false, c->outcomes);
            ok = outcomes != NULL;
            if (ok)
                cJSON_AddItemToObject(endings_group, "outcomes_not_reached", outcomes);
        }
    }
    if (ok)
        text = cJSON_Print(root);
    cJSON_Delete(root);
    if (text == NULL)
        return err_set(err, COACH_ENOMEM, path, 0, "out of memory writing the coverage");

    size_t temp_size = strlen(path) + 16;
    char *temp = malloc(temp_size);
    if (temp == NULL) {
        result = err_set(err, COACH_ENOMEM, path, 0, "out of memory");
        goto free_text;
    }
    snprintf(temp, temp_size, "%s.tmp", path);
    FILE *file = fopen(temp, "wb");
    if (file == NULL) {
        result = err_set(err, COACH_EIO, path, 0, "cannot write the coverage: %s", strerror(errno));
        goto free_temp;
    }
    bool written = fputs(text, file) >= 0 && fputc('\n', file) != EOF;
    if (fclose(file) != 0 || !written) {
        result = err_set(err, COACH_EIO, path, 0, "cannot write the coverage: %s", strerror(errno));
        remove(temp);
        goto free_temp;
    }
    if (rename(temp, path) != 0) {
        result = err_set(err, COACH_EIO, path, 0, "cannot write the coverage: %s", strerror(errno));
        remove(temp);
    }
free_temp:
    free(temp);
free_text:
    free(text);
    return result;
}
