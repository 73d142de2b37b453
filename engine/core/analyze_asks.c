/* analyze_asks: the seller's moves in a line other than product talk - next
 * steps asked for, the seller's own trouble, purpose and pressure, small talk
 * (see analyze_internal.h; features are analyze_features, benefits analyze_benefits). */
#include "analyze_internal.h"

#include <stdio.h>
#include <string.h>

/* "How many techs are running calls in July?", "how often do your guys do
 * visits in the summer?": a count question about things in the plural counts
 * their work - the calls are theirs, not one to book ("how many of you can
 * join the call in July?" still asks about a meeting). */
static bool counts_their_work(const Work *w, const LexHit *hit)
{
    const TxText *line = w->line;
    if (w->question[hit->sentence] == 0)
        return false;
    const TxToken *t = &line->tokens[hit->start];
    const char *norm = tx_norm(line, t);
    if (hit->end != hit->start + 1 || t->norm_len < 4 || norm[t->norm_len - 1] != 's' || norm[t->norm_len - 2] == 's')
        return false;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    for (size_t i = sentence->first; i + 1 < hit->start; i++)
        if (an_norm_is(line, i, "how") &&
            (an_norm_is(line, i + 1, "many") || an_norm_is(line, i + 1, "much") || an_norm_is(line, i + 1, "often")))
            return true;
    return false;
}

/* "Would it help if I showed you all of that on Friday?": our offer asked
 * as a question, with a time in the same sentence, asks for their time - a
 * yes commits them to it (docs/labels.md, "Offers asked as questions"); "would
 * it help if I sent you a brochure?" asks for nothing. Returns the time. */
static const LexHit *time_in_asked_offer(const Work *w, const LexHit *offer)
{
    if (w->question[offer->sentence] == 0)
        return NULL;
    for (size_t h = w->hits_from[offer->sentence]; h < w->hits_from[offer->sentence + 1]; h++)
        if (an_hit_kind(w, &w->hits->hits[h]) == LEX_ANCHOR && w->hits->hits[h].start >= offer->end)
            return &w->hits->hits[h];
    return NULL;
}

/* "Then Friday shows your invoices matched, plus the figure you can take to
 * the lenders": a day that opens the sentence before any outcome in it is
 * the meeting the outcome comes from, not the scene of the outcome ("you'd
 * stop doing the spreadsheet at 3am"). */
static bool time_leads_the_outcome(const Work *w, const LexHit *anchor)
{
    bool outcome = false;
    for (size_t h = w->hits_from[anchor->sentence]; h < w->hits_from[anchor->sentence + 1]; h++) {
        const LexHit *hit = &w->hits->hits[h];
        LexKind kind = an_hit_kind(w, hit);
        if (kind != LEX_BENEFIT && kind != LEX_BRIDGE)
            continue;
        if (hit->start <= anchor->start)
            return false;
        outcome = true;
    }
    return outcome;
}

/* "Can I run you through a few quick highlights?", "could we show you what
 * it does?": leave to pitch (docs/labels.md, "Offers asked as questions").
 * It asks for a step only with a time in the line ("we can build you a demo
 * by Friday, can I show you what we do first?") or a meeting in its own
 * sentence, not with a meeting word in our pitch around it ("...and
 * onboarding takes two weeks"). */
static bool asks_leave_to_pitch(const Work *w, const LexHit *proposal)
{
    static const char *const modals[] = {"can", "could", "may", NULL};
    static const char *const sellers[] = {"i", "we", NULL};
    static const char *const pitches[] = {"run", "walk", "take", "show", "talk", "tell", NULL};
    const TxText *line = w->line;
    size_t i = proposal->start;
    size_t end = line->sentences[proposal->sentence].first + line->sentences[proposal->sentence].count;
    if (w->question[proposal->sentence] == 0 || i + 3 >= end || !an_norm_in(line, i, modals) ||
        !an_norm_in(line, i + 1, sellers))
        return false;
    i += 2;
    while (i + 1 < end && (an_norm_is(line, i, "just") || an_norm_is(line, i, "quickly")))
        i++;
    return an_norm_in(line, i, pitches) && an_norm_is(line, i + 1, "you");
}

/* "..., I could show you how the dashboard works. Thursday afternoon?": a
 * short question that opens on a time and has no question shape of its own
 * puts that time to them - with a meeting in the line, a step proposed. */
static bool asks_bare_time(const Work *w, const LexHit *anchor)
{
    const TxSentence *sentence = &w->line->sentences[anchor->sentence];
    size_t end = (size_t)sentence->first + sentence->count;
    return sentence->question_mark && w->shape_hit[anchor->sentence] < 0 && sentence->count <= 4 &&
           anchor->start == an_after_fillers(w, sentence->first, end);
}

/* Whether sentence s holds a step or a time a proposal in it can ask for. */
static bool step_in_sentence(const Work *w, size_t s)
{
    return an_sentence_has_kind(w, s, LEX_ACTION) || an_sentence_has_kind(w, s, LEX_ANCHOR);
}

/* A next step asks for the prospect's commitment: an explicit step, a
 * proposal with a step or a time, a question naming both, or an offer of
 * ours that brings a meeting ("I'll come by Wednesday"; "I'll send the quote
 * today" asks nothing of them). A time or a step inside the clause that leads
 * into an open question ("when someone calls in sick at 6am, walk me
 * through...") is the scene of the question, not a proposal. */
void an_decide_next_step(Work *w)
{
    const Analyzer *a = w->analyzer;
    const LexHit *proposal = NULL, *action = NULL, *anchor = NULL, *explicit_hit = NULL, *offer = NULL,
                 *meeting = NULL;
    bool question_action = false, question_anchor = false;
    const LexHit *question_action_hit = NULL, *time = NULL, *timed_proposal = NULL, *bare_time = NULL;
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        /* "at the end we'll decide together whether to take a next step" agrees
         * how the call goes; it asks for no step */
        if (an_sentence_has_kind(w, hit->sentence, LEX_PURPOSE))
            continue;
        LexKind kind = an_hit_kind(w, hit);
        if ((kind == LEX_ACTION || kind == LEX_ANCHOR) && w->question[hit->sentence] == 1 &&
            hit->start < an_main_clause_start(w, hit->sentence))
            continue;
        /* "when does Theo have to make the call": a decision (a buying_process
         * phrase), not a phone call to book */
        if (kind == LEX_ACTION && an_in_hit_of(w, hit->start, LEX_PROCESS))
            continue;
        /* "who else needs to be happy with the mortgage before you sign?": a
         * step inside a question about who decides is the buying process, not
         * a step to book ("Then let's make sure that doesn't happen." before it
         * proposes nothing) */
        if (kind == LEX_ACTION && (int)hit->rule != a->rule_meeting && w->question[hit->sentence] != 0 &&
            an_sentence_has_kind(w, hit->sentence, LEX_PROCESS))
            continue;
        if (kind == LEX_ACTION && counts_their_work(w, hit))
            continue;
        /* "thanks for taking my call": the call they are on, not one to book;
         * "let's do it differently: ...": a plan of ours, not a step proposed */
        if ((kind == LEX_ACTION && an_in_hit_of(w, hit->start, LEX_STATEMENT)) ||
            (kind == LEX_PROPOSAL && an_in_hit_of_rule(w, hit->start, a->rule_plan)))
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
            } else if ((int)hit->rule == a->rule_needs_time) {
                if (timed_proposal == NULL)
                    timed_proposal = hit;
            } else if (proposal == NULL) {
                proposal = hit;
            }
            break;
        case LEX_ACTION:
            if (meeting == NULL && (int)hit->rule == a->rule_meeting)
                meeting = hit;
            if (action == NULL)
                action = hit;
            /* a document in an open question asks for it only when the
             * question is about the two of them ("what needs to happen on
             * your side to get the paperwork signed?"), not "what happens
             * the next time a contract like that shows up?" */
            if (w->question[hit->sentence] == 2 ||
                (w->question[hit->sentence] == 1 &&
                 ((int)hit->rule == a->rule_meeting || an_sentence_has_you(w, hit->sentence)))) {
                question_action = true;
                question_action_hit = hit;
            }
            break;
        case LEX_ANCHOR:
            /* "you'd stop doing the spreadsheet at 3am": a time inside an outcome
             * of theirs, with no ask in its sentence, is the scene, no time to meet */
            if (w->benefit[hit->sentence] && w->question[hit->sentence] == 0 &&
                !an_sentence_has_kind(w, hit->sentence, LEX_PROPOSAL) &&
                !an_sentence_has_kind(w, hit->sentence, LEX_ACTION) &&
                !an_sentence_has_kind(w, hit->sentence, LEX_NEXT_STEP) && !time_leads_the_outcome(w, hit))
                break;
            if (anchor == NULL)
                anchor = hit;
            if (bare_time == NULL && asks_bare_time(w, hit))
                bare_time = hit;
            question_anchor = question_anchor || w->question[hit->sentence] != 0;
            break;
        default:
            break;
        }
    }
    if (explicit_hit != NULL) {
        an_candidate_hit(w, AN_NEXT_STEP, explicit_hit);
        /* "Then the next step should include Denise. Could the three of us sit down
         * here for an hour - Tuesday or Thursday?": the proposal in a sentence of its
         * own is an ask too, so its clause is the one the prospect answers */
        if (proposal != NULL && proposal->sentence != explicit_hit->sentence && action != NULL &&
            action->sentence == proposal->sentence) {
            an_candidate_hit(w, AN_NEXT_STEP, proposal);
            an_candidate_hit(w, AN_NEXT_STEP, action);
        }
    } else if (proposal != NULL && (action != NULL || anchor != NULL) &&
               (!asks_leave_to_pitch(w, proposal) || anchor != NULL || step_in_sentence(w, proposal->sentence))) {
        an_candidate_hit(w, AN_NEXT_STEP, proposal);
        an_candidate_hit(w, AN_NEXT_STEP, action != NULL ? action : anchor);
    } else if (timed_proposal != NULL && anchor != NULL) {
        an_candidate_hit(w, AN_NEXT_STEP, timed_proposal);
        an_candidate_hit(w, AN_NEXT_STEP, anchor);
    } else if (offer != NULL && meeting != NULL) {
        an_candidate_hit(w, AN_NEXT_STEP, offer);
        an_candidate_hit(w, AN_NEXT_STEP, meeting);
    } else if (offer != NULL && (time = time_in_asked_offer(w, offer)) != NULL) {
        an_candidate_hit(w, AN_NEXT_STEP, offer);
        an_candidate_hit(w, AN_NEXT_STEP, time);
    } else if (question_action && question_anchor) {
        an_candidate_hit(w, AN_NEXT_STEP, question_action_hit);
        an_candidate_hit(w, AN_NEXT_STEP, anchor);
    } else if (bare_time != NULL && meeting != NULL) {
        an_candidate_hit(w, AN_NEXT_STEP, meeting);
        an_candidate_hit(w, AN_NEXT_STEP, bare_time);
    }
}


/* Trouble words are the seller's when a first person owns them: "our
 * warehouse ... total chaos for us". */
void an_decide_seller_trouble(Work *w)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    bool seller_done = false;
    for (size_t h = 0; h < w->hits->count && !seller_done; h++) {
        const LexHit *hit = &w->hits->hits[h];
        size_t s = hit->sentence;
        if (an_hit_kind(w, hit) != LEX_TROUBLE || w->question[s] != 0 || an_sentence_has_kind(w, s, LEX_PURPOSE) ||
            an_sentence_has_kind(w, s, LEX_SMALL_TALK) || an_sentence_has_you(w, s))
            continue; /* "crazy weather we've been having" is chat, not the seller's trouble */
        /* "no problem, I'll drop a card"; "sorry, I asked that badly": our wording
         * owned (statement.own_wording), no trouble of ours */
        bool reassured = an_in_hit_of_rule(w, hit->start, a->rule_own_wording);
        for (size_t k = w->hits_from[s]; k < w->hits_from[s + 1] && !reassured; k++)
            reassured = an_hit_kind(w, &w->hits->hits[k]) == LEX_REASSURANCE && w->hits->hits[k].start <= hit->start &&
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
            bool hedged = (i + 1 < end && an_in_class(&line->tokens[i + 1], a->hedge)) ||
                          (i + 2 < end && an_in_class(&line->tokens[i + 2], a->hedge));
            /* "most plants we talk to have...": "we" in a clause about others */
            bool relative = i > first && i + 1 < end && !(line->tokens[i - 1].flags & TX_STOP) &&
                            !an_in_class(&line->tokens[i - 1], a->fillers) &&
                            !(line->tokens[i].flags & TX_AFTER_COMMA) &&
                            an_in_class(&line->tokens[i + 1], a->relative_verb);
            /* "that's the part I'd lose sleep over": the seller in their shoes,
             * empathy with their trouble, not trouble of the seller's own */
            bool in_their_shoes = an_norm_is(line, i, "i") && i + 1 < end && an_norm_is(line, i + 1, "would");
            if (an_in_class(&line->tokens[i], a->me) && !hedged && !relative && !in_their_shoes)
                owner = i;
        }
        if (owner == SIZE_MAX)
            continue;
        /* "our sensors can flag a problem", "we'll catch issues early": what
         * ours can do about trouble is a feature ("we can not seem to keep
         * up", "our office can be chaos" stay the seller's own) */
        if (owner < hit->start && an_in_class(&line->tokens[owner], a->seller_subject)) {
            bool can = false, negated = false;
            for (size_t i = owner + 1; i < hit->start; i++) {
                can = can || an_in_class(&line->tokens[i], a->modal);
                /* "our office can be chaos", "we could get swamped": a state of ours */
                negated = negated || an_norm_is(line, i, "not") || an_norm_is(line, i, "never") || an_norm_is(line, i, "be") ||
                          an_norm_is(line, i, "get") || an_norm_is(line, i, "seem") || an_norm_is(line, i, "feel");
            }
            if (can && !negated)
                continue;
            /* "we actually have vibration sensors that catch bearing problems", "our
             * portal, which flags issues": a thing of ours whose clause does
             * something to the trouble (that/which + a feature verb) */
            bool handles = false;
            for (size_t i = owner + 2; i < hit->start && !handles; i++)
                handles = an_in_class(&line->tokens[i], a->feature_verb) && !an_in_class(&line->tokens[i], a->possess_verb) &&
                          (an_norm_is(line, i - 1, "that") || an_norm_is(line, i - 1, "which"));
            if (handles)
                continue;
        }
        seller_done = true;
        w->seller_trouble[s] = true;
        size_t lo = owner < hit->start ? owner : hit->start;
        size_t hi = owner > (size_t)hit->end - 1 ? owner : (size_t)hit->end - 1;
        an_candidate_tokens(w, AN_SELLER_FOCUS, "seller.owned_trouble", lo, hi);
    }
}

/* "Don't apologise, it helps me a lot": their telling helps us - thanks
 * inside a reassurance, not the seller's own pressure ("no worries, my
 * manager's chasing me too" still is). So is "that helps me a lot" with what
 * they told as its subject ("Don't be sorry, that helps me a lot"), not "it
 * would help me a lot to close this" nor "it helps me a lot if you sign". */
static bool thanks_for_their_help(const Work *w, const LexHit *hit)
{
    static const char *const told[] = {"that", "this", "it", NULL};
    const TxText *line = w->line;
    bool help = false;
    for (size_t i = hit->start; i < hit->end; i++)
        help = help || an_norm_is(line, i, "help") || an_norm_is(line, i, "helps");
    if (!help)
        return false;
    static const char *const asks[] = {"if", "to", "when", NULL}; /* "it helps me a lot if you sign" */
    const TxSentence *sentence = &line->sentences[hit->sentence];
    bool their_telling = an_norm_is(line, hit->start, "helps") && hit->start > sentence->first &&
                         an_norm_in(line, hit->start - 1, told) &&
                         !(hit->end < (size_t)sentence->first + sentence->count && an_norm_in(line, hit->end, asks));
    return their_telling || an_sentence_has_kind(w, hit->sentence, LEX_REASSURANCE);
}

void an_decide_purpose_and_pressure(Work *w)
{
    bool seller_done = (w->out->labels & AN_BIT(AN_SELLER_FOCUS)) != 0;
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        switch (an_hit_kind(w, hit)) {
        case LEX_PURPOSE:
            w->purpose[hit->sentence] = true;
            an_candidate_hit(w, AN_PURPOSE, hit);
            break;
        case LEX_SELLER:
            if (seller_done || thanks_for_their_help(w, hit))
                break;
            seller_done = true;
            an_candidate_hit(w, AN_SELLER_FOCUS, hit);
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

/* "End of January comes round fast, especially with Christmas in between":
 * a holiday named in a sentence that holds a date of theirs with a month
 * (an anchor such as "end of January") squeezes their timing; it is no chat. */
static bool holiday_beside_their_date(const Work *w, size_t s)
{
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
        const LexHit *hit = &w->hits->hits[h];
        if (an_hit_kind(w, hit) != LEX_ANCHOR)
            continue;
        for (size_t i = hit->start; i < hit->end; i++)
            if (an_in_class(&w->line->tokens[i], w->analyzer->month))
                return true;
    }
    return false;
}

void an_decide_small_talk(Work *w)
{
    for (size_t h = 0; h < w->hits->count; h++) {
        const LexHit *hit = &w->hits->hits[h];
        size_t s = hit->sentence;
        if (an_hit_kind(w, hit) != LEX_SMALL_TALK || w->benefit[s] || w->feature_strong[s] || w->context_move[s])
            continue;
        if (w->purpose[s])
            continue; /* "I'd like to use this coffee to learn about your business": the agenda's setting */
        if (w->sentence_labels[s] & AN_BIT(AN_NEXT_STEP))
            continue; /* "a trial running before christmas", "could we grab a coffee with Sam": the step asked for */
        if (thanks_for(w, hit->start))
            continue; /* "thanks for the coffee" thanks; it does not chat */
        if (holiday_beside_their_date(w, s))
            continue;
        an_candidate_hit(w, AN_SMALL_TALK, hit);
        return;
    }
}
