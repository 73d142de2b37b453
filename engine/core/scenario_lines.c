/* scenario_lines: finds the source line of each entry of a list (routes,
 * choices, targets, cues) so errors and check findings can name it.
 *
 * Why a lexer of our own: Lua keeps no line for a table constructor's
 * entries, and a declaration is a value, not code that runs. So the text of
 * the declaration is scanned once, from its line on, with just enough of
 * Lua's lexical rules (strings, long brackets, comments, names, braces) to
 * count braces correctly. When the count of entries found differs from the
 * count Lua built (the table was made by code, not written out), callers
 * fall back to the node's own line. */
#include "scenario_internal.h"

#include <stdbool.h>
#include <string.h>

/* --- source line scanning (routes, choices, targets, cues) ---------------- */

typedef struct ScnLex {
    const char *p, *end;
    int line;
} ScnLex;

static bool scn_lex_long_bracket(ScnLex *x)
{
    /* at '[': [=*[ ... ]=*] */
    const char *q = x->p + 1;
    int level = 0;
    while (q < x->end && *q == '=') {
        level++;
        q++;
    }
    if (q >= x->end || *q != '[')
        return false;
    q++;
    while (q < x->end) {
        if (*q == '\n')
            x->line++;
        if (*q == ']') {
            const char *r = q + 1;
            int closing = 0;
            while (r < x->end && *r == '=') {
                closing++;
                r++;
            }
            if (closing == level && r < x->end && *r == ']') {
                x->p = r + 1;
                return true;
            }
        }
        q++;
    }
    x->p = x->end;
    return true;
}

/* Character classes as Lua's lexer sees them (ASCII, whatever the locale). */
static bool scn_lex_name_start(unsigned char c)
{
    return (unsigned char)((c | 32) - 'a') < 26 || c == '_';
}

static bool scn_lex_name_char(unsigned char c)
{
    return scn_lex_name_start(c) || (unsigned char)(c - '0') < 10;
}

static bool scn_lex_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* At the "--" of a comment: skips it (a long one may span lines). */
static void scn_lex_skip_comment(ScnLex *x)
{
    x->p += 2;
    if (x->p < x->end && *x->p == '[' && scn_lex_long_bracket(x))
        return;
    const char *newline = memchr(x->p, '\n', (size_t)(x->end - x->p));
    x->p = newline != NULL ? newline : x->end;
}

/* At the opening quote of a short string: skips it (an unclosed one ends
 * at its line's end, as Lua would refuse it there). */
static void scn_lex_skip_string(ScnLex *x)
{
    char quote = *x->p++;
    /* Most strings hold no escape and no newline: find the closing quote
     * with memchr and check the span between. */
    const char *close = memchr(x->p, quote, (size_t)(x->end - x->p));
    if (close != NULL && memchr(x->p, '\\', (size_t)(close - x->p)) == NULL &&
        memchr(x->p, '\n', (size_t)(close - x->p)) == NULL) {
        x->p = close + 1;
        return;
    }
    while (x->p < x->end && *x->p != quote) {
        if (*x->p == '\\' && x->p + 1 < x->end) {
            x->p++;
            if (*x->p == '\n')
                x->line++;
        } else if (*x->p == '\n') {
            x->line++;
            break;
        }
        x->p++;
    }
    if (x->p < x->end)
        x->p++;
}

/* Next token: 0 end, '{', '}', '=', 'N' name (in *name, *length), 'S' string, 'O' other. */
static int scn_lex_next(ScnLex *x, const char **name, size_t *length)
{
    while (x->p < x->end) {
        unsigned char c = (unsigned char)*x->p;
        if (c == '\n') {
            x->line++;
            x->p++;
        } else if (scn_lex_blank(c)) {
            do
                x->p++;
            while (x->p < x->end && scn_lex_blank((unsigned char)*x->p));
        } else if (c == '-' && x->p + 1 < x->end && x->p[1] == '-') {
            scn_lex_skip_comment(x);
        } else if (c == '"' || c == '\'') {
            scn_lex_skip_string(x);
            return 'S';
        } else if (c == '[' && scn_lex_long_bracket(x)) {
            return 'S';
        } else if (scn_lex_name_start(c)) {
            *name = x->p;
            while (x->p < x->end && scn_lex_name_char((unsigned char)*x->p))
                x->p++;
            *length = (size_t)(x->p - *name);
            return 'N';
        } else if (c == '=' && x->p + 1 < x->end && x->p[1] == '=') {
            x->p += 2;
            return 'O';
        } else {
            x->p++;
            return c == '{' || c == '}' || c == '=' ? c : 'O';
        }
    }
    return 0;
}

/* Next brace: '{', '}' or 0 at the end, skipping every other token as
 * scn_lex_next would (strings, comments, long brackets), counting lines.
 * Within a nested table the other tokens do not matter. */
static int scn_lex_brace(ScnLex *x)
{
    while (x->p < x->end) {
        char c = *x->p;
        switch (c) {
        case '{':
        case '}':
            x->p++;
            return c;
        case '\n':
            x->line++;
            x->p++;
            break;
        case '-':
            if (x->p + 1 < x->end && x->p[1] == '-')
                scn_lex_skip_comment(x);
            else
                x->p++;
            break;
        case '"':
        case '\'':
            scn_lex_skip_string(x);
            break;
        case '[':
            if (!scn_lex_long_bracket(x))
                x->p++;
            break;
        default:
            x->p++;
            break;
        }
    }
    return 0;
}


/* Fills the entry lines of each list in lists[0..list_count) from the first
 * table constructor found from start_line on, in one pass over its text. A
 * list counts where its key first appears at the constructor's top level. */
void scn_entry_lines(const Scenario *s, int start_line, ScnEntryLines *lists, size_t list_count)
{
    for (size_t k = 0; k < list_count; k++)
        lists[k].count = 0;
    if (s->source == NULL || start_line <= 0 || (size_t)start_line > s->line_count)
        return;
    ScnLex x = {s->source + s->line_starts[start_line - 1], s->source + s->source_size, start_line};
    const char *name = NULL;
    size_t length = 0;
    int token;
    while ((token = scn_lex_next(&x, &name, &length)) != 0 && token != '{')
        ;
    if (token == 0)
        return;
    int depth = 1;
    bool done[8] = {false};
    size_t pending = list_count < 8 ? list_count : 8;
    ScnEntryLines *list = NULL; /* the list being read */
    size_t found = 0;
    int previous = 0;
    const char *previous_name = NULL;
    size_t previous_length = 0;
    /* Inside an entry (depth 2 and deeper) only braces matter: the key
     * before a list is read at depth 1, and the '}' back to it resets it. */
    while (pending > 0 &&
           (token = depth >= 2 ? scn_lex_brace(&x) : scn_lex_next(&x, &name, &length)) != 0) {
        if (token == '{') {
            if (depth == 1 && previous == '=' && previous_name != NULL) {
                for (size_t k = 0; k < list_count && k < 8; k++)
                    if (!done[k] && strncmp(previous_name, lists[k].key, previous_length) == 0 &&
                        lists[k].key[previous_length] == '\0') {
                        list = &lists[k];
                        done[k] = true;
                        found = 0;
                        break;
                    }
            } else if (list != NULL && depth == 2 && found < SCN_MAX_LINES) {
                list->lines[found++] = x.line;
            }
            depth++;
        } else if (token == '}') {
            depth--;
            if (depth == 1 && list != NULL) {
                list->count = found;
                list = NULL;
                pending--;
            }
            if (depth == 0)
                return;
        }
        if (token == 'N' && depth == 1) {
            previous_name = name;
            previous_length = length;
        } else if (token != '=') {
            previous_name = token == '{' ? NULL : previous_name;
        }
        if (token != 'N' && token != '=')
            previous_name = NULL;
        previous = token;
    }
}

/* The entry lines of one list; returns how many were found. */
size_t scn_list_lines(const Scenario *s, int start_line, const char *key, int *lines)
{
    ScnEntryLines list = {.key = key};
    scn_entry_lines(s, start_line, &list, 1);
    memcpy(lines, list.lines, list.count * sizeof *lines);
    return list.count;
}

/* The line of `key =` at the top level of the first table constructor found
 * from start_line on (0 when not found or the source is gone). Called only
 * when an error is raised, so it need not be fast. */
int scn_key_line(const Scenario *s, int start_line, const char *key)
{
    if (s->source == NULL || s->line_starts == NULL || start_line <= 0 || (size_t)start_line > s->line_count)
        return 0;
    ScnLex x = {s->source + s->line_starts[start_line - 1], s->source + s->source_size, start_line};
    const char *name = NULL;
    size_t length = 0, key_length = strlen(key);
    int token;
    while ((token = scn_lex_next(&x, &name, &length)) != 0 && token != '{')
        ;
    if (token == 0)
        return 0;
    int depth = 1;
    const char *candidate = NULL;
    int candidate_line = 0;
    while ((token = depth >= 2 ? scn_lex_brace(&x) : scn_lex_next(&x, &name, &length)) != 0) {
        if (token == '{') {
            depth++;
        } else if (token == '}') {
            if (--depth == 0)
                return 0;
        } else if (token == 'N' && depth == 1) {
            candidate = length == key_length && strncmp(name, key, length) == 0 ? name : NULL;
            candidate_line = x.line;
            continue;
        } else if (token == '=' && depth == 1 && candidate != NULL) {
            return candidate_line;
        }
        candidate = NULL;
    }
    return 0;
}
