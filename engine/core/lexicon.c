/* lexicon: see lexicon.h. */
#include "lexicon.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox.h"

/* Built-in classes set from token flags. A word's classes are one 64-bit
 * mask, so matching a slot is one AND: the three built-ins take the top
 * bits and leave 61 for the lexicon's own sets (60, one spare). */
#define BIT_NUMBER (1ull << 61)
#define BIT_ORDINAL (1ull << 62)
#define BIT_CLOCK (1ull << 63)
#define MAX_USER_SETS 60
/* A pattern's words and a slot's alternatives: far above any phrase a
 * trainer writes, low enough for fixed arrays while compiling. */
#define MAX_SLOTS 16
#define MAX_ALTS 48
/* The lexicon is data: half a scenario's memory and twice its per-call
 * budget is room for any list of words, and still stops a loop. */
#define LUA_MEMORY_CAP (32u << 20)
#define LUA_INSTRUCTION_CAP 20000000

typedef enum SlotType { SLOT_ONE, SLOT_ANY, SLOT_GAP, SLOT_NOT } SlotType;

typedef struct LexAlt {
    int32_t norm_id; /* word alternative: vocabulary ids; set: -1 */
    int32_t stem_id;
    uint64_t bits;   /* set alternative */
    bool exact;
} LexAlt;

typedef struct LexSlot {
    uint8_t type;
    uint8_t gap;     /* SLOT_GAP: at most this many words */
    uint16_t alt_count;
    uint32_t alt_first;
} LexSlot;

typedef struct LexPattern {
    uint32_t rule;
    uint32_t slot_first;
    uint16_t slot_count;
    bool anchored_start;
    bool anchored_end;
} LexPattern;

/* The word classes of a vocabulary entry: when a token's folded form is
 * this entry, and when its stem is (exact set members only set `norm`). */
typedef struct ClassMask {
    uint64_t norm;
    uint64_t stem;
} ClassMask;

/* A growable array of fixed-size items. */
typedef struct Vec {
    void *items;
    size_t count;
    size_t capacity;
    size_t size;
} Vec;

static void *vec_push(Vec *vec)
{
    if (vec->count == vec->capacity) {
        size_t capacity = vec->capacity ? vec->capacity * 2 : 64;
        void *items = realloc(vec->items, capacity * vec->size);
        if (items == NULL)
            return NULL;
        vec->items = items;
        vec->capacity = capacity;
    }
    void *item = (char *)vec->items + vec->count * vec->size;
    memset(item, 0, vec->size);
    vec->count++;
    return item;
}

struct Lexicon {
    char path[512];
    const char *source;   /* the file's text while loading (for line numbers) */
    size_t source_len;
    TxStemmer *stemmer;
    TxRules text_rules;
    TxMap *stopwords;
    TxMap *word_expansions;
    TxMap *suffix_expansions;
    TxMap *s_is;
    TxMap *synonyms;      /* stem -> group */
    TxMap *settings;      /* name -> value */
    TxMap *vocab;         /* word or stem -> id */
    Vec masks;            /* ClassMask per vocabulary id */
    TxMap *set_names;     /* name -> bit index */
    int set_count;
    Vec rules;            /* LexRule */
    Vec patterns;         /* LexPattern */
    Vec slots;            /* LexSlot */
    Vec alts;             /* LexAlt */
    /* trigger index, rebuilt after every change: patterns by first word / set */
    uint32_t *word_offsets; /* vocabulary count + 1 */
    uint32_t *word_list;
    uint32_t set_offsets[65];
    uint32_t *set_list;
    uint64_t trigger_sets;  /* sets that start some pattern */
};

static const char *const kind_names[LEX_KIND_COUNT] = {
    "open",     "closed",  "statement", "probe",   "topic_shift", "reflection",   "feature",
    "bridge",   "benefit", "proposal",  "action",  "anchor",      "next_step",    "purpose",
    "small_talk", "seller", "trouble",  "subordinate", "clause_start", "pick_up", "reassurance", "motive", "cost_of_inaction", "buying_process", "specific",
    "vague_ending", "term_feature", "term_outcome", "term_jargon",
};

const char *lex_kind_name(LexKind kind)
{
    return (unsigned)kind < LEX_KIND_COUNT ? kind_names[kind] : "?";
}

/* ---- errors with line numbers ------------------------------------------ */

/* The 1-based line of the first occurrence of needle in the file, or 0. */
static int line_of(const Lexicon *lex, const char *needle)
{
    if (lex->source == NULL || needle == NULL || needle[0] == '\0')
        return 0;
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= lex->source_len; i++)
        if (memcmp(lex->source + i, needle, n) == 0) {
            int line = 1;
            for (size_t k = 0; k < i; k++)
                line += lex->source[k] == '\n';
            return line;
        }
    return 0;
}

/* ---- vocabulary -------------------------------------------------------- */

static int vocab_id(Lexicon *lex, const char *word, size_t len, int32_t *id)
{
    int value;
    if (tx_map_get(lex->vocab, word, len, &value, NULL)) {
        *id = value;
        return COACH_OK;
    }
    ClassMask *mask = vec_push(&lex->masks);
    if (mask == NULL)
        return COACH_ENOMEM;
    value = (int)(lex->masks.count - 1);
    if (tx_map_put(lex->vocab, word, len, value, NULL) != COACH_OK) {
        lex->masks.count--;
        return COACH_ENOMEM;
    }
    *id = value;
    return COACH_OK;
}

/* Folds and stems one lexicon word the way tx_build does; the stem of a
 * stopword is the word. */
static void fold_word(const Lexicon *lex, const char *word, char *norm, size_t *norm_len, char *stem,
                      size_t *stem_len)
{
    *norm_len = tx_fold(word, strlen(word), norm, TX_WORD_BYTES);
    if (tx_map_get(lex->stopwords, norm, *norm_len, NULL, NULL)) {
        memcpy(stem, norm, *norm_len + 1);
        *stem_len = *norm_len;
    } else {
        *stem_len = tx_stem(lex->stemmer, norm, *norm_len, stem, TX_WORD_BYTES);
    }
}

static bool valid_word(const char *norm, size_t len)
{
    if (len == 0)
        return false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)norm[i];
        if (c == ' ' || c == '\'' || c == '-' || c == '|' || c == '@' || c == '*' || c == '!' || c == '^' ||
            c == '$' || c == '=' || c == ',' || c == '.' || c == '?')
            return false;
    }
    return true;
}

/* ---- patterns ---------------------------------------------------------- */

static int set_bit(const Lexicon *lex, const char *name, size_t len, uint64_t *bits)
{
    int bit;
    if (len == 6 && memcmp(name, "number", 6) == 0) {
        *bits = BIT_NUMBER;
        return COACH_OK;
    }
    if (len == 7 && memcmp(name, "ordinal", 7) == 0) {
        *bits = BIT_ORDINAL;
        return COACH_OK;
    }
    if (len == 5 && memcmp(name, "clock", 5) == 0) {
        *bits = BIT_CLOCK;
        return COACH_OK;
    }
    if (!tx_map_get(lex->set_names, name, len, &bit, NULL))
        return COACH_EPARSE;
    *bits = 1ull << bit;
    return COACH_OK;
}

/* Parses "a|@set|=b" into alternatives. */
static int parse_alts(Lexicon *lex, const char *spec, size_t len, const char *pattern, CoachError *err)
{
    size_t i = 0;
    while (i <= len) {
        size_t n = 0;
        while (i + n < len && spec[i + n] != '|')
            n++;
        const char *alt_text = spec + i;
        size_t advance = n + 1;
        if (n == 0)
            return err_set(err, COACH_EPARSE, lex->path, line_of(lex, pattern),
                           "pattern \"%s\": empty alternative", pattern);
        LexAlt *alt = vec_push(&lex->alts);
        if (alt == NULL)
            return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
        alt->norm_id = alt->stem_id = -1;
        if (alt_text[0] == '@') {
            if (set_bit(lex, alt_text + 1, n - 1, &alt->bits) != COACH_OK)
                return err_set(err, COACH_EPARSE, lex->path, line_of(lex, pattern),
                               "pattern \"%s\": unknown word set '%.*s' (define it under sets)", pattern, (int)n,
                               alt_text);
        } else {
            if (alt_text[0] == '=') {
                alt->exact = true;
                alt_text++;
                n--;
            }
            char raw[TX_WORD_BYTES * 2];
            if (n == 0 || n >= sizeof raw)
                return err_set(err, COACH_EPARSE, lex->path, line_of(lex, pattern),
                               "pattern \"%s\": bad word '%.*s'", pattern, (int)n, alt_text);
            memcpy(raw, alt_text, n);
            raw[n] = '\0';
            char norm[TX_WORD_BYTES], stem[TX_WORD_BYTES];
            size_t norm_len, stem_len;
            fold_word(lex, raw, norm, &norm_len, stem, &stem_len);
            if (!valid_word(norm, norm_len))
                return err_set(err, COACH_EPARSE, lex->path, line_of(lex, pattern),
                               "pattern \"%s\": '%s' is not a plain word (write contractions and hyphenated "
                               "words out as separate words: \"what is\", \"short staffed\")",
                               pattern, raw);
            int32_t norm_id, stem_id;
            if (vocab_id(lex, norm, norm_len, &norm_id) != COACH_OK ||
                vocab_id(lex, stem, stem_len, &stem_id) != COACH_OK)
                return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
            alt->norm_id = norm_id;
            alt->stem_id = stem_id;
        }
        i += advance;
    }
    return COACH_OK;
}

/* Compiles one pattern string of a rule. */
static int compile_pattern(Lexicon *lex, uint32_t rule, const char *pattern, CoachError *err)
{
    LexPattern compiled = {rule, (uint32_t)lex->slots.count, 0, false, false};
    const char *p = pattern;
    while (*p != '\0') {
        while (*p == ' ' || *p == '\t')
            p++;
        size_t n = strcspn(p, " \t");
        if (n == 0)
            break;
        if (n == 1 && p[0] == '^') {
            if (compiled.slot_count != 0)
                return err_set(err, COACH_EPARSE, lex->path, line_of(lex, pattern), "pattern \"%s\": ^ must come first", pattern);
            compiled.anchored_start = true;
            p += n;
            continue;
        }
        if (n == 1 && p[0] == '$') {
            compiled.anchored_end = true;
            p += n;
            if (strspn(p, " \t") != strlen(p))
                return err_set(err, COACH_EPARSE, lex->path, line_of(lex, pattern), "pattern \"%s\": $ must come last", pattern);
            continue;
        }
        if (compiled.slot_count >= MAX_SLOTS)
            return err_set(err, COACH_EPARSE, lex->path, line_of(lex, pattern), "pattern \"%s\": more than %d words", pattern,
                           MAX_SLOTS);
        LexSlot *slot = vec_push(&lex->slots);
        if (slot == NULL)
            return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
        compiled.slot_count++;
        if (n == 1 && p[0] == '*') {
            slot->type = SLOT_ANY;
        } else if (n >= 3 && memcmp(p, "...", 3) == 0) {
            slot->type = SLOT_GAP;
            slot->gap = (uint8_t)lex_setting(lex, "gap_words", 3);
            if (n == 4 && p[3] >= '1' && p[3] <= '9')
                slot->gap = (uint8_t)(p[3] - '0');
            else if (n != 3)
                return err_set(err, COACH_EPARSE, lex->path, line_of(lex, pattern), "pattern \"%s\": a gap is ... or ...N (N 1-9)",
                               pattern);
        } else {
            slot->type = p[0] == '!' ? SLOT_NOT : SLOT_ONE;
            const char *spec = p[0] == '!' ? p + 1 : p;
            size_t spec_len = p[0] == '!' ? n - 1 : n;
            size_t slot_index = lex->slots.count - 1;
            uint32_t first = (uint32_t)lex->alts.count;
            int rc = parse_alts(lex, spec, spec_len, pattern, err);
            if (rc != COACH_OK)
                return rc;
            slot = (LexSlot *)lex->slots.items + slot_index;
            slot->alt_first = first;
            slot->alt_count = (uint16_t)(lex->alts.count - first);
            if (slot->alt_count > MAX_ALTS)
                return err_set(err, COACH_EPARSE, lex->path, line_of(lex, pattern), "pattern \"%s\": more than %d alternatives",
                               pattern, MAX_ALTS);
        }
        p += n;
    }
    if (compiled.slot_count == 0)
        return err_set(err, COACH_EPARSE, lex->path, line_of(lex, pattern), "empty pattern");
    const LexSlot *first_slot = (const LexSlot *)lex->slots.items + compiled.slot_first;
    if (first_slot->type != SLOT_ONE)
        return err_set(err, COACH_EPARSE, lex->path, line_of(lex, pattern),
                       "pattern \"%s\": must begin with a word or @set (not *, ... or !)", pattern);
    LexPattern *stored = vec_push(&lex->patterns);
    if (stored == NULL)
        return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    *stored = compiled;
    return COACH_OK;
}

static int rebuild_triggers(Lexicon *lex, CoachError *err)
{
    size_t vocab = lex->masks.count;
    uint32_t *offsets = calloc(vocab + 1, sizeof *offsets);
    uint32_t set_counts[65] = {0};
    if (offsets == NULL)
        return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    const LexPattern *patterns = lex->patterns.items;
    const LexSlot *slots = lex->slots.items;
    const LexAlt *alts = lex->alts.items;
    /* count, then fill (a pattern is listed once per distinct trigger) */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t p = 0; p < lex->patterns.count; p++) {
            const LexSlot *slot = &slots[patterns[p].slot_first];
            for (uint32_t a = slot->alt_first; a < slot->alt_first + slot->alt_count; a++) {
                const LexAlt *alt = &alts[a];
                if (alt->norm_id >= 0) {
                    int32_t ids[2] = {alt->norm_id, alt->exact ? -1 : alt->stem_id};
                    if (ids[1] == ids[0])
                        ids[1] = -1;
                    for (int k = 0; k < 2; k++) {
                        if (ids[k] < 0)
                            continue;
                        if (pass == 0)
                            offsets[ids[k] + 1]++;
                        else
                            lex->word_list[offsets[ids[k]]++] = (uint32_t)p;
                    }
                } else {
                    for (int bit = 0; bit < 64; bit++)
                        if (alt->bits & (1ull << bit)) {
                            if (pass == 0)
                                set_counts[bit + 1]++;
                            else
                                lex->set_list[set_counts[bit]++] = (uint32_t)p;
                        }
                }
            }
        }
        if (pass == 0) {
            for (size_t i = 0; i < vocab; i++)
                offsets[i + 1] += offsets[i];
            for (int i = 0; i < 64; i++)
                set_counts[i + 1] += set_counts[i];
            free(lex->word_list);
            free(lex->set_list);
            lex->word_list = malloc((offsets[vocab] + 1) * sizeof *lex->word_list);
            lex->set_list = malloc((set_counts[64] + 1) * sizeof *lex->set_list);
            if (lex->word_list == NULL || lex->set_list == NULL) {
                free(offsets);
                return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
            }
            memcpy(lex->set_offsets, set_counts, sizeof set_counts);
            /* fill pass advances offsets[id] from each start */
        }
    }
    /* after filling, offsets[id] is the end of id's list = start of id+1's: shift back */
    for (size_t i = vocab; i > 0; i--)
        offsets[i] = offsets[i - 1];
    offsets[0] = 0;
    free(lex->word_offsets);
    lex->word_offsets = offsets;
    lex->trigger_sets = 0;
    for (int bit = 0; bit < 64; bit++) {
        if (lex->set_offsets[bit + 1] > lex->set_offsets[bit])
            lex->trigger_sets |= 1ull << bit;
    }
    return COACH_OK;
}

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
        return err_set(err, COACH_EPARSE, lex->path, line_of(lex, what), "%s must be a list of strings", what);
    lua_Integer count = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= count; i++) {
        lua_rawgeti(L, -1, i);
        if (lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 1);
            return err_set(err, COACH_EPARSE, lex->path, line_of(lex, what), "%s: entry %lld is not a string", what,
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
    fold_word(lex, exact ? word + 1 : word, norm, &norm_len, stem, &stem_len);
    if (!valid_word(norm, norm_len))
        return err_set(err, COACH_EPARSE, lex->path, line_of(lex, word),
                       "set member '%s' is not a plain word (no spaces, apostrophes or hyphens)", word);
    int32_t id;
    if (vocab_id(lex, norm, norm_len, &id) != COACH_OK)
        return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    ((ClassMask *)lex->masks.items)[id].norm |= bit;
    if (!exact) {
        ((ClassMask *)lex->masks.items)[id].stem |= bit; /* a token stemmed to the word itself */
        if (vocab_id(lex, stem, stem_len, &id) != COACH_OK)
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
    fold_word(lex, word, norm, &norm_len, stem, &stem_len);
    if (tx_map_put(lex->synonyms, stem, stem_len, group, NULL) != COACH_OK ||
        tx_map_put(lex->synonyms, norm, norm_len, group, NULL) != COACH_OK)
        return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    return COACH_OK;
}

static int add_pattern(Lexicon *lex, const char *pattern, void *context, CoachError *err)
{
    return compile_pattern(lex, *(uint32_t *)context, pattern, err);
}

/* A table of string -> string at the top of the stack into map. */
static int read_string_map(Lexicon *lex, lua_State *L, const char *what, TxMap *map, CoachError *err)
{
    if (lua_isnil(L, -1))
        return COACH_OK;
    if (!lua_istable(L, -1))
        return err_set(err, COACH_EPARSE, lex->path, line_of(lex, what), "%s must be a table of strings", what);
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 2);
            return err_set(err, COACH_EPARSE, lex->path, line_of(lex, what), "%s: keys and values must be strings",
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
        return err_set(err, COACH_EPARSE, lex->path, line_of(lex, "settings"), "settings must be a table");
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        if (lua_type(L, -2) != LUA_TSTRING || !lua_isinteger(L, -1)) {
            const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "settings";
            int line = line_of(lex, name);
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
            return err_set(err, COACH_EPARSE, lex->path, line_of(lex, "sets"), "sets: names must be strings");
        }
        if (count >= MAX_USER_SETS) {
            lua_pop(L, 1);
            return err_set(err, COACH_EPARSE, lex->path, line_of(lex, "sets"), "more than %d word sets",
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
            return err_set(err, COACH_EPARSE, lex->path, line_of(lex, names[i]),
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
        return err_set(err, COACH_EPARSE, lex->path, line_of(lex, "synonyms"), "synonyms must be a list of lists");
    lua_Integer count = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= count; i++) {
        lua_rawgeti(L, -1, i);
        int group = (int)i - 1;
        int rc = lua_istable(L, -1) ? each_string(lex, L, "synonyms", add_synonym, &group, err)
                                    : err_set(err, COACH_EPARSE, lex->path, line_of(lex, "synonyms"),
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
            return err_set(err, COACH_EPARSE, lex->path, line_of(lex, "rules"), "rules: entry %lld is not a table",
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
                if (strcmp(kind, kind_names[k]) == 0)
                    found = k;
            if (found < 0) {
                rc = err_set(err, COACH_EPARSE, lex->path, line_of(lex, id), "rule '%s': unknown kind '%s'", id,
                             kind != NULL ? kind : "(none)");
            } else {
                LexRule *rule = vec_push(&lex->rules);
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
                        rc = err_set(err, COACH_EPARSE, lex->path, line_of(lex, id), "rule '%s' has no patterns", id);
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
        {"synonyms", read_synonyms}, {"rules", read_rules},
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
    if (rebuild_triggers(lex, err) != COACH_OK)
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

void lex_destroy(Lexicon *lex)
{
    if (lex == NULL)
        return;
    tx_stemmer_destroy(lex->stemmer);
    tx_map_destroy(lex->stopwords);
    tx_map_destroy(lex->word_expansions);
    tx_map_destroy(lex->suffix_expansions);
    tx_map_destroy(lex->s_is);
    tx_map_destroy(lex->synonyms);
    tx_map_destroy(lex->settings);
    tx_map_destroy(lex->vocab);
    tx_map_destroy(lex->set_names);
    free(lex->masks.items);
    free(lex->rules.items);
    free(lex->patterns.items);
    free(lex->slots.items);
    free(lex->alts.items);
    free(lex->word_offsets);
    free(lex->word_list);
    free(lex->set_list);
    free(lex);
}

/* Copies count items of vec (the capacity shrinks to fit). */
static bool vec_copy(Vec *to, const Vec *from)
{
    to->size = from->size;
    to->count = from->count;
    to->capacity = from->count;
    to->items = NULL;
    if (from->count == 0)
        return true;
    to->items = malloc(from->count * from->size);
    if (to->items == NULL)
        return false;
    memcpy(to->items, from->items, from->count * from->size);
    return true;
}

static void *copy_array(const void *from, size_t count, size_t size)
{
    void *copy = malloc(count * size);
    if (copy != NULL)
        memcpy(copy, from, count * size);
    return copy;
}

Lexicon *lex_clone(const Lexicon *from, CoachError *err)
{
    Lexicon *lex = calloc(1, sizeof *lex);
    if (lex == NULL) {
        err_set(err, COACH_ENOMEM, from->path, 0, "out of memory");
        return NULL;
    }
    memcpy(lex->path, from->path, sizeof lex->path);
    lex->stemmer = tx_stemmer_create();
    lex->stopwords = tx_map_clone(from->stopwords);
    lex->word_expansions = tx_map_clone(from->word_expansions);
    lex->suffix_expansions = tx_map_clone(from->suffix_expansions);
    lex->s_is = tx_map_clone(from->s_is);
    lex->synonyms = tx_map_clone(from->synonyms);
    lex->settings = tx_map_clone(from->settings);
    lex->vocab = tx_map_clone(from->vocab);
    lex->set_names = tx_map_clone(from->set_names);
    lex->set_count = from->set_count;
    bool ok = lex->stemmer != NULL && lex->stopwords != NULL && lex->word_expansions != NULL &&
              lex->suffix_expansions != NULL && lex->s_is != NULL && lex->synonyms != NULL &&
              lex->settings != NULL && lex->vocab != NULL && lex->set_names != NULL;
    ok = ok && vec_copy(&lex->masks, &from->masks) && vec_copy(&lex->rules, &from->rules) &&
         vec_copy(&lex->patterns, &from->patterns) && vec_copy(&lex->slots, &from->slots) &&
         vec_copy(&lex->alts, &from->alts);
    if (ok) {
        /* the trigger index as lex_load / lex_add_term left it */
        size_t vocab = from->masks.count;
        lex->word_offsets = copy_array(from->word_offsets, vocab + 1, sizeof *lex->word_offsets);
        lex->word_list = copy_array(from->word_list, from->word_offsets[vocab] + 1, sizeof *lex->word_list);
        lex->set_list = copy_array(from->set_list, from->set_offsets[64] + 1, sizeof *lex->set_list);
        memcpy(lex->set_offsets, from->set_offsets, sizeof lex->set_offsets);
        lex->trigger_sets = from->trigger_sets;
        ok = lex->word_offsets != NULL && lex->word_list != NULL && lex->set_list != NULL;
    }
    if (!ok) {
        err_set(err, COACH_ENOMEM, from->path, 0, "out of memory");
        lex_destroy(lex);
        return NULL;
    }
    lex->text_rules.stopwords = lex->stopwords;
    lex->text_rules.word_expansions = lex->word_expansions;
    lex->text_rules.suffix_expansions = lex->suffix_expansions;
    lex->text_rules.s_is = lex->s_is;
    return lex;
}

int lex_add_term(Lexicon *lex, LexKind kind, int index, const char *term, CoachError *err)
{
    if (kind < LEX_TERM_FEATURE || kind > LEX_TERM_JARGON || term == NULL)
        return err_set(err, COACH_EUSAGE, NULL, 0, "lex_add_term: bad arguments");
    TxText *text = malloc(sizeof *text);
    if (text == NULL)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    tx_build(text, term, strlen(term), &lex->text_rules, lex->stemmer);
    int rc = COACH_OK;
    if (text->token_count == 0) {
        free(text);
        return COACH_OK; /* nothing to find: an empty or punctuation-only term */
    }
    size_t words = text->token_count < MAX_SLOTS ? text->token_count : MAX_SLOTS;
    LexRule *rule = vec_push(&lex->rules);
    if (rule == NULL) {
        free(text);
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    }
    snprintf(rule->id, sizeof rule->id, "term.%s", kind == LEX_TERM_FEATURE   ? "feature"
                                                   : kind == LEX_TERM_OUTCOME ? "outcome"
                                                                              : "jargon");
    rule->kind = kind;
    rule->term = index;
    LexPattern pattern = {(uint32_t)(lex->rules.count - 1), (uint32_t)lex->slots.count, (uint16_t)words, false,
                          false};
    for (size_t i = 0; i < words && rc == COACH_OK; i++) {
        const TxToken *t = &text->tokens[i];
        LexSlot *slot = vec_push(&lex->slots);
        LexAlt *alt = slot != NULL ? vec_push(&lex->alts) : NULL;
        if (alt == NULL) {
            rc = err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
            break;
        }
        slot->type = SLOT_ONE;
        slot->alt_first = (uint32_t)(lex->alts.count - 1);
        slot->alt_count = 1;
        int32_t norm_id = -1, stem_id = -1;
        if (vocab_id(lex, tx_norm(text, t), t->norm_len, &norm_id) != COACH_OK ||
            vocab_id(lex, tx_stem_of(text, t), t->stem_len, &stem_id) != COACH_OK)
            rc = err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        alt = (LexAlt *)lex->alts.items + lex->alts.count - 1;
        alt->norm_id = norm_id;
        alt->stem_id = stem_id;
        alt->bits = 0;
        alt->exact = false;
    }
    free(text);
    if (rc != COACH_OK)
        return rc;
    LexPattern *stored = vec_push(&lex->patterns);
    if (stored == NULL)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    *stored = pattern;
    return rebuild_triggers(lex, err);
}

/* ---- queries ----------------------------------------------------------- */

const TxRules *lex_text_rules(const Lexicon *lex)
{
    return &lex->text_rules;
}

TxStemmer *lex_stemmer(const Lexicon *lex)
{
    return lex->stemmer;
}

uint64_t lex_set_bits(const Lexicon *lex, const char *name)
{
    uint64_t bits = 0;
    if (set_bit(lex, name, strlen(name), &bits) != COACH_OK)
        return 0;
    return bits;
}

int lex_setting(const Lexicon *lex, const char *name, int fallback)
{
    int value;
    if (tx_map_get(lex->settings, name, strlen(name), &value, NULL))
        return value;
    return fallback;
}

int lex_synonym_group(const Lexicon *lex, const char *stem, size_t len)
{
    int group;
    if (tx_map_get(lex->synonyms, stem, len, &group, NULL))
        return group;
    return -1;
}

const LexRule *lex_rule(const Lexicon *lex, size_t index)
{
    return index < lex->rules.count ? (const LexRule *)lex->rules.items + index : NULL;
}

/* ---- tagging and matching --------------------------------------------- */

void lex_tag(const Lexicon *lex, TxText *text)
{
    const ClassMask *masks = lex->masks.items;
    for (size_t i = 0; i < text->token_count; i++) {
        TxToken *t = &text->tokens[i];
        int value;
        t->norm_id = tx_map_get(lex->vocab, tx_norm(text, t), t->norm_len, &value, NULL) ? value : -1;
        if (t->stem == t->norm)
            t->stem_id = t->norm_id;
        else
            t->stem_id = tx_map_get(lex->vocab, tx_stem_of(text, t), t->stem_len, &value, NULL) ? value : -1;
        uint64_t classes = 0;
        if (t->norm_id >= 0)
            classes |= masks[t->norm_id].norm;
        if (t->stem_id >= 0)
            classes |= masks[t->stem_id].stem;
        if (t->flags & TX_NUMBER)
            classes |= BIT_NUMBER;
        if (t->flags & TX_ORDINAL)
            classes |= BIT_ORDINAL;
        if (t->flags & TX_CLOCK)
            classes |= BIT_CLOCK;
        t->classes = classes;
    }
}

static bool alt_matches(const LexAlt *alt, const TxToken *t)
{
    if (alt->norm_id < 0)
        return (t->classes & alt->bits) != 0;
    if (t->norm_id == alt->norm_id)
        return true;
    return !alt->exact && t->stem_id >= 0 && t->stem_id == alt->stem_id;
}

static bool slot_matches(const Lexicon *lex, const LexSlot *slot, const TxToken *t)
{
    const LexAlt *alts = (const LexAlt *)lex->alts.items + slot->alt_first;
    for (uint16_t a = 0; a < slot->alt_count; a++)
        if (alt_matches(&alts[a], t))
            return true;
    return false;
}

/* Matches slots [s, count) from token pos; the sentence ends at limit. */
static bool match_from(const Lexicon *lex, const TxText *text, const LexPattern *p, size_t s, size_t pos,
                       size_t limit, size_t *end)
{
    const LexSlot *slots = (const LexSlot *)lex->slots.items + p->slot_first;
    while (s < p->slot_count) {
        const LexSlot *slot = &slots[s];
        if (slot->type == SLOT_GAP) {
            for (size_t skip = 0; skip <= slot->gap && pos + skip <= limit; skip++)
                if (match_from(lex, text, p, s + 1, pos + skip, limit, end))
                    return true;
            return false;
        }
        if (pos >= limit)
            return false;
        if (slot->type == SLOT_ONE && !slot_matches(lex, slot, &text->tokens[pos]))
            return false;
        if (slot->type == SLOT_NOT && slot_matches(lex, slot, &text->tokens[pos]))
            return false;
        s++;
        pos++;
    }
    if (p->anchored_end && pos != limit)
        return false;
    *end = pos;
    return true;
}

static void try_pattern(const Lexicon *lex, const TxText *text, uint32_t index, size_t pos, size_t limit,
                        bool anchor, bool sentence_anchor, size_t first_hit, LexHits *out)
{
    const LexPattern *p = (const LexPattern *)lex->patterns.items + index;
    if (p->anchored_start && !anchor)
        return;
    size_t end;
    if (!match_from(lex, text, p, 0, pos, limit, &end))
        return;
    for (size_t h = first_hit; h < out->count; h++)
        if (out->hits[h].rule == p->rule) {
            if (end > out->hits[h].end)
                out->hits[h].end = (uint16_t)end; /* keep the longest match of a rule at a place */
            return;
        }
    if (out->count >= LEX_MAX_HITS)
        return;
    LexHit *hit = &out->hits[out->count++];
    hit->rule = (uint16_t)p->rule;
    hit->sentence = text->tokens[pos].sentence;
    hit->start = (uint16_t)pos;
    hit->end = (uint16_t)end;
    hit->sentence_anchor = sentence_anchor;
    hit->anchored = p->anchored_start;
}

void lex_match(const Lexicon *lex, const TxText *text, LexHits *out)
{
    out->count = 0;
    uint64_t filler = lex_set_bits(lex, "fillers");
    bool anchor = false, sentence_anchor = false;
    for (size_t pos = 0; pos < text->token_count; pos++) {
        const TxToken *t = &text->tokens[pos];
        const TxSentence *s = &text->sentences[t->sentence];
        size_t limit = (size_t)s->first + s->count;
        if (pos == s->first) {
            anchor = sentence_anchor = true;
        } else if (t->flags & (TX_AFTER_COMMA | TX_CLAUSE_START)) {
            anchor = true;
            sentence_anchor = sentence_anchor && (text->tokens[pos - 1].classes & filler) != 0;
        } else if (!(anchor && (text->tokens[pos - 1].classes & filler) != 0)) {
            anchor = sentence_anchor = false;
        }
        size_t first_hit = out->count;
        int32_t ids[2] = {t->norm_id, t->stem_id != t->norm_id ? t->stem_id : -1};
        for (int k = 0; k < 2; k++) {
            if (ids[k] < 0 || (size_t)ids[k] + 1 >= lex->masks.count + 1)
                continue;
            for (uint32_t i = lex->word_offsets[ids[k]]; i < lex->word_offsets[ids[k] + 1]; i++)
                try_pattern(lex, text, lex->word_list[i], pos, limit, anchor, sentence_anchor, first_hit, out);
        }
        uint64_t sets = t->classes & lex->trigger_sets;
        while (sets != 0) {
            int bit = __builtin_ctzll(sets);
            sets &= sets - 1;
            for (uint32_t i = lex->set_offsets[bit]; i < lex->set_offsets[bit + 1]; i++)
                try_pattern(lex, text, lex->set_list[i], pos, limit, anchor, sentence_anchor, first_hit, out);
        }
    }
}

void lex_resentence(const Lexicon *lex, const TxText *text, LexHits *hits)
{
    uint64_t filler = lex_set_bits(lex, "fillers");
    for (size_t h = 0; h < hits->count; h++) {
        LexHit *hit = &hits->hits[h];
        if (hit->start >= text->token_count)
            continue;
        const TxToken *t = &text->tokens[hit->start];
        hit->sentence = t->sentence;
        size_t first = text->sentences[t->sentence].first;
        bool anchor = true;
        for (size_t i = first; i < hit->start && anchor; i++)
            anchor = (text->tokens[i].classes & filler) != 0;
        hit->sentence_anchor = anchor;
    }
}
