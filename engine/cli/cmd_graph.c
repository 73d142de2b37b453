/* cmd_graph: `coach graph SCENARIO [-o FILE]` - the scenario's branches as
 * Graphviz DOT: one box per node (the start bold with an arrow from a dot,
 * endings side by side at the bottom, filled green for success and red for
 * failure), one arrow per target labelled with the ways there (rules,
 * options, otherwise). Kept legible as scenarios grow:
 *   - a rule many nodes share (a guard such as "a pitch goes to clipped")
 *     is drawn once, from a grey note that names its nodes; each node says
 *     which groups it has ("+ A, B");
 *   - a `to` function is drawn, dashed, to every node it can return, found
 *     by running it the way `coach check` does (each representative state,
 *     a line with no label and one with every label); "?" only where it
 *     never returned.
 *
 * DOT node names are generated (n0, n1...), ids and text only appear inside
 * escaped, quoted labels, so any id or line makes valid DOT; invalid UTF-8 is
 * replaced so `dot` never rejects the file. */
#define _GNU_SOURCE /* qsort_r */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"
#include "cli_options.h"
#include "utf8.h"
#include "scenario.h"

#define GRAPH_EDGE_LABEL_CHARS 44
#define GRAPH_NODE_LABEL_CHARS 60
#define GRAPH_MAX_LABEL_LINES 4

static void print_graph_usage(FILE *out)
{
    fprintf(out, "usage: coach graph SCENARIO [-o FILE]\n"
                 "  Writes the scenario's branches as Graphviz DOT (stdout, or FILE).\n"
                 "  Render: coach graph SCENARIO | dot -Tsvg > graph.svg\n");
}

/* Writes text as the inside of a DOT double-quoted string: quotes and
 * backslashes escaped, newlines as \n, other control bytes as spaces, invalid
 * UTF-8 as U+FFFD; cut after max_chars code points with an ellipsis
 * (0: no limit). */
static void put_escaped(FILE *out, const char *text, size_t max_chars)
{
    if (text == NULL)
        return;
    const unsigned char *at = (const unsigned char *)text;
    size_t chars = 0;
    while (*at != '\0') {
        if (max_chars > 0 && chars == max_chars) {
            fputs("\xE2\x80\xA6", out);
            return;
        }
        size_t length = utf8_next((const char *)at, strnlen((const char *)at, 4), NULL);
        if (length == 0) {
            fputs("\xEF\xBF\xBD", out);
            at++;
        } else if (length > 1) {
            fwrite(at, 1, length, out);
            at += length;
        } else {
            unsigned char c = *at++;
            if (c == '"' || c == '\\') {
                fputc('\\', out);
                fputc(c, out);
            } else if (c == '\n') {
                fputs("\\n", out);
            } else if (c < 0x20 || c == 0x7F) {
                fputc(' ', out);
            } else {
                fputc(c, out);
            }
        }
        chars++;
    }
}

/* A compact route summary from the runtime's ("when feature; unless
 * benefit; words \"cost money\"") into buffer: "feature !benefit words: cost
 * money". when-labels are listed, any-labels joined by |, unless-labels
 * prefixed with !; parts it does not know are kept as they are. */
static void compact_summary(const char *summary, char *buffer, size_t size)
{
    buffer[0] = '\0';
    size_t used = 0;
    const char *part = summary;
    while (*part != '\0' && used + 1 < size) {
        const char *end = strstr(part, "; ");
        size_t length = end != NULL ? (size_t)(end - part) : strlen(part);
        char piece[400];
        snprintf(piece, sizeof piece, "%.*s", (int)(length < sizeof piece - 1 ? length : sizeof piece - 1), part);
        char out[420] = "";
        const char *prefix = "";
        const char *labels = NULL;
        char separator = ' ';
        if (strncmp(piece, "when ", 5) == 0) {
            labels = piece + 5;
        } else if (strncmp(piece, "any ", 4) == 0) {
            labels = piece + 4;
            separator = '|';
        } else if (strncmp(piece, "unless ", 7) == 0) {
            labels = piece + 7;
            prefix = "!";
        }
        if (labels != NULL) {
            size_t o = 0;
            o += (size_t)snprintf(out + o, sizeof out - o, "%s", prefix);
            for (const char *c = labels; *c != '\0' && o + 3 < sizeof out; c++) {
                if (*c == ',') {
                    out[o++] = separator;
                    if (prefix[0] != '\0')
                        out[o++] = '!';
                } else {
                    out[o++] = *c;
                }
            }
            out[o] = '\0';
        } else if (strncmp(piece, "words \"", 7) == 0) {
            size_t words = strlen(piece + 7);
            if (words > 0 && piece[7 + words - 1] == '"')
                words--;
            snprintf(out, sizeof out, "words: %.*s", (int)words, piece + 7);
        } else if (strcmp(piece, "premature yes") == 0) {
            snprintf(out, sizeof out, "premature");
        } else if (strcmp(piece, "premature no") == 0) {
            snprintf(out, sizeof out, "!premature");
        } else {
            snprintf(out, sizeof out, "%s", piece);
        }
        int written = snprintf(buffer + used, size - used, "%s%s", used > 0 ? " " : "", out);
        if (written < 0)
            break;
        used += (size_t)written < size - used ? (size_t)written : size - used - 1;
        if (end == NULL)
            break;
        part = end + 2;
    }
}

/* The label of an edge: the compacted summary, else the kind and id. */
static void put_edge_label(FILE *out, const ScnEdge *edge)
{
    if (edge->label != NULL && edge->label[0] != '\0') {
        char compact[512];
        if (edge->kind == SCN_ROUTE_RULE)
            compact_summary(edge->label, compact, sizeof compact);
        else
            snprintf(compact, sizeof compact, "%s", edge->label);
        put_escaped(out, compact, GRAPH_EDGE_LABEL_CHARS);
        return;
    }
    fputs(scn_route_kind_name(edge->kind), out);
    if (edge->kind != SCN_ROUTE_OTHERWISE && edge->kind != SCN_ROUTE_FUNCTION && edge->id != NULL) {
        fputc(' ', out);
        put_escaped(out, edge->id, GRAPH_EDGE_LABEL_CHARS);
    }
}

/* Function routes: where a `to` function (or a node's route function) can
 * lead, found the way `coach check` exercises functions - once in each
 * representative state (scn_state_variant), with a line of no label and one
 * with every label, the ask early and not. At most GRAPH_MAX_TARGETS targets
 * an edge; the whole exercise stops after GRAPH_EXERCISE_BUDGET calls (an
 * edge not reached keeps its "?"). Errors are check's to report. */
#define GRAPH_MAX_TARGETS 12
/* the six built-in scenarios need about 60,000 calls since round 6's sweeps
 * (a call is a few microseconds: the bound is about 3 s) */
#define GRAPH_EXERCISE_BUDGET 400000
#define GRAPH_SHARED_MIN 3   /* a rule in this many nodes is drawn once, in a group */
#define GRAPH_MAX_GROUPS 26  /* groups are lettered A..Z */
#define GRAPH_GROUP_SAVES 4  /* arrows a group must save to be drawn */

typedef struct EdgeTargets {
    int nodes[GRAPH_MAX_TARGETS];
    size_t count;
} EdgeTargets;

static bool is_dynamic(const ScnEdge *edge)
{
    return edge->to == NULL || edge->kind == SCN_ROUTE_FUNCTION;
}

static void add_target(EdgeTargets *targets, int node)
{
    for (size_t k = 0; k < targets->count; k++)
        if (targets->nodes[k] == node)
            return;
    if (targets->count < GRAPH_MAX_TARGETS)
        targets->nodes[targets->count++] = node;
}

/* The rule (index into scn_intents) or option (index among the options)
 * that edge e of node stands for: edges keep the order of their kind. */
static int edge_ordinal(const ScnNode *node, size_t e)
{
    int ordinal = 0;
    for (size_t f = 0; f < e; f++)
        ordinal += node->edges[f].kind == node->edges[e].kind;
    return ordinal;
}

/* The two lines a function is run with: one with no label, one with every
 * label (built once for the whole exercise). */
typedef struct Probes {
    AnResult nothing, everything;
} Probes;

static void exercise_edge(Scenario *scenario, const ScnInfo *info, const Probes *probes, int node_index,
                          const ScnNode *node, size_t e, EdgeTargets *targets, size_t *budget)
{
    const ScnEdge *edge = &node->edges[e];
    const HearIntent *intents = NULL;
    size_t rules = scn_intents(scenario, node_index, &intents);
    int ordinal = edge_ordinal(node, e);
    if (edge->kind == SCN_ROUTE_RULE && (size_t)ordinal >= rules)
        return;
    for (size_t variant = 0; *budget > 0; variant++) {
        for (int pass = 0; pass < 4 && *budget > 0; pass++) {
            CoachError err;
            err_clear(&err);
            bool applied = false;
            char description[8];
            if (scn_begin(scenario, info->seed, &err) != COACH_OK ||
                scn_state_variant(scenario, variant, &applied, description, sizeof description, &err) != COACH_OK ||
                !applied)
                return;
            ScnLine line;
            if (scn_enter(scenario, node_index, &line, &err) != COACH_OK)
                continue;
            ScnMove move = {.text = "", .analysis = pass % 2 ? &probes->everything : &probes->nothing, .choice = -1,
                            .premature_ask = pass >= 2};
            ScnStep step = {.next = -1};
            int rc;
            (*budget)--;
            if (edge->kind == SCN_ROUTE_FUNCTION) {
                rc = scn_route_function(scenario, node_index, &move, &step, &err);
            } else {
                if (edge->kind == SCN_ROUTE_RULE)
                    move.heard_rule = ordinal + 1;
                else if (edge->kind == SCN_ROUTE_OTHERWISE)
                    move.heard_rule = -1;
                else
                    move.choice = ordinal;
                rc = scn_route(scenario, node_index, &move, &step, &err);
            }
            if (rc == COACH_OK && step.next >= 0)
                add_target(targets, step.next);
        }
    }
}

/* A rule drawn once for every node that has it: same kind, id, conditions
 * and way on. */
typedef struct SharedRule {
    char *key;
    const ScnEdge *edge;
    const EdgeTargets *targets;
    size_t *nodes;
    size_t node_count, node_cap;
    int group;
} SharedRule;

typedef struct Graph {
    Scenario *scenario;
    size_t count;
    size_t *first_edge;     /* node i's edges are flat indices first_edge[i].. */
    EdgeTargets *targets;   /* per flat edge */
    int *rule_of;           /* per flat edge: its SharedRule, or -1 */
    SharedRule *rules;
    size_t rule_count, rule_cap;
    size_t *slots;          /* hash of rule keys: index + 1, 0 empty */
    size_t slot_count;
    bool *grouped;          /* per flat edge: drawn from its rule's group */
    size_t groups;
    size_t *group_nodes[GRAPH_MAX_GROUPS]; /* each group's nodes, ascending */
    size_t group_size[GRAPH_MAX_GROUPS];
    size_t group_rules[GRAPH_MAX_GROUPS];
} Graph;

static size_t hash_text(const char *text)
{
    size_t hash = 1469598103934665603u;
    for (; *text != '\0'; text++)
        hash = (hash ^ (unsigned char)*text) * 1099511628211u;
    return hash;
}

/* A rule's key: its kind, id without the node's prefix ("decision.rushed" is
 * "rushed"), conditions and where it leads. */
static char *edge_key(const char *node_id, const ScnEdge *edge, const EdgeTargets *targets)
{
    char tail[GRAPH_MAX_TARGETS * 12 + 4] = "";
    size_t used = 0;
    if (is_dynamic(edge))
        for (size_t k = 0; k < targets->count; k++)
            used += (size_t)snprintf(tail + used, sizeof tail - used, "%d,", targets->nodes[k]);
    const char *id = edge->id != NULL ? edge->id : "", *label = edge->label != NULL ? edge->label : "";
    size_t prefix = strlen(node_id);
    if (strncmp(id, node_id, prefix) == 0 && id[prefix] == '.')
        id += prefix + 1;
    const char *to = edge->to != NULL ? edge->to : "";
    size_t size = strlen(id) + strlen(label) + strlen(to) + strlen(tail) + 16;
    char *key = malloc(size);
    if (key != NULL)
        snprintf(key, size, "%d\x1f%s\x1f%s\x1f%s\x1f%s", (int)edge->kind, id, label, to, tail);
    return key;
}

/* Finds or adds the shared rule of key (taking it); its index, or -1. */
static int rule_for(Graph *graph, char *key, const ScnEdge *edge, const EdgeTargets *targets)
{
    size_t slot = hash_text(key) & (graph->slot_count - 1);
    while (graph->slots[slot] != 0) {
        SharedRule *rule = &graph->rules[graph->slots[slot] - 1];
        if (strcmp(rule->key, key) == 0) {
            free(key);
            return (int)(graph->slots[slot] - 1);
        }
        slot = (slot + 1) & (graph->slot_count - 1);
    }
    if (graph->rule_count == graph->rule_cap) {
        size_t cap = graph->rule_cap ? 2 * graph->rule_cap : 64;
        SharedRule *grown = realloc(graph->rules, cap * sizeof *grown);
        if (grown == NULL) {
            free(key);
            return -1;
        }
        graph->rules = grown;
        graph->rule_cap = cap;
    }
    graph->rules[graph->rule_count] = (SharedRule){.key = key, .edge = edge, .targets = targets, .group = -1};
    graph->slots[slot] = ++graph->rule_count;
    return (int)(graph->rule_count - 1);
}

/* How many of the ascending lists a and b are in both; keeps them in
 * out (may be a) when out is not NULL. */
static size_t intersect(const size_t *a, size_t a_count, const size_t *b, size_t b_count, size_t *out)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a_count && j < b_count) {
        if (a[i] < b[j]) {
            i++;
        } else if (a[i] > b[j]) {
            j++;
        } else {
            if (out != NULL)
                out[n] = a[i];
            n++;
            i++;
            j++;
        }
    }
    return n;
}

/* The ascending union of a and b into out; its length. */
static size_t unite(const size_t *a, size_t a_count, const size_t *b, size_t b_count, size_t *out)
{
    size_t i = 0, j = 0, n = 0;
    while (i < a_count || j < b_count) {
        if (j == b_count || (i < a_count && a[i] < b[j]))
            out[n++] = a[i++];
        else if (i == a_count || b[j] < a[i])
            out[n++] = b[j++];
        else {
            out[n++] = a[i++];
            j++;
        }
    }
    return n;
}

static bool in_list(const size_t *list, size_t count, size_t value)
{
    size_t low = 0, high = count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (list[middle] == value)
            return true;
        if (list[middle] < value)
            low = middle + 1;
        else
            high = middle;
    }
    return false;
}

static int by_node_count(const void *a, const void *b, void *rules)
{
    const SharedRule *ra = &((const SharedRule *)rules)[*(const size_t *)a];
    const SharedRule *rb = &((const SharedRule *)rules)[*(const size_t *)b];
    return ra->node_count < rb->node_count ? 1 : ra->node_count > rb->node_count ? -1 : 0;
}

static void graph_free(Graph *graph)
{
    for (size_t r = 0; r < graph->rule_count; r++) {
        free(graph->rules[r].key);
        free(graph->rules[r].nodes);
    }
    free(graph->rules);
    free(graph->slots);
    free(graph->first_edge);
    free(graph->targets);
    free(graph->rule_of);
    free(graph->grouped);
    for (size_t g = 0; g < graph->groups; g++)
        free(graph->group_nodes[g]);
}

/* Exercises the function routes and finds the shared rules; -1 when out of
 * memory. */
static int graph_build(Graph *graph, Scenario *scenario)
{
    memset(graph, 0, sizeof *graph);
    graph->scenario = scenario;
    graph->count = scn_node_count(scenario);
    graph->first_edge = calloc(graph->count + 1, sizeof *graph->first_edge);
    if (graph->first_edge == NULL)
        return -1;
    for (size_t i = 0; i < graph->count; i++)
        graph->first_edge[i + 1] = graph->first_edge[i] + scn_node(scenario, i)->edge_count;
    size_t edges = graph->first_edge[graph->count];
    graph->targets = calloc(edges + 1, sizeof *graph->targets);
    graph->rule_of = malloc((edges + 1) * sizeof *graph->rule_of);
    graph->slot_count = 64;
    while (graph->slot_count < 2 * edges)
        graph->slot_count *= 2;
    graph->slots = calloc(graph->slot_count, sizeof *graph->slots);
    if (graph->targets == NULL || graph->rule_of == NULL || graph->slots == NULL)
        return -1;

    const ScnInfo *info = scn_info(scenario);
    size_t budget = GRAPH_EXERCISE_BUDGET;
    static Probes probes; /* zeroed: "nothing" has no label */
    for (int l = 0; l < AN_LABEL_COUNT; l++)
        probes.everything.labels |= AN_BIT(l);
    for (size_t i = 0; i < graph->count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t e = 0; e < node->edge_count; e++)
            if (is_dynamic(&node->edges[e]))
                exercise_edge(scenario, info, &probes, (int)i, node, e, &graph->targets[graph->first_edge[i] + e],
                              &budget);
    }
    CoachError err;
    scn_begin(scenario, info->seed, &err);

    for (size_t i = 0; i < graph->count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        for (size_t e = 0; e < node->edge_count; e++) {
            size_t flat = graph->first_edge[i] + e;
            graph->rule_of[flat] = -1;
            const ScnEdge *edge = &node->edges[e];
            if (edge->kind == SCN_ROUTE_CHOICE || edge->kind == SCN_ROUTE_FUNCTION || edge->id == NULL)
                continue; /* options and route functions are the node's own */
            char *key = edge_key(node->id, edge, &graph->targets[flat]);
            int r = key != NULL ? rule_for(graph, key, edge, &graph->targets[flat]) : -1;
            if (r < 0)
                return -1;
            SharedRule *rule = &graph->rules[r];
            if (rule->node_count > 0 && rule->nodes[rule->node_count - 1] == i)
                continue; /* the same rule twice in a node */
            if (rule->node_count == rule->node_cap) {
                size_t cap = rule->node_cap ? 2 * rule->node_cap : 8;
                size_t *grown = realloc(rule->nodes, cap * sizeof *grown);
                if (grown == NULL)
                    return -1;
                rule->nodes = grown;
                rule->node_cap = cap;
            }
            rule->nodes[rule->node_count++] = i;
            graph->rule_of[flat] = r;
        }
    }
    /* Rules shared by (nearly) the same nodes form a group, drawn once from
     * one box that names the nodes: a rule joins the group most like its
     * nodes (Jaccard >= 0.6) and the group becomes the union; an arrow from
     * the group says which of its nodes lack that rule ("not in: ..."). */
    size_t *order = malloc((graph->rule_count + 1) * sizeof *order), shared = 0;
    size_t *merged = malloc((graph->count + 1) * sizeof *merged);
    graph->grouped = calloc(edges + 1, sizeof *graph->grouped);
    if (order == NULL || merged == NULL || graph->grouped == NULL) {
        free(order);
        free(merged);
        return -1;
    }
    for (size_t r = 0; r < graph->rule_count; r++)
        if (graph->rules[r].node_count >= GRAPH_SHARED_MIN)
            order[shared++] = r;
    qsort_r(order, shared, sizeof *order, by_node_count, graph->rules);
    for (size_t k = 0; k < shared; k++) {
        SharedRule *rule = &graph->rules[order[k]];
        size_t best = GRAPH_MAX_GROUPS;
        double best_likeness = 0.6 - 1e-9;
        for (size_t g = 0; g < graph->groups; g++) {
            size_t common = intersect(graph->group_nodes[g], graph->group_size[g], rule->nodes, rule->node_count, NULL);
            double likeness = (double)common / (double)(graph->group_size[g] + rule->node_count - common);
            if (likeness > best_likeness) {
                best = g;
                best_likeness = likeness;
            }
        }
        if (best == GRAPH_MAX_GROUPS && graph->groups == GRAPH_MAX_GROUPS)
            continue;
        size_t g = best < GRAPH_MAX_GROUPS ? best : graph->groups++;
        size_t n = unite(graph->group_nodes[g], graph->group_size[g], rule->nodes, rule->node_count, merged);
        size_t *grown = realloc(graph->group_nodes[g], n * sizeof *grown);
        if (grown == NULL) {
            free(order);
            free(merged);
            return -1;
        }
        memcpy(grown, merged, n * sizeof *grown);
        graph->group_nodes[g] = grown;
        graph->group_size[g] = n;
        rule->group = (int)g;
        graph->group_rules[g]++;
    }
    free(order);
    free(merged);
    /* a group must be worth its note: it saves at least GRAPH_GROUP_SAVES
     * arrows (each rule drawn once instead of once a node), else its rules
     * stay with their nodes; the groups left are lettered in order */
    size_t kept = 0, renumber[GRAPH_MAX_GROUPS];
    for (size_t g = 0; g < graph->groups; g++) {
        if (graph->group_rules[g] * (graph->group_size[g] - 1) < GRAPH_GROUP_SAVES) {
            free(graph->group_nodes[g]);
            renumber[g] = GRAPH_MAX_GROUPS;
            continue;
        }
        graph->group_nodes[kept] = graph->group_nodes[g];
        graph->group_size[kept] = graph->group_size[g];
        graph->group_rules[kept] = graph->group_rules[g];
        renumber[g] = kept++;
    }
    graph->groups = kept;
    for (size_t r = 0; r < graph->rule_count; r++)
        if (graph->rules[r].group >= 0)
            graph->rules[r].group = renumber[graph->rules[r].group] == GRAPH_MAX_GROUPS
                                        ? -1
                                        : (int)renumber[graph->rules[r].group];
    for (size_t flat = 0; flat < edges; flat++)
        graph->grouped[flat] = graph->rule_of[flat] >= 0 && graph->rules[graph->rule_of[flat]].group >= 0;
    return 0;
}

/* The ways from one box (a node or a group of shared rules) on: one arrow
 * per target with its ways, one a line; a function's targets dashed; a
 * function never exercised to a "?" note. */
typedef struct Way {
    const ScnEdge *edge;
    const EdgeTargets *targets;
    char except[96]; /* a group's nodes that lack the rule: "not in: a, b" */
} Way;

static void draw_ways(FILE *out, Scenario *scenario, const char *from, const Way *ways, size_t count)
{
    for (size_t w = 0; w < count; w++) {
        const ScnEdge *edge = ways[w].edge;
        if (!is_dynamic(edge) || (ways[w].targets != NULL && ways[w].targets->count > 0))
            continue;
        fprintf(out, "  %s_q%zu [shape=note, label=\"?\", fontcolor=\"#777777\", color=\"#999999\"];\n", from, w);
        fprintf(out, "  %s -> %s_q%zu [style=dashed, label=\"", from, from, w);
        put_edge_label(out, edge);
        fputs("\"];\n", out);
    }
    /* the targets, in the order the ways first reach them */
    size_t distinct = 0, cap = 0;
    int *order = NULL;
    for (size_t w = 0; w < count; w++) {
        const ScnEdge *edge = ways[w].edge;
        size_t reach_count = is_dynamic(edge) ? (ways[w].targets != NULL ? ways[w].targets->count : 0) : 1;
        for (size_t k = 0; k < reach_count; k++) {
            int node = is_dynamic(edge) ? ways[w].targets->nodes[k] : scn_find_node(scenario, edge->to);
            bool seen = node < 0;
            for (size_t d = 0; d < distinct && !seen; d++)
                seen = order[d] == node;
            if (seen)
                continue;
            if (distinct == cap) {
                cap = cap ? 2 * cap : 16;
                int *grown = realloc(order, cap * sizeof *grown);
                if (grown == NULL) {
                    free(order);
                    return;
                }
                order = grown;
            }
            order[distinct++] = node;
        }
    }
    for (size_t d = 0; d < distinct; d++) {
        size_t target = (size_t)order[d];
        size_t shown = 0, more = 0;
        bool any = false, only_otherwise = true, only_function = true;
        for (size_t w = 0; w < count; w++) {
            const ScnEdge *edge = ways[w].edge;
            bool reaches = false;
            if (is_dynamic(edge)) {
                for (size_t k = 0; ways[w].targets != NULL && k < ways[w].targets->count; k++)
                    reaches = reaches || ways[w].targets->nodes[k] == (int)target;
            } else {
                reaches = scn_find_node(scenario, edge->to) == (int)target;
            }
            if (!reaches)
                continue;
            if (!any)
                fprintf(out, "  %s -> n%zu [label=\"", from, target);
            any = true;
            only_otherwise = only_otherwise && edge->kind == SCN_ROUTE_OTHERWISE;
            only_function = only_function && is_dynamic(edge);
            if (shown == GRAPH_MAX_LABEL_LINES) {
                more++;
                continue;
            }
            fputs(shown++ > 0 ? "\\n" : "", out);
            put_edge_label(out, edge);
            if (is_dynamic(edge))
                fputs(" (a function decides)", out);
            if (ways[w].except[0] != '\0') {
                fputs(" (", out);
                put_escaped(out, ways[w].except, 0);
                fputc(')', out);
            }
        }
        if (!any)
            continue;
        if (more > 0)
            fprintf(out, "\\n+%zu more", more);
        fprintf(out, "\"%s];\n", only_function ? ", style=dashed" : only_otherwise ? ", style=dotted" : "");
    }
    free(order);
}

/* Writes the DOT; returns 0, or -1 when out of memory. */
static int write_dot(FILE *out, Scenario *scenario)
{
    const ScnInfo *info = scn_info(scenario);
    Graph graph;
    if (graph_build(&graph, scenario) != 0) {
        graph_free(&graph);
        return -1;
    }
    size_t count = graph.count;
    int start = info->start != NULL ? scn_find_node(scenario, info->start) : -1;
    fprintf(out, "// coach graph: %zu nodes, %zu edges\n", count, graph.first_edge[count]);
    fputs("digraph scenario {\n", out);
    fputs("  graph [label=\"", out);
    put_escaped(out, info->title != NULL ? info->title : info->id, GRAPH_NODE_LABEL_CHARS);
    if (info->id != NULL) {
        fputs(" (", out);
        put_escaped(out, info->id, GRAPH_NODE_LABEL_CHARS);
        fputs(")", out);
    }
    fputs("\", labelloc=t, fontname=\"Helvetica\", fontsize=16, rankdir=TB, nodesep=0.3, ranksep=0.45];\n",
          out);
    fputs("  node [shape=box, style=\"rounded\", fontname=\"Helvetica\", fontsize=11];\n", out);
    fputs("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\"];\n", out);

    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        fprintf(out, "  n%zu [label=\"", i);
        put_escaped(out, node->id, GRAPH_NODE_LABEL_CHARS);
        /* the groups of shared rules this node has */
        bool in_group[GRAPH_MAX_GROUPS] = {false};
        for (size_t e = 0; e < node->edge_count; e++) {
            size_t flat = graph.first_edge[i] + e;
            if (graph.grouped[flat])
                in_group[graph.rules[graph.rule_of[flat]].group] = true;
        }
        const char *lead = "\\n+ ";
        for (size_t g = 0; g < graph.groups; g++)
            if (in_group[g]) {
                fprintf(out, "%s%c", lead, (char)('A' + g));
                lead = ", ";
            }
        if (node->is_ending) {
            if (node->outcome != NULL && strcmp(node->outcome, node->id) != 0) {
                fputs("\\n(", out);
                put_escaped(out, node->outcome, GRAPH_NODE_LABEL_CHARS);
                fputs(")", out);
            }
            fputc('"', out);
            if (node->success)
                fputs(", style=\"rounded,filled\", fillcolor=\"#c9efc4\", color=\"#2e7d32\"", out);
            else
                fputs(", style=\"rounded,filled\", fillcolor=\"#f6c8c4\", color=\"#c62828\"", out);
        } else if (node->detour) {
            /* an aside: answers, then the call is back where it was */
            fputs("\\n(a detour: back where it came from)\"", out);
            fputs(", style=\"dashed\"", out);
        } else {
            fputc('"', out);
        }
        if ((int)i == start)
            fputs(", penwidth=2.5, peripheries=2", out);
        fputs("];\n", out);
    }
    if (start >= 0)
        fprintf(out, "  start [shape=point, width=0.15, label=\"\"];\n  start -> n%d;\n", start);
    /* Endings at the bottom of the map, side by side, even those only a
     * function reaches. */
    fputs("  { rank=sink;", out);
    for (size_t i = 0; i < count; i++)
        if (scn_node(scenario, i)->is_ending)
            fprintf(out, " n%zu;", i);
    fputs(" }\n", out);

    Way *ways = malloc((graph.rule_count + graph.first_edge[count] + 1) * sizeof *ways);
    if (ways == NULL) {
        graph_free(&graph);
        return -1;
    }
    /* each group once: a note naming its nodes, its rules drawn from it */
    for (size_t g = 0; g < graph.groups; g++) {
        size_t members = graph.group_size[g];
        fprintf(out, "  g%zu [shape=note, style=filled, fillcolor=\"#f1f1f1\", color=\"#888888\", label=\"%c: %zu rule%s "
                     "shared by %zu nodes\\n",
                g, (char)('A' + g), graph.group_rules[g], graph.group_rules[g] == 1 ? "" : "s", members);
        size_t width = 0;
        for (size_t k = 0; k < members; k++) {
            const char *id = scn_node(scenario, graph.group_nodes[g][k])->id;
            if (k == 12) {
                fprintf(out, "+%zu more", members - k);
                break;
            }
            if (width > 40) {
                fputs("\\n", out);
                width = 0;
            }
            put_escaped(out, id, 24);
            width += strlen(id) + 2;
            if (k + 1 < members)
                fputs(", ", out);
        }
        fputs("\"];\n", out);
        size_t n = 0;
        for (size_t r = 0; r < graph.rule_count; r++)
            if (graph.rules[r].group == (int)g) {
                const SharedRule *rule = &graph.rules[r];
                Way *way = &ways[n++];
                *way = (Way){.edge = rule->edge, .targets = rule->targets};
                size_t used = 0, missing = 0;
                for (size_t k = 0; k < graph.group_size[g]; k++) {
                    size_t member = graph.group_nodes[g][k];
                    if (in_list(rule->nodes, rule->node_count, member))
                        continue;
                    const char *id = scn_node(scenario, member)->id;
                    if (missing++ < 3 && used + strlen(id) + 12 < sizeof way->except)
                        used += (size_t)snprintf(way->except + used, sizeof way->except - used, "%s%s",
                                                 used == 0 ? "not in: " : ", ", id);
                }
                if (missing > 3 && used + 12 < sizeof way->except)
                    snprintf(way->except + used, sizeof way->except - used, " +%zu", missing - 3);
            }
        char from[32];
        snprintf(from, sizeof from, "g%zu", g);
        draw_ways(out, scenario, from, ways, n);
    }
    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        size_t n = 0;
        for (size_t e = 0; e < node->edge_count; e++) {
            size_t flat = graph.first_edge[i] + e;
            if (graph.grouped[flat])
                continue;
            ways[n++] = (Way){.edge = &node->edges[e], .targets = &graph.targets[flat]};
        }
        char from[32];
        snprintf(from, sizeof from, "n%zu", i);
        /* a link to no node: drawn to a red placeholder so check's
         * undefined-target is visible on the map too */
        for (size_t w = 0; w < n; w++) {
            const ScnEdge *edge = ways[w].edge;
            if (is_dynamic(edge) || scn_find_node(scenario, edge->to) >= 0)
                continue;
            fprintf(out, "  u%zu_%zu [shape=box, style=dashed, color=\"#c62828\", label=\"", i, w);
            put_escaped(out, edge->to, GRAPH_NODE_LABEL_CHARS);
            fputs(" (undefined)\"];\n", out);
            fprintf(out, "  n%zu -> u%zu_%zu [color=\"#c62828\", label=\"", i, i, w);
            put_edge_label(out, edge);
            fputs("\"];\n", out);
        }
        draw_ways(out, scenario, from, ways, n);
        if (node->has_route_function) {
            bool drawn = false;
            for (size_t e = 0; e < node->edge_count; e++)
                drawn = drawn || node->edges[e].kind == SCN_ROUTE_FUNCTION;
            if (!drawn) {
                fprintf(out, "  n%zu_rf [shape=note, label=\"?\", fontcolor=\"#777777\", color=\"#999999\"];\n", i);
                fprintf(out, "  n%zu -> n%zu_rf [style=dashed, label=\"route function\"];\n", i, i);
            }
        }
    }
    free(ways);
    graph_free(&graph);
    fputs("}\n", out);
    return 0;
}

int cmd_graph(int argc, char **argv)
{
    const char *path = NULL, *output = NULL;
    const CliOption accepted[] = {{"--output", "-o", CLI_STRING, &output, NULL}};
    const char *positional[argc > 0 ? argc : 1];
    size_t positional_count = 0;
    int parsed = cli_parse_options(argc, argv, accepted, sizeof accepted / sizeof accepted[0],
                                   positional, &positional_count);
    if (parsed == CLI_HELP) {
        print_graph_usage(stdout);
        return CLI_OK;
    }
    if (parsed != CLI_PARSED || cli_at_most_one(argv[0], positional, positional_count, &path) != CLI_OK)
        return CLI_USAGE;
    if (path == NULL) {
        print_graph_usage(stderr);
        return CLI_USAGE;
    }
    CoachError err;
    err_clear(&err);
    Scenario *scenario = scn_load(path, NULL, &err);
    if (scenario == NULL) {
        cli_print_error(&err);
        return err.code == COACH_EIO ? CLI_USAGE : CLI_PROBLEMS;
    }
    FILE *out = stdout;
    if (output != NULL) {
        out = fopen(output, "w");
        if (out == NULL) {
            fprintf(stderr, "coach: %s: error: cannot write the graph\n", output);
            scn_unload(scenario);
            return CLI_USAGE;
        }
    }
    int result = CLI_OK;
    if (write_dot(out, scenario) != 0) {
        fprintf(stderr, "coach: graph: out of memory\n");
        result = CLI_USAGE;
    }
    if (fflush(out) != 0 || ferror(out)) {
        fprintf(stderr, "coach: %s: error: writing the graph failed\n", output != NULL ? output : "stdout");
        result = CLI_USAGE;
    }
    if (output != NULL && fclose(out) != 0 && result == CLI_OK) {
        fprintf(stderr, "coach: %s: error: writing the graph failed\n", output);
        result = CLI_USAGE;
    }
    scn_unload(scenario);
    return result;
}
