/* lexicon: the analyser's word lists and phrase patterns, loaded from a Lua
 * data file (assets/lexicon.lua), and the matcher that finds those patterns
 * in a TxText.
 *
 * A pattern is a line of space-separated slots (see the comment at the top
 * of assets/lexicon.lua): words (matched by folded form or Snowball stem),
 * a|b alternatives, @set word classes, * (any word), ... (a gap of a few
 * words), !x (any word but x), =word (exact form only), ^ (clause start,
 * after filler words) and $ (sentence end). Each pattern belongs to a rule,
 * and each rule has a kind that says what a hit means to the analyser.
 *
 * The lexicon is built once (lex_load, then lex_add_term for a scenario's
 * terms) and then only read: lex_tag and lex_match are reentrant. */
#ifndef COACH_LEXICON_H
#define COACH_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "text.h"

typedef enum LexKind {
    LEX_OPEN,        /* question shapes that invite explanation */
    LEX_CLOSED,      /* question shapes answered with yes/no or one fact */
    LEX_STATEMENT,   /* shapes that look like questions but are not ("what a week") */
    LEX_PROBE,       /* follow-up cues: "expand on that", "why is that" */
    LEX_TOPIC_SHIFT, /* "switching gears": a fresh topic, so not a probe */
    LEX_REFLECTION,  /* reflective frames: "it sounds like", "so you're" */
    LEX_FEATURE,     /* feature phrases: "integrates with", "comes with" */
    LEX_BRIDGE,      /* feature-to-outcome bridges: "which means", ", so" */
    LEX_BENEFIT,     /* outcome shapes addressed to the prospect */
    LEX_PROPOSAL,    /* proposing: "let's", "shall I", "can we" */
    LEX_ACTION,      /* a concrete step: demo, trial, book, sign */
    LEX_ANCHOR,      /* a time for it: Thursday, next week, the 3rd */
    LEX_NEXT_STEP,   /* explicit: "next step", "in the diary" */
    LEX_PURPOSE,     /* purpose or up-front agreement of the call */
    LEX_SMALL_TALK,  /* social topics */
    LEX_SELLER,      /* the seller's own pressures: quota, my manager */
    LEX_TROUBLE,     /* trouble words: the seller's if a first person owns them */
    LEX_SUBORDINATE, /* a clause that leads into the main one: "when that happens, ..." */
    LEX_CLAUSE_START, /* where a main question starts after a subordinate clause with no comma */
    LEX_PICK_UP,     /* a lead-in that picks up their words for the next question: "going back to X" */
    LEX_REASSURANCE, /* reassurance, not a reflection: "no need to apologise" */
    LEX_MOTIVE,      /* rubric cues, no label: asking for the motive ("why now") */
    LEX_COST,        /* ... the cost of doing nothing ("what happens if") */
    LEX_PROCESS,     /* ... how they buy ("who decides", "budget") */
    LEX_SPECIFIC,    /* ... what makes a next step concrete (a day, a person, a deliverable) */
    LEX_VAGUE,       /* ... an ending that leaves the next step to them ("let me know if") */
    LEX_MOVES_ON,    /* a question that moves on to another part of discovery ("how do you run X today") */
    LEX_TERM_FEATURE,
    LEX_TERM_OUTCOME,
    LEX_TERM_JARGON,
    LEX_KIND_COUNT
} LexKind;

#define LEX_RULE_BYTES 48
#define LEX_MAX_HITS 320

typedef struct LexRule {
    char id[LEX_RULE_BYTES];
    LexKind kind;
    int term;       /* for LEX_TERM_*: the term's index within its kind; else -1 */
    bool start_ok;  /* bridges: may also open the sentence ("bottom line, ...") */
    bool own_words; /* reflective frames: reflect with no word of theirs ("it sounds like ...") */
} LexRule;

typedef struct LexHit {
    uint16_t rule;
    uint16_t sentence;
    uint16_t start;          /* first token */
    uint16_t end;            /* one past the last token */
    bool sentence_anchor;    /* began at the sentence start (after fillers) */
    bool anchored;           /* the pattern was anchored (^) */
} LexHit;

typedef struct LexHits {
    size_t count;
    LexHit hits[LEX_MAX_HITS];
} LexHits;

typedef struct Lexicon Lexicon;

/* The plain word and phrase lists of the lexicon's `lists` table: read as
 * lower-case text by C code (not patterns), loaded once. */
typedef enum LexList {
    LEX_LIST_NUMBER_WORDS,  /* a count: a cue's word that says nothing of what it counts */
    LEX_LIST_SETUP_NAMES,   /* what a fact question asks the name of ("which system...") */
    LEX_LIST_SELLER_WORDS,  /* the seller speaking of themselves: "we", "our" */
    LEX_LIST_OFFER_FILLERS, /* what may come before an offer: "sure", "of course" */
    LEX_LIST_OFFER_OPENERS, /* an offer of the seller's: "i'll", "let me" */
    LEX_LIST_BACK_POINTERS, /* a question pointing back at their words: "that", "mentioned" */
    LEX_LIST_IDIOMS,        /* pairs: a set phrase and its word that means nothing alone */
    LEX_LIST_ANSWER_POINTERS, /* a question the prospect answers pointing back: "she", "it", "same" */
    LEX_LIST_COUNT
} LexList;

/* Loads a lexicon file. The Lua state runs with no libraries, a memory cap
 * and an instruction limit, and the chunk is loaded as text only. On failure
 * returns NULL and fills err with the file and line. Caller owns the result:
 * lex_destroy(). */
Lexicon *lex_load(const char *path, CoachError *err);

void lex_destroy(Lexicon *lexicon);

/* A deep copy of lexicon (with its own stemmer), so that a session can add
 * its scenario's terms without reading the lexicon file again. NULL with
 * err when out of memory. Caller owns the result: lex_destroy(). */
Lexicon *lex_clone(const Lexicon *lexicon, CoachError *err);

/* Adds one scenario term (a word or phrase) as a rule of kind
 * LEX_TERM_FEATURE/OUTCOME/JARGON with the given index. Returns 0 or a
 * negative COACH_E* code. */
int lex_add_term(Lexicon *lexicon, LexKind kind, int index, const char *term, CoachError *err);

/* The entries of a list, lower case, NULL-terminated (LEX_LIST_IDIOMS:
 * phrase and word in turn). Never NULL. Borrowed. */
const char *const *lex_list(const Lexicon *lexicon, LexList list);

/* The pipeline lists and stemmer, for tx_build. Borrowed. */
const TxRules *lex_text_rules(const Lexicon *lexicon);
TxStemmer *lex_stemmer(const Lexicon *lexicon);

/* The bit of a named word set in TxToken.classes, or 0 if there is none. */
uint64_t lex_set_bits(const Lexicon *lexicon, const char *name);

/* A numeric setting from the lexicon's `settings` table, or fallback. */
int lex_setting(const Lexicon *lexicon, const char *name, int fallback);

/* The synonym group of a stem (>= 0), or -1. */
int lex_synonym_group(const Lexicon *lexicon, const char *stem, size_t len);

/* Fills the ids and class bits of every token of text. */
void lex_tag(const Lexicon *lexicon, TxText *text);

/* Finds every pattern hit in a tagged text, in token order. A clause start
 * (^) is a sentence start, a word after a comma, or a word marked
 * TX_CLAUSE_START. */
void lex_match(const Lexicon *lexicon, const TxText *text, LexHits *out);

/* After the caller split text's sentences into clauses (tx_split_sentence),
 * gives every hit the index of the clause it starts in, and marks it as
 * beginning the clause when only filler words come before it there. */
void lex_resentence(const Lexicon *lexicon, const TxText *text, LexHits *hits);

const LexRule *lex_rule(const Lexicon *lexicon, size_t index);

/* The index of the rule with this id (the first, if several share it), or -1. */
int lex_rule_index(const Lexicon *lexicon, const char *id);

const char *lex_kind_name(LexKind kind);

#endif
