/* session_view: reading a session's state (see session.h), and for
 * authors, where a line would go at a node (coach hear). */
#include "session.h"
#include "utf8.h"
#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "log.h"
#include "log_queue.h"
#include "session_internal.h"

/* --- reading the state ---------------------------------------------------------- */

SesState ses_state(const Session *session)
{
    return session != NULL ? session->state : SES_FAILED;
}

bool ses_accepts_text(const Session *session)
{
    return session != NULL && (session->state == SES_AWAIT_TEXT ||
                               (session->state == SES_AWAIT_CHOICE && session->accepts_text));
}

const Scenario *ses_scenario(const Session *session)
{
    return session->scenario;
}

const char *ses_prospect_line(const Session *session)
{
    for (size_t i = session->turn_count; i-- > 0;)
        if (!session->turns[i].trainee)
            return session->data[i].text;
    return "";
}

size_t ses_choice_count(const Session *session)
{
    return session->state == SES_AWAIT_CHOICE ? session->choice_count : 0;
}

const ScnChoice *ses_choice(const Session *session, size_t index)
{
    return index < session->choice_count ? &session->choices[index].view : NULL;
}

/* splitmix64: a well-mixed 64-bit step, the same everywhere. */
static uint64_t ses_mix(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void ses_shuffle_order(uint64_t seed, size_t line, size_t *order, size_t count)
{
    /* its own stream: the scenario's random numbers are not touched */
    uint64_t state = seed ^ (0xD1B54A32D192ED03ull * ((uint64_t)line + 1));
    for (size_t i = 0; i < count; i++)
        order[i] = i;
    for (size_t i = count; i > 1; i--) {
        size_t j = (size_t)(ses_mix(&state) % i);
        size_t swap = order[i - 1];
        order[i - 1] = order[j];
        order[j] = swap;
    }
}

size_t ses_choice_order(const Session *session, size_t *order, size_t max)
{
    size_t count = session->state == SES_AWAIT_CHOICE ? session->choice_count : 0;
    if (count == 0 || max == 0)
        return count;
    size_t *all = count <= max ? order : malloc(count * sizeof *all);
    if (all == NULL) {
        for (size_t i = 0; i < max; i++)
            order[i] = i;
        return count;
    }
    if (session->shuffle_choices)
        ses_shuffle_order(session->seed, session->input_count, all, count);
    else
        for (size_t i = 0; i < count; i++)
            all[i] = i;
    if (all != order) {
        memcpy(order, all, max * sizeof *order);
        free(all);
    }
    return count;
}

size_t ses_turn_count(const Session *session)
{
    return session->turn_count;
}

const SesTurn *ses_turn(const Session *session, size_t index)
{
    return index < session->turn_count ? &session->turns[index] : NULL;
}

const RubScores *ses_scores(const Session *session)
{
    return session->scores;
}

const char *ses_ending(const Session *session)
{
    return session->state == SES_ENDED ? session->ending : NULL;
}

void ses_ending_label(const Session *session, char *out, size_t size)
{
    if (out == NULL || size == 0)
        return;
    out[0] = '\0';
    if (session->state != SES_ENDED || session->ending == NULL)
        return;
    if (session->ending_label != NULL && session->ending_label[0] != '\0')
        snprintf(out, size, "%s", session->ending_label);
    else
        rub_id_words(session->ending, out, size);
}

bool ses_ending_success(const Session *session)
{
    return session->state == SES_ENDED && session->ending_success;
}

const char *ses_log_path(const Session *session)
{
    return session->no_log || session->log_path[0] == '\0' ? NULL : session->log_path;
}

const CoachError *ses_error(const Session *session)
{
    return &session->error;
}

size_t ses_input_count(const Session *session)
{
    return session->input_count;
}

const SesInput *ses_input(const Session *session, size_t index)
{
    return index < session->input_count ? &session->inputs[index] : NULL;
}

int ses_node(const Session *session)
{
    return session->node;
}

bool ses_target_revealed(const Session *session, size_t index)
{
    return index < scn_target_count(session->scenario) && session->revealed[index];
}

const char *ses_id(const Session *session)
{
    return session->id;
}

const char *ses_trainee(const Session *session)
{
    return session->trainee;
}

uint64_t ses_seed(const Session *session)
{
    return session->seed;
}

/* --- authoring: where a line would go ---------------------------------------------- */

int ses_goto(Session *session, const char *node_id, CoachError *err)
{
    if (session == NULL || (session->state != SES_AWAIT_TEXT && session->state != SES_AWAIT_CHOICE))
        return err_set(err, COACH_ESTATE, NULL, 0, "ses_goto: the call is not in progress");
    int node = scn_find_node(session->scenario, node_id);
    if (node < 0)
        return err_set(err, COACH_EUSAGE, scn_info(session->scenario)->path, 0, "no node \"%s\"", node_id);
    return ses_enter(session, node, err);
}

typedef struct SesText {
    char *data;
    size_t length, capacity;
    bool failed;
} SesText;

static void ses_text_add(SesText *t, const char *format, ...)
{
    if (t->failed)
        return;
    va_list args;
    va_start(args, format);
    char line[1024];
    int n = vsnprintf(line, sizeof line, format, args);
    va_end(args);
    if (n < 0)
        return;
    size_t add = (size_t)n < sizeof line ? (size_t)n : sizeof line - 1;
    if (t->length + add + 1 > t->capacity) {
        size_t capacity = t->capacity ? t->capacity * 2 : 1024;
        while (capacity < t->length + add + 1)
            capacity *= 2;
        char *grown = realloc(t->data, capacity);
        if (grown == NULL) {
            t->failed = true;
            return;
        }
        t->data = grown;
        t->capacity = capacity;
    }
    memcpy(t->data + t->length, line, add);
    t->length += add;
    t->data[t->length] = '\0';
}

static const char *ses_edge_target(const Session *session, ScnRouteKind kind, const char *id)
{
    const ScnNode *view = scn_node(session->scenario, (size_t)session->node);
    for (size_t e = 0; e < view->edge_count; e++)
        if (view->edges[e].kind == kind && (id == NULL || strcmp(view->edges[e].id, id) == 0))
            return view->edges[e].to != NULL ? view->edges[e].to : "(a function decides)";
    return "?";
}

char *ses_explain_hearing(Session *session, const char *text, size_t len, CoachError *err)
{
    if (session == NULL || !ses_accepts_text(session) || session->analyzer == NULL) {
        err_set(err, COACH_ESTATE, NULL, 0, "this node does not take a typed line");
        return NULL;
    }
    const RubConfig *cfg = scn_rubric(session->scenario);
    const char *context = session->turn_count > 0 ? session->data[session->turn_count - 1].text : "";
    char *clean = ses_clean_utf8(text, len);
    AnResult *analysis = malloc(sizeof *analysis);
    if (clean == NULL || analysis == NULL) {
        free(clean);
        free(analysis);
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    an_analyze(session->analyzer, text, len, context, analysis);
    bool premature = (analysis->labels & AN_BIT(AN_NEXT_STEP)) &&
                     rub_ask_is_premature(session->rubric_turns, session->turn_count, cfg);
    ScnMove move = {.text = clean, .analysis = analysis, .choice = -1, .premature_ask = premature,
                    .analyzer = session->analyzer};
    SesText out = {0};
    const ScnNode *view = scn_node(session->scenario, (size_t)session->node);
    ses_text_add(&out, "node:     %s\n", view->id);
    ses_text_add(&out, "prospect: %s\n", context);
    ses_text_add(&out, "line:     %s\n", clean);
    ses_text_add(&out, "labels:  ");
    for (int l = 0; l < AN_LABEL_COUNT; l++)
        if (analysis->labels & AN_BIT(l))
            ses_text_add(&out, " %s", an_label_name((AnLabel)l));
    ses_text_add(&out, "%s%s\n", analysis->labels == 0 ? " (none)" : "", premature ? "  (a premature ask)" : "");
    for (size_t c = 0; analysis->clause_count > 1 && c < analysis->clause_count; c++) {
        const AnClause *clause = &analysis->clauses[c];
        size_t end = clause->end < strlen(clean) ? clause->end : strlen(clean);
        size_t start = clause->start < end ? clause->start : end;
        ses_text_add(&out, "  %s clause %zu: \"%.*s\" ->", (int)c == analysis->answered ? ">" : " ", c + 1,
                     (int)(end - start), clean + start);
        for (int l = 0; l < AN_LABEL_COUNT; l++)
            if (clause->labels & AN_BIT(l))
                ses_text_add(&out, " %s", an_label_name((AnLabel)l));
        ses_text_add(&out, "%s\n", clause->labels == 0 ? " (none)" : "");
    }

    /* the same intents ses_hear weighs, each explained */
    SesHeard kept;
    HearResult result;
    int option = -1;
    int rc = ses_hear(session, &move, context, &kept, &result, &option, err);
    if (rc == COACH_OK) {
        size_t rule_count, total;
        HearIntent *intents = ses_intents(session, context, &rule_count, &total);
        if (intents != NULL) {
            HearInput input = {.analyzer = session->analyzer, .text = clean, .len = strlen(clean),
                               .analysis = analysis, .context = context, .premature = premature,
                               .intents = intents, .intent_count = total};
            ses_text_add(&out, "intents:\n");
            double heard_shown = -1;
            /* a rule's test, run here for the report only (tests do not
             * change the state), on the line as ses_hear reads it */
            char blanked[2048];
            ScnMove without = move;
            if (hear_blank_excluded(clean, strlen(clean), blanked, sizeof blanked))
                without.text = blanked;
            for (size_t i = 0; i < total; i++) {
                bool needs_test = false;
                char why[HEAR_TEXT_BYTES];
                double score = hear_explain(&input, i, &needs_test, why, sizeof why);
                const char *test_note = "";
                if (needs_test && score > 0 && i < rule_count) {
                    bool passed = true;
                    CoachError test_err = {0};
                    if (scn_test_rule(session->scenario, session->node, i, &without, &passed, &test_err) != COACH_OK)
                        test_note = " (its test raised an error)";
                    else if (passed)
                        test_note = " (its test passes)";
                    else {
                        /* as hear_line: a rule its test turns down is not heard */
                        char before[HEAR_TEXT_BYTES];
                        snprintf(before, sizeof before, "%s", why);
                        if (strncmp(before, "its test passed", 15) == 0)
                            snprintf(why, sizeof why, "its test fails on this line");
                        else
                            snprintf(why, sizeof why, "its test fails on this line (else: %.*s)",
                                     (int)(sizeof why > 48 ? sizeof why - 48 : 0), before);
                        score = 0;
                    }
                }
                const char *to = intents[i].is_choice ? ses_edge_target(session, SCN_ROUTE_CHOICE, intents[i].id)
                                                      : ses_edge_target(session, SCN_ROUTE_RULE, intents[i].id);
                if ((int)i == result.intent && result.verdict == HEAR_MATCH)
                    heard_shown = score;
                ses_text_add(&out, "  %s %.2f  %-28s -> %-16s %s%s\n",
                             (int)i == (result.verdict == HEAR_MATCH ? result.intent : -1) ? "*" : " ", score,
                             intents[i].id, to, why, test_note);
            }
            free(intents);
            /* hear_line read the line a second time: with the lead-in's
             * words (the question's own topic found no taker) or the last
             * of two joined questions */
            if (heard_shown >= 0 && (heard_shown < result.score - 0.005 || heard_shown > result.score + 0.005))
                ses_text_add(&out, "          (heard on a second reading: %s)\n", result.why);
        }
        static const char *const verdicts[] = {"heard", "no intent matched: otherwise", "asks to clarify"};
        ses_text_add(&out, "verdict:  %s", verdicts[result.verdict]);
        if (result.verdict == HEAR_MATCH)
            ses_text_add(&out, " %s (%.2f)", kept.intent, result.score);
        if (result.verdict == HEAR_OTHERWISE)
            ses_text_add(&out, " -> %s", ses_edge_target(session, SCN_ROUTE_OTHERWISE, NULL));
        if (result.doubt != HEAR_DOUBT_NONE)
            ses_text_add(&out, " (%s)", hear_doubt_name(result.doubt));
        ses_text_add(&out, "\n          %s\n", kept.sentence);
        if (result.verdict == HEAR_CLARIFY && session->clarifications >= SES_MAX_CLARIFICATIONS)
            ses_text_add(&out, "          (no clarifications left in this call: otherwise applies)\n");
    }
    free(clean);
    free(analysis);
    if (rc != COACH_OK || out.failed) {
        free(out.data);
        if (rc == COACH_OK)
            err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    return out.data;
}
