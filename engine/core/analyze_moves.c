/* analyze_moves: the seller's product talk in a line - features and
 * benefits (a feature bridged to what the prospect gets); the other moves
 * are analyze_asks (see analyze_internal.h). */
#include "analyze_internal.h"

#include <stdio.h>
#include <string.h>

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
        if (an_in_class(before, w->analyzer->conjunction))
            return true; /* "... any day and we can lock one in" */
        if (!an_in_class(before, w->analyzer->fillers))
            return false;
    }
    return true;
}


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
    if (((next->flags & TX_NUMBER) || an_in_class(next, w->analyzer->number_word)) && !(next->flags & TX_AFTER_COMMA))
        for (size_t k = verb + 2; k < end && k <= verb + 4 && !(line->tokens[k].flags & TX_AFTER_COMMA); k++)
            if (an_in_class(&line->tokens[k], w->analyzer->product_noun))
                return true;
    return (next->flags & (TX_STOP | TX_AFTER_COMMA | TX_NUMBER)) == 0 && !an_in_class(next, w->analyzer->number_word) &&
           !an_in_class(next, w->analyzer->you) && !past_tense(line, verb + 1);
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

/* "we can probably do that", "we can definitely do all of that": the verb
 * ends the sentence on a pointer back at their words, with only function
 * words between - agreeing to what they asked, not stating a feature ("we do
 * that, alerts go straight to the phone" goes on to state one). */
static bool agrees_to_theirs(const Work *w, size_t verb, size_t end)
{
    const TxText *line = w->line;
    bool pointer = false;
    for (size_t k = verb + 1; k < end; k++) {
        const TxToken *t = &line->tokens[k];
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
    for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++)
        if (an_in_class(&line->tokens[i], a->me) || an_in_class(&line->tokens[i], a->modal) ||
            an_in_class(&line->tokens[i], a->feature_verb))
            return false;
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
static bool norm_in(const TxText *line, size_t i, const char *const *words);

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
            while (verb + 1 < end && norm_in(line, verb, adverbs))
                verb++; /* "we can also / really / just ..." */
            if (norm_in(line, verb, not_provide))
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
        if (norm_in(line, k, mine))
            return SIZE_MAX; /* "our sales team keeps chasing me for numbers": about the seller */
    for (size_t i = sentence->first; i + 2 < end; i++) {
        if (!an_norm_is(line, i, "our") || !clause_start(w, i))
            continue;
        for (size_t k = i + 1; k < end && k <= i + 4; k++) {
            const TxToken *t = &line->tokens[k];
            if ((t->flags & TX_AFTER_COMMA) || an_in_class(t, a->you) || an_in_class(t, a->me) ||
                an_in_class(t, a->clause_break) || norm_in(line, k, not_ours))
                break;
            if (k < i + 2 || past_tense(line, k))
                continue; /* a noun first: "our planner", then its verb */
            const char *norm = tx_norm(line, t);
            size_t len = t->norm_len;
            bool verb = norm_in(line, k, be_do) || an_in_class(t, a->feature_verb) ||
                        (len >= 4 && norm[len - 1] == 's' && norm[len - 2] != 's' && !(t->flags & TX_STOP) &&
                         k + 1 < end && !(line->tokens[k + 1].flags & TX_AFTER_COMMA));
            /* "our engineers visit twice a year": a plural noun, then its verb */
            const TxToken *prev = &line->tokens[k - 1];
            const char *pnorm = tx_norm(line, prev);
            if (!verb && k + 1 < end && prev->norm_len >= 4 && pnorm[prev->norm_len - 1] == 's' &&
                pnorm[prev->norm_len - 2] != 's' && !(prev->flags & TX_STOP) && !(t->flags & (TX_STOP | TX_NUMBER)) &&
                !(line->tokens[k + 1].flags & TX_AFTER_COMMA) && !norm_in(line, k, fond))
                verb = true; /* not "our customers love it": praise that names nothing */
            /* "our team won't be available", "our office can't do Friday": what we cannot do
             * this week is our diary, no thing of ours */
            if (verb && k + 1 < end && an_norm_is(line, k + 1, "not") && !an_in_class(t, a->feature_verb))
                break;
            /* "our lawyers have to check it first": what must happen, no thing of ours; "our rep
             * will call you": an offer to be in touch */
            if (verb && k + 1 < end && (an_norm_is(line, k + 1, "to") || norm_in(line, k + 1, contact)))
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
            if (!(strong || weak) || !clause_start(w, i))
                continue;
            if (an_sentence_has_kind(w, s, LEX_PURPOSE))
                break; /* "the goal today is to learn", "we help plants reduce stops": the call */
            if (w->seller_trouble[s])
                break; /* "our office has been chaos": the seller's trouble, not a feature */
            /* after "the/our" a noun comes first; "we/it" may take the verb at once */
            size_t first_verb = an_in_class(t, a->pronoun_subject) ? i + 1 : i + 2;
            for (size_t v = i + 1; v < end && v <= i + (size_t)a->feature_window; v++) {
                const TxToken *verb = &line->tokens[v];
                if (verb->flags & TX_AFTER_COMMA)
                    break;
                if (an_in_class(verb, a->you) || (an_in_class(verb, a->me) && !an_in_class(verb, a->seller_subject)) ||
                    an_in_class(verb, a->clause_break))
                    break;
                if (v < first_verb || !an_in_class(verb, a->feature_verb) || past_tense(line, v) ||
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
                bool theirs = false;
                if (weak && w->has_context)
                    for (size_t k = i + 1; k < v; k++)
                        if (!(line->tokens[k].flags & TX_STOP) &&
                            an_key_in(w->context_keys, an_meaning_key(a, line, &line->tokens[k])))
                            theirs = true; /* "the slow controller has...": the prospect's thing */
                if (theirs)
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
        if (at == SIZE_MAX)
            continue;
        w->feature_strong[s] = true;
        an_candidate_tokens(w, AN_FEATURE, rule, at, at + 1);
        w->out->feature_count++;
    }
}

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
        if (let && us && !asks && clause_start(w, i))
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
        if (an_in_class(t, a->you) || an_in_class(t, a->modal) || an_in_class(t, a->outcome_word))
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
    while (i < bridge->start && an_in_class(&line->tokens[i], a->fillers))
        i++;
    if (i >= bridge->start || bridge->start - i < 3)
        return;
    const TxToken *subject = &line->tokens[i];
    bool strong = an_in_class(subject, a->seller_subject);
    if (!strong && !an_in_class(subject, a->thing_subject))
        return;
    for (size_t k = i; k < bridge->start; k++)
        if (an_in_class(&line->tokens[k], a->you) ||
            (an_in_class(&line->tokens[k], a->me) && !an_in_class(&line->tokens[k], a->seller_subject)))
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

static bool norm_in(const TxText *line, size_t i, const char *const *words);

/* "Sure, your dad can come too": someone of theirs asked along is an
 * invitation, no outcome; "we could really help you out there" offers help
 * and names nothing they would get ("helps you catch the two per cent" does) */
static bool invites_or_helps_vaguely(const Work *w, const LexHit *hit)
{
    static const char *const along[] = {"come", "join", "attend", "sit", "tag", "bring", "be", NULL};
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[hit->sentence];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t last = (size_t)hit->end - 1;
    if (an_norm_is(line, hit->start, "your") && an_in_class(&line->tokens[last], w->analyzer->modal) &&
        last + 1 < end && norm_in(line, last + 1, along))
        return !(an_norm_is(line, last + 1, "be") && last + 2 < end && !an_norm_is(line, last + 2, "there") &&
                 !an_norm_is(line, last + 2, "welcome"));
    for (size_t i = hit->start; i < hit->end; i++)
        if ((an_norm_is(line, i, "help") || an_norm_is(line, i, "helps")) && i + 1 < hit->end &&
            an_in_class(&line->tokens[i + 1], w->analyzer->you))
            return last + 1 >= end || an_norm_is(line, last + 1, "out") || an_norm_is(line, last + 1, "there") ||
                   an_norm_is(line, last + 1, "here");
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
        told = told || ((past_tense(line, i) || norm_in(line, i, past)) &&
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
        if (!norm_in(line, k, tail))
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

static bool norm_in(const TxText *line, size_t i, const char *const *words)
{
    for (; *words != NULL; words++)
        if (an_norm_is(line, i, *words))
            return true;
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
    if (an_norm_is(line, v, "never") && v + 1 < end && !past_tense(line, v + 1))
        return false; /* "so you never lose a batch" */
    if (an_norm_is(line, v, "never"))
        v++;
    if (past_tense(line, v) || norm_in(line, v, past))
        return true;
    return norm_in(line, v, state) && !w->feature_strong[hit->sentence] && !w->feature_weak[hit->sentence] &&
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
            return i - 1 > first && (norm_in(line, i - 2, finding_out) ||
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
    if (opener + 2 >= end || !norm_in(line, opener, conditions) ||
        !an_in_class(&line->tokens[opener + 1], a->seller_subject))
        return;
    size_t comma = SIZE_MAX;
    for (size_t v = opener + 2; v < end && v <= opener + 1 + (size_t)a->feature_window; v++) {
        if (line->tokens[v].flags & TX_AFTER_COMMA)
            break;
        /* "if we fixed your rate": a past verb just after "if we" is hypothetical */
        bool if_past = v == opener + 2 && an_norm_is(line, opener, "if") && past_tense(line, v);
        if (if_past || (an_in_class(&line->tokens[v], a->feature_verb) && !an_in_class(&line->tokens[v], a->possess_verb) &&
                        !an_in_class(&line->tokens[v], a->agree_verb) && !past_tense(line, v))) {
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
                  !proposed_before(w, hit) && !so_you_their_state(w, hit) && !lead_in_to_question(w, hit);

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
}
