/* session_cues: which cues and targets a trainee line follows up, for the
 * rubric (see session_internal.h): a cue the prospect brings back in their
 * own words is offered again; a clause that asks about a cue, probes it or
 * gives it back follows it, a pitch or a yes/no question that only holds its
 * words does not; the targets a line uncovers are linked to it. */
#include "session.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "hear.h"
#include "lexicon.h"
#include "session_internal.h"

/* The word lists below come from the lexicon's `lists` table
 * (assets/lexicon.lua), loaded once with it: trainers extend them there. */

/* Whether a word is a number ("eleven", "11", "twenty"): a count says
 * nothing of what it counts (lists.number_words). */
static bool ses_number_word(const Session *session, const char *word, size_t length)
{
    const char *const *numbers = an_list(session->analyzer, LEX_LIST_NUMBER_WORDS);
    if (length > 0 && isdigit((unsigned char)word[0]))
        return true;
    for (size_t i = 0; numbers[i] != NULL; i++)
        if (strlen(numbers[i]) == length && strncasecmp(word, numbers[i], length) == 0)
            return true;
    return false;
}

/* Whether the line brings back an earlier cue: it says one of the cue's
 * words that is no number. "Eleven that the auditor found" (duplicates)
 * does not bring back "our month-end close takes eleven days". */
static bool ses_brings_back(const Session *session, const char *text, const RubCue *cue)
{
    char matched[256];
    if (an_shared_words(session->analyzer, text, strlen(text), cue->words, matched, sizeof matched) == 0)
        return false;
    /* the line's words that matched, as typed, separated by ", " */
    for (const char *word = matched; *word != '\0';) {
        const char *end = strstr(word, ", ");
        size_t length = end != NULL ? (size_t)(end - word) : strlen(word);
        if (!ses_number_word(session, word, length))
            return true;
        if (end == NULL)
            break;
        word = end + 2;
    }
    return false;
}

/* A cue the prospect brings back in their own words ("Rates, I suppose",
 * the rates of their first line) is dropped again: offered with this line
 * too, so a follow-up of it now is listening (the rubric judges a cue once),
 * unless it has been followed up already. */
void ses_offer_again(Session *session, size_t index, const char *text)
{
    RubTurn *rubric = &session->rubric_turns[index];
    if (text == NULL || session->analyzer == NULL)
        return;
    for (size_t j = 0; j < index; j++) {
        const RubTurn *earlier = &session->rubric_turns[j];
        for (size_t c = 0; !earlier->trainee && c < earlier->cue_count; c++) {
            const RubCue *cue = &earlier->cues[c];
            bool known = cue->words == NULL || rubric->cue_count >= RUB_MAX_CUES;
            for (size_t k = 0; k < rubric->cue_count && !known; k++)
                known = strcmp(rubric->cues[k].id, cue->id) == 0;
            for (size_t t = j + 1; t < index && !known; t++)
                for (size_t p = 0; p < session->rubric_turns[t].picked_cue_count && !known; p++)
                    known = strcmp(session->rubric_turns[t].picked_cues[p], cue->id) == 0;
            if (!known && ses_brings_back(session, text, cue))
                rubric->cues[rubric->cue_count++] = *cue;
        }
    }
}

/* What a clause of a trainee line does for a cue it shares words with: a
 * question about it, a probe or a reflection follows it up; a pitch, a
 * benefit, an ask or a yes/no question that merely contains its words ("need
 * more labels?", "could I set up a call with Theo?") does not. A closed
 * question that asks for a fact of it ("how much time does that take you on
 * Sundays?") or what it costs them follows it when its own words are the
 * cue's. */
enum { CLAUSE_OTHER, CLAUSE_FOLLOWS, CLAUSE_FRESH_QUESTION, CLAUSE_FACT_QUESTION, CLAUSE_PITCH };

/* Whether a fact question's words ask for the name of their set-up: "What
 * system are you using for AP right now?", "which software do you use?" (the
 * lexicon's closed.wh_fact names: software, system, tool..., in
 * lists.setup_names). It qualifies them; it does not follow up a cue that
 * shares a word ("Everyone blames AP"). */
static bool ses_asks_a_name(const Session *session, const char *match)
{
    const char *const *names = an_list(session->analyzer, LEX_LIST_SETUP_NAMES);
    char word[32];
    for (const char *p = match; *p != '\0';) {
        while (*p != '\0' && !isalpha((unsigned char)*p))
            p++;
        size_t n = 0;
        while (isalpha((unsigned char)*p)) {
            if (n + 1 < sizeof word)
                word[n++] = (char)tolower((unsigned char)*p);
            p++;
        }
        word[n] = '\0';
        for (size_t k = 0; n > 0 && names[k] != NULL; k++)
            if (strcmp(word, names[k]) == 0 || (strncmp(word, names[k], strlen(names[k])) == 0 &&
                                                strcmp(word + strlen(names[k]), "s") == 0))
                return true;
    }
    return false;
}

static int ses_clause_kind(const Session *session, const AnResult *a, size_t clause, unsigned labels)
{
    if (labels & (AN_BIT(AN_FEATURE) | AN_BIT(AN_BENEFIT) | AN_BIT(AN_NEXT_STEP)))
        return CLAUSE_PITCH;
    if (labels & (AN_BIT(AN_PROBE) | AN_BIT(AN_REFLECTION)))
        return CLAUSE_FOLLOWS;
    if (labels & AN_BIT(AN_OPEN_QUESTION))
        return CLAUSE_FRESH_QUESTION;
    if (!(labels & AN_BIT(AN_CLOSED_QUESTION)))
        return CLAUSE_OTHER;
    if (a->cues & AN_CUE_BIT(AN_CUE_COST_OF_INACTION))
        return CLAUSE_FACT_QUESTION;
    for (size_t e = 0; e < a->evidence_count && e < AN_MAX_EVIDENCE; e++)
        if (a->evidence[e].label == AN_CLOSED_QUESTION && (size_t)a->evidence[e].clause == clause &&
            (strcmp(a->evidence[e].rule, "closed.how_much") == 0 ||
             (strcmp(a->evidence[e].rule, "closed.wh_fact") == 0 && !ses_asks_a_name(session, a->evidence[e].match))))
            return CLAUSE_FACT_QUESTION;
    return CLAUSE_OTHER; /* a remark, or a yes/no question: it may echo the cue ("You passed
                            on a big one? What happened?") but does not follow it by itself */
}

/* Whether clause c is an echo of their words put as a question before another
 * ("Night feeds? ..."): a closed question to the analyser (docs/labels.md,
 * echo questions), their words given back to the rubric. */
static bool ses_clause_echoes(const AnResult *a, size_t clause)
{
    for (size_t e = 0; e < a->evidence_count && e < AN_MAX_EVIDENCE; e++)
        if (a->evidence[e].label == AN_CLOSED_QUESTION && (size_t)a->evidence[e].clause == clause &&
            strcmp(a->evidence[e].rule, "closed.echo") == 0)
            return true;
    return false;
}

/* Whether a clause speaks of the seller: a word "we", "our", "us" (or
 * "we'd", "we're"...; lists.seller_words). "Our sensors would warn you
 * before a Sunday call-out" gives no words of theirs back: it pitches. */
static bool ses_clause_about_us(const Session *session, const char *text, size_t length)
{
    const char *const *words = an_list(session->analyzer, LEX_LIST_SELLER_WORDS);
    size_t i = 0;
    while (i < length) {
        while (i < length && !isalpha((unsigned char)text[i]))
            i++;
        size_t start = i;
        while (i < length && (isalpha((unsigned char)text[i]) || text[i] == '\''))
            i++;
        size_t word = start;
        while (word < i && text[word] != '\'')
            word++;
        for (size_t w = 0; words[w] != NULL; w++)
            if (word - start == strlen(words[w]) && strncasecmp(text + start, words[w], word - start) == 0)
                return true;
    }
    return false;
}

/* Whether a clause is the seller saying what they will do ("Sure, I can
 * send her a quote", "OK, I'll double it", "let me check"): an offer of
 * theirs names no cue of the prospect's, whatever words it shares, so it is
 * no lead-in that a question then digs into. It opens, after fillers
 * (lists.offer_fillers), with an offer (lists.offer_openers) and a space. */
static bool ses_clause_offers(const Session *session, const char *text, size_t length)
{
    const char *const *fillers = an_list(session->analyzer, LEX_LIST_OFFER_FILLERS);
    const char *const *offers = an_list(session->analyzer, LEX_LIST_OFFER_OPENERS);
    char lowered[160];
    size_t n = 0;
    for (size_t i = 0; i < length && n + 1 < sizeof lowered; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == 0xE2 && i + 2 < length && (unsigned char)text[i + 1] == 0x80 &&
            ((unsigned char)text[i + 2] == 0x99 || (unsigned char)text[i + 2] == 0x98)) {
            lowered[n++] = '\'';
            i += 2;
            continue;
        }
        lowered[n++] = (char)tolower(c);
    }
    lowered[n] = '\0';
    const char *p = lowered;
    for (bool skipped = true; skipped;) {
        skipped = false;
        while (*p == ' ' || *p == ',' || *p == '!' || *p == '.' || *p == '-')
            p++;
        for (size_t f = 0; fillers[f] != NULL && !skipped; f++) {
            size_t k = strlen(fillers[f]);
            if (strncmp(p, fillers[f], k) == 0 && !isalpha((unsigned char)p[k])) {
                p += k;
                skipped = true;
            }
        }
    }
    for (size_t o = 0; offers[o] != NULL; o++)
        if (strncmp(p, offers[o], strlen(offers[o])) == 0 && p[strlen(offers[o])] == ' ')
            return true;
    return false;
}

/* Whether a question clause points back at what they said ("how much time
 * does that take you?", "when did it start?", "the ones you mentioned";
 * lists.back_pointers). */
static bool ses_clause_points_back(const Session *session, const char *text, size_t length)
{
    const char *const *words = an_list(session->analyzer, LEX_LIST_BACK_POINTERS);
    size_t i = 0;
    while (i < length) {
        while (i < length && !isalpha((unsigned char)text[i]))
            i++;
        size_t start = i;
        while (i < length && isalpha((unsigned char)text[i]))
            i++;
        for (size_t w = 0; words[w] != NULL; w++)
            if (i - start == strlen(words[w]) && strncasecmp(text + start, words[w], i - start) == 0)
                return true;
    }
    return false;
}

/* The next word of a list of matched words as typed (", " between them):
 * its start and *length, or NULL past the last. *rest moves on. */
static const char *ses_next_listed(const char **rest, size_t *length)
{
    const char *word = *rest;
    if (*word == '\0')
        return NULL;
    const char *end = strstr(word, ", ");
    *length = end != NULL ? (size_t)(end - word) : strlen(word);
    *rest = end != NULL ? end + 2 : word + *length;
    return word;
}

/* The next word of a cue id ("last_guy": "last", "guy"), past its "_" and
 * "-": its start and *length, or NULL past the last. *rest moves on. */
static const char *ses_next_id_word(const char **rest, size_t *length)
{
    const char *id = *rest;
    while (*id == '_' || *id == '-')
        id++;
    size_t m = 0;
    while (id[m] != '\0' && id[m] != '_' && id[m] != '-')
        m++;
    *rest = id + m;
    *length = m;
    return m > 0 ? id : NULL;
}

/* Whether a typed word is an id word: the same word, or one of four letters
 * or more that starts the other ("penalties", "penalty"). */
static bool ses_is_id_word(const char *word, size_t n, const char *id, size_t m)
{
    size_t shorter = m < n ? m : n;
    return (m == n || shorter >= 4) && strncasecmp(word, id, shorter) == 0;
}

/* Whether the words a clause shares with a cue name it: a word of the
 * cue's id ("penalty") or a name, as typed with a capital ("Denise"). */
static bool ses_names_the_cue(const Session *session, const char *text, size_t length, const RubCue *cue)
{
    char matched[256];
    if (an_shared_words(session->analyzer, text, length, cue->words, matched, sizeof matched) == 0)
        return false;
    const char *rest = matched, *word;
    size_t n;
    while ((word = ses_next_listed(&rest, &n)) != NULL) {
        if (n > 1 && isupper((unsigned char)word[0]))
            return true;
        const char *ids = cue->id, *id;
        size_t m;
        while ((id = ses_next_id_word(&ids, &m)) != NULL)
            if (ses_is_id_word(word, n, id, m))
                return true;
    }
    return false;
}

/* Whether a word of the matched list is the id word id (id_length long). */
static bool ses_said_id_word(const char *matched, const char *id, size_t id_length)
{
    const char *rest = matched, *word;
    size_t n;
    while ((word = ses_next_listed(&rest, &n)) != NULL)
        if (ses_is_id_word(word, n, id, id_length))
            return true;
    return false;
}

/* Whether an open question clause asks of the cue: it names what the cue
 * is about - every word of the cue's id ("the ops director" for
 * "director"), a name as typed, a capital before small letters ("Denise",
 * "Harlow"), or two of its words one of which is a word of its id ("what
 * went wrong with the last software you bought?" for "last_guy"). One word
 * of a longer id is one ordinary word, two ordinary words are a stock
 * question that happens to hold them, and an acronym is no name: "what are
 * the biggest challenges for your team in AP?" asks of AP, not of why
 * "everyone blames AP" nor of "Raj runs AP... they're drowning"
 * (docs/rubric.md). Words it sets aside are none of its words ("what are
 * your biggest challenges besides hiring?" moves on from the hiring). */
static bool ses_asks_of_cue(const Session *session, const char *text, size_t length, const RubCue *cue)
{
    char blanked[512], matched[256];
    if (hear_blank_excluded(text, length, blanked, sizeof blanked))
        text = blanked;
    int count = an_shared_words(session->analyzer, text, length, cue->words, matched, sizeof matched);
    if (count == 0)
        return false;
    const char *rest = matched, *word;
    size_t n;
    while ((word = ses_next_listed(&rest, &n)) != NULL)
        if (n > 1 && isupper((unsigned char)word[0]) && islower((unsigned char)word[1]))
            return true;
    size_t parts = 0, said = 0, m;
    const char *ids = cue->id, *id;
    while ((id = ses_next_id_word(&ids, &m)) != NULL) {
        parts++;
        said += ses_said_id_word(matched, id, m);
    }
    return said > 0 && (said == parts || count >= 2);
}

/* A copy of a clause with the words of set phrases blanked, where a cue's
 * word means nothing of it: "get everyone on board" is no board of
 * directors, "right now" no one being right (lists.idioms: each phrase and
 * the word of it to blank). Returns the clause itself when it is too long
 * to copy. */
static const char *ses_mask_idioms(const Session *session, const char *text, size_t length, char *buffer,
                                   size_t size)
{
    const char *const *pairs = an_list(session->analyzer, LEX_LIST_IDIOMS);
    char lowered[512];
    if (length + 1 > size || length + 1 > sizeof lowered)
        return text;
    memcpy(buffer, text, length);
    buffer[length] = '\0';
    for (size_t i = 0; i <= length; i++)
        lowered[i] = (char)tolower((unsigned char)buffer[i]);
    for (size_t i = 0; pairs[i] != NULL && pairs[i + 1] != NULL; i += 2) {
        const char *idiom = pairs[i], *blank = pairs[i + 1];
        size_t n = strlen(idiom);
        for (const char *hit = lowered; (hit = strstr(hit, idiom)) != NULL; hit += n) {
            if ((hit > lowered && isalpha((unsigned char)hit[-1])) || isalpha((unsigned char)hit[n]))
                continue;
            const char *word = strstr(hit, blank);
            if (word != NULL && word < hit + n)
                memset(buffer + (word - lowered), ' ', strlen(blank));
        }
    }
    return buffer;
}

/* Whether a question clause opens with "would", "could" or "shall": with
 * what you sell named in the line, it offers it ("Would a fixed rate
 * help?"), as a pitch's check does (rubric_skills.c, pitches). */
static bool ses_clause_opens_an_offer(const char *text, size_t length)
{
    static const char *const offers[] = {"would", "could", "shall", NULL};
    size_t i = 0;
    while (i < length && !isalpha((unsigned char)text[i]))
        i++;
    size_t start = i;
    while (i < length && isalpha((unsigned char)text[i]))
        i++;
    for (size_t k = 0; offers[k] != NULL; k++)
        if (i - start == strlen(offers[k]) && strncasecmp(text + start, offers[k], i - start) == 0)
            return true;
    return false;
}

/* Whether the line follows up cue: a clause asking for a fact of it shares
 * its words, a remark gives two of its words back before a yes/no question
 * ("Night feeds - that's not getting ahead of yourself. Is there a little
 * one on the way?"), or the line shares them outside its pitch and ask clauses and
 * one of its clauses follows up (a probe, a reflection) or asks an open
 * question. Right after the line that dropped the cue the analyser can tell
 * a follow-up (a probe) from a fresh question: a fresh open question there
 * that shares a word ("how's business overall?" after "the kitchen's full")
 * is not picking it up, one that names the cue (ses_asks_of_cue) is. */
static bool ses_follows_cue(const Session *session, const AnResult *a, const char *text, const RubCue *cue,
                            bool just_said, bool *touches)
{
    size_t text_length = strlen(text);
    bool follows = false, fresh = false, shared = false, strong = false, fact = false, echo = false,
         lead_echo = false;
    /* their words given back (two of the cue's, "Night feeds - that's not
     * getting ahead of yourself"), then a question of them: it digs in */
    bool given_back = false, asked_after = false, closed_names = false;
    /* right after the cue, a remark that names it (a word of its id, a name)
     * and then a question of theirs: "It is soon - about eight weeks. Who
     * gets the final say...?" after "oh, that's soon, isn't it?" (r21
     * loyal_customer skilled 7) acknowledges it without digging in */
    bool named_remark = false, named_then_asked = false;
    /* a clause before this one pitched (a feature or a benefit) */
    bool pitched = false;
    /* an open question that names the cue (its id, a name, or two of its
     * words with a word of its id) asks about it, probe or not: "What would the ops
     * director need to see to approve a fix?" after "I'm the one explaining
     * that to the ops director" (r25 plant_downtime picker 6) builds on it */
    bool asks_of_it = false;
    /* no clauses (an option's labels on a line the analyser read nothing in):
     * the line is one clause */
    size_t count = a->clause_count > 0 ? a->clause_count : 1;
    for (size_t c = 0; c < count && c < AN_MAX_CLAUSES; c++) {
        unsigned labels = a->clause_count > 0 ? a->clauses[c].labels : a->labels;
        int kind = ses_clause_kind(session, a, c, labels);
        /* the lead-in of a probe is what it digs into, even when the analyser
         * read an ask in it ("You got called in on Sunday? Tell me more.") */
        bool lead_in = a->clause_count > c + 1 && (a->clauses[c + 1].labels & AN_BIT(AN_PROBE)) &&
                       !(labels & (AN_BIT(AN_FEATURE) | AN_BIT(AN_BENEFIT)));
        if (kind == CLAUSE_PITCH && lead_in)
            kind = CLAUSE_OTHER;
        follows = follows || kind == CLAUSE_FOLLOWS;
        fresh = fresh || kind == CLAUSE_FRESH_QUESTION;
        if (kind == CLAUSE_PITCH) {
            lead_echo = false;
            pitched = pitched || (labels & (AN_BIT(AN_FEATURE) | AN_BIT(AN_BENEFIT))) != 0;
            continue;
        }
        size_t start = a->clause_count > 0 ? a->clauses[c].start : 0;
        size_t end = a->clause_count > 0 ? a->clauses[c].end : text_length;
        if (start > text_length)
            continue;
        if (end > text_length)
            end = text_length;
        char masked[512];
        const char *clause = ses_mask_idioms(session, text + start, end - start, masked, sizeof masked);
        int matched = an_shared_words(session->analyzer, clause, end - start, cue->words, NULL, 0);
        bool here = matched > 0;
        /* about the cue, not only a word of it: two of its words, a pointer
         * back at it, or its name */
        bool about = here && (matched >= 2 || ses_clause_points_back(session, text + start, end - start) ||
                              ses_names_the_cue(session, clause, end - start, cue));
        strong = strong || about;
        asks_of_it = asks_of_it || (kind == CLAUSE_FRESH_QUESTION && here &&
                                    ses_asks_of_cue(session, clause, end - start, cue));
        /* a yes/no question of its words is no follow-up of it, whatever
         * another clause of the line follows: "Four weeks is tight... Is it
         * just you and Tom on the mortgage?" gives the four weeks back and
         * only names Tom (r27 homebuyer_rates average 8: it took the merger
         * and Tom with it); one that leads into a probe is what the probe
         * digs into ("You got called in on Sunday? Tell me more.") */
        bool closed_only = (labels & AN_BIT(AN_CLOSED_QUESTION)) &&
                           !(labels & (AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_PROBE) | AN_BIT(AN_REFLECTION))) &&
                           !lead_in;
        shared = shared || (here && !closed_only);
        asked_after = asked_after || (given_back && (labels & AN_BIT(AN_CLOSED_QUESTION)) != 0);
        named_then_asked = named_then_asked ||
                           (named_remark && (labels & (AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION))) != 0);
        given_back = given_back || (matched >= 2 && kind == CLAUSE_OTHER &&
                                    (!(labels & AN_BIT(AN_CLOSED_QUESTION)) || ses_clause_echoes(a, c)) &&
                                    !ses_clause_about_us(session, text + start, end - start));
        /* a fact asked of the cue named in its lead-in follows it: "And the
         * tax penalty you mentioned, how much was that?"; right after the
         * line that dropped it, a fact question of its own words points back
         * at it, says two of them or names it (a word of its id, a name:
         * "How much was the penalty?", "Who's Denise?"): "When would be a
         * sensible time of year to make a change?" after "she'll say no to
         * anything with a login after last time" shares "time" and is a
         * fresh question */
        bool own_words = here && (!just_said || about);
        /* the lead-in's echo carries over only to a fact question that
         * points back at it: "Wow, eleven days. How many invoices do you
         * process a month?" (r19 cfo_demo average 2) asks of their volume,
         * not of the eleven days */
        bool points_back = ses_clause_points_back(session, text + start, end - start);
        fact = fact || ((own_words || (lead_echo && points_back)) && kind == CLAUSE_FACT_QUESTION);
        /* right after the cue, a yes/no question that names it (a name as
         * typed, a word of its id) and is not the seller's asks of it: "Is
         * Harlow thinking about leaving?" after "their buyer is getting
         * twitchy" (r19 plant_downtime average 4); "need more labels?" or
         * "would that help with Harlow?" after a pitch check nothing of it */
        bool names_it = just_said && here && kind == CLAUSE_OTHER &&
                        !ses_clause_about_us(session, text + start, end - start) &&
                        !ses_clause_offers(session, text + start, end - start) &&
                        ses_names_the_cue(session, clause, end - start, cue);
        /* a yes/no question of theirs that names it keeps it even when it
         * names what you sell or follows a pitch ("Are you looking at a fixed
         * or variable rate?" after "Rates, I suppose", "...portable
         * mortgages... Is Tom's school definately merging?", r23
         * homebuyer_rates average 2 and 4); after a pitch, one that points
         * back at it checks the pitch ("Our sensors... would that help with
         * Harlow?"), and one that offers what you sell pitches ("Would a
         * fixed rate help?") */
        bool checks_pitch = (pitched && ses_clause_points_back(session, text + start, end - start)) ||
                            (a->term_hits[AN_TERM_FEATURE][0] >= 0 &&
                             ses_clause_opens_an_offer(text + start, end - start));
        closed_names = closed_names || (names_it && (labels & AN_BIT(AN_CLOSED_QUESTION)) && !checks_pitch);
        named_remark = named_remark ||
                       (names_it && !(labels & (AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION))));
        /* the seller's own offer ("Sure, I can send her a quote") echoes no
         * cue, whatever words it shares */
        bool offer = here && kind == CLAUSE_OTHER && ses_clause_offers(session, text + start, end - start);
        echo = echo || (here && kind == CLAUSE_OTHER && !offer);
        lead_echo = here && kind == CLAUSE_OTHER && !offer;
    }
    /* giving their words back before a fresh question follows them too ("Six
     * years, and I've never pushed you. What's going on with you?") */
    /* ...a question of them, not of the product ("a big one to pass on.
     * Would a cash flow forecast have helped?" names what you sell) */
    bool names_product = a->term_hits[AN_TERM_FEATURE][0] >= 0;
    /* a turn later the analyser's probe is of their latest line, not of the
     * cue: a question there follows the cue when it is about it ("What's the
     * biggest worry for you right now?" shares only "right" with "Tom's
     * probably right"; "what's her role in picking a new system?" only
     * "system" with "that's why I bought software") */
    *touches = closed_names || (named_then_asked && !names_product);
    if (!just_said)
        return fact || (given_back && asked_after && !names_product) || (strong && (follows || fresh));
    return fact || (given_back && asked_after && !names_product) || asks_of_it ||
           (shared && (follows || (fresh && echo)));
}

void ses_pick_cues(Session *session, RubTurn *turn, const char *text)
{
    const RubConfig *cfg = scn_rubric(session->scenario);
    unsigned listening = AN_BIT(AN_PROBE) | AN_BIT(AN_REFLECTION) | AN_BIT(AN_OPEN_QUESTION) |
                         AN_BIT(AN_CLOSED_QUESTION);
    if (!(turn->analysis.labels & listening))
        return;
    int window = cfg->cue_window_turns > 0 ? cfg->cue_window_turns : 2;
    int trainee_after = 0;
    /* a cue they brought back is judged where they said it last: "SAP.
     * Forty branches. Six people in AP." brings back "Everyone blames AP",
     * and a fresh question right after it is no follow-up of the first time */
    char judged[RUB_MAX_CUES * 4][RUB_ID_BYTES];
    size_t judged_count = 0;
    /* the new turn is not appended yet: look at everything before it */
    for (size_t j = session->turn_count; j-- > 0;) {
        const RubTurn *earlier = &session->rubric_turns[j];
        if (earlier->trainee) {
            if (++trainee_after >= window)
                break;
            continue;
        }
        for (size_t c = 0; c < earlier->cue_count; c++) {
            const RubCue *cue = &earlier->cues[c];
            bool already = false;
            for (size_t t = j + 1; t < session->turn_count && !already; t++)
                for (size_t p = 0; p < session->rubric_turns[t].picked_cue_count; p++)
                    if (strcmp(session->rubric_turns[t].picked_cues[p], cue->id) == 0)
                        already = true;
            for (size_t p = 0; p < turn->picked_cue_count; p++)
                if (strcmp(turn->picked_cues[p], cue->id) == 0)
                    already = true;
            for (size_t k = 0; k < judged_count && !already; k++)
                already = strcmp(judged[k], cue->id) == 0;
            if (already || turn->picked_cue_count >= RUB_MAX_CUES || cue->words == NULL)
                continue;
            if (judged_count < sizeof judged / sizeof judged[0])
                snprintf(judged[judged_count++], RUB_ID_BYTES, "%s", cue->id);
            bool touches = false;
            if (ses_follows_cue(session, &turn->analysis, text, cue, trainee_after == 0, &touches))
                snprintf(turn->picked_cues[turn->picked_cue_count++], RUB_ID_BYTES, "%s", cue->id);
            else if (touches && turn->touched_cue_count < RUB_MAX_CUES)
                snprintf(turn->touched_cues[turn->touched_cue_count++], RUB_ID_BYTES, "%s", cue->id);
        }
    }
}

/* A line links to a revealed target when it shares two of the target's
 * meanings ("your payment stays the same every month"), or one each with two
 * or more targets ("you'd get your Sundays back and know if you can take the
 * next hospital job"); one shared word with one target ("...if you move
 * house") is a coincidence, not a tie to what they said. */
enum { LINK_STRONG_SHARED = 2, LINK_MIN_TARGETS = 2 };

void ses_link_targets(Session *session, RubTurn *turn, const char *text)
{
    int shared[RUB_MAX_TARGETS] = {0};
    size_t count = scn_target_count(session->scenario), touched = 0;
    for (size_t i = 0; i < count && i < RUB_MAX_TARGETS; i++) {
        if (!session->revealed[i])
            continue;
        shared[i] = an_shared_meaning(session->analyzer, text, scn_target(session->scenario, i)->keys);
        touched += shared[i] > 0;
    }
    for (size_t i = 0; i < count && i < RUB_MAX_TARGETS; i++) {
        if (shared[i] == 0 || turn->linked_target_count >= RUB_MAX_TARGETS)
            continue;
        if (shared[i] >= LINK_STRONG_SHARED || touched >= LINK_MIN_TARGETS) {
            turn->linked_shared[turn->linked_target_count] = shared[i];
            snprintf(turn->linked_targets[turn->linked_target_count++], RUB_ID_BYTES, "%s",
                     scn_target(session->scenario, i)->id);
        }
    }
}
