/* scenario_internal: what the scn_ files share and nobody else sees.
 *
 *   scenario.c          loading a file into its sandbox, the Scenario's
 *                       storage (string arena, buffers), the root table, the
 *                       static views
 *   scenario_declare.c  the API a scenario file calls: scenario{}, node "id"
 *                       {}, include "lib/x.lua"
 *   scenario_lines.c    the source-line lexer that finds each list entry's line
 *   scenario_field.c    reading one field of a declaration: allowed keys,
 *                       types, ranges, string lists, labels, `to` targets,
 *                       effects
 *   scenario_node.c     reading a node "id" {} into its NodeData: routes,
 *                       options, text lists, placeholders
 *   scenario_read.c     reading the scenario{} declaration (info, state,
 *                       targets, rubric, reactions) and every node, part by
 *                       part, with file:line errors
 *   scenario_state.c    the run's state: begin, effects, clamping, reading
 *                       and writing variables, the JSON snapshot
 *   scenario_run.c      entering a node, its options, routing a move
 *
 * Everything that touches the Lua state runs inside scn_protected() (a
 * sandbox_call): a memory error outside one would panic. */
#ifndef COACH_SCENARIO_INTERNAL_H
#define COACH_SCENARIO_INTERNAL_H

#include <lauxlib.h>
#include <lua.h>

#include "sandbox.h"
#include "scenario.h"

#define SCN_DEFAULT_MEMORY ((size_t)64 * 1024 * 1024)
#define SCN_DEFAULT_INSTRUCTIONS 10000000L
/* A scenario or lib file larger than this is not a scenario. */
#define SCN_MAX_FILE_BYTES ((long)8 * 1024 * 1024)
/* The longest scenario id: it is the start of every log file's name. */
#define SCN_MAX_ID_BYTES 64
/* Entries of one list whose lines are looked up (more keep the node's line). */
#define SCN_MAX_LINES 512

/* A problem found while loading, kept so every one is reported (not just
 * the first): line 0 when none applies. */
typedef struct ScnProblem {
    int line;
    char message[600];
} ScnProblem;

/* A declared state variable: its type (LUA_TNUMBER, LUA_TBOOLEAN or
 * LUA_TSTRING), its start value and, for a number, its range. */
typedef struct ScnVar {
    const char *name;
    int type;
    double start_number;
    bool start_boolean;
    const char *start_string;
    bool bounded;
    double min, max;
} ScnVar;

/* A node as C keeps it: the public view plus what the runtime needs. */
typedef struct NodeData {
    ScnNode view;
    ScnEdge *edges;
    HearIntent *intents;           /* one per routes entry, in order */
    size_t intent_count;
    const char ***choice_examples; /* per option: its authored examples (NULL-ended) */
    size_t *choice_example_counts;
    const char **clarify;          /* the node's own clarification lines */
    size_t clarify_count;
    const char **again;            /* what it says when entered again */
    size_t again_count;
    int last_variant;              /* the say variant said last (0: none), not said twice running */
    const char **cue_ids;
    const char **cue_words;
    const char **cue_labels; /* the author's names of the cues (NULL entries: none given) */
    const char **reveals;
    bool asks_for_work;
    bool typed;
    size_t choice_count;
} NodeData;

struct Scenario {
    Sandbox *sandbox;
    lua_State *L; /* the sandbox's */
    char *path;
    ScnLimits limits;
    int root_ref;
    char *source;
    size_t source_size;
    char sha256[65];     /* filled by scn_sha256() */
    size_t *line_starts; /* offset of each line's first byte in source (while loading) */
    size_t line_count;

    ScnInfo info;
    RubConfig rubric;
    NodeData *nodes;
    size_t node_count;
    /* Node ids hashed (open addressing, linear probing): slot -> node index
     * + 1, 0 empty; node_slots is a power of two, at least twice the nodes.
     * check and graph look up every edge's target: a linear search made
     * them quadratic (100,000 nodes: minutes). */
    int *node_index;
    size_t node_slots;
    ScnTarget *targets;
    size_t target_count;
    const char **terms[AN_TERM_KIND_COUNT];
    size_t term_count[AN_TERM_KIND_COUNT];
    ScnReaction *reactions;
    size_t reaction_count;
    ScnVar *vars;            /* the declared state (trust and interest always) */
    const char **var_names;  /* their names, for "did you mean" */
    size_t var_count;
    const char **node_ids;   /* every node id in declaration order, for "did you mean" */
    ScnProblem *problems;    /* found while loading */
    size_t problem_count, problem_capacity;
    bool loading;            /* the file's chunk runs: an unknown global is recorded, not raised */
    const char **clarify;    /* the persona's clarification lines */
    size_t clarify_count;
    const char *last_clarify; /* the clarification said last (NULL: none yet), never said twice in a row */

    struct ScnStringBlock *strings; /* the arena: the block being filled first */

    char *trainee;
    /* Results handed out until the next call. */
    char *line_text, *line_id, *choice_text, *choice_id, *route_id;
    char *json;
    size_t json_length, json_capacity;
};

/* Arguments and results of one protected call. */
typedef struct ScnCall {
    Scenario *scenario;
    int node;
    size_t index;
    const ScnMove *move;
    ScnLine *line;
    ScnStep *step;
    ScnChoice *choice;
    const char *name;
    double delta;
    double number;
    bool found;
    void *extra; /* what a call of its own needs beyond these */
} ScnCall;

/* Every C function that works on the Lua stack asks for room first: only
 * LUA_MINSTACK (20) slots are guaranteed. */
#define SCN_ROOM(L) luaL_checkstack((L), 40, "scenario runtime")

/* --- scenario.c: calls, storage, the root table ----------------------------- */

/* The Scenario a sandboxed C function runs for. */
Scenario *scn_from(lua_State *L);

/* Runs fn(call) in the sandbox with a fresh budget. */
int scn_protected(Scenario *s, lua_CFunction fn, ScnCall *call, CoachError *err);

/* The ScnCall a scn_protected() function was given (and stack room). */
ScnCall *scn_call_arg(lua_State *L);

/* A copy of text (up to its first NUL) owned by the Scenario, invalid UTF-8
 * repaired (U+FFFD). */
const char *scn_keep(lua_State *L, Scenario *s, const char *text);

/* Fills err with "path:line: column C: invalid UTF-8 (byte 0xNN)..." for
 * the first invalid byte of text, at offset bad; returns COACH_EPARSE. */
int scn_invalid_utf8_error(CoachError *err, const char *path, const char *text, size_t bad);

/* calloc that raises a Lua memory error instead of returning NULL. */
void *scn_calloc(lua_State *L, size_t count, size_t size);

/* Copies text into *buffer (grown; owned by the Scenario), invalid UTF-8
 * repaired (U+FFFD): say functions, utf8.char and state strings make text
 * at run time that reaches the log. */
void scn_set_buffer(lua_State *L, char **buffer, const char *text, size_t length);

/* Appends text (at most max bytes of it) to the NUL-terminated buffer of
 * size bytes now holding used bytes, cut to fit as snprintf cuts; returns
 * the new length. Cheaper than snprintf for names built for every entry. */
size_t scn_append_max(char *buffer, size_t size, size_t used, const char *text, size_t max);

/* scn_append_max with no limit of its own. */
size_t scn_append(char *buffer, size_t size, size_t used, const char *text);

/* Appends "[index]". */
size_t scn_append_index(char *buffer, size_t size, size_t used, size_t index);

/* Pushes the root table: def, def_line, byid, decl_ids, decl_lines, nodes,
 * state. */
void scn_push_root(lua_State *L);

/* Pushes root[key]. */
int scn_push_root_field(lua_State *L, const char *key);

/* Pushes the body table of node index. */
void scn_push_node(lua_State *L, int node);

/* Pushes option index (0-based) of the node body at body. A scenario's own
 * functions can reach its node tables and replace `choices` while the call
 * runs, so both values are type-checked here before any raw access: a
 * number in their place is a scenario error with the node's line, never an
 * unchecked lua_rawgeti on a non-table. */
int scn_push_choice(lua_State *L, int body, int node, size_t index);

/* Records a load problem at line (an error is raised at the end of the
 * build when there is any). */
void scn_problem(lua_State *L, int line, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Runs fn(L) protected; an error it raises is recorded as a problem
 * (memory and budget errors go on up), so the build goes on with the next
 * part and every mistake of a file is reported in one run. */
void scn_part(lua_State *L, lua_CFunction fn, void *argument);

/* The candidate closest to name by edit distance (at most a third of its
 * length, at least 1, at most 3 edits), or NULL: for "did you mean". */
const char *scn_closest(const char *name, const char *const *candidates, size_t count);

/* " (did you mean 'x'?)" into buffer when a candidate is close, else "".
 * quote is the quote character to use. */
const char *scn_did_you_mean(char *buffer, size_t size, const char *name,
                             const char *const *candidates, size_t count, char quote);

/* Builds the node id index once the nodes are read (a protected call). */
void scn_index_nodes(lua_State *L, Scenario *s);

/* --- scenario_declare.c --------------------------------------------------------- */

/* Adds the declaration API (scenario, node, include) to the sandbox's
 * globals and makes the root table. */
int scn_open_api(lua_State *L);

/* --- scenario_lines.c ----------------------------------------------------------- */

/* The source lines of the entries of one list (`key = { {...}, {...} }`). */
typedef struct ScnEntryLines {
    const char *key;
    int lines[SCN_MAX_LINES];
    size_t count; /* entries found (at most SCN_MAX_LINES); 0 unless the list was closed */
} ScnEntryLines;

/* Fills the entry lines of each list in lists[0..list_count) from the first
 * table constructor found from start_line on, in one pass over its text. A
 * list counts where its key first appears at the constructor's top level. */
void scn_entry_lines(const Scenario *s, int start_line, ScnEntryLines *lists, size_t list_count);

/* The line of `key =` at the top level of the first table constructor found
 * from start_line on (0 when not found or the source is gone). */
int scn_key_line(const Scenario *s, int start_line, const char *key);

/* The entry lines of one list; returns how many were found. */
size_t scn_list_lines(const Scenario *s, int start_line, const char *key, int *lines);

/* --- scenario_field.c ------------------------------------------------------------ */

/* The line of `key =` in the table written at line, else line: an error
 * names the line of the key at fault, not the line the table starts. */
int scn_at(lua_State *L, int line, const char *key);

/* A table that should be a list of tables but has named keys: its inner
 * braces were forgotten (`routes = { when = ..., to = ... }`). */
void scn_check_list_of_lists(lua_State *L, int index, int line, const char *where,
                             const char *key, const char *entries);

/* Refuses a key of table not in allowed (NULL-terminated, at most 32: the
 * keys found are a bit set in an unsigned).
 * Returns the allowed keys the table may hold, bit i for allowed[i]: those
 * found, or all of them when the table has a metatable (an __index may supply
 * more), so a reader can skip looking up the others (scn_get_checked). */
unsigned scn_check_keys(lua_State *L, int table, const char *const *allowed, int line,
                        const char *where);

/* lua_getfield(L, table, key) for allowed key number `key_index` of a table
 * checked by scn_check_keys: pushes nil without a lookup when the key is not
 * in present. */
int scn_get_checked(lua_State *L, int table, const char *key, unsigned present,
                    int key_index);

/* Is allowed key number key_index maybe in present (see scn_check_keys)? */
bool scn_has_key(unsigned present, int key_index);

/* Field key of table as an owned string; NULL when absent and optional. */
const char *scn_field_string(lua_State *L, Scenario *s, int table, const char *key,
                             bool required, int line, const char *where);

bool scn_field_boolean(lua_State *L, int table, const char *key, bool fallback, int line,
                       const char *where);

double scn_field_number(lua_State *L, int table, const char *key, double fallback, int line,
                        const char *where);

/* scn_field_number() within [min, max]: scores are weighted with these and
 * counts cast to int (math.huge as a weight made the overall -2147483648). */
double scn_field_range(lua_State *L, int table, const char *key, double fallback, double min,
                       double max, int line, const char *where);

/* Validates a `to` value at index: a known node id or a function. Returns
 * the id (owned) or NULL for a function. */
const char *scn_check_to(lua_State *L, Scenario *s, int index, int line, const char *where);

/* Table effects name declared variables: a number adds to a number, a
 * boolean or a string sets a variable of that type. */
void scn_check_effects(lua_State *L, int table, int line, const char *where);

void scn_add_edge(NodeData *node, size_t capacity, ScnRouteKind kind, const char *id,
                  const char *to, const char *label, int line);

void scn_describe_labels(char *buffer, size_t size, const char *prefix, unsigned bits);

/* Label set of the value at index (a label id or a list of them). */
unsigned scn_label_bits(lua_State *L, int index, int line, const char *where);

/* Index of node id (declaration order), or -1. */
int scn_node_index(lua_State *L, const char *id);

/* A list of strings at table[key] (absent: none) into a NULL-ended array
 * of kept strings; *count is how many. */
void scn_read_string_list(lua_State *L, Scenario *s, int table, const char *key,
                          const char ***out, size_t *count, int line, const char *where);

/* A string or a non-empty list of strings at table[key] into a NULL-ended
 * array (examples, clarify, again); absent: *count 0. */
void scn_read_text_list(lua_State *L, Scenario *s, int table, const char *key,
                        const char ***out, size_t *count, int line, const char *where);

/* --- scenario_node.c ------------------------------------------------------------- */

/* Every {name} in text a prospect says must be a placeholder the runtime
 * fills (a state variable, trainee, or the persona's name, role, company):
 * a typo would be shown to the trainee as written. */
void scn_check_placeholders(lua_State *L, const char *text, int line, const char *where,
                            const char *key);

/* Reads node number index (declaration order) into s->nodes[index]. */
void scn_read_node(lua_State *L, Scenario *s, size_t index);

/* --- scenario_read.c ------------------------------------------------------------ */

/* Reads and checks every declaration into the Scenario (a protected call). */
int scn_build(lua_State *L);

/* --- scenario_state.c ----------------------------------------------------------- */

/* Pushes the run's state table. */
void scn_push_state(lua_State *L);

/* Keeps trust and interest of the state at index within 0-100 (NaN: 0). */
void scn_clamp_state(lua_State *L, int state);

/* Checks every declared variable of the state at index has its type (an
 * error naming it and line otherwise) and keeps numbers in their range. */
void scn_settle_state(lua_State *L, int state, int line);

/* Calls the author's function below its nargs arguments (lua_call), then
 * settles the state at index state: a variable given a wrong type is an
 * error at the function's line. */
void scn_call_author(lua_State *L, int nargs, int nresults, int state);

/* The line a Lua function at index was written at in the scenario's own
 * file (0 elsewhere: an included file, C). */
int scn_function_line(lua_State *L, int index);

/* The declared variable name, or NULL. */
const ScnVar *scn_var(const Scenario *s, const char *name);

/* Gives the state at index its guards: reading or writing an undeclared
 * variable, or the visits of a node that does not exist, is an error with
 * "did you mean". */
void scn_guard_state(lua_State *L, int state);


/* Applies effects at index (table or function) to the state at state. */
void scn_apply_effects(lua_State *L, int effects, int state);

#endif
