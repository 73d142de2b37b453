/* text: see text.h. */
#include "text.h"

#include <libstemmer.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "error.h"

/* ---- string map -------------------------------------------------------- */

typedef struct TxEntry {
    uint64_t hash;
    char *key; /* NULL: empty slot */
    size_t len;
    int value;
    char *text;
} TxEntry;

struct TxMap {
    TxEntry *slots;
    size_t capacity; /* a power of two */
    size_t count;
};

static uint64_t hash_bytes(const char *key, size_t len)
{
    uint64_t hash = 1469598103934665603ull;
    for (size_t i = 0; i < len; i++) {
        hash ^= (unsigned char)key[i];
        hash *= 1099511628211ull;
    }
    return hash;
}

TxMap *tx_map_create(void)
{
    TxMap *map = calloc(1, sizeof *map);
    if (map == NULL)
        return NULL;
    map->capacity = 64;
    map->slots = calloc(map->capacity, sizeof *map->slots);
    if (map->slots == NULL) {
        free(map);
        return NULL;
    }
    return map;
}

void tx_map_destroy(TxMap *map)
{
    if (map == NULL)
        return;
    for (size_t i = 0; i < map->capacity; i++) {
        free(map->slots[i].key);
        free(map->slots[i].text);
    }
    free(map->slots);
    free(map);
}

static TxEntry *map_find(const TxMap *map, uint64_t hash, const char *key, size_t len)
{
    size_t mask = map->capacity - 1;
    for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
        TxEntry *entry = &map->slots[i];
        if (entry->key == NULL)
            return entry;
        if (entry->hash == hash && entry->len == len && memcmp(entry->key, key, len) == 0)
            return entry;
    }
}

static int map_grow(TxMap *map)
{
    size_t capacity = map->capacity * 2;
    TxEntry *slots = calloc(capacity, sizeof *slots);
    if (slots == NULL)
        return COACH_ENOMEM;
    TxEntry *old = map->slots;
    size_t old_capacity = map->capacity;
    map->slots = slots;
    map->capacity = capacity;
    for (size_t i = 0; i < old_capacity; i++)
        if (old[i].key != NULL)
            *map_find(map, old[i].hash, old[i].key, old[i].len) = old[i];
    free(old);
    return COACH_OK;
}

static char *copy_bytes(const char *bytes, size_t len)
{
    char *copy = malloc(len + 1);
    if (copy == NULL)
        return NULL;
    if (len > 0)
        memcpy(copy, bytes, len);
    copy[len] = '\0';
    return copy;
}

int tx_map_put(TxMap *map, const char *key, size_t len, int value, const char *text)
{
    if ((map->count + 1) * 2 > map->capacity && map_grow(map) != COACH_OK)
        return COACH_ENOMEM;
    uint64_t hash = hash_bytes(key, len);
    TxEntry *entry = map_find(map, hash, key, len);
    char *text_copy = NULL;
    if (text != NULL && (text_copy = copy_bytes(text, strlen(text))) == NULL)
        return COACH_ENOMEM;
    if (entry->key == NULL) {
        char *key_copy = copy_bytes(key, len);
        if (key_copy == NULL) {
            free(text_copy);
            return COACH_ENOMEM;
        }
        entry->key = key_copy;
        entry->len = len;
        entry->hash = hash;
        map->count++;
    }
    free(entry->text);
    entry->text = text_copy;
    entry->value = value;
    return COACH_OK;
}

bool tx_map_get(const TxMap *map, const char *key, size_t len, int *value, const char **text)
{
    if (map == NULL)
        return false;
    const TxEntry *entry = map_find(map, hash_bytes(key, len), key, len);
    if (entry->key == NULL)
        return false;
    if (value != NULL)
        *value = entry->value;
    if (text != NULL)
        *text = entry->text;
    return true;
}

size_t tx_map_count(const TxMap *map)
{
    return map != NULL ? map->count : 0;
}

TxMap *tx_map_clone(const TxMap *map)
{
    TxMap *copy = calloc(1, sizeof *copy);
    if (copy == NULL)
        return NULL;
    copy->slots = calloc(map->capacity, sizeof *copy->slots);
    if (copy->slots == NULL) {
        free(copy);
        return NULL;
    }
    copy->capacity = map->capacity;
    /* same capacity and hashes: every entry keeps its slot */
    for (size_t i = 0; i < map->capacity; i++) {
        const TxEntry *from = &map->slots[i];
        if (from->key == NULL)
            continue;
        TxEntry *to = &copy->slots[i];
        to->key = copy_bytes(from->key, from->len);
        to->text = from->text != NULL ? copy_bytes(from->text, strlen(from->text)) : NULL;
        if (to->key == NULL || (from->text != NULL && to->text == NULL)) {
            free(to->key);
            to->key = NULL;
            tx_map_destroy(copy);
            return NULL;
        }
        to->hash = from->hash;
        to->len = from->len;
        to->value = from->value;
        copy->count++;
    }
    return copy;
}

/* ---- stemmer ----------------------------------------------------------- */

/* Stemming is a third of building a text, and a conversation uses a few
 * hundred words over and over: the last stem of each word is kept in a
 * direct-mapped table (a slot per hash, a newer word overwrites), so the
 * memory is fixed. Only the thread holding the stemmer reads or writes it. */
#define STEM_CACHE_SLOTS 4096 /* a power of two; ~450 KB */

typedef struct StemCacheSlot {
    uint8_t word_len; /* 0: empty */
    uint8_t stem_len;
    char word[TX_WORD_BYTES];
    char stem[TX_WORD_BYTES + 8];
} StemCacheSlot;

struct TxStemmer {
    struct sb_stemmer *stemmer;
    atomic_flag busy;
    StemCacheSlot *cache; /* STEM_CACHE_SLOTS, owned */
};

TxStemmer *tx_stemmer_create(void)
{
    TxStemmer *stemmer = calloc(1, sizeof *stemmer);
    if (stemmer == NULL)
        return NULL;
    atomic_flag_clear(&stemmer->busy);
    stemmer->cache = calloc(STEM_CACHE_SLOTS, sizeof *stemmer->cache);
    if (stemmer->cache == NULL)
        goto free_stemmer;
    stemmer->stemmer = sb_stemmer_new("english", NULL);
    if (stemmer->stemmer == NULL)
        goto free_cache;
    return stemmer;
free_cache:
    free(stemmer->cache);
free_stemmer:
    free(stemmer);
    return NULL;
}

void tx_stemmer_destroy(TxStemmer *stemmer)
{
    if (stemmer == NULL)
        return;
    sb_stemmer_delete(stemmer->stemmer);
    free(stemmer->cache);
    free(stemmer);
}

static size_t copy_cut(const char *word, size_t len, char *out, size_t size)
{
    if (size == 0)
        return 0;
    size_t n = tx_utf8_cut(word, len, size);
    memcpy(out, word, n);
    out[n] = '\0';
    return n;
}

/* The cache slot for word: NULL when the word or its stem cannot be kept. */
static StemCacheSlot *stem_slot(TxStemmer *stemmer, const char *word, size_t len)
{
    if (len > TX_WORD_BYTES)
        return NULL;
    return &stemmer->cache[hash_bytes(word, len) & (STEM_CACHE_SLOTS - 1)];
}

size_t tx_stem(TxStemmer *stemmer, const char *word, size_t len, char *out, size_t size)
{
    if (stemmer == NULL || len == 0)
        return copy_cut(word, len, out, size);
    struct sb_stemmer *use = NULL;
    struct sb_stemmer *temporary = NULL;
    StemCacheSlot *slot = NULL;
    bool locked = !atomic_flag_test_and_set_explicit(&stemmer->busy, memory_order_acquire);
    if (locked) {
        use = stemmer->stemmer;
        slot = stem_slot(stemmer, word, len);
        if (slot != NULL && slot->word_len == len && memcmp(slot->word, word, len) == 0) {
            size_t n = copy_cut(slot->stem, slot->stem_len, out, size);
            atomic_flag_clear_explicit(&stemmer->busy, memory_order_release);
            return n;
        }
    } else {
        use = temporary = sb_stemmer_new("english", NULL); /* another thread has it */
    }
    size_t n;
    const sb_symbol *stem = use != NULL ? sb_stemmer_stem(use, (const sb_symbol *)word, (int)len) : NULL;
    if (stem != NULL) {
        size_t stem_len = (size_t)sb_stemmer_length(use);
        n = copy_cut((const char *)stem, stem_len, out, size);
        if (slot != NULL && stem_len <= sizeof slot->stem) {
            slot->word_len = (uint8_t)len;
            memcpy(slot->word, word, len);
            slot->stem_len = (uint8_t)stem_len;
            memcpy(slot->stem, stem, stem_len);
        }
    } else {
        n = copy_cut(word, len, out, size);
    }
    if (locked)
        atomic_flag_clear_explicit(&stemmer->busy, memory_order_release);
    if (temporary != NULL)
        sb_stemmer_delete(temporary);
    return n;
}

/* ---- characters -------------------------------------------------------- */

size_t tx_utf8_cut(const char *text, size_t len, size_t size)
{
    if (size == 0)
        return 0;
    if (len <= size - 1)
        return len;
    size_t n = size - 1;
    /* back up over continuation bytes to a character start */
    while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
        n--;
    return n;
}

static bool is_apostrophe(int32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0xFF07 || cp == 0x2032;
}

static bool is_dash(int32_t cp)
{
    return cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2212 || cp == 0x2E3A || cp == 0x2E3B;
}

static bool is_word_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return true;
    default:
        return false;
    }
}

static bool is_digit_cp(int32_t cp)
{
    return cp >= '0' && cp <= '9';
}

static bool is_letter_cp(int32_t cp)
{
    return is_word_cp(cp) && !is_digit_cp(cp);
}

/* Decodes the (valid) UTF-8 character at text[i]; *cp gets -1 at the end. */
static size_t decode(const char *text, size_t len, size_t i, int32_t *cp)
{
    if (i >= len) {
        *cp = -1;
        return 0;
    }
    unsigned char c = (unsigned char)text[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_int32_t value;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &value);
    if (n <= 0) {
        *cp = ' ';
        return 1;
    }
    *cp = value;
    return (size_t)n;
}

/* Folds one character into out (room for 4 * 8 bytes); returns bytes written. */
static size_t fold_cp(int32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)((cp >= 'A' && cp <= 'Z') ? cp + ('a' - 'A') : cp);
        return 1;
    }
    if (is_apostrophe(cp)) {
        out[0] = '\'';
        return 1;
    }
    utf8proc_int32_t parts[8];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(
        cp, parts, 8,
        (utf8proc_option_t)(UTF8PROC_CASEFOLD | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                            UTF8PROC_IGNORE),
        &boundclass);
    if (n < 0 || n > 8)
        return 0;
    size_t written = 0;
    for (utf8proc_ssize_t i = 0; i < n; i++) {
        if (parts[i] < 0x80) {
            int32_t c = parts[i];
            out[written++] = (char)((c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c);
        } else {
            written += (size_t)utf8proc_encode_char(parts[i], (utf8proc_uint8_t *)out + written);
        }
    }
    return written;
}

size_t tx_fold(const char *text, size_t len, char *out, size_t size)
{
    if (size == 0)
        return 0;
    size_t used = 0;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)text[i];
        int32_t cp;
        size_t step;
        if (c < 0x80) {
            cp = c;
            step = 1;
        } else {
            utf8proc_int32_t value;
            utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(len - i), &value);
            if (n <= 0) {
                i++;
                continue;
            }
            cp = value;
            step = (size_t)n;
        }
        char folded[32];
        size_t n = fold_cp(cp, folded);
        if (used + n + 1 > size)
            break;
        memcpy(out + used, folded, n);
        used += n;
        i += step;
    }
    out[used] = '\0';
    return used;
}

/* ---- the pipeline ------------------------------------------------------ */

typedef struct Builder {
    TxText *out;
    const TxRules *rules;
    TxStemmer *stemmer;
    bool pending_comma;
    bool open_sentence;   /* the current sentence has tokens */
    size_t sentence_start_byte;
    size_t last_closed;   /* index of the last closed sentence, or SIZE_MAX */
    bool closed_since_token;
} Builder;

static void close_sentence(Builder *b, size_t end_byte, bool question)
{
    TxText *out = b->out;
    if (!b->open_sentence) {
        /* "...?" or "?!": the mark belongs to the sentence just closed */
        if (question && b->closed_since_token && b->last_closed != SIZE_MAX)
            out->sentences[b->last_closed].question_mark = true;
        return;
    }
    TxSentence *s = &out->sentences[out->sentence_count - 1];
    s->count = (uint16_t)(out->token_count - s->first);
    s->src_end = (uint16_t)end_byte;
    s->question_mark = s->question_mark || question;
    b->last_closed = out->sentence_count - 1;
    b->closed_since_token = true;
    if (out->sentence_count < TX_MAX_SENTENCES)
        b->open_sentence = false; /* else keep adding to the last sentence */
}

static bool arena_put(TxText *out, const char *bytes, size_t len, uint16_t *offset)
{
    if (out->arena_used + len + 1 > TX_ARENA_BYTES)
        return false;
    *offset = (uint16_t)out->arena_used;
    memcpy(out->arena + out->arena_used, bytes, len);
    out->arena[out->arena_used + len] = '\0';
    out->arena_used += len + 1;
    return true;
}

static unsigned number_flags(const char *word, size_t len)
{
    size_t digits = 0;
    while (digits < len && (is_digit_cp((unsigned char)word[digits]) || ((word[digits] == '.' || word[digits] == ',' ||
                                                                          word[digits] == ':' || word[digits] == '/') &&
                                                                         digits > 0)))
        digits++;
    if (digits == 0)
        return 0;
    if (digits == len)
        return memchr(word, ':', len) != NULL ? TX_NUMBER | TX_CLOCK : TX_NUMBER;
    const char *rest = word + digits;
    size_t rest_len = len - digits;
    if (rest_len == 2 && (memcmp(rest, "st", 2) == 0 || memcmp(rest, "nd", 2) == 0 || memcmp(rest, "rd", 2) == 0 ||
                          memcmp(rest, "th", 2) == 0))
        return TX_ORDINAL;
    if (rest_len == 2 && (memcmp(rest, "am", 2) == 0 || memcmp(rest, "pm", 2) == 0))
        return TX_CLOCK;
    return 0;
}

static void emit_token(Builder *b, const char *word, size_t len, unsigned flags, size_t src_start, size_t src_end)
{
    TxText *out = b->out;
    if (len == 0)
        return;
    if (out->token_count >= TX_MAX_TOKENS) {
        out->token_overflow = true;
        return;
    }
    len = tx_utf8_cut(word, len, TX_WORD_BYTES);
    TxToken *t = &out->tokens[out->token_count];
    if (!arena_put(out, word, len, &t->norm)) {
        out->token_overflow = true;
        return;
    }
    t->norm_len = (uint8_t)len;
    flags |= number_flags(word, len);
    if (b->rules != NULL && tx_map_get(b->rules->stopwords, word, len, NULL, NULL))
        flags |= TX_STOP;
    if ((flags & (TX_STOP | TX_NUMBER | TX_ORDINAL | TX_CLOCK)) != 0 || b->stemmer == NULL) {
        t->stem = t->norm;
        t->stem_len = t->norm_len;
    } else {
        char stem[TX_WORD_BYTES + 8];
        size_t n = tx_stem(b->stemmer, word, len, stem, sizeof stem);
        if (n == len && memcmp(stem, word, len) == 0) {
            t->stem = t->norm;
        } else if (!arena_put(out, stem, n, &t->stem)) {
            out->arena_used = t->norm; /* undo the word */
            out->token_overflow = true;
            return;
        }
        t->stem_len = (uint8_t)n;
    }
    if (b->pending_comma)
        flags |= TX_AFTER_COMMA;
    b->pending_comma = false;
    t->flags = (uint16_t)flags;
    t->src_start = (uint16_t)src_start;
    t->src_end = (uint16_t)src_end;
    t->norm_id = -1;
    t->stem_id = -1;
    t->classes = 0;
    if (!b->open_sentence) {
        if (out->sentence_count >= TX_MAX_SENTENCES) {
            /* cannot happen: close_sentence keeps the last one open */
            out->token_overflow = true;
            return;
        }
        TxSentence *s = &out->sentences[out->sentence_count++];
        s->first = (uint16_t)out->token_count;
        s->count = 0;
        s->src_start = (uint16_t)src_start;
        s->src_end = (uint16_t)src_end;
        s->question_mark = false;
        b->open_sentence = true;
    }
    t->sentence = (uint16_t)(out->sentence_count - 1);
    out->token_count++;
    b->closed_since_token = false;
}

/* Emits "will not" as two tokens sharing one typed span. */
static void emit_phrase(Builder *b, const char *phrase, size_t src_start, size_t src_end)
{
    const char *p = phrase;
    bool first = true;
    while (*p != '\0') {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        if (n == 0)
            break;
        emit_token(b, p, n, TX_EXPANDED | (first ? 0u : (unsigned)TX_SECOND_PART), src_start, src_end);
        first = false;
        p += n;
    }
}

static void emit_word(Builder *b, size_t start, size_t end)
{
    TxText *out = b->out;
    char folded[TX_WORD_BYTES * 4];
    size_t len = 0;
    size_t i = start;
    while (i < end) {
        unsigned char c = (unsigned char)out->source[i];
        if (c < 0x80) { /* most words are ASCII: fold_cp's first case, in place */
            if (len + 1 >= sizeof folded - 1)
                break;
            folded[len++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            i++;
            continue;
        }
        int32_t cp;
        size_t step = decode(out->source, end, i, &cp);
        char piece[32];
        size_t n = fold_cp(cp, piece);
        if (len + n >= sizeof folded - 1)
            break;
        memcpy(folded + len, piece, n);
        len += n;
        i += step;
    }
    folded[len] = '\0';
    out->words++;
    const TxRules *rules = b->rules;
    const char *expansion = NULL;
    if (rules != NULL && tx_map_get(rules->word_expansions, folded, len, NULL, &expansion) && expansion != NULL) {
        emit_phrase(b, expansion, start, end);
        return;
    }
    char *apostrophe = memchr(folded, '\'', len);
    if (apostrophe == NULL) {
        emit_token(b, folded, len, 0, start, end);
        return;
    }
    /* n't: "doesn't" -> does + not */
    if (rules != NULL && len > 3 && memcmp(folded + len - 3, "n't", 3) == 0 &&
        tx_map_get(rules->suffix_expansions, "n't", 3, NULL, &expansion) && expansion != NULL) {
        emit_token(b, folded, len - 3, TX_EXPANDED, start, end);
        emit_phrase(b, expansion, start, end);
        return;
    }
    char *last = folded + len;
    while (last > folded && last[-1] != '\'')
        last--;
    size_t base_len = (size_t)(last - 1 - folded);
    const char *suffix = last - 1;
    size_t suffix_len = len - base_len;
    if (rules != NULL && base_len > 0 && memchr(folded, '\'', base_len) == NULL) {
        if (suffix_len == 2 && suffix[1] == 's') {
            /* 's: "is" after it/that/what..., else a possessive (dropped) */
            bool is = tx_map_get(rules->s_is, folded, base_len, NULL, NULL);
            emit_token(b, folded, base_len, TX_EXPANDED | (is ? 0u : (unsigned)TX_DROPPED_S), start, end);
            if (is &&
                tx_map_get(rules->suffix_expansions, suffix, suffix_len, NULL, &expansion) && expansion != NULL)
                emit_phrase(b, expansion, start, end);
            return;
        }
        if (tx_map_get(rules->suffix_expansions, suffix, suffix_len, NULL, &expansion) && expansion != NULL) {
            emit_token(b, folded, base_len, TX_EXPANDED, start, end);
            emit_phrase(b, expansion, start, end);
            return;
        }
    }
    /* o'clock, rock'n'roll: drop the apostrophes */
    size_t kept = 0;
    for (size_t k = 0; k < len; k++)
        if (folded[k] != '\'')
            folded[kept++] = folded[k];
    folded[kept] = '\0';
    emit_token(b, folded, kept, 0, start, end);
}

/* Copies text into out->source: cut to TX_MAX_BYTES on a character boundary,
 * invalid bytes and control characters replaced by spaces. */
static void clean_source(TxText *out, const char *text, size_t len)
{
    size_t limit = len;
    if (limit > TX_MAX_BYTES) {
        limit = TX_MAX_BYTES;
        out->truncated = true;
    }
    size_t used = 0;
    size_t i = 0;
    while (i < limit) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) {
            out->source[used++] = (c < 0x20 && c != '\n') || c == 0x7F ? ' ' : (char)c;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(limit - i), &cp);
        if (n <= 0) {
            if (out->truncated && limit - i < 4 && (c & 0xC0) == 0xC0) {
                /* a character cut by the length limit: drop it quietly */
                bool rest_continuation = true;
                for (size_t k = i + 1; k < limit; k++)
                    rest_continuation = rest_continuation && (((unsigned char)text[k] & 0xC0) == 0x80);
                if (rest_continuation)
                    break;
            }
            out->invalid_utf8 = true;
            out->source[used++] = ' ';
            i++;
            continue;
        }
        if (cp >= 0x80 && cp < 0xA0) { /* C1 controls */
            out->source[used++] = ' ';
            i += (size_t)n;
            continue;
        }
        memcpy(out->source + used, text + i, (size_t)n);
        used += (size_t)n;
        i += (size_t)n;
    }
    out->source[used] = '\0';
    out->source_len = used;
}

void tx_build(TxText *out, const char *text, size_t len, const TxRules *rules, TxStemmer *stemmer)
{
    out->truncated = false;
    out->invalid_utf8 = false;
    out->token_overflow = false;
    out->words = 0;
    out->token_count = 0;
    out->sentence_count = 0;
    out->arena_used = 0;
    if (text == NULL)
        len = 0;
    clean_source(out, text != NULL ? text : "", len);

    Builder b = {out, rules, stemmer, false, false, 0, SIZE_MAX, false};
    const char *src = out->source;
    size_t n = out->source_len;
    size_t i = 0;
    int32_t prev = ' ';
    while (i < n) {
        int32_t cp;
        size_t step = decode(src, n, i, &cp);
        if (is_word_cp(cp)) {
            size_t start = i;
            size_t j = i + step;
            int32_t last = cp;
            for (;;) {
                int32_t next;
                size_t next_step = decode(src, n, j, &next);
                if (next < 0)
                    break;
                if (is_word_cp(next)) {
                    last = next;
                    j += next_step;
                    continue;
                }
                int32_t after;
                decode(src, n, j + next_step, &after);
                if (is_apostrophe(next) && is_letter_cp(last) && after >= 0 && is_letter_cp(after)) {
                    last = next;
                    j += next_step;
                    continue;
                }
                if ((next == '.' || next == ',' || next == ':' || next == '/') && is_digit_cp(last) && is_digit_cp(after)) {
                    last = next;
                    j += next_step;
                    continue;
                }
                break;
            }
            emit_word(&b, start, j);
            prev = last;
            i = j;
            continue;
        }
        int32_t next;
        decode(src, n, i + step, &next);
        switch (cp) {
        case '?':
            close_sentence(&b, i + 1, true);
            break;
        case '.':
        case '!':
        case ';':
        case ':':
        case '\n':
        case 0x2026: /* ellipsis */
        case 0x3002: /* ideographic full stop */
        case 0xFF1F: /* fullwidth question mark */
            close_sentence(&b, i, cp == 0xFF1F);
            break;
        case '-':
            if (prev == ' ' || next == ' ' || next == '-' || next < 0)
                close_sentence(&b, i, false);
            else
                b.pending_comma = false;
            break;
        case ',':
        case '(':
        case ')':
        case '[':
        case ']':
        case '"':
        case 0x201C:
        case 0x201D:
            b.pending_comma = true;
            break;
        default:
            if (is_dash(cp))
                close_sentence(&b, i, false);
            break;
        }
        prev = cp;
        i += step;
    }
    close_sentence(&b, n, false);
}

bool tx_split_sentence(TxText *text, size_t token)
{
    if (token >= text->token_count || text->sentence_count >= TX_MAX_SENTENCES)
        return false;
    size_t s = text->tokens[token].sentence;
    TxSentence *sentence = &text->sentences[s];
    if (token <= sentence->first)
        return false;
    memmove(&text->sentences[s + 2], &text->sentences[s + 1],
            (text->sentence_count - s - 1) * sizeof text->sentences[0]);
    text->sentence_count++;
    TxSentence *second = &text->sentences[s + 1];
    *second = *sentence;
    second->first = (uint16_t)token;
    second->count = (uint16_t)(sentence->first + sentence->count - token);
    second->src_start = text->tokens[token].src_start;
    sentence->count = (uint16_t)(token - sentence->first);
    sentence->src_end = text->tokens[token - 1].src_end;
    sentence->question_mark = false;
    for (size_t i = token; i < text->token_count; i++)
        text->tokens[i].sentence++;
    return true;
}

bool tx_join_sentences(TxText *text, size_t s)
{
    if (s + 1 >= text->sentence_count)
        return false;
    TxSentence *sentence = &text->sentences[s];
    const TxSentence *next = &text->sentences[s + 1];
    /* the break between them reads as a comma */
    text->tokens[next->first].flags |= TX_AFTER_COMMA;
    for (size_t i = next->first; i < text->token_count; i++)
        text->tokens[i].sentence--;
    sentence->count = (uint16_t)(sentence->count + next->count);
    sentence->src_end = next->src_end;
    sentence->question_mark = next->question_mark;
    memmove(&text->sentences[s + 1], &text->sentences[s + 2],
            (text->sentence_count - s - 2) * sizeof text->sentences[0]);
    text->sentence_count--;
    return true;
}

void tx_quote(const TxText *text, size_t first, size_t last, char *out, size_t size)
{
    if (size == 0)
        return;
    out[0] = '\0';
    if (first >= text->token_count || last >= text->token_count || last < first)
        return;
    size_t start = text->tokens[first].src_start;
    size_t end = text->tokens[last].src_end;
    if (end < start)
        end = start;
    size_t len = end - start;
    if (len + 1 <= size) {
        memcpy(out, text->source + start, len);
        out[len] = '\0';
        return;
    }
    if (size < 8) {
        size_t n = tx_utf8_cut(text->source + start, len, size);
        memcpy(out, text->source + start, n);
        out[n] = '\0';
        return;
    }
    size_t n = tx_utf8_cut(text->source + start, len, size - 3);
    memcpy(out, text->source + start, n);
    memcpy(out + n, "...", 4);
}
