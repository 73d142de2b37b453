/* analyze_benefits: what the prospect gets, said in a line - a bridge
 * ("so", "which means") that reaches them, an outcome in their world, and
 * the feature a bridge ties to it; the features themselves are
 * analyze_features (see analyze_internal.h). */
#include "analyze_internal.h"

#include <stdio.h>
#include <string.h>

/* "Let's make it Friday, so Lena can be there", "let me come out and walk
 * the line, so you've got numbers for Sam": a clause of the seller's own
 * proposal (let me / let us, not "let me check/explain") before the bridge or
 * the outcome - what follows is what the meeting gives, not an outcome of the
 * product. */
static bool proposed_before(const Work *w, const LexHit *bridge)
{
    const TxText *line = w->line;
    const TxSentence *s = &line->sentences[bridge->sentence];
    for (size_t i = s->first; i + 1 < bridge->start; i++) {
        const TxToken *t = &line->tokens[i], *next = &line->tokens[i + 1];
        bool let = t->norm_len == 3 && memcmp(tx_norm(line, t), "let", 3) == 0;
        bool us = (next->norm_len == 2 && (memcmp(tx_norm(line, next), "me", 2) == 0 ||
                                           memcmp(tx_norm(line, next), "us", 2) == 0));
        bool asks = i + 2 < bridge->start && (an_in_class(&line->tokens[i + 2], w->analyzer->not_proposal) ||
                                              an_in_class(&line->tokens[i + 2], w->analyzer->fillers));
        if (let && us && !asks && an_clause_start(w, i))
            return true;
    }
    return false;
}

/* After a bridge ("which means", ", so"): the prospect, or what they can now
 * do, or their trouble gone ("so the Sunday call-outs go away", "so line 3
 * gets caught before it stops": sets.outcome_word), and not the seller. */
/* "In return I'd ask you to bring Raj and Mark along, so the decision can
 * happen in the room": a step asked for (a proposal, an action, "in return")
 * before the bridge in its sentence - what follows is why the step is asked,
 * not an outcome in their world. */
static bool step_asked_before(const Work *w, const LexHit *bridge)
{
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (hit->sentence != bridge->sentence || hit->start >= bridge->start)
            continue;
        LexKind kind = an_hit_kind(w, hit);
        /* "our scheduling is drag and drop, so the office would barely need
         * training": a thing we sell ("scheduling", "onboarding") is no step */
        if (kind == LEX_ACTION && an_in_class(&w->line->tokens[hit->start], w->analyzer->product_noun))
            continue;
        if (kind == LEX_PROPOSAL || kind == LEX_ACTION || kind == LEX_NEXT_STEP)
            return true;
    }
    return false;
}

/* "..., so it's pretty easy to learn", "so it's simple to set up": how easy
 * it is for their people to take up is an outcome in their world (their
 * team's time learning it), not praise of the product ("so it's great") */
static bool easy_to_take_up(const TxText *line, size_t i, size_t end)
{
    static const char *const easy[] = {"easy", "easier", "simple", "simpler", "quick", "painless", NULL};
    static const char *const take_up[] = {"learn", "use", "pick", "set", "adopt", "roll", "train", "switch", NULL};
    return an_norm_in(line, i, easy) && i + 2 < end && an_norm_is(line, i + 1, "to") && an_norm_in(line, i + 2, take_up);
}

static bool bridge_reaches_prospect(const Work *w, const LexHit *hit)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    const TxSentence *s = &line->sentences[hit->sentence];
    size_t end = (size_t)s->first + s->count;
    bool reached = false, by_modal_only = true;
    for (size_t i = hit->end; i < end && i < (size_t)hit->end + (size_t)a->bridge_window; i++) {
        const TxToken *t = &line->tokens[i];
        if (an_in_class(t, a->me))
            return false;
        if (an_in_class(t, a->you) || an_in_class(t, a->modal) || an_in_class(t, a->outcome_word) ||
            easy_to_take_up(line, i, end))
            reached = true;
        if (an_in_class(t, a->you) || an_in_class(t, a->outcome_word) ||
            (an_in_class(t, a->modal) && !an_norm_is(line, i, "can") && !an_norm_is(line, i, "could") &&
             !an_norm_is(line, i, "will") && !an_norm_is(line, i, "would")))
            by_modal_only = false; /* "so Denise never runs dispatch twice" names their outcome */
    }
    /* the bridge word itself may carry the prospect: "saves you" */
    for (size_t i = hit->start; i < hit->end; i++)
        if (an_in_class(&line->tokens[i], a->you) ||
            (i > hit->start && an_in_class(&line->tokens[i], a->outcome_word))) /* "so no scrapped runs" */
            reached = true, by_modal_only = false;
    /* "..., so the techs always get the right address": their own people or
     * things (a word of theirs) as the subject just after the bridge */
    size_t subject = hit->end;
    const TxToken *first = &line->tokens[hit->start];
    if (hit->end == hit->start + 2u && first->norm_len == 2 && memcmp(tx_norm(line, first), "so", 2) == 0)
        subject = hit->start + 1u; /* "so !@so_not" took the word after it: "so tenants see..." */
    while (subject < end && subject < (size_t)hit->end + 2 && (line->tokens[subject].flags & TX_STOP))
        subject++;
    if ((!reached || by_modal_only) && w->has_context && subject < end && !(line->tokens[subject].flags & TX_STOP) &&
        an_key_in(w->context_keys, an_meaning_key(a, line, &line->tokens[subject])))
        return true;
    /* only "can/will" after the bridge, no one of theirs: the reason of a step asked for */
    if (reached && by_modal_only && step_asked_before(w, hit))
        return false;
    /* "it has duplicate detection, so it would flag those": only a modal after
     * "it", the product acting again - what it does, no outcome of theirs */
    if (reached && by_modal_only && hit->start + 2u < end && an_norm_is(line, hit->start + 1u, "it") &&
        an_in_class(&line->tokens[hit->start + 2u], a->modal))
        return false;
    return reached;
}

/* "one named person..., me in the room at kickoff - so you start the fall
 * with...": a bridge opening the sentence after one that names what we
 * give leads from it to what they get */
static bool after_our_offer(const Work *w, const LexHit *hit)
{
    return hit->sentence > 0 && w->feature_strong[hit->sentence - 1] && w->question[hit->sentence] == 0;
}

/* "Got it, so money calls are made by the two of you": "so" after a nod
 * sums up what they said; with nothing of ours before it it bridges nothing */
static bool after_a_nod(const Work *w, const LexHit *hit)
{
    const TxSentence *sentence = &w->line->sentences[hit->sentence];
    size_t opener = an_after_fillers(w, sentence->first, (size_t)sentence->first + sentence->count);
    return hit->start > opener && hit->start - opener <= 2 && (w->line->tokens[hit->start].flags & TX_AFTER_COMMA) &&
           !w->feature_strong[hit->sentence] && !w->feature_weak[hit->sentence];
}

bool an_sentence_has_you(const Work *w, size_t s)
{
    const TxSentence *sentence = &w->line->sentences[s];
    for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++)
        if (an_in_class(&w->line->tokens[i], w->analyzer->you))
            return true;
    return false;
}

/* "Here's what I'd put in writing.", "Then here's where I think we'd fit:":
 * sentence s announces what we would offer - "here is what|where|how" with
 * I or we and a modal (would, can, will) in it, and no verb of hearing or
 * thinking after the modal. "Here's what I'm hearing" gives their words
 * back, "here's what I think" is no offer. */
static bool names_the_fit(const Work *w, size_t s);
bool an_announces_our_offer(const Work *w, size_t s)
{
    if (names_the_fit(w, s))
        return true;
    static const char *const which[] = {"what", "where", "how", NULL};
    static const char *const hearing[] = {"hear", "hearing", "heard", "understand", "understood", "gather",
                                          "sum", "summarise", "summarize", "recap", "check", NULL};
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t opener = an_after_fillers(w, sentence->first, end);
    if (opener + 4 >= end || w->question[s] != 0 || !an_norm_is(line, opener, "here") ||
        !an_norm_is(line, opener + 1, "is") || !an_norm_in(line, opener + 2, which))
        return false;
    bool ours = false;
    for (size_t k = opener + 3; k + 1 < end; k++) {
        if (an_norm_in(line, k, hearing))
            return false;
        ours = ours || (an_in_class(&line->tokens[k], a->we_subject) && an_in_class(&line->tokens[k + 1], a->modal));
    }
    return ours;
}

/* "From what you've told me, the fit is this:", "So here's the fit:": a
 * statement that ends on the fit, with a colon, announces what we would
 * offer as surely as "here's where we'd fit". */
static bool names_the_fit(const Work *w, size_t s)
{
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t first = sentence->first, end = first + sentence->count;
    if (w->question[s] != 0 || sentence->count < 3 || sentence->src_end >= line->source_len ||
        line->source[sentence->src_end] != ':')
        return false;
    return (an_norm_is(line, end - 3, "fit") && an_norm_is(line, end - 2, "is") && an_norm_is(line, end - 1, "this")) ||
           (end >= first + 4 && an_norm_is(line, end - 4, "here") && an_norm_is(line, end - 3, "is") &&
            an_norm_is(line, end - 2, "the") && an_norm_is(line, end - 1, "fit"));
}

/* Whether sentence t was closed by a dash ("one person - me - from...")
 * rather than a stop: the words after it go on the same thought. */
static bool ends_with_dash(const TxText *line, size_t t)
{
    size_t end = line->sentences[t].src_end;
    if (end >= line->source_len)
        return false;
    unsigned char c = (unsigned char)line->source[end];
    return c == '-' || c == 0xE2; /* '-' or an en/em dash (U+2013, U+2014) */
}

/* Whether what comes before a bridge in sentence s is ours: the sentence
 * just before announced our offer ("Here's what I'd put in writing: one
 * person, me, from signing..., so Denise..."), whatever its subject. Pieces
 * set off by dashes between the announcement and the bridge ("Here's where
 * we'd fit: one person - me - from the day you sign..., so Denise...") are
 * still the offer announced. */
static bool after_offer_announced(const Work *w, size_t s)
{
    size_t t = s;
    while (t > 1 && ends_with_dash(w->line, t - 1))
        t--;
    return t > 0 && an_announces_our_offer(w, t - 1);
}

/* Whether a question after sentence s asks for a step (a proposal or a
 * time to meet). */
static bool step_asked_after(const Work *w, size_t s)
{
    for (size_t t = s + 1; t < w->line->sentence_count; t++)
        if (w->question[t] != 0 &&
            (an_sentence_has_kind(w, t, LEX_NEXT_STEP) || an_sentence_has_kind(w, t, LEX_PROPOSAL)))
            return true;
    return false;
}

/* "The engine rebuilds the timetable in minutes, so your teachers...": what
 * comes before a bridge, said of our product, is a feature - or of what we
 * just announced we would offer. */
static void bridged_feature(Work *w, const LexHit *bridge)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    size_t s = bridge->sentence;
    if (w->feature_strong[s] || w->feature_weak[s] || w->seller_trouble[s])
        return;
    const TxSentence *sentence = &line->sentences[s];
    size_t i = sentence->first;
    while (i < bridge->start && an_in_class(&line->tokens[i], a->fillers))
        i++;
    if (i >= bridge->start || bridge->start - i < 3)
        return;
    const TxToken *subject = &line->tokens[i];
    bool announced = after_offer_announced(w, s);
    bool strong = announced || an_in_class(subject, a->seller_subject);
    if (!strong && !an_in_class(subject, a->thing_subject))
        return;
    /* "we can build it on your own invoices, so Raj...": their things as what
     * our verb works on are still our doing; "you" itself, or "your" with a
     * subject that is no seller's, names their side; with a step asked after
     * it ("we'll build it on your invoices so you see... Could Raj join you
     * Thursday?") it tells what the step will do, no feature */
    bool ours = an_in_class(subject, a->seller_subject) && !step_asked_after(w, s);
    /* "We make the trays and barcode the cases ourselves, so...": after our
     * subject, "ourselves" stresses that we do it */
    for (size_t k = i; k < bridge->start && !announced; k++)
        if ((an_in_class(&line->tokens[k], a->you) && !(ours && k > i + 1 && an_norm_is(line, k, "your"))) ||
            (an_in_class(&line->tokens[k], a->me) && !an_in_class(&line->tokens[k], a->seller_subject) &&
             !(ours && (an_norm_is(line, k, "ourselves") || an_norm_is(line, k, "myself")))))
            return;
    if (strong)
        w->feature_strong[s] = true;
    else
        w->feature_weak[s] = true;
    an_candidate_tokens(w, AN_FEATURE, "feature.bridged", i, bridge->start - 1);
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

/* "Our portal is amazing, you can approve artwork in minutes", "we have
 * portable mortgages, you can take them with you": "you can ..." joined by a
 * bare comma to a sentence that opens on our product says what the product
 * lets them do - a capability (feature), not an outcome in their world. With
 * a bridge ("..., so you can leave at five") or on its own it is a benefit. */
static bool you_can_capability(const Work *w, const LexHit *hit)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    size_t first = sentence->first, end = first + sentence->count;
    size_t opener = an_after_fillers(w, first, end), start = hit->start;
    if (start <= opener || start + 1 >= end || opener >= end ||
        !an_in_class(&line->tokens[opener], a->seller_subject))
        return false;
    const TxToken *you = &line->tokens[start], *can = &line->tokens[start + 1];
    /* the last item of the list: "..., comes with free valuation, and you can overpay 10% a year" */
    const TxToken *before = &line->tokens[start - 1];
    bool listed = (you->flags & TX_AFTER_COMMA) != 0 ||
                  ((before->flags & TX_AFTER_COMMA) != 0 && before->norm_len == 3 &&
                   memcmp(tx_norm(line, before), "and", 3) == 0);
    return listed && an_in_class(you, a->you) && can->norm_len == 3 && memcmp(tx_norm(line, can), "can", 3) == 0;
}


/* "helping you the whole way through", "help you every step of the way":
 * from token k to the end of its clause only how long the help lasts. */
static bool only_how_long_help_lasts(const TxText *line, size_t k, size_t end)
{
    static const char *const extent[] = {"the", "whole", "way",   "through", "all",    "every", "step",
                                         "of",  "along", "start", "to",      "finish", "throughout", NULL};
    if (k >= end)
        return true;
    for (size_t i = k; i < end && !(i > k && (line->tokens[i].flags & TX_AFTER_COMMA)); i++)
        if (!an_norm_in(line, i, extent))
            return false;
    return true;
}

/* "Sure, your dad can come too": someone of theirs asked along is an
 * invitation, no outcome; "we could really help you out there", "you'd have
 * our team helping you the whole way through" offer help and name nothing
 * they would get ("helps you catch the two per cent" does) */
static bool invites_or_helps_vaguely(const Work *w, const LexHit *hit)
{
    static const char *const along[] = {"come", "join", "attend", "sit", "tag", "bring", "be", NULL};
    static const char *const help[] = {"help", "helps", "helping", NULL};
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t last = (size_t)hit->end - 1;
    if (an_norm_is(line, hit->start, "your") && an_in_class(&line->tokens[last], w->analyzer->modal) &&
        last + 1 < end && an_norm_in(line, last + 1, along))
        return !(an_norm_is(line, last + 1, "be") && last + 2 < end && !an_norm_is(line, last + 2, "there") &&
                 !an_norm_is(line, last + 2, "welcome"));
    for (size_t i = hit->start; i < hit->end; i++)
        if (an_norm_in(line, i, help) && i + 1 < hit->end && an_in_class(&line->tokens[i + 1], w->analyzer->you))
            return last + 1 >= end || an_norm_is(line, last + 1, "out") || an_norm_is(line, last + 1, "there") ||
                   an_norm_is(line, last + 1, "here") || only_how_long_help_lasts(line, last + 1, end);
    return false;
}

/* "Twelve years and he trained half the crew, so it's not just a tech you
 * lost": a "so" whose clause tells what happened (a past verb after its
 * person, no modal) sums up their story - a reflection's "so", no outcome
 * ("so Denise never runs dispatch twice" is one). */
static bool so_sums_up_the_past(const Work *w, const LexHit *hit)
{
    static const char *const past[] = {"had", "was", "were", "got", "kept", "spent", "lost", "went",
                                       "did", "thought", "knew", "felt", "made", "took", "left", NULL};
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    if (!an_norm_is(line, hit->start, "so"))
        return false;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    size_t end = (size_t)sentence->first + sentence->count;
    bool told = false;
    for (size_t i = (size_t)hit->start + 1; i < end; i++) {
        if (i > (size_t)hit->start + 1 && (line->tokens[i].flags & TX_AFTER_COMMA))
            break;
        if (an_in_class(&line->tokens[i], a->modal) || an_in_class(&line->tokens[i], a->me))
            return false;
        /* "you lost", "she said": a past verb with its person; "so no scrapped runs",
         * "a finished schedule" name a state */
        told = told || ((an_past_tense(line, i) || an_norm_in(line, i, past)) &&
                        (an_in_class(&line->tokens[i - 1], a->you) || an_in_class(&line->tokens[i - 1], a->person_pronoun)));
    }
    return told;
}

/* "Our mortgages are fully portable, so you can take them with you": "you
 * can <verb> it/them" (then at most "with you" or "anywhere"), in a sentence
 * that opens on our product, says again what the product lets them do - a
 * capability, no outcome in their world ("so you can sleep at night",
 * "so you can move house without a penalty" name one). pos: the "you". */
static bool you_can_restates(const Work *w, size_t s, size_t pos)
{
    static const char *const tail[] = {"with", "you", "anywhere", "along", "too", "as", "well", NULL};
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t first = sentence->first, end = first + sentence->count;
    size_t opener = an_after_fillers(w, first, end);
    if (opener >= end || pos + 3 >= end || pos <= opener ||
        !(an_in_class(&line->tokens[opener], a->seller_subject) || an_in_class(&line->tokens[opener], a->thing_subject)))
        return false;
    if (!an_in_class(&line->tokens[pos], a->you) || !an_in_class(&line->tokens[pos + 1], a->modal) ||
        (line->tokens[pos + 2].flags & TX_STOP))
        return false;
    if (!an_norm_is(line, pos + 3, "it") && !an_norm_is(line, pos + 3, "them"))
        return false;
    for (size_t k = pos + 4; k < end && !(line->tokens[k].flags & TX_AFTER_COMMA); k++)
        if (!an_norm_in(line, k, tail))
            return false;
    return true;
}

/* "You said Line 3 is the one that gives you grey hair": a sentence opening
 * on "you said / mentioned / told me" reports the prospect's own words; what
 * it says "gives you" is theirs, no outcome of the product. */
static bool reports_theirs(const Work *w, size_t s)
{
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t opener = an_after_fillers(w, sentence->first, end);
    return opener + 1 < end && an_in_class(&line->tokens[opener], w->analyzer->you) &&
           an_in_class(&line->tokens[opener + 1], w->analyzer->reference_verb);
}

/* Whether a feature hit of sentence s starts at token pos: "you'd have the
 * same onboarding manager" names a thing we give, no outcome. */
static bool feature_starts_at(const Work *w, size_t s, size_t pos)
{
    if (!an_sentence_has_kind(w, s, LEX_FEATURE))
        return false;
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (hit->start > pos)
            break;
        if (hit->start == pos && an_hit_kind(w, hit) == LEX_FEATURE)
            return true;
    }
    return false;
}

/* "..., so you ended up repeating yourself", "eleven the auditor found, so you
 * suspect there are more": "so you" then a past verb, or a verb of what they
 * think or feel with nothing of ours before it, sums up their own state - a
 * reflection, not what they would get ("we fix the rate, so you feel safe"
 * still bridges from our offer). */
static bool so_you_their_state(const Work *w, const LexHit *hit)
{
    static const char *const state[] = {"suspect", "think", "feel", "believe", "reckon", "guess", "assume",
                                        "figure", "worry", "fear", "wonder", "imagine", "doubt", NULL};
    static const char *const past[] = {"had", "was", "were", "got", "kept", "spent", "lost", "went",
                                       "did", "thought", "knew", "felt", NULL};
    const TxText *line = w->line;
    const TxSentence *s = &line->sentences[hit->sentence];
    size_t end = (size_t)s->first + s->count;
    if (!an_norm_is(line, hit->start, "so") || (size_t)hit->start + 2 >= end ||
        !an_in_class(&line->tokens[hit->start + 1], w->analyzer->you))
        return false;
    size_t v = (size_t)hit->start + 2;
    if (v + 1 < end && (an_in_class(&line->tokens[v], w->analyzer->fillers) || an_norm_is(line, v, "probably") ||
                        an_norm_is(line, v, "really") || an_norm_is(line, v, "just") || an_norm_is(line, v, "still")))
        v++;
    if (an_norm_is(line, v, "never") && v + 1 < end && !an_past_tense(line, v + 1))
        return false; /* "so you never lose a batch" */
    if (an_norm_is(line, v, "never"))
        v++;
    if (an_past_tense(line, v) || an_norm_in(line, v, past))
        return true;
    return an_norm_in(line, v, state) && !w->feature_strong[hit->sentence] && !w->feature_weak[hit->sentence] &&
           !after_our_offer(w, hit);
}

/* "And for you, Peg, why does this one matter so much?": a lead-in of a few
 * words cut off by a comma before a question belongs to the question; "for
 * you" there asks about their stake, it names no outcome */
/* "...tracker mortgages, offset mortgages and a free online tracker app so you
 * can follow your application": "so you can" at the end of a list of three or
 * more of ours is one more item of the dump (docs/rubric.md, benefits.outcome);
 * "Our app is fully mobile, so you can approve invoices from the train" ties
 * one feature to what they do */
static bool you_can_ends_a_dump(const Work *w, const LexHit *hit)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    size_t end = (size_t)sentence->first + sentence->count;
    if (!an_norm_is(line, hit->start, "so") || (size_t)hit->start + 2 >= end ||
        !an_in_class(&line->tokens[hit->start + 1u], a->you) || !an_in_class(&line->tokens[hit->start + 2u], a->modal))
        return false;
    size_t commas = 0;
    bool and_item = false;
    for (size_t i = sentence->first; i < hit->start; i++) {
        commas += (line->tokens[i].flags & TX_AFTER_COMMA) != 0;
        and_item = and_item || (commas >= 1 && an_norm_is(line, i, "and"));
    }
    return commas >= 2 && and_item;
}

/* "I'd love to understand what the move means for you": what it means for
 * them, asked after a verb of finding out, is a question of theirs, no outcome */
static bool asks_what_it_means(const Work *w, const LexHit *hit)
{
    static const char *const finding_out[] = {"understand", "hear", "learn", "know", "find", "see", "ask", "explore", "tell", NULL};
    const TxText *line = w->line;
    size_t first = line->sentences[hit->sentence].first;
    for (size_t i = hit->start; i > first && i + 8 > hit->start; i--)
        if (an_norm_is(line, i - 1, "what"))
            return i - 1 > first && (an_norm_in(line, i - 2, finding_out) ||
                                     (i - 2 > first && an_norm_is(line, i - 2, "out") && an_norm_is(line, i - 3, "find")));
    return false;
}

/* "With July being your crunch, when would you realistically need to be up and
 * running by?": a pattern that runs on past the comma into the question after
 * it reads the question, no outcome of theirs */
static bool runs_into_question(const Work *w, const LexHit *hit)
{
    const TxText *line = w->line;
    size_t s = hit->sentence;
    size_t end = (size_t)line->sentences[s].first + line->sentences[s].count;
    return (size_t)hit->end > end && s + 1 < line->sentence_count && w->question[s + 1] != 0;
}

static bool lead_in_to_question(const Work *w, const LexHit *hit)
{
    const TxText *line = w->line;
    size_t s = hit->sentence;
    if (s + 1 >= line->sentence_count || w->question[s + 1] == 0)
        return false;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    return (line->tokens[line->sentences[s + 1].first].flags & TX_AFTER_COMMA) && end <= (size_t)hit->end + 2;
}

/* "If we fix your rate, your payment stays the same": what we would do, put
 * as the condition of the outcome after the comma, is a feature. */
static void conditional_feature(Work *w, size_t s, bool outcome_next)
{
    static const char *const conditions[] = {"if", "when", "once", NULL};
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    if (w->feature_strong[s] || w->feature_weak[s] || w->seller_trouble[s] || w->question[s] != 0)
        return;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t opener = an_after_fillers(w, sentence->first, end);
    if (opener + 2 >= end || !an_norm_in(line, opener, conditions) ||
        !an_in_class(&line->tokens[opener + 1], a->seller_subject))
        return;
    size_t comma = SIZE_MAX;
    for (size_t v = opener + 2; v < end && v <= opener + 1 + (size_t)a->feature_window; v++) {
        if (line->tokens[v].flags & TX_AFTER_COMMA)
            break;
        /* "if we fixed your rate": a past verb just after "if we" is hypothetical */
        bool if_past = v == opener + 2 && an_norm_is(line, opener, "if") && an_past_tense(line, v);
        if (if_past || (an_in_class(&line->tokens[v], a->feature_verb) && !an_in_class(&line->tokens[v], a->possess_verb) &&
                        !an_in_class(&line->tokens[v], a->agree_verb) && !an_past_tense(line, v))) {
            comma = v;
            break;
        }
    }
    if (comma == SIZE_MAX)
        return;
    size_t verb = comma;
    bool outcome_after = false; /* the benefit is in the main clause, after the condition's comma */
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1] && !outcome_after; h++) {
        const LexHit *hit = &w->hits->hits[h];
        LexKind kind = an_hit_kind(w, hit);
        if (hit->start <= verb || (kind != LEX_BENEFIT && kind != LEX_BRIDGE))
            continue;
        for (size_t k = verb + 1; k <= hit->start && !outcome_after; k++)
            outcome_after = (line->tokens[k].flags & TX_AFTER_COMMA) != 0;
    }
    /* "If we match your own invoices against the POs, duplicates get stopped... And
     * with approvals on their phones you'd pay inside ten days": the outcome may
     * come in the next sentence, after a main clause of its own */
    for (size_t k = verb + 1; k < end && outcome_next && !outcome_after; k++)
        outcome_after = (line->tokens[k].flags & TX_AFTER_COMMA) != 0;
    if (!outcome_after)
        return;
    w->feature_strong[s] = true;
    an_candidate_tokens(w, AN_FEATURE, "feature.conditional", opener, verb);
    w->out->feature_count++;
}

/* "If the ordering app forecasts each shop, your bakers make what sells and
 * you stop binning a fifth", "once the text goes out automatically, your
 * dispensers stop answering the same call": a condition (if / once / when)
 * cut off by a comma, then a main clause, no question, of theirs (you, your
 * X, or a word of their line as its subject). When the condition names
 * something of ours (we, our, a thing we sell, "automatically") or the main
 * clause names their trouble going (sets.outcome_word, "stop", "back"), the
 * outcome is theirs: a benefit, and a condition naming what we do is a
 * feature. Not "if Tom's job moves, you'd be stuck" (nothing of ours, a harm
 * of theirs), not "if nothing changes, what happens?" (a question). */
static void conditional_outcome(Work *w, size_t s)
{
    static const char *const conditions[] = {"if", "once", "when", NULL};
    static const char *const ours[] = {"automatically", "automatic", "automated", NULL};
    static const char *const going[] = {"stop", "stops", "back", "quiet", "quieter", "earlier", "sooner", NULL};
    static const char *const told[] = {"got", "had", "was", "were", "did", NULL};
    static const char *const harm[] = {"stuck", "worse", "lose",  "loses",  "lost",  "losing", "end",   "ends",
                                       "miss",  "misses", "missed", "fail", "fails", "failed", "empty", NULL};
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    if (w->question[s] != 0 || w->seller_trouble[s])
        return;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t opener = an_after_fillers(w, sentence->first, end);
    if (opener + 3 >= end || !an_norm_in(line, opener, conditions))
        return;
    size_t comma = SIZE_MAX;
    for (size_t k = opener + 2; k < end && k <= opener + 30; k++)
        if (line->tokens[k].flags & TX_AFTER_COMMA) {
            comma = k;
            break;
        }
    if (comma == SIZE_MAX || comma + 2 >= end)
        return;
    /* "When we fixed it, ...": once or when with a past verb tells a story; "if we fixed" supposes */
    if (!an_norm_is(line, opener, "if") && an_past_tense(line, opener + 2))
        return;
    bool of_ours = false;
    size_t content = 0;
    for (size_t k = opener + 1; k < comma; k++) {
        const TxToken *t = &line->tokens[k];
        /* a thing we sell, unless it is their word given back ("if approvals stop sitting in
         * inboxes" after "approvals routed across forty branches") or a verb ("got matched") */
        bool thing = an_in_class(t, a->product_noun) && !an_past_tense(line, k) &&
                     !(w->has_context && an_key_in(w->context_keys, an_meaning_key(a, line, t)));
        of_ours = of_ours || an_in_class(t, a->seller_subject) || thing || an_norm_in(line, k, ours) ||
                  an_in_hit_of(w, k, LEX_FEATURE);
        content += !(t->flags & TX_STOP);
        if (an_norm_in(line, k, harm))
            return; /* "if we missed a delivery, ...": a failure, no outcome */
        if (an_in_class(t, a->you) && k == opener + 1)
            return; /* "if you ...": their doing, no outcome of ours */
    }
    if (content == 0)
        return; /* "If it does, you're done": the answer to a check, no condition of ours */
    size_t subject = an_after_fillers(w, comma, end);
    if (subject >= end || an_in_class(&line->tokens[subject], a->me))
        return; /* "..., we'll train your team": ours */
    /* "If there's a way we can help, great, and if not, you got a free coffee": a second condition
     * after the first, or a past verb, tells no outcome of ours */
    if (an_norm_in(line, subject, conditions))
        return;
    bool theirs = false, gone = false;
    for (size_t k = comma; k < end; k++) {
        const TxToken *t = &line->tokens[k];
        if (an_in_class(t, a->me) || an_norm_in(line, k, harm) || an_norm_in(line, k, told) || an_past_tense(line, k))
            return;
        theirs = theirs || an_in_class(t, a->you);
        gone = gone || an_in_class(t, a->outcome_word) || an_norm_in(line, k, going);
    }
    size_t noun = subject;
    while (noun < end && noun < subject + 3 && (line->tokens[noun].flags & TX_STOP))
        noun++;
    if (!theirs && w->has_context && noun < end && !(line->tokens[noun].flags & TX_STOP))
        theirs = an_key_in(w->context_keys, an_meaning_key(a, line, &line->tokens[noun]));
    if (!theirs || !(of_ours || gone))
        return;
    if (!w->benefit[s]) {
        w->benefit[s] = true;
        an_candidate_tokens(w, AN_BENEFIT, "benefit.conditional", comma, end - 1);
    }
    if (of_ours && !w->feature_strong[s] && !w->feature_weak[s]) {
        w->feature_strong[s] = true;
        an_candidate_tokens(w, AN_FEATURE, "feature.conditional", opener, comma - 1);
        w->out->feature_count++;
    }
}

/* From token k on: other sellers' products, as what ours is compared with
 * ("older systems", "other lenders", "the old sensors", "most banks"). */
static bool compared_with_other_products(const Work *w, size_t k, size_t end)
{
    static const char *const others[] = {"other", "others", "older", "old", "traditional", "legacy", "conventional",
                                         "competitors", "competition", "rivals", "alternatives", "most", NULL};
    for (size_t i = k; i < end && i < k + 2; i++)
        if (an_norm_in(w->line, i, others) || an_in_class(&w->line->tokens[i], w->analyzer->product_noun))
            return true;
    return false;
}

/* "...the bakers love it, so you will too", "...ten thousand first-time
 * buyers, so you're in good hands", "our OCR reads paper invoices, so that
 * could help": what follows the bridge is praise passed on, reassurance or
 * help in general - "you will too" (and at most "as well"), "in good / safe
 * hands", "that could / would / will help" ending the clause - no outcome
 * in their world ("so that could help you close in five days" names one). */
static bool bridge_to_praise(const Work *w, const LexHit *hit)
{
    static const char *const tail[] = {"too", "as", "well", "also", "aswell", NULL};
    static const char *const hands[] = {"good", "safe", "great", "capable", "expert", NULL};
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    size_t end = (size_t)sentence->first + sentence->count;
    for (size_t k = (size_t)hit->start + 1; k < end; k++)
        if (line->tokens[k].flags & (TX_AFTER_COMMA | TX_CLAUSE_START)) {
            end = k;
            break;
        }
    size_t i = an_norm_is(line, hit->start, "so") ? (size_t)hit->start + 1 : (size_t)hit->end;
    if (i + 1 >= end)
        return false;
    if (an_in_class(&line->tokens[i], a->you) && an_in_class(&line->tokens[i + 1], a->modal)) {
        size_t k = i + 2;
        while (k < end && an_norm_in(line, k, tail))
            k++;
        if (k == end && k > i + 2)
            return true;
    }
    for (size_t k = i; k + 2 < end; k++)
        if (an_norm_is(line, k, "in") && an_norm_in(line, k + 1, hands) && an_norm_is(line, k + 2, "hands"))
            return true;
    /* "so it's a lot less hassle than older systems": set against other
     * products, praise of ours - no outcome in their world ("less hassle
     * than Sundays on the phone" is one) */
    for (size_t k = i; k + 1 < end; k++)
        if (an_norm_is(line, k, "than") && compared_with_other_products(w, k + 1, end))
            return true;
    return (an_norm_is(line, i, "that") || an_norm_is(line, i, "it") || an_norm_is(line, i, "this")) &&
           an_in_class(&line->tokens[i + 1], a->modal) && i + 3 == end &&
           (an_norm_is(line, i + 2, "help") || an_norm_is(line, i + 2, "work"));
}

/* Their own lot told back, no outcome we give (a reflection's matter): "Your
 * kids have stopped asking" - "have|has|had" and a past verb inside the
 * outcome phrase says what already happened to them; "if you had to sell next
 * year..., you could come out behind" - "you could|would|might" after their own
 * hypothetical ("if you had to", "if you were") in a sentence with no word of
 * ours names their risk (r24; "if you switch to us, you'd save" has ours). */
static bool their_own_lot(const Work *w, const LexHit *hit)
{
    static const char *const perfect[] = {"have", "has", "had", NULL};
    static const char *const hypothetical[] = {"had", "were", NULL};
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    for (size_t k = hit->start; k + 1 < (size_t)hit->end + 1 && k + 1 < line->token_count; k++)
        if (an_norm_in(line, k, perfect) && an_past_tense(line, k + 1))
            return true;
    if (!an_in_class(&line->tokens[hit->start], a->you) || (size_t)hit->start + 1 >= line->token_count ||
        !(an_in_class(&line->tokens[hit->start + 1], a->modal) || an_norm_is(line, hit->start + 1u, "might")))
        return false;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    bool condition = false;
    for (size_t k = sentence->first; k < (size_t)sentence->first + sentence->count; k++) {
        const TxToken *t = &line->tokens[k];
        if (an_in_class(t, a->seller_subject) || (an_in_class(t, a->me) && !an_in_class(t, a->we_subject)))
            return false;
        if (an_norm_is(line, k, "i"))
            return false;
        if (k < (size_t)hit->start && k + 2 < (size_t)hit->start && an_norm_is(line, k, "if") &&
            an_in_class(&line->tokens[k + 1], a->you) && an_norm_in(line, k + 2, hypothetical))
            condition = true;
    }
    return condition;
}

void an_decide_benefits(Work *w)
{
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (w->question[hit->sentence] != 0 || reports_theirs(w, hit->sentence) || runs_into_question(w, hit) ||
            asks_what_it_means(w, hit))
            continue;
        if (an_hit_kind(w, hit) == LEX_BRIDGE && !hit->sentence_anchor && you_can_ends_a_dump(w, hit)) {
            bridged_feature(w, hit); /* the list is still ours; "so you can ..." is one more item */
            continue;
        }
        const LexRule *rule = lex_rule(w->analyzer->lexicon, hit->rule);
        bool yes = false;
        if (rule->kind == LEX_BENEFIT && their_own_lot(w, hit))
            continue; /* "Your kids have stopped asking": their lot, not what they get */
        if (rule->kind == LEX_BENEFIT && feature_starts_at(w, hit->sentence, hit->start))
            continue; /* "you'd have the same onboarding manager": the thing, named */
        if (rule->kind == LEX_BENEFIT && you_can_capability(w, hit)) {
            w->feature_strong[hit->sentence] = true;
            an_candidate_tokens(w, AN_FEATURE, "feature.you_can", hit->start, (size_t)hit->end - 1);
            w->out->feature_count++;
            continue;
        }
        if (invites_or_helps_vaguely(w, hit) || (rule->kind == LEX_BRIDGE && so_sums_up_the_past(w, hit)))
            continue;
        /* "eight weeks or so away": "or so" rounds a figure, it bridges nothing */
        if (rule->kind == LEX_BRIDGE && hit->start > w->line->sentences[hit->sentence].first &&
            an_norm_is(w->line, hit->start, "so") && an_norm_is(w->line, hit->start - 1u, "or"))
            continue;
        /* "your dad'd be proud": a compliment (statement.compliment), nothing they get */
        if (rule->kind == LEX_BENEFIT && an_in_hit_of_rule(w, hit->start, w->analyzer->rule_compliment))
            continue;
        /* "..., so you can take them with you": the capability again */
        if (rule->kind == LEX_BRIDGE && an_norm_is(w->line, hit->start, "so") &&
            you_can_restates(w, hit->sentence, (size_t)hit->start + 1u))
            continue;
        if (rule->kind == LEX_BENEFIT && you_can_restates(w, hit->sentence, hit->start)) {
            if (!w->feature_strong[hit->sentence]) {
                w->feature_strong[hit->sentence] = true;
                an_candidate_tokens(w, AN_FEATURE, "feature.you_can", hit->start, (size_t)hit->end - 1);
                w->out->feature_count++;
            }
            continue;
        }
        if (rule->kind == LEX_BENEFIT)
            yes = !proposed_before(w, hit);
        else if (rule->kind == LEX_BRIDGE)
            yes = (!hit->sentence_anchor || rule->start_ok || after_our_offer(w, hit)) && !after_a_nod(w, hit) &&
                  bridge_reaches_prospect(w, hit) &&
                  !offered_before(w, hit) && /* what our sending them something does is no outcome of the product */
                  !proposed_before(w, hit) && !so_you_their_state(w, hit) && !lead_in_to_question(w, hit) &&
                  !bridge_to_praise(w, hit);

        else if (rule->kind == LEX_TERM_OUTCOME)
            yes = an_sentence_has_you(w, hit->sentence);
        if (!yes)
            continue;
        w->benefit[hit->sentence] = true;
        an_candidate_hit(w, AN_BENEFIT, hit);
        if (rule->kind == LEX_BRIDGE && !hit->sentence_anchor)
            bridged_feature(w, hit);
    }
    for (size_t s = 0; s < w->line->sentence_count; s++)
        if (w->benefit[s] || (s + 1 < w->line->sentence_count && w->benefit[s + 1]))
            conditional_feature(w, s, !w->benefit[s]);
    for (size_t s = 0; s < w->line->sentence_count; s++)
        conditional_outcome(w, s);
}
