/* scntest_internal: what the scntest_ files share and nobody else sees.
 *
 *   scntest.c           the suite: its storage and lifecycle, small helpers
 *                       (string lists, growing arrays), score slots
 *   scntest_read.c      loading a test file in its sandbox: scenario_test{}
 *                       and contrast{} declarations -> tests, with file:line errors
 *   scntest_run.c       playing each test's transcript through a real session,
 *                       checking its expectations; contrasts between tests
 *   scntest_coverage.c  what the tests reached (nodes, cues, endings, routes),
 *                       printed or written as JSON
 *
 * scntest.h is the module's contract. */
#ifndef COACH_SCNTEST_INTERNAL_H
#define COACH_SCNTEST_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rubric.h"
#include "scenario.h"
#include "scntest.h"

/* Score slots: the four skills, then the overall score. */
enum { SCORE_OVERALL = RUB_SKILL_COUNT, SCORE_SLOTS = RUB_SKILL_COUNT + 1 };

/* How much of a trainee line a failure message quotes. */
enum { QUOTE_CHARS = 100 };

typedef struct StrList {
    char **items;
    size_t count;
} StrList;

typedef struct ScntestStep {
    char *text;       /* a typed line, or NULL */
    char *choose;     /* an option id, or NULL */
    unsigned labels;  /* labels the line must carry (at least) */
    bool check_labels;
} ScntestStep;

typedef struct ScntestRange {
    bool set;
    int low, high;
} ScntestRange;

typedef struct ScntestTest {
    char *name;
    char *file;
    int line;
    char *scenario; /* resolved path */
    bool has_seed;
    uint64_t seed;
    ScntestStep *steps;
    size_t step_count;
    char *ending;
    ScntestRange scores[SCORE_SLOTS];
    StrList targets, cues, nodes;
    /* results of the run */
    bool ran, passed, ended, success;
    bool loaded;     /* its scenario loaded and started: scores mean something */
    char *outcome;
    int got[SCORE_SLOTS];
} ScntestTest;

typedef struct ScntestContrast {
    char *better, *worse;
    char *file;
    int line;
    bool skills[SCORE_SLOTS];
} ScntestContrast;

typedef struct Coverage {
    char *path, *id;
    size_t node_count;
    char **nodes;
    char **outcomes;   /* endings: outcome id; others NULL */
    bool *visited;
    size_t cue_count;
    char **cues;
    bool *cue_picked;
    size_t route_count;   /* every route rule and option, by id ("node.rule", "node.b") */
    char **routes;
    bool *route_option;   /* an option, not a rule */
    bool *route_taken;
} Coverage;

struct ScntestSuite {
    ScntestTest *tests;
    size_t test_count, test_capacity;
    ScntestContrast *contrasts;
    size_t contrast_count, contrast_capacity;
    Coverage *coverage;
    size_t coverage_count, coverage_capacity;
    char *log_dir; /* NULL: the tests' sessions write no log */
    StrList unloadable; /* scenarios that did not load: said once, not once per test */
};

/* A malloc'd copy of text (NULL stays NULL, or on OOM); the caller frees it. */
char *scntest_copy_string(const char *text);

/* Grows *items (of size each) so that one more fits. false on OOM. */
bool scntest_grow(void **items, size_t *capacity, size_t count, size_t size);

/* Frees the items and empties the list (the list itself is the caller's). */
void scntest_strlist_free(StrList *list);

/* Whether item is in the list. */
bool scntest_strlist_has(const StrList *list, const char *item);

/* Adds item unless present; false on OOM. */
bool scntest_strlist_add_unique(StrList *list, const char *item);

/* "a, b, c" of a list into buffer (cut to size); "none" when empty. */
void scntest_strlist_join(const StrList *list, char *buffer, size_t size);

/* Frees what a test owns and zeroes it (the struct is the suite's). */
void scntest_test_free(ScntestTest *test);

/* Frees what a contrast owns and zeroes it. */
void scntest_contrast_free(ScntestContrast *contrast);

/* Frees what a coverage entry owns and zeroes it. */
void scntest_coverage_free(Coverage *coverage);

/* The suite's test with this name, or NULL; borrowed from the suite. */
const ScntestTest *scntest_find_test(const ScntestSuite *suite, const char *name);

/* Score slot of a key ("discovery" ... "next_step", "overall"), or -1. */
int scntest_score_slot(const char *key);

/* The key of a score slot (a skill name or "overall"); static storage. */
const char *scntest_slot_name(int slot);

/* The coverage entry of a loaded scenario (made from its static view on
 * first use), or NULL on OOM. */
Coverage *scntest_coverage_for(ScntestSuite *suite, const Scenario *scenario, const char *path);

/* Marks what one test reached (node ids, cue ids, "node.rule" route ids)
 * in its scenario's coverage. */
void scntest_coverage_mark(Coverage *coverage, const StrList *nodes, const StrList *cues,
                           const StrList *routes);

#endif
