/* lint_graph: the checks that read a scenario as a graph of nodes and
 * edges: every edge's target exists, what the start reaches (with what a
 * route function may name), dead ends, nodes with no way out, a typed miss
 * that ends the call, loops that repeat, cues nothing can follow up. */
#include "lint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint_internal.h"

/* How many times id appears in source as a whole quoted string ("id" or 'id'). */
static size_t count_quoted_mentions(const char *source, const char *id)
{
    if (source == NULL || id == NULL || id[0] == '\0')
        return 0;
    size_t count = 0, length = strlen(id);
    for (const char *at = strstr(source, id); at != NULL; at = strstr(at + 1, id)) {
        if (at == source)
            continue;
        char before = at[-1], after = at[length];
        if ((before == '"' || before == '\'') && after == before)
            count++;
    }
    return count;
}

/* count_quoted_mentions() for every node at once, in one pass per quote
 * character: the text between a quote and the next same quote is looked up
 * as a node id (a search of the whole file per node was quadratic: minutes
 * for 100,000 nodes). An id holding a quote character is counted the slow
 * way, as its quoted mentions need not lie between consecutive quotes. */
static void count_all_quoted_mentions(const LintContext *context, size_t *counts)
{
    const char *source = context->source;
    for (const char *quote = "\"'"; *quote != '\0'; quote++) {
        const char *at = strchr(source, *quote);
        while (at != NULL) {
            const char *close = strchr(at + 1, *quote);
            if (close == NULL)
                break;
            int node = close > at + 1 ? scn_find_node_span(context->scenario, at + 1, (size_t)(close - at - 1))
                                      : -1;
            if (node >= 0)
                counts[node]++;
            at = close;
        }
    }
    for (size_t i = 0; i < context->node_count; i++) {
        const char *id = scn_node(context->scenario, i)->id;
        if (strpbrk(id, "\"'") != NULL)
            counts[i] = count_quoted_mentions(source, id);
    }
}

/* Edit distance of two short ASCII words (capped at 64 bytes each). */

static bool node_is_dynamic(const ScnNode *node)
{
    if (node->has_route_function)
        return true;
    for (size_t e = 0; e < node->edge_count; e++)
        if (node->edges[e].to == NULL)
            return true;
    return false;
}

void lint_check_targets_of_edges(LintContext *context)
{
    Scenario *scenario = context->scenario;
    const char *start = context->info->start;
    if (start == NULL || start[0] == '\0')
        lint_note(context, LINT_ERROR, "undefined-target", lint_info_line(context),
                  "the scenario names no start node (start = \"node id\")");
    else if (scn_find_node(scenario, start) < 0)
        lint_note(context, LINT_ERROR, "undefined-target", lint_info_line(context),
                  "start = \"%s\", which is not a node", start);
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t e = 0; e < node->edge_count; e++) {
            const ScnEdge *edge = &node->edges[e];
            if (edge->to == NULL || edge->kind == SCN_ROUTE_FUNCTION ||
                scn_find_node(scenario, edge->to) >= 0)
                continue;
            if (edge->kind == SCN_ROUTE_OTHERWISE)
                lint_note(context, LINT_ERROR, "undefined-target", lint_edge_line(node, edge),
                          "node '%s': otherwise = \"%s\", which is not a node", node->id, edge->to);
            else
                lint_note(context, LINT_ERROR, "undefined-target", lint_edge_line(node, edge),
                          "node '%s': %s '%s' leads to \"%s\", which is not a node", node->id,
                          scn_route_kind_name(edge->kind), edge->id != NULL ? edge->id : "?", edge->to);
        }
    }
}

/* Marks every node reachable from start in mark[]. Static edges are
 * followed, and a node whose routing is partly a function also leads to
 * every node the file names outside static links (maybe_named[]), since a
 * function may return any of those ids. */
static void walk(const LintContext *context, int start, const bool *maybe_named,
                 bool *mark, size_t *queue)
{
    Scenario *scenario = context->scenario;
    size_t head = 0, tail = 0;
    bool named_added = false;
    mark[start] = true;
    queue[tail++] = (size_t)start;
    while (head < tail) {
        size_t index = queue[head++];
        const ScnNode *node = scn_node(scenario, index);
        for (size_t e = 0; e < node->edge_count; e++) {
            const ScnEdge *edge = &node->edges[e];
            int next = edge->to != NULL ? scn_find_node(scenario, edge->to) : -1;
            if (next >= 0 && !mark[next]) {
                mark[next] = true;
                queue[tail++] = (size_t)next;
            }
        }
        if (context->dynamic[index] && !named_added) {
            named_added = true;
            for (size_t j = 0; j < context->node_count; j++)
                if (maybe_named[j] && !mark[j]) {
                    mark[j] = true;
                    queue[tail++] = j;
                }
        }
    }
}

int lint_compute_reachability(LintContext *context)
{
    Scenario *scenario = context->scenario;
    size_t count = context->node_count;
    for (size_t i = 0; i < count; i++)
        context->dynamic[i] = node_is_dynamic(scn_node(scenario, i));
    int start = context->info->start != NULL ? scn_find_node(scenario, context->info->start) : -1;
    if (start >= 0)
        context->static_refs[start]++;
    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t e = 0; e < node->edge_count; e++) {
            int target = node->edges[e].to != NULL ? scn_find_node(scenario, node->edges[e].to) : -1;
            if (target >= 0)
                context->static_refs[target]++;
        }
    }
    if (start < 0)
        return 0;
    size_t *queue = malloc((count + 1) * sizeof *queue);
    bool *maybe_named = calloc(count + 1, sizeof *maybe_named);
    if (queue == NULL || maybe_named == NULL) {
        free(queue);
        free(maybe_named);
        return COACH_ENOMEM;
    }
    /* Named in the file besides its declaration and its static links (or the
     * file cannot be read: then assume so). */
    size_t *mentions = context->source != NULL ? calloc(count + 1, sizeof *mentions) : NULL;
    if (context->source != NULL && mentions == NULL) {
        free(queue);
        free(maybe_named);
        return COACH_ENOMEM;
    }
    if (mentions != NULL)
        count_all_quoted_mentions(context, mentions);
    for (size_t i = 0; i < count; i++)
        maybe_named[i] = mentions == NULL || mentions[i] > 1 + context->static_refs[i];
    free(mentions);
    walk(context, start, maybe_named, context->possible, queue);
    free(queue);
    free(maybe_named);
    return 0;
}

void lint_check_reachability(LintContext *context)
{
    Scenario *scenario = context->scenario;
    if (scn_find_node(scenario, context->info->start != NULL ? context->info->start : "") < 0)
        return; /* reported as undefined-target; every node would look unreachable */
    bool dynamic = false;
    for (size_t i = 0; i < context->node_count; i++)
        if (context->possible[i] && context->dynamic[i])
            dynamic = true;
    size_t endings = 0, possible_endings = 0;
    for (size_t i = 0; i < context->node_count; i++) {
        if (!scn_node(scenario, i)->is_ending)
            continue;
        endings++;
        possible_endings += context->possible[i];
    }
    if (endings == 0)
        lint_note(context, LINT_ERROR, "no-ending", lint_info_line(context),
                  "the scenario has no ending node (ending = { outcome = ..., success = ... })");
    else if (possible_endings == 0 && dynamic)
        lint_note(context, LINT_WARNING, "no-ending", lint_info_line(context),
                  "no path from the start reaches an ending, and no route function names one");
    else if (possible_endings == 0)
        lint_note(context, LINT_ERROR, "no-ending", lint_info_line(context),
                  "no path from the start reaches an ending: the call can never finish");
    for (size_t i = 0; i < context->node_count; i++) {
        if (context->possible[i])
            continue;
        const ScnNode *node = scn_node(scenario, i);
        const char *code = node->is_ending ? "unreachable-ending" : "unreachable-node";
        const char *what = node->is_ending ? "ending" : "node";
        if (!dynamic)
            lint_note(context, LINT_ERROR, code, node->line,
                      "%s '%s' is unreachable: no path from the start '%s' leads to it", what, node->id,
                      context->info->start);
        else
            lint_note(context, LINT_WARNING, code, node->line,
                      "%s '%s' looks unreachable: no path from the start leads to it, and no route "
                   "function names it", what, node->id);
    }
}

void lint_check_ways_on(LintContext *context)
{
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(context->scenario, i);
        if (node->is_ending || node->detour)
            continue; /* (a detour's way on is the node it came from) */
        bool has_otherwise = false, has_choice = false;
        for (size_t e = 0; e < node->edge_count; e++) {
            if (node->edges[e].kind == SCN_ROUTE_OTHERWISE)
                has_otherwise = true;
            if (node->edges[e].kind == SCN_ROUTE_CHOICE)
                has_choice = true;
        }
        size_t static_edges = 0;
        for (size_t e = 0; e < node->edge_count; e++)
            if (node->edges[e].kind != SCN_ROUTE_FUNCTION)
                static_edges++;
        if (static_edges == 0 && !node->has_route_function)
            lint_note(context, LINT_ERROR, "dead-end", node->line,
                      "node '%s' has no way on: no routes, choices or otherwise, and it is not an ending",
                      node->id);
        else if (static_edges == 0)
            lint_note(context, LINT_WARNING, "dead-end", node->line,
                      "node '%s' leads on only through its route function; add an otherwise for when it returns nil",
                      node->id);
        else if (node->has_text && !has_otherwise)
            lint_note(context, LINT_WARNING, "dead-end", node->line,
                      "node '%s' accepts typed lines but has no otherwise: a line no rule matches has nowhere to go",
                      node->id);
        else if (!node->has_text && !has_choice && !has_otherwise && !node->has_route_function)
            lint_note(context, LINT_WARNING, "dead-end", node->line,
                      "node '%s' offers no choices and accepts no typed line", node->id);
    }
}

/* A node the call can reach but never leave for an ending (its only option
 * loops back to itself, two nodes that only lead to each other): the call
 * could never finish from there. Found backwards from the endings over the
 * static edges; a node whose routing is partly a function may lead anywhere. */
void lint_check_ways_out(LintContext *context)
{
    Scenario *scenario = context->scenario;
    size_t count = context->node_count;
    bool any_ending = false;
    for (size_t i = 0; i < count; i++)
        any_ending = any_ending || (context->possible[i] && scn_node(scenario, i)->is_ending);
    if (!any_ending)
        return; /* reported as no-ending */
    size_t edges = 0;
    for (size_t i = 0; i < count; i++)
        edges += scn_node(scenario, i)->edge_count;
    /* reverse adjacency: for each node, the nodes with an edge to it */
    size_t *first = calloc(count + 1, sizeof *first), *from = malloc((edges + 1) * sizeof *from);
    int *target = malloc((edges + 1) * sizeof *target);
    size_t *queue = malloc((count + 1) * sizeof *queue);
    bool *out = calloc(count + 1, sizeof *out);
    if (first == NULL || from == NULL || target == NULL || queue == NULL || out == NULL) {
        context->status = COACH_ENOMEM;
        goto done;
    }
    size_t k = 0;
    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t e = 0; e < node->edge_count; e++, k++) {
            target[k] = node->edges[e].to != NULL ? scn_find_node(scenario, node->edges[e].to) : -1;
            if (target[k] >= 0)
                first[target[k] + 1]++;
        }
    }
    for (size_t i = 0; i < count; i++)
        first[i + 1] += first[i];
    size_t *fill = calloc(count + 1, sizeof *fill);
    if (fill == NULL) {
        context->status = COACH_ENOMEM;
        goto done;
    }
    k = 0;
    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t e = 0; e < node->edge_count; e++, k++)
            if (target[k] >= 0)
                from[first[target[k]] + fill[target[k]]++] = i;
    }
    free(fill);
    size_t head = 0, tail = 0;
    for (size_t i = 0; i < count; i++)
        if (scn_node(scenario, i)->is_ending || scn_node(scenario, i)->detour || context->dynamic[i]) {
            /* (a detour goes back to a node that has its own way on) */
            out[i] = true;
            queue[tail++] = i;
        }
    while (head < tail) {
        size_t v = queue[head++];
        for (size_t r = first[v]; r < first[v + 1]; r++)
            if (!out[from[r]]) {
                out[from[r]] = true;
                queue[tail++] = from[r];
            }
    }
    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        if (context->possible[i] && !out[i])
            lint_note(context, LINT_ERROR, "no-way-out", node->line,
                      "no ending can be reached from node '%s': every way on leads back among nodes that "
                   "never end the call (give it a way to an ending)", node->id);
    }
done:
    free(first);
    free(from);
    free(target);
    free(queue);
    free(out);
}

/* One failure of an author's function, once per line and message. */
void lint_check_misses(LintContext *context)
{
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(context->scenario, i);
        if (node->is_ending || !node->has_text || node->closing || !context->possible[i])
            continue; /* an unreachable node is reported as such */
        for (size_t e = 0; e < node->edge_count; e++) {
            const ScnEdge *edge = &node->edges[e];
            if (edge->kind != SCN_ROUTE_OTHERWISE || edge->to == NULL)
                continue;
            int next = scn_find_node(context->scenario, edge->to);
            if (next >= 0 && scn_node(context->scenario, (size_t)next)->is_ending)
                lint_note(context, LINT_WARNING, "otherwise-ends-call", lint_edge_line(node, edge),
                          "node '%s': a line no route takes ends the call (otherwise -> ending '%s'); give "
                       "the moves you expect here their own routes, or mark the node closing = true if a "
                       "miss is meant to end it",
                       node->id, edge->to);
        }
    }
}

/* Nodes on a cycle of static edges (strongly connected components with
 * more than one node, or a node that leads to itself), found without
 * recursion so a 100,000-node file cannot overflow the stack. */
static bool *nodes_on_cycles(const LintContext *context)
{
    size_t n = context->node_count;
    bool *on_cycle = calloc(n + 1, sizeof *on_cycle);
    int *index = malloc((n + 1) * sizeof *index), *low = malloc((n + 1) * sizeof *low);
    size_t *stack = malloc((n + 1) * sizeof *stack), *work = malloc((n + 1) * sizeof *work);
    size_t *edge_at = malloc((n + 1) * sizeof *edge_at);
    bool *on_stack = calloc(n + 1, sizeof *on_stack);
    if (on_cycle == NULL || index == NULL || low == NULL || stack == NULL || work == NULL || edge_at == NULL ||
        on_stack == NULL) {
        free(on_cycle);
        on_cycle = NULL;
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        index[i] = -1;
    int counter = 0;
    size_t stack_size = 0;
    for (size_t root = 0; root < n; root++) {
        if (index[root] >= 0)
            continue;
        size_t depth = 0;
        work[depth++] = root;
        edge_at[root] = 0;
        index[root] = low[root] = counter++;
        stack[stack_size++] = root;
        on_stack[root] = true;
        while (depth > 0) {
            size_t v = work[depth - 1];
            const ScnNode *node = scn_node(context->scenario, v);
            if (edge_at[v] < node->edge_count) {
                const ScnEdge *edge = &node->edges[edge_at[v]++];
                int w = edge->to != NULL ? scn_find_node(context->scenario, edge->to) : -1;
                if (w < 0)
                    continue;
                if ((size_t)w == v)
                    on_cycle[v] = true;
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    edge_at[w] = 0;
                    stack[stack_size++] = (size_t)w;
                    on_stack[w] = true;
                    work[depth++] = (size_t)w;
                } else if (on_stack[w] && index[w] < low[v]) {
                    low[v] = index[w];
                }
                continue;
            }
            depth--;
            if (depth > 0 && low[v] < low[work[depth - 1]])
                low[work[depth - 1]] = low[v];
            if (low[v] == index[v]) {
                size_t size = 0, top = stack_size;
                do {
                    size_t w = stack[--stack_size];
                    on_stack[w] = false;
                    size++;
                } while (stack[stack_size] != v);
                if (size > 1)
                    for (size_t k = stack_size; k < top; k++)
                        on_cycle[stack[k]] = true;
            }
        }
    }
done:
    free(index);
    free(low);
    free(stack);
    free(work);
    free(edge_at);
    free(on_stack);
    return on_cycle;
}

/* A node the call can come back to says its line again: it needs a short
 * form (`again`), variants, or a say function that knows it was visited. */
void lint_check_repeats(LintContext *context)
{
    bool *on_cycle = nodes_on_cycles(context);
    if (on_cycle == NULL) {
        context->status = COACH_ENOMEM;
        return;
    }
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(context->scenario, i);
        /* a detour can be taken again from wherever it is heard */
        if ((on_cycle[i] || node->detour) && context->possible[i] && !node->is_ending && !node->say_varies &&
            !node->has_again)
            lint_note(context, LINT_WARNING, "repeats-line", node->line,
                      "node '%s' can be entered again, and would say its line word for word; add again = "
                   "\"...\" (what it says the second time) or a list of variants",
                   node->id);
    }
    free(on_cycle);
}

static bool leads_only_to_endings(const LintContext *context, const ScnNode *node)
{
    if (context->dynamic[scn_find_node(context->scenario, node->id)] || node->edge_count == 0)
        return false;
    for (size_t e = 0; e < node->edge_count; e++) {
        int next = scn_find_node(context->scenario, node->edges[e].to);
        if (next < 0 || !scn_node(context->scenario, (size_t)next)->is_ending)
            return false;
    }
    return true;
}

void lint_check_cues(LintContext *context)
{
    for (size_t i = 0; i < context->node_count; i++) {
        const ScnNode *node = scn_node(context->scenario, i);
        bool only_endings = node->cue_count > 0 && leads_only_to_endings(context, node);
        for (size_t c = 0; c < node->cue_count; c++) {
            const char *id = node->cue_ids[c];
            for (size_t d = 0; d < c; d++)
                if (strcmp(node->cue_ids[d], id) == 0) {
                    lint_note(context, LINT_ERROR, "duplicate-id", node->line,
                              "node '%s' has two cues with id '%s'", node->id, id);
                    break;
                }
            const char *words = node->cue_words != NULL ? node->cue_words[c] : NULL;
            if (node->is_ending)
                lint_note(context, LINT_WARNING, "unfollowable-cue", node->line,
                          "cue '%s' is on ending '%s': the call is over before anyone can follow it up", id,
                          node->id);
            else if (node->cue_words != NULL && (words == NULL || strspn(words, " \t\r\n") == strlen(words)))
                lint_note(context, LINT_WARNING, "unfollowable-cue", node->line,
                          "cue '%s' of node '%s' has no words: nothing can pick it up", id, node->id);
            else if (only_endings)
                lint_note(context, LINT_WARNING, "unfollowable-cue", node->line,
                          "cue '%s' of node '%s': every way on leads to an ending, so no follow-up can be heard",
                          id, node->id);
        }
    }
}
