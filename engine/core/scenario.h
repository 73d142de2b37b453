/* scenario: loads a trainer's Lua scenario into its own sandboxed lua_State
 * and answers the session's questions about it (what the prospect says on
 * entering a node, where a trainee line or a choice leads).
 *
 * The authoring API (scenario{...}, node "id" {...}) is documented in
 * scenarios/README.md. Scenario code is untrusted and runs in the sandbox
 * (sandbox.h): only base (no dofile, loadfile, binary chunks), string,
 * table, math and utf8; a memory cap; an instruction budget per call into
 * Lua that neither pcall nor a backtracking pattern can escape. Every error
 * names the file and, where Lua gives one, the line.
 *
 * A Scenario is one run: it holds the mutable state (trust, interest,
 * variables, visit counts). Load a fresh one to start over. */
#ifndef COACH_SCENARIO_H
#define COACH_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyze.h"
#include "error.h"
#include "hear.h"
#include "rubric.h"

typedef struct Scenario Scenario;

typedef struct ScnLimits {
    size_t memory_bytes;        /* default 64 MiB */
    long instructions_per_call; /* default 10 million VM instructions */
} ScnLimits;

/* Metadata of a scenario. Strings are owned by the Scenario. */
typedef struct ScnInfo {
    const char *path;
    const char *id, *title, *version, *pitch, *brief, *purpose;
    int difficulty;             /* 1 beginner, 2 intermediate, 3 advanced */
    const char *persona_name, *persona_role, *persona_company, *persona_voice;
    const char *start;          /* start node id */
    uint64_t seed;              /* default seed */
    int line;                   /* line of the scenario{} call (0 unknown); for check */
} ScnInfo;

typedef enum ScnRouteKind {
    SCN_ROUTE_RULE,      /* a routes{} entry */
    SCN_ROUTE_FUNCTION,  /* the node's route function */
    SCN_ROUTE_OTHERWISE, /* the fallback */
    SCN_ROUTE_CHOICE     /* a choice option */
} ScnRouteKind;

/* "route", "route function", "otherwise" or "choice" (static storage). */
const char *scn_route_kind_name(ScnRouteKind kind);

/* Single-character edits (insert, delete, replace; ASCII case ignored) that
 * turn a into b: the measure behind every "did you mean" of the loader and
 * of check. Names longer than 64 bytes count as 64 apart. */
size_t scn_edit_distance(const char *a, const char *b);

/* A static edge, for check and graph: from a node to a target node id. */
typedef struct ScnEdge {
    ScnRouteKind kind;
    const char *id;     /* route or choice id */
    const char *to;     /* target node id; NULL when `to` is a function */
    const char *label;  /* human summary: "open_question", "choice b: text…" */
    int line;           /* source line of the route/choice */
    const char *better; /* rules: `better`, a stronger line for a trainee whose line took
                           this route (NULL: none) */
} ScnEdge;

/* A static view of one node (owned by the Scenario). */
typedef struct ScnNode {
    const char *id;
    int line;                    /* source line of `node "id"` */
    bool is_ending;
    const char *outcome;         /* endings: outcome id */
    const char *outcome_label;   /* endings: the author's name of it for the trainee, or NULL */
    bool success;                /* endings: success flag */
    bool has_choices, has_text;  /* accepts choices / typed lines */
    bool has_route_function;     /* routing partly dynamic */
    bool closing;                /* `closing = true`: a line no route takes ends the call as
                                    otherwise says, without a clarification first */
    bool detour;                 /* `detour = true`: says its line, then the call is back at the
                                    node it came from (that node's options and routes, not its
                                    line again): an aside that answers and moves nothing on */
    bool say_varies;             /* say is a list of variants or a function */
    bool has_again;              /* `again`: what it says when entered again */
    bool has_functions;          /* say, effects, route, a test, to or option effects is a function */
    const char *better;          /* `better`: a stronger line the trainee could say here
                                    (shown in the annotated transcript; NULL: none) */
    const ScnEdge *edges;
    size_t edge_count;
    const char *const *cue_ids;
    const char *const *cue_words; /* parallel to cue_ids, as written (may be ""); for check */
    size_t cue_count;
    const char *const *reveals;
    size_t reveal_count;
} ScnNode;

typedef struct ScnTarget {
    const char *id, *kind, *text, *keys;
    const char *label; /* the author's short name for the trainee, or NULL */
    int line;
} ScnTarget;

/* What the prospect says on entering a node. Owned by the Scenario; valid
 * until the next call on it. */
typedef struct ScnLine {
    int node;                    /* node index */
    const char *line_id;         /* stable id: "<node>" or "<node>#<variant>" */
    const char *text;            /* after substitution */
    RubCue cues[RUB_MAX_CUES];
    size_t cue_count;
    const char *reveals[RUB_MAX_TARGETS];
    size_t reveal_count;
    bool asks_for_work;          /* node flagged `asks_for_work = true` */
    size_t choice_count;         /* options the trainee may pick (0: type) */
    bool accepts_text;
} ScnLine;

/* One choice option as offered. */
typedef struct ScnChoice {
    const char *id;              /* stable: "<node>.<choice id>" */
    const char *text;
    bool has_labels;             /* author overrode the analysed labels */
    unsigned labels;             /* AN_BIT() set when has_labels */
    int points[RUB_SKILL_COUNT]; /* author's extra points */
    const char *const *examples; /* other ways to say it (authored; NULL-ended) */
    size_t example_count;
} ScnChoice;

/* What the trainee's move was, as routing sees it. */
typedef struct ScnMove {
    const char *text;
    const AnResult *analysis;
    int choice;                  /* choice index, or -1 for typed text */
    bool premature_ask;
    /* The analyser `words` rules use (an_shared_meaning); NULL: a
     * plain case-insensitive word overlap is used instead. */
    const Analyzer *analyzer;
    /* How a typed line was heard (hear.h): 0 the first rule that matches
     * decides (the rules are checked here); r + 1 rule r (index into
     * scn_intents) was heard, its conditions already checked; -1 the
     * node's otherwise. */
    int heard_rule;
} ScnMove;

/* Where a move leads. */
typedef struct ScnStep {
    int next;                    /* node index */
    ScnRouteKind kind;
    const char *route_id;        /* owned by the Scenario */
} ScnStep;

/* Loads and validates path (NULL limits: defaults). Returns NULL and fills
 * err with file:line on a Lua error, a sandbox violation or a malformed
 * declaration. Caller frees with scn_unload(). */
Scenario *scn_load(const char *path, const ScnLimits *limits, CoachError *err);
void scn_unload(Scenario *scenario);

/* scn_load that passes every problem of a file that does not load to
 * report, in the order found (each with its file and line; the first is
 * also in err), so `coach check` lists them all in one run. */
typedef void (*ScnProblemFn)(void *context, const CoachError *problem);
Scenario *scn_load_reporting(const char *path, const ScnLimits *limits, ScnProblemFn report,
                             void *context, CoachError *err);

const ScnInfo *scn_info(const Scenario *scenario);

/* SHA-256 of the scenario file's bytes as read at load, in hex (owned by
 * the Scenario). Computed on first use: only a log needs it. */
const char *scn_sha256(const Scenario *scenario);
const RubConfig *scn_rubric(const Scenario *scenario);

size_t scn_node_count(const Scenario *scenario);
const ScnNode *scn_node(const Scenario *scenario, size_t index);
/* Index of node id, or -1. A hash lookup: check and graph look up every
 * edge's target. */
int scn_find_node(const Scenario *scenario, const char *id);
/* Index of the node whose id is the length bytes at id (not NUL-ended), or -1. */
int scn_find_node_span(const Scenario *scenario, const char *id, size_t length);

size_t scn_target_count(const Scenario *scenario);
const ScnTarget *scn_target(const Scenario *scenario, size_t index);

/* Scenario terms for the analyser (borrowed). */
size_t scn_terms(const Scenario *scenario, AnTermKind kind, const char *const **out);

/* Resets the run's state and seeds its random generator. */
int scn_begin(Scenario *scenario, uint64_t seed, CoachError *err);

/* Enters node: counts the visit, applies its effects, renders its line. */
int scn_enter(Scenario *scenario, int node, ScnLine *out, CoachError *err);

/* The options of a choice node (index < ScnLine.choice_count). */
int scn_choice(Scenario *scenario, int node, size_t index, ScnChoice *out, CoachError *err);

/* Routes a move out of node (text or choice), applying the route's effects. */
int scn_route(Scenario *scenario, int node, const ScnMove *move, ScnStep *out, CoachError *err);

/* Asks node's `route` function alone (typed lines; it speaks before any
 * rule). out->next is -1 when the node has none or it gave nil; otherwise
 * the step is taken (its effects applied) and the move needs no scn_route. */
int scn_route_function(Scenario *scenario, int node, const ScnMove *move, ScnStep *out, CoachError *err);

/* Keeps a copy of the run's state; scn_state_rollback() puts it back (a
 * line the prospect asks to have clarified changes nothing). */
int scn_state_checkpoint(Scenario *scenario, CoachError *err);
int scn_state_rollback(Scenario *scenario, CoachError *err);

/* Representative states for `coach check`, which runs every function of
 * every node once in each: variant 0 is the start; then, for each declared
 * variable, a number at its min and its max (ranged ones) and a boolean
 * flipped, the rest at their start. Call after scn_begin(). Sets *applied
 * false (and changes nothing) past the last variant; describes the variant
 * ("trust = 0") in description. */
int scn_state_variant(Scenario *scenario, size_t variant, bool *applied, char *description,
                      size_t size, CoachError *err);

/* Adds delta to a numeric state variable (trust and interest clamp to 0-100). */
int scn_state_add(Scenario *scenario, const char *name, double delta, CoachError *err);
/* Reads a numeric state variable; false if absent or not a number. */
bool scn_state_number(const Scenario *scenario, const char *name, double *out);
/* Writes the state as a JSON object text into a malloc'd string (caller frees). */
char *scn_state_json(const Scenario *scenario);

/* --- reactions, the trainee's name, targets by id, memory ----------------- */

/* One entry of the scenario's `reactions` (defaults merged with the
 * author's): when a trainee line carries label `key` (a label id, or
 * "premature_ask"), add delta to state variable var. Owned by the Scenario. */
typedef struct ScnReaction {
    const char *key;
    const char *var;
    double delta;
} ScnReaction;

size_t scn_reaction_count(const Scenario *scenario);
const ScnReaction *scn_reaction(const Scenario *scenario, size_t index);

/* The name `{trainee}` expands to in prospect lines (copied). NULL or "": no
 * name is known, and `{trainee}` is left out with the ", " or " " before it. */
int scn_set_trainee(Scenario *scenario, const char *name, CoachError *err);

/* Index of target id, or -1. */
int scn_find_target(const Scenario *scenario, const char *id);

/* Size of the Lua heap now (bytes), for tests and benchmarks. */
size_t scn_memory_used(const Scenario *scenario);

/* The route rules of node as intents for hear_line(), one per `routes`
 * entry in order (id, label and word conditions, examples, heard). Owned by
 * the Scenario; *out is NULL when the node has no rules. */
size_t scn_intents(const Scenario *scenario, int node, const HearIntent **out);

/* Runs the `test` function of rule (index into scn_intents) for move;
 * *passed is false when it returns false or nil. A rule without a test
 * passes. */
int scn_test_rule(Scenario *scenario, int node, size_t rule, const ScnMove *move, bool *passed,
                  CoachError *err);

/* True when node's otherwise leads straight to an ending node and the node
 * is not marked `closing` (where a miss is meant to end the call). */
bool scn_otherwise_ends_call(const Scenario *scenario, int node);

/* An authored clarification the prospect asks at node when a line was not
 * understood: the node's `clarify`, else the scenario's, a variant picked
 * with the seeded generator (not the one said last), placeholders filled.
 * *text is NULL when the author wrote none (the caller says a default);
 * otherwise owned by the Scenario until the next call. */
int scn_clarify(Scenario *scenario, int node, const char **text, CoachError *err);

#endif
