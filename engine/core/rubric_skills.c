/* rubric_skills: discovery and listening, each one pass over a session's
 * turns that adds its reasons (docs/rubric.md); benefits and the next step
 * are in rubric_offer.c. The thresholds below are the rubric's judgement calls. */
#include "rubric.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rubric_internal.h"

/* Lines before this many trainee turns count as "early" for open questions. */
enum { EARLY_TRAINEE_TURNS = 3, EARLY_OPEN_POINTS = 5 };
/* The third question in a row without follow-up is interrogation. */
enum { INTERROGATION_RUN = 3 };
/* Reflections with no question, in a row, that read as technique. */
enum { REFLECTION_WINDOW = 3 };
/* A target revealed after a line that asked nothing earns this fraction of
 * its share (the prospect volunteered it). */
enum { UNASKED_TARGET_DIVISOR = 4 };
/* Word share and "you" focus count only alongside this many questions
 * (and reflections, for "you" focus): a rep who asks nothing has not let
 * them talk, whatever the share. */
enum { LISTENING_MIN_QUESTIONS = 2 };
/* Letting them talk is only rewarded over a call of at least this many
 * trainee turns (two lines and a brush-off prove nothing); too high a
 * share is penalised on any call. */
enum { WORD_SHARE_MIN_TURNS = 3 };

/* ---- discovery and listening ------------------------------------------------ */

static bool listens(const RubTurn *turn);

/* The first word of a line's last question, lowered, or "" */
static void question_lead(const char *text, char *word, size_t size)
{
    word[0] = '\0';
    const char *q = text != NULL ? strrchr(text, '?') : NULL;
    if (q == NULL)
        return;
    const char *start = q;
    while (start > text && start[-1] != '.' && start[-1] != '!' && start[-1] != '?')
        start--;
    while (start < q && !isalpha((unsigned char)*start))
        start++;
    size_t n = 0;
    while (start + n < q && isalpha((unsigned char)start[n]) && n + 1 < size) {
        word[n] = (char)tolower((unsigned char)start[n]);
        n++;
    }
    word[n] = '\0';
}

/* Whether a trainee line pitches: a feature or a benefit, or a yes/no
 * question that offers what you sell ("Would shelf-ready trays help you at
 * all?"), with no open question or probe of theirs in it and no question
 * of their situation ("...syncs straight into QuickBooks. How many hours a
 * week are you spending on it?" asks of them). */
static bool pitches(const RubTurn *turn)
{
    static const char *const wh[] = {"how", "what", "who", "when", "where", "which", "why", NULL};
    static const char *const offers[] = {"would", "could", "shall", NULL};
    if (rub_has(turn, AN_OPEN_QUESTION) || rub_has(turn, AN_PROBE))
        return false;
    bool pitch = rub_has(turn, AN_FEATURE) || rub_has(turn, AN_BENEFIT);
    if (!pitch && !(rub_has(turn, AN_CLOSED_QUESTION) && turn->analysis.term_hits[AN_TERM_FEATURE][0] >= 0))
        return false;
    char lead[16];
    question_lead(turn->text, lead, sizeof lead);
    for (size_t k = 0; wh[k] != NULL; k++)
        if (strcmp(lead, wh[k]) == 0)
            return false;
    for (size_t k = 0; !pitch && offers[k] != NULL; k++)
        pitch = strcmp(lead, offers[k]) == 0;
    return pitch;
}

void rub_score_discovery(Scorer *scorer)
{
    const RubConfig *cfg = scorer->cfg;
    RubMetrics *m = &scorer->out->metrics;
    bool discovered = false; /* an open question, a probe or a reveal so far */
    int trainee_index = 0, run = 0;
    char seen[RUB_MAX_TARGETS][RUB_ID_BYTES];
    size_t seen_count = 0;
    int target_total = cfg->target_count > 0 ? cfg->target_count : 0;
    bool asked_for = false; /* a target told to a line that was no pitch */

    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee) {
            for (size_t r = 0; r < turn->revealed_count && r < RUB_MAX_TARGETS; r++) {
                const char *id = turn->revealed[r];
                if (id[0] == '\0' || rub_id_in(seen, seen_count, id) || seen_count >= RUB_MAX_TARGETS)
                    continue;
                snprintf(seen[seen_count], RUB_ID_BYTES, "%s", id);
                seen_count++;
                discovered = true;
                if (target_total == 0 || (int)seen_count > target_total)
                    continue;
                /* 50 points shared so that all targets sum to exactly 50 */
                int share = rub_rules[R_TARGET].cap;
                int points = share * (int)seen_count / target_total -
                             share * ((int)seen_count - 1) / target_total;
                int asker = rub_previous_trainee(scorer, (size_t)i);
                char name[NAME_BYTES];
                rub_target_name(scorer, id, name, sizeof name);
                /* told in reply to a pitch's yes/no question ("Would
                 * shelf-ready trays help you at all?") before any target
                 * they were asked for: not asked, as for the ask
                 * (rub_earning_targets) */
                const RubTurn *by = asker >= 0 ? &scorer->turns[asker] : NULL;
                bool pitched = by != NULL && pitches(by);
                if (by != NULL && rub_is_question(by) && !(pitched && !asked_for))
                    rub_add_reason(scorer, R_TARGET, asker, points, rub_question_match(&scorer->turns[asker]),
                                   "Your question got them to tell you: %s (%zu of %d). Keep asking "
                               "what lies behind it.",
                               name, seen_count, target_total);
                else
                    rub_add_reason(scorer, R_TARGET, asker >= 0 ? asker : (int)i,
                                   points / UNASKED_TARGET_DIVISOR > 0 ? points / UNASKED_TARGET_DIVISOR : 1,
                                   NULL,
                                   "They told you %s (%zu of %d) without being asked; a question "
                               "about it would have earned it fully (\"what's behind that?\").",
                               name, seen_count, target_total);
            }
            if (turn->revealed_count > 0) {
                int asker = rub_previous_trainee(scorer, (size_t)i);
                const RubTurn *by = asker >= 0 ? &scorer->turns[asker] : NULL;
                asked_for = asked_for || (by != NULL && !pitches(by));
            }
            continue;
        }
        bool open = rub_has(turn, AN_OPEN_QUESTION), probe = rub_has(turn, AN_PROBE);
        bool question = rub_is_question(turn);
        if (open)
            rub_add_reason(scorer, R_OPEN, (int)i,
                           trainee_index < EARLY_TRAINEE_TURNS ? EARLY_OPEN_POINTS : rub_rules[R_OPEN].points,
                           rub_label_match(turn, AN_OPEN_QUESTION),
                           trainee_index < EARLY_TRAINEE_TURNS
                           ? "An open question early in the call let them tell their story."
                           : "An open question invited them to explain in their own words.");
        if (probe)
            rub_add_reason(scorer, R_PROBE, (int)i, rub_rules[R_PROBE].points, rub_label_match(turn, AN_PROBE),
                           "You followed up on what they had just said and dug deeper.");
        if (question) {
            const char *phrase = rub_cue_match(turn, AN_CUE_MOTIVE);
            if (phrase != NULL)
                rub_add_reason(scorer, R_MOTIVE, (int)i, rub_rules[R_MOTIVE].points, phrase,
                               "You asked for the motive, not only the facts.");
            /* asked, not said: "it's costing you sleep, so it matters" is a
             * remark before the question */
            phrase = rub_cue_asked(turn, AN_CUE_COST_OF_INACTION) ? rub_cue_match(turn, AN_CUE_COST_OF_INACTION)
                                                                   : NULL;
            if (phrase != NULL)
                rub_add_reason(scorer, R_COST, (int)i, rub_rules[R_COST].points, phrase,
                               "You asked what doing nothing would cost them.");
            /* the word must be asked about: "budget" in a reflection or
             * "approvals" in a feature list is no question of how they buy */
            phrase = rub_cue_asked(turn, AN_CUE_BUYING_PROCESS) ? rub_cue_match(turn, AN_CUE_BUYING_PROCESS)
                                                                : NULL;
            if (phrase != NULL)
                rub_add_reason(scorer, R_PROCESS, (int)i, rub_rules[R_PROCESS].points, phrase,
                               "You asked how they buy: who decides, who influences, by when.");
        }
        /* interrogation: the third question in a row with no probe, no
         * reflection and no cue of theirs followed up ("Wait, so you do the
         * books yourself on Sundays?" after the Sunday shoebox digs in). An
         * ask is no interrogation question: "Would you be open to a demo
         * next week?" neither counts in the run nor breaks it. */
        bool follow_up = probe || rub_has(turn, AN_REFLECTION) ||
                         ((turn->picked_cue_count > 0 || turn->touched_cue_count > 0) && listens(turn));
        if (scorer->ask[i] && !open && !probe) {
            /* the run goes on past it */
        } else if (question && !follow_up) {
            run++;
            if (run >= INTERROGATION_RUN) {
                m->interrogation_questions++;
                rub_add_reason(scorer, R_INTERROGATION, (int)i, rub_rules[R_INTERROGATION].points,
                               rub_question_match(turn),
                               "Question %d in a row with no follow-up reads as an interrogation; "
                           "dig into their last answer before changing topic (\"you said ..., "
                           "what happened then?\").",
                           run);
            }
        } else {
            run = 0;
        }
        if (rub_has(turn, AN_FEATURE) && !discovered)
            rub_add_reason(scorer, R_PITCH_EARLY, (int)i, rub_rules[R_PITCH_EARLY].points,
                           rub_label_match(turn, AN_FEATURE),
                           "You pitched before any discovery; ask what they want to accomplish "
                       "first (\"what's keeping you busiest?\"), then pitch to that.");
        if (open || probe)
            discovered = true;
        trainee_index++;
    }

    if (m->discovery_questions >= 2 && m->open_ratio < cfg->open_ratio_target && cfg->open_ratio_target > 0) {
        double gap = (cfg->open_ratio_target - m->open_ratio) / cfg->open_ratio_target;
        int points = -(int)(gap * rub_rules[R_OPEN_RATIO].cap + 0.5);
        if (points == 0)
            points = -1;
        rub_add_reason(scorer, R_OPEN_RATIO, -1, points, NULL,
                       "Only %d of your %d questions were open (%d%%); aim for at least %d%% "
                   "what/how/why questions.",
                   m->open_questions, m->discovery_questions, (int)(m->open_ratio * 100 + 0.5),
                   (int)(cfg->open_ratio_target * 100 + 0.5));
    }
}

/* A line that shows listening: a question, a probe or a reflection. The
 * session decides which cues a line followed (RubTurn.picked_cues: by its
 * question, probe or reflection on the cue, never by a pitch, an ask or a
 * yes/no question that merely contains the cue's words); this is the
 * rubric's own check of the line: a pitch checked with a yes/no question
 * ("Our routing stops two guys going to the same street. Would that help?")
 * is not listening. */
static bool listens(const RubTurn *turn)
{
    if (rub_has(turn, AN_REFLECTION) || rub_has(turn, AN_PROBE) || rub_has(turn, AN_OPEN_QUESTION))
        return true;
    return rub_has(turn, AN_CLOSED_QUESTION) && !rub_has(turn, AN_FEATURE);
}

void rub_score_listening(Scorer *scorer)
{
    const RubConfig *cfg = scorer->cfg;
    RubMetrics *m = &scorer->out->metrics;
    int window = cfg->cue_window_turns > 0 ? cfg->cue_window_turns : 1;
    bool over = false; /* the call has ended in a no (RubTurn.ends_in_a_no) */
    size_t booked = scorer->count; /* the line that agreed the next step (RubTurn.ends_in_next_step) */
    for (size_t i = 0; i < scorer->count; i++) {
        over = over || (!scorer->turns[i].trainee && scorer->turns[i].ends_in_a_no);
        if (!scorer->turns[i].trainee && scorer->turns[i].ends_in_next_step)
            booked = i;
    }

    /* used[i * RUB_MAX_CUES + c]: trainee turn i's pick c already credited;
     * state[p * RUB_MAX_CUES + c]: what became of cue c of prospect line p */
    enum { CUE_OPEN, CUE_PICKED, CUE_MISSED };
    size_t cells = scorer->count * RUB_MAX_CUES + 1;
    bool *used = calloc(cells, sizeof *used);
    unsigned char *state = calloc(cells, sizeof *state);
    size_t *at = calloc(cells, sizeof *at);
    if (used == NULL || state == NULL || at == NULL) {
        free(used);
        free(state);
        free(at);
        scorer->error = COACH_ENOMEM;
        return;
    }
    for (size_t p = 0; p < scorer->count; p++) {
        const RubTurn *prospect = &scorer->turns[p];
        if (prospect->trainee)
            continue;
        /* a line with several cues is followed by following one of them:
         * the others are not counted as missed */
        bool picked[RUB_MAX_CUES] = {false};
        int seen[RUB_MAX_CUES] = {0};
        bool any_picked = false, touched = false;
        for (size_t c = 0; c < prospect->cue_count && c < RUB_MAX_CUES; c++) {
            const char *id = prospect->cues[c].id;
            at[p * RUB_MAX_CUES + c] = p;
            for (size_t t = rub_next_trainee(scorer, p);
                 t < scorer->count && seen[c] < window && !picked[c]; t = rub_next_trainee(scorer, t)) {
                const RubTurn *turn = &scorer->turns[t];
                seen[c]++;
                at[p * RUB_MAX_CUES + c] = t;
                /* asked of with a yes/no question that names it: not missed,
                 * even in a line that pitches first ("...portable mortgages
                 * so you could take it with you. Is Tom's school definately
                 * merging?"; the session leaves out one that offers it) */
                for (size_t k = 0; k < turn->touched_cue_count && k < RUB_MAX_CUES; k++)
                    touched = touched || strcmp(turn->touched_cues[k], id) == 0;
                if (!listens(turn))
                    continue;
                for (size_t k = 0; k < turn->picked_cue_count && k < RUB_MAX_CUES; k++) {
                    if (used[t * RUB_MAX_CUES + k] || strcmp(turn->picked_cues[k], id) != 0)
                        continue;
                    used[t * RUB_MAX_CUES + k] = true;
                    picked[c] = true;
                    break;
                }
            }
            any_picked = any_picked || picked[c];
        }
        /* the call over in a no, a cue answered at least once has had its
         * chance: "Their buyer is getting twitchy" answered "Ouch. Our
         * sensors... Would you be open to a demo sometime?" and the call
         * ends in "Send me something in writing" (r23 plant_downtime average
         * 6). A call that ends in the next step agreed leaves the cues of
         * its last lines to that meeting ("Dad would like that too" answered
         * with the ask that brings him); a cue never answered is not judged */
        /* ...that is, the cues of the last two prospect lines before the
         * booking: "oh, that's soon, isn't it?", then "You'd want to say that
         * to Theo", then the ask that brings Theo and "Tuesday it is" (r24
         * loyal_customer skilled 9) */
        size_t later = 0;
        for (size_t q = p + 1; q < booked; q++)
            later += !scorer->turns[q].trainee;
        bool to_meeting = booked < scorer->count && p <= booked && later < 2;
        for (size_t c = 0; c < prospect->cue_count && c < RUB_MAX_CUES; c++) {
            bool judged = !to_meeting && (seen[c] >= window || (over && seen[c] > 0));
            state[p * RUB_MAX_CUES + c] = picked[c]                          ? CUE_PICKED
                                          : judged && !any_picked && !touched ? CUE_MISSED
                                                                              : CUE_OPEN;
        }
    }
    /* one cue, one verdict: a cue the prospect drops again (Raj, then Raj's
     * team, or the rates of her first line brought back in her own words;
     * under an id that names it again, rub_same_cue: "audit" then "auditor",
     * "raj" then "raj must") is
     * credited once when followed up either time, and judged missed only
     * where it was first dropped: bringing it back gives another chance to
     * follow it, never another cost */
    for (size_t p = 0; p < scorer->count; p++) {
        const RubTurn *prospect = &scorer->turns[p];
        if (prospect->trainee)
            continue;
        /* the cues of one line left together are one moment missed: named
         * together, docked once (following one of them is enough) */
        char missed_names[2 * NAME_BYTES] = "";
        size_t missed_here = 0, missed_at = 0;
        /* following one of them is enough, also where they bring it back:
         * "The rates keep moving... And two houses on our street sold for
         * less", then "Rates, I suppose. Or the street thing" and "Let's
         * start with the rates then" (r24 homebuyer_rates skilled 3) leaves
         * the street no moment missed (a cue of the line followed before it
         * was dropped here is no follow-up of this line) */
        bool line_followed = false;
        for (size_t c = 0; c < prospect->cue_count && c < RUB_MAX_CUES; c++)
            for (size_t q = p; q < scorer->count && !line_followed; q++) {
                const RubTurn *other = &scorer->turns[q];
                for (size_t d = 0; !other->trainee && d < other->cue_count && d < RUB_MAX_CUES; d++)
                    line_followed = line_followed || (rub_same_cue(other->cues[d].id, prospect->cues[c].id) &&
                                                      state[q * RUB_MAX_CUES + d] == CUE_PICKED);
            }
        for (size_t c = 0; c < prospect->cue_count && c < RUB_MAX_CUES; c++) {
            const char *id = prospect->cues[c].id;
            bool picked_anywhere = false, earlier = false, dropped_before = false;
            for (size_t q = 0; q < scorer->count; q++) {
                const RubTurn *other = &scorer->turns[q];
                for (size_t d = 0; !other->trainee && d < other->cue_count && d < RUB_MAX_CUES; d++) {
                    if (!rub_same_cue(other->cues[d].id, id))
                        continue;
                    unsigned char verdict = state[q * RUB_MAX_CUES + d];
                    picked_anywhere = picked_anywhere || verdict == CUE_PICKED;
                    dropped_before = dropped_before || q < p || (q == p && d < c);
                    if ((q < p || (q == p && d < c)) && verdict != CUE_OPEN &&
                        (verdict == CUE_PICKED || state[p * RUB_MAX_CUES + c] == CUE_MISSED))
                        earlier = true;
                }
            }
            unsigned char verdict = state[p * RUB_MAX_CUES + c];
            m->cues_offered++;
            char name[NAME_BYTES];
            rub_cue_name(&prospect->cues[c], prospect->text, name, sizeof name);
            if (verdict == CUE_PICKED && !earlier) {
                m->cues_picked_up++;
                rub_add_reason(scorer, R_CUE_PICKED, (int)at[p * RUB_MAX_CUES + c], rub_rules[R_CUE_PICKED].points,
                               NULL, "You picked up their hint about %s and followed it up.", name);
            } else if (verdict == CUE_MISSED && !picked_anywhere && !dropped_before && !line_followed) {
                m->cues_missed++;
                size_t used_bytes = strlen(missed_names);
                snprintf(missed_names + used_bytes, sizeof missed_names - used_bytes, "%s%s",
                         missed_here == 0 ? "" : " and ", name);
                missed_here++;
                missed_at = at[p * RUB_MAX_CUES + c];
            }
        }
        if (missed_here > 0)
            rub_add_reason(scorer, R_CUE_MISSED, (int)missed_at, rub_rules[R_CUE_MISSED].points, NULL,
                           "They hinted at %s and it went unexplored; next time give it back "
                       "or ask \"tell me more about that\".",
                       missed_names);
    }
    free(used);
    free(state);
    free(at);

    int reflection_run = 0;
    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee)
            continue;
        bool reflection = rub_has(turn, AN_REFLECTION), question = rub_is_question(turn);
        /* only reflections with no question in the line make a run: "That
         * sounds rough. What happened next?" is good listening */
        if (reflection && !question) {
            reflection_run++;
        } else {
            reflection_run = 0;
        }
        if (reflection && reflection_run >= REFLECTION_WINDOW)
            rub_add_reason(scorer, R_REFLECTION_OVERUSE, (int)i, rub_rules[R_REFLECTION_OVERUSE].points,
                           rub_label_match(turn, AN_REFLECTION),
                           "%d reflections in a row with no question start to sound like a "
                       "technique; follow one with a question (\"...what happened then?\").",
                       reflection_run);
        else if (reflection)
            rub_add_reason(scorer, R_REFLECTION, (int)i, rub_rules[R_REFLECTION].points,
                           rub_label_match(turn, AN_REFLECTION),
                           "You gave their point back in your own words, so they felt heard.");
        if (rub_has(turn, AN_OPEN_QUESTION) || rub_has(turn, AN_PROBE))
            rub_add_reason(scorer, R_LET_TALK, (int)i, rub_rules[R_LET_TALK].points,
                           rub_label_match(turn, rub_has(turn, AN_PROBE) ? AN_PROBE : AN_OPEN_QUESTION),
                           "A question that hands them the floor lets them talk.");
        int words = rub_turn_words(turn);
        if (words > cfg->max_monologue_words)
            rub_add_reason(scorer, R_MONOLOGUE, (int)i, rub_rules[R_MONOLOGUE].points, NULL,
                           "You spoke %d words in one go (more than %d); say less and hand the "
                       "conversation back with a question.",
                       words, cfg->max_monologue_words);
        if (rub_has(turn, AN_SELLER_FOCUS))
            rub_add_reason(scorer, R_SELLER_FOCUS, (int)i, rub_rules[R_SELLER_FOCUS].points,
                           rub_label_match(turn, AN_SELLER_FOCUS),
                           "You talked about your own situation; keep the call on their problems, "
                       "not yours.");
    }

    bool behaviour = m->questions >= LISTENING_MIN_QUESTIONS;
    if (m->trainee_turns > 0) {
        int share = (int)(m->trainee_word_share * 100 + 0.5);
        int limit = (int)(cfg->max_word_share * 100 + 0.5);
        if (share <= limit && m->trainee_turns >= WORD_SHARE_MIN_TURNS && behaviour)
            rub_add_reason(scorer, R_WORD_SHARE, -1, rub_rules[R_WORD_SHARE].points, NULL,
                           "You asked and let them talk: you said %d%% of the words (aim for %d%% "
                       "or less).",
                       share, limit);
        else if (share > limit)
            rub_add_reason(scorer, R_WORD_SHARE, -1, -(share - limit), NULL,
                           "You said %d%% of the words; aim for %d%% or less by asking and then "
                       "letting them talk.",
                       share, limit);
    }
    if (m->you_words > m->i_words && m->questions + m->reflections >= LISTENING_MIN_QUESTIONS)
        rub_add_reason(scorer, R_YOU_FOCUS, -1, rub_rules[R_YOU_FOCUS].points, NULL,
                       "Your lines were about them (\"you\" %d times, \"I/we\" %d).", m->you_words,
                       m->i_words);
    else if (m->i_words > m->you_words)
        rub_add_reason(scorer, R_YOU_FOCUS, -1, -rub_rules[R_YOU_FOCUS].points, NULL,
                       "You said \"I/we\" %d times and \"you\" %d; turn your sentences towards them.",
                       m->i_words, m->you_words);
}
