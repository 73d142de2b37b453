/* analyze_agree: what agrees with the prospect's line without giving anything
 * of theirs back - their fact with a verdict ("Eleven days is a long close"),
 * their figure and then a verdict after a comma ("Four weeks from Monday, so
 * the clock's real"), sympathy alone ("that sounds rough"). The context
 * deciders (analyze_context.c) keep such a line from being a reflection
 * (docs/labels.md, "The prospect's fact with a verdict"); and the nods
 * before a comma ("Makes sense, ...", "Got it, ...") and "happy to ..."
 * taking up their ask, which give nothing of theirs back either. */
#include "analyze_internal.h"

/* One of verdict (a judgement word on a fact: "long", "a lot", "really
 * tight") at token *i, after any softeners ("a", "so", "really"...), which *i
 * is moved past. */
static bool verdict_at(const TxText *line, size_t *i, size_t end, const char *const *verdict, size_t count)
{
    static const char *const softeners[] = {"a", "an", "so", "really", "pretty", "quite", "very", "such", "super", "seriously"};
    for (bool soft = true; *i < end && soft;) {
        soft = false;
        for (size_t k = 0; k < sizeof softeners / sizeof softeners[0] && !soft; k++)
            soft = an_norm_is(line, *i, softeners[k]);
        *i += soft;
    }
    for (size_t k = 0; *i < end && k < count; k++)
        if (an_norm_is(line, *i, verdict[k]))
            return true;
    return false;
}

/* Whether sentence s gives their fact back with a verdict and nothing more:
 * "Eleven days is a long close", "400 is a lot", "twelve techs is really
 * tight" - the fact, a copula, then a judgement word and at most two words
 * (docs/labels.md, "The prospect's fact with a verdict": agreeing, no
 * reflection; "so the close is where AP takes the blame" adds their point). */
bool an_fact_with_a_verdict(const Work *w, size_t s)
{
    static const char *const verdict[] = {"long", "lot", "big", "huge", "tight", "massive", "short", "small", "steep",
                                          "heavy", "serious", "crazy", "insane", "wild", "high", "low", "slow", "large"};
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t first = sentence->first, end = first + sentence->count;
    size_t copula = SIZE_MAX;
    for (size_t i = first + 1; i < end && copula == SIZE_MAX; i++)
        if (an_norm_is(line, i, "is") || an_norm_is(line, i, "are") || an_norm_is(line, i, "was") ||
            an_norm_is(line, i, "were"))
            copula = i;
    if (copula == SIZE_MAX)
        return false;
    for (size_t k = first + 1; k <= copula; k++)
        if (line->tokens[k].flags & TX_AFTER_COMMA)
            return false; /* "Glad to hear the kitchen's full, six thousand red labels is a big run" */
    size_t i = copula + 1;
    bool judged = verdict_at(line, &i, end, verdict, sizeof verdict / sizeof verdict[0]);
    /* "that's a lot of upheaval" names what it did to them */
    return judged && end - (i + 1) <= 2 && !(i + 1 < end && an_norm_is(line, i + 1, "of"));
}

/* Whether sentence s gives their figure back and then, after a comma, only a
 * verdict on it: "Four weeks from Monday, so the clock's real", "Six people for
 * forty branches, thats tight", "Wow, five months, that's rough" - a phrase of
 * their figure with no verb of its own, then "(so) that|it|the X is" and a
 * judgement word ending it ("...that's a long wait"; "that's a real legacy" names
 * what it is to them, "that's brutal" how it felt) (docs/labels.md, "The prospect's
 * fact with a verdict": agreeing). "Two days not knowing, that's scary" (how it
 * is for them) and "Nights until April and a baby in May, that's a lot landing
 * at once" (two facts put together, what they add up to) still reflect. */
static bool figure_then_a_verdict_in(const Work *w, size_t first, size_t c, size_t end);
static bool joined_by_comma(const Work *w, size_t s)
{
    const TxText *line = w->line;
    if (s + 1 >= line->sentence_count)
        return false;
    bool comma = false;
    for (size_t b = line->sentences[s].src_end; b < line->sentences[s + 1].src_start; b++) {
        char ch = line->source[b];
        if (ch == '.' || ch == '?' || ch == '!' || ch == '-')
            return false;
        comma = comma || ch == ',';
    }
    return comma;
}
bool an_figure_then_a_verdict(const Work *w, size_t s)
{
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t first = sentence->first, end = first + sentence->count;
    for (size_t i = first + 1; i < end; i++)
        if ((line->tokens[i].flags & TX_AFTER_COMMA) && figure_then_a_verdict_in(w, first, i, end))
            return true;
    /* "Four weeks from Monday, | so the clock's real": the comma ended a clause */
    if (joined_by_comma(w, s) &&
        figure_then_a_verdict_in(w, first, end, (size_t)line->sentences[s + 1].first + line->sentences[s + 1].count))
        return true;
    if (s > 0 && joined_by_comma(w, s - 1)) {
        const TxSentence *before = &line->sentences[s - 1];
        if (figure_then_a_verdict_in(w, before->first, first, end))
            return true;
        /* "Wow, | five months, | that's rough" */
        for (size_t i = (size_t)before->first + 1; i < first; i++)
            if ((line->tokens[i].flags & TX_AFTER_COMMA) && figure_then_a_verdict_in(w, i, first, end))
                return true;
    }
    return false;
}
/* the figure [first, c), the verdict [c, end) */
static bool figure_then_a_verdict_in(const Work *w, size_t first, size_t c, size_t end)
{
    static const char *const verdict[] = {"long", "lot", "big", "huge", "tight", "massive", "short", "small", "steep",
                                          "heavy", "serious", "crazy", "insane", "wild", "high", "low", "slow", "large",
                                          "rough", "tough", "hard", "real", "firm", "fixed", "clear"};
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    /* the figure: a number and at most three more words, no copula, "and" or "not" */
    size_t words = 0;
    bool number = false;
    for (size_t i = first; i < c; i++) {
        const TxToken *t = &line->tokens[i];
        if (an_in_class(t, a->fillers))
            continue;
        if (an_norm_is(line, i, "is") || an_norm_is(line, i, "are") || an_norm_is(line, i, "was") ||
            an_norm_is(line, i, "were") || an_norm_is(line, i, "and") || an_norm_is(line, i, "not") ||
            an_in_class(t, a->you) || an_in_class(t, a->me))
            return false;
        number = number || (t->flags & TX_NUMBER) != 0 || an_in_class(t, a->number_word);
        words++;
    }
    if (!number || words > 5)
        return false;
    size_t i = c;
    /* "Four weeks, okay, at least that's a firm line": a nod and "at least" lead to the verdict */
    while (i < end && an_in_class(&line->tokens[i], a->fillers))
        i++;
    if (i + 1 < end && an_norm_is(line, i, "at") && an_norm_is(line, i + 1, "least"))
        i += 2;
    if (i < end && an_norm_is(line, i, "so"))
        i++;
    if (i < end && (an_norm_is(line, i, "that") || an_norm_is(line, i, "thats") || an_norm_is(line, i, "it") ||
                    an_norm_is(line, i, "this")))
        i++;
    else if (i + 1 < end && an_norm_is(line, i, "the"))
        i += 2;
    else
        return false;
    /* "the clock's": the copula typed onto its subject */
    const TxToken *subject = &line->tokens[i - 1];
    bool contracted = subject->src_end >= 2 && (line->source[subject->src_end - 1] == 's' || line->source[subject->src_end - 1] == 'S') &&
                      (line->source[subject->src_end - 2] == '\'' || (unsigned char)line->source[subject->src_end - 2] == 0x99);
    if (i < end && (an_norm_is(line, i, "is") || an_norm_is(line, i, "was") || an_norm_is(line, i, "are")))
        i++;
    else if (!an_norm_is(line, i - 1, "thats") && !contracted)
        return false;
    bool judged = verdict_at(line, &i, end, verdict, sizeof verdict / sizeof verdict[0]);
    /* "that's a real legacy", "that's a lot of upheaval" name what it is to them */
    return judged && (i + 1 == end || (i + 2 == end && (an_norm_is(line, i + 1, "time") || an_norm_is(line, i + 1, "one") ||
                                                        an_norm_is(line, i + 1, "wait") || an_norm_is(line, i + 1, "stretch") ||
                                                        an_norm_is(line, i + 1, "line") || an_norm_is(line, i + 1, "deadline") ||
                                                        an_norm_is(line, i + 1, "date"))));
}

/* Whether sentence s only sympathises: "wow, that sounds rough", "that must
 * be tough" - a verdict word on what happened ends a short sentence with no
 * word of theirs in it. A feeling of theirs named ("that must be
 * frustrating") or their point before it ("Sundays with a shoebox, that's
 * rough") gives something of theirs back. */
bool an_sympathy_only(const Work *w, size_t s)
{
    static const char *const verdict[] = {"rough", "tough", "hard", "brutal", "awful", "horrible", "terrible", "harsh",
                                          "grim"};
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    if (w->overlap[s] > 0 || sentence->count == 0)
        return false;
    if (s > 0 && w->overlap[s - 1] > 0 && w->question[s - 1] == 0 &&
        an_only_dash_between(line, &line->sentences[s - 1], sentence))
        return false; /* "Called in on a Sunday again - that sounds rough": their point, then the verdict */
    bool last_is_verdict = false;
    for (size_t v = 0; v < sizeof verdict / sizeof verdict[0] && !last_is_verdict; v++)
        last_is_verdict = an_norm_is(line, end - 1, verdict[v]);
    if (!last_is_verdict)
        return false;
    size_t words = 0;
    for (size_t i = sentence->first; i + 1 < end; i++) {
        if (an_in_class(&line->tokens[i], w->analyzer->feelings))
            return false; /* "that sounds stressful and hard" names one */
        words += !an_in_class(&line->tokens[i], w->analyzer->fillers);
    }
    return words <= 4; /* "that sounds really rough", "this must be pretty tough" */
}

/* "Makes sense, the two of you at the kitchen table": where the words after an
 * opening "makes sense," start (else the sentence's first word) */
size_t an_after_a_nod(const Work *w, size_t s)
{
    const TxText *line = w->line;
    const TxSentence *sentence = &line->sentences[s];
    size_t end = (size_t)sentence->first + sentence->count;
    size_t opener = an_after_fillers(w, sentence->first, end);
    if (opener + 2 < end && (an_norm_is(line, opener, "makes") || an_norm_is(line, opener, "make")) &&
        an_norm_is(line, opener + 1, "sense") && (line->tokens[opener + 2].flags & TX_AFTER_COMMA))
        return opener + 2;
    return sentence->first;
}

/* "Got it,", "Makes sense,", "Ouch,": the words before a comma are only a nod */
bool an_nod_before(const Work *w, size_t from, size_t comma)
{
    const TxText *line = w->line;
    const Analyzer *a = w->analyzer;
    for (size_t i = from; i < comma; i++)
        if (!an_in_class(&line->tokens[i], a->fillers) && !an_norm_is(line, i, "got") && !an_norm_is(line, i, "it") &&
            !an_norm_is(line, i, "makes") && !an_norm_is(line, i, "sense") && !an_norm_is(line, i, "fair") &&
            !an_norm_is(line, i, "enough") && !an_norm_is(line, i, "see") && !an_norm_is(line, i, "i"))
            return false;
    return true;
}

/* "Morning Peg, happy to put that straight through", "Happy to go through
 * your list": "(I'm) happy|glad|pleased to" in the nod that opens a sentence
 * (from opener up to its first comma) takes up their ask or their agenda - our
 * answer, not their point given back ("glad to hear the jars are selling"
 * greets their news and may restate it). */
bool an_takes_up_their_ask(const Work *w, size_t opener, size_t end)
{
    const TxText *line = w->line;
    bool nod_end = false;
    for (size_t i = opener; i < end && i <= opener + 4 && !nod_end; i++) {
        if (i > opener && !(line->tokens[i].flags & TX_AFTER_COMMA))
            continue;
        nod_end = i > opener; /* the first comma closes the nod */
        if (i + 2 < end &&
            (an_norm_is(line, i, "happy") || an_norm_is(line, i, "glad") || an_norm_is(line, i, "pleased")) &&
            an_norm_is(line, i + 1, "to") && !an_norm_is(line, i + 2, "hear") && !an_norm_is(line, i + 2, "see") &&
            !an_norm_is(line, i + 2, "know") && !an_norm_is(line, i + 2, "read"))
            return true;
    }
    return false;
}

/* "Sunday nights at the kitchen table - what's going on at that table?":
 * a phrase with no verb, every content word of it one they typed (in any
 * order), set before our question, names what the question is about - an
 * echo that leads in, not their point in words of ours (docs/labels.md,
 * not "echoing"). "AP's taking the blame" turns their words round with a
 * verb of its own and may restate. */
bool an_their_phrase_leads_in(const Work *w, size_t s, size_t from)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line;
    if (s + 1 >= line->sentence_count || w->question[s + 1] == 0)
        return false;
    size_t end = (size_t)line->sentences[s].first + line->sentences[s].count;
    for (size_t i = from; i < end; i++) {
        const TxToken *t = &line->tokens[i];
        if (an_in_class(t, a->aux) || an_in_class(t, a->modal) || (t->flags & TX_DROPPED_S))
            return false;
        if ((t->flags & (TX_STOP | TX_NUMBER)) || an_in_class(t, a->fillers))
            continue;
        if (an_context_position(w, t) == SIZE_MAX)
            return false;
    }
    return true;
}

/* "Selling early is the one that surprised me", "the folder struck me":
 * which of their points moved us - our reaction, told before we ask about
 * it, not their point given back in words of ours. */
bool an_tells_our_reaction(const Work *w, size_t s)
{
    static const char *const moved[] = {"surprised", "surprises", "struck", "strikes", "intrigued", "intrigues",
                                        "interested", "interests", "caught", "catches", NULL};
    static const char *const out[] = {"stood", "stands", "jumped", "jumps", NULL};
    const TxText *line = w->line;
    size_t first = line->sentences[s].first, end = first + line->sentences[s].count;
    for (size_t i = first; i + 1 < end; i++) {
        if (an_norm_in(line, i, moved) && (an_norm_is(line, i + 1, "me") || an_norm_is(line, i + 1, "us")))
            return true;
        if (i + 3 < end && an_norm_in(line, i, out) && an_norm_is(line, i + 1, "out") &&
            (an_norm_is(line, i + 2, "to") || an_norm_is(line, i + 2, "at")) &&
            (an_norm_is(line, i + 3, "me") || an_norm_is(line, i + 3, "us")))
            return true;
    }
    return false;
}
