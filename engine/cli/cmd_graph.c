/* cmd_graph: `coach graph SCENARIO [-o FILE]` — the scenario's branches as
 * Graphviz DOT: one box per node (the start bold with an arrow from a dot,
 * endings filled green for success and red for failure), one arrow per route,
 * choice or otherwise labelled with what takes it, and dashed arrows to a "?"
 * note where a function decides the way on.
 *
 * DOT node names are generated (n0, n1...), ids and text only appear inside
 * escaped, quoted labels, so any id or line makes valid DOT; invalid UTF-8 is
 * replaced so `dot` never rejects the file. */
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

/* Writes the DOT; returns 0, or -1 when out of memory. */
static int write_dot(FILE *out, const Scenario *scenario)
{
    const ScnInfo *info = scn_info(scenario);
    size_t count = scn_node_count(scenario);
    int start = info->start != NULL ? scn_find_node(scenario, info->start) : -1;

    size_t edges = 0;
    for (size_t i = 0; i < count; i++)
        edges += scn_node(scenario, i)->edge_count;
    fprintf(out, "// coach graph: %zu nodes, %zu edges\n", count, edges);
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
        } else {
            fputc('"', out);
        }
        if ((int)i == start)
            fputs(", penwidth=2.5, peripheries=2", out);
        fputs("];\n", out);
    }
    if (start >= 0)
        fprintf(out, "  start [shape=point, width=0.15, label=\"\"];\n  start -> n%d;\n", start);
    /* Endings at the bottom of the map, even those only a function reaches. */
    fputs("  { rank=sink;", out);
    for (size_t i = 0; i < count; i++)
        if (scn_node(scenario, i)->is_ending)
            fprintf(out, " n%zu;", i);
    fputs(" }\n", out);

    for (size_t i = 0; i < count; i++) {
        const ScnNode *node = scn_node(scenario, i);
        bool *drawn = calloc(node->edge_count + 1, sizeof *drawn);
        if (drawn == NULL)
            return -1;
        bool note_drawn = false;
        for (size_t e = 0; e < node->edge_count; e++) {
            if (drawn[e])
                continue;
            const ScnEdge *edge = &node->edges[e];
            bool dynamic = edge->to == NULL || edge->kind == SCN_ROUTE_FUNCTION;
            int target = dynamic ? -1 : scn_find_node(scenario, edge->to);
            if (dynamic) {
                if (!note_drawn)
                    fprintf(out, "  d%zu [shape=note, label=\"?\", fontcolor=\"#777777\", color=\"#999999\"];\n", i);
                note_drawn = true;
                fprintf(out, "  n%zu -> d%zu [style=dashed, label=\"", i, i);
            } else if (target < 0) {
                /* A link to no node: drawn to a red placeholder so check's
                 * undefined-target is visible on the map too. */
                fprintf(out, "  u%zu_%zu [shape=box, style=dashed, color=\"#c62828\", label=\"", i, e);
                put_escaped(out, edge->to, GRAPH_NODE_LABEL_CHARS);
                fputs(" (undefined)\"];\n", out);
                fprintf(out, "  n%zu -> u%zu_%zu [color=\"#c62828\", label=\"", i, i, e);
            } else {
                /* One arrow per target: the ways there, one a line. */
                bool only_otherwise = true;
                for (size_t f = e; f < node->edge_count; f++)
                    if (node->edges[f].to != NULL && node->edges[f].kind != SCN_ROUTE_FUNCTION &&
                        strcmp(node->edges[f].to, edge->to) == 0 && node->edges[f].kind != SCN_ROUTE_OTHERWISE)
                        only_otherwise = false;
                fprintf(out, "  n%zu -> n%d [%slabel=\"", i, target, only_otherwise ? "style=dotted, " : "");
                size_t shown = 0, more = 0;
                for (size_t f = e; f < node->edge_count; f++) {
                    const ScnEdge *same = &node->edges[f];
                    if (same->to == NULL || same->kind == SCN_ROUTE_FUNCTION || strcmp(same->to, edge->to) != 0)
                        continue;
                    drawn[f] = true;
                    if (shown == GRAPH_MAX_LABEL_LINES) {
                        more++;
                        continue;
                    }
                    if (shown++ > 0)
                        fputs("\\n", out);
                    put_edge_label(out, same);
                }
                if (more > 0)
                    fprintf(out, "\\n+%zu more", more);
                fputs("\"];\n", out);
                continue;
            }
            drawn[e] = true;
            put_edge_label(out, edge);
            fputs("\"];\n", out);
        }
        if (node->has_route_function && !note_drawn) {
            fprintf(out, "  d%zu [shape=note, label=\"?\", fontcolor=\"#777777\", color=\"#999999\"];\n", i);
            fprintf(out, "  n%zu -> d%zu [style=dashed, label=\"route function\"];\n", i, i);
        }
        free(drawn);
    }
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
