/* lexicon_internal: what lexicon.c (storage, vocabulary, patterns,
 * queries), lexicon_read.c (loading the Lua file) and lexicon_match.c
 * (tagging and matching a text) share. Not part of the module's contract:
 * only those three files include it. */
#ifndef COACH_LEXICON_INTERNAL_H
#define COACH_LEXICON_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"

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

typedef enum SlotType { SLOT_ONE, SLOT_ANY, SLOT_GAP, SLOT_NOT } SlotType;

typedef struct LexAlt {
    int32_t norm_id; /* word alternative: vocabulary ids; set: -1 */
    int32_t stem_id;
    uint64_t bits;   /* set alternative */
    bool exact;
} LexAlt;

/* What a slot's alternatives can match, folded so that most words that
 * match none are told so without reading them: the union of the set
 * alternatives' bits, and the lex_id_bit of each word alternative's ids
 * (its stem's too unless exact). Built with the trigger index. */
typedef struct LexFilter {
    uint64_t set_bits;
    uint64_t word_ids;
} LexFilter;

typedef struct LexSlot {
    uint8_t type;
    uint8_t gap;     /* SLOT_GAP: at most this many words */
    uint16_t alt_count;
    uint32_t alt_first;
    LexFilter filter;
} LexSlot;

/* A vocabulary id's bit in LexFilter.word_ids. */
static inline uint64_t lex_id_bit(int32_t id)
{
    return 1ull << ((uint32_t)id & 63);
}

/* False when the token matches none of the alternatives filter stands for;
 * true when it may match one. */
static inline bool lex_filter_admits(const LexFilter *filter, const TxToken *t)
{
    uint64_t ids = (t->norm_id >= 0 ? lex_id_bit(t->norm_id) : 0) | (t->stem_id >= 0 ? lex_id_bit(t->stem_id) : 0);
    return (t->classes & filter->set_bits) != 0 || (ids & filter->word_ids) != 0;
}

typedef struct LexPattern {
    uint32_t rule;
    uint32_t slot_first;
    uint16_t slot_count;
    bool anchored_start;
    bool anchored_end;
} LexPattern;

/* One entry of the trigger index: a pattern that can begin at a word,
 * with what decides most tries, so that a try that fails never loads the
 * pattern or its slots (waiting for those loads was most of what matching
 * cost). `sure` says which of the word's ids
 * (LEX_SURE_NORM: its folded form, LEX_SURE_STEM: its stem) is, as the
 * key that reached the entry, enough for the first slot to match; a set's
 * entries are always sure. `anchored` is the pattern's anchored_start;
 * `then_word` says the second slot is a plain word slot (SLOT_ONE), and
 * `then` is its filter. */
enum { LEX_SURE_NORM = 1, LEX_SURE_STEM = 2 };
typedef struct LexTrigger {
    uint32_t pattern;
    uint8_t sure;
    bool anchored;
    bool then_word;
    LexFilter then;
} LexTrigger;

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
    char **lists[LEX_LIST_COUNT]; /* `lists`: one block each, NULL-terminated */
    int set_count;
    Vec rules;            /* LexRule */
    Vec patterns;         /* LexPattern */
    Vec slots;            /* LexSlot */
    Vec alts;             /* LexAlt */
    /* trigger index, rebuilt after every change: patterns by first word / set,
     * each pattern once per key, in pattern order */
    uint32_t *word_offsets; /* vocabulary count + 1 */
    LexTrigger *word_list;
    uint32_t set_offsets[65];
    LexTrigger *set_list;
    uint64_t trigger_sets;  /* sets that start some pattern */
};

/* One block holding the count strings of items, lower-cased, as a
 * NULL-terminated array (free() it once); NULL when out of memory. */
char **lex_list_build(const char *const *items, size_t count);

/* Appends one zeroed item; NULL when out of memory. */
void *lex_vec_push(Vec *vec);

/* The line of the lexicon file (while loading) where needle first
 * appears, for error messages; 0 if unknown. */
int lex_line_of(const Lexicon *lex, const char *needle);

/* The vocabulary id of a folded word or stem, added when new; COACH_ENOMEM
 * when out of memory. */
int lex_vocab_id(Lexicon *lex, const char *word, size_t len, int32_t *id);

/* A word as the analyser folds it: normalised form and stem (a stopword is
 * its own stem); both buffers hold TX_WORD_BYTES. */
void lex_fold_word(const Lexicon *lex, const char *word, char *norm, size_t *norm_len, char *stem,
                   size_t *stem_len);

/* Whether a folded word can be a pattern's word: no spaces and none of
 * the characters the pattern syntax uses. */
bool lex_valid_word(const char *norm, size_t len);

/* Compiles one pattern of rule into slots and alternatives. */
int lex_compile_pattern(Lexicon *lex, uint32_t rule, const char *pattern, CoachError *err);

/* Rebuilds the index of patterns by their first word or set, and the
 * slots' filters. */
int lex_rebuild_triggers(Lexicon *lex, CoachError *err);

#endif
