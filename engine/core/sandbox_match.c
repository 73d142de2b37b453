/* sandbox_match: string.find, match, gmatch and gsub for the sandbox, with
 * Lua 5.4's pattern semantics (reference manual, section 6.4.1) and every
 * step of work counted against the call's budget.
 *
 * Why not Lua's own matcher behind a guard: a backtracking matcher's cost
 * cannot be told from the pattern's text (`.-b`, `a?a?...aaa`, `a*a*a*b`
 * all look harmless), so this one counts what it actually does: one step per
 * item tried, per byte compared and per retry, handed to sandbox_charge()
 * in batches. A pattern that runs past the budget stops with "pattern too
 * expensive" at the caller's file:line, whatever the pattern is.
 *
 * How: a pattern is first compiled into a list of items (a run of literal
 * bytes, one character class as a 256-bit set with its repetition, a capture
 * bracket, %b, %f, a back-reference, the closing `$`), then matched by a
 * recursive backtracker over the items. Only repetitions and captures
 * recurse, so the depth is bounded by the pattern, and capped like Lua's
 * ("pattern too complex"). A malformed item becomes an error item that
 * raises only when the matcher reaches it, as Lua's matcher would. */
#include "sandbox_internal.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include <lauxlib.h>

/* Lua's limits: captures per pattern, and recursion depth of one match. */
enum { MATCH_MAX_CAPTURES = 32, MATCH_MAX_DEPTH = 200 };

/* Steps are handed to the budget in batches: charging is a function call and
 * a branch, too dear per byte. A batch is small next to any budget. */
enum { MATCH_STEP_BATCH = 4096 };

typedef enum ItemKind {
    ITEM_LITERAL,  /* bytes that must be there as written */
    ITEM_CLASS,    /* one byte of a set, maybe repeated ('?', '*', '+', '-') */
    ITEM_OPEN,     /* '(' */
    ITEM_POSITION, /* '()' */
    ITEM_CLOSE,    /* ')' */
    ITEM_END,      /* '$' as the pattern's last character */
    ITEM_BALANCE,  /* %bxy */
    ITEM_FRONTIER, /* %f[set] */
    ITEM_BACKREF,  /* %1 - %9 */
    ITEM_MALFORMED /* raises `text` when reached */
} ItemKind;

typedef struct MatchItem {
    unsigned char kind;
    char repeat;             /* ITEM_CLASS: 0, '?', '*', '+' or '-' */
    unsigned char open, close; /* ITEM_BALANCE */
    int capture;             /* OPEN, POSITION, CLOSE, BACKREF: capture index */
    const char *text;        /* LITERAL: its bytes; MALFORMED: the message */
    size_t length;           /* LITERAL: byte count */
    uint8_t set[32];         /* CLASS, FRONTIER: bit c set when byte c is in */
} MatchItem;

typedef struct Pattern {
    MatchItem *items;
    size_t count;
} Pattern;

/* A capture's length while its ')' has not been passed, and for '()'. */
enum { CAPTURE_OPEN = -1, CAPTURE_POSITION = -2 };

typedef struct Capture {
    const char *start;
    ptrdiff_t length;
} Capture;

typedef struct Match {
    lua_State *L;
    const char *function;         /* "string.find", for the budget message */
    const char *subject, *end;
    const Pattern *pattern;
    int level;                    /* captures opened so far */
    Capture captures[MATCH_MAX_CAPTURES];
    int depth;
    long steps;                   /* not yet charged */
} Match;

/* --- steps ----------------------------------------------------------------- */

static void match_flush(Match *m)
{
    long steps = m->steps;
    m->steps = 0;
    if (steps > 0)
        sandbox_charge(m->L, steps, m->function);
}

static void match_count(Match *m, long steps)
{
    m->steps += steps;
    if (m->steps >= MATCH_STEP_BATCH)
        match_flush(m);
}

/* --- compiling a pattern ----------------------------------------------------- */

static void set_add(uint8_t *set, unsigned char c)
{
    set[c >> 3] |= (uint8_t)(1u << (c & 7));
}

static bool set_has(const uint8_t *set, unsigned char c)
{
    return (set[c >> 3] >> (c & 7)) & 1u;
}

/* Does byte c belong to class %letter? Unknown letters and non-letters stand
 * for themselves; an upper-case class letter is the complement. */
static bool escape_has(unsigned char letter, int c)
{
    bool in;
    switch (tolower(letter)) {
    case 'a': in = isalpha(c); break;
    case 'c': in = iscntrl(c); break;
    case 'd': in = isdigit(c); break;
    case 'g': in = isgraph(c); break;
    case 'l': in = islower(c); break;
    case 'p': in = ispunct(c); break;
    case 's': in = isspace(c); break;
    case 'u': in = isupper(c); break;
    case 'w': in = isalnum(c); break;
    case 'x': in = isxdigit(c); break;
    default: return letter == c;
    }
    return isupper(letter) ? !in : in;
}

static void set_add_escape(uint8_t *set, unsigned char letter)
{
    for (int c = 0; c < 256; c++)
        if (escape_has(letter, c))
            set_add(set, (unsigned char)c);
}

/* Where the class starting at p[at] ends (one past it), or 0 with *why set
 * when it is malformed. */
static size_t class_end(const char *p, size_t length, size_t at, const char **why)
{
    if (p[at] == '%') {
        if (at + 1 >= length) {
            *why = "malformed pattern (ends with '%')";
            return 0;
        }
        return at + 2;
    }
    if (p[at] != '[')
        return at + 1;
    size_t q = at + 1;
    if (q < length && p[q] == '^')
        q++;
    /* The first member may be ']' itself; '%]' is an escaped ']'. */
    do {
        if (q >= length) {
            *why = "malformed pattern (missing ']')";
            return 0;
        }
        if (p[q++] == '%' && q < length)
            q++;
    } while (q >= length || p[q] != ']');
    return q + 1;
}

/* Fills set with the bytes the class p[at..stop) accepts. */
static void class_set(const char *p, size_t at, size_t stop, uint8_t *set)
{
    memset(set, 0, 32);
    if (p[at] == '.' && stop == at + 1) {
        memset(set, 0xff, 32);
    } else if (p[at] == '%') {
        set_add_escape(set, (unsigned char)p[at + 1]);
    } else if (p[at] != '[') {
        set_add(set, (unsigned char)p[at]);
    } else {
        size_t close = stop - 1; /* the ']' */
        size_t q = at + 1;
        bool complement = p[q] == '^';
        if (complement)
            q++;
        while (q < close) {
            if (p[q] == '%') { /* class_end saw to it that a byte follows */
                set_add_escape(set, (unsigned char)p[q + 1]);
                q += 2;
            } else if (q + 2 < close && p[q + 1] == '-') {
                for (int c = (unsigned char)p[q]; c <= (unsigned char)p[q + 2]; c++)
                    set_add(set, (unsigned char)c);
                q += 3;
            } else {
                set_add(set, (unsigned char)p[q]);
                q++;
            }
        }
        if (complement)
            for (size_t i = 0; i < 32; i++)
                set[i] = (uint8_t)~set[i];
    }
}

/* The next item: items[*count] when filling, else the scratch item (the
 * count pass keeps only the last item, to merge literal runs the same way). */
static MatchItem *next_item(MatchItem *items, size_t *count, MatchItem *scratch)
{
    MatchItem *item = items != NULL ? &items[*count] : scratch;
    memset(item, 0, sizeof *item);
    (*count)++;
    return item;
}

static MatchItem *malformed(MatchItem *items, size_t *count, MatchItem *scratch, const char *why)
{
    MatchItem *item = next_item(items, count, scratch);
    item->kind = ITEM_MALFORMED;
    item->text = why;
    return item;
}

/* Parses p into items, or only counts them when items is NULL (then no set
 * is filled). Stops after the first malformed item. */
static size_t compile_items(const char *p, size_t length, MatchItem *items)
{
    size_t count = 0, at = 0;
    int opened = 0;                   /* captures opened so far */
    int stack[MATCH_MAX_CAPTURES];    /* the ones still open, innermost last */
    int open_count = 0;
    bool closed[MATCH_MAX_CAPTURES] = {false};
    MatchItem scratch, *last = NULL;
    while (at < length) {
        char c = p[at];
        MatchItem *item;
        if (c == '(') {
            if (opened >= MATCH_MAX_CAPTURES) {
                malformed(items, &count, &scratch, "too many captures");
                return count;
            }
            bool position = at + 1 < length && p[at + 1] == ')';
            item = next_item(items, &count, &scratch);
            item->kind = position ? ITEM_POSITION : ITEM_OPEN;
            item->capture = opened;
            if (position)
                closed[opened] = true;
            else
                stack[open_count++] = opened;
            opened++;
            at += position ? 2 : 1;
        } else if (c == ')') {
            if (open_count == 0) {
                malformed(items, &count, &scratch, "invalid pattern capture (a ')' with no '(' open)");
                return count;
            }
            item = next_item(items, &count, &scratch);
            item->kind = ITEM_CLOSE;
            item->capture = stack[--open_count];
            closed[item->capture] = true;
            at++;
        } else if (c == '$' && at + 1 == length) {
            item = next_item(items, &count, &scratch);
            item->kind = ITEM_END;
            at++;
        } else if (c == '%' && at + 1 < length && p[at + 1] == 'b') {
            if (at + 3 >= length) {
                malformed(items, &count, &scratch, "malformed pattern (missing arguments to '%b')");
                return count;
            }
            item = next_item(items, &count, &scratch);
            item->kind = ITEM_BALANCE;
            item->open = (unsigned char)p[at + 2];
            item->close = (unsigned char)p[at + 3];
            at += 4;
        } else if (c == '%' && at + 1 < length && p[at + 1] == 'f') {
            const char *why = "missing '[' after '%f' in pattern";
            size_t stop = at + 2 < length && p[at + 2] == '[' ? class_end(p, length, at + 2, &why) : 0;
            if (stop == 0) {
                malformed(items, &count, &scratch, why);
                return count;
            }
            item = next_item(items, &count, &scratch);
            item->kind = ITEM_FRONTIER;
            if (items != NULL)
                class_set(p, at + 2, stop, item->set);
            at = stop;
        } else if (c == '%' && at + 1 < length && isdigit((unsigned char)p[at + 1])) {
            int index = p[at + 1] - '1';
            /* The captures open or closed at an item are the same on every
             * path through a pattern, so this check can be made here. */
            if (index < 0 || index >= opened || !closed[index]) {
                malformed(items, &count, &scratch,
                          "invalid capture index in pattern (a %n names a capture not yet closed)");
                return count;
            }
            item = next_item(items, &count, &scratch);
            item->kind = ITEM_BACKREF;
            item->capture = index;
            at += 2;
        } else {
            const char *why = NULL;
            size_t stop = class_end(p, length, at, &why);
            if (stop == 0) {
                malformed(items, &count, &scratch, why);
                return count;
            }
            char repeat = stop < length && p[stop] != '\0' && strchr("?*+-", p[stop]) != NULL ? p[stop] : 0;
            if (repeat == 0 && c != '.' && c != '%' && c != '[') {
                /* Unrepeated plain bytes in a row become one literal run. */
                if (last != NULL && last->kind == ITEM_LITERAL && last->text + last->length == p + at) {
                    last->length++;
                } else {
                    item = next_item(items, &count, &scratch);
                    item->kind = ITEM_LITERAL;
                    item->text = p + at;
                    item->length = 1;
                    last = item;
                }
                at = stop;
                continue;
            }
            item = next_item(items, &count, &scratch);
            item->kind = ITEM_CLASS;
            item->repeat = repeat;
            if (items != NULL)
                class_set(p, at, stop, item->set);
            at = stop + (repeat != 0);
        }
        last = item;
    }
    return count;
}

/* Compiles pattern into a userdata pushed on the stack (the memory cap
 * applies; the garbage collector frees it). */
static Pattern compile(lua_State *L, const char *pattern, size_t length, const char *function)
{
    Pattern compiled;
    compiled.count = compile_items(pattern, length, NULL);
    /* Charged before the work: a byte each to parse, and a class's set of
     * 256 bits takes up to 256 cheap tests to fill. */
    sandbox_charge(L, (long)(length + 32 * compiled.count + 1), function);
    compiled.items = lua_newuserdatauv(L, (compiled.count > 0 ? compiled.count : 1) * sizeof(MatchItem), 0);
    compile_items(pattern, length, compiled.items);
    return compiled;
}

/* --- matching ------------------------------------------------------------------ */

static const char *match_items(Match *m, size_t index, const char *s);

static const char *match_deeper(Match *m, size_t index, const char *s)
{
    if (++m->depth > MATCH_MAX_DEPTH)
        luaL_error(m->L, "pattern too complex (more than %d nested repetitions or captures)",
                   MATCH_MAX_DEPTH);
    const char *end = match_items(m, index, s);
    m->depth--;
    return end;
}

/* Item index repeated as often as it matches, then as few times as the rest
 * needs: the longest match first. */
static const char *match_greedy(Match *m, size_t index, const char *s)
{
    const uint8_t *set = m->pattern->items[index].set;
    size_t most = 0;
    while (s + most < m->end && set_has(set, (unsigned char)s[most]))
        most++;
    match_count(m, (long)most + 1);
    if (index + 1 == m->pattern->count)
        return s + most;
    for (size_t n = most + 1; n-- > 0;) {
        const char *end = match_deeper(m, index + 1, s + n);
        if (end != NULL)
            return end;
    }
    return NULL;
}

/* Item index repeated as few times as the rest needs: the shortest first. */
static const char *match_lazy(Match *m, size_t index, const char *s)
{
    const uint8_t *set = m->pattern->items[index].set;
    for (;;) {
        const char *end = match_deeper(m, index + 1, s);
        if (end != NULL)
            return end;
        if (s >= m->end || !set_has(set, (unsigned char)*s))
            return NULL;
        s++;
    }
}

/* Where the items from index on match s, or NULL. Items that cannot
 * backtrack loop here; repetitions and captures recurse. */
static const char *match_items(Match *m, size_t index, const char *s)
{
    const Pattern *pattern = m->pattern;
    for (;; index++) {
        match_count(m, 1);
        if (index == pattern->count)
            return s;
        const MatchItem *item = &pattern->items[index];
        switch ((ItemKind)item->kind) {
        case ITEM_LITERAL:
            if ((size_t)(m->end - s) < item->length)
                return NULL;
            match_count(m, (long)item->length);
            if (memcmp(s, item->text, item->length) != 0)
                return NULL;
            s += item->length;
            break;
        case ITEM_CLASS: {
            bool here = s < m->end && set_has(item->set, (unsigned char)*s);
            switch (item->repeat) {
            case '?':
                if (here) {
                    const char *end = match_deeper(m, index + 1, s + 1);
                    if (end != NULL)
                        return end;
                }
                break; /* without it */
            case '*':
                return match_greedy(m, index, s);
            case '+':
                return here ? match_greedy(m, index, s + 1) : NULL;
            case '-':
                return match_lazy(m, index, s);
            default:
                if (!here)
                    return NULL;
                s++;
                break;
            }
            break;
        }
        case ITEM_OPEN:
        case ITEM_POSITION: {
            Capture *capture = &m->captures[item->capture];
            capture->start = s;
            capture->length = item->kind == ITEM_OPEN ? CAPTURE_OPEN : CAPTURE_POSITION;
            m->level = item->capture + 1;
            const char *end = match_deeper(m, index + 1, s);
            if (end == NULL)
                m->level = item->capture;
            return end;
        }
        case ITEM_CLOSE: {
            Capture *capture = &m->captures[item->capture];
            capture->length = s - capture->start;
            const char *end = match_deeper(m, index + 1, s);
            if (end == NULL)
                capture->length = CAPTURE_OPEN;
            return end;
        }
        case ITEM_END:
            if (s != m->end)
                return NULL;
            break;
        case ITEM_BALANCE: {
            if (s >= m->end || (unsigned char)*s != item->open)
                return NULL;
            int depth = 1;
            const char *q = s + 1;
            for (; q < m->end && depth > 0; q++) {
                if ((unsigned char)*q == item->close)
                    depth--;
                else if ((unsigned char)*q == item->open)
                    depth++;
            }
            match_count(m, (long)(q - s));
            if (depth > 0)
                return NULL;
            s = q;
            break;
        }
        case ITEM_FRONTIER: {
            unsigned char before = s > m->subject ? (unsigned char)s[-1] : 0;
            unsigned char here = s < m->end ? (unsigned char)*s : 0;
            if (set_has(item->set, before) || !set_has(item->set, here))
                return NULL;
            break;
        }
        case ITEM_BACKREF: {
            const Capture *capture = &m->captures[item->capture];
            if (capture->length < 0) /* a position capture holds no text */
                return NULL;
            size_t length = (size_t)capture->length;
            match_count(m, (long)length);
            if ((size_t)(m->end - s) < length || memcmp(s, capture->start, length) != 0)
                return NULL;
            s += length;
            break;
        }
        case ITEM_MALFORMED:
            luaL_error(m->L, "%s", item->text);
            return NULL;
        }
    }
}

static const char *match_at(Match *m, const char *s)
{
    m->level = 0;
    m->depth = 0;
    return match_items(m, 0, s);
}

/* --- results ------------------------------------------------------------------- */

/* Pushes capture i of a match s..e (i 0 with no captures: the whole match). */
static void push_capture(Match *m, int i, const char *s, const char *e)
{
    if (i >= m->level) {
        if (i != 0)
            luaL_error(m->L, "invalid capture index %%%d", i + 1);
        lua_pushlstring(m->L, s, (size_t)(e - s));
        return;
    }
    const Capture *capture = &m->captures[i];
    if (capture->length == CAPTURE_OPEN)
        luaL_error(m->L, "unfinished capture");
    if (capture->length == CAPTURE_POSITION)
        lua_pushinteger(m->L, (lua_Integer)(capture->start - m->subject) + 1);
    else
        lua_pushlstring(m->L, capture->start, (size_t)capture->length);
}

/* Pushes the captures (or the whole match when whole is set and there are
 * none); returns how many. */
static int push_captures(Match *m, const char *s, const char *e, bool whole)
{
    int count = m->level == 0 && whole ? 1 : m->level;
    luaL_checkstack(m->L, count, "too many captures");
    for (int i = 0; i < count; i++)
        push_capture(m, i, s, e);
    return count;
}

/* The 0-based start for a 1-based, maybe negative, init argument. */
static size_t start_offset(lua_Integer init, size_t length)
{
    if (init > 0)
        return (size_t)init - 1;
    if (init == 0 || init < -(lua_Integer)length)
        return 0;
    return length - (size_t)(-init);
}

static bool has_specials(const char *p, size_t length)
{
    for (size_t i = 0; i < length; i++)
        if (strchr("^$*+?.([%-", p[i]) != NULL && p[i] != '\0')
            return true;
    return false;
}

/* Plain search, a step per byte compared. */
static const char *plain_find(Match *m, const char *s, const char *needle, size_t length)
{
    if (length == 0)
        return s;
    for (; (size_t)(m->end - s) >= length; s++) {
        size_t same = 0;
        while (same < length && s[same] == needle[same])
            same++;
        match_count(m, (long)same + 1);
        if (same == length)
            return s;
    }
    return NULL;
}

static void match_init(Match *m, lua_State *L, const char *function, const char *subject,
                       size_t length, const Pattern *pattern)
{
    memset(m, 0, sizeof *m);
    m->L = L;
    m->function = function;
    m->subject = subject;
    m->end = subject + length;
    m->pattern = pattern;
}

static int find_or_match(lua_State *L, bool find)
{
    const char *function = find ? "string.find" : "string.match";
    size_t length = 0, pattern_length = 0;
    const char *s = luaL_checklstring(L, 1, &length);
    const char *p = luaL_checklstring(L, 2, &pattern_length);
    size_t start = start_offset(luaL_optinteger(L, 3, 1), length);
    if (start > length) {
        luaL_pushfail(L);
        return 1;
    }
    Match m;
    if (find && (lua_toboolean(L, 4) || !has_specials(p, pattern_length))) {
        match_init(&m, L, function, s, length, NULL);
        const char *found = plain_find(&m, s + start, p, pattern_length);
        match_flush(&m);
        if (found == NULL) {
            luaL_pushfail(L);
            return 1;
        }
        lua_pushinteger(L, (lua_Integer)(found - s) + 1);
        lua_pushinteger(L, (lua_Integer)(found - s) + (lua_Integer)pattern_length);
        return 2;
    }
    bool anchored = pattern_length > 0 && p[0] == '^';
    Pattern pattern = compile(L, p + anchored, pattern_length - anchored, function);
    match_init(&m, L, function, s, length, &pattern);
    for (const char *at = s + start;; at++) {
        const char *end = match_at(&m, at);
        if (end != NULL) {
            match_flush(&m);
            if (!find)
                return push_captures(&m, at, end, true);
            lua_pushinteger(L, (lua_Integer)(at - s) + 1);
            lua_pushinteger(L, (lua_Integer)(end - s));
            return push_captures(&m, NULL, NULL, false) + 2;
        }
        if (anchored || at >= m.end)
            break;
    }
    match_flush(&m);
    luaL_pushfail(L);
    return 1;
}

static int sandbox_match_find(lua_State *L)
{
    return find_or_match(L, true);
}

static int sandbox_match_match(lua_State *L)
{
    return find_or_match(L, false);
}

/* The iterator's position, kept between calls in upvalue 4. */
typedef struct Iteration {
    size_t next;      /* where the next search starts */
    ptrdiff_t last;   /* end of the last match, -1 before the first */
} Iteration;

static int sandbox_match_gmatch_next(lua_State *L)
{
    size_t length = 0;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &length);
    Pattern *pattern = lua_touserdata(L, lua_upvalueindex(3));
    Iteration *iteration = lua_touserdata(L, lua_upvalueindex(4));
    Match m;
    match_init(&m, L, "string.gmatch", s, length, pattern);
    for (size_t at = iteration->next; at <= length; at++) {
        const char *end = match_at(&m, s + at);
        /* An empty match right where the last one ended is skipped. */
        if (end != NULL && end - s != iteration->last) {
            match_flush(&m);
            iteration->next = (size_t)(end - s);
            iteration->last = end - s;
            return push_captures(&m, s + at, end, true);
        }
    }
    match_flush(&m);
    iteration->next = length + 1;
    return 0;
}

static int sandbox_match_gmatch(lua_State *L)
{
    size_t length = 0, pattern_length = 0;
    luaL_checklstring(L, 1, &length);
    const char *p = luaL_checklstring(L, 2, &pattern_length);
    size_t start = start_offset(luaL_optinteger(L, 3, 1), length);
    lua_settop(L, 2);
    /* No anchor here: a leading '^' is an ordinary byte, as in Lua. */
    Pattern compiled = compile(L, p, pattern_length, "string.gmatch");
    Pattern *pattern = lua_newuserdatauv(L, sizeof *pattern, 1);
    *pattern = compiled;
    lua_pushvalue(L, 3); /* the items live as long as the iterator */
    lua_setiuservalue(L, -2, 1);
    lua_remove(L, 3);
    Iteration *iteration = lua_newuserdatauv(L, sizeof *iteration, 0);
    iteration->next = start > length ? length + 1 : start;
    iteration->last = -1;
    lua_pushcclosure(L, sandbox_match_gmatch_next, 4);
    return 1;
}

/* Appends the replacement for the match s..e to b; false when the match
 * stays as it was (a function or table gave false or nil). */
static bool add_replacement(Match *m, luaL_Buffer *b, const char *s, const char *e, int type)
{
    lua_State *L = m->L;
    if (type == LUA_TSTRING || type == LUA_TNUMBER) {
        size_t length = 0;
        const char *text = lua_tolstring(L, 3, &length);
        match_count(m, (long)length);
        for (size_t i = 0; i < length; i++) {
            if (text[i] != '%') {
                luaL_addchar(b, text[i]);
                continue;
            }
            char c = ++i < length ? text[i] : '\0';
            if (c == '%') {
                luaL_addchar(b, '%');
            } else if (c == '0') {
                luaL_addlstring(b, s, (size_t)(e - s));
            } else if (isdigit((unsigned char)c)) {
                push_capture(m, c - '1', s, e);
                luaL_tolstring(L, -1, NULL);
                lua_remove(L, -2);
                luaL_addvalue(b);
            } else {
                luaL_error(L, "invalid use of '%%' in replacement string");
            }
        }
        return true;
    }
    if (type == LUA_TFUNCTION) {
        lua_pushvalue(L, 3);
        int count = push_captures(m, s, e, true);
        lua_call(L, count, 1);
    } else {
        push_capture(m, 0, s, e);
        lua_gettable(L, 3);
    }
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        luaL_addlstring(b, s, (size_t)(e - s));
        return false;
    }
    if (!lua_isstring(L, -1))
        return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    luaL_addvalue(b);
    return true;
}

static int sandbox_match_gsub(lua_State *L)
{
    size_t length = 0, pattern_length = 0;
    const char *s = luaL_checklstring(L, 1, &length);
    const char *p = luaL_checklstring(L, 2, &pattern_length);
    int type = lua_type(L, 3);
    lua_Integer most = luaL_optinteger(L, 4, (lua_Integer)length + 1);
    luaL_argexpected(L, type == LUA_TNUMBER || type == LUA_TSTRING || type == LUA_TFUNCTION ||
                            type == LUA_TTABLE,
                     3, "string/function/table");
    lua_settop(L, 3);
    bool anchored = pattern_length > 0 && p[0] == '^';
    Pattern pattern = compile(L, p + anchored, pattern_length - anchored, "string.gsub");
    Match m;
    match_init(&m, L, "string.gsub", s, length, &pattern);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    const char *at = s, *last = NULL;
    lua_Integer count = 0;
    bool changed = false;
    while (count < most) {
        const char *end = match_at(&m, at);
        if (end != NULL && end != last) {
            count++;
            changed = add_replacement(&m, &b, at, end, type) || changed;
            at = last = end;
        } else if (at < m.end) {
            luaL_addchar(&b, *at++);
        } else {
            break;
        }
        if (anchored)
            break;
    }
    match_flush(&m);
    if (changed) {
        luaL_addlstring(&b, at, (size_t)(m.end - at));
        luaL_pushresult(&b);
    } else {
        lua_pushvalue(L, 1);
    }
    lua_pushinteger(L, count);
    return 2;
}

void sandbox_match_install(lua_State *L, int string_table)
{
    static const luaL_Reg functions[] = {
        {"find", sandbox_match_find},
        {"match", sandbox_match_match},
        {"gmatch", sandbox_match_gmatch},
        {"gsub", sandbox_match_gsub},
        {NULL, NULL},
    };
    string_table = lua_absindex(L, string_table);
    for (const luaL_Reg *f = functions; f->name != NULL; f++) {
        lua_pushcfunction(L, f->func);
        lua_setfield(L, string_table, f->name);
    }
}
