/* lexicon: see lexicon.h. */
#include "lexicon.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon_internal.h"

void *lex_vec_push(Vec *vec)
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

static const char *const kind_names[LEX_KIND_COUNT] = {
    "open",     "closed",  "statement", "probe",   "topic_shift", "reflection",   "feature",
    "bridge",   "benefit", "proposal",  "action",  "anchor",      "next_step",    "purpose",
    "small_talk", "seller", "trouble",  "subordinate", "clause_start", "pick_up", "reassurance", "motive", "cost_of_inaction", "buying_process", "specific",
    "vague_ending", "moves_on", "term_feature", "term_outcome", "term_jargon",
};

const char *lex_kind_name(LexKind kind)
{
    return (unsigned)kind < LEX_KIND_COUNT ? kind_names[kind] : "?";
}

/* ---- errors with line numbers ------------------------------------------ */

/* The 1-based line of the first occurrence of needle in the file, or 0. */
int lex_line_of(const Lexicon *lex, const char *needle)
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

int lex_vocab_id(Lexicon *lex, const char *word, size_t len, int32_t *id)
{
    int value;
    if (tx_map_get(lex->vocab, word, len, &value, NULL)) {
        *id = value;
        return COACH_OK;
    }
    ClassMask *mask = lex_vec_push(&lex->masks);
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
void lex_fold_word(const Lexicon *lex, const char *word, char *norm, size_t *norm_len, char *stem,
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

bool lex_valid_word(const char *norm, size_t len)
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
            return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, pattern),
                           "pattern \"%s\": empty alternative", pattern);
        LexAlt *alt = lex_vec_push(&lex->alts);
        if (alt == NULL)
            return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
        alt->norm_id = alt->stem_id = -1;
        if (alt_text[0] == '@') {
            if (set_bit(lex, alt_text + 1, n - 1, &alt->bits) != COACH_OK)
                return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, pattern),
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
                return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, pattern),
                               "pattern \"%s\": bad word '%.*s'", pattern, (int)n, alt_text);
            memcpy(raw, alt_text, n);
            raw[n] = '\0';
            char norm[TX_WORD_BYTES], stem[TX_WORD_BYTES];
            size_t norm_len, stem_len;
            lex_fold_word(lex, raw, norm, &norm_len, stem, &stem_len);
            if (!lex_valid_word(norm, norm_len))
                return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, pattern),
                               "pattern \"%s\": '%s' is not a plain word (write contractions and hyphenated "
                               "words out as separate words: \"what is\", \"short staffed\")",
                               pattern, raw);
            int32_t norm_id, stem_id;
            if (lex_vocab_id(lex, norm, norm_len, &norm_id) != COACH_OK ||
                lex_vocab_id(lex, stem, stem_len, &stem_id) != COACH_OK)
                return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
            alt->norm_id = norm_id;
            alt->stem_id = stem_id;
        }
        i += advance;
    }
    return COACH_OK;
}

/* Compiles one pattern string of a rule. */
int lex_compile_pattern(Lexicon *lex, uint32_t rule, const char *pattern, CoachError *err)
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
                return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, pattern), "pattern \"%s\": ^ must come first", pattern);
            compiled.anchored_start = true;
            p += n;
            continue;
        }
        if (n == 1 && p[0] == '$') {
            compiled.anchored_end = true;
            p += n;
            if (strspn(p, " \t") != strlen(p))
                return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, pattern), "pattern \"%s\": $ must come last", pattern);
            continue;
        }
        if (compiled.slot_count >= MAX_SLOTS)
            return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, pattern), "pattern \"%s\": more than %d words", pattern,
                           MAX_SLOTS);
        LexSlot *slot = lex_vec_push(&lex->slots);
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
                return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, pattern), "pattern \"%s\": a gap is ... or ...N (N 1-9)",
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
                return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, pattern), "pattern \"%s\": more than %d alternatives",
                               pattern, MAX_ALTS);
        }
        p += n;
    }
    if (compiled.slot_count == 0)
        return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, pattern), "empty pattern");
    const LexSlot *first_slot = (const LexSlot *)lex->slots.items + compiled.slot_first;
    if (first_slot->type != SLOT_ONE)
        return err_set(err, COACH_EPARSE, lex->path, lex_line_of(lex, pattern),
                       "pattern \"%s\": must begin with a word or @set (not *, ... or !)", pattern);
    LexPattern *stored = lex_vec_push(&lex->patterns);
    if (stored == NULL)
        return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    *stored = compiled;
    return COACH_OK;
}

/* The trigger index's entry for pattern p (its slots' filters built). */
static LexTrigger trigger_of(const Lexicon *lex, size_t p, uint8_t sure)
{
    const LexPattern *pattern = (const LexPattern *)lex->patterns.items + p;
    const LexSlot *slots = (const LexSlot *)lex->slots.items + pattern->slot_first;
    LexTrigger trigger = {(uint32_t)p, sure, pattern->anchored_start, false, {0, 0}};
    if (pattern->slot_count > 1 && slots[1].type == SLOT_ONE) {
        trigger.then_word = true;
        trigger.then = slots[1].filter;
    }
    return trigger;
}

int lex_rebuild_triggers(Lexicon *lex, CoachError *err)
{
    size_t vocab = lex->masks.count;
    uint32_t *offsets = calloc(vocab + 1, sizeof *offsets);
    /* the pattern listed last under each key (vocabulary ids, then the 64
     * set bits): a pattern is listed once per key, however many of its
     * first slot's alternatives lead there */
    uint32_t *last = malloc((vocab + 64) * sizeof *last);
    uint32_t set_counts[65] = {0};
    if (offsets == NULL || last == NULL) {
        free(offsets);
        free(last);
        return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
    }
    const LexPattern *patterns = lex->patterns.items;
    const LexSlot *slots = lex->slots.items;
    const LexAlt *alts = lex->alts.items;
    for (size_t i = 0; i < lex->slots.count; i++) {
        LexSlot *slot = (LexSlot *)lex->slots.items + i;
        slot->filter = (LexFilter){0, 0};
        for (uint32_t a = slot->alt_first; a < slot->alt_first + slot->alt_count; a++) {
            if (alts[a].norm_id < 0) {
                slot->filter.set_bits |= alts[a].bits;
                continue;
            }
            slot->filter.word_ids |= lex_id_bit(alts[a].norm_id);
            if (!alts[a].exact && alts[a].stem_id >= 0)
                slot->filter.word_ids |= lex_id_bit(alts[a].stem_id);
        }
    }
    /* count, then fill */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < vocab + 64; i++)
            last[i] = UINT32_MAX;
        for (size_t p = 0; p < lex->patterns.count; p++) {
            const LexSlot *slot = &slots[patterns[p].slot_first];
            for (uint32_t a = slot->alt_first; a < slot->alt_first + slot->alt_count; a++) {
                const LexAlt *alt = &alts[a];
                if (alt->norm_id >= 0) {
                    /* a word whose folded form is the alternative's, or (unless
                     * exact) whose stem is its stem, matches it */
                    int32_t ids[2] = {alt->norm_id, alt->exact ? -1 : alt->stem_id};
                    uint8_t sure[2] = {LEX_SURE_NORM, LEX_SURE_STEM};
                    for (int k = 0; k < 2; k++) {
                        if (ids[k] < 0)
                            continue;
                        uint32_t key = (uint32_t)ids[k];
                        if (last[key] == p) {
                            if (pass == 1)
                                lex->word_list[offsets[key] - 1].sure |= sure[k];
                            continue;
                        }
                        last[key] = (uint32_t)p;
                        if (pass == 0)
                            offsets[key + 1]++;
                        else
                            lex->word_list[offsets[key]++] = trigger_of(lex, p, sure[k]);
                    }
                } else {
                    for (int bit = 0; bit < 64; bit++) {
                        if (!(alt->bits & (1ull << bit)) || last[vocab + (size_t)bit] == p)
                            continue;
                        last[vocab + (size_t)bit] = (uint32_t)p;
                        if (pass == 0)
                            set_counts[bit + 1]++;
                        else
                            lex->set_list[set_counts[bit]++] = trigger_of(lex, p, LEX_SURE_NORM | LEX_SURE_STEM);
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
                free(last);
                return err_set(err, COACH_ENOMEM, lex->path, 0, "out of memory");
            }
            memcpy(lex->set_offsets, set_counts, sizeof set_counts);
            /* fill pass advances offsets[id] from each start */
        }
    }
    free(last);
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
    for (size_t i = 0; i < LEX_LIST_COUNT; i++)
        free(lex->lists[i]);
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
    for (size_t i = 0; ok && i < LEX_LIST_COUNT; i++)
        if (from->lists[i] != NULL) {
            size_t count = 0;
            while (from->lists[i][count] != NULL)
                count++;
            lex->lists[i] = lex_list_build((const char *const *)from->lists[i], count);
            ok = lex->lists[i] != NULL;
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
    LexRule *rule = lex_vec_push(&lex->rules);
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
        LexSlot *slot = lex_vec_push(&lex->slots);
        LexAlt *alt = slot != NULL ? lex_vec_push(&lex->alts) : NULL;
        if (alt == NULL) {
            rc = err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
            break;
        }
        slot->type = SLOT_ONE;
        slot->alt_first = (uint32_t)(lex->alts.count - 1);
        slot->alt_count = 1;
        int32_t norm_id = -1, stem_id = -1;
        if (lex_vocab_id(lex, tx_norm(text, t), t->norm_len, &norm_id) != COACH_OK ||
            lex_vocab_id(lex, tx_stem_of(text, t), t->stem_len, &stem_id) != COACH_OK)
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
    LexPattern *stored = lex_vec_push(&lex->patterns);
    if (stored == NULL)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    *stored = pattern;
    return lex_rebuild_triggers(lex, err);
}

/* ---- queries ----------------------------------------------------------- */

char **lex_list_build(const char *const *items, size_t count)
{
    size_t bytes = (count + 1) * sizeof(char *);
    for (size_t i = 0; i < count; i++)
        bytes += strlen(items[i]) + 1;
    char **list = malloc(bytes);
    if (list == NULL)
        return NULL;
    char *text = (char *)(list + count + 1);
    for (size_t i = 0; i < count; i++) {
        list[i] = text;
        for (const char *c = items[i]; *c != '\0'; c++)
            *text++ = (char)tolower((unsigned char)*c);
        *text++ = '\0';
    }
    list[count] = NULL;
    return list;
}

const char *const *lex_list(const Lexicon *lex, LexList list)
{
    static const char *const none[] = {NULL};
    if (lex == NULL || (unsigned)list >= LEX_LIST_COUNT || lex->lists[list] == NULL)
        return none;
    return (const char *const *)lex->lists[list];
}

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

int lex_rule_index(const Lexicon *lex, const char *id)
{
    for (size_t i = 0; i < lex->rules.count; i++)
        if (strcmp(((const LexRule *)lex->rules.items)[i].id, id) == 0)
            return (int)i;
    return -1;
}
