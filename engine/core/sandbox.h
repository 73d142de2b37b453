/* sandbox: the one place a lua_State is made for untrusted Lua: scenarios
 * (scenario.c), scenario test files (scntest.c) and the lexicon (lexicon.c).
 *
 * A Sandbox is one lua_State with:
 *   - a counting allocator that refuses to grow past a memory cap;
 *   - an instruction budget per sandbox_pcall()/sandbox_call(): a count hook
 *     takes it down, and once it is spent the hook fires before every
 *     instruction, so a `pcall` in the untrusted code cannot swallow the
 *     error and carry on;
 *   - only base (no dofile, loadfile, collectgarbage; `load` on request and
 *     for text chunks only), string (no dump), table, math and utf8;
 *   - string.find/match/gmatch/gsub run by a matcher that counts its steps
 *     against the same budget ("pattern too expensive"), string.rep capped at
 *     1 MiB, `print` to stderr capped in bytes with control characters
 *     escaped, no __gc finalisers (Lua runs them with hooks off), and a
 *     deterministic math.random seeded by sandbox_seed();
 *   - a message handler that records the line of the innermost frame of the
 *     sandbox's own file, so every error comes back as file:line.
 *
 * Owners reach their own data from a C function through sandbox_owner(L). */
#ifndef COACH_SANDBOX_H
#define COACH_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <lua.h>

#include "error.h"

typedef struct Sandbox Sandbox;

typedef struct SandboxConfig {
    const char *path;           /* the file the Lua code comes from (copied) */
    const char *what;           /* what it is, for messages: "scenario", "test file" */
    size_t memory_bytes;        /* cap on the Lua heap */
    long instructions_per_call; /* VM instructions plus pattern steps per call */
    bool offer_load;            /* a global `load` for text chunks */
    void *owner;                /* returned by sandbox_owner() */
} SandboxConfig;

/* Makes the state and opens the safe libraries. NULL (err filled) when out
 * of memory. Caller frees with sandbox_destroy(). */
Sandbox *sandbox_create(const SandboxConfig *config, CoachError *err);

/* Closes the state (any finaliser left runs with no budget: it is stopped at
 * its first instruction) and frees the sandbox. NULL is a no-op. */
void sandbox_destroy(Sandbox *sandbox);

/* The state, for pushing arguments before sandbox_pcall() and reading
 * results after it. Outside a protected call only non-allocating API calls
 * are safe (an allocation failure there would panic). */
lua_State *sandbox_lua(Sandbox *sandbox);

/* The sandbox that owns L, and the owner pointer given at creation. */
Sandbox *sandbox_of(lua_State *L);
void *sandbox_owner(lua_State *L);

/* The file name given at creation (owned by the sandbox). */
const char *sandbox_path(const Sandbox *sandbox);

/* Bytes the Lua heap uses now. */
size_t sandbox_memory_used(const Sandbox *sandbox);

/* Seeds math.random and sandbox_random(). */
void sandbox_seed(Sandbox *sandbox, uint64_t seed);

/* The next 64 bits of the generator math.random draws from. */
uint64_t sandbox_random_next(Sandbox *sandbox);

/* Compiles text as a chunk named after the sandbox's file (text only, never
 * bytecode) and pushes it. COACH_EPARSE with file:line on a syntax error. */
int sandbox_load(Sandbox *sandbox, const char *text, size_t length, CoachError *err);

/* lua_pcall(nargs, nresults) with a fresh budget and the message handler.
 * On failure the error is popped and err says what went wrong, with the
 * file and line (COACH_ESCRIPT; the message of an error raised in another
 * file, such as an included one, keeps that file's name and line). */
int sandbox_pcall(Sandbox *sandbox, int nargs, int nresults, CoachError *err);

/* Runs fn with `argument` as its only (light userdata) argument through
 * sandbox_pcall(); the stack is left as it was. */
int sandbox_call(Sandbox *sandbox, lua_CFunction fn, void *argument, CoachError *err);

/* For C functions running inside a call --------------------------------- */

/* Raises "path:line: message" (the sandbox's file). Does not return. */
int sandbox_raise(lua_State *L, int line, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* The current line of the Lua function that called the running C function
 * (0 unknown). */
int sandbox_caller_line(lua_State *L);

/* Compiles a text chunk under chunkname (Lua's "@file" form) and pushes it,
 * or pushes the error message; returns Lua's status. Bytecode is refused. */
int sandbox_load_text(lua_State *L, const char *text, size_t length, const char *chunkname);

/* math.random as a C function (random() in [0,1), random(n) in 1..n,
 * random(m, n) in m..n) from the sandbox's seeded generator. */
int sandbox_random(lua_State *L);

#endif
