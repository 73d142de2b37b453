/* analyze_clause: where a typed line's clauses start and which of them ask
 * (see analyze_internal.h). A line is read clause by clause: "That's rough,
 * what happened next" is a remark and a question, and a leading "when that
 * happens" is the scene of the question after it, not a closed question. */
#include "analyze_internal.h"

#include <stdio.h>
#include <string.h>

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
size_t an_after_fillers(const Work *w, size_t pos, size_t end)
{
    while (pos < end && an_in_class(&w->line->tokens[pos], w->analyzer->fillers))
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
        if (hit->start == pos && is_shape(an_hit_kind(w, hit)) && (best < 0 || hit->end > w->hits->hits[best].end))
            best = (int)h;
    }
    return best;
}

/* "If you did make a change, when in the year could you and Denise stand to
 * do it": a "when" that runs on to its verb before its subject (the
 * lexicon's closed.wh_inverted) asks, with or without a question mark; it
 * leads into nothing, as "when in doubt, ..." does. */
static bool asks_inverted(const Work *w, size_t pos)
{
    size_t s = w->line->tokens[pos].sentence;
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (hit->start > pos)
            break;
        if (hit->start == pos && (int)hit->rule == w->analyzer->rule_wh_inverted)
            return true;
    }
    return false;
}

static bool kind_at(const Work *w, size_t pos, LexKind kind)
{
    size_t s = w->line->tokens[pos].sentence;
    if (!an_sentence_has_kind(w, s, kind) || (kind == LEX_SUBORDINATE && asks_inverted(w, pos)))
        return false;
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (hit->start > pos)
            break;
        if (hit->start == pos && an_hit_kind(w, hit) == kind)
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

/* "Say the offer isn't there by then - where does that leave you?": a
 * subordinate clause (if, say, suppose, when...) with no question of its own,
 * set off from the open question after it by a dash, leads into it as
 * it would after a comma, so the two are one sentence. True when sentences
 * were joined (then match again). */
/* Only a dash between two sentences of the line: "-", "--", an en or em dash
 * (any byte past ASCII), with spaces around it. */
bool an_only_dash_between(const TxText *line, const TxSentence *lead, const TxSentence *next)
{
    bool dash = false;
    for (size_t b = lead->src_end; b < next->src_start && b < line->source_len; b++) {
        unsigned char c = (unsigned char)line->source[b];
        if (c == '-' || c >= 0x80)
            dash = true;
        else if (c != ' ')
            return false;
    }
    return dash;
}

bool an_join_dashed_leads(Work *w)
{
    TxText *line = w->line;
    bool joined = false;
    for (size_t s = 0; s + 1 < line->sentence_count; s++) {
        const TxSentence *lead = &line->sentences[s], *next = &line->sentences[s + 1];
        if (lead->question_mark || lead->count == 0 || next->count == 0)
            continue;
        size_t pos = an_after_fillers(w, lead->first, (size_t)lead->first + lead->count);
        if (pos >= (size_t)lead->first + lead->count || !kind_at(w, pos, LEX_SUBORDINATE) ||
            an_sentence_has_kind(w, s, LEX_OPEN) || an_sentence_has_kind(w, s, LEX_CLOSED))
            continue;
        /* an open question ("where does that leave you?", "what happens then?"), not a check on
         * what was just said ("If nothing's worth changing I'll send it through as usual - fair?") */
        size_t ask = an_after_fillers(w, next->first, (size_t)next->first + next->count);
        if (ask >= (size_t)next->first + next->count || !kind_at(w, ask, LEX_OPEN))
            continue;
        if (!an_only_dash_between(line, lead, next))
            continue;
        if (tx_join_sentences(line, s)) {
            joined = true;
            s--; /* the joined sentence may lead into the next one too */
        }
    }
    return joined;
}

/* Where the main clause of sentence s starts: after the subordinate clauses
 * that lead into it ("when that happens, what does it cost you"); the
 * sentence's first token when there are none, or nothing follows them. */
size_t an_main_clause_start(const Work *w, size_t s)
{
    const TxSentence *sentence = &w->line->sentences[s];
    size_t first = sentence->first, end = first + sentence->count;
    size_t pos = an_after_fillers(w, first, end);
    if (pos >= end || !kind_at(w, pos, LEX_SUBORDINATE))
        return first;
    while (pos < end && kind_at(w, pos, LEX_SUBORDINATE)) {
        size_t next = clause_end(w, pos, end);
        if (next >= end)
            return first;
        pos = an_after_fillers(w, next, end);
    }
    return pos < end ? pos : first;
}

/* "When the line stops what does it cost you": a subordinate clause with no
 * comma after it. The lexicon's clause_start rules say where the main
 * question begins; that token is marked so the patterns that open a clause
 * (^) can match there. True when a token was marked (then match again). */
bool an_mark_clause_starts(Work *w)
{
    const Analyzer *a = w->analyzer;
    TxText *line = w->line;
    bool marked = false;
    for (size_t s = 0; s < line->sentence_count; s++) {
        const TxSentence *sentence = &line->sentences[s];
        size_t first = sentence->first, end = first + sentence->count;
        size_t pos = an_after_fillers(w, first, end);
        /* "who else is involved and how do those decisions get made": a
         * question, then and/or/but with a question word and its verb - at
         * the sentence's start or after a comma ("You mentioned Theo, who's
         * Theo and what's he got in mind?") */
        for (size_t at = first; at < end; at = clause_end(w, at, end)) {
            size_t opening = an_after_fillers(w, at, end);
            int shape = opening < end ? shape_at(w, opening) : -1;
            if (shape < 0 || an_hit_kind(w, &w->hits->hits[shape]) == LEX_STATEMENT)
                continue;
            /* "hows business going, any big challenges right now?": a question, then after a comma
             * a last clause opening on "any" asks for one more thing (closed.yes_no) */
            size_t tail = clause_end(w, opening, end);
            if (tail < end && (line->tokens[tail].flags & TX_AFTER_COMMA) && clause_end(w, tail, end) == end &&
                tail + 1 < end && an_norm_is(line, tail, "any") && !(line->tokens[tail].flags & TX_CLAUSE_START)) {
                line->tokens[tail].flags |= TX_CLAUSE_START;
                marked = true;
            }
            for (size_t i = (size_t)w->hits->hits[shape].end; i + 2 < end; i++) {
                const TxToken *t = &line->tokens[i];
                if (clause_boundary(t))
                    break;
                if (!an_in_class(t, a->conjunction) || !an_in_class(&line->tokens[i + 1], a->question_word))
                    continue;
                if (!an_in_class(&line->tokens[i + 2], a->aux) &&
                    !(i + 3 < end && an_in_class(&line->tokens[i + 3], a->aux)))
                    continue;
                line->tokens[i].flags |= TX_CLAUSE_START;
                marked = true;
                break;
            }
        }
        if (pos >= end || !kind_at(w, pos, LEX_SUBORDINATE) || clause_end(w, pos, end) < end)
            continue;
        for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
            const LexHit *hit = &w->hits->hits[h];
            if (hit->start > pos && an_hit_kind(w, hit) == LEX_CLAUSE_START) {
                line->tokens[hit->start].flags |= TX_CLAUSE_START;
                marked = true;
                break;
            }
        }
    }
    return marked;
}

/* "...three figures - today's payment, the payment two points higher, and
 * what selling early would look like": a what-clause joined by and/or to a
 * list of two items or more, its verb not up front, is the list's last item
 * (typed without a question mark), not a question of its own. */
static bool ends_a_list(const Work *w, size_t first, size_t pos, size_t word, size_t next)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    bool joined = false, items = false;
    for (size_t i = pos; i < word; i++)
        joined = joined || an_in_class(&line->tokens[i], a->conjunction);
    for (size_t i = first + 1; i < pos; i++)
        items = items || (line->tokens[i].flags & TX_AFTER_COMMA) != 0;
    return joined && items && (line->tokens[pos].flags & TX_AFTER_COMMA) && word + 1 < next &&
           !an_in_class(&line->tokens[word + 1], a->aux);
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
void an_split_clauses(Work *w)
{
    const Analyzer *a = w->analyzer;
    TxText *line = w->line;
    for (size_t s = 0; s < line->sentence_count; s++) {
        size_t first = line->sentences[s].first, end = first + line->sentences[s].count;
        bool mark = line->sentences[s].question_mark;
        bool asked = false;
        size_t lead = SIZE_MAX; /* the subordinate clauses just before */
        if (!an_sentence_has_kind(w, s, LEX_OPEN) && !an_sentence_has_kind(w, s, LEX_CLOSED))
            continue;
        for (size_t pos = first; pos < end;) {
            size_t next = clause_end(w, pos, end);
            size_t word = an_after_fillers(w, pos, next);
            if (word < next && kind_at(w, word, LEX_SUBORDINATE)) {
                if (lead == SIZE_MAX)
                    lead = pos;
                pos = next;
                continue;
            }
            int shape = word < next ? shape_at(w, word) : -1;
            bool question = shape >= 0 && an_hit_kind(w, &w->hits->hits[shape]) != LEX_STATEMENT;
            size_t at = SIZE_MAX;
            if (question && !asked) {
                at = lead != SIZE_MAX ? lead : pos;
                bool content = false, question_word = false;
                for (size_t i = first; i < at; i++) {
                    content = content || !an_in_class(&line->tokens[i], a->fillers);
                    question_word = question_word || an_in_class(&line->tokens[i], a->question_word);
                }
                /* "...how you arrange cover, does that work for you": a yes/no
                 * question or a check after it is not a list item */
                bool verb_first = an_in_class(&line->tokens[word], a->aux) ||
                                  (int)w->hits->hits[shape].rule == a->rule_check;
                if (!content || (!mark && ((question_word && !verb_first) || next < end)))
                    at = SIZE_MAX;
                if (!mark && ends_a_list(w, first, pos, word, next))
                    at = SIZE_MAX;
            } else if (question) {
                bool joined = false;
                for (size_t i = pos; i < word; i++)
                    joined = joined || an_in_class(&line->tokens[i], a->conjunction);
                /* "and what's he got", "and how big is the team" */
                bool verb_first = an_in_class(&line->tokens[word], a->aux) ||
                                  (word + 1 < next && an_in_class(&line->tokens[word + 1], a->aux)) ||
                                  (word + 2 < next && an_in_class(&line->tokens[word], a->question_word) &&
                                   an_in_class(&line->tokens[word + 2], a->aux));
                /* docs/labels.md, two questions in one line: "Why does the close take eleven
                 * days, is it the invoices?" - a yes/no question after a comma, its verb first,
                 * is a question of its own, joined or not ("..., do you think" is a tag: a
                 * clause of four words or more) */
                bool comma_yes_no = (line->tokens[pos].flags & TX_AFTER_COMMA) && word == pos &&
                                    an_hit_kind(w, &w->hits->hits[shape]) == LEX_CLOSED &&
                                    an_in_class(&line->tokens[word], a->aux) && next - word >= 4;
                /* "So tell me about your business, how big are you?": a figure asked after a
                 * comma, its verb right after the figure word, ending the line's question, is a
                 * question of its own ("walk me through how it works, who's involved" lists) */
                bool comma_figure = mark && next == end && (line->tokens[pos].flags & TX_AFTER_COMMA) && word == pos &&
                                    (int)w->hits->hits[shape].rule == a->rule_how_much && word + 2 < next &&
                                    an_in_class(&line->tokens[word + 2], a->aux);
                if ((joined && verb_first) || comma_yes_no || comma_figure || an_norm_is(line, word, "any"))
                    at = lead != SIZE_MAX ? lead : pos;
            }
            if (at != SIZE_MAX && at > first && tx_split_sentence(line, at)) {
                lex_resentence(a->lexicon, line, w->hits);
                an_index_hits(w);
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

/* docs/labels.md, echo questions: a fragment with a question mark made
 * mostly of the prospect's own words ("Night feeds?", "Called in on a Sunday
 * again?") asks them to say yes or say more - at least half of its content
 * words are in their line. */
static bool echoes_their_words(const Work *w, size_t s)
{
    const TxSentence *sentence = &w->line->sentences[s];
    size_t content = 0, theirs = 0;
    for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++) {
        const TxToken *t = &w->line->tokens[i];
        if ((t->flags & TX_STOP) || an_in_class(t, w->analyzer->fillers))
            continue;
        content++;
        theirs += an_context_position(w, t) != SIZE_MAX;
    }
    return theirs > 0 && theirs * 2 >= content;
}

/* "Honestly? For a crew your size, plan on ten weeks.": a line that opens
 * on nothing but a filler with a question mark, and goes on to say rather
 * than ask (no question after it), puts the question to itself - no
 * question to the prospect. */
static bool asks_itself(const Work *w, size_t s, bool question_after)
{
    const TxSentence *sentence = &w->line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    return s == 0 && w->line->sentence_count > 1 && !question_after && sentence->question_mark &&
           w->shape_hit[s] < 0 && an_after_fillers(w, sentence->first, end) >= end;
}

/* Which sentences are questions, and of which kind. A question's kind comes
 * from the shape its main clause opens with; without a question mark only
 * that shape counts, or a short echo of their words ending in a question
 * word ("hated it how"). An echo or tag with a question mark and no shape
 * of its own ("Night feeds?", "..., has he?") leads into the question after
 * it; a tag is not a question itself, an echo of their words is a closed one
 * (docs/labels.md, echo questions) - the question after it still carries the
 * probe (probe.echo). */
void an_decide_questions(Work *w)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    bool weak[TX_MAX_SENTENCES];
    /* past a full hit table the sentences were not read: none is an echo */
    size_t read_to = w->hits->count < LEX_MAX_HITS ? SIZE_MAX : w->hits->hits[LEX_MAX_HITS - 1].start;
    for (size_t s = 0; s < line->sentence_count; s++) {
        const TxSentence *sentence = &line->sentences[s];
        size_t first = sentence->first, end = first + sentence->count;
        size_t main = an_main_clause_start(w, s);
        size_t opening = an_after_fillers(w, main, end);
        bool mark = sentence->question_mark;
        int best = -1;
        w->question[s] = 0;
        w->shape_hit[s] = -1;
        weak[s] = false;
        for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
            const LexHit *hit = &w->hits->hits[h];
            if (hit->start < main)
                continue;
            LexKind kind = an_hit_kind(w, hit);
            if (!is_shape(kind) || (mark && kind == LEX_STATEMENT))
                continue;
            /* a shape may start on a filler word: "ok if I ask a few questions" */
            if (!mark && hit->start > opening &&
                (kind != LEX_OPEN || hit->end != end || sentence->count > (uint16_t)a->echo_max_words ||
                 an_context_shared(w, s, NULL, 0, false) < 1))
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
        LexKind kind = best >= 0 ? an_hit_kind(w, &w->hits->hits[best]) : LEX_STATEMENT;
        /* "I'd love to hear what you're building, and if there's a fit...":
         * a request put as a statement inside a purpose statement is its agenda */
        if (!mark && best >= 0 && kind != LEX_STATEMENT &&
            an_in_class(&line->tokens[w->hits->hits[best].start], a->me) && an_sentence_has_kind(w, s, LEX_PURPOSE))
            kind = LEX_STATEMENT;
        /* "quick agenda: how cover works now, what it costs you": the list after
         * a purpose statement's colon is its agenda */
        if (!mark && kind != LEX_STATEMENT && s > 0 && an_sentence_has_kind(w, s - 1, LEX_PURPOSE) &&
            line->sentences[s - 1].src_end < line->source_len && line->source[line->sentences[s - 1].src_end] == ':')
            kind = LEX_STATEMENT;
        if (kind == LEX_OPEN)
            w->question[s] = 1;
        else if (kind == LEX_CLOSED || mark)
            w->question[s] = 2;
        w->shape_hit[s] = (int16_t)best;
        /* an echo is a short fragment ("Night feeds?"), not a question put
         * with a name the shapes do not know ("Could Theo join us?") */
        /* "..., has he?" is a tag; "..., who's Theo and what's he..." asks */
        bool tail = (line->tokens[first].flags & TX_AFTER_COMMA) != 0 && sentence->count <= 3 &&
                    !(opening < end && an_in_class(&line->tokens[opening], a->question_word));
        bool fragment = sentence->count <= (uint16_t)a->echo_max_words && opening < end &&
                        !an_in_class(&line->tokens[opening], a->aux) && !an_in_class(&line->tokens[opening], a->question_word);
        weak[s] = w->question[s] == 2 && ((best < 0 && fragment) || tail) && first <= read_to;
    }
    bool later = false;
    for (size_t s = line->sentence_count; s-- > 0;) {
        w->echo[s] = weak[s] && later;
        if (w->echo[s] && !echoes_their_words(w, s))
            w->question[s] = 0;
        if (asks_itself(w, s, later))
            w->question[s] = 0;
        later = later || w->question[s] != 0;
    }
    for (size_t s = 0; s < line->sentence_count; s++) {
        if (w->question[s] == 0)
            continue;
        int16_t best = w->shape_hit[s];
        w->out->questions++;
        AnLabel label = w->question[s] == 1 ? AN_OPEN_QUESTION : AN_CLOSED_QUESTION;
        /* "how are you doing today?", "how have you been?": the greeting asks after
         * them socially - small talk, not an invitation to explain their business
         * ("how was the trip?", "how are you doing with all this pressure?" still
         * ask for their story) */
        bool greeting = false;
        for (size_t h = w->hits_from[s]; best >= 0 && h < w->hits_from[s + 1] && !greeting; h++)
            greeting = an_hit_kind(w, &w->hits->hits[h]) == LEX_SMALL_TALK &&
                       w->hits->hits[h].start == w->hits->hits[best].start && label == AN_OPEN_QUESTION &&
                       (size_t)w->hits->hits[h].start + 2u < (size_t)line->sentences[s].first + line->sentences[s].count &&
                       /* nothing after it but a word: "how are you keeping through all this?" asks about it */
                       (size_t)w->hits->hits[h].end + 1u >= (size_t)line->sentences[s].first + line->sentences[s].count &&
                       line->tokens[w->hits->hits[h].start].norm_len == 3 &&
                       memcmp(tx_norm(line, &line->tokens[w->hits->hits[h].start]), "how", 3) == 0 &&
                       an_in_class(&line->tokens[w->hits->hits[h].start + 1u], a->aux) &&
                       an_in_class(&line->tokens[w->hits->hits[h].start + 2u], a->you);
        if (greeting)
            continue;
        if (best >= 0 && an_hit_kind(w, &w->hits->hits[best]) != LEX_STATEMENT) {
            an_candidate_hit(w, label, &w->hits->hits[best]);
        } else {
            const TxSentence *sentence = &line->sentences[s];
            /* closed.echo: "Night feeds?" before another question, their words given back */
            an_candidate_tokens(w, label, w->echo[s] ? "closed.echo" : "closed.question_mark", sentence->first,
                             (size_t)sentence->first + sentence->count - 1);
        }
    }
}

/* The first token of the clause holding token i, after fillers. */
bool an_clause_start(const Work *w, size_t i)
{
    const TxText *line = w->line;
    const TxToken *t = &line->tokens[i];
    const TxSentence *s = &line->sentences[t->sentence];
    for (size_t k = i; k > s->first; k--) {
        const TxToken *before = &line->tokens[k - 1];
        if (line->tokens[k].flags & (TX_AFTER_COMMA | TX_CLAUSE_START))
            return true;
        if (an_in_class(before, w->analyzer->conjunction))
            return true; /* "... any day and we can lock one in" */
        if (!an_in_class(before, w->analyzer->fillers))
            return false;
    }
    return true;
}

/* Whether clause s goes on the typed sentence of clause s - 1: no sentence end
 * between them ("Could the three of us sit down next week - so she can grill
 * me?", "a fixed rate might fit: your payment stays..."). */
bool an_joined_to_previous(const Work *w, size_t s)
{
    const TxText *line = w->line;
    if (s == 0)
        return false;
    const TxSentence *before = &line->sentences[s - 1];
    size_t from = line->tokens[(size_t)before->first + before->count - 1].src_end;
    for (size_t b = from; b < line->sentences[s].src_start && b < line->source_len; b++)
        if (line->source[b] == '.' || line->source[b] == '?' || line->source[b] == '!')
            return false;
    return true;
}

/* Whether clause s, or a clause before it in its typed sentence, is an ask or a
 * proposal or a benefit of ours: "Could Raj get me a month of invoices by
 * Wednesday", "...- and that's the proof Sam wants" after what they would
 * get, "sit down next week - so she can grill me". Their words in it carry our
 * ask or our pitch on, no point of theirs given back (docs/labels.md: a
 * reflection gives their point back); "sounds like you're flat out - could we
 * meet?", "so the layout's landed... - could we get him in on Thursday?" give
 * it back first. With ahead, our agenda anywhere in the typed sentence counts
 * too: a recap typed on to it leads into it ("So the demo's worth your Friday,
 * could I ask a few questions first"). */
bool an_ours_in_typed_sentence(const Work *w, size_t s, bool ahead)
{
    size_t first = s, last = s;
    while (first > 0 && an_joined_to_previous(w, first))
        first--;
    while (last + 1 < w->line->sentence_count && an_joined_to_previous(w, last + 1))
        last++;
    for (size_t c = first; c <= last; c++)
        if ((c <= s && an_sentence_has_kind(w, c, LEX_PROPOSAL)) ||
            (c < s && (w->benefit[c] || (w->sentence_labels[c] & AN_BIT(AN_BENEFIT)))) ||
            (ahead && (an_sentence_has_kind(w, c, LEX_PURPOSE) || (w->sentence_labels[c] & AN_BIT(AN_PURPOSE)))))
            return true;
    return false;
}

/* "The big difference is we don't just email alerts, one of our techs calls your
 * maintenance guys": "is (that) we/our..." answers their doubt with what we do -
 * our claim, no point of theirs given back, whatever of their words it uses
 * (r27 plant average 9). */
bool an_copula_then_ours(const Work *w, size_t s)
{
    const TxText *line = w->line;
    size_t end = (size_t)line->sentences[s].first + line->sentences[s].count;
    for (size_t i = line->sentences[s].first; i + 1 < end; i++) {
        if (!an_norm_is(line, i, "is"))
            continue;
        size_t next = i + 1 + (i + 2 < end && an_norm_is(line, i + 1, "that"));
        if (an_in_class(&line->tokens[next], w->analyzer->seller_subject))
            return true;
    }
    return false;
}

/* "Congrats on the offer!", "Sorry, no pressure at all.", "Thanks for that":
 * a sentence that acknowledges or apologises makes no remark on their words
 * for the question after it to follow up. */
bool an_acknowledges(const Work *w, size_t s)
{
    const TxSentence *sentence = &w->line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t opener = an_after_fillers(w, sentence->first, end); /* "sorry" is a filler too */
    bool acknowledged = an_sentence_has_kind(w, s, LEX_REASSURANCE);
    for (size_t i = sentence->first; i <= opener && i < end && !acknowledged; i++)
        acknowledged = an_in_class(&w->line->tokens[i], w->analyzer->acknowledge) &&
                       /* "sorry about Manny", "sorry to hear that": sympathy for their loss */
                       !(i + 1 < end && (an_norm_is(w->line, i + 1, "about") || an_norm_is(w->line, i + 1, "to")));
    return acknowledged;
}

/* "Ha, brown or darker brown, that's a tough call": a sentence that opens on a
 * laugh jokes along with their small talk; it names no stake of theirs and
 * recaps nothing ("Ha, the mulch debate, that sounds like a long twenty
 * minutes" still reflects through its frame) */
bool an_laughs(const Work *w, size_t s)
{
    static const char *const laugh[] = {"ha", "haha", "hah", "hahaha", "lol", "heh", NULL};
    const TxText *line = w->line;
    size_t first = line->sentences[s].first;
    for (size_t k = 0; laugh[k] != NULL; k++)
        if (an_norm_is(line, first, laugh[k]))
            return true;
    return false;
}

/* docs/labels.md, how long, how often: "how long has that been going on?"
 * about the trouble they just told is an open question and a probe; a "how
 * long" about them that follows up nothing of theirs ("how long are you
 * picturing staying there?", "how long have you been running the business?")
 * asks for a figure, a duration, as "how often" does: a closed question. Run
 * after the probes are decided. */
void an_how_long_asks_a_figure(Work *w)
{
    const TxText *line = w->line;
    bool open_left = false;
    for (size_t s = 0; s < line->sentence_count; s++) {
        int16_t best = w->shape_hit[s];
        size_t at = best >= 0 ? (size_t)w->hits->hits[best].start : 0;
        /* "how long have you been / are you...": their own time asked; "how long
         * does it take..." is left open (r26: the play-testers read it both ways) */
        bool how_long = w->question[s] == 1 && best >= 0 && at + 3 < (size_t)line->token_count &&
                        an_norm_is(line, at, "how") && an_norm_is(line, at + 1, "long") &&
                        an_in_class(&line->tokens[at + 2], w->analyzer->aux) &&
                        an_norm_is(line, at + 3, "you");
        if (!how_long || (w->sentence_labels[s] & AN_BIT(AN_PROBE)) != 0) {
            open_left = open_left || (w->sentence_labels[s] & AN_BIT(AN_OPEN_QUESTION)) != 0;
            continue;
        }
        w->question[s] = 2;
        w->sentence_labels[s] = (w->sentence_labels[s] & ~AN_BIT(AN_OPEN_QUESTION)) | AN_BIT(AN_CLOSED_QUESTION);
        for (size_t c = 0; c < w->candidate_count; c++)
            if (w->candidates[c].sentence == s && w->candidates[c].label == AN_OPEN_QUESTION) {
                w->candidates[c].label = AN_CLOSED_QUESTION;
                snprintf(w->candidates[c].rule, sizeof w->candidates[c].rule, "%s", "closed.how_long");
            }
        w->out->labels |= AN_BIT(AN_CLOSED_QUESTION);
    }
    if (!open_left)
        w->out->labels &= ~AN_BIT(AN_OPEN_QUESTION);
}
