/* lint: static analysis of a scenario for `coach check`.
 *
 * Loads a scenario file (through scn_load, so the same sandbox and the same
 * errors as a real run), walks its static view (nodes, edges, cues, targets)
 * and collects findings, each with a file, a line, a severity and a short
 * stable code (the codes are a contract: trainers grep for them, tests
 * assert them):
 *
 *   lua-error          the file does not load (Lua error, sandbox, malformed declaration)
 *   undefined-target   a route, choice, otherwise or start names no node; a reveal names no target
 *   unreachable-node   no path from the start reaches the node
 *   dead-end           a non-ending node with no way on
 *   no-ending          no ending can be reached from the start
 *   unreachable-ending an ending no path reaches
 *   unknown-label      a routing rule names a label the analyser does not know
 *   unfollowable-cue   a cue nothing can follow up (on an ending, before only endings, no words)
 *   duplicate-id       two nodes, choices of a node, targets or cues share an id
 *   unrevealed-target  a discovery target no node reveals
 *   missing-metadata   title, brief, purpose or difficulty missing
 *   untested-ending    with coverage: an ending no scenario test reaches
 *   untested-route     with coverage: a route rule or option no scenario test takes
 *   no-way-out         a reachable node from which no ending can be reached
 *   function-error     a function of the scenario fails when check runs it
 *   (and the loader's own: unknown-global, list-of-lists, unknown-state,
 *   state-type, unknown-placeholder, invalid-utf8, unknown-kind)
 *
 * Where routing is dynamic (a route function, a `to` function), what cannot
 * be decided statically is a warning, not an error. */
#ifndef COACH_LINT_H
#define COACH_LINT_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "scenario.h"

typedef enum LintSeverity { LINT_WARNING, LINT_ERROR } LintSeverity;

#define LINT_MESSAGE_BYTES 512

/* One finding. code points to static storage. */
typedef struct LintFinding {
    LintSeverity severity;
    const char *code;
    char file[512];
    int line;                          /* 1-based; 0 when no line applies */
    char message[LINT_MESSAGE_BYTES];
} LintFinding;

typedef struct LintReport LintReport;
typedef struct LintCoverage LintCoverage;

/* Creates an empty report; caller frees with lint_destroy(). NULL on OOM. */
LintReport *lint_create(void);
void lint_destroy(LintReport *report);

/* Loads path and adds its findings to report (a file that fails to load adds
 * one finding, lua-error or the code its message points to). coverage may be
 * NULL. Returns 0; COACH_EIO with err filled when the file cannot be read
 * (no finding is added); COACH_ENOMEM. */
int lint_file(LintReport *report, const char *path, const LintCoverage *coverage, CoachError *err);

/* Adds the findings of an already loaded scenario (the file at its path is
 * re-read for id mentions when routing is dynamic). The scenario's run state
 * may be reset (scn_begin). Returns 0 or COACH_ENOMEM. */
int lint_scenario(LintReport *report, Scenario *scenario, const LintCoverage *coverage);

size_t lint_count(const LintReport *report);
/* Borrowed; valid until the next call that adds findings or lint_destroy(). */
const LintFinding *lint_finding(const LintReport *report, size_t index);
size_t lint_error_count(const LintReport *report);
size_t lint_warning_count(const LintReport *report);

/* "error" or "warning". */
const char *lint_severity_name(LintSeverity severity);

/* Formats one finding as "file:line: error|warning: message [code]". */
void lint_format(const LintFinding *finding, char *buffer, size_t size);

/* Reads the coverage JSON that `coach test --coverage-json` writes:
 * {"scenarios": [{"id": "...", "endings": {"reached": ["<ending node id>", ...], ...}, ...}]}
 * (an object keyed by scenario id, or "endings_reached": [...], are read
 * too). Returns NULL with err (file and line) on failure. Caller frees with
 * lint_coverage_destroy(). */
LintCoverage *lint_coverage_load(const char *path, CoachError *err);
void lint_coverage_destroy(LintCoverage *coverage);

/* True when a test of scenario_id reached ending (an outcome id or an
 * ending's node id). */
bool lint_coverage_reached(const LintCoverage *coverage, const char *scenario_id, const char *ending);

/* Whether a test of scenario_id took route rule or option id ("node.rule",
 * "node.b"); *known is false when the coverage has no routes for it (a file
 * written before routes were counted). */
bool lint_coverage_route_taken(const LintCoverage *coverage, const char *scenario_id, const char *id,
                               bool *known);

/* True when coverage has any entry for scenario_id. */
bool lint_coverage_has_scenario(const LintCoverage *coverage, const char *scenario_id);

#endif
