/* analyze: see analyze.h.
 *
 * How a line is read:
 *  1. the text pipeline (text.c) cleans, splits, folds, expands and stems
 *     the line and the context line;
 *  2. the lexicon's patterns (lexicon.c, data in assets/lexicon.lua) are
 *     matched, each hit tagged with a kind (question shape, reflective frame,
 *     bridge, proposal, ...);
 *  3. the decisions combine the hits per sentence with what only code can
 *     see: whether a sentence is a question (analyze_clause.c), what it
 *     shares with the context line (analyze_context.c), who the subject of
 *     a clause is, what follows a bridge (analyze_features.c,
 *     analyze_benefits.c).
 * This file holds the analyser itself, word meanings, evidence and the pass
 * over a line that calls the decisions in order.
 * Every label carries evidence: the rule id that fired and the typed words. */
#include "analyze.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze_internal.h"
#include "lexicon.h"
#include "text.h"

_Static_assert(TX_MAX_BYTES == AN_MAX_LINE_BYTES, "the pipeline cuts lines where the analyser says it does");
_Static_assert(LEX_RULE_BYTES == AN_RULE_BYTES, "rule ids fit evidence");

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
    /* optional: the words that make a trio word part of a name ("field
     * service", "service companies") */
    analyzer->trio_compound = lex_set_bits(lex, "trio_compound");
    analyzer->feelings = lex_set_bits(lex, "feelings");
    analyzer->fillers = lex_set_bits(lex, "fillers");
    analyzer->modal = lex_set_bits(lex, "modal");
    analyzer->pronoun_subject = lex_set_bits(lex, "pronoun_subject");
    analyzer->recap_opener = lex_set_bits(lex, "recap_opener");
    analyzer->acknowledge = lex_set_bits(lex, "acknowledge"); /* optional */
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
    analyzer->outcome_word = lex_set_bits(lex, "outcome_word"); /* optional: none, no outcome words */
    analyzer->not_proposal = lex_set_bits(lex, "not_proposal");
    analyzer->time_word = lex_set_bits(lex, "time_word"); /* optional: none, only anchors are times */
    analyzer->relative_verb = lex_set_bits(lex, "relative_verb"); /* optional: none, "we" always owns */
    analyzer->light_verb = lex_set_bits(lex, "light_verb"); /* optional: none, every shared word digs */
    analyzer->reaction_verb = lex_set_bits(lex, "reaction_verb"); /* optional: none, no pointer is a check */
    analyzer->advice_word = lex_set_bits(lex, "advice_word"); /* optional: none, only should/ought advise */
    analyzer->when_word = lex_set_bits(lex, "when_word");     /* optional: none, "the fall would work" may state */
    analyzer->month = lex_set_bits(lex, "month");             /* optional: none, no date is given back */
    analyzer->season = lex_set_bits(lex, "season");           /* optional: none, no time of year is given back */
    analyzer->visit_word = lex_set_bits(lex, "visit_word");   /* optional: none, "we could come" may state */
    analyzer->product_noun = lex_set_bits(lex, "product_noun"); /* optional: none, "our X" alone states nothing */
    analyzer->duration_word = lex_set_bits(lex, "duration_word"); /* optional: none, no timeline answers */
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
    analyzer->rule_how_much = lex_rule_index(lex, "closed.how_much");
    analyzer->rule_wh_inverted = lex_rule_index(lex, "closed.wh_inverted");
    analyzer->rule_remark = lex_rule_index(lex, "reflection.remark");
    analyzer->rule_stake = lex_rule_index(lex, "reflection.stake");
    analyzer->rule_puzzle = lex_rule_index(lex, "reflection.puzzle");
    analyzer->rule_offer = lex_rule_index(lex, "next_step.offer");
    analyzer->rule_meeting = lex_rule_index(lex, "next_step.action");
    analyzer->rule_needs_time = lex_rule_index(lex, "next_step.needs_time");
    analyzer->rule_stock = lex_rule_index(lex, "topic.stock_question");
    analyzer->rule_this_time = lex_rule_index(lex, "probe.this_time");
    analyzer->rule_why_that = lex_rule_index(lex, "probe.why_that");
    analyzer->rule_why_now = lex_rule_index(lex, "probe.why_now");
    analyzer->rule_must_see = lex_rule_index(lex, "moves_on.must_see");
    analyzer->rule_who_decides = lex_rule_index(lex, "moves_on.who_decides");
    analyzer->rule_plan = lex_rule_index(lex, "statement.plan");
    analyzer->rule_compliment = lex_rule_index(lex, "statement.compliment");
    analyzer->rule_own_wording = lex_rule_index(lex, "statement.own_wording");
    analyzer->rule_their_wording = lex_rule_index(lex, "statement.their_wording");
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


uint64_t an_meaning_key(const Analyzer *analyzer, const TxText *text, const TxToken *t)
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
        set->keys[set->count++] = an_meaning_key(analyzer, text, t);
    }
    qsort(set->keys, set->count, sizeof set->keys[0], compare_keys);
    size_t kept = 0;
    for (size_t i = 0; i < set->count; i++)
        if (kept == 0 || set->keys[kept - 1] != set->keys[i])
            set->keys[kept++] = set->keys[i];
    set->count = kept;
}

bool an_key_in(const KeySet *set, uint64_t key)
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




void an_candidate(Work *w, AnLabel label, size_t sentence, const char *rule, const char *match)
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

void an_candidate_tokens(Work *w, AnLabel label, const char *rule, size_t first, size_t last)
{
    char match[AN_MATCH_BYTES];
    tx_quote(w->line, first, last, match, sizeof match);
    an_candidate(w, label, w->line->tokens[first].sentence, rule, match);
}

void an_candidate_hit(Work *w, AnLabel label, const LexHit *hit)
{
    const LexRule *rule = lex_rule(w->analyzer->lexicon, hit->rule);
    an_candidate_tokens(w, label, rule->id, hit->start, (size_t)hit->end - 1);
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

bool an_norm_is(const TxText *line, size_t i, const char *word)
{
    const TxToken *t = &line->tokens[i];
    const char *norm = tx_norm(line, t);
    /* most words asked about differ in the first letter: turn those down
     * before measuring the word (an_norm_in walks lists of them) */
    if (t->norm_len > 0 && norm[0] != word[0])
        return false;
    return t->norm_len == strlen(word) && memcmp(norm, word, t->norm_len) == 0;
}

bool an_norm_in(const TxText *line, size_t i, const char *const *words)
{
    for (; *words != NULL; words++)
        if (an_norm_is(line, i, *words))
            return true;
    return false;
}

/* "logged" is a story about the past, "is served" is a feature. */
bool an_past_tense(const TxText *line, size_t v)
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

bool an_in_class(const TxToken *t, uint64_t bits)
{
    return (t->classes & bits) != 0;
}

/* A number ("five", "240") or the prospect's name said to them ("thanks
 * Walt,", ", Peg."): words a line shares with theirs without restating. */
static bool echo_token(const Work *w, size_t i)
{
    const TxText *line = w->line;
    const TxToken *t = &line->tokens[i];
    if ((t->flags & (TX_NUMBER | TX_ORDINAL)) != 0 || an_in_class(t, w->analyzer->number_word))
        return true;
    const TxSentence *sentence = &line->sentences[t->sentence];
    size_t end = (size_t)sentence->first + sentence->count;
    char c = line->source[t->src_start];
    if (i == sentence->first || c < 'A' || c > 'Z')
        return false;
    bool before = (t->flags & TX_AFTER_COMMA) != 0 || an_in_class(&line->tokens[i - 1], w->analyzer->fillers);
    bool after = i + 1 >= end || (line->tokens[i + 1].flags & TX_AFTER_COMMA) != 0;
    return before && after;
}

/* "shared: a, b" from the tokens of sentence s (or every sentence when s is
 * SIZE_MAX) whose meaning is in the context line; with AN_SHARED_RESTATED:
 * leave out numbers and the prospect's name (echo_token); with
 * AN_SHARED_NO_LIGHT_VERB: leave out the light verbs (sets.light_verb). */
int an_context_shared(const Work *w, size_t s, char *out, size_t size, bool write)
{
    return an_context_shared_in(w, s, out, size, write, 0);
}

int an_context_shared_in(const Work *w, size_t s, char *out, size_t size, bool write, unsigned leave_out)
{
    bool restated = (leave_out & AN_SHARED_RESTATED) != 0;
    bool light = (leave_out & AN_SHARED_NO_LIGHT_VERB) != 0;
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
        if ((t->flags & TX_STOP) || (restated && echo_token(w, i)) || (light && an_in_class(t, w->analyzer->light_verb)))
            continue;
        uint64_t key = an_meaning_key(w->analyzer, line, t);
        if (!an_key_in(w->context_keys, key))
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

LexKind an_hit_kind(const Work *w, const LexHit *hit)
{
    return lex_rule(w->analyzer->lexicon, hit->rule)->kind;
}

_Static_assert(LEX_KIND_COUNT <= 64, "a sentence's kinds fit a 64-bit set");

/* Indexes the hits by sentence: run again whenever the sentences or the hits
 * change. */
void an_index_hits(Work *w)
{
    const TxText *line = w->line;
    size_t h = 0;
    for (size_t s = 0; s < line->sentence_count; s++) {
        w->hits_from[s] = (uint16_t)h;
        w->kinds_in[s] = 0;
        while (h < w->hits->count && w->hits->hits[h].sentence == s) {
            w->kinds_in[s] |= 1ull << an_hit_kind(w, &w->hits->hits[h]);
            h++;
        }
    }
    w->hits_from[line->sentence_count] = (uint16_t)h;
}

/* Whether token k lies inside a hit of the given kind. */
bool an_in_hit_of(const Work *w, size_t k, LexKind kind)
{
    size_t s = w->line->tokens[k].sentence;
    if (!an_sentence_has_kind(w, s, kind))
        return false;
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (hit->start > k)
            break;
        if (k < hit->end && an_hit_kind(w, hit) == kind)
            return true;
    }
    return false;
}

bool an_in_hit_of_rule(const Work *w, size_t k, int rule)
{
    if (rule < 0)
        return false;
    size_t s = w->line->tokens[k].sentence;
    if (!an_sentence_has_kind(w, s, lex_rule(w->analyzer->lexicon, (size_t)rule)->kind))
        return false;
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (hit->start > k)
            break;
        if (k < hit->end && (int)hit->rule == rule)
            return true;
    }
    return false;
}

bool an_sentence_has_kind(const Work *w, size_t s, LexKind kind)
{
    return s < w->line->sentence_count && (w->kinds_in[s] & (1ull << kind)) != 0;
}

/* Whether sentence s is a question only by its form at the end - a question
 * mark ("..., Wednesday morning or Friday afternoon, and go through it?"), a
 * check ("... sound ok") or a short "which suits?" - with no question or ask
 * of its own: it closes the ask before it. */
static bool closes_an_ask(const Work *w, size_t s)
{
    const TxSentence *sentence = &w->line->sentences[s];
    if ((w->sentence_labels[s] & (AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_NEXT_STEP))) != 0)
        return false;
    bool found = false;
    for (size_t i = 0; i < w->candidate_count; i++) {
        const Candidate *c = &w->candidates[i];
        if (c->sentence != s || c->label != AN_CLOSED_QUESTION)
            continue;
        bool by_form = strcmp(c->rule, "closed.question_mark") == 0 || strcmp(c->rule, "closed.check") == 0 ||
                       (strcmp(c->rule, "closed.wh_fact") == 0 && sentence->count <= 4 &&
                        strncasecmp(c->match, "which", 5) == 0);
        if (!by_form)
            return false;
        found = true;
    }
    return found;
}

/* One clause per sentence, with the labels found in it; the answered clause
 * is the last that asks (a question or a next step), else the last with any
 * label: "That sounds rough. What happened next?" is answered as the probe.
 * A question only by its form, closing an ask in the same sentence ("could
 * the three of us sit down - you, Theo and me - Wednesday morning or Friday
 * afternoon?"), leaves the ask answered. */
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
    int closing = out->answered;
    if (closing > 0 && (size_t)closing < line->sentence_count && out->clause_count < AN_MAX_CLAUSES &&
        closes_an_ask(w, (size_t)closing)) {
        for (int c = closing - 1; c >= 0; c--) {
            /* a sentence end between them: the ask was said before */
            const char *gap = line->source + out->clauses[c].end;
            size_t gap_len = out->clauses[closing].start - out->clauses[c].end;
            if (memchr(gap, '.', gap_len) || memchr(gap, '?', gap_len) || memchr(gap, '!', gap_len))
                break;
            if (out->clauses[c].labels & AN_BIT(AN_NEXT_STEP)) {
                out->answered = c;
                break;
            }
        }
    }
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

/* The shared "we" of an ask or a proposal is no talk about the seller:
 * "Could we walk Line 3 together next Tuesday?", "shall we say Thursday?",
 * "let's get Sam in the room" (r21 plant_downtime picker 10). A "we" or
 * "us" right after a question's modal or "let" in a sentence that asks for a
 * next step is taken out of the I/we count, unless what it does goes to
 * them ("can we show you a demo?", "could we send you a quote?": the
 * seller's work). */
static void discount_shared_we(Work *w)
{
    static const char *const modals[] = {"could", "can", "shall", "should", "would", "might", "let", NULL};
    const TxText *line = w->line;
    AnResult *out = w->out;
    for (size_t i = 1; i < line->token_count; i++) {
        const TxToken *t = &line->tokens[i];
        const char *word = tx_norm(line, t);
        if (strcmp(word, "we") != 0 && strcmp(word, "us") != 0)
            continue;
        if (t->sentence >= line->sentence_count || !(w->sentence_labels[t->sentence] & AN_BIT(AN_NEXT_STEP)))
            continue;
        const TxToken *before = &line->tokens[i - 1];
        if (before->sentence != t->sentence)
            continue;
        bool modal = false;
        for (size_t m = 0; modals[m] != NULL && !modal; m++)
            modal = strcmp(tx_norm(line, before), modals[m]) == 0;
        if (!modal)
            continue;
        /* "can we show you...": the word after the verb is theirs */
        if (i + 2 < line->token_count && line->tokens[i + 2].sentence == t->sentence &&
            an_in_class(&line->tokens[i + 2], w->analyzer->you))
            continue;
        if (out->i_words > 0)
            out->i_words--;
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
    an_index_hits(&w);
    if (an_join_dashed_leads(&w)) {
        lex_match(lex, &line, &hits);
        an_index_hits(&w);
    }
    if (an_mark_clause_starts(&w)) {
        lex_match(lex, &line, &hits);
        an_index_hits(&w);
    }
    an_split_clauses(&w);
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
        out->you_words += an_in_class(t, analyzer->you);
        out->i_words += an_in_class(t, analyzer->me);
        out->known_words += (t->flags & (TX_STOP | TX_NUMBER | TX_ORDINAL | TX_CLOCK)) != 0 || t->norm_id >= 0 ||
                            t->stem_id >= 0;
    }
    for (size_t h = 0; h < hits.count; h++)
        w.has_kind[an_hit_kind(&w, &hits.hits[h])] = true;

    context_keys.count = 0;
    if (context != NULL && context[0] != '\0') {
        tx_build(&context_text, context, strlen(context), lex_text_rules(lex), lex_stemmer(lex));
        collect_keys(analyzer, &context_text, true, &context_keys);
        w.has_context = context_keys.count > 0 || context_text.token_count > 0;
        out->context_overlap = context_keys.count > 0 ? an_context_shared(&w, SIZE_MAX, NULL, 0, false) : 0;
        w.context_text = &context_text;
    }

    an_decide_questions(&w);
    an_decide_seller_trouble(&w);
    an_decide_features(&w);
    an_decide_benefits(&w);
    an_decide_named_features(&w);
    an_decide_next_step(&w);
    an_decide_purpose_and_pressure(&w);
    for (size_t h = 0; h < hits.count; h++) {
        LexKind kind = an_hit_kind(&w, &hits.hits[h]);
        size_t s = hits.hits[h].sentence;
        /* "you can't be switching systems in ninety degree heat": the weather
         * of their own story, told back to them, is no chat */
        if (kind == LEX_SMALL_TALK && w.has_context && an_sentence_has_you(&w, s) &&
            an_context_shared(&w, s, NULL, 0, false) > 0) {
            bool chat_of_theirs = false; /* "you still got a cortado out of it": their chat, given back */
            for (size_t i = hits.hits[h].start; i < hits.hits[h].end && !chat_of_theirs; i++)
                chat_of_theirs = !(line.tokens[i].flags & TX_STOP) &&
                                 an_key_in(&context_keys, an_meaning_key(analyzer, &line, &line.tokens[i]));
            if (!chat_of_theirs)
                continue;
        }
        if (kind == LEX_TERM_FEATURE && an_term_is_theirs(&w, &hits.hits[h]))
            continue; /* their feature word given back blocks no recap */
        if (kind == LEX_BENEFIT || kind == LEX_PURPOSE || kind == LEX_SMALL_TALK || kind == LEX_SELLER ||
            kind == LEX_PROPOSAL || kind == LEX_FEATURE || kind == LEX_TERM_FEATURE || kind == LEX_REASSURANCE)
            w.blocks_recap[s] = true;
    }
    for (size_t s = 0; s < line.sentence_count; s++)
        w.blocks_recap[s] = w.blocks_recap[s] || w.benefit[s] || w.feature_strong[s] || w.purpose[s];
    an_decide_context_moves(&w);
    an_how_long_asks_a_figure(&w);
    an_decide_small_talk(&w);

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
    discount_shared_we(&w);
    find_cues(analyzer, &line, &hits, out);
}

int an_shared_meaning(const Analyzer *analyzer, const char *text, const char *keys)
{
    if (text == NULL)
        return 0;
    return an_shared_words(analyzer, text, strlen(text), keys, NULL, 0);
}

const char *const *an_list(const Analyzer *analyzer, int list)
{
    return lex_list(analyzer != NULL ? analyzer->lexicon : NULL, (LexList)list);
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
        uint64_t key = an_meaning_key(analyzer, &text_pipeline, t);
        if (!an_key_in(&key_set, key))
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
        overlap.shared += an_key_in(&left_keys, right_keys.keys[i]);
    overlap.left = (int)left_keys.count;
    overlap.right = (int)right_keys.count;
    return overlap;
}
