/* analyze: one trainee line (+ the prospect's line before it) -> move labels,
 * each with its evidence (rule id and the words that matched).
 *
 * The label ids are a contract (docs/labels.md): logs, `coach
 * analyze`, the scenario API and evaluation sets all use an_label_name().
 *
 * Word lists and phrase patterns are data: an Analyzer is built from a
 * lexicon file (a Lua table, assets/lexicon.lua) and may be extended with a
 * scenario's own product features, outcomes and jargon. Analysis itself is
 * pure C, allocation-free, and reentrant on a const Analyzer. */
#ifndef COACH_ANALYZE_H
#define COACH_ANALYZE_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

typedef enum AnLabel {
    AN_OPEN_QUESTION,
    AN_CLOSED_QUESTION,
    AN_PROBE,
    AN_REFLECTION,
    AN_FEATURE,
    AN_BENEFIT,
    AN_NEXT_STEP,
    AN_PURPOSE,
    AN_SMALL_TALK,
    AN_SELLER_FOCUS,
    AN_LABEL_COUNT
} AnLabel;

#define AN_BIT(label) (1u << (label))

/* The contract string of a label ("open_question", ...). Static storage. */
const char *an_label_name(AnLabel label);

/* Looks a contract string up; false if name is not a label id. */
bool an_label_from_name(const char *name, AnLabel *out);

/* Lines longer than this many bytes are cut before analysis (and the result
 * says so). */
#define AN_MAX_LINE_BYTES 4000

#define AN_MAX_EVIDENCE 16
#define AN_RULE_BYTES 48
#define AN_MATCH_BYTES 96

/* Why one label was given: the rule that fired and the words it matched. */
typedef struct AnEvidence {
    AnLabel label;
    char rule[AN_RULE_BYTES];   /* stable rule id, e.g. "open.wh_start" */
    char match[AN_MATCH_BYTES]; /* the matched words, as typed (UTF-8, maybe cut) */
    int clause;                 /* index into AnResult.clauses of the clause the label belongs to:
                                   where the words are, or, for a lead-in that makes the next
                                   question a probe ("Night feeds? Tell me more."), that question */
} AnEvidence;

/* Kinds of scenario-supplied terms the analyser also knows. */
typedef enum AnTermKind {
    AN_TERM_FEATURE,  /* a product/company attribute: "predictive alerts" */
    AN_TERM_OUTCOME,  /* an outcome in the prospect's world: "fewer stoppages" */
    AN_TERM_JARGON,   /* industry words the prospect does not use: "OEE" */
    AN_TERM_KIND_COUNT
} AnTermKind;

#define AN_MAX_TERM_HITS 8

/* Rubric cues: phrases the rubric scores but that are not move labels (the
 * labels are the contract of LABELS.md). Each comes from lexicon rules of
 * its own kind (assets/lexicon.lua), except AN_CUE_NUMBER, a word with a
 * digit ("3pm", "the 14th"). The analyser reports them on any line; the
 * rubric decides when they count (a motive only in a question, a specific
 * detail only in an earned ask...). */
typedef enum AnCue {
    AN_CUE_MOTIVE,           /* kind motive: "why is that important", "why now" */
    AN_CUE_COST_OF_INACTION, /* kind cost_of_inaction: "what happens if", "do nothing" */
    AN_CUE_BUYING_PROCESS,   /* kind buying_process: "who decides", "budget", "timeline" */
    AN_CUE_SPECIFIC,         /* kind specific: a day, a time, a person or a deliverable */
    AN_CUE_NUMBER,           /* a word with a digit (found by code) */
    AN_CUE_VAGUE_ENDING,     /* kind vague_ending: "let me know if", "touch base" */
    AN_CUE_COUNT
} AnCue;

#define AN_CUE_BIT(cue) (1u << (cue))

/* The stable name of a cue ("motive", "cost_of_inaction", ...). Static storage. */
const char *an_cue_name(AnCue cue);

/* The first hit of one cue in the line: rule id and the words, as typed. */
typedef struct AnCueEvidence {
    char rule[AN_RULE_BYTES];
    char match[AN_MATCH_BYTES];
} AnCueEvidence;

#define AN_MAX_CLAUSES 16

/* One clause of the line and the labels found in it. A clause is a sentence,
 * or part of one where a typed line runs moves together: "That's rough, what
 * happened next" is a remark, then a question; "who signs off, and how does
 * that work?" two questions. A subordinate clause stays with the question it
 * leads into ("when that happens, what does it cost you" is one). The
 * prospect answers the last question or ask. Lines with more clauses than
 * AN_MAX_CLAUSES fold the rest into the last. */
typedef struct AnClause {
    unsigned labels;            /* AN_BIT() set of the labels whose evidence lies here */
    unsigned start, end;        /* byte span in the analysed text (the input's offsets) */
} AnClause;

/* Everything the analyser says about one line. Plain value; no pointers into
 * the input, so it may outlive the text. */
typedef struct AnResult {
    unsigned labels;            /* AN_BIT() set of labels */
    AnEvidence evidence[AN_MAX_EVIDENCE];
    size_t evidence_count;
    bool truncated;             /* the line was cut at AN_MAX_LINE_BYTES */
    bool invalid_utf8;          /* invalid bytes were replaced before analysis */
    int words;                  /* word count of the (cut) line */
    int known_words;            /* tokens the lexicon knows (function words, its vocabulary,
                                   numbers): few of them means the line is not English or
                                   not words at all */
    int questions;              /* question sentences in the line */
    int you_words;              /* you/your/yours... */
    int i_words;                /* I/me/my/we/our... (the seller's side) */
    int feature_count;          /* distinct features mentioned */
    int jargon_count;           /* scenario jargon terms used */
    int empty_trio_count;       /* quality/service/reliability-style words */
    int context_overlap;        /* content stems shared with the context line */
    int term_hits[AN_TERM_KIND_COUNT][AN_MAX_TERM_HITS]; /* indexes of scenario terms hit, -1 padded */
    AnClause clauses[AN_MAX_CLAUSES];
    size_t clause_count;
    int answered;               /* the clause the prospect answers (the last question or ask,
                                   else the last with a label); -1 when no clause has a label */
    unsigned cues;              /* AN_CUE_BIT() set of rubric cues */
    AnCueEvidence cue_evidence[AN_CUE_COUNT]; /* for each cue in cues; empty otherwise */
} AnResult;

typedef struct Analyzer Analyzer;

/* Builds an analyser from a lexicon file (a Lua chunk that returns a table;
 * see assets/lexicon.lua for the shape). The Lua state is only used while
 * loading. Returns NULL and fills err (with file and line) on failure.
 * The caller owns the result: an_destroy(). */
Analyzer *an_create(const char *lexicon_path, CoachError *err);

/* A copy of analyzer (its lexicon and any terms already added) that can be
 * extended with an_add_terms() without touching the original: building a
 * session's analyser this way skips reading the lexicon again. NULL with err
 * when out of memory. The caller owns the result: an_destroy(). */
Analyzer *an_clone(const Analyzer *analyzer, CoachError *err);

/* Frees an analyser; NULL is a no-op. */
void an_destroy(Analyzer *analyzer);

/* Adds scenario terms of one kind (copied; the caller keeps its strings).
 * Term i of a kind is reported in AnResult.term_hits by its index in the
 * order added. Returns 0 or a negative COACH_E* code. */
int an_add_terms(Analyzer *analyzer, AnTermKind kind, const char *const *terms, size_t count,
                 CoachError *err);

/* Analyses text (UTF-8, need not be valid or NUL-terminated: len bytes) with
 * the prospect's previous line as context (NULL or "" for none). Never fails
 * on any input; fills *out completely. */
void an_analyze(const Analyzer *analyzer, const char *text, size_t len, const char *context,
                AnResult *out);

/* How many content stems (after normalising, stemming and synonym groups)
 * text shares with the words in keys. Used for cue pick-up and target
 * matching. A key that is a function word ("who", "else") counts when text
 * has it too: the author chose it. Never fails. */
int an_shared_meaning(const Analyzer *analyzer, const char *text, const char *keys);

/* A plain list of the lexicon's `lists` table (lexicon.h: LexList, as an
 * int so that this header needs no lexicon.h): lower-case entries,
 * NULL-terminated, never NULL. Borrowed; loaded once with the lexicon. */
const char *const *an_list(const Analyzer *analyzer, int list);

/* an_shared_meaning() on len bytes of text (need not be NUL-terminated),
 * also writing the words of text that matched, as typed and separated by
 * ", ", into out (cut to size; out may be NULL). Never fails. */
int an_shared_words(const Analyzer *analyzer, const char *text, size_t len, const char *keys, char *out,
                    size_t size);

/* How much two texts mean alike: the distinct content meanings (stems and
 * synonym groups; function words left out) of each, and how many they share. */
typedef struct AnOverlap {
    int shared;
    int left;   /* content meanings of a */
    int right;  /* content meanings of b */
} AnOverlap;

AnOverlap an_overlap(const Analyzer *analyzer, const char *a, size_t a_len, const char *b, size_t b_len);

#endif
