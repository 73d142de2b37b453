/* session_hear: how a typed line is heard at the current node (its rules,
 * the options as shown, the author's rule tests run in the sandbox), the
 * prospect's reaction to it, and a clarification when the line was not
 * understood (at most SES_MAX_CLARIFICATIONS a call). */
#include "session.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "log_queue.h"
#include "session_internal.h"

/* What a prospect says when a line was not understood and the scenario
 * wrote no clarification of its own (scenario or node `clarify`). */
static const char *ses_default_clarification(HearDoubt doubt, int asked)
{
    switch (doubt) {
    case HEAR_DOUBT_EMPTY:
        return asked == 0 ? "Sorry, I didn't catch that." : "Sorry, you cut out there. Say again?";
    case HEAR_DOUBT_LONG:
        return "That's a lot at once. What's the one thing you want to ask me?";
    case HEAR_DOUBT_NEAR_MISS:
        return asked == 0 ? "Sorry, what do you mean exactly?" : "I'm not sure I follow. Can you put that another way?";
    case HEAR_DOUBT_DEAD_END:
        return asked == 0 ? "I'm not following. What are you actually asking me?"
                          : "Sorry, I've lost you. What is it you want to know?";
    default:
        return asked == 0 ? "Sorry, I'm not sure what you're asking me." : "Sorry, can you say that another way?";
    }
}

/* The first word of the persona's name: who "heard" the line. */
static void ses_listener(const Session *session, char *out, size_t size)
{
    const char *name = scn_info(session->scenario)->persona_name;
    size_t n = strcspn(name != NULL ? name : "", " ");
    snprintf(out, size, "%.*s", (int)n, name != NULL ? name : "");
}

typedef struct SesHearing {
    Session *session;
    const ScnMove *move;
    const char *context;
    size_t rule_count;
} SesHearing;

/* The move a rule's test reads: the line, an empty line, or the answered
 * clause alone (its own text and analysis). */
static int ses_test_rule(void *data, size_t intent, HearTestOn on, size_t part_start, size_t part_end, bool *passed,
                         CoachError *err)
{
    SesHearing *hearing = data;
    *passed = true;
    if (intent >= hearing->rule_count)
        return COACH_OK;
    const ScnMove *move = hearing->move;
    if (on == HEAR_TEST_LINE)
        return scn_test_rule(hearing->session->scenario, hearing->session->node, intent, move, passed, err);
    AnResult *analysis = calloc(1, sizeof *analysis);
    char *text = NULL;
    if (analysis == NULL)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    ScnMove part = *move;
    if (on == HEAR_TEST_EMPTY) {
        part.text = "";
        part.premature_ask = false;
    } else {
        size_t len = strlen(move->text);
        size_t start = part_start < len ? part_start : len;
        size_t end = part_end < len && part_end > start ? part_end : len;
        text = malloc(end - start + 1);
        if (text == NULL) {
            free(analysis);
            return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        }
        memcpy(text, move->text + start, end - start);
        text[end - start] = '\0';
        an_analyze(hearing->session->analyzer, text, end - start, hearing->context, analysis);
        part.text = text;
        part.premature_ask = move->premature_ask && (analysis->labels & AN_BIT(AN_NEXT_STEP)) != 0;
    }
    part.analysis = analysis;
    int rc = scn_test_rule(hearing->session->scenario, hearing->session->node, intent, &part, passed, err);
    free(text);
    free(analysis);
    return rc;
}

/* The labels of the current node's route examples, each analysed against
 * context as hear would (HearIntent.example_labels), in order: kept in the
 * session while the node and context stay the same. Borrowed until the next
 * call; NULL when out of memory (hear then analyses them itself). */
static const unsigned *route_example_labels(Session *session, const HearIntent *rules, size_t rule_count,
                                            const char *context, size_t *count)
{
    *count = 0;
    for (size_t i = 0; i < rule_count; i++)
        *count += rules[i].example_count;
    /* an_analyze reads a NULL context as an empty one */
    const char *line = context != NULL ? context : "";
    if (session->example_labels != NULL && session->example_labels_node == session->node &&
        strcmp(session->example_labels_context, line) == 0)
        return session->example_labels;
    free(session->example_labels);
    free(session->example_labels_context);
    session->example_labels = NULL;
    session->example_labels_context = NULL;
    session->example_labels_node = -1;
    unsigned *labels = calloc(*count + 1, sizeof *labels);
    char *kept_line = ses_strdup(line);
    if (labels == NULL || kept_line == NULL) {
        free(labels);
        free(kept_line);
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < rule_count; i++)
        for (size_t e = 0; e < rules[i].example_count; e++, k++) {
            const char *example = rules[i].examples[e];
            if (example == NULL)
                continue;
            AnResult analysed;
            an_analyze(session->analyzer, example, strlen(example), context, &analysed);
            labels[k] = analysed.labels;
        }
    session->example_labels = labels;
    session->example_labels_context = kept_line;
    session->example_labels_node = session->node;
    return labels;
}

/* The intents a typed line is heard against at the current node: its rules
 * (the scenario's, static) and its options as shown now; the rules' example
 * labels against context are copied into the same block. Caller frees (one
 * free); NULL when out of memory. */
HearIntent *ses_intents(Session *session, const char *context, size_t *rule_count, size_t *total)
{
    const HearIntent *rules;
    *rule_count = scn_intents(session->scenario, session->node, &rules);
    *total = *rule_count + session->choice_count;
    size_t example_count = 0;
    const unsigned *kept = route_example_labels(session, rules, *rule_count, context, &example_count);
    size_t intent_bytes = (*total + 1) * sizeof(HearIntent);
    HearIntent *intents = calloc(1, intent_bytes + (kept != NULL ? example_count * sizeof *kept : 0));
    if (intents == NULL)
        return NULL;
    if (*rule_count > 0)
        memcpy(intents, rules, *rule_count * sizeof *intents);
    if (kept != NULL) {
        unsigned *labels = (unsigned *)((char *)intents + intent_bytes);
        memcpy(labels, kept, example_count * sizeof *kept);
        for (size_t i = 0; i < *rule_count; i++) {
            intents[i].example_labels = labels;
            labels += intents[i].example_count;
        }
    }
    for (size_t i = 0; i < session->choice_count; i++) {
        const ScnChoice *choice = &session->choices[i].view;
        HearIntent *intent = &intents[*rule_count + i];
        intent->id = choice->id;
        intent->is_choice = true;
        intent->premature = -1;
        intent->text = choice->text;
        if (choice->has_labels) {
            intent->text_labels = choice->labels;
        } else {
            AnResult analysed;
            an_analyze(session->analyzer, choice->text, strlen(choice->text), context, &analysed);
            intent->text_labels = analysed.labels;
        }
        intent->examples = choice->examples;
        intent->example_count = choice->example_count;
    }
    return intents;
}

/* Hears a typed line at the current node against its rules and, at a choice
 * node, its options. *option is the option heard (-1 none). */
int ses_hear(Session *session, const ScnMove *move, const char *context, SesHeard *kept,
             HearResult *result, int *option, CoachError *err)
{
    Scenario *scenario = session->scenario;
    size_t rule_count, total;
    HearIntent *intents = ses_intents(session, context, &rule_count, &total);
    if (intents == NULL)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    char listener[64];
    ses_listener(session, listener, sizeof listener);
    /* the rules' tests read the line with what it leaves out blanked, as
     * the rules' words do ("Apart from you and Tom, who else...": not Tom) */
    char blanked[2048];
    ScnMove without = *move;
    if (hear_blank_excluded(move->text, strlen(move->text), blanked, sizeof blanked))
        without.text = blanked;
    SesHearing hearing = {.session = session, .move = &without, .context = context, .rule_count = rule_count};
    HearInput input = {.analyzer = session->analyzer,
                       .text = move->text,
                       .len = strlen(move->text),
                       .analysis = move->analysis,
                       .context = context,
                       .premature = move->premature_ask,
                       .intents = intents,
                       .intent_count = total,
                       .otherwise_ends_call = scn_otherwise_ends_call(scenario, session->node),
                       .closing = scn_node(scenario, (size_t)session->node)->closing,
                       .can_clarify = session->clarifications < SES_MAX_CLARIFICATIONS,
                       .listener = listener,
                       .test = ses_test_rule,
                       .test_data = &hearing};
    int rc = hear_line(&input, result, err);
    if (rc == COACH_OK) {
        memset(kept, 0, sizeof *kept);
        kept->verdict = result->verdict;
        kept->doubt = result->doubt;
        kept->score = result->score;
        kept->runner_up_score = result->runner_up_score;
        if (result->verdict == HEAR_MATCH && result->intent >= 0)
            snprintf(kept->intent, sizeof kept->intent, "%s", intents[result->intent].id);
        if (result->runner_up >= 0)
            snprintf(kept->runner_up, sizeof kept->runner_up, "%s", intents[result->runner_up].id);
        snprintf(kept->why, sizeof kept->why, "%s", result->why);
        hear_sentence(result, listener, kept->sentence, sizeof kept->sentence);
        *option = result->verdict == HEAR_MATCH && result->intent >= (int)rule_count
                      ? result->intent - (int)rule_count
                      : -1;
    }
    free(intents);
    return rc;
}

/* The prospect's state reacts to the line's labels (scenario reactions). */
int ses_react(Session *session, const RubTurn *turn, bool premature, CoachError *err)
{
    Scenario *scenario = session->scenario;
    for (size_t i = 0; i < scn_reaction_count(scenario); i++) {
        const ScnReaction *reaction = scn_reaction(scenario, i);
        AnLabel label;
        bool applies = strcmp(reaction->key, "premature_ask") == 0
                           ? premature
                           : an_label_from_name(reaction->key, &label) && (turn->analysis.labels & AN_BIT(label));
        if (applies && scn_state_add(scenario, reaction->var, reaction->delta, err) != COACH_OK)
            return err->code != 0 ? err->code : COACH_ESCRIPT;
    }
    return COACH_OK;
}

/* Gives an analysis the labels an option's author set for it. */
void ses_apply_option_labels(AnResult *a, const SesChoiceData *option)
{
    if (!option->view.has_labels)
        return;
    size_t kept = 0;
    for (size_t e = 0; e < a->evidence_count; e++)
        if (option->view.labels & AN_BIT(a->evidence[e].label))
            a->evidence[kept++] = a->evidence[e];
    a->evidence_count = kept;
    a->labels = option->view.labels;
    for (size_t c = 0; c < a->clause_count; c++)
        a->clauses[c].labels &= option->view.labels;
    if (a->clause_count > 0 && a->answered >= 0)
        a->clauses[a->answered].labels |= option->view.labels;
    for (int l = 0; l < AN_LABEL_COUNT; l++) {
        bool has = false;
        for (size_t e = 0; e < a->evidence_count; e++)
            if (a->evidence[e].label == (AnLabel)l)
                has = true;
        if ((a->labels & AN_BIT(l)) && !has && a->evidence_count < AN_MAX_EVIDENCE) {
            AnEvidence *added = &a->evidence[a->evidence_count++];
            added->label = (AnLabel)l;
            added->clause = a->answered >= 0 ? a->answered : 0;
            snprintf(added->rule, sizeof added->rule, "choice.labels");
            snprintf(added->match, sizeof added->match, "%s", option->id);
        }
    }
}

/* The prospect did not understand: the trainee's line and the prospect's
 * clarification become turns that are not scored; the node, its options
 * and the state stay as they were. Takes clean and heard. */
int ses_clarify(Session *session, char *clean, const RubTurn *turn, SesHeard *heard, CoachError *err)
{
    Scenario *scenario = session->scenario;
    const char *node_id = scn_node(scenario, (size_t)session->node)->id;
    const char *authored = NULL;
    CoachError cause;
    err_clear(&cause);
    if (scn_clarify(scenario, session->node, &authored, &cause) != COACH_OK) {
        free(clean);
        free(heard);
        return ses_fail(session, &cause, err);
    }
    char *said = ses_strdup(authored != NULL ? authored
                                             : ses_default_clarification(heard->doubt, session->clarifications));
    char line_id[RUB_ID_BYTES * 2 + 16];
    snprintf(line_id, sizeof line_id, "%s#clarify%d", node_id, session->clarifications + 1);
    int index = said != NULL ? ses_add_turn(session) : -1;
    if (index < 0) {
        free(clean);
        free(heard);
        free(said);
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    }
    SesTurnData *data = &session->data[index];
    data->text = clean;
    data->heard = heard;
    data->state_json = scn_state_json(scenario);
    data->options_shown = session->choice_count;
    data->options_line = session->input_count - 1;
    session->rubric_turns[index] = *turn;
    session->rubric_turns[index].unscored = true;
    SesTurn *st = &session->turns[index];
    st->trainee = true;
    st->node = node_id;
    st->choice = -1;
    st->elapsed_seconds = ses_elapsed(session);
    index = ses_add_turn(session);
    if (index < 0) {
        free(said);
        ses_link_turns(session);
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    }
    data = &session->data[index];
    data->text = said;
    data->line_id = ses_strdup(line_id);
    data->state_json = scn_state_json(scenario);
    RubTurn *rubric = &session->rubric_turns[index];
    rubric->trainee = false;
    rubric->unscored = true;
    rubric->words = ses_count_words(said);
    st = &session->turns[index];
    st->trainee = false;
    st->node = node_id;
    st->elapsed_seconds = ses_elapsed(session);
    session->clarifications++;
    ses_link_turns(session);
    return data->line_id != NULL ? COACH_OK : err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
}
