/* scntest: scenario tests (scenarios/README.md, "Testing a scenario").
 *
 * A test file is Lua, run in the sandbox scenarios run in (sandbox.h;
 * without `load`), that calls `scenario_test { ... }` and `contrast { ... }`.
 * Loading copies every test into C structures and closes the Lua state;
 * running plays each transcript through a real Session (no log), checks the
 * expectations and records which nodes, cues and endings were reached, so
 * that coverage can be printed or written as JSON for `coach check`. */
#ifndef COACH_SCNTEST_H
#define COACH_SCNTEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "analyze.h"
#include "error.h"

typedef struct ScntestSuite ScntestSuite;

/* Creates an empty suite; the caller frees it with scntest_destroy(). NULL on
 * out-of-memory. */
ScntestSuite *scntest_create(void);
void scntest_destroy(ScntestSuite *suite);

/* Loads the tests and contrasts of one test file into suite. Scenario paths
 * are resolved relative to the file's directory. Returns 0, or a negative
 * COACH_E* code with err naming the file and line (unreadable file, Lua
 * error, sandbox violation, malformed test, duplicate test name, contrast
 * naming an unknown test). On error the suite keeps what earlier files
 * added and nothing of this file. */
int scntest_load(ScntestSuite *suite, const char *path, CoachError *err);

/* Keeps each test's session log in dir (copied; NULL, the default: no
 * logs). The directory must exist or be creatable at the first run. */
int scntest_set_log_dir(ScntestSuite *suite, const char *dir, CoachError *err);

size_t scntest_test_count(const ScntestSuite *suite);
size_t scntest_contrast_count(const ScntestSuite *suite);

typedef struct ScntestSummary {
    int tests, tests_failed;
    int contrasts, contrasts_failed;
    int unreadable; /* tests whose scenario could not be loaded or started */
} ScntestSummary;

/* Runs every test, then every contrast, writing one line per result and a
 * readable difference for each failure to out ("file:line: test \"name\":
 * expected ending X, got Y (after turn N: \"...\")"). analyzer is borrowed.
 * Fills summary. Returns 0 when everything passed, 1 otherwise. */
int scntest_run(ScntestSuite *suite, const Analyzer *analyzer, FILE *out, ScntestSummary *summary);

/* Prints one coverage line per scenario the tests ran ("coverage ID: nodes
 * a/b, cues c/d, endings e/f; not reached: ..."). Call after scntest_run(). */
void scntest_print_coverage(const ScntestSuite *suite, FILE *out);

/* Prints one line per scenario with the route rules and options the tests
 * took ("coverage ID: routes a/b, options c/d; never taken: routes x.r1;
 * options y.b"): a rule or option no test takes is a path nobody checked. */
void scntest_print_route_coverage(const ScntestSuite *suite, FILE *out);

/* Writes the coverage as JSON to path (atomically: a temp file renamed):
 * {"scenarios":[{"id","path","nodes":{"total","visited":[..],"not_visited":[..]},
 *   "cues":{"total","picked":[..],"not_picked":[..]},
 *   "endings":{"total","reached":[..],"not_reached":[..],
 *              "outcomes_not_reached":[..]},
 *   "routes":{"total","taken":[..],"not_taken":[..]},
 *   "options":{"total","taken":[..],"not_taken":[..]}}]}
 * Node and cue entries are ids; ending entries are node ids. Returns 0 or a
 * negative COACH_E* code with err. */
int scntest_write_coverage_json(const ScntestSuite *suite, const char *path, CoachError *err);

#endif
