/* analyze_features: the seller's product stated in a line - features (what
 * we sell, how we work, prices and offers), named from a list or read by
 * the line's shape; what the prospect gets from them is analyze_benefits,
 * the other moves analyze_asks (see analyze_internal.h). */
#include "analyze_internal.h"

#include <stdio.h>
#include <string.h>

/* "Hi Dana, this is Chris from Uptime Analytics", "I'm Jordan with SensAI",
 * "Chris from Linewise here": a name typed with capitals after from/with/at,
 * in a clause that introduces the seller, is the company's name - a
 * scenario's feature word in it ("analytics") states nothing about the
 * product. */
static bool names_our_company(const Work *w, const LexHit *hit)
{
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    size_t at = hit->start;
    if (at == sentence->first || line->source[line->tokens[at].src_start] < 'A' ||
        line->source[line->tokens[at].src_start] > 'Z')
        return false;
    size_t prep = at - 1; /* back over the name's other words: "Uptime Analytics" */
    while (prep > sentence->first && line->source[line->tokens[prep].src_start] >= 'A' &&
           line->source[line->tokens[prep].src_start] <= 'Z' && !(line->tokens[prep + 1].flags & TX_AFTER_COMMA))
        prep--;
    if (!an_norm_is(line, prep, "from") && !an_norm_is(line, prep, "with") && !an_norm_is(line, prep, "at"))
        return false;
    size_t start = prep; /* the clause's first word */
    while (start > sentence->first && !(line->tokens[start].flags & (TX_AFTER_COMMA | TX_CLAUSE_START)))
        start--;
    start = an_after_fillers(w, start, prep);
    if (prep - start > 4 || prep == start)
        return false;
    bool intro = (prep - start >= 2 && ((an_norm_is(line, start, "this") && an_norm_is(line, start + 1, "is")) ||
                                        (an_norm_is(line, start, "i") && an_norm_is(line, start + 1, "am")) ||
                                        (an_norm_is(line, start, "it") && an_norm_is(line, start + 1, "is")) ||
                                        (an_norm_is(line, start, "my") && an_norm_is(line, start + 1, "name"))));
    bool names = true; /* "Chris from ...", "Jordan Reyes with ..." */
    for (size_t i = start; i < prep && names; i++) {
        char c = line->source[line->tokens[i].src_start];
        names = c >= 'A' && c <= 'Z' && !an_in_class(&line->tokens[i], w->analyzer->me);
    }
    return intro || names;
}

/* "We have portable mortgages", "we have OCR that reads...": "we" and "have"
 * side by side, then at once a content word (a thing, or what it is like),
 * lists what the seller has. "we have to", "we have a problem", "we have been
 * busy" start with a function word; "we have worked" is a story; trouble
 * ("we have issues") is the seller's own (seller_trouble stops it before). */
static bool we_have_thing(const Work *w, size_t subject, size_t verb, size_t end)
{
    static const char *const adverbs[] = {"actually", "also", "already", "now", "really", "even", "still",
                                          "definitely", "certainly", "currently", "do", "literally", NULL};
    const TxText *line = w->line;
    /* "We actually have three way matching", "we also have", "we now have": an
     * adverb between says the same thing */
    for (size_t k = subject + 1; k < verb; k++) {
        bool adverb = false;
        for (size_t j = 0; adverbs[j] != NULL && !adverb; j++)
            adverb = an_norm_is(line, k, adverbs[j]);
        if (!adverb)
            return false;
    }
    if (verb + 1 >= end || !an_in_class(&line->tokens[subject], w->analyzer->seller_subject))
        return false;
    const TxToken *next = &line->tokens[verb + 1];
    /* "we have time on Friday", "we have plenty of time": time to spare, no thing of ours */
    size_t thing = verb + 1;
    if (thing + 2 < end && (an_norm_is(line, thing, "plenty") || an_norm_is(line, thing, "lots") || an_norm_is(line, thing, "loads")) &&
        an_norm_is(line, thing + 1, "of"))
        thing += 2;
    if (an_norm_is(line, thing, "time") || (thing == verb + 1 && an_norm_is(line, thing, "enough")))
        return false;
    /* "we have three way matching", "we have 90 lenders": a number counts a thing we sell
     * (sets.product_noun) - "we have two kids" counts none */
    /* "we actually have a receipt scanning app", "we have a 5 year fix": an
     * article, then within a few words a thing we sell - "we have a problem",
     * "we have a meeting on Friday" name none */
    bool article = an_norm_is(line, verb + 1, "a") || an_norm_is(line, verb + 1, "an");
    if ((article || (next->flags & TX_NUMBER) || an_in_class(next, w->analyzer->number_word)) &&
        !(next->flags & TX_AFTER_COMMA))
        for (size_t k = verb + 2; k < end && k <= verb + 4 && !(line->tokens[k].flags & TX_AFTER_COMMA); k++)
            if (an_in_class(&line->tokens[k], w->analyzer->product_noun))
                return true;
    return (next->flags & (TX_STOP | TX_AFTER_COMMA | TX_NUMBER)) == 0 && !an_in_class(next, w->analyzer->number_word) &&
           !an_in_class(next, w->analyzer->you) && !an_past_tense(line, verb + 1);
}

/* "Our chat last week was useful": "last" before a stretch of time dates the
 * subject, it is no verb ("our sensors last ten years" keeps it) */
static bool last_of_a_time(const TxText *line, size_t v, size_t end)
{
    static const char *const spans[] = {"week", "month", "year", "time", "night", "quarter", "summer", "spring",
                                        "autumn", "winter", "fall", "monday", "tuesday", "wednesday", "thursday",
                                        "friday", "saturday", "sunday", "weekend", NULL};
    if (!an_norm_is(line, v, "last") || v + 1 >= end)
        return false;
    for (size_t k = 0; spans[k] != NULL; k++)
        if (an_norm_is(line, v + 1, spans[k]))
            return true;
    return false;
}

/* Whether a sentence after s proposes a step (a proposal or an explicit next
 * step): "... Tuesday or Thursday next week?". ("Great, we can do all of
 * that. Can we book the demo?" is a feature and an ask - docs/labels.md, "We
 * can do all of that" - and the prospect hears the ask.) */
static bool asks_for_the_step(const Work *w, size_t s)
{
    for (size_t t = s + 1; t < w->line->sentence_count; t++)
        if (an_sentence_has_kind(w, t, LEX_PROPOSAL) || an_sentence_has_kind(w, t, LEX_NEXT_STEP))
            return true;
    return false;
}

/* "I come out and walk Line 3 with you, we put a number on what a stop
 * costs, and you get a reference plant running the same extruders. Tuesday
 * or Thursday?": a sentence that opens on our visit ("I come out", "we'll
 * come over"), with the step asked for after it, lays out what the step
 * holds - what "you get" there is its content, no claim about the product
 * ("We come with a sensor kit" states one; so does the visit with no ask). */
static bool lays_out_the_step(const Work *w, size_t s)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t k = an_after_fillers(w, sentence->first, end);
    if (k + 2 >= end || (!an_norm_is(line, k, "i") && !an_norm_is(line, k, "we")))
        return false;
    k++;
    if (an_in_class(&line->tokens[k], a->modal))
        k++; /* "I'll come out", "we could come over" */
    return k + 1 < end && an_norm_is(line, k, "come") && an_in_class(&line->tokens[k + 1], a->visit_word) &&
           asks_for_the_step(w, s);
}

/* "we can probably do that": the verb ends the sentence on a pointer back at
 * their words, with only function words between - agreeing to what they
 * asked, not stating a feature ("we do that, alerts go straight to the phone"
 * goes on to state one; "we can do all of that" claims what we can do: the
 * lexicon's feature.all_of_that). */
static bool agrees_to_theirs(const Work *w, size_t verb, size_t end)
{
    const TxText *line = w->line;
    bool pointer = false;
    for (size_t k = verb + 1; k < end; k++) {
        const TxToken *t = &line->tokens[k];
        /* "we might well be able to do that, but I'd rather the demo prove...":
         * the agreement ends where "but" turns to something else */
        if ((t->flags & TX_AFTER_COMMA) && pointer && an_norm_is(line, k, "but"))
            return true;
        if ((t->flags & TX_AFTER_COMMA) || !(t->flags & TX_STOP))
            return false;
        pointer = an_in_class(t, w->analyzer->back_pointer); /* the last word */
    }
    return pointer;
}

/* "we can probably do a demo", "we can do something for Friday", "we could
 * do the form later": a modal agree verb whose object is only a meeting or a
 * time (a next-step word, sets.time_word) and the prospect's own words -
 * taking up what they asked for or when, not stating what the product does
 * ("we can do cash-flow forecasts" names something of ours). */
static bool agrees_to_a_step(const Work *w, size_t subject, size_t verb, size_t end)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    bool modal = false, step = false;
    for (size_t k = subject + 1; k < verb; k++)
        modal = modal || an_in_class(&line->tokens[k], a->modal);
    if (!modal)
        return false;
    bool their_person = false; /* "with your service manager": who joins is theirs */
    for (size_t k = verb + 1; k < end; k++) {
        const TxToken *t = &line->tokens[k];
        if (t->flags & TX_AFTER_COMMA)
            return false;
        if (an_in_class(t, a->you)) {
            their_person = k > verb + 1 && an_norm_is(line, k - 1, "with");
            continue;
        }
        if ((t->flags & TX_STOP) || their_person)
            continue;
        bool when = an_in_class(t, a->time_word) || an_in_hit_of(w, k, LEX_ANCHOR);
        bool meeting = an_in_hit_of(w, k, LEX_ACTION);
        step = step || when || meeting;
        if (!when && !meeting && !an_key_in(w->context_keys, an_meaning_key(a, line, t)))
            return false;
    }
    return step;
}

/* The items of a list of features from token from to end: one, one more
 * after each comma, and the last one joined by "and" with no comma after
 * two commas ("drag-and-drop scheduling, live GPS tracking, automated
 * invoicing and a mobile app" is four; "HVAC and plumbing companies" is no
 * item; "A, B, C, and D" is four too), unless what it joins says what they get ("..., so you'd fix it on
 * a weekday and sleep on Sundays"). *joined: such a last item was counted.
 * With stop_at_outcome the list ends where the first words of an outcome
 * start (*stopped). */
static int list_items(const Work *w, size_t from, size_t end, bool stop_at_outcome, size_t *stopped, bool *joined_out)
{
    const TxText *line = w->line;
    int items = 1;
    bool joined = false, outcome = false;
    size_t k = from;
    for (; k < end; k++) {
        const TxToken *t = &line->tokens[k];
        bool says_outcome = an_in_hit_of(w, k, LEX_BENEFIT) || an_in_hit_of(w, k, LEX_BRIDGE);
        if (stop_at_outcome && says_outcome)
            break;
        if (t->flags & TX_AFTER_COMMA) {
            items++;
            joined = outcome = false;
        }
        outcome = outcome || says_outcome;
        /* "and" as a word of its own, not inside "drag-and-drop" */
        if (items >= 3 && t->norm_len == 3 && memcmp(tx_norm(line, t), "and", 3) == 0 && t->src_start > 0 &&
            line->source[t->src_start - 1] == ' ' && line->source[t->src_end] == ' ') {
            /* "..., and our engineer stays with your team": a clause of ours of its
             * own (counted by its own hit), no last item of this list */
            if (k + 1 < end && an_in_class(&line->tokens[k + 1], w->analyzer->seller_subject))
                break;
            /* ", and D" (a serial comma): the comma already counted D */
            joined = !(t->flags & TX_AFTER_COMMA);
        }
    }
    if (stopped != NULL)
        *stopped = k;
    if (joined_out != NULL)
        *joined_out = joined && !outcome;
    return items + (joined && !outcome ? 1 : 0);
}

/* "So a dashboard nobody had time for, and alerts sitting in an inbox": a
 * scenario's feature word that the prospect just said, given back in a
 * statement with no word of ours (we/our), no modal (what it "would" do)
 * and no other move of the seller's in it, is their story, no feature of
 * ours ("our dashboard flags it", "a dashboard would show it" state one). */
bool an_term_is_theirs(const Work *w, const LexHit *hit)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    if (!w->has_context || an_hit_kind(w, hit) != LEX_TERM_FEATURE || w->question[hit->sentence] != 0)
        return false;
    for (size_t i = hit->start; i < hit->end; i++)
        if (!(line->tokens[i].flags & TX_STOP) && !an_key_in(w->context_keys, an_meaning_key(a, line, &line->tokens[i])))
            return false;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++) {
        /* "not knowing if you could cover payroll": their own can and do, no offer of ours */
        bool theirs = (i > sentence->first && an_in_class(&line->tokens[i - 1], a->you)) ||
                      (i > (size_t)sentence->first + 1 && an_in_class(&line->tokens[i - 2], a->you) &&
                       an_in_class(&line->tokens[i - 1], a->modal));
        if (an_in_class(&line->tokens[i], a->me) ||
            (!theirs && (an_in_class(&line->tokens[i], a->modal) || an_in_class(&line->tokens[i], a->feature_verb))))
            return false;
    }
    for (size_t h = w->hits_from[hit->sentence]; h < w->hits_from[hit->sentence + 1]; h++) {
        LexKind kind = an_hit_kind(w, &w->hits->hits[h]);
        /* "So a dashboard...": a "so" opening the sentence sums up, it bridges nothing */
        if (kind == LEX_BRIDGE && w->hits->hits[h].sentence_anchor)
            continue;
        if (kind == LEX_FEATURE || kind == LEX_BENEFIT || kind == LEX_BRIDGE || kind == LEX_TERM_OUTCOME ||
            kind == LEX_PROPOSAL || kind == LEX_NEXT_STEP)
            return false;
    }
    return true;
}

/* "I'll show you our new dispatch board, it's really slick", "that's exactly
 * what our drag-and-drop board replaces", "I can show you how our
 * forecasting works": "our" and, within a few words and no comma, a word of
 * what a seller sells (sets.product_noun) names the product in a statement,
 * wherever the clause puts it - as the object of an offer to show, of a
 * verb of the prospect's world, or the subject. Not "our own system" (their
 * own trouble, seller_trouble), not "our call / our time" (no product
 * word), not in a question ("would you like a demo of our tracker?" asks). */

static size_t our_thing(const Work *w, size_t s)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    for (size_t i = sentence->first; i + 1 < end; i++) {
        /* "we can do the trays", "we can get your jars barcoded and into shelf-ready
         * trays": we, a modal and a verb, then a thing we sell in the same clause */
        bool we_can = an_norm_is(line, i, "we") && i + 2 < end && an_in_class(&line->tokens[i + 1], a->modal) &&
                      !an_norm_is(line, i + 1, "never");
        if (we_can) {
            /* "we can talk about the system", "we'd need your labels", "we could go
             * through the dashboard": a verb of talking, needing or meeting provides nothing */
            static const char *const not_provide[] = {"need", "want", "talk", "discuss", "chat", "look", "go", "see", "think",
                                                      "love", "like", "ask", "check", "hear", "learn", "understand",
                                                      "meet", "book", "walk", "show", "review", "send", "try", NULL};
            size_t verb = i + 2;
            static const char *const adverbs[] = {"also", "really", "just", "actually", "definitely", "certainly",
                                                  "easily", "even", "still", "already", "probably", NULL};
            while (verb + 1 < end && an_norm_in(line, verb, adverbs))
                verb++; /* "we can also / really / just ..." */
            if (an_norm_in(line, verb, not_provide))
                continue;
            for (size_t k = i + 2; k < end && k <= i + 8; k++) {
                const TxToken *t = &line->tokens[k];
                if (an_in_class(t, a->product_noun) && (an_in_class(&line->tokens[k - 1], a->you) ||
                                                        an_in_class(&line->tokens[k - 1], a->person_pronoun)))
                    break; /* "your labels": theirs */
                if ((t->flags & TX_AFTER_COMMA) || an_in_class(t, a->clause_break) || an_in_hit_of(w, k, LEX_ACTION) ||
                    an_in_hit_of(w, k, LEX_ANCHOR))
                    break;
                if (an_in_class(t, a->product_noun))
                    return i;
            }
            continue;
        }
        if (!an_norm_is(line, i, "our") || an_norm_is(line, i + 1, "own"))
            continue;
        for (size_t k = i + 1; k < end && k <= i + 4; k++) {
            const TxToken *t = &line->tokens[k];
            if ((t->flags & TX_AFTER_COMMA) || an_in_class(t, a->you) || an_in_class(t, a->me))
                break;
            if (an_in_class(t, a->product_noun))
                return i;
        }
    }
    return SIZE_MAX;
}

/* "our precedent library is updated every week", "our drawing register keeps
 * every revision", "our yard planner reassigns bays": "our" opening a clause,
 * a noun or a few, then a verb - the seller's thing doing or being something,
 * whatever the industry calls it. Not the call or the meeting ("our call is
 * booked for 30 minutes", "our chat last week was useful"), not the people of
 * a private life or the seller's boss ("our kids are", "our manager wants"),
 * not a story in the past ("our app was down"). */
static size_t our_subject(const Work *w, size_t s)
{
    static const char *const not_ours[] = {
        "call", "calls", "meeting", "meetings", "chat", "time", "conversation", "talk", "discussion", "catch",
        "demo", "diary", "calendar", "side", "end", "own", "today", "agenda", "goal", "aim", "purpose", "job",
        "plan", "question", "questions", "kids", "children", "family", "wife", "husband", "baby", "son",
        "daughter", "boss", "manager", "quota", "target", "targets", "last", "next", "first", "problem",
        "problems", "issue", "issues", "fault", "mistake", "bad", "worry", "worries", "concern", "concerns",
        "priority", "biggest", "main", "availability", "available", "busy", "bet", "suggestion", "slot", "slots",
        "hands", "hand", NULL};
    /* "our rep will call you tomorrow": one of ours getting in touch is an offer, no feature */
    static const char *const contact[] = {"call", "ring", "phone", "email", "contact", "reach", "follow", "text", NULL};
    static const char *const mine[] = {"i", "me", "my", "myself", NULL};
    static const char *const fond[] = {"love", "like", "enjoy", "adore", "rave", "swear", NULL};
    static const char *const be_do[] = {"is", "are", "does", "do", "has", "have", "can", "will", "would",
                                        "could", "should", "never", "always", "also", "just", "only", NULL};
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    if (an_sentence_has_kind(w, s, LEX_SELLER))
        return SIZE_MAX; /* "our marketing team keeps changing the pricing on me, ... my job": our pressure */
    for (size_t k = sentence->first; k < end; k++)
        if (an_norm_in(line, k, mine))
            return SIZE_MAX; /* "our sales team keeps chasing me for numbers": about the seller */
    for (size_t i = sentence->first; i + 2 < end; i++) {
        if (!an_norm_is(line, i, "our") || !an_clause_start(w, i))
            continue;
        for (size_t k = i + 1; k < end && k <= i + 4; k++) {
            const TxToken *t = &line->tokens[k];
            if ((t->flags & TX_AFTER_COMMA) || an_in_class(t, a->you) || an_in_class(t, a->me) ||
                an_in_class(t, a->clause_break) || an_norm_in(line, k, not_ours))
                break;
            if (k < i + 2 || an_past_tense(line, k))
                continue; /* a noun first: "our planner", then its verb */
            const char *norm = tx_norm(line, t);
            size_t len = t->norm_len;
            bool verb = an_norm_in(line, k, be_do) || an_in_class(t, a->feature_verb) ||
                        (len >= 4 && norm[len - 1] == 's' && norm[len - 2] != 's' && !(t->flags & TX_STOP) &&
                         k + 1 < end && !(line->tokens[k + 1].flags & TX_AFTER_COMMA));
            /* "our engineers visit twice a year": a plural noun, then its verb */
            const TxToken *prev = &line->tokens[k - 1];
            const char *pnorm = tx_norm(line, prev);
            if (!verb && k + 1 < end && prev->norm_len >= 4 && pnorm[prev->norm_len - 1] == 's' &&
                pnorm[prev->norm_len - 2] != 's' && !(prev->flags & TX_STOP) && !(t->flags & (TX_STOP | TX_NUMBER)) &&
                !(line->tokens[k + 1].flags & TX_AFTER_COMMA) && !an_norm_in(line, k, fond))
                verb = true; /* not "our customers love it": praise that names nothing */
            /* "our team won't be available", "our office can't do Friday": what we cannot do
             * this week is our diary, no thing of ours */
            if (verb && k + 1 < end && an_norm_is(line, k + 1, "not") && !an_in_class(t, a->feature_verb))
                break;
            /* "our lawyers have to check it first": what must happen, no thing of ours; "our rep
             * will call you": an offer to be in touch */
            if (verb && k + 1 < end && (an_norm_is(line, k + 1, "to") || an_norm_in(line, k + 1, contact)))
                break;
            if (verb)
                return i;
        }
    }
    return SIZE_MAX;
}

/* "How long would yours really take?" - "plan on about ten to twelve weeks",
 * "usually around 6 to 8 weeks": a number of weeks or months, given in a
 * statement to their question of how long ours takes, says how we deliver. */
static size_t timeline_answer(const Work *w, size_t s)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line, *context = w->context_text;
    if (!w->has_context || context == NULL)
        return SIZE_MAX;
    bool how_long = false;
    for (size_t k = 0; k + 1 < context->token_count && !how_long; k++)
        how_long = an_norm_is(context, k, "how") && an_norm_is(context, k + 1, "long");
    if (!how_long)
        return SIZE_MAX;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    for (size_t i = sentence->first; i < end; i++) {
        const TxToken *t = &line->tokens[i];
        if (!(t->flags & TX_NUMBER) && !an_in_class(t, a->number_word))
            continue;
        for (size_t k = i + 1; k < end && k <= i + 3; k++)
            if (an_in_class(&line->tokens[k], a->duration_word))
                return i;
    }
    return SIZE_MAX;
}

/* A number, or a number word, with a stretch of time within two words after
 * it ("three months", "six to eight weeks"): returns the duration's token, or
 * SIZE_MAX. */
static size_t figure_of_time(const Work *w, size_t i, size_t end)
{
    const TxToken *t = &w->line->tokens[i];
    if (!(t->flags & TX_NUMBER) && !an_in_class(t, w->analyzer->number_word))
        return SIZE_MAX;
    for (size_t k = i + 1; k < end && k <= i + 2; k++)
        if (an_in_class(&w->line->tokens[k], w->analyzer->duration_word))
            return k;
    return SIZE_MAX;
}

/* "Three months, not two weeks", "ten weeks not four": our own figure of time
 * set against the one they heard (the one after "not" is in their line, ours
 * is not) corrects what is said of how we deliver - a claim of ours, no
 * recap of their figure ("so eleven days, not ten" gives their own figure
 * back: its first figure is theirs). */
static size_t corrected_timeline(const Work *w, size_t s)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    if (!w->has_context)
        return SIZE_MAX;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    for (size_t i = sentence->first; i < end; i++) {
        size_t ours = figure_of_time(w, i, end);
        if (ours == SIZE_MAX || ours + 2 >= end || !an_norm_is(line, ours + 1, "not") ||
            an_key_in(w->context_keys, an_meaning_key(a, line, &line->tokens[i])))
            continue;
        size_t theirs = ours + 2;
        if (figure_of_time(w, theirs, end) != SIZE_MAX &&
            an_key_in(w->context_keys, an_meaning_key(a, line, &line->tokens[theirs])))
            return i;
    }
    return SIZE_MAX;
}

/* Feature: a seller-side subject opening a clause, then a feature verb. */
void an_decide_features(Work *w)
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
            bool strong = an_in_class(t, a->seller_subject);
            bool weak = !strong && an_in_class(t, a->thing_subject);
            if (!(strong || weak) || !an_clause_start(w, i))
                continue;
            if (an_sentence_has_kind(w, s, LEX_PURPOSE))
                break; /* "the goal today is to learn", "we help plants reduce stops": the call */
            if (w->seller_trouble[s])
                break; /* "our office has been chaos": the seller's trouble, not a feature */
            /* "Great, so the fall would work", "the week after next suits": a time agreed
             * for a step is no thing of ours */
            if (weak && i + 1 < end && an_in_class(&line->tokens[i + 1], a->when_word))
                continue;
            /* "Then the next step should really include Denise": the step asked for is
             * no thing of ours that does something */
            if (weak && i + 1 < end && an_in_hit_of(w, i + 1, LEX_NEXT_STEP))
                continue;
            /* after "the/our" a noun comes first; "we/it" may take the verb at once */
            size_t first_verb = an_in_class(t, a->pronoun_subject) ? i + 1 : i + 2;
            for (size_t v = i + 1; v < end && v <= i + (size_t)a->feature_window; v++) {
                const TxToken *verb = &line->tokens[v];
                if (verb->flags & TX_AFTER_COMMA)
                    break;
                if (an_in_class(verb, a->you) || (an_in_class(verb, a->me) && !an_in_class(verb, a->seller_subject)) ||
                    an_in_class(verb, a->clause_break))
                    break;
                if (v < first_verb || !an_in_class(verb, a->feature_verb) || an_past_tense(line, v) ||
                    last_of_a_time(line, v, end))
                    continue;
                /* "it's getting them on the phone", "give it a watch": a feature verb after an
                 * article is a noun ("our engineers phone your lead" keeps its verb) */
                if (an_norm_is(line, v - 1, "the") || an_norm_is(line, v - 1, "a") || an_norm_is(line, v - 1, "an"))
                    continue;
                /* "it's a lot to carry", "that must be hard to handle": the verb of a
                 * reflective phrase names their load, no feature */
                if (an_in_hit_of(w, v, LEX_REFLECTION))
                    break;
                /* "these deals won't last", "it just doesn't work": a verb denied with
                 * nothing after it says what does not happen, no feature */
                if (v > i + 1 && (v + 1 >= end || (line->tokens[v + 1].flags & TX_AFTER_COMMA)) &&
                    line->tokens[v - 1].norm_len == 3 && memcmp(tx_norm(line, &line->tokens[v - 1]), "not", 3) == 0)
                    break;
                if (an_in_class(verb, a->agree_verb) && (agrees_to_theirs(w, v, end) || agrees_to_a_step(w, i, v, end)))
                    break; /* "we can probably do that / a demo on Friday": agreeing, not a feature */
                /* "we could come out to the plant next week": a visit offered is part of an
                 * ask, not what the product does ("it comes with a sensor kit" states) */
                if ((an_norm_is(line, v, "come") || an_norm_is(line, v, "comes")) && v + 1 < end &&
                    !(line->tokens[v + 1].flags & TX_AFTER_COMMA) && an_in_class(&line->tokens[v + 1], a->visit_word))
                    break;
                /* "Each lost run - what's that worth?": a clause of a determiner, one word
                 * and a verb form is a noun phrase ("run", "fit" as nouns), no verb of a
                 * thing of ours ("it works." keeps its pronoun subject) */
                if (weak && !an_in_class(t, a->pronoun_subject) && v == i + 2 &&
                    (i == sentence->first || (t->flags & TX_AFTER_COMMA)) &&
                    (v + 1 >= end || (line->tokens[v + 1].flags & TX_AFTER_COMMA)))
                    break;
                /* "the person who has to be convinced is Denise", "it has to go to the board":
                 * "has to" is what must happen, no thing of ours that it has */
                if ((an_norm_is(line, v, "has") || an_norm_is(line, v, "have")) && v + 1 < end && an_norm_is(line, v + 1, "to"))
                    break;
                if (an_in_class(verb, a->possess_verb) && an_in_class(t, a->we_subject) && !we_have_thing(w, i, v, end))
                    break; /* "we have to", "we have a problem"; "ours have" and "the app has" state */
                bool theirs = false, ours = false;
                if (weak && w->has_context)
                    for (size_t k = i + 1; k < v; k++) {
                        if (!(line->tokens[k].flags & TX_STOP) &&
                            an_key_in(w->context_keys, an_meaning_key(a, line, &line->tokens[k])))
                            theirs = true; /* "the slow controller has...": the prospect's thing */
                        /* "the big difference is we don't...": their word, then ours doing it (r27) */
                        ours = ours || an_in_class(&line->tokens[k], a->seller_subject);
                    }
                if (theirs && !ours)
                    break;
                if (strong)
                    w->feature_strong[s] = true;
                else
                    w->feature_weak[s] = true;
                an_candidate_tokens(w, AN_FEATURE, strong ? "feature.seller_verb" : "feature.thing_verb", i, v);
                int items = list_items(w, v + 1, end, false, NULL, NULL);
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
        LexKind kind = an_hit_kind(w, hit);
        if ((kind != LEX_FEATURE && kind != LEX_TERM_FEATURE) || w->question[hit->sentence] != 0)
            continue;
        if (kind == LEX_TERM_FEATURE && names_our_company(w, hit))
            continue; /* "this is Chris from Uptime Analytics": the company's name */
        if (an_term_is_theirs(w, hit))
            continue; /* "So a dashboard nobody had time for": their word back */
        if (kind == LEX_FEATURE && lays_out_the_step(w, hit->sentence))
            continue; /* "I come out and walk Line 3..., and you get a reference plant": the step's content */
        w->feature_strong[hit->sentence] = true;
        an_candidate_hit(w, AN_FEATURE, hit);
        if (listed[hit->sentence] || (hit->sentence == counted_sentence && hit->start < counted_end))
            continue;
        /* a feature of ours that opens a list ("We've got drag-and-drop
         * scheduling, live GPS tracking, automated invoicing and a mobile
         * app": "A, B, C and D") counts its items, and the terms among them
         * not again; commas alone may part the words of one offer ("you'd
         * be dealing with me, from kickoff..., with my name on it") */
        size_t list_end = hit->end;
        int items = 1;
        if (kind == LEX_FEATURE) {
            const TxSentence *sentence = &line->sentences[hit->sentence];
            bool list = false;
            int counted = list_items(w, hit->end, (size_t)sentence->first + sentence->count, true, &list_end, &list);
            if (list)
                items = counted;
            else
                list_end = hit->end;
        }
        w->out->feature_count += items;
        if (hit->sentence != counted_sentence)
            counted_end = 0;
        counted_sentence = hit->sentence;
        counted_end = list_end > counted_end ? list_end : counted_end;
    }
    /* "quality, service and reliability" from our side */
    for (size_t s = 0; s < line->sentence_count; s++) {
        const TxSentence *sentence = &line->sentences[s];
        size_t trio = 0, ours = 0, first_trio = SIZE_MAX;
        for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++) {
            const TxToken *t = &line->tokens[i];
            /* a trio word in a name is no claim: "field service platform",
             * "service companies", "quality control" */
            bool compound = (i > sentence->first && an_in_class(&line->tokens[i - 1], a->trio_compound)) ||
                            (i + 1 < (size_t)sentence->first + sentence->count &&
                             an_in_class(&line->tokens[i + 1], a->trio_compound));
            if (an_in_class(t, a->empty_trio) && !compound) {
                trio++;
                if (first_trio == SIZE_MAX)
                    first_trio = i;
            }
            ours += an_in_class(t, a->seller_subject);
        }
        w->out->empty_trio_count += (int)trio;
        if (trio > 0 && ours > 0 && w->question[s] == 0 && !w->feature_strong[s]) {
            w->feature_strong[s] = true;
            an_candidate_tokens(w, AN_FEATURE, "feature.empty_claims", first_trio, first_trio);
            w->out->feature_count++;
        }
    }
}

/* "It's a really good bundle though - foil labels, trays, case barcodes and
 * the portal", "you'd love the trays, Peg - top quality, great service, really
 * reliable": after a dash, a list of three or more with no verb of its own
 * (no you, we, aux or modal), two of its words things we sell or empty claims
 * (sets.product_noun, sets.empty_trio) - one when the sentence before names
 * the thing ("a good package - ...") - following a sentence that pitches (a
 * word of praise, we / our, or a thing we sell): the pitcher's list of what
 * we sell. Not their own things listed back ("So the three things - the
 * labels, the trays and the cartons"). Returns the list's first token, or
 * SIZE_MAX. */
static size_t pitched_list(const Work *w, size_t s)
{
    static const char *const praise[] = {"good", "great", "love", "brilliant", "amazing", "best", "fantastic",
                                         "excellent", "lovely", "perfect", NULL};
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    if (s == 0)
        return SIZE_MAX;
    const TxSentence *lead = &line->sentences[s - 1], *list = &line->sentences[s];
    if (lead->question_mark || list->count < 4 || w->question[s - 1] != 0)
        return SIZE_MAX;
    if (!an_only_dash_between(line, lead, list))
        return SIZE_MAX;
    size_t first = list->first, end = first + list->count;
    size_t things = 0, commas = 0;
    bool and_last = false;
    for (size_t k = first; k < end; k++) {
        const TxToken *t = &line->tokens[k];
        if (an_in_class(t, a->you) || an_in_class(t, a->me) || an_in_class(t, a->aux) || an_in_class(t, a->modal))
            return SIZE_MAX;
        things += an_in_class(t, a->product_noun) || an_in_class(t, a->empty_trio);
        commas += (t->flags & TX_AFTER_COMMA) != 0;
        and_last = and_last || (commas >= 1 && an_norm_is(line, k, "and"));
    }
    if (things == 0 || commas + (and_last ? 1u : 0u) < 2)
        return SIZE_MAX;
    bool pitch = false, named = false; /* "a really good package - seat maps, gift vouchers and the app" */
    for (size_t k = lead->first; k < (size_t)lead->first + lead->count; k++) {
        pitch = pitch || an_norm_in(line, k, praise) || an_in_class(&line->tokens[k], a->seller_subject) ||
                an_in_class(&line->tokens[k], a->product_noun);
        named = named || an_in_class(&line->tokens[k], a->product_noun);
    }
    return pitch && (things >= 2 || named) ? first : SIZE_MAX;
}

/* What we sell named anywhere in a statement, or how long ours takes: after
 * the benefits, so a sentence they already read as a feature keeps its
 * evidence ("Our booking app is simple, you can change a slot": you_can). */
void an_decide_named_features(Work *w)
{
    const TxText *line = w->line;
    for (size_t s = 0; s < line->sentence_count; s++) {
        if (w->question[s] != 0 || w->feature_strong[s] || w->feature_weak[s] || w->seller_trouble[s] ||
            an_sentence_has_kind(w, s, LEX_PURPOSE))
            continue;
        size_t at = our_thing(w, s);
        const char *rule = "feature.our_thing";
        if (at == SIZE_MAX) {
            at = our_subject(w, s);
            rule = "feature.our_subject";
        }
        if (at == SIZE_MAX) {
            at = timeline_answer(w, s);
            rule = "feature.timeline";
        }
        if (at == SIZE_MAX) {
            at = corrected_timeline(w, s);
            rule = "feature.timeline";
        }
        if (at == SIZE_MAX) {
            at = pitched_list(w, s);
            rule = "feature.pitched_list";
        }
        if (at == SIZE_MAX)
            continue;
        w->feature_strong[s] = true;
        an_candidate_tokens(w, AN_FEATURE, rule, at, at + 1);
        w->out->feature_count++;
    }
}
