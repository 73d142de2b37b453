/* analyze: see analyze.h.
 *
 * How a line is read:
 *  1. the text pipeline (text.c) cleans, splits, folds, expands and stems
 *     the line and the context line;
 *  2. the lexicon's patterns (lexicon.c, data in assets/lexicon.lua) are
 *     matched, each hit tagged with a kind (question shape, reflective frame,
 *     bridge, proposal, ...);
 *  3. the decisions below combine the hits per sentence with what only code
 *     can see: whether a sentence is a question, what it shares with the
 *     context line, who the subject of a clause is, what follows a bridge.
 * Every label carries evidence: the rule id that fired and the typed words. */
#include "analyze.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "text.h"

_Static_assert(TX_MAX_BYTES == AN_MAX_LINE_BYTES, "the pipeline cuts lines where the analyser says it does");
_Static_assert(LEX_RULE_BYTES == AN_RULE_BYTES, "rule ids fit evidence");

struct Analyzer {
    Lexicon *lexicon;
    /* word classes the decisions use (bits of TxToken.classes) */
    uint64_t you, me, seller_subject, thing_subject, pronoun_subject, feature_verb, empty_trio, feelings, fillers,
        modal, recap_opener, reference_verb, question_word, aux, conjunction, number_word, back_pointer, agree_verb,
        possess_verb, we_subject,
        person_pronoun, clause_break, hedge;
    /* thresholds, from the lexicon's settings */
    int recap_min_overlap, recap_min_words, probe_min_overlap, probe_short_words;
    int feature_window, bridge_window, trouble_window, echo_max_words, frame_min_words, remark_max_words;
    int term_counts[AN_TERM_KIND_COUNT];
    /* rules the decisions single out (lexicon indexes; -1 when the lexicon has none) */
    int rule_check;   /* closed.check: "... sound ok" closes a plan, not a reply */
    int rule_remark;  /* reflection.remark: "..., that's scary" names a feeling about their point */
    int rule_offer;   /* next_step.offer: "I'll send..." is a step only with a meeting */
    int rule_meeting; /* next_step.action: the meetings an offer can propose */
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

static const char *const cue_names[AN_CUE_COUNT] = {
    "motive", "cost_of_inaction", "buying_process", "specific", "number", "vague_ending",
};

const char *an_cue_name(AnCue cue)
{
    if ((unsigned)cue >= AN_CUE_COUNT)
        return "unknown";
    return cue_names[cue];
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

/* ---- lifecycle --------------------------------------------------------- */

static const char *const required_sets[] = {"you",        "me",       "seller_subject", "thing_subject",
                                            "feature_verb", "empty_trio", "feelings",     "fillers",
                                            "modal",      "pronoun_subject", "recap_opener",
                                            "reference_verb", "question_word", "aux", "conjunction",
                                            "number_word", "back_pointer", "agree_verb", "possess_verb", "we_subject", "person_pronoun",
                                            "clause_break", "hedge"};

Analyzer *an_create(const char *lexicon_path, CoachError *err)
{
    Analyzer *analyzer = calloc(1, sizeof *analyzer);
    if (analyzer == NULL) {
        err_set(err, COACH_ENOMEM, lexicon_path, 0, "out of memory");
        return NULL;
    }
    analyzer->lexicon = lex_load(lexicon_path, err);
    if (analyzer->lexicon == NULL)
        goto fail_analyzer;
    const Lexicon *lex = analyzer->lexicon;
    for (size_t i = 0; i < sizeof required_sets / sizeof required_sets[0]; i++)
        if (lex_set_bits(lex, required_sets[i]) == 0) {
            err_set(err, COACH_EPARSE, lexicon_path, 0, "the lexicon has no word set '%s' (the analyser needs it)",
                    required_sets[i]);
            goto fail_lexicon;
        }
    analyzer->you = lex_set_bits(lex, "you");
    analyzer->me = lex_set_bits(lex, "me");
    analyzer->seller_subject = lex_set_bits(lex, "seller_subject");
    analyzer->thing_subject = lex_set_bits(lex, "thing_subject");
    analyzer->feature_verb = lex_set_bits(lex, "feature_verb");
    analyzer->empty_trio = lex_set_bits(lex, "empty_trio");
    analyzer->feelings = lex_set_bits(lex, "feelings");
    analyzer->fillers = lex_set_bits(lex, "fillers");
    analyzer->modal = lex_set_bits(lex, "modal");
    analyzer->pronoun_subject = lex_set_bits(lex, "pronoun_subject");
    analyzer->recap_opener = lex_set_bits(lex, "recap_opener");
    analyzer->reference_verb = lex_set_bits(lex, "reference_verb");
    analyzer->question_word = lex_set_bits(lex, "question_word");
    analyzer->aux = lex_set_bits(lex, "aux");
    analyzer->conjunction = lex_set_bits(lex, "conjunction");
    analyzer->number_word = lex_set_bits(lex, "number_word");
    analyzer->back_pointer = lex_set_bits(lex, "back_pointer");
    analyzer->agree_verb = lex_set_bits(lex, "agree_verb");
    analyzer->possess_verb = lex_set_bits(lex, "possess_verb");
    analyzer->we_subject = lex_set_bits(lex, "we_subject");
    analyzer->person_pronoun = lex_set_bits(lex, "person_pronoun");
    analyzer->clause_break = lex_set_bits(lex, "clause_break");
    analyzer->hedge = lex_set_bits(lex, "hedge");
    analyzer->recap_min_overlap = lex_setting(lex, "recap_min_overlap", 2);
    analyzer->recap_min_words = lex_setting(lex, "recap_min_words", 4);
    analyzer->probe_min_overlap = lex_setting(lex, "probe_min_overlap", 1);
    analyzer->probe_short_words = lex_setting(lex, "probe_short_words", 3);
    analyzer->feature_window = lex_setting(lex, "feature_window", 6);
    analyzer->bridge_window = lex_setting(lex, "bridge_window", 10);
    analyzer->trouble_window = lex_setting(lex, "trouble_window", 6);
    analyzer->echo_max_words = lex_setting(lex, "echo_max_words", 5);
    analyzer->remark_max_words = lex_setting(lex, "remark_max_words", 8);
    analyzer->frame_min_words = lex_setting(lex, "frame_min_words", 5);
    analyzer->rule_check = lex_rule_index(lex, "closed.check");
    analyzer->rule_remark = lex_rule_index(lex, "reflection.remark");
    analyzer->rule_offer = lex_rule_index(lex, "next_step.offer");
    analyzer->rule_meeting = lex_rule_index(lex, "next_step.action");
    return analyzer;

fail_lexicon:
    lex_destroy(analyzer->lexicon);
fail_analyzer:
    free(analyzer);
    return NULL;
}

Analyzer *an_clone(const Analyzer *analyzer, CoachError *err)
{
    if (analyzer == NULL) {
        err_set(err, COACH_EUSAGE, NULL, 0, "an_clone: no analyser");
        return NULL;
    }
    Analyzer *copy = malloc(sizeof *copy);
    if (copy == NULL) {
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    *copy = *analyzer;
    copy->lexicon = lex_clone(analyzer->lexicon, err);
    if (copy->lexicon == NULL) {
        free(copy);
        return NULL;
    }
    return copy;
}

void an_destroy(Analyzer *analyzer)
{
    if (analyzer == NULL)
        return;
    lex_destroy(analyzer->lexicon);
    free(analyzer);
}

int an_add_terms(Analyzer *analyzer, AnTermKind kind, const char *const *terms, size_t count, CoachError *err)
{
    if (analyzer == NULL || (unsigned)kind >= AN_TERM_KIND_COUNT || (terms == NULL && count > 0))
        return err_set(err, COACH_EUSAGE, NULL, 0, "an_add_terms: bad arguments");
    static const LexKind kinds[AN_TERM_KIND_COUNT] = {LEX_TERM_FEATURE, LEX_TERM_OUTCOME, LEX_TERM_JARGON};
    for (size_t i = 0; i < count; i++) {
        if (terms[i] == NULL)
            return err_set(err, COACH_EUSAGE, NULL, 0, "an_add_terms: term %zu is NULL", i);
        int rc = lex_add_term(analyzer->lexicon, kinds[kind], analyzer->term_counts[kind], terms[i], err);
        if (rc != COACH_OK)
            return rc;
        analyzer->term_counts[kind]++;
    }
    return COACH_OK;
}

/* ---- meaning keys (stems and synonym groups) ---------------------------- */

#define GROUP_BIT (1ull << 63)
#define MAX_KEYS TX_MAX_TOKENS

static uint64_t meaning_key(const Analyzer *analyzer, const TxText *text, const TxToken *t)
{
    const char *stem = tx_stem_of(text, t);
    int group = lex_synonym_group(analyzer->lexicon, stem, t->stem_len);
    if (group < 0 && t->stem != t->norm)
        group = lex_synonym_group(analyzer->lexicon, tx_norm(text, t), t->norm_len);
    if (group >= 0)
        return GROUP_BIT | (uint64_t)group;
    uint64_t hash = 1469598103934665603ull;
    for (size_t i = 0; i < t->stem_len; i++) {
        hash ^= (unsigned char)stem[i];
        hash *= 1099511628211ull;
    }
    return hash & ~GROUP_BIT;
}

typedef struct KeySet {
    uint64_t keys[MAX_KEYS];
    size_t count;
} KeySet;

static int compare_keys(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The distinct meaning keys of text's content words (all words if
 * content_only is false). */
static void collect_keys(const Analyzer *analyzer, const TxText *text, bool content_only, KeySet *set)
{
    set->count = 0;
    for (size_t i = 0; i < text->token_count && set->count < MAX_KEYS; i++) {
        const TxToken *t = &text->tokens[i];
        if (content_only && (t->flags & TX_STOP))
            continue;
        set->keys[set->count++] = meaning_key(analyzer, text, t);
    }
    qsort(set->keys, set->count, sizeof set->keys[0], compare_keys);
    size_t kept = 0;
    for (size_t i = 0; i < set->count; i++)
        if (kept == 0 || set->keys[kept - 1] != set->keys[i])
            set->keys[kept++] = set->keys[i];
    set->count = kept;
}

static bool key_in(const KeySet *set, uint64_t key)
{
    size_t low = 0, high = set->count;
    while (low < high) {
        size_t mid = (low + high) / 2;
        if (set->keys[mid] == key)
            return true;
        if (set->keys[mid] < key)
            low = mid + 1;
        else
            high = mid;
    }
    return false;
}

/* ---- evidence ------------------------------------------------------------ */

#define CANDIDATES_PER_LABEL 3
#define MAX_CANDIDATES (CANDIDATES_PER_LABEL * AN_LABEL_COUNT)

typedef struct Candidate {
    AnLabel label;
    uint16_t sentence;
    char rule[AN_RULE_BYTES];
    char match[AN_MATCH_BYTES];
} Candidate;

typedef struct Work {
    const Analyzer *analyzer;
    TxText *line;
    LexHits *hits;
    AnResult *out;
    bool has_context;
    TxText *context_text;   /* NULL without context; tagged on first use (context_facts) */
    bool context_tagged;
    bool context_person;  /* the context names a person (he, she, a name) */
    bool context_number;  /* the context gives a number */
    KeySet *context_keys;
    Candidate candidates[MAX_CANDIDATES];
    size_t candidate_count;
    /* per sentence */
    uint8_t question[TX_MAX_SENTENCES];     /* 0 none, 1 open, 2 closed */
    int16_t shape_hit[TX_MAX_SENTENCES];    /* the hit that decided, -1 */
    uint8_t overlap[TX_MAX_SENTENCES];      /* distinct shared meanings with the context */
    bool feature_strong[TX_MAX_SENTENCES];
    bool feature_weak[TX_MAX_SENTENCES];
    bool benefit[TX_MAX_SENTENCES];
    bool blocks_recap[TX_MAX_SENTENCES];
    bool purpose[TX_MAX_SENTENCES];
    bool seller_trouble[TX_MAX_SENTENCES]; /* the seller's own trouble */
    bool context_move[TX_MAX_SENTENCES];   /* a probe or reflection sentence */
    bool echo[TX_MAX_SENTENCES];           /* an echo leading into the next question ("Night feeds?") */
    /* hits are in token order, so each sentence's hits are one run */
    uint16_t hits_from[TX_MAX_SENTENCES + 1]; /* sentence s: hits [hits_from[s], hits_from[s + 1]) */
    uint64_t kinds_in[TX_MAX_SENTENCES];      /* bit k: sentence s has a hit of LexKind k */
    bool has_kind[LEX_KIND_COUNT];
    unsigned sentence_labels[TX_MAX_SENTENCES]; /* AN_BIT() set of labels found in each sentence */
} Work;

static void candidate(Work *w, AnLabel label, size_t sentence, const char *rule, const char *match)
{
    w->out->labels |= AN_BIT(label);
    if (sentence < w->line->sentence_count)
        w->sentence_labels[sentence] |= AN_BIT(label);
    /* at most a few per label, so every label keeps its evidence */
    size_t same = 0;
    for (size_t i = 0; i < w->candidate_count; i++)
        same += w->candidates[i].label == label;
    if (same >= CANDIDATES_PER_LABEL || w->candidate_count >= MAX_CANDIDATES)
        return;
    Candidate *c = &w->candidates[w->candidate_count++];
    c->label = label;
    c->sentence = (uint16_t)sentence;
    snprintf(c->rule, sizeof c->rule, "%s", rule);
    size_t n = tx_utf8_cut(match, strlen(match), sizeof c->match);
    memcpy(c->match, match, n);
    c->match[n] = '\0';
}

static void candidate_tokens(Work *w, AnLabel label, const char *rule, size_t first, size_t last)
{
    char match[AN_MATCH_BYTES];
    tx_quote(w->line, first, last, match, sizeof match);
    candidate(w, label, w->line->tokens[first].sentence, rule, match);
}

static void candidate_hit(Work *w, AnLabel label, const LexHit *hit)
{
    const LexRule *rule = lex_rule(w->analyzer->lexicon, hit->rule);
    candidate_tokens(w, label, rule->id, hit->start, (size_t)hit->end - 1);
}

/* The first candidate of each label, in label order, then the others. */
static void emit_evidence(Work *w)
{
    AnResult *out = w->out;
    bool used[MAX_CANDIDATES] = {false};
    for (int pass = 0; pass < 2; pass++)
        for (int label = 0; label < AN_LABEL_COUNT; label++) {
            bool first_done = false;
            for (size_t i = 0; i < w->candidate_count && out->evidence_count < AN_MAX_EVIDENCE; i++) {
                if (used[i] || w->candidates[i].label != (AnLabel)label)
                    continue;
                if (pass == 0 && first_done)
                    break;
                AnEvidence *e = &out->evidence[out->evidence_count++];
                e->label = w->candidates[i].label;
                memcpy(e->rule, w->candidates[i].rule, sizeof e->rule);
                memcpy(e->match, w->candidates[i].match, sizeof e->match);
                e->clause = w->candidates[i].sentence < AN_MAX_CLAUSES ? w->candidates[i].sentence
                                                                         : AN_MAX_CLAUSES - 1;
                used[i] = true;
                first_done = true;
            }
        }
}

static bool in_class(const TxToken *t, uint64_t bits)
{
    return (t->classes & bits) != 0;
}

/* A number ("five", "240") or the prospect's name said to them ("thanks
 * Walt,", ", Peg."): words a line shares with theirs without restating. */
static bool echo_token(const Work *w, size_t i)
{
    const TxText *line = w->line;
    const TxToken *t = &line->tokens[i];
    if ((t->flags & (TX_NUMBER | TX_ORDINAL)) != 0 || in_class(t, w->analyzer->number_word))
        return true;
    const TxSentence *sentence = &line->sentences[t->sentence];
    size_t end = (size_t)sentence->first + sentence->count;
    char c = line->source[t->src_start];
    if (i == sentence->first || c < 'A' || c > 'Z')
        return false;
    bool before = (t->flags & TX_AFTER_COMMA) != 0 || in_class(&line->tokens[i - 1], w->analyzer->fillers);
    bool after = i + 1 >= end || (line->tokens[i + 1].flags & TX_AFTER_COMMA) != 0;
    return before && after;
}

/* "shared: a, b" from the tokens of sentence s (or every sentence when s is
 * SIZE_MAX) whose meaning is in the context line; restated: leave out
 * numbers and the prospect's name (echo_token). */
static int shared_in(const Work *w, size_t s, char *out, size_t size, bool write, bool restated);

static int shared_words(const Work *w, size_t s, char *out, size_t size, bool write)
{
    return shared_in(w, s, out, size, write, false);
}

static int shared_in(const Work *w, size_t s, char *out, size_t size, bool write, bool restated)
{
    const TxText *line = w->line;
    uint64_t seen[64];
    int count = 0;
    size_t used = 0;
    if (write && size > 0) {
        used = (size_t)snprintf(out, size, "shared:");
        if (used >= size)
            used = size - 1;
    }
    size_t first = 0, end = line->token_count;
    if (s != SIZE_MAX) {
        first = line->sentences[s].first;
        end = first + line->sentences[s].count;
    }
    for (size_t i = first; i < end; i++) {
        const TxToken *t = &line->tokens[i];
        if ((t->flags & TX_STOP) || (restated && echo_token(w, i)))
            continue;
        uint64_t key = meaning_key(w->analyzer, line, t);
        if (!key_in(w->context_keys, key))
            continue;
        bool again = false;
        for (int k = 0; k < count && k < 64; k++)
            again = again || seen[k] == key;
        if (again)
            continue;
        if (count < 64)
            seen[count] = key;
        count++;
        if (write && used + 4 < size) {
            char word[48];
            tx_quote(line, i, i, word, sizeof word);
            int n = snprintf(out + used, size - used, "%s %s", count > 1 ? "," : "", word);
            if (n > 0)
                used = used + (size_t)n < size ? used + (size_t)n : size - 1;
        }
    }
    return count;
}

/* ---- decisions ------------------------------------------------------------ */

static LexKind hit_kind(const Work *w, const LexHit *hit)
{
    return lex_rule(w->analyzer->lexicon, hit->rule)->kind;
}

_Static_assert(LEX_KIND_COUNT <= 64, "a sentence's kinds fit a 64-bit set");

/* Indexes the hits by sentence: run again whenever the sentences or the hits
 * change. */
static void index_hits(Work *w)
{
    const TxText *line = w->line;
    size_t h = 0;
    for (size_t s = 0; s < line->sentence_count; s++) {
        w->hits_from[s] = (uint16_t)h;
        w->kinds_in[s] = 0;
        while (h < w->hits->count && w->hits->hits[h].sentence == s) {
            w->kinds_in[s] |= 1ull << hit_kind(w, &w->hits->hits[h]);
            h++;
        }
    }
    w->hits_from[line->sentence_count] = (uint16_t)h;
}

static bool sentence_has_kind(const Work *w, size_t s, LexKind kind)
{
    return s < w->line->sentence_count && (w->kinds_in[s] & (1ull << kind)) != 0;
}

/* ---- clauses --------------------------------------------------------------- */

static bool is_shape(LexKind kind)
{
    return kind == LEX_OPEN || kind == LEX_CLOSED || kind == LEX_STATEMENT;
}

static bool clause_boundary(const TxToken *t)
{
    return (t->flags & (TX_AFTER_COMMA | TX_CLAUSE_START)) != 0;
}

/* The first token in [pos, end) that is not a filler word, or end. */
static size_t after_fillers(const Work *w, size_t pos, size_t end)
{
    while (pos < end && in_class(&w->line->tokens[pos], w->analyzer->fillers))
        pos++;
    return pos;
}

/* The longest hit of a question shape (open, closed or statement) that
 * begins at token pos, or -1. Hits are in token order. */
static int shape_at(const Work *w, size_t pos)
{
    int best = -1;
    size_t s = w->line->tokens[pos].sentence;
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (hit->start > pos)
            break;
        if (hit->start == pos && is_shape(hit_kind(w, hit)) && (best < 0 || hit->end > w->hits->hits[best].end))
            best = (int)h;
    }
    return best;
}

static bool kind_at(const Work *w, size_t pos, LexKind kind)
{
    size_t s = w->line->tokens[pos].sentence;
    if (!sentence_has_kind(w, s, kind))
        return false;
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (hit->start > pos)
            break;
        if (hit->start == pos && hit_kind(w, hit) == kind)
            return true;
    }
    return false;
}

/* The end of the clause that begins at pos: the next comma or marked clause
 * start before end, or end. */
static size_t clause_end(const Work *w, size_t pos, size_t end)
{
    size_t next = pos + 1;
    while (next < end && !clause_boundary(&w->line->tokens[next]))
        next++;
    return next;
}

/* Where the main clause of sentence s starts: after the subordinate clauses
 * that lead into it ("when that happens, what does it cost you"); the
 * sentence's first token when there are none, or nothing follows them. */
static size_t main_clause_start(const Work *w, size_t s)
{
    const TxSentence *sentence = &w->line->sentences[s];
    size_t first = sentence->first, end = first + sentence->count;
    size_t pos = after_fillers(w, first, end);
    if (pos >= end || !kind_at(w, pos, LEX_SUBORDINATE))
        return first;
    while (pos < end && kind_at(w, pos, LEX_SUBORDINATE)) {
        size_t next = clause_end(w, pos, end);
        if (next >= end)
            return first;
        pos = after_fillers(w, next, end);
    }
    return pos < end ? pos : first;
}

/* "When the line stops what does it cost you": a subordinate clause with no
 * comma after it. The lexicon's clause_start rules say where the main
 * question begins; that token is marked so the patterns that open a clause
 * (^) can match there. True when a token was marked (then match again). */
static bool mark_clause_starts(Work *w)
{
    const Analyzer *a = w->analyzer;
    TxText *line = w->line;
    bool marked = false;
    for (size_t s = 0; s < line->sentence_count; s++) {
        const TxSentence *sentence = &line->sentences[s];
        size_t first = sentence->first, end = first + sentence->count;
        size_t pos = after_fillers(w, first, end);
        /* "who else is involved and how do those decisions get made": a
         * question, then and/or/but with a question word and its verb */
        int shape = pos < end ? shape_at(w, pos) : -1;
        if (shape >= 0 && hit_kind(w, &w->hits->hits[shape]) != LEX_STATEMENT)
            for (size_t i = (size_t)w->hits->hits[shape].end; i + 2 < end; i++) {
                const TxToken *t = &line->tokens[i];
                if (clause_boundary(t))
                    break;
                if (!in_class(t, a->conjunction) || !in_class(&line->tokens[i + 1], a->question_word))
                    continue;
                if (!in_class(&line->tokens[i + 2], a->aux) &&
                    !(i + 3 < end && in_class(&line->tokens[i + 3], a->aux)))
                    continue;
                line->tokens[i].flags |= TX_CLAUSE_START;
                marked = true;
                break;
            }
        if (pos >= end || !kind_at(w, pos, LEX_SUBORDINATE) || clause_end(w, pos, end) < end)
            continue;
        for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
            const LexHit *hit = &w->hits->hits[h];
            if (hit->start > pos && hit_kind(w, hit) == LEX_CLAUSE_START) {
                line->tokens[hit->start].flags |= TX_CLAUSE_START;
                marked = true;
                break;
            }
        }
    }
    return marked;
}

/* Splits sentences into the clauses a typed line runs together:
 *  - a statement, then a question after a comma: "That's rough, what
 *    happened next" is a remark and a question (without a question mark
 *    only when the question ends the sentence and no question word came
 *    before: in "walk me through how it works, who's involved" the list
 *    belongs to the first question);
 *  - a second question joined by and/or/but with its verb up front: "who
 *    else is involved, and how does that usually work?".
 * Subordinate clauses stay with the question they lead into. */
static void split_clauses(Work *w)
{
    const Analyzer *a = w->analyzer;
    TxText *line = w->line;
    for (size_t s = 0; s < line->sentence_count; s++) {
        size_t first = line->sentences[s].first, end = first + line->sentences[s].count;
        bool mark = line->sentences[s].question_mark;
        bool asked = false;
        size_t lead = SIZE_MAX; /* the subordinate clauses just before */
        if (!sentence_has_kind(w, s, LEX_OPEN) && !sentence_has_kind(w, s, LEX_CLOSED))
            continue;
        for (size_t pos = first; pos < end;) {
            size_t next = clause_end(w, pos, end);
            size_t word = after_fillers(w, pos, next);
            if (word < next && kind_at(w, word, LEX_SUBORDINATE)) {
                if (lead == SIZE_MAX)
                    lead = pos;
                pos = next;
                continue;
            }
            int shape = word < next ? shape_at(w, word) : -1;
            bool question = shape >= 0 && hit_kind(w, &w->hits->hits[shape]) != LEX_STATEMENT;
            size_t at = SIZE_MAX;
            if (question && !asked) {
                at = lead != SIZE_MAX ? lead : pos;
                bool content = false, question_word = false;
                for (size_t i = first; i < at; i++) {
                    content = content || !in_class(&line->tokens[i], a->fillers);
                    question_word = question_word || in_class(&line->tokens[i], a->question_word);
                }
                /* "...how you arrange cover, does that work for you": a yes/no
                 * question or a check after it is not a list item */
                bool verb_first = in_class(&line->tokens[word], a->aux) ||
                                  (int)w->hits->hits[shape].rule == a->rule_check;
                if (!content || (!mark && ((question_word && !verb_first) || next < end)))
                    at = SIZE_MAX;
            } else if (question) {
                bool joined = false;
                for (size_t i = pos; i < word; i++)
                    joined = joined || in_class(&line->tokens[i], a->conjunction);
                bool verb_first = in_class(&line->tokens[word], a->aux) ||
                                  (word + 1 < next && in_class(&line->tokens[word + 1], a->aux));
                if (joined && verb_first)
                    at = lead != SIZE_MAX ? lead : pos;
            }
            if (at != SIZE_MAX && at > first && tx_split_sentence(line, at)) {
                lex_resentence(a->lexicon, line, w->hits);
                index_hits(w);
                break; /* the rest is sentence s + 1, read next */
            }
            asked = asked || question;
            lead = SIZE_MAX;
            pos = next;
        }
    }
}

/* Whether sentence s can be a check ("... sound ok", "... fair") without a
 * question mark: it ends the line, after a sentence with a move to check
 * (a plan, a proposal, a pitch, a recap). */
static bool closing_check(const Work *w, size_t s)
{
    if (s == 0 || s + 1 != w->line->sentence_count)
        return false;
    const uint64_t moves = 1ull << LEX_PURPOSE | 1ull << LEX_PROPOSAL | 1ull << LEX_NEXT_STEP | 1ull << LEX_ACTION |
                           1ull << LEX_ANCHOR | 1ull << LEX_BRIDGE | 1ull << LEX_BENEFIT | 1ull << LEX_FEATURE |
                           1ull << LEX_TERM_FEATURE | 1ull << LEX_REFLECTION;
    for (size_t k = 0; k < s; k++)
        if (w->kinds_in[k] & moves)
            return true;
    return false;
}

/* Which sentences are questions, and of which kind. A question's kind comes
 * from the shape its main clause opens with; without a question mark only
 * that shape counts, or a short echo of their words ending in a question
 * word ("hated it how"). An echo or tag with a question mark and no shape
 * of its own ("Night feeds?", "..., has he?") leads into the question after
 * it and is not a question itself. */
static void decide_questions(Work *w)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    bool weak[TX_MAX_SENTENCES];
    /* past a full hit table the sentences were not read: none is an echo */
    size_t read_to = w->hits->count < LEX_MAX_HITS ? SIZE_MAX : w->hits->hits[LEX_MAX_HITS - 1].start;
    for (size_t s = 0; s < line->sentence_count; s++) {
        const TxSentence *sentence = &line->sentences[s];
        size_t first = sentence->first, end = first + sentence->count;
        size_t main = main_clause_start(w, s);
        size_t opening = after_fillers(w, main, end);
        bool mark = sentence->question_mark;
        int best = -1;
        w->question[s] = 0;
        w->shape_hit[s] = -1;
        weak[s] = false;
        for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
            const LexHit *hit = &w->hits->hits[h];
            if (hit->start < main)
                continue;
            LexKind kind = hit_kind(w, hit);
            if (!is_shape(kind) || (mark && kind == LEX_STATEMENT))
                continue;
            /* a shape may start on a filler word: "ok if I ask a few questions" */
            if (!mark && hit->start > opening &&
                (kind != LEX_OPEN || hit->end != end || sentence->count > (uint16_t)a->echo_max_words ||
                 shared_words(w, s, NULL, 0, false) < 1))
                continue;
            if (!mark && (int)hit->rule == a->rule_check && !closing_check(w, s))
                continue; /* "Makes sense." opening a reply agrees */
            if (best >= 0) {
                const LexHit *other = &w->hits->hits[best];
                if (other->start < hit->start || (other->start == hit->start && other->end >= hit->end))
                    continue;
            }
            best = (int)h;
        }
        LexKind kind = best >= 0 ? hit_kind(w, &w->hits->hits[best]) : LEX_STATEMENT;
        /* "I'd love to hear what you're building, and if there's a fit...":
         * a request put as a statement inside a purpose statement is its agenda */
        if (!mark && best >= 0 && kind != LEX_STATEMENT &&
            in_class(&line->tokens[w->hits->hits[best].start], a->me) && sentence_has_kind(w, s, LEX_PURPOSE))
            kind = LEX_STATEMENT;
        /* "quick agenda: how cover works now, what it costs you": the list after
         * a purpose statement's colon is its agenda */
        if (!mark && kind != LEX_STATEMENT && s > 0 && sentence_has_kind(w, s - 1, LEX_PURPOSE) &&
            line->sentences[s - 1].src_end < line->source_len && line->source[line->sentences[s - 1].src_end] == ':')
            kind = LEX_STATEMENT;
        if (kind == LEX_OPEN)
            w->question[s] = 1;
        else if (kind == LEX_CLOSED || mark)
            w->question[s] = 2;
        w->shape_hit[s] = (int16_t)best;
        /* an echo is a short fragment ("Night feeds?"), not a question put
         * with a name the shapes do not know ("Could Theo join us?") */
        bool tail = (line->tokens[first].flags & TX_AFTER_COMMA) != 0 && sentence->count <= 3;
        bool fragment = sentence->count <= (uint16_t)a->echo_max_words && opening < end &&
                        !in_class(&line->tokens[opening], a->aux) && !in_class(&line->tokens[opening], a->question_word);
        weak[s] = w->question[s] == 2 && ((best < 0 && fragment) || tail) && first <= read_to;
    }
    bool later = false;
    for (size_t s = line->sentence_count; s-- > 0;) {
        w->echo[s] = weak[s] && later;
        if (w->echo[s])
            w->question[s] = 0;
        later = later || w->question[s] != 0;
    }
    for (size_t s = 0; s < line->sentence_count; s++) {
        if (w->question[s] == 0)
            continue;
        int16_t best = w->shape_hit[s];
        w->out->questions++;
        AnLabel label = w->question[s] == 1 ? AN_OPEN_QUESTION : AN_CLOSED_QUESTION;
        if (best >= 0 && hit_kind(w, &w->hits->hits[best]) != LEX_STATEMENT) {
            candidate_hit(w, label, &w->hits->hits[best]);
        } else {
            const TxSentence *sentence = &line->sentences[s];
            candidate_tokens(w, label, "closed.question_mark", sentence->first,
                             (size_t)sentence->first + sentence->count - 1);
        }
    }
}

/* The first token of the clause holding token i, after fillers. */
static bool clause_start(const Work *w, size_t i)
{
    const TxText *line = w->line;
    const TxToken *t = &line->tokens[i];
    const TxSentence *s = &line->sentences[t->sentence];
    for (size_t k = i; k > s->first; k--) {
        const TxToken *before = &line->tokens[k - 1];
        if (line->tokens[k].flags & (TX_AFTER_COMMA | TX_CLAUSE_START))
            return true;
        if (in_class(before, w->analyzer->conjunction))
            return true; /* "... any day and we can lock one in" */
        if (!in_class(before, w->analyzer->fillers))
            return false;
    }
    return true;
}

/* "logged" is a story about the past, "is served" is a feature. */
static bool past_tense(const TxText *line, size_t v)
{
    const TxToken *t = &line->tokens[v];
    const char *word = tx_norm(line, t);
    if (t->norm_len < 3 || memcmp(word + t->norm_len - 2, "ed", 2) != 0)
        return false;
    if (v == 0)
        return true;
    if (line->tokens[v - 1].flags & TX_DROPPED_S)
        return false; /* "the site's served" */
    const char *before = tx_norm(line, &line->tokens[v - 1]);
    return strcmp(before, "is") != 0 && strcmp(before, "are") != 0 && strcmp(before, "be") != 0;
}

/* Feature: a seller-side subject opening a clause, then a feature verb. */
static void decide_features(Work *w)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    bool listed[TX_MAX_SENTENCES] = {false}; /* the sentence's subject-verb feature counted its items */
    for (size_t s = 0; s < line->sentence_count; s++) {
        if (w->question[s] != 0)
            continue;
        const TxSentence *sentence = &line->sentences[s];
        size_t end = (size_t)sentence->first + sentence->count;
        for (size_t i = sentence->first; i < end; i++) {
            const TxToken *t = &line->tokens[i];
            bool strong = in_class(t, a->seller_subject);
            bool weak = !strong && in_class(t, a->thing_subject);
            if (!(strong || weak) || !clause_start(w, i))
                continue;
            if (sentence_has_kind(w, s, LEX_PURPOSE))
                break; /* "the goal today is to learn", "we help plants reduce stops": the call */
            if (w->seller_trouble[s])
                break; /* "our office has been chaos": the seller's trouble, not a feature */
            /* after "the/our" a noun comes first; "we/it" may take the verb at once */
            size_t first_verb = in_class(t, a->pronoun_subject) ? i + 1 : i + 2;
            for (size_t v = i + 1; v < end && v <= i + (size_t)a->feature_window; v++) {
                const TxToken *verb = &line->tokens[v];
                if (verb->flags & TX_AFTER_COMMA)
                    break;
                if (in_class(verb, a->you) || (in_class(verb, a->me) && !in_class(verb, a->seller_subject)) ||
                    in_class(verb, a->clause_break))
                    break;
                if (v < first_verb || !in_class(verb, a->feature_verb) || past_tense(line, v))
                    continue;
                if (in_class(verb, a->agree_verb) && v + 2 >= end && v + 1 < end &&
                    in_class(&line->tokens[v + 1], a->back_pointer))
                    break; /* "we can probably do that": agreeing, not a feature */
                if (in_class(verb, a->possess_verb) && in_class(t, a->we_subject))
                    break; /* "we have to", "we have a problem"; "ours have" and "the app has" state */
                bool theirs = false;
                if (weak && w->has_context)
                    for (size_t k = i + 1; k < v; k++)
                        if (!(line->tokens[k].flags & TX_STOP) &&
                            key_in(w->context_keys, meaning_key(a, line, &line->tokens[k])))
                            theirs = true; /* "the slow controller has...": the prospect's thing */
                if (theirs)
                    break;
                if (strong)
                    w->feature_strong[s] = true;
                else
                    w->feature_weak[s] = true;
                candidate_tokens(w, AN_FEATURE, strong ? "feature.seller_verb" : "feature.thing_verb", i, v);
                int items = 1;
                for (size_t k = v + 1; k < end; k++)
                    items += (line->tokens[k].flags & TX_AFTER_COMMA) != 0;
                w->out->feature_count += items;
                listed[s] = true;
                i = end; /* one subject-verb feature per sentence */
                break;
            }
        }
    }
    /* distinct features: a term inside the subject-verb feature's clause is
     * one of its items ("our sensors give you predictive alerts" is one),
     * and a term inside another ("alerts" in "predictive alerts") is that one */
    size_t counted_sentence = SIZE_MAX, counted_end = 0;
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        LexKind kind = hit_kind(w, hit);
        if ((kind != LEX_FEATURE && kind != LEX_TERM_FEATURE) || w->question[hit->sentence] != 0)
            continue;
        w->feature_strong[hit->sentence] = true;
        candidate_hit(w, AN_FEATURE, hit);
        if (listed[hit->sentence] || (hit->sentence == counted_sentence && hit->start < counted_end))
            continue;
        w->out->feature_count++;
        if (hit->sentence != counted_sentence)
            counted_end = 0;
        counted_sentence = hit->sentence;
        counted_end = hit->end > counted_end ? hit->end : counted_end;
    }
    /* "quality, service and reliability" from our side */
    for (size_t s = 0; s < line->sentence_count; s++) {
        const TxSentence *sentence = &line->sentences[s];
        size_t trio = 0, ours = 0, first_trio = SIZE_MAX;
        for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++) {
            const TxToken *t = &line->tokens[i];
            if (in_class(t, a->empty_trio)) {
                trio++;
                if (first_trio == SIZE_MAX)
                    first_trio = i;
            }
            ours += in_class(t, a->seller_subject);
        }
        w->out->empty_trio_count += (int)trio;
        if (trio > 0 && ours > 0 && w->question[s] == 0 && !w->feature_strong[s]) {
            w->feature_strong[s] = true;
            candidate_tokens(w, AN_FEATURE, "feature.empty_claims", first_trio, first_trio);
            w->out->feature_count++;
        }
    }
}

/* After a bridge ("which means", ", so"): the prospect, or what they can now
 * do, and not the seller. */
static bool bridge_reaches_prospect(const Work *w, const LexHit *hit)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    const TxSentence *s = &line->sentences[hit->sentence];
    size_t end = (size_t)s->first + s->count;
    bool reached = false;
    for (size_t i = hit->end; i < end && i < (size_t)hit->end + (size_t)a->bridge_window; i++) {
        const TxToken *t = &line->tokens[i];
        if (in_class(t, a->me))
            return false;
        if (in_class(t, a->you) || in_class(t, a->modal))
            reached = true;
    }
    /* the bridge word itself may carry the prospect: "saves you" */
    for (size_t i = hit->start; i < hit->end; i++)
        reached = reached || in_class(&line->tokens[i], a->you);
    return reached;
}

static bool sentence_has_you(const Work *w, size_t s)
{
    const TxSentence *sentence = &w->line->sentences[s];
    for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++)
        if (in_class(&w->line->tokens[i], w->analyzer->you))
            return true;
    return false;
}

/* "The engine rebuilds the timetable in minutes, so your teachers...": what
 * comes before a bridge, said of our product, is a feature. */
static void bridged_feature(Work *w, const LexHit *bridge)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    size_t s = bridge->sentence;
    if (w->feature_strong[s] || w->feature_weak[s] || w->seller_trouble[s])
        return;
    const TxSentence *sentence = &line->sentences[s];
    size_t i = sentence->first;
    while (i < bridge->start && in_class(&line->tokens[i], a->fillers))
        i++;
    if (i >= bridge->start || bridge->start - i < 3)
        return;
    const TxToken *subject = &line->tokens[i];
    bool strong = in_class(subject, a->seller_subject);
    if (!strong && !in_class(subject, a->thing_subject))
        return;
    for (size_t k = i; k < bridge->start; k++)
        if (in_class(&line->tokens[k], a->you) ||
            (in_class(&line->tokens[k], a->me) && !in_class(&line->tokens[k], a->seller_subject)))
            return;
    if (strong)
        w->feature_strong[s] = true;
    else
        w->feature_weak[s] = true;
    candidate_tokens(w, AN_FEATURE, "feature.bridged", i, bridge->start - 1);
    w->out->feature_count++;
}

/* Whether an offer of the seller's ("I'll send you...") comes before token
 * pos in its sentence. */
static bool offered_before(const Work *w, const LexHit *at)
{
    for (size_t h = w->hits_from[at->sentence]; h < w->hits_from[at->sentence + 1]; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (hit->start >= at->start)
            break;
        if ((int)hit->rule == w->analyzer->rule_offer)
            return true;
    }
    return false;
}

static void decide_benefits(Work *w)
{
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (w->question[hit->sentence] != 0)
            continue;
        const LexRule *rule = lex_rule(w->analyzer->lexicon, hit->rule);
        bool yes = false;
        if (rule->kind == LEX_BENEFIT)
            yes = true;
        else if (rule->kind == LEX_BRIDGE)
            yes = (!hit->sentence_anchor || rule->start_ok) && bridge_reaches_prospect(w, hit) &&
                  !offered_before(w, hit); /* what our sending them something does is no outcome of the product */
        else if (rule->kind == LEX_TERM_OUTCOME)
            yes = sentence_has_you(w, hit->sentence);
        if (!yes)
            continue;
        w->benefit[hit->sentence] = true;
        candidate_hit(w, AN_BENEFIT, hit);
        if (rule->kind == LEX_BRIDGE && !hit->sentence_anchor)
            bridged_feature(w, hit);
    }
}

/* A next step asks for the prospect's commitment: an explicit step, a
 * proposal with a step or a time, a question naming both, or an offer of
 * ours that brings a meeting ("I'll come by Wednesday"; "I'll send the quote
 * today" asks nothing of them). A time or a step inside the clause that leads
 * into an open question ("when someone calls in sick at 6am, walk me
 * through...") is the scene of the question, not a proposal. */
static void decide_next_step(Work *w)
{
    const Analyzer *a = w->analyzer;
    const LexHit *proposal = NULL, *action = NULL, *anchor = NULL, *explicit_hit = NULL, *offer = NULL,
                 *meeting = NULL;
    bool question_action = false, question_anchor = false;
    const LexHit *question_action_hit = NULL;
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        /* "at the end we'll decide together whether to take a next step" agrees
         * how the call goes; it asks for no step */
        if (sentence_has_kind(w, hit->sentence, LEX_PURPOSE))
            continue;
        LexKind kind = hit_kind(w, hit);
        if ((kind == LEX_ACTION || kind == LEX_ANCHOR) && w->question[hit->sentence] == 1 &&
            hit->start < main_clause_start(w, hit->sentence))
            continue;
        switch (kind) {
        case LEX_NEXT_STEP:
            if (explicit_hit == NULL)
                explicit_hit = hit;
            break;
        case LEX_PROPOSAL:
            if ((int)hit->rule == a->rule_offer) {
                if (offer == NULL)
                    offer = hit;
            } else if (proposal == NULL) {
                proposal = hit;
            }
            break;
        case LEX_ACTION:
            if (meeting == NULL && (int)hit->rule == a->rule_meeting)
                meeting = hit;
            if (action == NULL)
                action = hit;
            if (w->question[hit->sentence] != 0) {
                question_action = true;
                question_action_hit = hit;
            }
            break;
        case LEX_ANCHOR:
            if (anchor == NULL)
                anchor = hit;
            question_anchor = question_anchor || w->question[hit->sentence] != 0;
            break;
        default:
            break;
        }
    }
    if (explicit_hit != NULL) {
        candidate_hit(w, AN_NEXT_STEP, explicit_hit);
    } else if (proposal != NULL && (action != NULL || anchor != NULL)) {
        candidate_hit(w, AN_NEXT_STEP, proposal);
        candidate_hit(w, AN_NEXT_STEP, action != NULL ? action : anchor);
    } else if (offer != NULL && meeting != NULL) {
        candidate_hit(w, AN_NEXT_STEP, offer);
        candidate_hit(w, AN_NEXT_STEP, meeting);
    } else if (question_action && question_anchor) {
        candidate_hit(w, AN_NEXT_STEP, question_action_hit);
        candidate_hit(w, AN_NEXT_STEP, anchor);
    }
}


/* Trouble words are the seller's when a first person owns them: "our
 * warehouse ... total chaos for us". */
static void decide_seller_trouble(Work *w)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    bool seller_done = false;
    for (size_t h = 0; h < w->hits->count && !seller_done; h++) {
        const LexHit *hit = &w->hits->hits[h];
        size_t s = hit->sentence;
        if (hit_kind(w, hit) != LEX_TROUBLE || w->question[s] != 0 || sentence_has_kind(w, s, LEX_PURPOSE) ||
            sentence_has_kind(w, s, LEX_SMALL_TALK) || sentence_has_you(w, s))
            continue; /* "crazy weather we've been having" is chat, not the seller's trouble */
        bool reassured = false; /* "no problem, I'll drop a card" */
        for (size_t k = w->hits_from[s]; k < w->hits_from[s + 1] && !reassured; k++)
            reassured = hit_kind(w, &w->hits->hits[k]) == LEX_REASSURANCE && w->hits->hits[k].start <= hit->start &&
                        hit->start < w->hits->hits[k].end;
        if (reassured)
            continue;
        const TxSentence *sentence = &line->sentences[s];
        size_t first = sentence->first, end = first + sentence->count;
        size_t from = hit->start > first + (size_t)a->trouble_window ? hit->start - (size_t)a->trouble_window : first;
        size_t to = (size_t)hit->end + 3 < end ? (size_t)hit->end + 3 : end;
        size_t owner = SIZE_MAX;
        for (size_t i = from; i < to && owner == SIZE_MAX; i++) {
            /* "I can imagine that's chaos", "I bet that's a mess": a guess about theirs */
            bool hedged = (i + 1 < end && in_class(&line->tokens[i + 1], a->hedge)) ||
                          (i + 2 < end && in_class(&line->tokens[i + 2], a->hedge));
            if (in_class(&line->tokens[i], a->me) && !hedged)
                owner = i;
        }
        if (owner == SIZE_MAX)
            continue;
        seller_done = true;
        w->seller_trouble[s] = true;
        size_t lo = owner < hit->start ? owner : hit->start;
        size_t hi = owner > (size_t)hit->end - 1 ? owner : (size_t)hit->end - 1;
        candidate_tokens(w, AN_SELLER_FOCUS, "seller.owned_trouble", lo, hi);
    }
}

static void decide_purpose_and_pressure(Work *w)
{
    bool seller_done = (w->out->labels & AN_BIT(AN_SELLER_FOCUS)) != 0;
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        switch (hit_kind(w, hit)) {
        case LEX_PURPOSE:
            w->purpose[hit->sentence] = true;
            candidate_hit(w, AN_PURPOSE, hit);
            break;
        case LEX_SELLER:
            if (seller_done)
                break;
            seller_done = true;
            candidate_hit(w, AN_SELLER_FOCUS, hit);
            break;
        default:
            break;
        }
    }
}

/* Social topics, unless the sentence is about their business: a feature or
 * benefit ("before your first coffee"), or a follow-up on their words ("why
 * does the heat hit the yield?"). */
/* Whether "thanks/thank you for the/your" comes just before token i. */
static bool thanks_for(const Work *w, size_t i)
{
    const TxText *line = w->line;
    size_t first = line->sentences[line->tokens[i].sentence].first;
    if (i < first + 3)
        return false;
    const char *det = tx_norm(line, &line->tokens[i - 1]), *prep = tx_norm(line, &line->tokens[i - 2]),
               *thanks = tx_norm(line, &line->tokens[i - 3]);
    return (strcmp(det, "the") == 0 || strcmp(det, "your") == 0) && strcmp(prep, "for") == 0 &&
           (strcmp(thanks, "thanks") == 0 || strcmp(thanks, "thank") == 0 || strcmp(thanks, "you") == 0);
}

static void decide_small_talk(Work *w)
{
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        size_t s = hit->sentence;
        if (hit_kind(w, hit) != LEX_SMALL_TALK || w->benefit[s] || w->feature_strong[s] || w->context_move[s])
            continue;
        if (w->sentence_labels[s] & AN_BIT(AN_NEXT_STEP))
            continue; /* "a trial running before christmas", "could we grab a coffee with Sam": the step asked for */
        if (thanks_for(w, hit->start))
            continue; /* "thanks for the coffee" thanks; it does not chat */
        candidate_hit(w, AN_SMALL_TALK, hit);
        return;
    }
}

/* "You mentioned the houses on your street. What happened there?" leads in
 * to a question: it picks up a cue, it does not reflect. */
static bool lead_in(const Work *w, size_t s)
{
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t opener = after_fillers(w, sentence->first, end);
    return opener + 1 < end && in_class(&line->tokens[opener], w->analyzer->you) &&
           in_class(&line->tokens[opener + 1], w->analyzer->reference_verb) && w->out->questions > 0;
}

/* Whether the context names a person or gives a number (tags it once). */
static void context_facts(Work *w)
{
    if (w->context_tagged || w->context_text == NULL)
        return;
    const Analyzer *a = w->analyzer;
    TxText *context = w->context_text;
    w->context_tagged = true;
    lex_tag(a->lexicon, context);
    for (size_t i = 0; i < context->token_count; i++) {
        const TxToken *t = &context->tokens[i];
        char c = context->source[t->src_start];
        bool name = c >= 'A' && c <= 'Z' && i != context->sentences[t->sentence].first && !in_class(t, a->me);
        w->context_person = w->context_person || name || in_class(t, a->person_pronoun);
        w->context_number = w->context_number || (t->flags & TX_NUMBER) != 0 || in_class(t, a->number_word);
    }
}

static void decide_context_moves(Work *w)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    if (!w->has_context)
        return;
    for (size_t s = 0; s < line->sentence_count; s++) {
        int shared = shared_words(w, s, NULL, 0, false);
        w->overlap[s] = (uint8_t)(shared > 255 ? 255 : shared);
    }
    int line_overlap = w->out->context_overlap;

    /* probe: an open question that follows up on what they just said */
    bool topic_shift = w->has_kind[LEX_TOPIC_SHIFT];
    for (size_t s = 0; s < line->sentence_count && !topic_shift; s++) {
        if (w->question[s] != 1)
            continue;
        const LexHit *cue = NULL;
        for (size_t h = 0; h < w->hits->count && cue == NULL; h++)
            if (w->hits->hits[h].sentence == s && hit_kind(w, &w->hits->hits[h]) == LEX_PROBE)
                cue = &w->hits->hits[h];
        /* "Night feeds? Tell me more.", "Theo's got ideas, has he? What...": the
         * echo before (with the remark a tag hangs on) is part of this probe */
        size_t echoed = 0;
        if (cue == NULL && s > 0 && w->echo[s - 1]) {
            echoed = w->overlap[s - 1];
            bool tag = (line->tokens[line->sentences[s - 1].first].flags & TX_AFTER_COMMA) != 0;
            if (tag && s > 1 && w->question[s - 2] == 0)
                echoed += w->overlap[s - 2];
        }
        if (echoed >= (size_t)a->probe_min_overlap && echoed > 0) {
            const TxSentence *echo = &line->sentences[s - 1];
            char match[AN_MATCH_BYTES];
            tx_quote(line, echo->first, (size_t)echo->first + echo->count - 1, match, sizeof match);
            w->context_move[s] = true;
            candidate(w, AN_PROBE, s, "probe.echo", match); /* the question's clause is the probe */
            break;
        }
        /* "half empty midweek. whats the mix of guests", "five days from eleven
         * is a big jump. what has to change first": a short remark on their
         * words, typed without "?", leads into this question */
        size_t fragment = 0; /* "six weeks to five months, wow": fillers do not lengthen it */
        if (s > 0)
            for (size_t i = line->sentences[s - 1].first;
                 i < (size_t)line->sentences[s - 1].first + line->sentences[s - 1].count; i++)
                fragment += !in_class(&line->tokens[i], a->fillers);
        if (cue == NULL && s > 0 && w->question[s - 1] == 0 && w->overlap[s] < a->probe_min_overlap &&
            fragment <= (size_t)a->remark_max_words && w->sentence_labels[s - 1] == 0 &&
            !sentence_has_kind(w, s - 1, LEX_REFLECTION) && /* a reflection, then a question of ours */
            !in_class(&line->tokens[line->sentences[s - 1].first], a->recap_opener) &&
            shared_in(w, s - 1, NULL, 0, false, true) >= a->probe_min_overlap) { /* "Morning, Peg!" greets */
            const TxSentence *echo = &line->sentences[s - 1];
            char match[AN_MATCH_BYTES];
            tx_quote(line, echo->first, (size_t)echo->first + echo->count - 1, match, sizeof match);
            w->context_move[s] = true;
            candidate(w, AN_PROBE, s, "probe.echo", match);
            break;
        }
        /* "Let's start with the rates then. When you see...": the clause before
         * picks up their words for this question */
        for (size_t h = 0; h < w->hits->count && cue == NULL; h++) {
            const LexHit *hit = &w->hits->hits[h];
            if (hit_kind(w, hit) == LEX_PICK_UP && (hit->sentence == s || (hit->sentence + 1u == s &&
                w->question[hit->sentence] == 0 && w->overlap[hit->sentence] >= a->probe_min_overlap)))
                cue = hit;
        }
        const TxSentence *sentence = &line->sentences[s];
        w->context_move[s] = true;
        if (cue != NULL) {
            char match[AN_MATCH_BYTES];
            tx_quote(line, cue->start, (size_t)cue->end - 1, match, sizeof match);
            candidate(w, AN_PROBE, s, lex_rule(a->lexicon, cue->rule)->id, match);
        } else if (w->overlap[s] >= a->probe_min_overlap) {
            char match[AN_MATCH_BYTES];
            shared_words(w, s, match, sizeof match, true);
            candidate(w, AN_PROBE, s, "probe.context_words", match);
        } else if (sentence->count <= a->probe_short_words) {
            candidate_tokens(w, AN_PROBE, "probe.short_follow_up", sentence->first,
                             (size_t)sentence->first + sentence->count - 1);
        } else {
            w->context_move[s] = false;
            continue;
        }
        break;
    }

    /* reflection: a frame ("it sounds like") with shared meaning or a named
     * feeling, or a recap that restates their words without adding ours */
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (hit_kind(w, hit) != LEX_REFLECTION || (hit->anchored && !hit->sentence_anchor))
            continue; /* "^ so your" opens a sentence; after a comma it is a bridge */
        if (sentence_has_kind(w, hit->sentence, LEX_REASSURANCE))
            continue; /* "sounds like a plan", "you're right": agreeing, not giving their point back */
        int16_t shape = w->shape_hit[hit->sentence];
        if (w->question[hit->sentence] != 0 && shape >= 0 && w->hits->hits[shape].start <= hit->start)
            continue; /* "what's the main worry...?" asks; "sounds like X, is that right?" reflects */
        if ((int)hit->rule == a->rule_remark && w->overlap[hit->sentence] < 1)
            continue; /* "Oof, that's tough." acknowledges; "two days not knowing, that's scary" reflects */
        const TxSentence *sentence = &line->sentences[hit->sentence];
        bool feeling = false;
        for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++)
            feeling = feeling || in_class(&line->tokens[i], a->feelings);
        /* "so she's the real boss" about the Denise they named; "roughly 240k a
         * year then" from the figures they gave */
        bool points_back = false;
        if (line_overlap < 1 && !feeling)
            context_facts(w);
        for (size_t i = hit->start; i < hit->end; i++)
            points_back = points_back || (w->context_person && in_class(&line->tokens[i], a->person_pronoun));
        for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++)
            points_back = points_back || (w->context_number && (line->tokens[i].flags & TX_NUMBER) != 0);
        /* "it sounds like people are interested but something stops them":
         * a frame that opens a clause of their situation in other words */
        size_t said = 0;
        bool ours = false;
        for (size_t i = hit->end; i < (size_t)sentence->first + sentence->count; i++) {
            said += i == hit->end || line->tokens[i].src_start != line->tokens[i - 1].src_start; /* typed words */
            ours = ours || in_class(&line->tokens[i], a->me);
        }
        bool restates = lex_rule(a->lexicon, hit->rule)->own_words && hit->sentence_anchor && !ours &&
                        said >= (size_t)a->frame_min_words;
        if (line_overlap < 1 && !feeling && !points_back && !restates)
            continue;
        w->context_move[hit->sentence] = true;
        candidate_hit(w, AN_REFLECTION, hit);
        char match[AN_MATCH_BYTES];
        if (line_overlap > 0) {
            shared_words(w, SIZE_MAX, match, sizeof match, true);
            candidate(w, AN_REFLECTION, hit->sentence, "reflection.context_words", match);
        }
        return;
    }
    for (size_t s = 0; s < line->sentence_count; s++) {
        const TxSentence *sentence = &line->sentences[s];
        if (w->question[s] != 0 || w->blocks_recap[s] || sentence->count < a->recap_min_words ||
            w->overlap[s] < a->recap_min_overlap || lead_in(w, s))
            continue;
        size_t opener = after_fillers(w, sentence->first, (size_t)sentence->first + sentence->count);
        if (opener < (size_t)sentence->first + sentence->count && in_class(&line->tokens[opener], a->seller_subject))
            continue; /* "our platform replaces all three": about us, not them */
        char match[AN_MATCH_BYTES];
        if (shared_in(w, s, match, sizeof match, true, true) < a->recap_min_overlap)
            continue; /* "Yikes, five months is a long time": an echo */
        int said = 0; /* "from memory on a friday, wow": a short echo; fillers do not make it longer */
        for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++)
            said += !in_class(&line->tokens[i], a->fillers);
        if (said < a->recap_min_words)
            continue;
        w->context_move[s] = true;
        candidate(w, AN_REFLECTION, s, "reflection.recap", match);
        /* a recap is about their world: "the slow controller has..." is not our feature */
        if (w->feature_weak[s] && !w->feature_strong[s]) {
            w->feature_weak[s] = false;
            for (size_t c = 0; c < w->candidate_count; c++)
                if (w->candidates[c].label == AN_FEATURE && strcmp(w->candidates[c].rule, "feature.thing_verb") == 0) {
                    w->candidates[c].rule[0] = '\0'; /* dropped below */
                    w->sentence_labels[w->candidates[c].sentence] &= ~AN_BIT(AN_FEATURE);
                }
        }
        return;
    }
    /* a statement about them, to them: "you're really hurt by how things went
     * with your brother" - their words or a named feeling, none of ours */
    for (size_t s = 0; s < line->sentence_count; s++) {
        const TxSentence *sentence = &line->sentences[s];
        if (w->question[s] != 0 || w->blocks_recap[s] || sentence->count < a->recap_min_words ||
            sentence_has_kind(w, s, LEX_NEXT_STEP) || sentence_has_kind(w, s, LEX_PROPOSAL))
            continue;
        bool you = false, ours = false;
        bool summary = in_class(&line->tokens[sentence->first], a->recap_opener); /* "So some of the board..." */
        size_t feeling = SIZE_MAX;
        for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++) {
            const TxToken *t = &line->tokens[i];
            you = you || in_class(t, a->you);
            /* "I guess" hedges; it adds nothing of ours */
            bool hedged = i + 1 < (size_t)sentence->first + sentence->count && in_class(&line->tokens[i + 1], a->hedge);
            ours = ours || (in_class(t, a->me) && !hedged);
            if (feeling == SIZE_MAX && in_class(t, a->feelings))
                feeling = i;
        }
        /* "You're not sure it's worth it": a statement that opens on them */
        size_t opener = sentence->first;
        while (opener + 1 < (size_t)sentence->first + sentence->count && in_class(&line->tokens[opener], a->fillers))
            opener++;
        bool you_first = in_class(&line->tokens[opener], a->you);
        if (!(you || summary) || ours || lead_in(w, s) || (w->overlap[s] < 1 && feeling == SIZE_MAX && !you_first))
            continue;
        w->context_move[s] = true;
        if (w->overlap[s] >= 1) {
            char match[AN_MATCH_BYTES];
            shared_words(w, s, match, sizeof match, true);
            candidate(w, AN_REFLECTION, s, "reflection.about_you", match);
        } else if (feeling != SIZE_MAX) {
            candidate_tokens(w, AN_REFLECTION, "reflection.names_feeling", feeling, feeling);
        } else {
            candidate_tokens(w, AN_REFLECTION, "reflection.about_you", opener,
                             (size_t)sentence->first + sentence->count - 1);
        }
        return;
    }
}

/* One clause per sentence, with the labels found in it; the answered clause
 * is the last that asks (a question or a next step), else the last with any
 * label: "That sounds rough. What happened next?" is answered as the probe. */
static void emit_clauses(Work *w)
{
    const TxText *line = w->line;
    AnResult *out = w->out;
    const unsigned asks = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION) | AN_BIT(AN_NEXT_STEP);
    out->clause_count = 0;
    out->answered = -1;
    for (size_t s = 0; s < line->sentence_count; s++) {
        const TxSentence *sentence = &line->sentences[s];
        AnClause *clause;
        if (out->clause_count < AN_MAX_CLAUSES) {
            clause = &out->clauses[out->clause_count++];
            clause->labels = 0;
            clause->start = sentence->src_start;
        } else {
            clause = &out->clauses[AN_MAX_CLAUSES - 1];
        }
        clause->labels |= w->sentence_labels[s];
        clause->end = sentence->src_end;
    }
    int last_labelled = -1;
    for (size_t c = 0; c < out->clause_count; c++) {
        if (out->clauses[c].labels & asks)
            out->answered = (int)c;
        if (out->clauses[c].labels != 0)
            last_labelled = (int)c;
    }
    if (out->answered < 0)
        out->answered = last_labelled;
}

/* The rubric cues: for each cue kind, the first hit (in token order) of the
 * first-listed rule of that kind that hits, so a kind's rules are listed by
 * priority; and the first word with a digit. No label depends on them. */
static void find_cues(const Analyzer *analyzer, const TxText *line, const LexHits *hits, AnResult *out)
{
    size_t chosen[AN_CUE_COUNT] = {0};
    for (size_t h = 0; h < hits->count; h++) {
        const LexHit *hit = &hits->hits[h];
        const LexRule *rule = lex_rule(analyzer->lexicon, hit->rule);
        int cue = -1;
        switch (rule->kind) {
        case LEX_MOTIVE: cue = AN_CUE_MOTIVE; break;
        case LEX_COST: cue = AN_CUE_COST_OF_INACTION; break;
        case LEX_PROCESS: cue = AN_CUE_BUYING_PROCESS; break;
        case LEX_SPECIFIC: cue = AN_CUE_SPECIFIC; break;
        case LEX_VAGUE: cue = AN_CUE_VAGUE_ENDING; break;
        default: break;
        }
        if (cue < 0 || ((out->cues & AN_CUE_BIT(cue)) != 0 && hit->rule >= chosen[cue]))
            continue;
        out->cues |= AN_CUE_BIT(cue);
        chosen[cue] = hit->rule;
        AnCueEvidence *e = &out->cue_evidence[cue];
        snprintf(e->rule, sizeof e->rule, "%s", rule->id);
        tx_quote(line, hit->start, (size_t)hit->end - 1, e->match, sizeof e->match);
    }
    for (size_t i = 0; i < line->token_count; i++) {
        const TxToken *t = &line->tokens[i];
        bool digit = false;
        for (size_t b = t->src_start; b < t->src_end && !digit; b++)
            digit = line->source[b] >= '0' && line->source[b] <= '9';
        if (!digit)
            continue;
        out->cues |= AN_CUE_BIT(AN_CUE_NUMBER);
        snprintf(out->cue_evidence[AN_CUE_NUMBER].rule, AN_RULE_BYTES, "number.digit");
        tx_quote(line, i, i, out->cue_evidence[AN_CUE_NUMBER].match, AN_MATCH_BYTES);
        break;
    }
}

void an_analyze(const Analyzer *analyzer, const char *text, size_t len, const char *context, AnResult *out)
{
    memset(out, 0, sizeof *out);
    for (int k = 0; k < AN_TERM_KIND_COUNT; k++)
        for (int i = 0; i < AN_MAX_TERM_HITS; i++)
            out->term_hits[k][i] = -1;
    if (analyzer == NULL)
        return;
    const Lexicon *lex = analyzer->lexicon;
    TxText line, context_text;
    LexHits hits;
    KeySet context_keys;
    Work w;
    memset(&w, 0, offsetof(Work, question));
    w.analyzer = analyzer;
    w.line = &line;
    w.hits = &hits;
    w.out = out;
    w.context_keys = &context_keys;
    memset(w.has_kind, 0, sizeof w.has_kind);

    tx_build(&line, text, text != NULL ? len : 0, lex_text_rules(lex), lex_stemmer(lex));
    lex_tag(lex, &line);
    lex_match(lex, &line, &hits);
    index_hits(&w);
    if (mark_clause_starts(&w)) {
        lex_match(lex, &line, &hits);
        index_hits(&w);
    }
    split_clauses(&w);
    out->truncated = line.truncated;
    out->invalid_utf8 = line.invalid_utf8;
    out->words = line.words;
    for (size_t s = 0; s < line.sentence_count; s++) {
        w.overlap[s] = 0;
        w.feature_strong[s] = w.feature_weak[s] = w.benefit[s] = w.blocks_recap[s] = w.purpose[s] = false;
        w.seller_trouble[s] = w.context_move[s] = false;
        w.sentence_labels[s] = 0;
    }
    for (size_t i = 0; i < line.token_count; i++) {
        const TxToken *t = &line.tokens[i];
        out->you_words += in_class(t, analyzer->you);
        out->i_words += in_class(t, analyzer->me);
        out->known_words += (t->flags & (TX_STOP | TX_NUMBER | TX_ORDINAL | TX_CLOCK)) != 0 || t->norm_id >= 0 ||
                            t->stem_id >= 0;
    }
    for (size_t h = 0; h < hits.count; h++)
        w.has_kind[hit_kind(&w, &hits.hits[h])] = true;

    context_keys.count = 0;
    if (context != NULL && context[0] != '\0') {
        tx_build(&context_text, context, strlen(context), lex_text_rules(lex), lex_stemmer(lex));
        collect_keys(analyzer, &context_text, true, &context_keys);
        w.has_context = context_keys.count > 0 || context_text.token_count > 0;
        out->context_overlap = context_keys.count > 0 ? shared_words(&w, SIZE_MAX, NULL, 0, false) : 0;
        w.context_text = &context_text;
    }

    decide_questions(&w);
    decide_seller_trouble(&w);
    decide_features(&w);
    decide_benefits(&w);
    decide_next_step(&w);
    decide_purpose_and_pressure(&w);
    for (size_t h = 0; h < hits.count; h++) {
        LexKind kind = hit_kind(&w, &hits.hits[h]);
        size_t s = hits.hits[h].sentence;
        /* "you can't be switching systems in ninety degree heat": the weather
         * of their own story, told back to them, is no chat */
        if (kind == LEX_SMALL_TALK && w.has_context && sentence_has_you(&w, s) &&
            shared_words(&w, s, NULL, 0, false) > 0) {
            bool chat_of_theirs = false; /* "you still got a cortado out of it": their chat, given back */
            for (size_t i = hits.hits[h].start; i < hits.hits[h].end && !chat_of_theirs; i++)
                chat_of_theirs = !(line.tokens[i].flags & TX_STOP) &&
                                 key_in(&context_keys, meaning_key(analyzer, &line, &line.tokens[i]));
            if (!chat_of_theirs)
                continue;
        }
        if (kind == LEX_BENEFIT || kind == LEX_PURPOSE || kind == LEX_SMALL_TALK || kind == LEX_SELLER ||
            kind == LEX_PROPOSAL || kind == LEX_FEATURE || kind == LEX_TERM_FEATURE || kind == LEX_REASSURANCE)
            w.blocks_recap[s] = true;
    }
    for (size_t s = 0; s < line.sentence_count; s++)
        w.blocks_recap[s] = w.blocks_recap[s] || w.benefit[s] || w.feature_strong[s] || w.purpose[s];
    decide_context_moves(&w);
    decide_small_talk(&w);

    /* drop feature candidates cancelled by a recap; recompute the label */
    bool any_feature = false;
    size_t kept = 0;
    for (size_t c = 0; c < w.candidate_count; c++) {
        if (w.candidates[c].label == AN_FEATURE && w.candidates[c].rule[0] == '\0')
            continue;
        any_feature = any_feature || w.candidates[c].label == AN_FEATURE;
        w.candidates[kept++] = w.candidates[c];
    }
    w.candidate_count = kept;
    if (!any_feature) {
        out->labels &= ~AN_BIT(AN_FEATURE);
        out->feature_count = 0;
    }

    /* scenario terms */
    int term_seen[AN_TERM_KIND_COUNT] = {0};
    for (size_t h = 0; h < hits.count; h++) {
        const LexRule *rule = lex_rule(lex, hits.hits[h].rule);
        int kind = -1;
        if (rule->kind == LEX_TERM_FEATURE)
            kind = (int)AN_TERM_FEATURE;
        else if (rule->kind == LEX_TERM_OUTCOME)
            kind = (int)AN_TERM_OUTCOME;
        else if (rule->kind == LEX_TERM_JARGON)
            kind = (int)AN_TERM_JARGON;
        if (kind < 0)
            continue;
        bool again = false;
        for (int i = 0; i < term_seen[kind]; i++)
            again = again || out->term_hits[kind][i] == rule->term;
        if (again || term_seen[kind] >= AN_MAX_TERM_HITS)
            continue;
        out->term_hits[kind][term_seen[kind]++] = rule->term;
        if (kind == AN_TERM_JARGON)
            out->jargon_count++;
    }
    emit_evidence(&w);
    emit_clauses(&w);
    find_cues(analyzer, &line, &hits, out);
}

int an_shared_meaning(const Analyzer *analyzer, const char *text, const char *keys)
{
    if (text == NULL)
        return 0;
    return an_shared_words(analyzer, text, strlen(text), keys, NULL, 0);
}

int an_shared_words(const Analyzer *analyzer, const char *text, size_t len, const char *keys, char *out,
                    size_t size)
{
    if (out != NULL && size > 0)
        out[0] = '\0';
    if (analyzer == NULL || text == NULL || keys == NULL)
        return 0;
    const Lexicon *lex = analyzer->lexicon;
    TxText text_pipeline, keys_pipeline;
    KeySet key_set;
    tx_build(&text_pipeline, text, len, lex_text_rules(lex), lex_stemmer(lex));
    tx_build(&keys_pipeline, keys, strlen(keys), lex_text_rules(lex), lex_stemmer(lex));
    /* every word of text counts: a key the author chose ("who else") is
     * meant even when it is a function word */
    collect_keys(analyzer, &keys_pipeline, false, &key_set);
    uint64_t seen[MAX_KEYS];
    int shared = 0;
    size_t used = 0;
    for (size_t i = 0; i < text_pipeline.token_count; i++) {
        const TxToken *t = &text_pipeline.tokens[i];
        uint64_t key = meaning_key(analyzer, &text_pipeline, t);
        if (!key_in(&key_set, key))
            continue;
        bool again = false;
        for (int k = 0; k < shared && !again; k++)
            again = seen[k] == key;
        if (again)
            continue;
        seen[shared++] = key;
        if (out != NULL && used + 4 < size && (t->flags & TX_SECOND_PART) == 0) {
            char word[48];
            tx_quote(&text_pipeline, i, i, word, sizeof word);
            int n = snprintf(out + used, size - used, "%s%s", used > 0 ? ", " : "", word);
            if (n > 0)
                used = used + (size_t)n < size ? used + (size_t)n : size - 1;
        }
    }
    return shared;
}

AnOverlap an_overlap(const Analyzer *analyzer, const char *a, size_t a_len, const char *b, size_t b_len)
{
    AnOverlap overlap = {0, 0, 0};
    if (analyzer == NULL || a == NULL || b == NULL)
        return overlap;
    const Lexicon *lex = analyzer->lexicon;
    TxText left, right;
    KeySet left_keys, right_keys;
    tx_build(&left, a, a_len, lex_text_rules(lex), lex_stemmer(lex));
    tx_build(&right, b, b_len, lex_text_rules(lex), lex_stemmer(lex));
    collect_keys(analyzer, &left, true, &left_keys);
    collect_keys(analyzer, &right, true, &right_keys);
    for (size_t i = 0; i < right_keys.count; i++)
        overlap.shared += key_in(&left_keys, right_keys.keys[i]);
    overlap.left = (int)left_keys.count;
    overlap.right = (int)right_keys.count;
    return overlap;
}
