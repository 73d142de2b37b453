/* text: the UTF-8-safe text pipeline under the analyser.
 *
 * One typed line goes in as raw bytes (maybe invalid UTF-8, maybe with NULs
 * and control characters, maybe too long); out comes a TxText: a cleaned
 * copy of the line, its sentences, and its word tokens, each case-folded,
 * with contractions written out ("what's" -> what is, "dont" -> do not),
 * stemmed with Snowball's English stemmer and marked when it is a stopword.
 * Every token remembers the bytes it came from, so evidence can quote the
 * words as typed.
 *
 * The word lists the pipeline needs (contractions, stopwords) come from the
 * caller as TxMaps, so the lists stay data (assets/lexicon.lua).
 *
 * Building a TxText allocates nothing: it is a fixed-size value that the
 * caller provides (about 60 KiB; keep one per thread, or on the stack). */
#ifndef COACH_TEXT_H
#define COACH_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Bytes of input kept; the rest is cut (same as AN_MAX_LINE_BYTES). */
#define TX_MAX_BYTES 4000
#define TX_MAX_TOKENS 1024
#define TX_MAX_SENTENCES 256
#define TX_ARENA_BYTES 12288
/* A token longer than this many bytes is cut (still one token). */
#define TX_WORD_BYTES 48

/* ---- string map -------------------------------------------------------- */

/* A hash map from byte strings to an int and an optional string; keys and
 * strings are copied. Used for word lists and the analyser's vocabulary. */
typedef struct TxMap TxMap;

/* NULL when out of memory. Caller owns: tx_map_destroy(). */
TxMap *tx_map_create(void);
void tx_map_destroy(TxMap *map);

/* Inserts or replaces key -> (value, text). text may be NULL. Returns 0, or
 * COACH_ENOMEM (the map is unchanged). */
int tx_map_put(TxMap *map, const char *key, size_t len, int value, const char *text);

/* Looks key up. value and text may be NULL; *text is borrowed from the map
 * and lives as long as it. */
bool tx_map_get(const TxMap *map, const char *key, size_t len, int *value, const char **text);

size_t tx_map_count(const TxMap *map);

/* A deep copy of map (keys and strings copied), NULL when out of memory.
 * Caller owns: tx_map_destroy(). */
TxMap *tx_map_clone(const TxMap *map);

/* ---- stemmer ----------------------------------------------------------- */

/* Snowball's English stemmer. One TxStemmer may be used by several threads:
 * a call that finds it busy makes a temporary one. */
typedef struct TxStemmer TxStemmer;

/* NULL when out of memory. Caller owns: tx_stemmer_destroy(). */
TxStemmer *tx_stemmer_create(void);
void tx_stemmer_destroy(TxStemmer *stemmer);

/* Stems one folded word into out (NUL-terminated, cut to size); returns the
 * stem's length. On any failure the word itself is copied. */
size_t tx_stem(TxStemmer *stemmer, const char *word, size_t len, char *out, size_t size);

/* ---- folding ----------------------------------------------------------- */

/* Case-folds and normalises a short UTF-8 string (a lexicon word) into out:
 * lower case, accents stripped, compatibility forms unified, typographic
 * apostrophes made ASCII. Invalid bytes are dropped. Returns the length. */
size_t tx_fold(const char *text, size_t len, char *out, size_t size);

/* ---- the pipeline ------------------------------------------------------ */

enum {
    TX_STOP = 1 << 0,         /* a stopword (function word) */
    TX_NUMBER = 1 << 1,       /* digits: 12, 1,200, 99.95, 24/7 */
    TX_ORDINAL = 1 << 2,      /* 3rd, 22nd, 14th */
    TX_CLOCK = 1 << 3,        /* 9am, 2pm, 10:30 */
    TX_AFTER_COMMA = 1 << 4,  /* a comma (or bracket, quote) came just before */
    TX_EXPANDED = 1 << 5,     /* came from a contraction */
    TX_SECOND_PART = 1 << 6,  /* the second token of one typed word */
    TX_DROPPED_S = 1 << 7,    /* a 's was dropped after it ("the site's": is or possessive) */
    TX_CLAUSE_START = 1 << 8  /* a clause starts here though no comma says so (set by the
                                 caller: "when it stops | what does it cost you") */
};

typedef struct TxToken {
    uint16_t norm;       /* arena offset of the folded word */
    uint16_t stem;       /* arena offset of its stem */
    uint8_t norm_len;
    uint8_t stem_len;
    uint16_t flags;      /* TX_* bits */
    uint16_t sentence;   /* index into TxText.sentences */
    uint16_t src_start;  /* byte span in TxText.source (as typed) */
    uint16_t src_end;
    int32_t norm_id;     /* the caller's ids for norm and stem (-1: none) */
    int32_t stem_id;
    uint64_t classes;    /* the caller's word-class bits */
} TxToken;

typedef struct TxSentence {
    uint16_t first;      /* first token */
    uint16_t count;      /* tokens in the sentence (at least 1) */
    uint16_t src_start;  /* byte span in TxText.source */
    uint16_t src_end;
    bool question_mark;  /* ended with '?' */
} TxSentence;

/* The lists the pipeline reads (all may be NULL). Keys are folded words. */
typedef struct TxRules {
    const TxMap *word_expansions;   /* "won't" -> "will not", "whats" -> "what is" */
    const TxMap *suffix_expansions; /* "n't" -> "not", "'re" -> "are", "'s" -> "is" */
    const TxMap *s_is;              /* words whose 's means "is": it, that, what... */
    const TxMap *stopwords;
} TxRules;

typedef struct TxText {
    char source[TX_MAX_BYTES + 1]; /* the cleaned, cut line (valid UTF-8) */
    size_t source_len;
    bool truncated;       /* the input was longer than TX_MAX_BYTES */
    bool invalid_utf8;    /* invalid bytes were replaced by spaces */
    bool token_overflow;  /* more tokens than TX_MAX_TOKENS: the rest ignored */
    int words;            /* words as typed (a contraction counts once) */
    size_t token_count;
    size_t sentence_count;
    size_t arena_used;
    TxToken tokens[TX_MAX_TOKENS];
    TxSentence sentences[TX_MAX_SENTENCES];
    char arena[TX_ARENA_BYTES];
} TxText;

/* Runs the pipeline on len bytes of text (need not be valid UTF-8 or
 * NUL-terminated; NULL is the empty line). Never fails; token ids are set to
 * -1 and classes to 0 for the caller to fill. stemmer may be NULL (then the
 * stem is the word). */
void tx_build(TxText *out, const char *text, size_t len, const TxRules *rules, TxStemmer *stemmer);

/* The folded word / stem of a token (NUL-terminated, inside out->arena). */
static inline const char *tx_norm(const TxText *text, const TxToken *token)
{
    return text->arena + token->norm;
}

static inline const char *tx_stem_of(const TxText *text, const TxToken *token)
{
    return text->arena + token->stem;
}

/* Splits the sentence that holds token into two clauses: the first ends
 * before token, the second starts at it (and keeps the sentence's question
 * mark). Later sentences move up by one index. False, and nothing changes,
 * when token opens its sentence or is out of range, or the sentence table is
 * full. */
bool tx_split_sentence(TxText *text, size_t token);

/* Joins sentence s + 1 onto sentence s (the inverse of tx_split_sentence):
 * one sentence that keeps the second's end and question mark, the break
 * between them read as a comma. False, and
 * nothing changes, when s + 1 is out of range. */
bool tx_join_sentences(TxText *text, size_t s);

/* Copies the typed bytes of tokens [first, last] into out (NUL-terminated,
 * cut on a character boundary, "..." appended when cut). */
void tx_quote(const TxText *text, size_t first, size_t last, char *out, size_t size);

/* Cuts a UTF-8 string to at most size-1 bytes without splitting a
 * character; returns the new length. */
size_t tx_utf8_cut(const char *text, size_t len, size_t size);

#endif
