/* sandbox_internal: what sandbox.c and sandbox_match.c share, and nobody
 * else needs. */
#ifndef COACH_SANDBOX_INTERNAL_H
#define COACH_SANDBOX_INTERNAL_H

#include <lua.h>

/* Takes steps of work done in C (pattern matching) from the running call's
 * budget, the one the instruction hook takes VM instructions from. When it
 * runs out, raises "pattern too expensive" with the caller's file:line, and
 * from then on the hook fires before every instruction, as for a spent
 * instruction budget. function names the culprit ("string.find"). */
void sandbox_charge(lua_State *L, long steps, const char *function);

/* Replaces find, match, gmatch and gsub in the table at index (the string
 * library) with the counting matcher of sandbox_match.c. */
void sandbox_match_install(lua_State *L, int string_table);

#endif
