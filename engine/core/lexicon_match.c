/* lexicon_match: tagging a text's words with the lexicon's classes and
 * finding every pattern that matches (see lexicon.h). */
#include <string.h>

#include "lexicon_internal.h"

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
    if (!lex_filter_admits(&slot->filter, t))
        return false;
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
            /* a word slot after the gap turns most skips down by its filter,
             * without the call (most tries of a pattern with a gap end here) */
            const LexSlot *after = s + 1 < p->slot_count && slots[s + 1].type == SLOT_ONE ? &slots[s + 1] : NULL;
            for (size_t skip = 0; skip <= slot->gap && pos + skip <= limit; skip++) {
                if (after != NULL &&
                    (pos + skip >= limit || !lex_filter_admits(&after->filter, &text->tokens[pos + skip])))
                    continue;
                if (match_from(lex, text, p, s + 1, pos + skip, limit, end))
                    return true;
            }
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

/* Tries the pattern of trigger at pos. known: which of the word's ids
 * (LEX_SURE_*) is the key that found the trigger. Where the index is sure
 * of the first slot for that key, matching starts at the second, and a
 * second word slot the next word cannot match ends the try before the
 * pattern is read. */
static void try_pattern(const Lexicon *lex, const TxText *text, const LexTrigger *trigger, uint8_t known,
                        size_t pos, size_t limit, bool anchor, bool sentence_anchor, size_t first_hit,
                        LexHits *out)
{
    if (trigger->anchored && !anchor)
        return;
    bool sure = (trigger->sure & known) != 0;
    if (sure && trigger->then_word && (pos + 1 >= limit || !lex_filter_admits(&trigger->then, &text->tokens[pos + 1])))
        return;
    const LexPattern *p = (const LexPattern *)lex->patterns.items + trigger->pattern;
    size_t end;
    bool matched = sure ? pos < limit && match_from(lex, text, p, 1, pos + 1, limit, &end)
                        : match_from(lex, text, p, 0, pos, limit, &end);
    if (!matched)
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
            uint8_t known = (ids[k] == t->norm_id ? LEX_SURE_NORM : 0) | (ids[k] == t->stem_id ? LEX_SURE_STEM : 0);
            for (uint32_t i = lex->word_offsets[ids[k]]; i < lex->word_offsets[ids[k] + 1]; i++)
                try_pattern(lex, text, &lex->word_list[i], known, pos, limit, anchor, sentence_anchor, first_hit,
                            out);
        }
        uint64_t sets = t->classes & lex->trigger_sets;
        while (sets != 0) {
            int bit = __builtin_ctzll(sets);
            sets &= sets - 1;
            for (uint32_t i = lex->set_offsets[bit]; i < lex->set_offsets[bit + 1]; i++)
                try_pattern(lex, text, &lex->set_list[i], LEX_SURE_NORM | LEX_SURE_STEM, pos, limit, anchor,
                            sentence_anchor, first_hit, out);
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
