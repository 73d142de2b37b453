/* scntest: loads scenario test files in a sandbox, plays their transcripts
 * through real sessions, checks expectations and contrasts, and keeps the
 * coverage of nodes, cues and endings. See scntest.h. */
#define _XOPEN_SOURCE 700 /* realpath */

#include "scntest.h"

#include <errno.h>
#include <lauxlib.h>
#include <limits.h>
#include <lua.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "rubric.h"
#include "sandbox.h"
#include "scenario.h"
#include "session.h"
#include "session_settings.h"

/* Limits of the test-file sandbox. */
static const size_t sandbox_memory_bytes = 32u << 20;
static const long sandbox_instruction_budget = 20000000;
static const long test_file_max_bytes = 4L << 20;

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

/* ---- small helpers ------------------------------------------------------ */

static char *copy_string(const char *text)
{
    if (text == NULL)
        return NULL;
    size_t length = strlen(text);
    char *copy = malloc(length + 1);
    if (copy != NULL)
        memcpy(copy, text, length + 1);
    return copy;
}

/* Grows *items (of size each) so that one more fits. false on OOM. */
static bool grow(void **items, size_t *capacity, size_t count, size_t size)
{
    if (count < *capacity)
        return true;
    size_t next = *capacity == 0 ? 8 : *capacity * 2;
    void *grown = realloc(*items, next * size);
    if (grown == NULL)
        return false;
    *items = grown;
    *capacity = next;
    return true;
}

static void strlist_free(StrList *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

static bool strlist_has(const StrList *list, const char *item)
{
    for (size_t i = 0; i < list->count; i++)
        if (strcmp(list->items[i], item) == 0)
            return true;
    return false;
}

/* Adds item unless present; false on OOM. */
static bool strlist_add_unique(StrList *list, const char *item)
{
    if (strlist_has(list, item))
        return true;
    char **grown = realloc(list->items, (list->count + 1) * sizeof *grown);
    if (grown == NULL)
        return false;
    list->items = grown;
    char *copy = copy_string(item);
    if (copy == NULL)
        return false;
    list->items[list->count++] = copy;
    return true;
}

/* "a, b, c" of a list into buffer (cut to size); "none" when empty. */
static void strlist_join(const StrList *list, char *buffer, size_t size)
{
    size_t used = 0;
    buffer[0] = '\0';
    if (list->count == 0) {
        snprintf(buffer, size, "none");
        return;
    }
    for (size_t i = 0; i < list->count && used + 1 < size; i++) {
        int written = snprintf(buffer + used, size - used, "%s%s", i > 0 ? ", " : "", list->items[i]);
        if (written < 0)
            break;
        used += (size_t)written;
    }
}

static void test_free(ScntestTest *test)
{
    free(test->name);
    free(test->file);
    free(test->scenario);
    for (size_t i = 0; i < test->step_count; i++) {
        free(test->steps[i].text);
        free(test->steps[i].choose);
    }
    free(test->steps);
    free(test->ending);
    strlist_free(&test->targets);
    strlist_free(&test->cues);
    strlist_free(&test->nodes);
    free(test->outcome);
    memset(test, 0, sizeof *test);
}

static void contrast_free(ScntestContrast *contrast)
{
    free(contrast->better);
    free(contrast->worse);
    free(contrast->file);
    memset(contrast, 0, sizeof *contrast);
}

static void coverage_free(Coverage *coverage)
{
    for (size_t i = 0; i < coverage->node_count; i++) {
        free(coverage->nodes[i]);
        free(coverage->outcomes[i]);
    }
    for (size_t i = 0; i < coverage->cue_count; i++)
        free(coverage->cues[i]);
    for (size_t i = 0; i < coverage->route_count; i++)
        free(coverage->routes[i]);
    free(coverage->routes);
    free(coverage->route_option);
    free(coverage->route_taken);
    free(coverage->nodes);
    free(coverage->outcomes);
    free(coverage->visited);
    free(coverage->cues);
    free(coverage->cue_picked);
    free(coverage->path);
    free(coverage->id);
    memset(coverage, 0, sizeof *coverage);
}

ScntestSuite *scntest_create(void)
{
    return calloc(1, sizeof(ScntestSuite));
}

int scntest_set_log_dir(ScntestSuite *suite, const char *dir, CoachError *err)
{
    char *copy = dir != NULL ? copy_string(dir) : NULL;
    if (dir != NULL && copy == NULL)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    free(suite->log_dir);
    suite->log_dir = copy;
    return 0;
}

void scntest_destroy(ScntestSuite *suite)
{
    if (suite == NULL)
        return;
    free(suite->log_dir);
    strlist_free(&suite->unloadable);
    for (size_t i = 0; i < suite->test_count; i++)
        test_free(&suite->tests[i]);
    for (size_t i = 0; i < suite->contrast_count; i++)
        contrast_free(&suite->contrasts[i]);
    for (size_t i = 0; i < suite->coverage_count; i++)
        coverage_free(&suite->coverage[i]);
    free(suite->tests);
    free(suite->contrasts);
    free(suite->coverage);
    free(suite);
}

size_t scntest_test_count(const ScntestSuite *suite)
{
    return suite == NULL ? 0 : suite->test_count;
}

size_t scntest_contrast_count(const ScntestSuite *suite)
{
    return suite == NULL ? 0 : suite->contrast_count;
}

static const ScntestTest *find_test(const ScntestSuite *suite, const char *name)
{
    for (size_t i = 0; i < suite->test_count; i++)
        if (strcmp(suite->tests[i].name, name) == 0)
            return &suite->tests[i];
    return NULL;
}

/* Score slot of a key ("discovery" ... "next_step", "overall"), or -1. */
static int score_slot(const char *key)
{
    for (int s = 0; s < RUB_SKILL_COUNT; s++)
        if (strcmp(key, rub_skill_name((RubSkill)s)) == 0)
            return s;
    return strcmp(key, "overall") == 0 ? SCORE_OVERALL : -1;
}

static const char *slot_name(int slot)
{
    return slot == SCORE_OVERALL ? "overall" : rub_skill_name((RubSkill)slot);
}

/* ---- the test file's sandbox ------------------------------------------------ */

/* What the test file's functions reach through sandbox_owner(). */
typedef struct TestFile {
    ScntestSuite *suite;
    const char *path; /* the test file */
    char *directory;  /* its directory, for scenario paths */
} TestFile;

/* ---- reading Lua tables into tests --------------------------------------- */

/* Message buffer for a malformed declaration. */
typedef struct Problem {
    char text[512];
} Problem;

static bool problem(Problem *p, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static bool problem(Problem *p, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(p->text, sizeof p->text, format, args);
    va_end(args);
    return false;
}

/* Every key of the table at index is a string in allowed. */
static bool check_keys(lua_State *L, int index, const char *const *allowed, const char *what,
                       Problem *p)
{
    index = lua_absindex(L, index);
    lua_pushnil(L);
    while (lua_next(L, index) != 0) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 1);
            return problem(p, "%s: unexpected non-string key (did you forget a key name?)", what);
        }
        const char *key = lua_tostring(L, -1);
        bool known = false;
        for (size_t i = 0; allowed[i] != NULL && !known; i++)
            known = strcmp(allowed[i], key) == 0;
        if (!known) {
            char list[256] = "";
            size_t used = 0;
            for (size_t i = 0; allowed[i] != NULL && used + 1 < sizeof list; i++) {
                int written = snprintf(list + used, sizeof list - used, "%s%s", i > 0 ? ", " : "",
                                       allowed[i]);
                if (written < 0)
                    break;
                used += (size_t)written;
            }
            bool ok = problem(p, "%s: unknown key \"%.60s\" (expected one of: %s)", what, key, list);
            lua_pop(L, 1);
            return ok;
        }
    }
    return true;
}

/* Reads t[key] as a string copy into *out (NULL when absent and optional). */
static bool read_string(lua_State *L, int index, const char *key, bool required, char **out,
                        const char *what, Problem *p)
{
    *out = NULL;
    int type = lua_getfield(L, index, key);
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return required ? problem(p, "%s: missing \"%s\"", what, key) : true;
    }
    if (type != LUA_TSTRING) {
        lua_pop(L, 1);
        return problem(p, "%s: \"%s\" must be a string, not a %s", what, key, lua_typename(L, type));
    }
    const char *text = lua_tostring(L, -1);
    if (required && text[0] == '\0') {
        lua_pop(L, 1);
        return problem(p, "%s: \"%s\" is empty", what, key);
    }
    *out = copy_string(text);
    lua_pop(L, 1);
    return *out != NULL ? true : problem(p, "out of memory");
}

/* Reads t[key] as a string or a list of strings. */
static bool read_list(lua_State *L, int index, const char *key, StrList *out, const char *what,
                      Problem *p)
{
    int type = lua_getfield(L, index, key);
    bool ok = true;
    if (type == LUA_TNIL) {
        /* absent: empty list */
    } else if (type == LUA_TSTRING) {
        ok = strlist_add_unique(out, lua_tostring(L, -1)) || problem(p, "out of memory");
    } else if (type == LUA_TTABLE) {
        lua_Integer length = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= length && ok; i++) {
            if (lua_geti(L, -1, i) != LUA_TSTRING)
                ok = problem(p, "%s: item %lld of \"%s\" must be a string", what, (long long)i, key);
            else
                ok = strlist_add_unique(out, lua_tostring(L, -1)) || problem(p, "out of memory");
            lua_pop(L, 1);
        }
    } else {
        ok = problem(p, "%s: \"%s\" must be a string or a list of strings", what, key);
    }
    lua_pop(L, 1);
    return ok;
}

/* Reads a list of label names into a set. */
static bool read_labels(lua_State *L, int index, const char *key, unsigned *out, const char *what,
                        Problem *p)
{
    StrList names = {0};
    bool ok = read_list(L, index, key, &names, what, p);
    *out = 0;
    for (size_t i = 0; ok && i < names.count; i++) {
        AnLabel label;
        if (!an_label_from_name(names.items[i], &label))
            ok = problem(p, "%s: \"%s\" is not a label (the labels: docs/labels.md)", what,
                         names.items[i]);
        else
            *out |= AN_BIT(label);
    }
    strlist_free(&names);
    return ok;
}

static bool read_say(lua_State *L, int index, ScntestTest *test, Problem *p)
{
    if (lua_getfield(L, index, "say") != LUA_TTABLE) {
        lua_pop(L, 1);
        return problem(p, "scenario_test \"%s\": \"say\" must be a list of lines", test->name);
    }
    lua_Integer length = luaL_len(L, -1);
    if (length > 10000) {
        lua_pop(L, 1);
        return problem(p, "scenario_test \"%s\": \"say\" has too many lines", test->name);
    }
    test->steps = calloc((size_t)length + 1, sizeof *test->steps);
    if (test->steps == NULL) {
        lua_pop(L, 1);
        return problem(p, "out of memory");
    }
    bool ok = true;
    for (lua_Integer i = 1; i <= length && ok; i++) {
        ScntestStep *step = &test->steps[test->step_count++];
        char what[160];
        snprintf(what, sizeof what, "scenario_test \"%.80s\": say line %lld", test->name, (long long)i);
        int type = lua_geti(L, -1, i);
        if (type == LUA_TSTRING) {
            step->text = copy_string(lua_tostring(L, -1));
            ok = step->text != NULL || problem(p, "out of memory");
        } else if (type == LUA_TTABLE) {
            static const char *const keys[] = {"choose", "labels", NULL};
            int item = lua_gettop(L);
            /* the line itself is t[1]; check the other keys by hand */
            lua_pushnil(L);
            while (ok && lua_next(L, item) != 0) {
                lua_pop(L, 1);
                if (lua_type(L, -1) == LUA_TNUMBER) {
                    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) != 1)
                        ok = problem(p, "%s: only one line of text per entry", what);
                } else if (lua_type(L, -1) == LUA_TSTRING) {
                    const char *key = lua_tostring(L, -1);
                    if (strcmp(key, keys[0]) != 0 && strcmp(key, keys[1]) != 0)
                        ok = problem(p, "%s: unknown key \"%.60s\" (expected the text, choose or "
                                        "labels)",
                                     what, key);
                } else {
                    ok = problem(p, "%s: unexpected key", what);
                }
                if (!ok)
                    lua_pop(L, 1);
            }
            if (ok && lua_geti(L, item, 1) == LUA_TSTRING) {
                step->text = copy_string(lua_tostring(L, -1));
                ok = step->text != NULL || problem(p, "out of memory");
            } else if (ok && lua_type(L, -1) != LUA_TNIL) {
                ok = problem(p, "%s: the line must be a string", what);
            }
            lua_pop(L, 1);
            if (ok)
                ok = read_string(L, item, "choose", false, &step->choose, what, p);
            if (ok && step->text != NULL && step->choose != NULL)
                ok = problem(p, "%s: give either a line of text or choose, not both", what);
            if (ok && step->text == NULL && step->choose == NULL)
                ok = problem(p, "%s: needs a line of text or choose = \"id\"", what);
            if (ok) {
                step->check_labels = lua_getfield(L, item, "labels") != LUA_TNIL;
                lua_pop(L, 1);
            }
            if (ok && step->check_labels)
                ok = read_labels(L, item, "labels", &step->labels, what, p);
        } else {
            ok = problem(p, "%s: must be a string or a table, not a %s", what, lua_typename(L, type));
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return ok;
}

static bool read_expect(lua_State *L, int index, ScntestTest *test, Problem *p)
{
    static const char *const keys[] = {"ending", "scores", "targets", "cues_picked", "nodes", NULL};
    char what[160];
    snprintf(what, sizeof what, "scenario_test \"%.80s\": expect", test->name);
    int type = lua_getfield(L, index, "expect");
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return true;
    }
    if (type != LUA_TTABLE) {
        lua_pop(L, 1);
        return problem(p, "%s must be a table", what);
    }
    int expect = lua_gettop(L);
    bool ok = check_keys(L, expect, keys, what, p) &&
              read_string(L, expect, "ending", false, &test->ending, what, p) &&
              read_list(L, expect, "targets", &test->targets, what, p) &&
              read_list(L, expect, "cues_picked", &test->cues, what, p) &&
              read_list(L, expect, "nodes", &test->nodes, what, p);
    if (ok) {
        type = lua_getfield(L, expect, "scores");
        if (type == LUA_TTABLE) {
            int scores = lua_gettop(L);
            lua_pushnil(L);
            while (ok && lua_next(L, scores) != 0) {
                int slot = lua_type(L, -2) == LUA_TSTRING ? score_slot(lua_tostring(L, -2)) : -1;
                if (slot < 0) {
                    ok = problem(p, "%s.scores: unknown skill (expected discovery, listening, "
                                    "benefits, next_step or overall)",
                                 what);
                } else if (lua_type(L, -1) != LUA_TTABLE || luaL_len(L, -1) != 2) {
                    ok = problem(p, "%s.scores.%s must be a range { low, high }", what, slot_name(slot));
                } else {
                    lua_geti(L, -1, 1);
                    lua_geti(L, -2, 2);
                    int low_ok, high_ok;
                    lua_Integer low = lua_tointegerx(L, -2, &low_ok);
                    lua_Integer high = lua_tointegerx(L, -1, &high_ok);
                    lua_pop(L, 2);
                    if (!low_ok || !high_ok || low < 0 || high > 100 || low > high)
                        ok = problem(p, "%s.scores.%s must be whole numbers 0 <= low <= high <= 100",
                                     what, slot_name(slot));
                    else
                        test->scores[slot] = (ScntestRange){true, (int)low, (int)high};
                }
                lua_pop(L, ok ? 1 : 2);
            }
        } else if (type != LUA_TNIL) {
            ok = problem(p, "%s.scores must be a table", what);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return ok;
}

/* Joins the test file's directory and a relative scenario path, resolved
 * when it exists. */
static char *resolve_scenario(const TestFile *file, const char *relative)
{
    size_t size = strlen(file->directory) + strlen(relative) + 2;
    char *joined = malloc(size);
    if (joined == NULL)
        return NULL;
    if (relative[0] == '/')
        snprintf(joined, size, "%s", relative);
    else
        snprintf(joined, size, "%s/%s", file->directory, relative);
    char *real = realpath(joined, NULL);
    if (real == NULL)
        return joined;
    free(joined);
    return real;
}

static int test_file_scenario_test(lua_State *L)
{
    static const char *const keys[] = {"name", "scenario", "seed", "say", "expect", NULL};
    TestFile *file = sandbox_owner(L);
    ScntestSuite *suite = file->suite;
    Problem p = {{0}};
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    if (!grow((void **)&suite->tests, &suite->test_capacity, suite->test_count, sizeof(ScntestTest)))
        return luaL_error(L, "out of memory");
    ScntestTest test;
    memset(&test, 0, sizeof test);
    test.line = sandbox_caller_line(L);
    char *relative = NULL;
    bool ok = check_keys(L, 1, keys, "scenario_test", &p) &&
              read_string(L, 1, "name", true, &test.name, "scenario_test", &p);
    if (ok && find_test(suite, test.name) != NULL) {
        const ScntestTest *first = find_test(suite, test.name);
        ok = problem(&p, "scenario_test \"%.80s\": the name is already used at %.200s:%d", test.name,
                     first->file, first->line);
    }
    char what[160];
    snprintf(what, sizeof what, "scenario_test \"%.80s\"", test.name != NULL ? test.name : "");
    if (ok)
        ok = read_string(L, 1, "scenario", true, &relative, what, &p);
    if (ok) {
        int type = lua_getfield(L, 1, "seed");
        if (type != LUA_TNIL) {
            int is_integer;
            lua_Integer seed = lua_tointegerx(L, -1, &is_integer);
            if (!is_integer || seed < 0)
                ok = problem(&p, "%s: \"seed\" must be a whole number >= 0", what);
            test.has_seed = true;
            test.seed = (uint64_t)seed;
        }
        lua_pop(L, 1);
    }
    if (ok)
        ok = read_say(L, 1, &test, &p) && read_expect(L, 1, &test, &p);
    if (ok) {
        test.file = copy_string(file->path);
        test.scenario = resolve_scenario(file, relative);
        if (test.file == NULL || test.scenario == NULL)
            ok = problem(&p, "out of memory");
    }
    free(relative);
    if (!ok) {
        test_free(&test);
        return luaL_error(L, "%s", p.text);
    }
    suite->tests[suite->test_count++] = test;
    return 0;
}

static int test_file_contrast(lua_State *L)
{
    static const char *const keys[] = {"better", "worse", "skills", NULL};
    TestFile *file = sandbox_owner(L);
    ScntestSuite *suite = file->suite;
    Problem p = {{0}};
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    if (!grow((void **)&suite->contrasts, &suite->contrast_capacity, suite->contrast_count,
              sizeof(ScntestContrast)))
        return luaL_error(L, "out of memory");
    ScntestContrast contrast;
    memset(&contrast, 0, sizeof contrast);
    contrast.line = sandbox_caller_line(L);
    StrList skills = {0};
    bool ok = check_keys(L, 1, keys, "contrast", &p) &&
              read_string(L, 1, "better", true, &contrast.better, "contrast", &p) &&
              read_string(L, 1, "worse", true, &contrast.worse, "contrast", &p) &&
              read_list(L, 1, "skills", &skills, "contrast", &p);
    if (ok && skills.count == 0)
        ok = problem(&p, "contrast: \"skills\" lists no skill");
    for (size_t i = 0; ok && i < skills.count; i++) {
        int slot = score_slot(skills.items[i]);
        if (slot < 0)
            ok = problem(&p, "contrast: \"%.60s\" is not a skill (expected discovery, listening, "
                             "benefits, next_step or overall)",
                         skills.items[i]);
        else
            contrast.skills[slot] = true;
    }
    if (ok && strcmp(contrast.better, contrast.worse) == 0)
        ok = problem(&p, "contrast: \"better\" and \"worse\" name the same test");
    strlist_free(&skills);
    if (ok) {
        contrast.file = copy_string(file->path);
        if (contrast.file == NULL)
            ok = problem(&p, "out of memory");
    }
    if (!ok) {
        contrast_free(&contrast);
        return luaL_error(L, "%s", p.text);
    }
    suite->contrasts[suite->contrast_count++] = contrast;
    return 0;
}

/* Adds scenario_test and contrast to the sandbox's globals. */
static int test_file_open_api(lua_State *L)
{
    lua_register(L, "scenario_test", test_file_scenario_test);
    lua_register(L, "contrast", test_file_contrast);
    return 0;
}

static char *read_file(const char *path, size_t *length, CoachError *err)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        err_set(err, COACH_EIO, path, 0, "cannot open the test file: %s", strerror(errno));
        return NULL;
    }
    char *text = NULL;
    if (fseek(file, 0, SEEK_END) != 0)
        goto fail_read;
    long size = ftell(file);
    if (size < 0 || fseek(file, 0, SEEK_SET) != 0)
        goto fail_read;
    if (size > test_file_max_bytes) {
        err_set(err, COACH_EPARSE, path, 0, "the test file is too large (%ld bytes, at most %ld)", size,
                test_file_max_bytes);
        goto close_file;
    }
    text = malloc((size_t)size + 1);
    if (text == NULL) {
        err_set(err, COACH_ENOMEM, path, 0, "out of memory");
        goto close_file;
    }
    if (fread(text, 1, (size_t)size, file) != (size_t)size) {
        free(text);
        text = NULL;
        goto fail_read;
    }
    text[size] = '\0';
    *length = (size_t)size;
    fclose(file);
    return text;
fail_read:
    err_set(err, COACH_EIO, path, 0, "cannot read the test file (is it a directory?)");
close_file:
    fclose(file);
    return NULL;
}

int scntest_load(ScntestSuite *suite, const char *path, CoachError *err)
{
    if (suite == NULL || path == NULL)
        return err_set(err, COACH_EUSAGE, path, 0, "no suite or path");
    size_t tests_before = suite->test_count, contrasts_before = suite->contrast_count;
    size_t length = 0;
    int result = 0;
    char *text = read_file(path, &length, err);
    if (text == NULL)
        return err != NULL && err->code != 0 ? err->code : COACH_EIO;

    TestFile file = {.suite = suite, .path = path};
    file.directory = copy_string(path);
    if (file.directory == NULL) {
        result = err_set(err, COACH_ENOMEM, path, 0, "out of memory");
        goto free_text;
    }
    char *slash = strrchr(file.directory, '/');
    if (slash == NULL)
        snprintf(file.directory, strlen(file.directory) + 1, ".");
    else if (slash == file.directory)
        slash[1] = '\0';
    else
        *slash = '\0';

    SandboxConfig config = {.path = path,
                            .what = "test file",
                            .memory_bytes = sandbox_memory_bytes,
                            .instructions_per_call = sandbox_instruction_budget,
                            .owner = &file};
    Sandbox *sandbox = sandbox_create(&config, err);
    if (sandbox == NULL) {
        result = err != NULL && err->code != 0 ? err->code : COACH_ENOMEM;
        goto free_directory;
    }
    result = sandbox_call(sandbox, test_file_open_api, NULL, err);
    if (result == 0)
        result = sandbox_load(sandbox, text, length, err);
    if (result == 0)
        result = sandbox_pcall(sandbox, 0, 0, err);
    sandbox_destroy(sandbox);

    /* every contrast of this file must name known tests */
    for (size_t i = contrasts_before; result == 0 && i < suite->contrast_count; i++) {
        const ScntestContrast *contrast = &suite->contrasts[i];
        const char *names[2] = {contrast->better, contrast->worse};
        for (int n = 0; n < 2 && result == 0; n++)
            if (find_test(suite, names[n]) == NULL)
                result = err_set(err, COACH_EPARSE, path, contrast->line,
                                 "contrast: no scenario_test named \"%.200s\"", names[n]);
    }
    if (result == 0 && suite->test_count == tests_before && suite->contrast_count == contrasts_before)
        result = err_set(err, COACH_EPARSE, path, 0,
                         "no scenario_test or contrast in this file");
    if (result != 0) {
        while (suite->test_count > tests_before)
            test_free(&suite->tests[--suite->test_count]);
        while (suite->contrast_count > contrasts_before)
            contrast_free(&suite->contrasts[--suite->contrast_count]);
    }
free_directory:
    free(file.directory);
free_text:
    free(text);
    return result;
}

/* ---- coverage -------------------------------------------------------------- */

/* The coverage entry of a loaded scenario (made from its static view on
 * first use), or NULL on OOM. */
static Coverage *coverage_for(ScntestSuite *suite, const Scenario *scenario, const char *path)
{
    const ScnInfo *info = scn_info(scenario);
    const char *id = info != NULL && info->id != NULL ? info->id : path;
    for (size_t i = 0; i < suite->coverage_count; i++)
        if (strcmp(suite->coverage[i].id, id) == 0)
            return &suite->coverage[i];
    if (!grow((void **)&suite->coverage, &suite->coverage_capacity, suite->coverage_count,
              sizeof(Coverage)))
        return NULL;
    Coverage coverage;
    memset(&coverage, 0, sizeof coverage);
    size_t nodes = scn_node_count(scenario);
    coverage.path = copy_string(path);
    coverage.id = copy_string(id);
    coverage.nodes = calloc(nodes + 1, sizeof *coverage.nodes);
    coverage.outcomes = calloc(nodes + 1, sizeof *coverage.outcomes);
    coverage.visited = calloc(nodes + 1, sizeof *coverage.visited);
    StrList cues = {0};
    bool ok = coverage.path != NULL && coverage.id != NULL && coverage.nodes != NULL &&
              coverage.outcomes != NULL && coverage.visited != NULL;
    for (size_t i = 0; ok && i < nodes; i++) {
        const ScnNode *node = scn_node(scenario, i);
        coverage.nodes[i] = copy_string(node->id);
        ok = coverage.nodes[i] != NULL;
        coverage.node_count++;
        if (ok && node->is_ending) {
            coverage.outcomes[i] = copy_string(node->outcome != NULL ? node->outcome : node->id);
            ok = coverage.outcomes[i] != NULL;
        }
        for (size_t c = 0; ok && c < node->cue_count; c++)
            ok = strlist_add_unique(&cues, node->cue_ids[c]);
    }
    if (ok) {
        coverage.cues = cues.items;
        coverage.cue_count = cues.count;
        cues.items = NULL;
        cues.count = 0;
        coverage.cue_picked = calloc(coverage.cue_count + 1, sizeof *coverage.cue_picked);
        ok = coverage.cue_picked != NULL;
    }
    strlist_free(&cues);
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
            coverage.routes[coverage.route_count] = copy_string(edge->id);
            coverage.route_option[coverage.route_count] = edge->kind == SCN_ROUTE_CHOICE;
            ok = coverage.routes[coverage.route_count++] != NULL;
        }
    }
    if (!ok) {
        coverage_free(&coverage);
        return NULL;
    }
    suite->coverage[suite->coverage_count] = coverage;
    return &suite->coverage[suite->coverage_count++];
}

static void coverage_mark(Coverage *coverage, const StrList *nodes, const StrList *cues,
                          const StrList *routes)
{
    for (size_t i = 0; i < coverage->route_count; i++)
        if (strlist_has(routes, coverage->routes[i]))
            coverage->route_taken[i] = true;
    for (size_t i = 0; i < coverage->node_count; i++)
        if (strlist_has(nodes, coverage->nodes[i]))
            coverage->visited[i] = true;
    for (size_t i = 0; i < coverage->cue_count; i++)
        if (strlist_has(cues, coverage->cues[i]))
            coverage->cue_picked[i] = true;
}

/* ---- running ------------------------------------------------------------- */

typedef struct Run {
    ScntestTest *test;
    FILE *out;
    int failures;
    int turn;           /* say entries done (1-based count) */
    const char *said;   /* the last say entry, for messages */
    char where[QUOTE_CHARS + 64];
} Run;

/* Quotes the last line said (cut) as "after turn N: \"...\"". */
static const char *run_where(Run *run)
{
    if (run->turn == 0 || run->said == NULL) {
        snprintf(run->where, sizeof run->where, "before the first turn");
        return run->where;
    }
    char quote[QUOTE_CHARS + 4];
    size_t length = strlen(run->said), cut = length;
    if (cut > QUOTE_CHARS) {
        cut = QUOTE_CHARS;
        while (cut > 0 && ((unsigned char)run->said[cut] & 0xC0) == 0x80)
            cut--; /* do not split a UTF-8 sequence */
    }
    memcpy(quote, run->said, cut);
    snprintf(quote + cut, sizeof quote - cut, "%s", cut < length ? "..." : "");
    snprintf(run->where, sizeof run->where, "after turn %d: \"%s\"", run->turn, quote);
    return run->where;
}

static void run_fail(Run *run, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void run_fail(Run *run, const char *format, ...)
{
    fprintf(run->out, "%s:%d: test \"%s\": ", run->test->file, run->test->line, run->test->name);
    va_list args;
    va_start(args, format);
    vfprintf(run->out, format, args);
    va_end(args);
    fputc('\n', run->out);
    run->failures++;
}

static void labels_text(unsigned labels, char *buffer, size_t size)
{
    size_t used = 0;
    buffer[0] = '\0';
    for (int l = 0; l < AN_LABEL_COUNT && used + 1 < size; l++) {
        if ((labels & AN_BIT(l)) == 0)
            continue;
        int written = snprintf(buffer + used, size - used, "%s%s", used > 0 ? ", " : "",
                               an_label_name((AnLabel)l));
        if (written < 0)
            break;
        used += (size_t)written;
    }
    if (used == 0)
        snprintf(buffer, size, "none");
}

/* The node the session is at now (the last prospect turn's node). */
static const char *current_node(const Session *session)
{
    for (size_t i = ses_turn_count(session); i-- > 0;) {
        const SesTurn *turn = ses_turn(session, i);
        if (!turn->trainee && turn->node != NULL)
            return turn->node;
    }
    return "?";
}

/* Picks the option whose id is choose ("b" or "node.b"); -1 if none. */
static long find_choice(const Session *session, const char *choose)
{
    size_t count = ses_choice_count(session);
    for (size_t i = 0; i < count; i++) {
        const ScnChoice *choice = ses_choice(session, i);
        if (choice == NULL || choice->id == NULL)
            continue;
        const char *dot = strrchr(choice->id, '.');
        const char *short_id = dot != NULL ? dot + 1 : choice->id;
        if (strcmp(choice->id, choose) == 0 || strcmp(short_id, choose) == 0)
            return (long)i;
    }
    return -1;
}

static void choice_ids(const Session *session, char *buffer, size_t size)
{
    size_t used = 0;
    buffer[0] = '\0';
    for (size_t i = 0; i < ses_choice_count(session) && used + 1 < size; i++) {
        const ScnChoice *choice = ses_choice(session, i);
        const char *id = choice != NULL && choice->id != NULL ? choice->id : "?";
        const char *dot = strrchr(id, '.');
        int written = snprintf(buffer + used, size - used, "%s%s", i > 0 ? ", " : "",
                               dot != NULL ? dot + 1 : id);
        if (written < 0)
            break;
        used += (size_t)written;
    }
    if (used == 0)
        snprintf(buffer, size, "none");
}

/* Says the transcript; false when it could not go on. */
static bool run_transcript(Run *run, Session *session)
{
    ScntestTest *test = run->test;
    for (size_t s = 0; s < test->step_count; s++) {
        const ScntestStep *step = &test->steps[s];
        SesState state = ses_state(session);
        if (state == SES_ENDED) {
            run_fail(run,
                     "the call ended (%s) at node %s (%s), but %zu more line%s %s left to say",
                     ses_ending(session) != NULL ? ses_ending(session) : "?", current_node(session),
                     run_where(run), test->step_count - s, test->step_count - s == 1 ? "" : "s",
                     test->step_count - s == 1 ? "was" : "were");
            return false;
        }
        if (state != SES_AWAIT_TEXT && state != SES_AWAIT_CHOICE) {
            run_fail(run, "the session cannot take a line (state %d) (%s)", (int)state, run_where(run));
            return false;
        }
        CoachError err;
        err_clear(&err);
        int status;
        size_t turns_before = ses_turn_count(session);
        if (step->choose != NULL) {
            if (state != SES_AWAIT_CHOICE) {
                run_fail(run, "turn %zu: node %s takes a typed line, not a choice (choose = \"%s\") (%s)",
                         s + 1, current_node(session), step->choose, run_where(run));
                return false;
            }
            long index = find_choice(session, step->choose);
            if (index < 0) {
                char ids[300];
                choice_ids(session, ids, sizeof ids);
                run_fail(run, "turn %zu: node %s has no option \"%s\" (options: %s) (%s)", s + 1,
                         current_node(session), step->choose, ids, run_where(run));
                return false;
            }
            status = ses_answer_choice(session, (size_t)index, &err);
        } else {
            if (state == SES_AWAIT_CHOICE && !ses_accepts_text(session)) {
                char ids[300];
                choice_ids(session, ids, sizeof ids);
                run_fail(run, "turn %zu: node %s only offers choices (%s); use { choose = \"id\" } (%s)",
                         s + 1, current_node(session), ids, run_where(run));
                return false;
            }
            status = ses_answer_text(session, step->text, strlen(step->text), &err);
        }
        run->turn = (int)s + 1;
        if (step->text != NULL)
            run->said = step->text;
        else {
            /* the text of the option picked, as logged */
            for (size_t i = ses_turn_count(session); i-- > turns_before;) {
                const SesTurn *turn = ses_turn(session, i);
                if (turn->trainee && turn->text != NULL) {
                    run->said = turn->text;
                    break;
                }
            }
        }
        if (status != 0 || ses_state(session) == SES_FAILED) {
            char text[1400];
            const CoachError *failure = status != 0 ? &err : ses_error(session);
            err_format(failure, text, sizeof text);
            run_fail(run, "the scenario failed: %s (%s)", text, run_where(run));
            return false;
        }
        if (step->check_labels) {
            const SesTurn *said = NULL;
            for (size_t i = ses_turn_count(session); i-- > turns_before;) {
                const SesTurn *turn = ses_turn(session, i);
                if (turn->trainee) {
                    said = turn;
                    break;
                }
            }
            unsigned got = said != NULL && said->rubric != NULL ? said->rubric->analysis.labels : 0;
            if ((got & step->labels) != step->labels) {
                char want[300], have[300];
                labels_text(step->labels, want, sizeof want);
                labels_text(got, have, sizeof have);
                run_fail(run, "expected labels %s on turn %zu, got %s (%s)", want, s + 1, have,
                         run_where(run));
            }
        }
    }
    return true;
}

/* Collects the nodes visited, the targets uncovered and the cues picked. */
static bool collect(const Session *session, StrList *nodes, StrList *targets, StrList *cues,
                    StrList *routes)
{
    bool ok = true;
    for (size_t i = 0; ok && i < ses_turn_count(session); i++) {
        const SesTurn *turn = ses_turn(session, i);
        if (turn->node != NULL)
            ok = strlist_add_unique(nodes, turn->node);
        if (ok && turn->trainee && turn->route_id != NULL)
            ok = strlist_add_unique(routes, turn->route_id);
        const RubTurn *rubric = turn->rubric;
        if (rubric == NULL)
            continue;
        for (size_t r = 0; ok && !turn->trainee && r < rubric->revealed_count && r < RUB_MAX_TARGETS; r++)
            ok = strlist_add_unique(targets, rubric->revealed[r]);
        for (size_t c = 0; ok && turn->trainee && c < rubric->picked_cue_count && c < RUB_MAX_CUES; c++)
            ok = strlist_add_unique(cues, rubric->picked_cues[c]);
    }
    return ok;
}

static void check_expectations(Run *run, const Session *session, const StrList *nodes,
                               const StrList *targets, const StrList *cues)
{
    ScntestTest *test = run->test;
    char list[600];
    if (test->ending != NULL) {
        if (!test->ended)
            run_fail(run, "expected ending %s, got no ending: the call is still at node %s (%s)",
                     test->ending, current_node(session), run_where(run));
        else if (strcmp(test->ending, test->outcome != NULL ? test->outcome : "") != 0)
            run_fail(run, "expected ending %s, got %s at node %s (%s)", test->ending,
                     test->outcome != NULL ? test->outcome : "?", current_node(session),
                     run_where(run));
    }
    for (int slot = 0; slot < SCORE_SLOTS; slot++) {
        const ScntestRange *range = &test->scores[slot];
        if (range->set && (test->got[slot] < range->low || test->got[slot] > range->high))
            run_fail(run, "expected %s score in %d-%d, got %d (%s)", slot_name(slot), range->low,
                     range->high, test->got[slot], run_where(run));
    }
    const struct {
        const StrList *want, *got;
        const char *what, *verb;
    } sets[] = {{&test->targets, targets, "target", "uncovered"},
                {&test->cues, cues, "cue", "picked up"},
                {&test->nodes, nodes, "node", "visited"}};
    for (size_t k = 0; k < sizeof sets / sizeof sets[0]; k++) {
        for (size_t i = 0; i < sets[k].want->count; i++) {
            if (strlist_has(sets[k].got, sets[k].want->items[i]))
                continue;
            strlist_join(sets[k].got, list, sizeof list);
            run_fail(run, "expected %s %s %s, but it was not (%s: %s)", sets[k].what,
                     sets[k].want->items[i], sets[k].verb, sets[k].verb, list);
        }
    }
}

/* Runs one test; returns false when its scenario could not be loaded or
 * started (unreadable input). */
static bool run_test(ScntestSuite *suite, ScntestTest *test, const Analyzer *analyzer, FILE *out)
{
    Run run = {.test = test, .out = out};
    CoachError err;
    err_clear(&err);
    char text[1400];
    bool readable = true;
    test->ran = true;
    test->passed = false;

    if (strlist_has(&suite->unloadable, test->scenario)) {
        run_fail(&run, "cannot load the scenario %s (the error is above)", test->scenario);
        return false;
    }
    Scenario *scenario = scn_load(test->scenario, NULL, &err);
    if (scenario == NULL) {
        err_format(&err, text, sizeof text);
        run_fail(&run, "cannot load the scenario: %s", text);
        strlist_add_unique(&suite->unloadable, test->scenario);
        return false;
    }
    Coverage *coverage = coverage_for(suite, scenario, test->scenario);
    SesSettings settings = {.trainee = "scenario test",
                            .log_dir = suite->log_dir,
                            .no_log = suite->log_dir == NULL,
                            .has_seed = test->has_seed,
                            .seed = test->seed};
    SesOptions options;
    ses_settings_options(&settings, NULL, &options);
    Session *session = ses_create(scenario, analyzer, &options, &err); /* owns scenario */
    if (session == NULL) {
        err_format(&err, text, sizeof text);
        run_fail(&run, "cannot create a session: %s", text);
        return false;
    }
    if (ses_start(session, &err) != 0) {
        err_format(&err, text, sizeof text);
        run_fail(&run, "cannot start the scenario: %s", text);
        readable = false;
        goto destroy_session;
    }
    test->loaded = true;
    bool complete = run_transcript(&run, session);
    test->ended = ses_state(session) == SES_ENDED;
    if (test->ended) {
        test->success = ses_ending_success(session);
        test->outcome = copy_string(ses_ending(session));
    }
    const RubScores *scores = ses_scores(session);
    for (int s = 0; s < RUB_SKILL_COUNT; s++)
        test->got[s] = rub_skill_score(scores, (RubSkill)s);
    test->got[SCORE_OVERALL] = rub_overall(scores);

    StrList nodes = {0}, targets = {0}, cues = {0}, routes = {0};
    if (!collect(session, &nodes, &targets, &cues, &routes))
        run_fail(&run, "out of memory");
    if (coverage != NULL)
        coverage_mark(coverage, &nodes, &cues, &routes);
    strlist_free(&routes);
    if (complete)
        check_expectations(&run, session, &nodes, &targets, &cues);
    strlist_free(&nodes);
    strlist_free(&targets);
    strlist_free(&cues);
    test->passed = run.failures == 0;
destroy_session:
    ses_destroy(session);
    return readable;
}

/* success 2, failure 1, no ending 0 */
static int ending_rank(const ScntestTest *test)
{
    return !test->ended ? 0 : test->success ? 2 : 1;
}

static bool run_contrast(const ScntestSuite *suite, const ScntestContrast *contrast, FILE *out)
{
    const ScntestTest *better = find_test(suite, contrast->better);
    const ScntestTest *worse = find_test(suite, contrast->worse);
    bool ok = true;
    if (better == NULL || worse == NULL || !better->ran || !worse->ran) {
        fprintf(out, "%s:%d: contrast \"%s\" > \"%s\": a test did not run\n", contrast->file,
                contrast->line, contrast->better, contrast->worse);
        return false;
    }
    if (!better->loaded || !worse->loaded) {
        /* no scores to compare: saying which is higher would mislead */
        fprintf(out, "%s:%d: contrast \"%s\" > \"%s\": not compared: test \"%s\" could not start its "
                     "scenario\n", contrast->file, contrast->line, contrast->better, contrast->worse,
                !better->loaded ? better->name : worse->name);
        return false;
    }
    for (int slot = 0; slot < SCORE_SLOTS; slot++) {
        if (!contrast->skills[slot] || better->got[slot] > worse->got[slot])
            continue;
        fprintf(out, "%s:%d: contrast \"%s\" > \"%s\": expected %s higher, got %d vs %d\n",
                contrast->file, contrast->line, contrast->better, contrast->worse, slot_name(slot),
                better->got[slot], worse->got[slot]);
        ok = false;
    }
    if (ending_rank(better) < ending_rank(worse)) {
        fprintf(out, "%s:%d: contrast \"%s\" > \"%s\": the better test's ending (%s) is worse than "
                     "the other's (%s)\n",
                contrast->file, contrast->line, contrast->better, contrast->worse,
                better->outcome != NULL ? better->outcome : "none",
                worse->outcome != NULL ? worse->outcome : "none");
        ok = false;
    }
    return ok;
}

int scntest_run(ScntestSuite *suite, const Analyzer *analyzer, FILE *out, ScntestSummary *summary)
{
    ScntestSummary local;
    if (summary == NULL)
        summary = &local;
    memset(summary, 0, sizeof *summary);
    if (suite == NULL || out == NULL)
        return 1;
    for (size_t i = 0; i < suite->test_count; i++) {
        ScntestTest *test = &suite->tests[i];
        bool readable = run_test(suite, test, analyzer, out);
        summary->tests++;
        if (!readable)
            summary->unreadable++;
        if (!test->passed)
            summary->tests_failed++;
        fprintf(out, "%s  %s\n", test->passed ? "ok  " : "FAIL", test->name);
    }
    for (size_t i = 0; i < suite->contrast_count; i++) {
        const ScntestContrast *contrast = &suite->contrasts[i];
        bool passed = run_contrast(suite, contrast, out);
        summary->contrasts++;
        if (!passed)
            summary->contrasts_failed++;
        fprintf(out, "%s  contrast \"%s\" > \"%s\"\n", passed ? "ok  " : "FAIL", contrast->better,
                contrast->worse);
    }
    fprintf(out, "%d test%s, %d failed; %d contrast%s, %d failed\n", summary->tests,
            summary->tests == 1 ? "" : "s", summary->tests_failed, summary->contrasts,
            summary->contrasts == 1 ? "" : "s", summary->contrasts_failed);
    return summary->tests_failed == 0 && summary->contrasts_failed == 0 ? 0 : 1;
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
