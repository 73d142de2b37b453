/* lexicon_read: loading the lexicon's Lua file into a Lexicon (see
 * lexicon.h for lex_load). The file runs in the shared sandbox, then each
 * section of the table it returns is read inside a protected call. */
#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_internal.h"
#include "sandbox.h"

/* The lexicon is data: half a scenario's memory and twice its per-call
 * budget is room for any list of words, and still stops a loop. */
#define LUA_MEMORY_CAP (32u << 20)
#define LUA_INSTRUCTION_CAP 20000000

/* ---- loading from Lua -------------------------------------------------- */

static int read_file(const char *path, char **out, size_t *len, CoachError *err)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL)
        return err_set(err, COACH_EIO, path, 0, "cannot open lexicon");
    char *buffer = NULL;
    size_t size = 0, capacity = 0;
    for (;;) {
        if (size + 4096 + 1 > capacity) {
            capacity = capacity ? capacity * 2 : 65536;
            if (capacity > (64u << 20)) {
                free(buffer);
                fclose(file);
                return err_set(err, COACH_EPARSE, path, 0, "lexicon file is too large");
            }
            char *grown = realloc(buffer, capacity);
            if (grown == NULL) {
                free(buffer);
                fclose(file);
                return err_set(err, COACH_ENOMEM, path, 0, "out of memory");
            }
            buffer = grown;
        }
        size_t n = fread(buffer + size, 1, capacity - size - 1, file);
        size += n;
        if (n == 0)
            break;
    }
    bool failed = ferror(file) != 0;
    fclose(file);
    if (failed) {
        free(buffer);
        return err_set(err, COACH_EIO, path, 0, "cannot read lexicon");
    }
    buffer[size] = '\0';
    *out = buffer;
    *len = size;
    return COACH_OK;
}

/* Calls fn(lex, string, context) for every string in the array at the top of
 * the stack. */
typedef int (*StringFn)(Lexicon *lex, const char *text, void *context, CoachError *err);

static int each_string(Lexicon *lex, lua_State *L, const char *what, StringFn fn, void *context, CoachError *err)
{
    if (lua_isnil(L, -1))
        return COACH_OK;
    if (!lua_istable(L, -1))
        return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, what), "%s must be a list of strings", what);
    lua_Integer count = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= count; i++) {
        lua_rawgeti(L, -1, i);
        if (lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 1);
            return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, what), "%s: entry %lld is not a string", what,
                           (long long)i);
        }
        int rc = fn(lex, lua_tostring(L, -1), context, err);
        lua_pop(L, 1);
        if (rc != COACH_OK)
            return rc;
    }
    return COACH_OK;
}

static int add_stopword(Lexicon *lex, const char *word, void *context, CoachError *err)
{
    (void)context;
    char norm[TX_WORD_BYTES];
    size_t len = tx_fold(word, strlen(word), norm, sizeof norm);
    if (tx_map_put(lex->stopwords, norm, len, 1, NULL) != COACH_OK)
        return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    return COACH_OK;
}

static int add_s_is(Lexicon *lex, const char *word, void *context, CoachError *err)
{
    (void)context;
    char norm[TX_WORD_BYTES];
    size_t len = tx_fold(word, strlen(word), norm, sizeof norm);
    if (tx_map_put(lex->s_is, norm, len, 1, NULL) != COACH_OK)
        return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    return COACH_OK;
}

static int add_set_member(Lexicon *lex, const char *word, void *context, CoachError *err)
{
    uint64_t bit = *(uint64_t *)context;
    bool exact = word[0] == '=';
    char norm[TX_WORD_BYTES], stem[TX_WORD_BYTES];
    size_t norm_len, stem_len;
    lex_fold_word(lex, exact ? word + 1 : word, norm, &norm_len, stem, &stem_len);
    if (!lex_valid_word(norm, norm_len))
        return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, word),
                       "set member '%s' is not a plain word (no spaces, apostrophes or hyphens)", word);
    int32_t id;
    if (lex_vocab_id(lex, norm, norm_len, &id) != COACH_OK)
        return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    ((ClassMask *)lex->masks.items)[id].norm |= bit;
    if (!exact) {
        ((ClassMask *)lex->masks.items)[id].stem |= bit; /* a token stemmed to the word itself */
        if (lex_vocab_id(lex, stem, stem_len, &id) != COACH_OK)
            return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
        ((ClassMask *)lex->masks.items)[id].stem |= bit;
    }
    return COACH_OK;
}

static int add_synonym(Lexicon *lex, const char *word, void *context, CoachError *err)
{
    int group = *(int *)context;
    char norm[TX_WORD_BYTES], stem[TX_WORD_BYTES];
    size_t norm_len, stem_len;
    lex_fold_word(lex, word, norm, &norm_len, stem, &stem_len);
    if (tx_map_put(lex->synonyms, stem, stem_len, group, NULL) != COACH_OK ||
        tx_map_put(lex->synonyms, norm, norm_len, group, NULL) != COACH_OK)
        return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    return COACH_OK;
}

static int add_pattern(Lexicon *lex, const char *pattern, void *context, CoachError *err)
{
    return lex_compile_pattern(lex, *(uint32_t *)context, pattern, err);
}

/* A table of string -> string at the top of the stack into map. */
static int read_string_map(Lexicon *lex, lua_State *L, const char *what, TxMap *map, CoachError *err)
{
    if (lua_isnil(L, -1))
        return COACH_OK;
    if (!lua_istable(L, -1))
        return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, what), "%s must be a table of strings", what);
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 2);
            return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, what), "%s: keys and values must be strings",
                           what);
        }
        const char *key = lua_tostring(L, -2);
        char norm_key[TX_WORD_BYTES];
        size_t key_len = tx_fold(key, strlen(key), norm_key, sizeof norm_key);
        char norm_value[256];
        const char *value = lua_tostring(L, -1);
        tx_fold(value, strlen(value), norm_value, sizeof norm_value);
        if (tx_map_put(map, norm_key, key_len, 1, norm_value) != COACH_OK) {
            lua_pop(L, 2);
            return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
        }
        lua_pop(L, 1);
    }
    return COACH_OK;
}

static int read_settings(Lexicon *lex, lua_State *L, CoachError *err)
{
    if (lua_isnil(L, -1))
        return COACH_OK;
    if (!lua_istable(L, -1))
        return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, "settings"), "settings must be a table");
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        if (lua_type(L, -2) != LUA_TSTRING || !lua_isinteger(L, -1)) {
            const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "settings";
            int line = lex_line_of(lex, name);
            lua_pop(L, 2);
            return err_set(err, COACH_EPARSE, lex->path, line, "settings: '%s' must be a whole number", name);
        }
        const char *name = lua_tostring(L, -2);
        if (tx_map_put(lex->settings, name, strlen(name), (int)lua_tointeger(L, -1), NULL) != COACH_OK) {
            lua_pop(L, 2);
            return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
        }
        lua_pop(L, 1);
    }
    return COACH_OK;
}

static int read_sets(Lexicon *lex, lua_State *L, CoachError *err)
{
    if (!lua_istable(L, -1))
        return err_set(err, COACH_EPARSE, lex->path, 0, "the lexicon needs a `sets` table of word lists");
    /* names first, in sorted order so bits do not depend on table order */
    const char *names[MAX_USER_SETS];
    int count = 0;
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 1);
            return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, "sets"), "sets: names must be strings");
        }
        if (count >= MAX_USER_SETS) {
            lua_pop(L, 1);
            return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, "sets"), "more than %d word sets",
                           MAX_USER_SETS);
        }
        names[count++] = lua_tostring(L, -1); /* kept alive by the table */
    }
    for (int i = 1; i < count; i++)
        for (int k = i; k > 0 && strcmp(names[k - 1], names[k]) > 0; k--) {
            const char *swap = names[k];
            names[k] = names[k - 1];
            names[k - 1] = swap;
        }
    for (int i = 0; i < count; i++) {
        if (strcmp(names[i], "number") == 0 || strcmp(names[i], "ordinal") == 0 || strcmp(names[i], "clock") == 0)
            return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, names[i]),
                           "set name '%s' is built in; pick another name", names[i]);
        if (tx_map_put(lex->set_names, names[i], strlen(names[i]), i, NULL) != COACH_OK)
            return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    }
    lex->set_count = count;
    for (int i = 0; i < count; i++) {
        lua_getfield(L, -1, names[i]);
        uint64_t bit = 1ull << i;
        char what[96];
        snprintf(what, sizeof what, "%s", names[i]);
        int rc = each_string(lex, L, what, add_set_member, &bit, err);
        lua_pop(L, 1);
        if (rc != COACH_OK)
            return rc;
    }
    return COACH_OK;
}

static int read_synonyms(Lexicon *lex, lua_State *L, CoachError *err)
{
    if (lua_isnil(L, -1))
        return COACH_OK;
    if (!lua_istable(L, -1))
        return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, "synonyms"), "synonyms must be a list of lists");
    lua_Integer count = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= count; i++) {
        lua_rawgeti(L, -1, i);
        int group = (int)i - 1;
        int rc = lua_istable(L, -1) ? each_string(lex, L, "synonyms", add_synonym, &group, err)
                                    : err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, "synonyms"),
                                              "synonyms: group %lld is not a list", (long long)i);
        lua_pop(L, 1);
        if (rc != COACH_OK)
            return rc;
    }
    return COACH_OK;
}

static int read_rules(Lexicon *lex, lua_State *L, CoachError *err)
{
    if (!lua_istable(L, -1))
        return err_set(err, COACH_EPARSE, lex->path, 0, "the lexicon needs a `rules` list");
    lua_Integer count = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= count; i++) {
        lua_rawgeti(L, -1, i);
        if (!lua_istable(L, -1)) {
            lua_pop(L, 1);
            return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, "rules"), "rules: entry %lld is not a table",
                           (long long)i);
        }
        lua_getfield(L, -1, "id");
        lua_getfield(L, -2, "kind");
        lua_getfield(L, -3, "own_words");
        bool own_words = lua_toboolean(L, -1);
        lua_pop(L, 1);
        lua_getfield(L, -3, "start_ok");
        const char *id = lua_type(L, -3) == LUA_TSTRING ? lua_tostring(L, -3) : NULL;
        const char *kind = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        bool start_ok = lua_toboolean(L, -1);
        int rc = COACH_OK;
        if (id == NULL || id[0] == '\0' || strlen(id) >= LEX_RULE_BYTES) {
            rc = err_set(err, COACH_EPARSE, lex->path, 0, "rules: entry %lld needs an id (a string under %d bytes)",
                         (long long)i, LEX_RULE_BYTES);
        } else {
            int found = -1;
            for (int k = 0; k < LEX_TERM_FEATURE && kind != NULL; k++)
                if (strcmp(kind, lex_kind_name((LexKind)k)) == 0)
                    found = k;
            if (found < 0) {
                rc = err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, id), "rule '%s': unknown kind '%s'", id,
                             kind != NULL ? kind : "(none)");
            } else {
                LexRule *rule = lex_vec_push(&lex->rules);
                if (rule == NULL) {
                    rc = err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
                } else {
                    snprintf(rule->id, sizeof rule->id, "%s", id);
                    rule->kind = (LexKind)found;
                    rule->term = -1;
                    rule->start_ok = start_ok;
                    rule->own_words = own_words;
                    uint32_t index = (uint32_t)(lex->rules.count - 1);
                    lua_pop(L, 3);
                    char what[LEX_RULE_BYTES + 16];
                    snprintf(what, sizeof what, "%s", id);
                    if (lua_rawlen(L, -1) == 0)
                        rc = err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, id), "rule '%s' has no patterns", id);
                    else
                        rc = each_string(lex, L, what, add_pattern, &index, err);
                    lua_pop(L, 1);
                    if (rc != COACH_OK)
                        return rc;
                    continue;
                }
            }
        }
        lua_pop(L, 4);
        return rc;
    }
    return COACH_OK;
}

/* ---- lists: plain words and phrases for C code --------------------------- */

typedef enum ListShape { LIST_WORDS, LIST_PHRASES, LIST_PAIRS } ListShape;

static const struct {
    const char *name;
    ListShape shape;
} list_specs[LEX_LIST_COUNT] = {
    [LEX_LIST_NUMBER_WORDS] = {"number_words", LIST_WORDS},
    [LEX_LIST_SETUP_NAMES] = {"setup_names", LIST_WORDS},
    [LEX_LIST_SELLER_WORDS] = {"seller_words", LIST_WORDS},
    [LEX_LIST_OFFER_FILLERS] = {"offer_fillers", LIST_PHRASES},
    [LEX_LIST_OFFER_OPENERS] = {"offer_openers", LIST_PHRASES},
    [LEX_LIST_BACK_POINTERS] = {"back_pointers", LIST_WORDS},
    [LEX_LIST_IDIOMS] = {"idioms", LIST_PAIRS},
    [LEX_LIST_ANSWER_POINTERS] = {"answer_pointers", LIST_WORDS},
};

/* The line of needle at or after where `after` first appears in the file
 * (an entry within its list, not the same words in an earlier rule); the
 * line of `after` when needle is not found there. */
static int line_after(const Lexicon *lex, const char *after, const char *needle)
{
    if (lex->source == NULL || after == NULL)
        return 0;
    const char *from = strstr(lex->source, after);
    if (from == NULL)
        return 0;
    const char *at = needle != NULL && needle[0] != '\0' ? strstr(from, needle) : NULL;
    int line = 1;
    for (const char *c = lex->source; c < (at != NULL ? at : from); c++)
        line += *c == '\n';
    return line;
}

/* Whether text is one plain word (letters only) or, for a phrase, words
 * of letters and apostrophes with single spaces between them. */
static bool list_entry_ok(const char *text, ListShape shape)
{
    if (text[0] == '\0' || text[0] == ' ' || text[strlen(text) - 1] == ' ' || strlen(text) >= 64)
        return false;
    for (const char *c = text; *c != '\0'; c++) {
        bool letter = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z');
        if (shape == LIST_WORDS ? !letter : !(letter || *c == '\'' || (*c == ' ' && c[1] != ' ')))
            return false;
    }
    return true;
}

/* Whether word is one of phrase's words. */
static bool word_of_phrase(const char *phrase, const char *word)
{
    size_t n = strlen(word);
    for (const char *hit = phrase; (hit = strstr(hit, word)) != NULL; hit++)
        if ((hit == phrase || hit[-1] == ' ') && (hit[n] == '\0' || hit[n] == ' '))
            return true;
    return false;
}

/* One list, the table at the top of the stack, into lex->lists[which]. */
static int read_list(Lexicon *lex, lua_State *L, LexList which, CoachError *err)
{
    const char *name = list_specs[which].name;
    ListShape shape = list_specs[which].shape;
    char after[64];
    snprintf(after, sizeof after, "%s =", name);
    if (!lua_istable(L, -1))
        return err_set(err, COACH_EPARSE, lex->path, line_after(lex, after, NULL), "lists.%s must be a list of %s",
                       name, shape == LIST_PAIRS ? "{ phrase, word } pairs" : "strings");
    size_t count = (size_t)lua_rawlen(L, -1), width = shape == LIST_PAIRS ? 2 : 1;
    const char **items = calloc(count * width + 1, sizeof *items);
    if (items == NULL)
        return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    int rc = COACH_OK;
    for (size_t i = 0; i < count && rc == COACH_OK; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        if (shape == LIST_PAIRS) {
            const char *phrase = NULL, *word = NULL;
            if (lua_istable(L, -1) && lua_rawlen(L, -1) == 2) {
                lua_rawgeti(L, -1, 1);
                lua_rawgeti(L, -2, 2);
                phrase = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
                word = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
                lua_pop(L, 2); /* still held by the pair */
            }
            if (phrase == NULL || word == NULL)
                rc = err_set(err, COACH_EPARSE, lex->path, line_after(lex, after, NULL),
                             "lists.%s: entry %zu is not a { \"phrase\", \"word\" } pair", name, i + 1);
            else if (!list_entry_ok(phrase, LIST_PHRASES) || !list_entry_ok(word, LIST_WORDS) ||
                     !word_of_phrase(phrase, word))
                rc = err_set(err, COACH_EPARSE, lex->path, line_after(lex, after, phrase),
                             "lists.%s: '%s', '%s' must be a phrase (lower case words, single spaces) and one of "
                             "its words",
                             name, phrase, word);
            items[2 * i] = phrase;
            items[2 * i + 1] = word;
        } else {
            const char *text = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
            if (text == NULL)
                rc = err_set(err, COACH_EPARSE, lex->path, line_after(lex, after, NULL),
                             "lists.%s: entry %zu is not a string", name, i + 1);
            else if (!list_entry_ok(text, shape))
                rc = err_set(err, COACH_EPARSE, lex->path, line_after(lex, after, text),
                             shape == LIST_WORDS ? "lists.%s: '%s' is not one plain word (letters only)"
                                                 : "lists.%s: '%s' is not a phrase (words of letters and "
                                                   "apostrophes, single spaces)",
                             name, text);
            items[i] = text;
        }
        lua_pop(L, 1); /* the strings stay alive in the list table */
    }
    if (rc == COACH_OK) {
        lex->lists[which] = lex_list_build(items, count * width);
        if (lex->lists[which] == NULL)
            rc = err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    }
    free(items);
    return rc;
}

static int read_lists(Lexicon *lex, lua_State *L, CoachError *err)
{
    /* No `lists` table at all (a few sets and rules: a test's, a trainer's
     * first lexicon): every list stays empty (lex_list gives an empty one for
     * a list never read). A `lists` table must hold every list, so that one
     * deleted by mistake from the built-in lexicon is an error, not a quiet
     * change in what is heard. */
    if (lua_isnil(L, -1))
        return COACH_OK;
    if (!lua_istable(L, -1))
        return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, "lists ="),
                       "`lists` must be a table of word lists");
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        lua_pop(L, 1);
        const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        bool known = false;
        for (size_t i = 0; name != NULL && i < LEX_LIST_COUNT; i++)
            known = known || strcmp(name, list_specs[i].name) == 0;
        if (!known) {
            int line = name != NULL ? line_after(lex, "lists =", name) : lex_line_of(lex, "lists =");
            err_set(err, COACH_EPARSE, lex->path, line, "lists: unknown list '%s'",
                    name != NULL ? name : "(not a name)");
            lua_pop(L, 1);
            return COACH_EPARSE;
        }
    }
    for (size_t i = 0; i < LEX_LIST_COUNT; i++) {
        lua_getfield(L, -1, list_specs[i].name);
        int rc = lua_isnil(L, -1) ? err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, "lists ="),
                                            "lists: no list '%s'", list_specs[i].name)
                                  : read_list(lex, L, (LexList)i, err);
        lua_pop(L, 1);
        if (rc != COACH_OK)
            return rc;
    }
    return COACH_OK;
}

typedef int (*SectionFn)(Lexicon *lex, lua_State *L, CoachError *err);

static int read_stopwords(Lexicon *lex, lua_State *L, CoachError *err)
{
    return each_string(lex, L, "stopwords", add_stopword, NULL, err);
}

static int read_s_is(Lexicon *lex, lua_State *L, CoachError *err)
{
    return each_string(lex, L, "s_is", add_s_is, NULL, err);
}

static int read_contractions(Lexicon *lex, lua_State *L, CoachError *err)
{
    return read_string_map(lex, L, "contractions", lex->word_expansions, err);
}

static int read_suffixes(Lexicon *lex, lua_State *L, CoachError *err)
{
    return read_string_map(lex, L, "suffixes", lex->suffix_expansions, err);
}

static int read_all(Lexicon *lex, lua_State *L, CoachError *err)
{
    static const struct {
        const char *name;
        SectionFn read;
    } sections[] = {
        {"settings", read_settings}, {"stopwords", read_stopwords}, {"contractions", read_contractions},
        {"suffixes", read_suffixes}, {"s_is", read_s_is},           {"sets", read_sets},
        {"synonyms", read_synonyms}, {"rules", read_rules},         {"lists", read_lists},
    };
    for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++) {
        lua_getfield(L, -1, sections[i].name);
        int rc = sections[i].read(lex, L, err);
        lua_pop(L, 1);
        if (rc != COACH_OK)
            return rc;
    }
    return COACH_OK;
}

/* The lexicon table left by the chunk, read inside a protected call (an
 * __index on it runs under the budget; a memory error is caught). */
typedef struct LexiconRead {
    Lexicon *lex;
    CoachError *err;
    int rc;
} LexiconRead;

static int protected_read(lua_State *L)
{
    LexiconRead *read = lua_touserdata(L, 1);
    lua_settop(L, 2); /* the table on top */
    read->rc = read_all(read->lex, L, read->err);
    return 0;
}

Lexicon *lex_load(const char *path, CoachError *err)
{
    if (path == NULL) {
        err_set(err, COACH_EUSAGE, NULL, 0, "no lexicon path");
        return NULL;
    }
    Lexicon *lex = calloc(1, sizeof *lex);
    if (lex == NULL) {
        err_set(err, COACH_ENOMEM, path, 0, "out of memory");
        return NULL;
    }
    snprintf(lex->path, sizeof lex->path, "%s", path);
    lex->masks.size = sizeof(ClassMask);
    lex->rules.size = sizeof(LexRule);
    lex->patterns.size = sizeof(LexPattern);
    lex->slots.size = sizeof(LexSlot);
    lex->alts.size = sizeof(LexAlt);
    lex->stemmer = tx_stemmer_create();
    lex->stopwords = tx_map_create();
    lex->word_expansions = tx_map_create();
    lex->suffix_expansions = tx_map_create();
    lex->s_is = tx_map_create();
    lex->synonyms = tx_map_create();
    lex->settings = tx_map_create();
    lex->vocab = tx_map_create();
    lex->set_names = tx_map_create();
    if (lex->stemmer == NULL || lex->stopwords == NULL || lex->word_expansions == NULL ||
        lex->suffix_expansions == NULL || lex->s_is == NULL || lex->synonyms == NULL || lex->settings == NULL ||
        lex->vocab == NULL || lex->set_names == NULL) {
        err_set(err, COACH_ENOMEM, path, 0, "out of memory");
        goto fail_lexicon;
    }
    lex->text_rules.stopwords = lex->stopwords;
    lex->text_rules.word_expansions = lex->word_expansions;
    lex->text_rules.suffix_expansions = lex->suffix_expansions;
    lex->text_rules.s_is = lex->s_is;

    char *source = NULL;
    size_t source_len = 0;
    if (read_file(path, &source, &source_len, err) != COACH_OK)
        goto fail_lexicon;
    lex->source = source;
    lex->source_len = source_len;

    /* The lexicon is data, but Lua: it runs in the same sandbox as scenarios. */
    SandboxConfig config = {.path = path,
                            .what = "lexicon",
                            .memory_bytes = LUA_MEMORY_CAP,
                            .instructions_per_call = LUA_INSTRUCTION_CAP};
    Sandbox *sandbox = sandbox_create(&config, err);
    if (sandbox == NULL)
        goto fail_source;
    lua_State *L = sandbox_lua(sandbox);
    /* Any failure of the lexicon's own code is malformed input. */
    int rc = sandbox_load(sandbox, source, source_len, err);
    if (rc == COACH_OK)
        rc = sandbox_pcall(sandbox, 0, 1, err);
    if (rc == COACH_ESCRIPT && err != NULL)
        err->code = COACH_EPARSE;
    if (rc != COACH_OK)
        goto fail_lua;
    if (!lua_istable(L, -1)) {
        err_set(err, COACH_EPARSE, path, 0, "the lexicon must return a table");
        goto fail_lua;
    }
    LexiconRead read = {.lex = lex, .err = err, .rc = COACH_OK};
    lua_pushcfunction(L, protected_read);
    lua_pushlightuserdata(L, &read);
    lua_pushvalue(L, -3);
    rc = sandbox_pcall(sandbox, 2, 0, err);
    if (rc == COACH_ESCRIPT && err != NULL)
        err->code = COACH_EPARSE;
    if (rc != COACH_OK || read.rc != COACH_OK)
        goto fail_lua;
    sandbox_destroy(sandbox);
    if (lex_rebuild_triggers(lex, err) != COACH_OK)
        goto fail_source;
    lex->source = NULL;
    free(source);
    return lex;

fail_lua:
    sandbox_destroy(sandbox);
fail_source:
    lex->source = NULL;
    free(source);
fail_lexicon:
    lex_destroy(lex);
    return NULL;
}
