/* Tests of the one Lua sandbox (sandbox.c, sandbox_match.c): its pattern
 * matcher against Lua's own on generated patterns, and the same hostile
 * snippets through each of its three users: scenarios (at load and during
 * play), scenario test files and the lexicon. */
#include <lauxlib.h>
#include <lualib.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "lexicon.h"
#include "sandbox.h"
#include "scenario.h"
#include "scntest.h"

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static const char *write_file(const char *name, const char *text)
{
    static char path[256];
    snprintf(path, sizeof path, "/tmp/coach-sandbox-test-%ld-%s", (long)getpid(), name);
    FILE *file = fopen(path, "wb");
    REQUIRE(file != NULL);
    fputs(text, file);
    fclose(file);
    return path;
}

/* --- the matcher agrees with Lua's --------------------------------------------- */

/* The same probe in both states: every pattern function on (s, p, init), each
 * result written out, an error written as "error" (the messages differ). */
static const char *const probe_source =
    "local function show(ok, ...)\n"
    "  if not ok then return 'error' end\n"
    "  local t = table.pack(...)\n"
    "  local out = {}\n"
    "  for i = 1, t.n do out[#out + 1] = type(t[i]) .. ':' .. tostring(t[i]) end\n"
    "  return table.concat(out, ',')\n"
    "end\n"
    "local function all(...) local t = table.pack(...) for i = 1, t.n do t[i] = tostring(t[i]) end\n"
    "  return '[' .. table.concat(t, '|') .. ']' end\n"
    "return function(s, p, init)\n"
    "  local parts = {\n"
    "    show(pcall(string.find, s, p, init)),\n"
    "    show(pcall(string.match, s, p, init)),\n"
    "    show(pcall(string.gsub, s, p, '<%0>')),\n"
    "    show(pcall(string.gsub, s, p, '%1', 2)),\n"
    "    show(pcall(string.gsub, s, p, all)),\n"
    "    show(pcall(string.gsub, s, p, { a = 'A', [''] = 'E' })),\n"
    "    show(pcall(function()\n"
    "      local r = {}\n"
    "      for a, b in string.gmatch(s, p, init) do r[#r + 1] = tostring(a) .. '/' .. tostring(b) end\n"
    "      return table.concat(r, ';')\n"
    "    end)),\n"
    "  }\n"
    "  return table.concat(parts, '\\n')\n"
    "end\n";

static uint64_t generator = 0x2545f4914f6cdd1dULL;

static unsigned next_random(unsigned below)
{
    generator ^= generator << 13;
    generator ^= generator >> 7;
    generator ^= generator << 17;
    return (unsigned)(generator % below);
}

static void random_pattern(char *out, size_t size)
{
    static const char *const pieces[] = {
        "a", "b", "c", ".", "%a", "%d", "%s", "%A", "%W", "[ab]", "[^a]", "[a-c]", "[%a_]", "[]a]",
        "[^]]", "(", ")", "()", "*", "+", "-", "?", "^", "$", "%b()", "%f[%w]", "%f[%W]", "%1",
        "%2", "%", "[", "]", "%.", "x", "%z", "%%", "[a-]", "1", " ", "%x", "%p",
    };
    size_t count = 1 + next_random(7), used = 0;
    out[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        const char *piece = pieces[next_random(sizeof pieces / sizeof pieces[0])];
        used += (size_t)snprintf(out + used, size - used, "%s", piece);
        if (used >= size)
            break;
    }
}

static void random_subject(char *out, size_t size)
{
    static const char alphabet[] = "aabbc() .1_x%]";
    size_t length = next_random(11);
    if (length >= size)
        length = size - 1;
    for (size_t i = 0; i < length; i++)
        out[i] = alphabet[next_random(sizeof alphabet - 1)];
    out[length] = '\0';
}

/* Calls the probe function at the top of L's stack (kept) on s, p, init. */
static const char *probe(lua_State *L, Sandbox *sandbox, const char *s, const char *p, int init,
                         char *out, size_t size)
{
    lua_pushvalue(L, -1);
    lua_pushstring(L, s);
    lua_pushstring(L, p);
    if (init == 0)
        lua_pushnil(L);
    else
        lua_pushinteger(L, init);
    if (sandbox != NULL) {
        CoachError err;
        REQUIRE(sandbox_pcall(sandbox, 3, 1, &err) == COACH_OK);
    } else {
        REQUIRE(lua_pcall(L, 3, 1, 0) == LUA_OK);
    }
    snprintf(out, size, "%s", lua_tostring(L, -1));
    lua_pop(L, 1);
    return out;
}

/* Lua with its own libraries, and a sandbox, each with the probe function
 * on top of its stack. */
static Sandbox *open_probes(lua_State **lua)
{
    *lua = luaL_newstate();
    luaL_openlibs(*lua);
    REQUIRE(luaL_loadstring(*lua, probe_source) == LUA_OK && lua_pcall(*lua, 0, 1, 0) == LUA_OK);
    CoachError err;
    SandboxConfig config = {.path = "probe.lua", .what = "probe", .memory_bytes = 64u << 20,
                            .instructions_per_call = 10000000};
    Sandbox *sandbox = sandbox_create(&config, &err);
    REQUIRE(sandbox != NULL);
    REQUIRE(sandbox_load(sandbox, probe_source, strlen(probe_source), &err) == COACH_OK);
    REQUIRE(sandbox_pcall(sandbox, 0, 1, &err) == COACH_OK);
    return sandbox;
}

TEST(sandbox_matcher_agrees_with_lua_on_generated_patterns)
{
    lua_State *lua;
    Sandbox *sandbox = open_probes(&lua);
    lua_State *L = sandbox_lua(sandbox);
    static const int inits[] = {0, 0, 0, 1, 2, -1, -3, 5, 40};
    int differences = 0;
    for (int i = 0; i < 10000 && differences < 5; i++) {
        char pattern[64], subject[16], expected[4096], got[4096];
        random_pattern(pattern, sizeof pattern);
        random_subject(subject, sizeof subject);
        int init = inits[next_random(sizeof inits / sizeof inits[0])];
        probe(lua, NULL, subject, pattern, init, expected, sizeof expected);
        probe(L, sandbox, subject, pattern, init, got, sizeof got);
        if (strcmp(expected, got) != 0) {
            fprintf(stderr, "subject \"%s\" pattern \"%s\" init %d:\nLua:\n%s\nsandbox:\n%s\n", subject,
                    pattern, init, expected, got);
            differences++;
        }
    }
    CHECK_INT(differences, 0);
    sandbox_destroy(sandbox);
    lua_close(lua);
}

TEST(sandbox_matcher_handles_long_subjects_and_plain_finds_like_lua)
{
    lua_State *lua;
    Sandbox *sandbox = open_probes(&lua);
    lua_State *L = sandbox_lua(sandbox);
    CoachError err;
    static const struct {
        const char *subject, *pattern;
    } cases[] = {
        {"The quick brown fox, the lazy dog.", "(%a+) (%a+)"},
        {"key = value, other = thing", "(%w+)%s*=%s*(%w+)"},
        {"f(a(b)c) g(d)", "%b()"},
        {"THE (quick) fox", "%f[%a]%a+"},
        {"hello world from Lua", "^(%w+)"},
        {"  trim me  ", "^%s*(.-)%s*$"},
        {"abcabcabc", "(abc)%1"},
        {"a.b.c", "."},
        {"a.b.c", "%."},
        {"a+b", "a+b"},
        {"find the needle in the haystack", "needle"},
        {"", ""},
        {"abc", ""},
        {"x^y", "^x%^"},
        {"price: $42", "%$(%d+)"},
        {"ends with $", "$$"},
        {"[tag]", "%[(.-)%]"},
        {"2024-11-23", "(%d+)-(%d+)-(%d+)"},
        {"\xc3\xa9t\xc3\xa9", "[\x80-\xff]+"},
        {"a\0b", "%z"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char expected[4096], got[4096];
        probe(lua, NULL, cases[i].subject, cases[i].pattern, 0, expected, sizeof expected);
        probe(L, sandbox, cases[i].subject, cases[i].pattern, 0, got, sizeof got);
        if (strcmp(expected, got) != 0)
            fprintf(stderr, "\"%s\" ~ \"%s\":\nLua:\n%s\nsandbox:\n%s\n", cases[i].subject,
                    cases[i].pattern, expected, got);
        CHECK_STR(got, expected);
    }
    /* plain finds, with specials that must not count */
    const char *plain = "local s = ('ab.'):rep(50) .. 'x(y)'\n"
                        "local a, b = s:find('x(y)', 1, true)\n"
                        "local c, d = s:find('.', 1, true)\n"
                        "return a, b, c, d, s:find('b.a', 10, true)\n";
    REQUIRE(sandbox_load(sandbox, plain, strlen(plain), &err) == COACH_OK);
    REQUIRE(sandbox_pcall(sandbox, 0, 6, &err) == COACH_OK);
    CHECK_INT(lua_tointeger(L, -6), 151);
    CHECK_INT(lua_tointeger(L, -5), 154);
    CHECK_INT(lua_tointeger(L, -4), 3);
    CHECK_INT(lua_tointeger(L, -3), 3);
    CHECK_INT(lua_tointeger(L, -2), 11);
    CHECK_INT(lua_tointeger(L, -1), 13);
    sandbox_destroy(sandbox);
    lua_close(lua);
}

/* --- hostile snippets through every user ------------------------------------------- *
 * The same snippets through each of the sandbox's users, one test each. */

/* Each snippet is one line of Lua that runs for minutes in Lua's own matcher. */
static const struct {
    const char *name, *code;
} hostile[] = {
    {"lazy dot over 128 KiB", "local s = string.rep('a', 128 * 1024) local r = s:find('.-b')"},
    {"a? n times, then a n times",
     "local n = 40 local r = string.rep('a', n):match(string.rep('a?', n) .. string.rep('a', n))"},
    {"a*a*a*b on 400 bytes", "local r = string.rep('a', 400):find('a*a*a*b')"},
    {"gmatch that backtracks", "for w in string.rep('a', 400):gmatch('a*a*a*b') do end"},
    {"gsub that backtracks", "local r = string.rep('a', 400):gsub('a*a*a*b', '')"},
    {"caught by pcall", "for i = 1, 100 do pcall(string.find, string.rep('a', 400), 'a*a*a*b') end"},
};

/* err must say the pattern was too expensive, at the file and line: the
 * budget stopped it, not a timer. (The time is only a guard against a hang,
 * loose for sanitizer builds on a busy machine; tests/bench/patterns.sh
 * measures it.) */
static void expect_pattern_refused(const char *who, const char *name, int rc, const CoachError *err,
                                   const char *path, int line, double took)
{
    CHECK(rc < 0);
    bool named = strstr(err->message, "pattern too expensive") != NULL ||
                 /* a pcall caught the first error; the spent budget stopped the next instruction */
                 strstr(err->message, "instruction budget") != NULL;
    if (!named || strcmp(err->file, path) != 0 || err->line != line || took > 10.0) {
        fprintf(stderr, "%s, %s: %s:%d: %s (%.3f s)\n", who, name, err->file, err->line, err->message,
                took);
        check_failures++;
    }
    printf("  %-12s %-28s refused in %.3f s: %s\n", who, name, took, err->message);
}

/* Each user of the sandbox gets every snippet in its own file. */
typedef enum HostileUser { AT_SCENARIO_LOAD, DURING_PLAY, IN_A_TEST_FILE, IN_THE_LEXICON } HostileUser;

static void run_hostile_snippets(HostileUser user)
{
    for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
        char text[1024];
        CoachError err;
        const char *path = NULL;
        double start = 0;
        int rc = 0;
        switch (user) {
        case AT_SCENARIO_LOAD: { /* line 3 */
            snprintf(text, sizeof text,
                     "scenario { id = 'hostile', start = 'a' }\n"
                     "node 'a' { say = 'hi', ending = { outcome = 'done' } }\n"
                     "%s\n", hostile[i].code);
            path = write_file("load.lua", text);
            start = now_seconds();
            Scenario *s = scn_load(path, NULL, &err);
            rc = s == NULL ? err.code : 0;
            expect_pattern_refused("scenario", hostile[i].name, rc, &err, path, 3, now_seconds() - start);
            scn_unload(s);
            break;
        }
        case DURING_PLAY: { /* in a route's test function, line 5 */
            snprintf(text, sizeof text,
                     "scenario { id = 'hostile', start = 'a' }\n"
                     "node 'a' { say = 'hi', otherwise = 'b',\n"
                     "  routes = { {\n"
                     "    test = function(s, move)\n"
                     "      %s\n"
                     "      return false end, to = 'b' } } }\n"
                     "node 'b' { say = 'bye', ending = { outcome = 'done' } }\n", hostile[i].code);
            path = write_file("play.lua", text);
            Scenario *s = scn_load(path, NULL, &err);
            REQUIRE(s != NULL);
            ScnMove move = {.text = "hello there", .choice = -1};
            ScnStep step;
            start = now_seconds();
            rc = scn_route(s, 0, &move, &step, &err);
            expect_pattern_refused("play", hostile[i].name, rc, &err, path, 5, now_seconds() - start);
            scn_unload(s);
            break;
        }
        case IN_A_TEST_FILE: { /* line 2 */
            snprintf(text, sizeof text, "-- a test file\n%s\n", hostile[i].code);
            path = write_file("hostile.test.lua", text);
            ScntestSuite *suite = scntest_create();
            start = now_seconds();
            rc = scntest_load(suite, path, &err);
            expect_pattern_refused("test file", hostile[i].name, rc, &err, path, 2, now_seconds() - start);
            scntest_destroy(suite);
            break;
        }
        case IN_THE_LEXICON: { /* line 2 */
            snprintf(text, sizeof text, "-- a lexicon\n%s\nreturn {}\n", hostile[i].code);
            path = write_file("lexicon.lua", text);
            start = now_seconds();
            Lexicon *lexicon = lex_load(path, &err);
            rc = lexicon == NULL ? err.code : 0;
            expect_pattern_refused("lexicon", hostile[i].name, rc, &err, path, 2, now_seconds() - start);
            lex_destroy(lexicon);
            break;
        }
        }
    }
}

TEST(sandbox_refuses_hostile_patterns_at_scenario_load)
{
    run_hostile_snippets(AT_SCENARIO_LOAD);
}

TEST(sandbox_refuses_hostile_patterns_in_a_route_test_during_play)
{
    run_hostile_snippets(DURING_PLAY);
}

TEST(sandbox_refuses_hostile_patterns_in_scenario_test_files)
{
    run_hostile_snippets(IN_A_TEST_FILE);
}

TEST(sandbox_refuses_hostile_patterns_in_the_lexicon)
{
    run_hostile_snippets(IN_THE_LEXICON);
}

TEST(sandbox_offers_the_same_library_to_every_user)
{
    /* string, table, math and utf8 in a test file and the lexicon too; no io,
     * os, require, debug, dofile, loadfile, collectgarbage or string.dump */
    const char *probe_line = "assert(string.find and table.concat and math.floor and utf8.char) "
                             "assert(not (io or os or require or debug or dofile or loadfile or "
                             "collectgarbage or string.dump))";
    char text[1024];
    CoachError err;
    snprintf(text, sizeof text, "%s\nscenario_test { name = 'a', scenario = 'x.lua', say = { 'Hi' } }\n",
             probe_line);
    ScntestSuite *suite = scntest_create();
    if (scntest_load(suite, write_file("library.test.lua", text), &err) != 0)
        fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
    CHECK_INT(scntest_test_count(suite), 1);
    scntest_destroy(suite);
    snprintf(text, sizeof text, "%s\nreturn { sets = { you = { 'you' } }, rules = {} }\n", probe_line);
    Lexicon *lexicon = lex_load(write_file("library.lua", text), &err);
    if (lexicon == NULL)
        fprintf(stderr, "%s:%d: %s\n", err.file, err.line, err.message);
    CHECK(lexicon != NULL);
    lex_destroy(lexicon);
}

TEST(sandbox_print_is_capped_and_escapes_control_characters)
{
    CoachError err;
    SandboxConfig config = {.path = "print.lua", .what = "probe", .memory_bytes = 64u << 20,
                            .instructions_per_call = 10000000};
    Sandbox *sandbox = sandbox_create(&config, &err);
    REQUIRE(sandbox != NULL);
    const char *code = "print('\\27[31mred\\7') for i = 1, 100000 do print(string.rep('x', 1000)) end";
    fflush(stderr);
    int saved = dup(2);
    FILE *capture = tmpfile();
    REQUIRE(saved >= 0 && capture != NULL);
    dup2(fileno(capture), 2);
    REQUIRE(sandbox_load(sandbox, code, strlen(code), &err) == COACH_OK);
    int rc = sandbox_pcall(sandbox, 0, 0, &err);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    CHECK_INT(rc, COACH_OK);
    long size = ftell(capture);
    rewind(capture);
    char head[200] = "";
    CHECK(fgets(head, sizeof head, capture) != NULL);
    fclose(capture);
    CHECK_STR(head, "print.lua: print: \\x1b[31mred\\x07\n");
    CHECK(size > 60 * 1024 && size < 80 * 1024);
    sandbox_destroy(sandbox);
}

TESTS(CHECK_CASE(sandbox_matcher_agrees_with_lua_on_generated_patterns),
      CHECK_CASE(sandbox_matcher_handles_long_subjects_and_plain_finds_like_lua),
      CHECK_CASE(sandbox_refuses_hostile_patterns_at_scenario_load),
      CHECK_CASE(sandbox_refuses_hostile_patterns_in_a_route_test_during_play),
      CHECK_CASE(sandbox_refuses_hostile_patterns_in_scenario_test_files),
      CHECK_CASE(sandbox_refuses_hostile_patterns_in_the_lexicon),
      CHECK_CASE(sandbox_offers_the_same_library_to_every_user),
      CHECK_CASE(sandbox_print_is_capped_and_escapes_control_characters))
