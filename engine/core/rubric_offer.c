/* rubric_offer: the two skills about what the trainee offers and asks for -
 * benefits and the next step -, each one pass over a session's turns that
 * adds its reasons (docs/rubric.md). The thresholds are the rubric's judgement calls. */
#include "rubric.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rubric_internal.h"

/* An earned ask: ASK_BASE points, plus up to ASK_EARNED_EXTRA by the share
 * of the scenario's targets uncovered before it. */
enum { ASK_BASE = 30, ASK_EARNED_EXTRA = 20 };
/* An earned ask that never names a day, a time or a week ("a demo
 * sometime") takes this much less of ASK_BASE. */
enum { ASK_DAYLESS = 10 };
/* Specific next steps: a day or a time, a week, a person or deliverable only. */
enum { SPECIFIC_DAY = 20, SPECIFIC_WEEK = 10, SPECIFIC_OTHER = 5 };
enum { QUOTE_BYTES = 48 };
/* Content words a product line shares with the prospect line that revealed
 * a target: two tie a benefit to it ("your payment stays the same every
 * month"); one is enough for a feature to fit it ("predictive alerts on the
 * bearings" after line 3's bearings). */
enum { LINK_TIED_WORDS = 2, LINK_FITS_WORDS = 1 };

/* True when the clause that holds the line's benefit is a question ("what
 * would it give you?"); a line of one clause, when the line is one. */
static bool benefit_asked(const RubTurn *turn)
{
    const AnResult *a = &turn->analysis;
    unsigned asked = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION) | AN_BIT(AN_PROBE);
    for (size_t e = 0; e < a->evidence_count && e < AN_MAX_EVIDENCE; e++)
        if (a->evidence[e].label == AN_BENEFIT && a->evidence[e].clause >= 0 &&
            (size_t)a->evidence[e].clause < a->clause_count && a->clause_count > 1)
            return (a->clauses[a->evidence[e].clause].labels & asked) != 0;
    return rub_is_question(turn);
}

/* True when a benefit line states an outcome for the prospect, not only a
 * bridge phrase: the benefit is not put as a question ("what would it mean
 * for you?"), and the line names one of the scenario's outcomes, links to
 * something the prospect said, or its benefit wording goes on past the
 * bridge ("you'd get X" with X a feature is not an outcome). */
bool rub_states_outcome(const RubTurn *turn, bool linked)
{
    if (!rub_has(turn, AN_BENEFIT))
        return false;
    /* a question with no product in it asks about their world ("you said it
     * gives you grey hair: what happens then?"); it states no outcome */
    if (benefit_asked(turn) && !rub_has(turn, AN_FEATURE) && !linked)
        return false;
    const AnResult *a = &turn->analysis;
    int clause = -1;
    for (size_t e = 0; e < a->evidence_count && e < AN_MAX_EVIDENCE; e++)
        if (a->evidence[e].label == AN_BENEFIT) {
            clause = a->evidence[e].clause;
            break;
        }
    if (clause >= 0 && (size_t)clause < a->clause_count) {
        unsigned asked = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION) | AN_BIT(AN_PROBE);
        if ((a->clauses[clause].labels & asked) != 0 && (a->clauses[clause].labels & AN_BIT(AN_FEATURE)) == 0)
            return false;
    }
    if (linked || a->term_hits[AN_TERM_OUTCOME][0] >= 0)
        return true;
    /* a bare "you get / gives you" followed by a feature and nothing else */
    bool feature_only = a->term_hits[AN_TERM_FEATURE][0] >= 0 && a->feature_count >= 1 &&
                        (a->labels & AN_BIT(AN_FEATURE)) != 0;
    size_t length = 0;
    const char *text = rub_clause_text(turn, clause, &length);
    int words = 0;
    bool in_word = false;
    for (size_t i = 0; i < length; i++) {
        bool letter = isalpha((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80;
        if (letter && !in_word)
            words++;
        in_word = letter;
    }
    /* an outcome takes words: "so your lines keep running" */
    return !(feature_only && words <= 8);
}

/* Talk about the product or what it does for them; a question about their
 * world that happens to say "gives you" is not, but a benefit stated before
 * an ask is ("...so his team stops chasing them. Shall we book Friday?"). */
static bool product_talk(const RubTurn *turn)
{
    return rub_has(turn, AN_FEATURE) || (rub_has(turn, AN_BENEFIT) && !benefit_asked(turn));
}

/* The words of a line that say what the prospect gets: from its first
 * benefit words on when the line also pitches a feature ("Our app sends the
 * techs the address, [so that wouldn't happen]"), else the whole line. */
static const char *outcome_words(const RubTurn *turn)
{
    const AnResult *a = &turn->analysis;
    if (turn->text == NULL || !rub_has(turn, AN_FEATURE) || !rub_has(turn, AN_BENEFIT))
        return turn->text != NULL ? turn->text : "";
    const char *first = NULL;
    for (size_t e = 0; e < a->evidence_count && e < AN_MAX_EVIDENCE; e++) {
        if (a->evidence[e].label != AN_BENEFIT || a->evidence[e].match[0] == '\0')
            continue;
        const char *at = strstr(turn->text, a->evidence[e].match);
        if (at != NULL && (first == NULL || at < first))
            first = at;
    }
    return first != NULL ? first : turn->text;
}

/* The outcome words of a line (outcome_words), lowered into out, less the
 * questions after them that hold no benefit words: "With us you get one
 * project manager for the whole rollout. Did those five months cost you a
 * lot?" gives their five months back in a question, not in what they get,
 * and ties nothing of theirs. */
static void outcome_copy(const RubTurn *turn, Lowered *out)
{
    const AnResult *a = &turn->analysis;
    const char *text = outcome_words(turn);
    size_t o = 0;
    for (const char *start = text; *start != '\0' && o + 1 < sizeof out->text;) {
        const char *end = start;
        while (*end != '\0' && !((*end == '.' || *end == '?' || *end == '!') && (end[1] == '\0' || end[1] == ' ')))
            end++;
        if (*end != '\0')
            end++;
        bool asks = end > start && end[-1] == '?', benefit = false;
        for (size_t e = 0; asks && e < a->evidence_count && e < AN_MAX_EVIDENCE && !benefit; e++) {
            const char *at = a->evidence[e].label == AN_BENEFIT && a->evidence[e].match[0] != '\0'
                                 ? strstr(start, a->evidence[e].match)
                                 : NULL;
            benefit = at != NULL && at < end;
        }
        if (!asks || benefit) {
            size_t n = (size_t)(end - start);
            if (n > sizeof out->text - 1 - o)
                n = sizeof out->text - 1 - o;
            memcpy(out->text + o, start, n);
            o += n;
        }
        start = end;
    }
    out->text[o] = '\0';
    rub_lower_copy(out->text, out->text, sizeof out->text);
}

/* True when a line's benefit words are all "you get / you can / with us"
 * leads (benefit.you_get, benefit.bridge_opening) and it names none of the
 * scenario's outcomes: what it gets may be only a feature. */
static bool benefit_words_only_lead(const RubTurn *turn)
{
    const AnResult *a = &turn->analysis;
    if (a->term_hits[AN_TERM_OUTCOME][0] >= 0 || turn->text == NULL)
        return false;
    for (size_t e = 0; e < a->evidence_count && e < AN_MAX_EVIDENCE; e++)
        if (a->evidence[e].label == AN_BENEFIT && strcmp(a->evidence[e].rule, "benefit.you_get") != 0 &&
            strcmp(a->evidence[e].rule, "benefit.bridge_opening") != 0)
            return false;
    return true;
}

/* True when a benefit line's benefit words only lead into its list of
 * features: "you get / you can / with us" (no bridge to an outcome, no
 * outcome of the scenario's) in the sentence that names the features ("You
 * get drag-and-drop scheduling, live GPS tracking..."; "our fix locks your
 * rate, comes with free valuation, and you can overpay 10% a year"). */
static bool benefit_leads_list(const RubTurn *turn)
{
    const AnResult *a = &turn->analysis;
    if (!benefit_words_only_lead(turn))
        return false;
    const char *first = NULL;
    for (size_t e = 0; e < a->evidence_count && e < AN_MAX_EVIDENCE; e++) {
        if (a->evidence[e].label != AN_BENEFIT)
            continue;
        const char *at = a->evidence[e].match[0] != '\0' ? strstr(turn->text, a->evidence[e].match) : NULL;
        if (at != NULL && (first == NULL || at < first))
            first = at;
    }
    if (first == NULL)
        return false;
    /* the sentence that holds the benefit words */
    const char *start = first, *end = first;
    while (start > turn->text && !((start[-1] == '.' || start[-1] == '?' || start[-1] == '!') && start[0] == ' '))
        start--;
    while (*end != '\0' && !((*end == '.' || *end == '?' || *end == '!') && (end[1] == '\0' || end[1] == ' ')))
        end++;
    for (size_t e = 0; e < a->evidence_count && e < AN_MAX_EVIDENCE; e++) {
        if (a->evidence[e].label != AN_FEATURE || a->evidence[e].match[0] == '\0')
            continue;
        const char *at = strstr(start, a->evidence[e].match);
        if (at != NULL && at < end)
            return true;
    }
    return false;
}

/* True when a benefit line's benefit words are only "you get / with us"
 * (no bridge to an outcome, no outcome of the scenario's) and a feature
 * follows them as what is got: "With us you get [one project manager for
 * the whole rollout]". "With our trays your jars would really pop" says
 * what they get; "...you get one person, so you tell your story once"
 * bridges to it. */
static bool benefit_names_feature(const RubTurn *turn)
{
    const AnResult *a = &turn->analysis;
    if (!benefit_words_only_lead(turn))
        return false;
    bool named = false;
    for (size_t e = 0; e < a->evidence_count && e < AN_MAX_EVIDENCE && !named; e++) {
        if (a->evidence[e].label != AN_BENEFIT)
            continue;
        const char *at = a->evidence[e].match[0] != '\0' ? strstr(turn->text, a->evidence[e].match) : NULL;
        if (at == NULL)
            continue;
        const char *after = at + strlen(a->evidence[e].match);
        while (*after == ' ')
            after++;
        /* the feature right after them, or read from where they start
         * ("With us you get a dedicated onboarding manager") */
        for (size_t f = 0; f < a->evidence_count && f < AN_MAX_EVIDENCE && !named; f++) {
            const char *feature = a->evidence[f].match;
            named = a->evidence[f].label == AN_FEATURE && feature[0] != '\0' &&
                    (strncmp(after, feature, strlen(feature)) == 0 || strncmp(at, feature, strlen(feature)) == 0);
        }
    }
    return named;
}

/* Benefits a call earns while its outcomes are tied to at most one of their
 * pains: one tied benefit scores about 60-75, however many more outcomes
 * repeat it ("We actually do receipt scanning with an app, so no more
 * shoebox", then "...so you wouldnt have to do the books on sundays
 * anymore" both answer the Sunday books: r23 coffee_owner average had 100);
 * the full score takes ties to more than one of their pains. */
enum { ONE_PAIN_CEILING = 75 };
/* The further pains one line answers: a coach gives a line that ties the
 * Sunday books and the hospital job about 85, not the 100 of two outcomes
 * each tied to its own pain (r27 coffee_owner picker), and the calibration
 * bands of skilled calls whose one benefit touches three pains stay under
 * 90 (tests/calibration r5-r10 *_skilled) */
enum { FURTHER_TIE_POINTS = 10 };

/* Whether a further pain a benefit line links to has evidence of its own:
 * two of its meanings, or two words of the prospect line that told it
 * ("We'd take the Sunday shoebox off your hands, so you'd know every month
 * whether you could carry a job like the hospital one" ties the Sunday books
 * as well as the lost hospital job: r27 coffee_owner picker). One meaning
 * and one word ("...so you'd know exactly what you're paying before she
 * arrives" and the baby's one home) is the coincidence the first tie, by
 * the outcome's own words, is kept from. A tie found by word overlap alone
 * (no session link) already shares two words with what they said. */
static bool further_tie_evident(const Scorer *scorer, size_t index, const char *id, const char *lowered_line,
                                Lowered *scratch)
{
    const RubTurn *line = &scorer->turns[index];
    for (size_t l = 0; l < line->linked_target_count && l < RUB_MAX_TARGETS; l++) {
        if (strcmp(line->linked_targets[l], id) != 0)
            continue;
        if (line->linked_shared[l] >= LINK_TIED_WORDS)
            return true;
        return rub_target_words_shared(scorer, index, id, lowered_line, scratch) >= LINK_TIED_WORDS;
    }
    return true;
}

/* The further pains (after new_target) a benefit line ties, each with its
 * own evidence, not yet tied by an earlier line: a coach credits each
 * distinct pain one line answers ("...you'd stop losing the two per cent and
 * walk into the refinance with the five-day close you promised the board":
 * r27 cfo_demo skilled). Written to more; returns how many. */
static size_t further_ties(const Scorer *scorer, size_t index, const char *lowered_outcome, Lowered *line_text,
                           Lowered *scratch,
                           const char (*tied)[RUB_ID_BYTES], size_t tied_count, const char *new_target,
                           char (*more)[RUB_ID_BYTES], size_t room)
{
    char skip[RUB_MAX_TARGETS + 1][RUB_ID_BYTES];
    size_t skip_count = 0, found = 0;
    for (size_t t = 0; t < tied_count && skip_count < RUB_MAX_TARGETS; t++)
        snprintf(skip[skip_count++], RUB_ID_BYTES, "%.*s", RUB_ID_BYTES - 1, tied[t]);
    snprintf(skip[skip_count++], RUB_ID_BYTES, "%.*s", RUB_ID_BYTES - 1, new_target);
    rub_lower_copy(scorer->turns[index].text, line_text->text, sizeof line_text->text); /* once a line */
    while (found < room && skip_count < RUB_MAX_TARGETS + 1) {
        const char *next = rub_linked_target(scorer, index, lowered_outcome, scratch,
                                             (const char (*)[RUB_ID_BYTES])skip, skip_count, LINK_TIED_WORDS);
        if (next == NULL || !further_tie_evident(scorer, index, next, line_text->text, scratch))
            break;
        snprintf(more[found++], RUB_ID_BYTES, "%s", next);
        snprintf(skip[skip_count++], RUB_ID_BYTES, "%s", next);
    }
    return found;
}

void rub_score_benefits(Scorer *scorer, Lowered *lowered, Lowered *scratch)
{
    bool talk = false;
    for (size_t i = 0; i < scorer->count && !talk; i++)
        talk = scorer->turns[i].trainee &&
               (product_talk(&scorer->turns[i]) ||
                (scorer->turns[i].from_choice && scorer->turns[i].choice_points[RUB_BENEFITS] != 0));
    scorer->out->assessed[RUB_BENEFITS] = talk;
    /* targets a benefit has been tied to: tying another outcome to the same
     * pain again earns no more (one tied benefit is good; ties to more than
     * one of their pains make the full score) */
    char tied[RUB_MAX_TARGETS][RUB_ID_BYTES];
    size_t tied_count = 0;
    Lowered line_text; /* a benefit line whole, for the words of a further pain */
    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee)
            continue;
        const AnResult *a = &turn->analysis;
        const char *target = NULL, *new_target = NULL, *fits = NULL;
        char more[RUB_MAX_TARGETS][RUB_ID_BYTES];
        size_t more_count = 0;
        if (rub_has(turn, AN_BENEFIT) || rub_has(turn, AN_FEATURE)) {
            /* a benefit is tied by its outcome's words, not its feature's:
             * "...sends the techs the address, so that wouldn't happen" ties
             * nothing of theirs */
            outcome_copy(turn, lowered);
            target = rub_linked_target(scorer, i, lowered->text, scratch, NULL, 0, LINK_TIED_WORDS);
            new_target = target == NULL ? NULL
                                        : rub_linked_target(scorer, i, lowered->text, scratch, tied, tied_count,
                                                            LINK_TIED_WORDS);
            more_count = new_target == NULL ? 0
                                            : further_ties(scorer, i, lowered->text, &line_text, scratch,
                                                           (const char (*)[RUB_ID_BYTES])tied, tied_count,
                                                           new_target, more, RUB_MAX_TARGETS);
            rub_lower_copy(turn->text, lowered->text, sizeof lowered->text);
            fits = target != NULL ? target
                                  : rub_linked_target(scorer, i, lowered->text, scratch, NULL, 0, LINK_FITS_WORDS);
        }
        bool outcome = rub_states_outcome(turn, target != NULL);
        /* a dump is a list they did not ask for: the items they named as
         * what they need, given back, are not counted */
        int unasked = rub_has(turn, AN_FEATURE) && a->feature_count >= FEATURE_DUMP_MIN
                          ? rub_unasked_features(scorer, i, scratch)
                          : 0;
        /* "you get" or "you can" leading one more item of a feature dump
         * ("You get drag-and-drop scheduling, live GPS tracking... and a
         * mobile app your techs will actually like", "...comes with free
         * valuation, and you can overpay 10% a year") is the list, not an
         * outcome: unless it is tied to their pain or names an outcome */
        if (outcome && target == NULL && unasked >= FEATURE_DUMP_MIN && benefit_leads_list(turn))
            outcome = false;
        /* so is "with us you get" naming one feature and nothing it gives
         * them ("With us you get one project manager for the whole
         * rollout") */
        if (outcome && target == NULL && benefit_names_feature(turn))
            outcome = false;
        if (rub_has(turn, AN_FEATURE)) {
            size_t next = rub_next_trainee(scorer, i);
            bool same = outcome;
            /* the next line's outcome bridges this feature when it is not
             * the outcome of a feature of its own: one outcome ties one
             * feature ("our trays are top quality", then "we've got a
             * proofing portal, you can approve artwork online in minutes"
             * bridges the portal, not the trays) */
            bool bridged = same || (next < scorer->count && !rub_has(&scorer->turns[next], AN_FEATURE) &&
                                    rub_states_outcome(&scorer->turns[next], false));
            if (!outcome && fits != NULL) {
                char name[NAME_BYTES];
                rub_target_name(scorer, fits, name, sizeof name);
                rub_add_reason(scorer, R_FITS, (int)i, rub_rules[R_FITS].points, rub_label_match(turn, AN_FEATURE),
                               "You picked a feature that fits what they told you (%s); now say what "
                           "it changes for them.",
                           name);
            }
            if (bridged)
                rub_add_reason(scorer, R_BRIDGED, same ? (int)i : (int)next,
                               rub_rules[R_BRIDGED].points,
                               rub_label_match(turn, AN_FEATURE),
                               same ? "You tied the feature to what they get in the same breath."
                                : "You followed the feature with what it means for them.");
            else
                rub_add_reason(scorer, R_UNBRIDGED, (int)i, rub_rules[R_UNBRIDGED].points,
                               rub_label_match(turn, AN_FEATURE),
                               "A feature with no outcome for them: add \"so what that means for "
                           "you is...\" and tie it to something they told you.");
            if (unasked >= FEATURE_DUMP_MIN)
                scorer->out->metrics.feature_dumps++;
            if (unasked >= FEATURE_DUMP_MIN)
                rub_add_reason(scorer, R_DUMP, (int)i, rub_rules[R_DUMP].points, NULL,
                               "%d features in one line they did not ask for is a feature dump; "
                           "pick the one that fits their problem.",
                           unasked);
        }
        if (outcome) {
            rub_add_reason(scorer, R_OUTCOME, (int)i, rub_rules[R_OUTCOME].points,
                           rub_label_match(turn, AN_BENEFIT),
                           "You said what they would get, an outcome for them.");
            if (new_target != NULL && tied_count < RUB_MAX_TARGETS) {
                char name[NAME_BYTES];
                rub_target_name(scorer, new_target, name, sizeof name);
                snprintf(tied[tied_count++], RUB_ID_BYTES, "%s", new_target);
                rub_add_reason(scorer, R_LINKED, (int)i, rub_rules[R_LINKED].points, NULL,
                               "Your benefit answered what they told you (%s), in their own terms.",
                               name);
            }
            /* the further pains the same line ties: each is tied (once per
             * pain, so the line counts as more than one pain answered), named
             * together for one further credit */
            char names[NAME_BYTES * 2] = "";
            for (size_t m = 0; m < more_count && tied_count < RUB_MAX_TARGETS; m++) {
                char name[NAME_BYTES];
                rub_target_name(scorer, more[m], name, sizeof name);
                snprintf(tied[tied_count++], RUB_ID_BYTES, "%.*s", RUB_ID_BYTES - 1, more[m]);
                size_t used = strlen(names);
                snprintf(names + used, sizeof names - used, "%s%s", used > 0 ? "; and " : "", name);
            }
            if (names[0] != '\0')
                rub_add_reason(scorer, R_LINKED, (int)i, FURTHER_TIE_POINTS, NULL,
                               "The same benefit also answered %s, in their own terms.", names);
            /* an outcome tied to their pain that names the product by what it
             * does ("fixing the rate would mean your payment stays put")
             * bridges as a feature line would: it is not scored below
             * "feature, so that wouldn't happen" */
            if (new_target != NULL && !rub_has(turn, AN_FEATURE))
                rub_add_reason(scorer, R_BRIDGED, (int)i, rub_rules[R_BRIDGED].points,
                               rub_label_match(turn, AN_BENEFIT),
                               "You put what you offer in terms of what it does for them, tied to "
                           "what they told you.");
        }
        if (a->empty_trio_count > 0)
            rub_add_reason(scorer, R_EMPTY_TRIO, (int)i, rub_rules[R_EMPTY_TRIO].points * a->empty_trio_count,
                           NULL,
                           "Quality, service, reliability: everybody says them. Name the outcome "
                       "for them instead.");
        if (a->jargon_count > 0)
            rub_add_reason(scorer, R_JARGON, (int)i, rub_rules[R_JARGON].points * a->jargon_count, NULL,
                           "%d jargon term%s they never used; say it in their words.",
                           a->jargon_count, a->jargon_count == 1 ? "" : "s");
    }
    int over = scorer->sum[RUB_BENEFITS] - ONE_PAIN_CEILING;
    if (tied_count >= 2 || over <= 0)
        return;
    if (tied_count == 1) {
        char name[NAME_BYTES];
        rub_target_name(scorer, tied[0], name, sizeof name);
        rub_add_reason(scorer, R_ONE_PAIN, -1, -over, NULL,
                       "Every benefit you tied answered the same need (%s); the top of the "
                       "scale takes one tied to another thing they told you.",
                       name);
    } else {
        rub_add_reason(scorer, R_ONE_PAIN, -1, -over, NULL,
                       "None of your outcomes was tied to a need they told you; the top of the "
                       "scale takes outcomes in their words for more than one of them.");
    }
}

/* True when the words that made an ask concrete are a length of time: the
 * cue's phrase ("an hour", "minutes"), or, for a number (phrase NULL), a
 * number followed by minutes or hours ("20 minutes"). */
static bool is_duration(const char *lowered, const char *lowered_phrase)
{
    if (lowered_phrase != NULL)
        return strstr(lowered_phrase, "hour") != NULL || strstr(lowered_phrase, "minute") != NULL;
    for (const char *p = lowered; *p != '\0'; p++) {
        if (!isdigit((unsigned char)*p))
            continue;
        const char *q = p;
        while (isdigit((unsigned char)*q))
            q++;
        while (*q == ' ' || *q == '-')
            q++;
        if (strncmp(q, "min", 3) == 0 || strncmp(q, "hour", 4) == 0 || strncmp(q, "hr", 2) == 0)
            return true;
        p = q - 1;
    }
    return false;
}

/* True when trainee line i (the trainee_index-th) is part of how the call
 * ends: among the trainee's last two lines, and not the opening line unless
 * it is the last ("thanks for reaching out" greets; it leaves nothing to
 * them). */
static bool in_closing(const Scorer *scorer, size_t i, int trainee_index)
{
    size_t next = rub_next_trainee(scorer, i);
    if (next >= scorer->count)
        return true;
    return trainee_index > 0 && rub_next_trainee(scorer, next) >= scorer->count;
}

/* A word of an ask that names someone the prospect named when telling you
 * what you needed to know ("a call with Theo"), as typed, or NULL: the ask
 * names a person. */
static const char *names_their_person(const Scorer *scorer, size_t index, char *out, size_t size)
{
    const char *text = scorer->turns[index].text;
    for (const char *p = text; p != NULL && *p != '\0'; p++) {
        if (!isupper((unsigned char)*p) || (p > text && isalpha((unsigned char)p[-1])))
            continue;
        const char *q = p;
        while (isalpha((unsigned char)*q))
            q++;
        size_t length = (size_t)(q - p);
        /* "I", "We", a sentence's first word are no names */
        const char *back = p;
        while (back > text && back[-1] == ' ')
            back--;
        if (length < 3 || back == text || back[-1] == '.' || back[-1] == '?' || back[-1] == '!')
            continue;
        for (size_t i = 0; i < index; i++) {
            const RubTurn *turn = &scorer->turns[i];
            if (turn->trainee || turn->revealed_count == 0 || turn->text == NULL)
                continue;
            for (const char *at = turn->text; *at != '\0'; at++) {
                if (strncmp(at, p, length) == 0 && !isalpha((unsigned char)at[length]) &&
                    (at == turn->text || !isalpha((unsigned char)at[-1]))) {
                    snprintf(out, size, "%.*s", (int)length, p);
                    return out;
                }
            }
        }
    }
    return NULL;
}

/* How concrete the ask of trainee line index is: a day or a time
 * (SPECIFIC_DAY), a week (SPECIFIC_WEEK), only a person or a deliverable
 * (SPECIFIC_OTHER), nothing (0). words gets the part that makes it so. A
 * day or a time named anywhere in the line wins; then a week ("a 30 min call
 * next week" is a week: the 30 is how long, no time); a number that is no
 * length ("the 14th") is a day; how long it lasts alone is half concrete. */
static int specific_points(const Scorer *scorer, size_t index, Lowered *lowered, char *words, size_t size)
{
    const RubTurn *turn = &scorer->turns[index];
    words[0] = '\0';
    const char *phrase = rub_cue_match(turn, AN_CUE_SPECIFIC);
    const char *rule = turn->analysis.cue_evidence[AN_CUE_SPECIFIC].rule;
    bool number = (turn->analysis.cues & AN_CUE_BIT(AN_CUE_NUMBER)) != 0;
    if (phrase == NULL && !number) {
        /* a person they named ("a call with Theo sometime") */
        return names_their_person(scorer, index, words, size) != NULL ? SPECIFIC_OTHER : 0;
    }
    char lowered_phrase[QUOTE_BYTES];
    rub_lower_copy(phrase != NULL ? phrase : "", lowered_phrase, sizeof lowered_phrase);
    rub_lower_copy(turn->text, lowered->text, sizeof lowered->text);
    bool when = phrase != NULL && strcmp(rule, "specific.when") == 0;
    size_t day_length = 0;
    const char *day = rub_names_day(turn->text, &day_length);
    if (day != NULL) {
        snprintf(words, size, "%.*s", (int)day_length, day);
        return SPECIFIC_DAY;
    }
    if (when && strstr(lowered_phrase, "week") != NULL) {
        snprintf(words, size, "%s", phrase);
        return SPECIFIC_WEEK;
    }
    /* how long ("an hour", "twenty minutes", "20 minutes") is no day or
     * time: half concrete */
    bool length_phrase = when && is_duration(lowered->text, lowered_phrase);
    bool length_number = number && is_duration(lowered->text, NULL);
    if (number && !length_number) {
        const char *quoted = rub_cue_match(turn, AN_CUE_NUMBER);
        snprintf(words, size, "%s", quoted != NULL ? quoted : "");
        return SPECIFIC_DAY;
    }
    snprintf(words, size, "%s", phrase != NULL ? phrase : "");
    return when && !length_phrase ? SPECIFIC_DAY : SPECIFIC_OTHER;
}

/* True when an ask answering their request for work asks for something in
 * return: the people they named or a decision-maker in the room, a
 * decision, or said outright ("in return", "in exchange"). Scheduling the
 * work they asked for ("can we set up the demo sometime next week?") asks
 * nothing in return. */
static bool asks_in_return(const Scorer *scorer, size_t index, Lowered *lowered)
{
    const RubTurn *turn = &scorer->turns[index];
    char name[NAME_BYTES];
    if (names_their_person(scorer, index, name, sizeof name) != NULL)
        return true;
    if ((turn->analysis.cues & AN_CUE_BIT(AN_CUE_BUYING_PROCESS)) != 0)
        return true;
    const char *rule = turn->analysis.cue_evidence[AN_CUE_SPECIFIC].rule;
    if (rub_cue_match(turn, AN_CUE_SPECIFIC) != NULL && strcmp(rule, "specific.who") == 0)
        return true;
    /* someone of theirs brought in ("with your finance lead", "bring your
     * controller", "in the room"), a decision, or the trade said outright */
    static const char *const in_return[] = {"in return", "in exchange", "with your ", "bring ",
                                            "in the room", " of us", "both of you", "all of you",
                                            "decide", "decision", "sign off", NULL};
    rub_lower_copy(turn->text, lowered->text, sizeof lowered->text);
    for (size_t w = 0; in_return[w] != NULL; w++)
        if (strstr(lowered->text, in_return[w]) != NULL)
            return true;
    return false;
}

void rub_score_next_step(Scorer *scorer, Lowered *lowered)
{
    RubMetrics *m = &scorer->out->metrics;
    int trainee_index = 0;
    bool earned_ask = false;
    bool work_requested = false; /* the prospect asked for a demo/proposal, not yet traded */
    int target_total = scorer->cfg->target_count;
    /* the most concrete of the earned asks is the one credited for it (once:
     * "a demo" then "next week" is a week, not both) */
    size_t best_turn = scorer->count;
    int best_points = 0;
    for (size_t i = 0; i < scorer->count; i++) {
        if (!scorer->turns[i].trainee || !scorer->ask[i] || rub_ask_unearned(scorer->turns, i, scorer->cfg))
            continue;
        char words[QUOTE_BYTES];
        int points = specific_points(scorer, i, lowered, words, sizeof words);
        if (points > best_points) {
            best_points = points;
            best_turn = i;
        }
    }

    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee) {
            work_requested = work_requested || turn->prospect_asked_for_work;
            continue;
        }
        if (rub_has(turn, AN_PURPOSE) && trainee_index < PURPOSE_TURNS && !m->stated_purpose) {
            m->stated_purpose = true;
            rub_add_reason(scorer, R_PURPOSE, (int)i, rub_rules[R_PURPOSE].points,
                           rub_label_match(turn, AN_PURPOSE),
                           "You stated the purpose of the call up front, so the ask at the end "
                       "is no surprise.");
        }
        if (scorer->ask[i]) {
            const char *ask_words = rub_label_match(turn, AN_NEXT_STEP);
            if (rub_ask_unearned(scorer->turns, i, scorer->cfg)) {
                rub_add_reason(scorer, R_PREMATURE, (int)i, rub_rules[R_PREMATURE].points, ask_words,
                               "You asked for a commitment before earning it (fewer than %d of "
                           "their needs uncovered); ask what it costs them first.",
                           rub_effective_min_targets(scorer->cfg));
            } else {
                if (!earned_ask) {
                    size_t found = rub_earning_targets(scorer->turns, i);
                    /* "a demo sometime": an ask that never gets to a day, a
                     * time or a week is a softer commitment */
                    int base = best_points >= SPECIFIC_WEEK ? ASK_BASE : ASK_BASE - ASK_DAYLESS;
                    int points = target_total > 0
                                     ? base + (int)(ASK_EARNED_EXTRA * (double)found /
                                                            target_total + 0.5)
                                     : base + ASK_EARNED_EXTRA;
                    const char *dayless = best_points >= SPECIFIC_WEEK
                                              ? ""
                                              : " It named no day or week, so it binds them to little: "
                                                "propose one.";
                    if (target_total > 0)
                        rub_add_reason(scorer, R_ASKED, (int)i, points, ask_words,
                                       "You asked for a next step once you had earned it (%zu of "
                                   "%d of their needs uncovered).%s",
                                   found, target_total, dayless);
                    else
                        rub_add_reason(scorer, R_ASKED, (int)i, points, ask_words,
                                       "You asked for a next step once you had earned it.%s", dayless);
                }
                earned_ask = true;
                if (i == best_turn) {
                    char words[QUOTE_BYTES];
                    int points = specific_points(scorer, i, lowered, words, sizeof words);
                    rub_add_reason(scorer, R_SPECIFIC, (int)i, points, words[0] != '\0' ? words : NULL,
                                   points == SPECIFIC_DAY
                                       ? "Your ask named a day or a time, so it was concrete to say yes or no "
                                         "to (whether they took the slot is theirs to say)."
                                       : "Your next step was only half concrete; name a day and a "
                                         "time (\"Tuesday at 8 or Thursday at 4?\").");
                }
                rub_lower_copy(turn->text, lowered->text, sizeof lowered->text);
                if (rub_offers_choice(lowered->text))
                    rub_add_reason(scorer, R_CHOICE, (int)i, rub_rules[R_CHOICE].points, NULL,
                                   "You offered a choice of next steps, which is easy to say yes to.");
                /* quid pro quo: an earned ask answers their request for work
                 * (right away, or after the discovery that earned it) with
                 * something asked in return; until one does, the request
                 * stands */
                if (work_requested && asks_in_return(scorer, i, lowered)) {
                    rub_add_reason(scorer, R_QUID_PRO_QUO, (int)i, rub_rules[R_QUID_PRO_QUO].points,
                                   ask_words,
                                   "They asked you for work and you asked for a commitment in "
                               "return: quid pro quo.");
                    work_requested = false;
                }
            }
        } else if (!rub_has(turn, AN_NEXT_STEP)) {
            const char *phrase = in_closing(scorer, i, trainee_index) ? rub_cue_match(turn, AN_CUE_VAGUE_ENDING)
                                                                       : NULL;
            if (phrase != NULL)
                rub_add_reason(scorer, R_VAGUE, (int)i, rub_rules[R_VAGUE].points, phrase,
                               "That leaves the next step to them; propose a day, a person or a "
                           "deliverable instead.");
        }
        trainee_index++;
    }
    if (m->trainee_turns > 0 && m->next_step_asks == 0)
        rub_add_reason(scorer, R_NEVER_ASKED, -1, rub_rules[R_NEVER_ASKED].points, NULL,
                       "You never asked for a commitment (an offer to send something is not an "
                   "ask); once you have earned it, propose who, what and when.");
}

/* Whether a lowered question is the seller offering to do what asks nothing
 * of them (docs/labels.md, "Offers asked as questions"): leave to pitch now
 * ("can I walk you through it?", "can I show you what we do?") or something
 * sent ("would it help if I sent you a brochure?", "want me to email it?").
 * A day, a week or a meeting named in it ("can I show you on Thursday?",
 * "could I come by and do a demo next week?") asks for their time. */
static bool offers_in_a_question(const char *p)
{
    static const char *const openers[] = {"can i ", "could i ", "may i ", "shall i ", "should i ",
                                          "would it help if i ", "would it be useful if i ",
                                          "would it help if we ", "do you want me to ",
                                          "would you like me to ", "want me to ", NULL};
    static const char *const acts[] = {"send", "sent", "email", "e-mail", "forward", "mail", "post",
                                       "drop", "share", "walk", "show", "tell", "explain", "run you",
                                       "take you", "give you", NULL};
    static const char *const times[] = {"week", "month", "call", "meet", "visit", "demo", "come",
                                        "sit down", "diary", "calendar", NULL};
    const char *rest = NULL;
    for (size_t o = 0; openers[o] != NULL && rest == NULL; o++)
        if (strncmp(p, openers[o], strlen(openers[o])) == 0)
            rest = p + strlen(openers[o]);
    if (rest == NULL)
        return false;
    while (strncmp(rest, "just ", 5) == 0 || strncmp(rest, "quickly ", 8) == 0)
        rest += strncmp(rest, "just ", 5) == 0 ? 5 : 8;
    bool act = false;
    for (size_t a = 0; acts[a] != NULL && !act; a++)
        act = strncmp(rest, acts[a], strlen(acts[a])) == 0;
    size_t day_length = 0;
    if (!act || rub_names_day(rest, &day_length) != NULL)
        return false;
    for (size_t t = 0; times[t] != NULL; t++)
        if (strstr(rest, times[t]) != NULL)
            return false;
    return true;
}

/* The start of the sentence of a lowered text's first question: the clause
 * read may hold a sentence before it ("we're the leading ap platform. can
 * i walk you through it?") when the turn's labels carry no clause. */
static const char *question_start(const char *p)
{
    const char *mark = strchr(p, '?');
    const char *start = p;
    for (const char *q = p; mark != NULL && q < mark; q++)
        if (*q == '.' || *q == '!')
            start = q + 1;
    while (*start == ' ')
        start++;
    return start;
}

/* True when the next_step of trainee turn i is a request for the prospect's
 * commitment (time, a meeting, an introduction, a decision): not the check
 * at the end of a purpose statement in the first turns ("does that work for
 * you?"), not a who-decides or cost question whose step is only a date or a
 * document it mentions, and not an offer or an exit put as a statement of what the seller
 * will do ("I'll send that over today", "I'll let you get back to it"). */
bool rub_asks_commitment(const RubTurn *turn, int trainee_index)
{
    if (!rub_has(turn, AN_NEXT_STEP))
        return false;
    if (rub_has(turn, AN_PURPOSE) && trainee_index < PURPOSE_TURNS)
        return false;
    /* a who-decides or cost-of-doing-nothing question whose "step" is only a
     * date or a document it mentions ("when the contract's up in September,
     * who else gets a say?") asks nothing of them: no proposal, no action */
    if (turn->analysis.cues & (AN_CUE_BIT(AN_CUE_BUYING_PROCESS) | AN_CUE_BIT(AN_CUE_COST_OF_INACTION))) {
        bool requested = false;
        for (size_t e = 0; e < turn->analysis.evidence_count && e < AN_MAX_EVIDENCE; e++) {
            const AnEvidence *evidence = &turn->analysis.evidence[e];
            requested = requested || (evidence->label == AN_NEXT_STEP && strcmp(evidence->rule, "next_step.anchor") != 0 &&
                                      strcmp(evidence->rule, "next_step.deliverable") != 0);
        }
        if (!requested)
            return false;
    }
    int clause = -1;
    for (size_t e = 0; e < turn->analysis.evidence_count && e < AN_MAX_EVIDENCE; e++)
        if (turn->analysis.evidence[e].label == AN_NEXT_STEP) {
            clause = turn->analysis.evidence[e].clause;
            break;
        }
    size_t length = 0;
    const char *text = rub_clause_text(turn, clause, &length);
    char lowered[AN_MAX_LINE_BYTES + 1];
    if (length > AN_MAX_LINE_BYTES)
        length = AN_MAX_LINE_BYTES;
    memcpy(lowered, text, length);
    lowered[length] = '\0';
    rub_lower_copy(lowered, lowered, sizeof lowered);
    const char *p = lowered;
    static const char *const leads[] = {"and ", "so ", "ok ", "okay ", "great, ", "great ",
                                        "then ", "thanks, ", "well, ", NULL};
    while (*p == ' ' || *p == ',')
        p++;
    for (size_t l = 0; leads[l] != NULL; l++)
        if (strncmp(p, leads[l], strlen(leads[l])) == 0) {
            p += strlen(leads[l]);
            break;
        }
    /* a question from the step on makes it a request ("we'll build it on
     * your invoices and you decide by June. Thursday or Friday?"), unless it
     * only offers the seller's own work or asks leave to pitch */
    if (strchr(text, '?') != NULL)
        return !offers_in_a_question(question_start(p));
    static const char *const offers[] = {"i'll ", "i will ", "i can ", "i could ", "we'll ",
                                         "we will ", "let me ", "i'm going to ", "i am going to ",
                                         NULL};
    for (size_t o = 0; offers[o] != NULL; o++) {
        if (strncmp(p, offers[o], strlen(offers[o])) != 0)
            continue;
        /* the seller's free slots put to them ("I can do Thursday at ten or
         * Friday at two", "I could make Tuesday morning") ask them to take
         * one: a proposal of their time, not an offer of work */
        const char *rest = p + strlen(offers[o]);
        size_t day_length = 0;
        if ((strncmp(rest, "do ", 3) == 0 || strncmp(rest, "make ", 5) == 0) &&
            rub_names_day(rest, &day_length) != NULL)
            return true;
        return false;
    }
    return true;
}
