/* analyze: first draft — phrase lists per label from the lexicon, matched on
 * lower-cased text. Replaced by the full pipeline (text.c) shortly. */
#include "analyze.h"

#include <ctype.h>
#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PHRASES 256

struct Analyzer {
    char *phrases[AN_LABEL_COUNT][MAX_PHRASES];
    size_t counts[AN_LABEL_COUNT];
    char **terms[AN_TERM_KIND_COUNT];
    size_t term_counts[AN_TERM_KIND_COUNT];
};

static const char *const label_names[AN_LABEL_COUNT] = {
    "open_question", "closed_question", "probe",     "reflection", "feature",
    "benefit",       "next_step",       "purpose",   "small_talk", "seller_focus",
};

const char *an_label_name(AnLabel label)
{
    if ((unsigned)label >= AN_LABEL_COUNT)
        return "unknown";
    return label_names[label];
}

bool an_label_from_name(const char *name, AnLabel *out)
{
    if (name == NULL)
        return false;
    for (int i = 0; i < AN_LABEL_COUNT; i++)
        if (strcmp(name, label_names[i]) == 0) {
            if (out != NULL)
                *out = (AnLabel)i;
            return true;
        }
    return false;
}

Analyzer *an_create(const char *lexicon_path, CoachError *err)
{
    Analyzer *analyzer = calloc(1, sizeof *analyzer);
    if (analyzer == NULL) {
        err_set(err, COACH_ENOMEM, lexicon_path, 0, "out of memory");
        return NULL;
    }
    lua_State *L = luaL_newstate();
    if (L == NULL) {
        err_set(err, COACH_ENOMEM, lexicon_path, 0, "out of memory");
        goto fail_analyzer;
    }
    FILE *file = fopen(lexicon_path, "rb");
    if (file == NULL) {
        err_set(err, COACH_EIO, lexicon_path, 0, "cannot open lexicon");
        goto fail_lua;
    }
    char *buffer = malloc(1 << 20);
    size_t n = buffer ? fread(buffer, 1, (1 << 20), file) : 0;
    fclose(file);
    if (buffer == NULL || luaL_loadbufferx(L, buffer, n, lexicon_path, "t") != LUA_OK ||
        lua_pcall(L, 0, 1, 0) != LUA_OK || !lua_istable(L, -1)) {
        err_set(err, COACH_EPARSE, lexicon_path, 0, "%s",
                lua_isstring(L, -1) ? lua_tostring(L, -1) : "lexicon must return a table");
        free(buffer);
        goto fail_lua;
    }
    free(buffer);
    lua_getfield(L, -1, "phrases");
    for (int label = 0; label < AN_LABEL_COUNT && lua_istable(L, -1); label++) {
        lua_getfield(L, -1, label_names[label]);
        if (lua_istable(L, -1)) {
            lua_Integer len = luaL_len(L, -1);
            for (lua_Integer i = 1; i <= len && analyzer->counts[label] < MAX_PHRASES; i++) {
                lua_rawgeti(L, -1, i);
                const char *s = lua_tostring(L, -1);
                if (s != NULL)
                    analyzer->phrases[label][analyzer->counts[label]++] = strdup(s);
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    }
    lua_close(L);
    return analyzer;
fail_lua:
    lua_close(L);
fail_analyzer:
    free(analyzer);
    return NULL;
}

void an_destroy(Analyzer *analyzer)
{
    if (analyzer == NULL)
        return;
    for (int l = 0; l < AN_LABEL_COUNT; l++)
        for (size_t i = 0; i < analyzer->counts[l]; i++)
            free(analyzer->phrases[l][i]);
    for (int k = 0; k < AN_TERM_KIND_COUNT; k++) {
        for (size_t i = 0; i < analyzer->term_counts[k]; i++)
            free(analyzer->terms[k][i]);
        free(analyzer->terms[k]);
    }
    free(analyzer);
}

int an_add_terms(Analyzer *analyzer, AnTermKind kind, const char *const *terms, size_t count,
                 CoachError *err)
{
    if (analyzer == NULL || (unsigned)kind >= AN_TERM_KIND_COUNT || (terms == NULL && count > 0))
        return err_set(err, COACH_EUSAGE, NULL, 0, "an_add_terms: bad arguments");
    size_t old = analyzer->term_counts[kind];
    char **grown = realloc(analyzer->terms[kind], (old + count + 1) * sizeof *grown);
    if (grown == NULL)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    analyzer->terms[kind] = grown;
    for (size_t i = 0; i < count; i++) {
        grown[old + i] = strdup(terms[i] != NULL ? terms[i] : "");
        analyzer->term_counts[kind]++;
    }
    return COACH_OK;
}

static void lower_copy(char *dst, size_t size, const char *src, size_t len)
{
    size_t n = len < size - 1 ? len : size - 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)src[i];
        dst[i] = (c == 0) ? ' ' : (char)tolower(c);
    }
    dst[n] = '\0';
}

static void push(AnResult *out, AnLabel label, const char *rule, const char *match)
{
    out->labels |= AN_BIT(label);
    if (out->evidence_count >= AN_MAX_EVIDENCE)
        return;
    AnEvidence *e = &out->evidence[out->evidence_count++];
    e->label = label;
    snprintf(e->rule, sizeof e->rule, "%s", rule);
    snprintf(e->match, sizeof e->match, "%s", match);
}

void an_analyze(const Analyzer *analyzer, const char *text, size_t len, const char *context,
                AnResult *out)
{
    memset(out, 0, sizeof *out);
    for (int k = 0; k < AN_TERM_KIND_COUNT; k++)
        for (int i = 0; i < AN_MAX_TERM_HITS; i++)
            out->term_hits[k][i] = -1;
    if (text == NULL)
        len = 0;
    if (len > AN_MAX_LINE_BYTES) {
        len = AN_MAX_LINE_BYTES;
        out->truncated = true;
    }
    char line[AN_MAX_LINE_BYTES + 1];
    lower_copy(line, sizeof line, text ? text : "", len);
    bool has_context = context != NULL && context[0] != '\0';
    for (int l = 0; l < AN_LABEL_COUNT; l++) {
        if ((l == AN_PROBE || l == AN_REFLECTION) && !has_context)
            continue;
        for (size_t i = 0; i < analyzer->counts[l]; i++)
            if (strstr(line, analyzer->phrases[l][i]) != NULL) {
                push(out, (AnLabel)l, "draft.phrase", analyzer->phrases[l][i]);
                break;
            }
    }
    if (strchr(line, '?') != NULL)
        out->questions = 1;
}

int an_shared_meaning(const Analyzer *analyzer, const char *text, const char *keys)
{
    (void)analyzer;
    if (text == NULL || keys == NULL)
        return 0;
    int shared = 0;
    char buffer[256];
    const char *p = keys;
    while (*p != '\0') {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        if (n == 0)
            break;
        lower_copy(buffer, sizeof buffer, p, n);
        char lowered[AN_MAX_LINE_BYTES + 1];
        lower_copy(lowered, sizeof lowered, text, strlen(text));
        if (strstr(lowered, buffer) != NULL)
            shared++;
        p += n;
    }
    return shared;
}
