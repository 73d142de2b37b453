/* scntest_read: loads a scenario test file in the one sandbox (sandbox.h)
 * and turns its scenario_test{} and contrast{} declarations into tests,
 * with the file and line of anything malformed. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "scntest.h"

#include <errno.h>
#include <lauxlib.h>
#include <limits.h>
#include <lua.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox.h"

#include "scntest_internal.h"

/* Limits of the test-file sandbox. */
static const size_t sandbox_memory_bytes = 32u << 20;
static const long sandbox_instruction_budget = 20000000;
static const long test_file_max_bytes = 4L << 20;

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
    *out = scntest_copy_string(text);
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
        ok = scntest_strlist_add_unique(out, lua_tostring(L, -1)) || problem(p, "out of memory");
    } else if (type == LUA_TTABLE) {
        lua_Integer length = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= length && ok; i++) {
            if (lua_geti(L, -1, i) != LUA_TSTRING)
                ok = problem(p, "%s: item %lld of \"%s\" must be a string", what, (long long)i, key);
            else
                ok = scntest_strlist_add_unique(out, lua_tostring(L, -1)) || problem(p, "out of memory");
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
    scntest_strlist_free(&names);
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
            step->text = scntest_copy_string(lua_tostring(L, -1));
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
                step->text = scntest_copy_string(lua_tostring(L, -1));
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
                int slot = lua_type(L, -2) == LUA_TSTRING ? scntest_score_slot(lua_tostring(L, -2)) : -1;
                if (slot < 0) {
                    ok = problem(p, "%s.scores: unknown skill (expected discovery, listening, "
                                    "benefits, next_step or overall)",
                                 what);
                } else if (lua_type(L, -1) != LUA_TTABLE || luaL_len(L, -1) != 2) {
                    ok = problem(p, "%s.scores.%s must be a range { low, high }", what, scntest_slot_name(slot));
                } else {
                    lua_geti(L, -1, 1);
                    lua_geti(L, -2, 2);
                    int low_ok, high_ok;
                    lua_Integer low = lua_tointegerx(L, -2, &low_ok);
                    lua_Integer high = lua_tointegerx(L, -1, &high_ok);
                    lua_pop(L, 2);
                    if (!low_ok || !high_ok || low < 0 || high > 100 || low > high)
                        ok = problem(p, "%s.scores.%s must be whole numbers 0 <= low <= high <= 100",
                                     what, scntest_slot_name(slot));
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
    if (!scntest_grow((void **)&suite->tests, &suite->test_capacity, suite->test_count, sizeof(ScntestTest)))
        return luaL_error(L, "out of memory");
    ScntestTest test;
    memset(&test, 0, sizeof test);
    test.line = sandbox_caller_line(L);
    char *relative = NULL;
    bool ok = check_keys(L, 1, keys, "scenario_test", &p) &&
              read_string(L, 1, "name", true, &test.name, "scenario_test", &p);
    if (ok && scntest_find_test(suite, test.name) != NULL) {
        const ScntestTest *first = scntest_find_test(suite, test.name);
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
        test.file = scntest_copy_string(file->path);
        test.scenario = resolve_scenario(file, relative);
        if (test.file == NULL || test.scenario == NULL)
            ok = problem(&p, "out of memory");
    }
    free(relative);
    if (!ok) {
        scntest_test_free(&test);
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
    if (!scntest_grow((void **)&suite->contrasts, &suite->contrast_capacity, suite->contrast_count,
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
        int slot = scntest_score_slot(skills.items[i]);
        if (slot < 0)
            ok = problem(&p, "contrast: \"%.60s\" is not a skill (expected discovery, listening, "
                             "benefits, next_step or overall)",
                         skills.items[i]);
        else
            contrast.skills[slot] = true;
    }
    if (ok && strcmp(contrast.better, contrast.worse) == 0)
        ok = problem(&p, "contrast: \"better\" and \"worse\" name the same test");
    scntest_strlist_free(&skills);
    if (ok) {
        contrast.file = scntest_copy_string(file->path);
        if (contrast.file == NULL)
            ok = problem(&p, "out of memory");
    }
    if (!ok) {
        scntest_contrast_free(&contrast);
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
    file.directory = scntest_copy_string(path);
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
            if (scntest_find_test(suite, names[n]) == NULL)
                result = err_set(err, COACH_EPARSE, path, contrast->line,
                                 "contrast: no scenario_test named \"%.200s\"", names[n]);
    }
    if (result == 0 && suite->test_count == tests_before && suite->contrast_count == contrasts_before)
        result = err_set(err, COACH_EPARSE, path, 0,
                         "no scenario_test or contrast in this file");
    if (result != 0) {
        while (suite->test_count > tests_before)
            scntest_test_free(&suite->tests[--suite->test_count]);
        while (suite->contrast_count > contrasts_before)
            scntest_contrast_free(&suite->contrasts[--suite->contrast_count]);
    }
free_directory:
    free(file.directory);
free_text:
    free(text);
    return result;
}
