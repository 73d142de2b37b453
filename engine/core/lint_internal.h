/* lint_internal: what the lint_ files share and nobody else sees.
 *
 *   lint.c         the findings (storing, sorting, formatting), loading a
 *                  file for check, running every check on a scenario, the
 *                  coverage file
 *   lint_graph.c   the checks on the scenario as a graph: edges' targets,
 *                  reachability, ways on and out, misses, loops, cues
 *   lint_checks.c  the other checks: authors' functions run, repeated ids,
 *                  targets, metadata, coverage by scenario tests
 *
 * lint.h is the module's contract. */
#ifndef COACH_LINT_INTERNAL_H
#define COACH_LINT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "lint.h"
#include "scenario.h"

struct LintReport {
    LintFinding *items;
    size_t count, capacity;
    size_t errors, warnings;
};

/* What every check of one lint_scenario() run reads and adds to. */
typedef struct LintContext {
    LintReport *report;
    Scenario *scenario;
    const ScnInfo *info;
    const char *file;
    const char *source;       /* the file's text, or NULL when unreadable */
    size_t node_count;
    bool *possible;           /* reachable from the start over static edges, or
                                 through ids a route function may return */
    bool *dynamic;            /* routing partly decided by a function */
    size_t *static_refs;      /* static edges (and the start) naming each node */
    int status;
} LintContext;

/* Adds a finding at line of the context's file; after an error (OOM) the
 * context's status stays set and nothing more is added. */
void lint_note(LintContext *context, LintSeverity severity, const char *code, int line,
               const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* The finding code a loader message points to ("unknown-global", ...), or
 * "lua-error"; static storage. */
const char *lint_code_for_load_error(const char *message);

/* The line of the scenario{} declaration (1 when unknown). */
int lint_info_line(const LintContext *context);

/* The line of an edge, else its node's. */
int lint_edge_line(const ScnNode *node, const ScnEdge *edge);

/* Every route, option, otherwise and the start name a node. */
void lint_check_targets_of_edges(LintContext *context);

/* Fills the context's possible, dynamic and static_refs; 0 or COACH_ENOMEM. */
int lint_compute_reachability(LintContext *context);

/* Nodes and endings the start cannot reach; no reachable ending at all. */
void lint_check_reachability(LintContext *context);

/* A node that is not an ending with no way on (a dead end). */
void lint_check_ways_on(LintContext *context);

/* A node the call can reach but never leave for an ending (its only option
 * loops back to itself, two nodes that only lead to each other): the call
 * could never finish from there. Found backwards from the endings over the
 * static edges; a node whose routing is partly a function may lead anywhere. */
void lint_check_ways_out(LintContext *context);

/* A typed line no route takes should not end the call by surprise: the
 * prospect asks for a clarification first at run time, but the author
 * should say what they meant. */
void lint_check_misses(LintContext *context);

/* A node the call can come back to says its line again: it needs a short
 * form (`again`), variants, or a say function that knows it was visited. */
void lint_check_repeats(LintContext *context);

/* A cue nothing can follow up (on an ending, before only endings, with no
 * words to hear); two cues of a node sharing an id. */
void lint_check_cues(LintContext *context);

/* Runs every function of every node (say, effects, each rule's test and to,
 * the route function, otherwise, each option's to and effects) once in each
 * representative state (scn_state_variant) in the sandbox: a misspelled
 * variable or a runtime error on a path no test takes is reported here, at
 * its line, instead of in front of a trainee. */
void lint_check_functions(LintContext *context);

/* Two nodes, two routes or options of a node, or two targets sharing an id. */
void lint_check_duplicate_ids(LintContext *context);

/* A reveal that names no target; a discovery target no node reveals. */
void lint_check_targets(LintContext *context);

/* Title, brief, purpose or difficulty missing. */
void lint_check_metadata(LintContext *context);

/* With a coverage file (NULL: none): endings and routes no scenario test
 * reaches. */
void lint_check_coverage(LintContext *context, const LintCoverage *coverage);

#endif
