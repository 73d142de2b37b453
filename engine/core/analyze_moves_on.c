/* analyze_moves_on: a question that takes the prospect's answer as a bridge
 * to another part of discovery, which is no probe (docs/labels.md, "Building
 * on the answer, or moving on from it"). The probe decider
 * (analyze_context.c) asks an_moves_on and an_moves_to_the_present before it
 * looks for shared words. */
#include "analyze_internal.h"

/* docs/labels.md, building on the answer or moving on from it: a question
 * that takes their answer as a bridge to another part of discovery - here the
 * timing (the lexicon's moves_on rules) - is a plain question, even when it
 * shares a word with their line ("timing" after "eleven times", a chance
 * stem) or follows a remark that echoes them ("So this is about... What's the
 * timing on the purchase?"). A follow-up cue of its own keeps it a probe
 * ("what's the timing on that?"), and so does asking why or how it feels.
 * What someone must see (moves_on.must_see) is a bridge only about someone
 * their line names as where the matter goes (must_see_of_someone_it_goes_to).
 * Who decides, who else gets a say, how the decision gets made
 * (moves_on.who_decides) is a bridge too: r22-r27 label none of 94 such lines
 * a probe (tests/eval/settle_hard_cases.py). Not (yet) how it is done today
 * ("how do addresses get to the techs today?"): r2-r21 call it a probe and
 * the Hard-case sets have not settled it. */
/* "it has to be on my director's desk", "it lands on Sam's plate": "on" before
 * the person's possessive is where the matter goes too, as "to" is ("on my
 * director's mind" tells a stance, so the thing it lands on must follow:
 * desk, plate, table). */
static bool lands_on_their_desk(const TxText *context, size_t on, size_t name)
{
    static const char *const place[] = {"desk", "plate", "table", NULL};
    if (!(an_norm_is(context, on, "on") || an_norm_is(context, on, "onto") || an_norm_is(context, on, "across")))
        return false;
    for (size_t k = name + 1; k < context->token_count && k <= name + 2; k++)
        if (an_norm_in(context, k, place))
            return true;
    return false;
}

/* "What would the ops director need to see to approve a fix?" after "I'm the one
 * explaining that to the ops director": whether the person a must-see question
 * asks about (the words between "would" and "need") is named in their line, and
 * only where the matter goes to them ("to / for / with the ops director"), no
 * stance of theirs told - then the question moves on to the decision. "What
 * would he need to see?" (a pronoun for who they just spoke of), "what would you
 * need to see?" and a person they told of ("Raj has to want it") are left to
 * the other rules (r22-r25: the play-testers' probe when the answer told of that
 * person's doubts). */
static bool must_see_of_someone_it_goes_to(const Work *w, const LexHit *hit)
{
    const Analyzer *a = w->analyzer;
    const TxText *line = w->line, *context = w->context_text;
    if (context == NULL)
        return false;
    size_t named = 0, routed = 0;
    for (size_t i = (size_t)hit->start + 2; i + 1 < hit->end; i++) {
        const TxToken *t = &line->tokens[i];
        if (an_norm_is(line, i, "need") || an_norm_is(line, i, "needs") || an_norm_is(line, i, "want") ||
            an_norm_is(line, i, "wants"))
            break;
        if ((t->flags & TX_STOP) || an_in_class(t, a->you) || an_in_class(t, a->me) ||
            an_in_class(t, a->person_pronoun))
            continue; /* "your ops director"; "what would you / he need" names nobody */
        size_t at = an_context_position(w, t);
        if (at == SIZE_MAX)
            return false; /* "what would Denise need to see" after "she'll say no": not named */
        named++;
        /* back over the name and its article: "to (the) (ops) director", "to Sam" */
        size_t k = at;
        while (k > context->sentences[context->tokens[at].sentence].first && k + 3 > at &&
               !(context->tokens[k - 1].flags & TX_STOP))
            k--;
        if (k > 0 && (an_norm_is(context, k - 1, "the") || an_norm_is(context, k - 1, "our") ||
                      an_norm_is(context, k - 1, "my")))
            k--;
        routed += k > 0 && (an_norm_is(context, k - 1, "to") || an_norm_is(context, k - 1, "for") ||
                            an_norm_is(context, k - 1, "with") || an_norm_is(context, k - 1, "past") ||
                            lands_on_their_desk(context, k - 1, at));
    }
    return named > 0 && routed == named;
}

/* "What would Sam need to see to put it on his desk?": a person pronoun after
 * a must-see bridge about someone their line routes the matter to points at
 * that someone, named in the question itself, not back at their words - so
 * it is no follow-up cue, unless another cue in the sentence is one. */
static bool cue_is_the_one_named(const Work *w, size_t s, const LexHit *cue, const LexHit *must_see)
{
    const Analyzer *a = w->analyzer;
    if (must_see == NULL || cue->start < must_see->end || cue->end != cue->start + 1 ||
        !an_in_class(&w->line->tokens[cue->start], a->person_pronoun))
        return false;
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
        const LexHit *other = &w->hits->hits[h];
        if (other != cue && an_hit_kind(w, other) == LEX_PROBE && other->start >= must_see->start &&
            !(other->end == other->start + 1 && an_in_class(&w->line->tokens[other->start], a->person_pronoun)))
            return false; /* "...what would Sam need to see when that happens?" */
    }
    return true;
}

/* Whether sentence s holds a who-decides bridge (moves_on.who_decides). */
static bool asks_who_decides(const Work *w, size_t s)
{
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++)
        if ((int)w->hits->hits[h].rule == w->analyzer->rule_who_decides)
            return true;
    return false;
}

bool an_moves_on(const Work *w, size_t s, const LexHit *cue)
{
    const Analyzer *a = w->analyzer;
    /* "who else would be involved in deciding, and how does that usually
     * work?": the clause typed on to a who-decides question points at the
     * decision, and asks how it is made */
    bool who_decides = s > 0 && an_joined_to_previous(w, s) && asks_who_decides(w, s - 1);
    if (!who_decides && !an_sentence_has_kind(w, s, LEX_MOVES_ON))
        return false;
    const LexHit *must_see = NULL;
    who_decides = who_decides || asks_who_decides(w, s);
    for (size_t h = w->hits_from[s]; h < w->hits_from[s + 1]; h++) {
        if ((int)w->hits->hits[h].rule != a->rule_must_see)
            continue;
        if (!must_see_of_someone_it_goes_to(w, &w->hits->hits[h]))
            return false;
        must_see = &w->hits->hits[h];
    }
    /* "how does she fit into the decision?", "how does it usually get made?":
     * who decides asks where the person or matter they pointed at stands in
     * the decision - a pointer back is no dig there (r27: no probe) */
    if (cue != NULL && !who_decides && !cue_is_the_one_named(w, s, cue, must_see))
        return false; /* "how do you chase them at the moment": "them" points at their words */
    const TxSentence *sentence = &w->line->sentences[s];
    for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count; i++)
        if (an_norm_is(w->line, i, "why") || an_in_class(&w->line->tokens[i], a->feelings))
            return false; /* "how are you feeling about it today?" asks how it feels */
    return true;
}

/* "So the warnings landed where nobody could act on them. When Line 3 stops
 * today, what does each stop cost you?" after their story of the last vendor,
 * told all in the past ("stuck sensors on, sent us a dashboard and left"):
 * a question set today, with no cue pointing back, leaves their story for the
 * trouble as it is now - it moves on from what the answer said (docs/labels.md,
 * "Building on the answer, or moving on from it"). Trouble they tell as going
 * on ("it stops twice a week", "I got called in again") is what the same
 * question digs into: any word of the present or of a habit in their line
 * keeps it a probe. */
bool an_moves_to_the_present(const Work *w, size_t s)
{
    static const char *const now[] = {"today", "now", "nowadays", "currently", NULL};
    static const char *const ongoing[] = {"is", "are", "am", "do", "does", "has", "have", "can", "will", "now",
                                          "today", "still", "lately", "always", "usually", "often", "every",
                                          "each", "twice", "again", "keeps", "keep", "anymore", "currently",
                                          "nowadays", NULL};
    const TxText *line = w->line, *context = w->context_text;
    if (context == NULL)
        return false;
    const TxSentence *sentence = &line->sentences[s];
    bool today = false;
    for (size_t i = sentence->first; i < (size_t)sentence->first + sentence->count && !today; i++)
        today = an_norm_in(line, i, now);
    if (!today)
        return false;
    bool past = false;
    for (size_t k = 0; k < context->token_count; k++) {
        if (an_norm_in(context, k, ongoing))
            return false;
        past = past || an_past_tense(context, k);
    }
    return past;
}
