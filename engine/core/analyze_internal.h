/* analyze_internal: what the pieces of the analyser share (analyze.c: the
 * analyser, its word meanings and evidence, the pass over a line;
 * analyze_clause.c: clauses and questions; analyze_features.c and
 * analyze_benefits.c: the seller's product talk; analyze_asks.c: the
 * seller's other moves; analyze_context.c: probes and reflections;
 * analyze_agree.c: agreeing that gives nothing of theirs back). Not part of
 * the API. */
#ifndef COACH_ANALYZE_INTERNAL_H
#define COACH_ANALYZE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyze.h"
#include "lexicon.h"
#include "text.h"

struct Analyzer {
    Lexicon *lexicon;
    /* word classes the decisions use (bits of TxToken.classes) */
    uint64_t you, me, seller_subject, thing_subject, pronoun_subject, feature_verb, empty_trio, trio_compound, feelings, fillers,
        modal, recap_opener, reference_verb, question_word, aux, conjunction, number_word, back_pointer, agree_verb,
        possess_verb, we_subject, advice_word, visit_word, when_word, month, season, product_noun, duration_word,
        person_pronoun, clause_break, hedge, outcome_word, not_proposal, time_word, relative_verb, acknowledge,
        light_verb, reaction_verb;
    /* thresholds, from the lexicon's settings */
    int recap_min_overlap, recap_min_words, probe_min_overlap, probe_short_words;
    int feature_window, bridge_window, trouble_window, echo_max_words, frame_min_words, remark_max_words;
    int term_counts[AN_TERM_KIND_COUNT];
    /* rules the decisions single out (lexicon indexes; -1 when the lexicon has none) */
    int rule_check;   /* closed.check: "... sound ok" closes a plan, not a reply */
    int rule_how_much; /* closed.how_much: "how big are you?" asks a figure */
    int rule_wh_inverted; /* closed.wh_inverted: "when in the year could you..." asks, no subordinate clause */
    int rule_remark;  /* reflection.remark: "..., that's scary" names a feeling about their point */
    int rule_stake;   /* reflection.stake: "that's a lot riding on eight weeks" names their stake in our words */
    int rule_puzzle;  /* reflection.puzzle: "the bearings look fine, yet it keeps stopping" after their facts */
    int rule_offer;   /* next_step.offer: "I'll send..." is a step only with a meeting */
    int rule_meeting; /* next_step.action: the meetings an offer can propose */
    int rule_needs_time; /* next_step.needs_time: "do you have a few minutes?" proposes only with a time */
    int rule_stock;   /* topic.stock_question: "what are your biggest challenges" follows up nothing */
    int rule_this_time; /* probe.this_time: "different this time" follows up their last one */
    int rule_why_that;  /* probe.why_that: "what have you tried" follows up only what they just said */
    int rule_why_now;   /* probe.why_now: "what's pushing this now" follows up only after a remark on it */
    int rule_must_see;  /* moves_on.must_see: "what would Sam need to see" bridges unless Sam was told of */
    int rule_who_decides; /* moves_on.who_decides: "where does Denise come into the decision" bridges */
    int rule_plan;       /* statement.plan: "let's do it differently: ..." proposes no step */
    int rule_compliment; /* statement.compliment: "your dad'd be proud" is no benefit */
    int rule_own_wording; /* statement.own_wording: "sorry, I asked that badly" is no seller trouble */
    int rule_their_wording; /* statement.their_wording: "grey hair's a strong way to put it" is no recap */
};

#define GROUP_BIT (1ull << 63)
#define MAX_KEYS TX_MAX_TOKENS

typedef struct KeySet {
    uint64_t keys[MAX_KEYS];
    size_t count;
} KeySet;

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
    bool context_time;    /* the context names a month or a season */
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

/* analyze.c */
void an_candidate(Work *w, AnLabel label, size_t sentence, const char *rule, const char *match);
void an_candidate_hit(Work *w, AnLabel label, const LexHit *hit);
void an_candidate_tokens(Work *w, AnLabel label, const char *rule, size_t first, size_t last);
LexKind an_hit_kind(const Work *w, const LexHit *hit);
bool an_in_class(const TxToken *t, uint64_t bits);
/* Is token i of line the word (its normal form)? */
bool an_norm_is(const TxText *line, size_t i, const char *word);
/* Is token i one of the words (a NULL-ended list)? */
bool an_norm_in(const TxText *line, size_t i, const char *const *words);
/* Is token v a verb in the past ("logged"; not "is served")? */
bool an_past_tense(const TxText *line, size_t v);
void an_index_hits(Work *w);
bool an_key_in(const KeySet *set, uint64_t key);
uint64_t an_meaning_key(const Analyzer *analyzer, const TxText *text, const TxToken *t);
bool an_sentence_has_kind(const Work *w, size_t s, LexKind kind);
bool an_in_hit_of(const Work *w, size_t k, LexKind kind);
/* Whether token k lies inside a hit of the rule (a lexicon index; -1: never). */
bool an_in_hit_of_rule(const Work *w, size_t k, int rule);
/* what an_context_shared_in leaves out of the shared meanings */
#define AN_SHARED_RESTATED 1u      /* numbers and the prospect's name */
#define AN_SHARED_NO_LIGHT_VERB 2u /* "want", "see": shared with nearly every line */
int an_context_shared_in(const Work *w, size_t s, char *out, size_t size, bool write, unsigned leave_out);
int an_context_shared(const Work *w, size_t s, char *out, size_t size, bool write);

/* analyze_context.c: where the context has a word of the same stem as line
 * token t (its token index there), or SIZE_MAX */
size_t an_context_position(const Work *w, const TxToken *t);
/* analyze_moves_on.c: whether question s takes their answer as a bridge to
 * another part of discovery (no probe); cue is its follow-up cue, or NULL */
bool an_moves_on(const Work *w, size_t s, const LexHit *cue);
bool an_moves_to_the_present(const Work *w, size_t s);

/* analyze_agree.c: a sentence that agrees and gives nothing of theirs back */
bool an_fact_with_a_verdict(const Work *w, size_t s);
bool an_figure_then_a_verdict(const Work *w, size_t s);
bool an_their_phrase_leads_in(const Work *w, size_t s, size_t from);
bool an_tells_our_reaction(const Work *w, size_t s);
bool an_announces_our_offer(const Work *w, size_t s);
bool an_sympathy_only(const Work *w, size_t s);
size_t an_after_a_nod(const Work *w, size_t s);
bool an_nod_before(const Work *w, size_t from, size_t comma);
bool an_takes_up_their_ask(const Work *w, size_t opener, size_t end);

/* analyze_clause.c */
size_t an_after_fillers(const Work *w, size_t pos, size_t end);
/* Does token i start its clause (after fillers)? */
bool an_clause_start(const Work *w, size_t i);
bool an_only_dash_between(const TxText *line, const TxSentence *lead, const TxSentence *next);
void an_decide_questions(Work *w);
/* after the probes: a "how long" that follows up nothing asks a figure (closed) */
void an_how_long_asks_a_figure(Work *w);
size_t an_main_clause_start(const Work *w, size_t s);
bool an_join_dashed_leads(Work *w);
bool an_joined_to_previous(const Work *w, size_t s);
bool an_ours_in_typed_sentence(const Work *w, size_t s, bool ahead);
bool an_copula_then_ours(const Work *w, size_t s);
bool an_acknowledges(const Work *w, size_t s);
bool an_laughs(const Work *w, size_t s);
bool an_mark_clause_starts(Work *w);
void an_split_clauses(Work *w);

/* analyze_features.c */
void an_decide_features(Work *w);
void an_decide_named_features(Work *w);
/* A scenario's feature word the prospect just said, given back in a sentence
 * with nothing of ours in it ("So a dashboard nobody had time for"). */
bool an_term_is_theirs(const Work *w, const LexHit *hit);

/* analyze_benefits.c */
void an_decide_benefits(Work *w);
bool an_sentence_has_you(const Work *w, size_t s);

/* analyze_asks.c */
void an_decide_next_step(Work *w);
void an_decide_purpose_and_pressure(Work *w);
void an_decide_seller_trouble(Work *w);
void an_decide_small_talk(Work *w);

/* analyze_context.c */
void an_decide_context_moves(Work *w);

#endif
