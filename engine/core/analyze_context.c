/* analyze_context: the moves that need the prospect's line before - probes
 * (a question on what they just said) and reflections (their point given back)
 * - from what the line shares with the context (see analyze_internal.h). */
#include "analyze_internal.h"

#include <stdio.h>
#include <string.h>

/* "You mentioned the houses on your street. What happened there?", "you
 * also said...": leads in to a question: it picks up a cue, it does not
 * reflect. */
static bool lead_in(const Work *w, size_t s)
{
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t opener = an_after_fillers(w, sentence->first, end);
    size_t verb = opener + 1 < end ? an_after_fillers(w, opener + 1, end) : end;
    if (verb + 1 < end && an_in_class(&line->tokens[verb], w->analyzer->aux))
        verb++; /* "you've mentioned Tom a couple of times, how..." */
    return verb < end && an_in_class(&line->tokens[opener], w->analyzer->you) &&
           an_in_class(&line->tokens[verb], w->analyzer->reference_verb) && w->out->questions > 0;
}

/* Whether question s is led by words of the line that name its topic afresh,
 * nothing the prospect just said: a pick-up of something from earlier ("you
 * also mentioned the houses on your street - what's the worry there?", "I'm
 * still curious about Raj. What would he need?") or a topic put first,
 * joined to the question ("the big job you turned down, why did you pass on
 * it?"). The lead shares no word with the context and has no follow-up cue
 * of its own: the question's pointers point at the lead, so only the
 * question's own words of theirs make it a probe (docs/labels.md: a probe
 * digs into what they *just* said). A hypothetical lead ("if nothing changes
 * by spring, what happens?") is not one: it may carry on their story. */
enum { LEAD_NONE, LEAD_OWN_TOPIC, LEAD_REACHES_BACK };
static int leads_with_own_topic(const Work *w, size_t s)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t from = SIZE_MAX, to = SIZE_MAX; /* the lead: [from, to) */
    bool lead = false;
    if (s > 0) {
        const TxSentence *before = &line->sentences[s - 1];
        size_t first = before->first, end = first + before->count;
        /* joined to the question by a comma or a dash, no sentence end between */
        bool joined = true;
        for (size_t b = before->src_end; b < sentence->src_start && joined; b++)
            joined = line->source[b] != '.' && line->source[b] != '?' && line->source[b] != '!';
        size_t opener = an_after_fillers(w, first, end);
        bool fronted = joined && w->question[s - 1] == 0 && opener < end && line->tokens[opener].norm_len == 3 &&
                       memcmp(tx_norm(line, &line->tokens[opener]), "the", 3) == 0;
        if (an_sentence_has_kind(w, s - 1, LEX_PICK_UP) || fronted) {
            from = first;
            to = end;
            lead = true;
        }
    }
    if (!lead)
        return LEAD_NONE;
    /* "You said you haven't slept properly since the offer went in - what's...": a
     * "you said / you mentioned" lead reaches back past their last line when most
     * of its words are not in it (one word in common, "properly", is chance) */
    bool said = lead_in(w, s - 1);
    size_t content = 0, theirs = 0;
    for (size_t i = from; i < to; i++) {
        const TxToken *t = &line->tokens[i];
        if (an_in_hit_of(w, i, LEX_PROBE))
            return LEAD_NONE; /* "when that happens, what does it cost you" */
        if ((t->flags & TX_STOP) || an_in_class(t, a->fillers) ||
            (said && (an_in_class(t, a->you) || an_in_class(t, a->reference_verb))))
            continue;
        content++;
        if (an_key_in(w->context_keys, an_meaning_key(a, line, t))) {
            if (!said)
                return LEAD_NONE; /* "you mentioned the renewal - ..." after their renewal */
            theirs++;
        }
    }
    if (content == 0)
        return LEAD_NONE;
    if (said)
        return theirs * 2 < content ? LEAD_REACHES_BACK : LEAD_NONE;
    return theirs == 0 ? LEAD_OWN_TOPIC : LEAD_NONE;
}

/* Where the context has a word of the same stem as line token t: its token
 * index there, or SIZE_MAX. */
size_t an_context_position(const Work *w, const TxToken *t)
{
    const TxText *context = w->context_text;
    const char *stem = tx_stem_of(w->line, t);
    for (size_t k = 0; context != NULL && k < context->token_count; k++) {
        const TxToken *c = &context->tokens[k];
        if (c->stem_len == t->stem_len && memcmp(tx_stem_of(context, c), stem, t->stem_len) == 0)
            return k;
    }
    return SIZE_MAX;
}

/* "You two still argue about it", "a penalty on top of all those Sundays":
 * every content word of sentence s is one the prospect typed (same stem, not
 * a synonym) and they come in the prospect's order - an echo, which gives
 * nothing back in new words, so it is no reflection (docs/labels.md: not
 * "echoing"); before a question it leads into that question. Their words
 * turned round ("Everyone blames AP" -> "AP's taking the blame") restate. */
static bool only_their_words_in(const Work *w, size_t from, size_t end)
{
    const TxText *line = w->line;
    size_t seen[64];
    size_t count = 0;
    for (size_t i = from; i < end; i++) {
        const TxToken *t = &line->tokens[i];
        if ((t->flags & (TX_STOP | TX_NUMBER)) || an_in_class(t, w->analyzer->fillers) ||
            an_in_class(t, w->analyzer->you) || an_in_class(t, w->analyzer->number_word))
            continue;
        size_t at = an_context_position(w, t);
        if (at == SIZE_MAX)
            return false;
        size_t where = w->context_text->tokens[at].sentence;
        for (size_t k = 0; k < count; k++)
            if (w->context_text->tokens[seen[k]].sentence == where && seen[k] > at)
                return false;
        if (count < sizeof seen / sizeof seen[0])
            seen[count++] = at;
    }
    return true;
}

static bool only_their_words_from(const Work *w, size_t s, size_t from)
{
    return only_their_words_in(w, from, (size_t)w->line->sentences[s].first + w->line->sentences[s].count);
}

/* Whether the context names a person, gives a number or a time of year (tags it once). */
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
        bool name = c >= 'A' && c <= 'Z' && i != context->sentences[t->sentence].first && !an_in_class(t, a->me);
        w->context_person = w->context_person || name || an_in_class(t, a->person_pronoun);
        w->context_number = w->context_number || (t->flags & TX_NUMBER) != 0 || an_in_class(t, a->number_word);
        w->context_time = w->context_time || an_in_class(t, a->month) || an_in_class(t, a->season);
    }
}

/* A figure typed with a unit or a symbol ("30k", "£240", "2m"): a digit
 * among its first bytes. */
static bool starts_with_digit(const TxText *line, size_t i)
{
    const TxToken *t = &line->tokens[i];
    for (size_t b = t->src_start; b < t->src_end && b < (size_t)t->src_start + 3; b++)
        if (line->source[b] >= '0' && line->source[b] <= '9')
            return true;
    return false;
}



/* "It still bugs you.": the fewest words a named feeling of theirs takes */
enum { AN_FEELING_MIN_WORDS = 4 };


/* "What's it costing you to stay on the whiteboard?", "what does it cost you
 * when the line goes down?": an "it" that stands for the clause after it (a
 * "to" or "when/if" within a few words) points ahead, not back at their
 * words, so it is no follow-up cue. */
static bool points_ahead(const Work *w, const LexHit *hit)
{
    const TxText *line = w->line;
    size_t last = (size_t)hit->end - 1;
    if (!an_norm_is(line, last, "it"))
        return false;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    size_t end = (size_t)sentence->first + sentence->count;
    /* "if we run the demo on your own invoices, what would it have to show you for
     * it to be worth your time": "for it to" opens a clause whose subject is the
     * thing of ours the question named ("we"), not their words ("if you tried
     * something again, ... for it to be worth it" may carry on their story) */
    if (last > sentence->first && an_norm_is(line, last - 1, "for") && last + 1 < end && an_norm_is(line, last + 1, "to"))
        for (size_t i = sentence->first; i < (size_t)hit->start; i++)
            if (an_in_class(&line->tokens[i], w->analyzer->me) || an_in_class(&line->tokens[i], w->analyzer->seller_subject))
                return true;
    for (size_t i = last + 2; i < end && i <= last + 4; i++) {
        if (an_norm_is(line, i, "to") && (an_norm_is(line, i - 1, "going") || an_norm_is(line, i - 1, "have") ||
                                       an_norm_is(line, i - 1, "got") || an_norm_is(line, i - 1, "need")))
            return false; /* "what's it going to change": "it" is what they told us about */
        if (an_norm_is(line, i, "to") || an_norm_is(line, i, "when") || an_norm_is(line, i, "if"))
            return true;
    }
    return false;
}

/* "What would need to be different this time?" follows up their line only
 * when it told of a last or previous one ("the last one sounded good
 * too"); after "I don't want to talk about Manny twice" it asks afresh. */
static bool this_time_without_a_last(const Work *w, const LexHit *hit)
{
    if ((int)hit->rule != w->analyzer->rule_this_time)
        return false;
    const TxText *context = w->context_text;
    for (size_t i = 0; context != NULL && i < context->token_count; i++) {
        if (an_norm_is(context, i, "last") || an_norm_is(context, i, "previous"))
            return false;
        if (!an_norm_is(context, i, "before"))
            continue;
        /* "Nobody's asked me about Manny before": a first, no earlier try told of
         * ("we tried one before" is one) */
        const TxSentence *sentence = &context->sentences[context->tokens[i].sentence];
        bool never = false;
        for (size_t k = sentence->first; k < i && !never; k++)
            never = an_norm_is(context, k, "nobody") || an_norm_is(context, k, "never") ||
                    an_norm_is(context, k, "noone") || (an_norm_is(context, k, "no") && k + 1 < i &&
                                                         an_norm_is(context, k + 1, "one"));
        if (!never)
            return false;
    }
    return true;
}

/* "Ouch, that adds up. What's pushing this to the top of your list now?"
 * builds on their answer (docs/labels.md: why it matters now is a probe);
 * the same cue straight after their request, a greeting or our thanks ("I
 * want a demo by Friday." - "What's prompting this now?") asks the motive
 * afresh. A probe.why_now cue follows up only after a remark of ours on
 * their line: one that shares a word of theirs, or a short one pointing at
 * it ("that adds up"). */
static bool why_now_without_a_remark(const Work *w, const LexHit *hit)
{
    const Analyzer *a = w->analyzer;
    size_t s = hit->sentence;
    if ((int)hit->rule != a->rule_why_now)
        return false;
    /* "so after all that, what's got you looking again now?" sums up the whole
     * story and moves on from it (r4, r8, r13 burned skilled 5) */
    size_t from = w->line->sentences[s > 0 ? s - 1 : s].first; /* "Given all that, what's..." */
    for (size_t i = from; i + 1 < hit->start; i++)
        if (an_norm_is(w->line, i, "all") && an_in_class(&w->line->tokens[i + 1], a->back_pointer))
            return true;
    if (s == 0 || w->question[s - 1] != 0 || an_acknowledges(w, s - 1) || an_sentence_has_kind(w, s - 1, LEX_PURPOSE))
        return true;
    if (an_context_shared_in(w, s - 1, NULL, 0, false, AN_SHARED_NO_LIGHT_VERB) >= a->probe_min_overlap)
        return false;
    const TxSentence *remark = &w->line->sentences[s - 1];
    if (remark->count > (uint16_t)a->remark_max_words)
        return true;
    for (size_t i = remark->first; i < (size_t)remark->first + remark->count; i++)
        if (an_in_class(&w->line->tokens[i], a->back_pointer))
            return false;
    return true;
}

/* A pointer of a follow-up cue that points at no words of theirs: "how's
 * everything going over there?" is where they are ("what happened there?"
 * points back). Left alone: the cost-of-inaction question ("if nothing
 * changes, where does that leave you?"; the play-testers labelled it a probe
 * in most rounds, r2-r17, and open in r16/r18 burned_owner) and "about it
 * all" (a catch-all "it" that reads both ways). */
static bool points_nowhere_back(const Work *w, const LexHit *hit)
{
    const TxText *line = w->line;
    size_t first = line->sentences[hit->sentence].first;
    size_t last = (size_t)hit->end - 1;
    return an_norm_is(line, last, "there") && last > first &&
           (an_norm_is(line, last - 1, "over") || an_norm_is(line, last - 1, "out") || an_norm_is(line, last - 1, "up"));
}

/* "...a portable deal means you take the mortgage with you. How does that
 * sit with you?": a pointer back in a question that asks their reaction
 * (sit, sound, land, feel) and follows our own pitch (a feature or benefit in
 * the statements just before it, in this line) points at our proposal, not
 * at their words: a check, not a dig (r19 homebuyer_rates skilled 12). "Our
 * system flags duplicates. How did those happen?" still digs. */
static bool points_at_our_offer(const Work *w, const LexHit *hit)
{
    size_t s = hit->sentence;
    const TxSentence *sentence = &w->line->sentences[s];
    bool pointer = false, reaction = false;
    for (size_t i = hit->start; i < hit->end && !pointer; i++)
        pointer = an_in_class(&w->line->tokens[i], w->analyzer->back_pointer);
    for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count && !reaction; i++)
        reaction = an_in_class(&w->line->tokens[i], w->analyzer->reaction_verb);
    if (!pointer || !reaction)
        return false;
    for (size_t t = s; t > 0 && w->question[t - 1] == 0; t--)
        if ((w->sentence_labels[t - 1] & (AN_BIT(AN_FEATURE) | AN_BIT(AN_BENEFIT))) != 0)
            return true;
    return false;
}

/* "What have you tried so far on Line 3?" after the capex review in March: a
 * why-that cue in a question that names a topic of its own (two words or more
 * the prospect did not say), shares none of theirs and points back at nothing
 * asks afresh; "what have you tried?" alone, about their words or "...with
 * that?" still follows up. "What happened/happens" is left a follow-up: the
 * play-testers read "what happened with the last software?" and "if next
 * summer looks the same, what happens?" both ways (r12, r16: probe; r18: open). */
static bool asks_afresh(const Work *w, const LexHit *hit)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    if ((int)hit->rule != a->rule_why_that || w->overlap[hit->sentence] >= a->probe_min_overlap)
        return false;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    for (size_t i = hit->start; i < hit->end; i++)
        if (an_norm_is(line, i, "happened") || an_norm_is(line, i, "happens") || an_norm_is(line, i, "happen"))
            return false;
    /* "if the merger happens and you had to move, what would that mean for you?":
     * the cue's own "that" points at the condition built on their line, what it
     * leads to (docs/labels.md: a probe asks what it leads to) */
    for (size_t i = hit->start; i + 1 < hit->end; i++)
        if (an_in_class(&line->tokens[i], a->back_pointer) &&
            (an_norm_is(line, i + 1, "mean") || an_norm_is(line, i + 1, "means")))
            return false;
    size_t own = 0;
    for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++) {
        const TxToken *t = &line->tokens[i];
        if (i >= hit->start && i < hit->end)
            continue;
        /* "...matter so much this year in particular": "this year" is a time, no pointer back */
        bool time_ahead = i + 1 < (size_t)sentence->first + sentence->count &&
                          (an_norm_is(line, i + 1, "year") || an_norm_is(line, i + 1, "month") ||
                           an_norm_is(line, i + 1, "quarter") || an_norm_is(line, i + 1, "week"));
        if (an_in_class(t, a->back_pointer) && !an_norm_is(line, i, "so") && !time_ahead)
            return false; /* "why do you think that keeps happening?", "what's making this a priority?" */
        /* "after last summer, what's got you looking again now?": a season is when, no topic */
        if (an_in_class(t, a->when_word) || (i + 1 < (size_t)sentence->first + sentence->count &&
                                             an_in_class(&line->tokens[i + 1], a->when_word)))
            continue;
        if ((t->flags & TX_STOP) || an_in_class(t, a->fillers) || an_in_class(t, a->question_word) ||
            an_in_class(t, a->aux) || an_in_class(t, a->back_pointer) || an_in_class(t, a->person_pronoun) ||
            an_in_class(t, a->you) || an_in_class(t, a->me))
            continue;
        own += an_context_position(w, t) == SIZE_MAX;
    }
    return own >= 2;
}

/* "That sounds personal.", "That's a big thing to carry.": a short remark that
 * only points at their line (that/this/it) and judges it - sounds/is and at
 * most six words - gives no point of theirs back, whatever word of theirs the
 * verdict repeats ("personal" after "I take it personally"); the question
 * after it is not a probe by echoing (docs/labels.md: building on the answer
 * or moving on from it); "That's real money. Why is fixing it urgent now?"
 * still digs by its own cue. "Twelve years - yeah, that's personal" names their
 * fact and still leads in. */
static bool pointer_verdict(const Work *w, size_t s)
{
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t opener = an_after_fillers(w, sentence->first, end);
    if (opener + 2 > end || !(an_norm_is(line, opener, "that") || an_norm_is(line, opener, "this") ||
                                   an_norm_is(line, opener, "it")))
        return false;
    if (s > 0 && w->question[s - 1] == 0 && an_only_dash_between(line, &line->sentences[s - 1], sentence))
        return false; /* "Twelve years - yeah, that's personal": "that" is their fact just named */
    size_t verb = opener + 1;
    if (verb >= end || !(an_norm_is(line, verb, "sounds") || an_norm_is(line, verb, "is") ||
                         an_norm_is(line, verb, "seems") || an_norm_is(line, verb, "feels")))
        return false;
    return end - (verb + 1) >= 1 && end - (verb + 1) <= 6;
}

/* "That's a lot riding on eight weeks", "that's a lot of pressure": their
 * stake named in words of ours. Not when the seller owns it ("a lot of
 * pressure on me"), nor when what is at stake is only pointed at ("a lot
 * riding on it": it names nothing, like "ouch") - when the phrase leaves
 * the stake open ("riding on ..."). Their own thing after it is named: "a lot
 * riding on one pallet" after their pallet coming back gives back what the
 * whole story hangs on (the play-testers' label in 8 of 9 rounds, r8-r19). */
static bool stake_named(const Work *w, const LexHit *hit)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    size_t end = (size_t)sentence->first + sentence->count;
    for (size_t i = sentence->first; i < end; i++)
        if (an_in_class(&line->tokens[i], a->me))
            return false;
    const TxToken *last = &line->tokens[hit->end - 1];
    if (!(last->flags & TX_STOP))
        return true; /* "a tough conversation", "left on the table": named in the phrase */
    size_t theirs = 0, ours = 0;
    bool pointer = an_in_class(last, a->back_pointer);
    for (size_t i = hit->end; i < end; i++) {
        const TxToken *t = &line->tokens[i];
        pointer = an_in_class(t, a->back_pointer); /* the last word */
        if ((t->flags & (TX_STOP | TX_NUMBER)) || an_in_class(t, a->fillers) || an_in_class(t, a->number_word))
            continue;
        if (an_context_position(w, t) != SIZE_MAX)
            theirs++;
        else
            ours++;
    }
    return ours > 0 || theirs > 0 || !pointer;
}

/* "From what you've told me, a fixed rate would mean you know the payment...",
 * "Here's what I'm hearing. If one person owned it..., your guys stop driving
 * to the wrong house": a frame (own_words) that leads into what they would get
 * from us is the pitch's lead-in, not their point given back. The frame's own
 * sentence after it, or the next sentence when the frame ends its own. */
static bool frames_a_pitch(const Work *w, const LexHit *frame)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    if (!lex_rule(a->lexicon, frame->rule)->own_words)
        return false;
    size_t s = frame->sentence;
    if (an_announces_our_offer(w, s))
        return true; /* "From what you've told me, the fit is this: ..." */
    if ((size_t)frame->end >= (size_t)line->sentences[s].first + line->sentences[s].count) {
        if (s + 1 >= line->sentence_count)
            return false;
        s++;
    }
    /* what we would change is put hypothetically ("would mean", "you'd get",
     * "if one person owned it"); "you can cope with hard work but not..." is
     * their state given back */
    bool hypothetical = false;
    size_t from = s == frame->sentence ? (size_t)frame->end : (size_t)line->sentences[s].first;
    for (size_t i = from; i < (size_t)line->sentences[s].first + line->sentences[s].count && !hypothetical; i++)
        hypothetical = an_norm_is(line, i, "would") || an_norm_is(line, i, "will") || an_norm_is(line, i, "if");
    if (!hypothetical)
        return false;
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        int kind = an_hit_kind(w, hit);
        if (hit->sentence != s || hit->start < frame->end || an_sentence_has_kind(w, s, LEX_PURPOSE))
            continue; /* "sounds like it left a mark, so here's my aim" */
        if (kind == LEX_BENEFIT)
            return true;
        if (kind != LEX_BRIDGE)
            continue;
        /* "...would mean you know the payment": the bridge reaches the prospect */
        size_t end = (size_t)line->sentences[s].first + line->sentences[s].count;
        for (size_t i = hit->end; i < end && i < (size_t)hit->end + (size_t)a->bridge_window; i++)
            if (an_in_class(&line->tokens[i], a->you))
                return true;
    }
    return false;
}

/* Whether sentence s is the seller agreeing to do something: it opens
 * (after fillers) on us and has an agree verb ("sure, we can do a demo";
 * not "I won't promise you seamless", a remark on their word). */
static bool opens_on_us(const Work *w, size_t s)
{
    const TxSentence *sentence = &w->line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t opener = an_after_fillers(w, sentence->first, end);
    if (opener >= end || !an_in_class(&w->line->tokens[opener], w->analyzer->me))
        return false;
    for (size_t i = opener + 1; i < end; i++)
        if (an_in_class(&w->line->tokens[i], w->analyzer->agree_verb))
            return true;
    return false;
}

/* Whether a reassurance shares the clause of reflective hit: "sounds like a
 * plan" agrees; in "No need to apologise, that's a lot to carry" the
 * reassurance is a clause of its own and the frame after the comma still
 * gives their load back. */
static bool reassured(const Work *w, const LexHit *hit)
{
    size_t s = hit->sentence;
    if (!an_sentence_has_kind(w, s, LEX_REASSURANCE))
        return false;
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
        const LexHit *other = &w->hits->hits[h];
        if (an_hit_kind(w, other) != LEX_REASSURANCE)
            continue;
        size_t from = other->start < hit->start ? other->start : hit->start;
        size_t to = other->start < hit->start ? hit->start : other->start;
        bool apart = false;
        for (size_t i = from + 1; i <= to && !apart; i++)
            apart = (w->line->tokens[i].flags & TX_AFTER_COMMA) != 0;
        if (!apart)
            return true;
    }
    return false;
}

/* The meanings question s shares with their line that make it dig into it:
 * a light verb any question says ("what would you want to see in the demo",
 * "what made you willing to take this call") is shared with nearly every
 * line, so it points at nothing of theirs (r19: two false probes). */
static int probe_overlap(const Work *w, size_t s)
{
    if (w->analyzer->light_verb == 0)
        return w->overlap[s];
    return an_context_shared_in(w, s, NULL, 0, false, AN_SHARED_NO_LIGHT_VERB);
}

void an_decide_context_moves(Work *w)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    if (!w->has_context)
        return;
    for (size_t s = 0; s < line->sentence_count; s++) {
        int shared = an_context_shared(w, s, NULL, 0, false);
        w->overlap[s] = (uint8_t)(shared > 255 ? 255 : shared);
    }
    int line_overlap = w->out->context_overlap;

    /* probe: an open question that follows up on what they just said */
    /* "what are your biggest challenges (with dispatch)?" is the stock opener
     * any prospect gets: it shifts nothing else in the line, but in its own
     * sentence only a follow-up cue ("...with that?") makes it a probe */
    bool topic_shift = false;
    uint64_t stock[(TX_MAX_SENTENCES + 63) / 64] = {0};
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (an_hit_kind(w, hit) != LEX_TOPIC_SHIFT)
            continue;
        if ((int)hit->rule == a->rule_stock)
            stock[hit->sentence / 64] |= 1ull << (hit->sentence % 64);
        else
            topic_shift = true;
    }
    for (size_t s = 0; s < line->sentence_count && !topic_shift; s++) {
        if (w->question[s] != 1)
            continue;
        const LexHit *cue = NULL;
        bool afresh = false; /* "March is tight. What have you tried so far on Line 3?" */
        for (size_t h = 0; h < w->hits->count && cue == NULL; h++)
            if (w->hits->hits[h].sentence == s && an_hit_kind(w, &w->hits->hits[h]) == LEX_PROBE &&
                !points_ahead(w, &w->hits->hits[h]) && !this_time_without_a_last(w, &w->hits->hits[h]) &&
                !why_now_without_a_remark(w, &w->hits->hits[h]) &&
                !points_nowhere_back(w, &w->hits->hits[h]) && !points_at_our_offer(w, &w->hits->hits[h])) {
                if (asks_afresh(w, &w->hits->hits[h]))
                    afresh = true;
                else
                    cue = &w->hits->hits[h];
            }
        if (cue == NULL && afresh)
            continue;
        if (cue == NULL && (stock[s / 64] >> (s % 64) & 1u))
            continue;
        if (an_moves_on(w, s, cue) || (cue == NULL && an_moves_to_the_present(w, s)))
            continue;
        int digs = probe_overlap(w, s);
        int lead = leads_with_own_topic(w, s);
        /* docs/labels.md, a question reaching back past the last line: "You said
         * the kitchen's full - what's got you so busy?" after they said something
         * else is a plain question, whatever word of theirs it happens to share */
        if (lead == LEAD_REACHES_BACK)
            continue;
        if (lead == LEAD_OWN_TOPIC) {
            if (digs < a->probe_min_overlap)
                continue;
            char match[AN_MATCH_BYTES];
            an_context_shared(w, s, match, sizeof match, true);
            w->context_move[s] = true;
            an_candidate(w, AN_PROBE, s, "probe.context_words", match);
            break;
        }
        /* "Night feeds? Tell me more.", "Theo's got ideas, has he? What...": the
         * echo before (with the remark a tag hangs on) is part of this probe */
        size_t echoed = 0;
        if (cue == NULL && s > 0 && w->echo[s - 1] && !an_acknowledges(w, s - 1)) {
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
            an_candidate(w, AN_PROBE, s, "probe.echo", match); /* the question's clause is the probe */
            break;
        }
        /* "half empty midweek. whats the mix of guests", "five days from eleven
         * is a big jump. what has to change first": a short remark on their
         * words, typed without "?", leads into this question */
        size_t fragment = 0; /* "six weeks to five months, wow": fillers do not lengthen it */
        if (s > 0)
            for (size_t i = line->sentences[s - 1].first;
                 i < (size_t)line->sentences[s - 1].first + line->sentences[s - 1].count; i++)
                fragment += !an_in_class(&line->tokens[i], a->fillers);
        if (cue == NULL && s > 0 && w->question[s - 1] == 0 && digs < a->probe_min_overlap &&
            fragment <= (size_t)a->remark_max_words && w->sentence_labels[s - 1] == 0 &&
            !an_sentence_has_kind(w, s - 1, LEX_REFLECTION) && /* a reflection, then a question of ours */
            !an_in_class(&line->tokens[line->sentences[s - 1].first], a->recap_opener) &&
            !opens_on_us(w, s - 1) && /* "sure, we can do a demo": our agreement, no remark on theirs */
            !an_acknowledges(w, s - 1) && /* "Congrats on the offer!", "Sorry, no pressure at all." */
            !pointer_verdict(w, s - 1) && /* "That sounds personal.": a remark on it, no point of theirs */
            an_context_shared_in(w, s - 1, NULL, 0, false, AN_SHARED_RESTATED) >= a->probe_min_overlap) { /* "Morning, Peg!" greets */
            const TxSentence *echo = &line->sentences[s - 1];
            char match[AN_MATCH_BYTES];
            tx_quote(line, echo->first, (size_t)echo->first + echo->count - 1, match, sizeof match);
            w->context_move[s] = true;
            an_candidate(w, AN_PROBE, s, "probe.echo", match);
            break;
        }
        /* "Let's start with the rates then. When you see...": the clause before
         * picks up their words for this question */
        for (size_t h = 0; h < w->hits->count && cue == NULL; h++) {
            const LexHit *hit = &w->hits->hits[h];
            if (an_hit_kind(w, hit) == LEX_PICK_UP && (hit->sentence == s || (hit->sentence + 1u == s &&
                w->question[hit->sentence] == 0 && w->overlap[hit->sentence] >= a->probe_min_overlap)))
                cue = hit;
        }
        const TxSentence *sentence = &line->sentences[s];
        w->context_move[s] = true;
        if (cue != NULL) {
            char match[AN_MATCH_BYTES];
            tx_quote(line, cue->start, (size_t)cue->end - 1, match, sizeof match);
            an_candidate(w, AN_PROBE, s, lex_rule(a->lexicon, cue->rule)->id, match);
        } else if (digs >= a->probe_min_overlap) {
            char match[AN_MATCH_BYTES];
            an_context_shared(w, s, match, sizeof match, true);
            an_candidate(w, AN_PROBE, s, "probe.context_words", match);
        } else if (sentence->count <= a->probe_short_words) {
            an_candidate_tokens(w, AN_PROBE, "probe.short_follow_up", sentence->first,
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
        if (an_hit_kind(w, hit) != LEX_REFLECTION || (hit->anchored && !hit->sentence_anchor))
            continue; /* "^ so your" opens a sentence; after a comma it is a bridge */
        if (reassured(w, hit))
            continue; /* "sounds like a plan", "you're right": agreeing, not giving their point back */
        /* "Could the three of us sit down next week - so she can grill me?"; a frame
         * before our agenda ("sounds like that summer left a mark, so here's my aim")
         * still gives their point back */
        if (an_ours_in_typed_sentence(w, hit->sentence, false))
            continue;
        /* "one project lead from signing to the last tech trained - so you never tell your
         * story three times again": "so you" after a feature of ours is its bridge to
         * their outcome (a benefit), not their point given back */
        if (hit->sentence > 0 && w->benefit[hit->sentence] && an_in_hit_of(w, hit->start, LEX_BRIDGE) &&
            (w->sentence_labels[hit->sentence - 1] & AN_BIT(AN_FEATURE)) != 0)
            continue;
        int16_t shape = w->shape_hit[hit->sentence];
        if (w->question[hit->sentence] != 0 && shape >= 0 && w->hits->hits[shape].start <= hit->start)
            continue; /* "what's the main worry...?" asks; "sounds like X, is that right?" reflects */
        if (!lex_rule(a->lexicon, hit->rule)->own_words && an_sentence_has_kind(w, hit->sentence, LEX_PURPOSE))
            continue; /* "So it's worth your time on Friday, could I ask a few questions first": the agenda */
        if ((int)hit->rule == a->rule_puzzle &&
            (hit->start == line->sentences[hit->sentence].first || w->feature_strong[hit->sentence] ||
             w->feature_weak[hit->sentence] || !only_their_words_in(w, line->sentences[hit->sentence].first, hit->start)))
            continue; /* "it costs a bit more, but it still pays for itself": our claim, not their facts */
        if ((int)hit->rule == a->rule_remark && (w->overlap[hit->sentence] < 1 || an_figure_then_a_verdict(w, hit->sentence)))
            continue; /* "Oof, that's tough." acknowledges; "two days not knowing, that's scary" reflects */
        if (!lex_rule(a->lexicon, hit->rule)->own_words && (int)hit->rule != a->rule_stake &&
            an_fact_with_a_verdict(w, hit->sentence))
            continue; /* "A fifth of your volume is a lot to carry": their figure judged (docs/labels.md) */
        /* "sounds like she should be in the room", "sounds like a fixed rate would be safest for you":
         * what we advise, no point of theirs given back; "sounds like there's a story there" notices,
         * it gives nothing of theirs back */
        bool advice = false;
        size_t sentence_end = (size_t)line->sentences[hit->sentence].first + line->sentences[hit->sentence].count;
        for (size_t i = hit->end; i < (size_t)hit->end + 3u && i < sentence_end && !advice; i++)
            advice = an_norm_is(line, i, "should") || an_norm_is(line, i, "ought");
        for (size_t i = hit->end; i + 2 < sentence_end && !advice; i++)
            advice = (an_norm_is(line, i, "would") || an_norm_is(line, i, "will")) && an_norm_is(line, i + 1, "be") &&
                     an_in_class(&line->tokens[i + 2], a->advice_word);
        if ((size_t)hit->end + 3 < sentence_end && an_norm_is(line, hit->end, "there") && an_norm_is(line, hit->end + 1u, "is") &&
            (an_norm_is(line, hit->end + 2u, "a") || an_norm_is(line, hit->end + 2u, "more")) &&
            (an_norm_is(line, hit->end + 3, "story") || an_norm_is(line, hit->end + 3, "to")))
            advice = true;
        if (advice) {
            /* "Sounds like we should probably get together with your dad and go through the
             * numbers": a proposal after the frame, their words in it are no recap either */
            w->blocks_recap[hit->sentence] = true;
            continue;
        }
        if (frames_a_pitch(w, hit))
            continue;
        /* "Sounds like we could really help with that": the frame opens what we
         * could do, no point of theirs given back ("sounds like we've been
         * sending the wrong cartons" owns a trouble of theirs) */
        size_t we = hit->end; /* "it sounds | like we could" */
        if (we < sentence_end && (an_norm_is(line, we, "like") || an_norm_is(line, we, "as")))
            we++;
        if (we + 1u < sentence_end &&
            (an_in_class(&line->tokens[we], a->me) || an_in_class(&line->tokens[we], a->seller_subject)) &&
            (an_norm_is(line, we + 1u, "could") || an_norm_is(line, we + 1u, "can") ||
             an_norm_is(line, we + 1u, "would") || an_norm_is(line, we + 1u, "will") ||
             an_norm_is(line, we + 1u, "might"))) {
            w->blocks_recap[hit->sentence] = true;
            continue;
        }
        /* "Makes sense, she runs the invoicing": a frame is one phrase; a comma before
         * the person it names ends the acknowledgement there ("Makes sense she's
         * gun-shy" names her state) */
        bool broken = false;
        for (size_t i = (size_t)hit->start + 1; i < hit->end && !broken &&
                                                !an_in_class(&line->tokens[hit->start], a->fillers); i++)
            broken = (line->tokens[i].flags & TX_AFTER_COMMA) != 0 &&
                     (an_in_class(&line->tokens[i], a->person_pronoun) || an_in_class(&line->tokens[i], a->you));
        if (broken)
            continue;
        const TxSentence *sentence = &line->sentences[hit->sentence];
        bool feeling = false;
        for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++)
            feeling = feeling || an_in_class(&line->tokens[i], a->feelings);
        if (an_sympathy_only(w, hit->sentence))
            continue; /* "Wow that sounds rough.": sympathy, no point of theirs given back */
        /* "so she's the real boss" about the Denise they named; "roughly 240k a
         * year then" from the figures they gave */
        bool points_back = false;
        if (line_overlap < 1 && !feeling)
            context_facts(w);
        for (size_t i = hit->start; i < hit->end; i++)
            points_back = points_back || (w->context_person && an_in_class(&line->tokens[i], a->person_pronoun));
        for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++)
            points_back = points_back || (w->context_number && ((line->tokens[i].flags & TX_NUMBER) != 0 ||
                                                                starts_with_digit(line, i))); /* "30k", "£240" */
        /* "so autumn's the window" after "not between May and September": their dates given back */
        for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++)
            points_back = points_back || (w->context_time && (an_in_class(&line->tokens[i], a->month) ||
                                                              an_in_class(&line->tokens[i], a->season)));
        /* "it sounds like people are interested but something stops them":
         * a frame that opens a clause of their situation in other words */
        size_t said = 0;
        bool ours = false;
        for (size_t i = hit->end; i < (size_t)sentence->first + sentence->count; i++) {
            said += i == hit->end || line->tokens[i].src_start != line->tokens[i - 1].src_start; /* typed words */
            ours = ours || an_in_class(&line->tokens[i], a->me);
        }
        /* "sounds like you're flat out": a frame that opens a statement of their
         * state ("you're", "you've got") restates them in fewer words */
        bool about_them = hit->end + 1u < (size_t)sentence->first + sentence->count &&
                          an_in_class(&line->tokens[hit->end], a->you) && an_in_class(&line->tokens[hit->end + 1u], a->aux);
        bool restates = lex_rule(a->lexicon, hit->rule)->own_words && hit->sentence_anchor && !ours &&
                        (said >= (size_t)a->frame_min_words || (about_them && said >= 3));
        /* "So in practice it's your decision and Tom will back it", "So this is about giving
         * her the settled home you never had": "so (in practice) it's / so this is" then a
         * clause about them, none of ours, sums up their point in new words */
        bool sums_them_up = false;
        if (!ours && hit->sentence_anchor && said >= (size_t)a->frame_min_words && an_norm_is(line, hit->start, "so") &&
            (size_t)hit->end >= (size_t)hit->start + 3u &&
            (an_norm_is(line, hit->end - 2u, "it") || an_norm_is(line, hit->end - 2u, "this") ||
             an_norm_is(line, hit->end - 1u, "about"))) /* "So this house is really about her getting the home you..." */
            for (size_t i = hit->end; i < (size_t)sentence->first + sentence->count && !sums_them_up; i++)
                sums_them_up = an_in_class(&line->tokens[i], a->you);
        restates = restates || sums_them_up;
        /* "that's a lot riding on eight weeks": their stake named in words of
         * ours needs none of theirs - unless the stake is the seller's own
         * ("that's a lot of pressure on me") */
        bool stake = false;
        if ((int)hit->rule == a->rule_stake) {
            if (!stake_named(w, hit) || an_laughs(w, hit->sentence))
                continue;
            stake = true;
        }
        if (line_overlap < 1 && !feeling && !points_back && !restates && !stake)
            continue;
        w->context_move[hit->sentence] = true;
        an_candidate_hit(w, AN_REFLECTION, hit);
        char match[AN_MATCH_BYTES];
        if (line_overlap > 0) {
            an_context_shared(w, SIZE_MAX, match, sizeof match, true);
            an_candidate(w, AN_REFLECTION, hit->sentence, "reflection.context_words", match);
        }
        return;
    }
    for (size_t s = 0; s < line->sentence_count; s++) {
        const TxSentence *sentence = &line->sentences[s];
        if (w->question[s] != 0 || w->blocks_recap[s] || sentence->count < a->recap_min_words || an_copula_then_ours(w, s) ||
            w->overlap[s] < a->recap_min_overlap || lead_in(w, s) || an_laughs(w, s) || an_ours_in_typed_sentence(w, s, true))
            continue;
        size_t opener = an_after_fillers(w, sentence->first, (size_t)sentence->first + sentence->count);
        /* "If it's the same as last time, I'll just put it straight through": after
         * the condition, what we will do - our answer, not their point back */
        size_t main_clause = an_main_clause_start(w, s);
        if (main_clause != sentence->first && (an_in_class(&line->tokens[main_clause], a->me) ||
                                               an_in_class(&line->tokens[main_clause], a->seller_subject)))
            continue;
        /* "our platform replaces all three": about us, not them; "I can price
         * the trays", "I'll have a demo ready for Friday": taking up their ask
         * in their words is our answer, not their point given back ("I guess
         * the trays are the worry" hedges and may restate) */
        size_t end = (size_t)sentence->first + sentence->count;
        /* "If we match your own invoices against the POs, duplicates get stopped": what
         * we would do, put as a condition, is our proposal, not their point back */
        if (opener + 1 < end && an_in_class(&line->tokens[opener], a->clause_break) &&
            an_in_class(&line->tokens[opener + 1], a->seller_subject))
            continue;
        /* "sure thing Peg, I can put that through": a short nod (and their name)
         * before the comma, then our answer to their ask */
        for (size_t i = opener + 1; i < end && i <= opener + 3; i++)
            if (line->tokens[i].flags & TX_AFTER_COMMA) {
                if (an_in_class(&line->tokens[i], a->me) || an_in_class(&line->tokens[i], a->seller_subject))
                    opener = i;
                break;
            }
        if (an_takes_up_their_ask(w, opener, end))
            continue; /* "Morning Peg, happy to put that straight through": our answer */
        if (opener < end && (an_in_class(&line->tokens[opener], a->seller_subject) ||
                             (an_in_class(&line->tokens[opener], a->me) &&
                              !(opener + 1 < end && an_in_class(&line->tokens[opener + 1], a->hedge)))))
            continue;
        /* "Night feeds, that's exciting news": their news named and greeted, no
         * point of theirs given back ("...that's a big leap from where you started" is one) */
        bool greets_news = an_norm_is(line, end - 1, "news");
        bool pointed = false;
        for (size_t i = sentence->first; i + 1 < end && greets_news && !pointed; i++)
            pointed = an_norm_is(line, i, "that") || an_norm_is(line, i, "this");
        if (greets_news && pointed)
            continue;
        if (an_fact_with_a_verdict(w, s) || an_figure_then_a_verdict(w, s) || an_tells_our_reaction(w, s))
            continue; /* "Eleven days is a long close": their fact judged, agreeing */
        /* "Grey hair's a strong way to put it": their phrase remarked on
         * (statement.their_wording), nothing of theirs given back */
        if (an_in_hit_of_rule(w, end - 1, a->rule_their_wording))
            continue;
        char match[AN_MATCH_BYTES];
        if (an_context_shared_in(w, s, match, sizeof match, true, AN_SHARED_RESTATED) < a->recap_min_overlap)
            continue; /* "Yikes, five months is a long time": an echo */
        /* "Makes sense, the two of you at the kitchen table": the nod before the comma
         * is no word of ours given back, as "Got it, ..." is not */
        size_t from = an_after_a_nod(w, s);
        int said = 0; /* "from memory on a friday, wow": a short echo; fillers do not make it longer */
        for (size_t i = from; i < (size_t)sentence->first + sentence->count; i++)
            said += !an_in_class(&line->tokens[i], a->fillers);
        if (said < a->recap_min_words || only_their_words_from(w, s, from) || an_their_phrase_leads_in(w, s, from))
            continue;
        w->context_move[s] = true;
        an_candidate(w, AN_REFLECTION, s, "reflection.recap", match);
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
        if (w->question[s] != 0 || w->blocks_recap[s] || sentence->count < AN_FEELING_MIN_WORDS ||
            an_sentence_has_kind(w, s, LEX_NEXT_STEP) || an_sentence_has_kind(w, s, LEX_PROPOSAL) ||
            an_ours_in_typed_sentence(w, s, true)) /* "So the demo's worth your Friday, could I ask a few questions" */
            continue;
        if (an_takes_up_their_ask(w, an_after_fillers(w, sentence->first, (size_t)sentence->first + sentence->count),
                                  (size_t)sentence->first + sentence->count))
            continue; /* "Happy to go through your list": their agenda taken up, our answer */
        if (an_fact_with_a_verdict(w, s))
            continue; /* "Your volume is a lot to carry": their fact judged, agreeing */
        /* docs/labels.md, reaching back past the last line: "Earlier you mentioned Tom says
         * not to worry" brings back an older point, not the one they just made */
        if (an_sentence_has_kind(w, s, LEX_TOPIC_SHIFT))
            continue;
        bool you = false, ours = false;
        bool summary = an_in_class(&line->tokens[sentence->first], a->recap_opener); /* "So some of the board..." */
        /* "Got it, so she's a decision maker too": the summary's "so" after a short nod
         * ("Four weeks, so a real clock" is a verdict on their fact, not a nod) */
        for (size_t i = sentence->first + 1; i < (size_t)sentence->first + 4 && i < (size_t)sentence->first + sentence->count && !summary; i++) {
            if (!(line->tokens[i].flags & TX_AFTER_COMMA))
                continue;
            summary = an_in_class(&line->tokens[i], a->recap_opener) && an_nod_before(w, sentence->first, i);
            break;
        }
        size_t feeling = SIZE_MAX;
        bool person = false; /* "so he's been burned and he's wary": their people, felt for */
        for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++) {
            const TxToken *t = &line->tokens[i];
            you = you || an_in_class(t, a->you);
            person = person || an_in_class(t, a->person_pronoun);
            /* "I guess" hedges; it adds nothing of ours */
            bool hedged = i + 1 < (size_t)sentence->first + sentence->count && an_in_class(&line->tokens[i + 1], a->hedge);
            ours = ours || (an_in_class(t, a->me) && !hedged);
            if (feeling == SIZE_MAX && an_in_class(t, a->feelings))
                feeling = i;
        }
        /* "You're not sure it's worth it": a statement that opens on them */
        size_t opener = sentence->first;
        while (opener + 1 < (size_t)sentence->first + sentence->count && an_in_class(&line->tokens[opener], a->fillers))
            opener++;
        bool you_first = an_in_class(&line->tokens[opener], a->you);
        /* "Three people, and you had to start from scratch with each one": a clause of
         * theirs after the comma, told back ("If it does, you're done" is a condition) */
        bool lead = an_in_class(&line->tokens[opener], a->clause_break) || an_main_clause_start(w, s) != sentence->first;
        for (size_t i = opener + 1; i + 1 < (size_t)sentence->first + sentence->count && !you_first && !lead; i++) {
            const TxToken *t = &line->tokens[i];
            bool after = (t->flags & TX_AFTER_COMMA) != 0;
            size_t at = after && an_in_class(t, a->conjunction) ? i + 1 : i;
            you_first = after && at + 1 < (size_t)sentence->first + sentence->count &&
                        an_in_class(&line->tokens[at], a->you) && an_in_class(&line->tokens[at + 1], a->aux);
        }
        /* "Hi Peg, great to hear from you!": their name said to them is no
         * point of theirs given back (nor is a number alone) */
        /* "That's the second time your director's come up": noticing what keeps coming up in
         * the call names no point of theirs (r21 plant_downtime skilled 8) */
        bool noticed = false;
        for (size_t i = sentence->first; i + 1 < (size_t)sentence->first + sentence->count && !noticed; i++)
            noticed = ((an_norm_is(line, i, "come") || an_norm_is(line, i, "comes") || an_norm_is(line, i, "came") ||
                        an_norm_is(line, i, "coming")) && an_norm_is(line, i + 1, "up")) ||
                      ((an_norm_is(line, i, "second") || an_norm_is(line, i, "third")) && an_norm_is(line, i + 1, "time"));
        if (noticed && feeling == SIZE_MAX)
            continue;
        /* "We keep your books up to date, so your Sundays are yours again. Next time a
         * Route 9 comes along, you can say yes.": after our feature and its outcome, a
         * clause about them carries on the pitch */
        bool pitched = false;
        for (size_t p = 0; p < s && !pitched; p++)
            pitched = (w->sentence_labels[p] & AN_BIT(AN_FEATURE)) && w->benefit[p];
        if (pitched && feeling == SIZE_MAX)
            continue;
        you = you || (person && feeling != SIZE_MAX);
        /* "It clearly still bugs you": a feeling of theirs named needs fewer words than a recap */
        if (sentence->count < a->recap_min_words && !(you && feeling != SIZE_MAX))
            continue;
        int restated = w->overlap[s] >= 1 ? an_context_shared_in(w, s, NULL, 0, false, AN_SHARED_RESTATED) : 0;
        if (!(you || summary) || ours || lead_in(w, s) || (restated < 1 && feeling == SIZE_MAX && !you_first) ||
            (restated >= 1 && feeling == SIZE_MAX && only_their_words_from(w, s, an_after_a_nod(w, s))))
            continue;
        w->context_move[s] = true;
        if (restated >= 1) {
            char match[AN_MATCH_BYTES];
            an_context_shared(w, s, match, sizeof match, true);
            an_candidate(w, AN_REFLECTION, s, "reflection.about_you", match);
        } else if (feeling != SIZE_MAX) {
            an_candidate_tokens(w, AN_REFLECTION, "reflection.names_feeling", feeling, feeling);
        } else {
            an_candidate_tokens(w, AN_REFLECTION, "reflection.about_you", opener,
                             (size_t)sentence->first + sentence->count - 1);
        }
        return;
    }
}
