/* session_log: a session as its JSON log document (see session.h for
 * ses_log_document): turns with labels, evidence and how each was heard,
 * the metrics and the scores; written after every turn. */
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

/* --- the log ----------------------------------------------------------------- */

static cJSON *ses_labels_json(const AnResult *analysis)
{
    cJSON *labels = cJSON_CreateArray();
    for (int l = 0; l < AN_LABEL_COUNT; l++) {
        if (!(analysis->labels & AN_BIT(l)))
            continue;
        cJSON *label = cJSON_CreateObject();
        cJSON_AddStringToObject(label, "label", an_label_name((AnLabel)l));
        cJSON *evidence = cJSON_AddArrayToObject(label, "evidence");
        for (size_t e = 0; e < analysis->evidence_count; e++) {
            if (analysis->evidence[e].label != (AnLabel)l)
                continue;
            cJSON *item = cJSON_CreateObject();
            char *rule = ses_clean_utf8(analysis->evidence[e].rule, strlen(analysis->evidence[e].rule));
            char *match = ses_clean_utf8(analysis->evidence[e].match,
                                         strlen(analysis->evidence[e].match));
            cJSON_AddStringToObject(item, "rule", rule != NULL ? rule : "");
            cJSON_AddStringToObject(item, "match", match != NULL ? match : "");
            free(rule);
            free(match);
            cJSON_AddItemToArray(evidence, item);
        }
        cJSON_AddItemToArray(labels, label);
    }
    return labels;
}

static cJSON *ses_turn_json(const Session *session, size_t index)
{
    const SesTurn *turn = &session->turns[index];
    const RubTurn *rubric = &session->rubric_turns[index];
    const SesTurnData *data = &session->data[index];
    cJSON *item = cJSON_CreateObject();
    cJSON_AddNumberToObject(item, "index", (double)index);
    cJSON_AddStringToObject(item, "speaker", turn->trainee ? "trainee" : "prospect");
    cJSON_AddStringToObject(item, "text", data->text);
    cJSON_AddStringToObject(item, "node", turn->node);
    cJSON_AddNumberToObject(item, "elapsed_seconds", round(turn->elapsed_seconds * 1000) / 1000);
    cJSON_AddNumberToObject(item, "words", rubric->words);
    if (!turn->trainee) {
        cJSON_AddStringToObject(item, "line_id", data->line_id);
        cJSON *cues = cJSON_AddArrayToObject(item, "cues_offered");
        for (size_t i = 0; i < rubric->cue_count; i++) {
            cJSON *cue = cJSON_CreateObject();
            cJSON_AddStringToObject(cue, "id", rubric->cues[i].id);
            cJSON_AddStringToObject(cue, "words", rubric->cues[i].words);
            cJSON_AddItemToArray(cues, cue);
        }
        cJSON *revealed = cJSON_AddArrayToObject(item, "targets_revealed");
        for (size_t i = 0; i < rubric->revealed_count; i++)
            cJSON_AddItemToArray(revealed, cJSON_CreateString(rubric->revealed[i]));
        cJSON_AddBoolToObject(item, "asks_for_work", rubric->prospect_asked_for_work);
    } else {
        if (data->line_id != NULL)
            cJSON_AddStringToObject(item, "choice_id", data->line_id);
        else
            cJSON_AddNullToObject(item, "choice_id");
        if (turn->choice >= 0)
            cJSON_AddNumberToObject(item, "choice_index", turn->choice);
        else
            cJSON_AddNullToObject(item, "choice_index");
        if (session->shuffle_choices && data->options_shown > 0) {
            /* the options as the trainee saw them, top first (choice_index values) */
            size_t *order = malloc(data->options_shown * sizeof *order);
            cJSON *shown = cJSON_AddArrayToObject(item, "options_shown");
            if (order != NULL && shown != NULL) {
                ses_shuffle_order(session->seed, data->options_line, order, data->options_shown);
                for (size_t k = 0; k < data->options_shown; k++)
                    cJSON_AddItemToArray(shown, cJSON_CreateNumber((double)order[k]));
            }
            free(order);
        }
        cJSON_AddItemToObject(item, "labels", ses_labels_json(&rubric->analysis));
        if (data->route_id != NULL)
            cJSON_AddStringToObject(item, "route_id", data->route_id);
        else
            cJSON_AddNullToObject(item, "route_id");
        cJSON_AddBoolToObject(item, "premature_ask", data->premature);
        if (data->heard != NULL) {
            static const char *const verdicts[] = {"match", "otherwise", "clarify"};
            const SesHeard *heard = data->heard;
            cJSON *h = cJSON_AddObjectToObject(item, "heard");
            cJSON_AddStringToObject(h, "verdict", verdicts[heard->verdict]);
            if (heard->intent[0] != '\0')
                cJSON_AddStringToObject(h, "intent", heard->intent);
            else
                cJSON_AddNullToObject(h, "intent");
            cJSON_AddNumberToObject(h, "score", round(heard->score * 100) / 100);
            if (heard->runner_up[0] != '\0') {
                cJSON *runner = cJSON_AddObjectToObject(h, "runner_up");
                cJSON_AddStringToObject(runner, "intent", heard->runner_up);
                cJSON_AddNumberToObject(runner, "score", round(heard->runner_up_score * 100) / 100);
            } else {
                cJSON_AddNullToObject(h, "runner_up");
            }
            char *why = ses_clean_utf8(heard->why, strlen(heard->why));
            char *sentence = ses_clean_utf8(heard->sentence, strlen(heard->sentence));
            cJSON_AddStringToObject(h, "why", why != NULL ? why : "");
            cJSON_AddStringToObject(h, "text", sentence != NULL ? sentence : "");
            free(why);
            free(sentence);
            if (heard->doubt != HEAR_DOUBT_NONE)
                cJSON_AddStringToObject(h, "doubt", hear_doubt_name(heard->doubt));
        }
        cJSON *picked = cJSON_AddArrayToObject(item, "cues_picked");
        for (size_t i = 0; i < rubric->picked_cue_count; i++)
            cJSON_AddItemToArray(picked, cJSON_CreateString(rubric->picked_cues[i]));
        cJSON *linked = cJSON_AddArrayToObject(item, "linked_targets");
        for (size_t i = 0; i < rubric->linked_target_count; i++)
            cJSON_AddItemToArray(linked, cJSON_CreateString(rubric->linked_targets[i]));
        if (rubric->from_choice) {
            cJSON *points = cJSON_AddObjectToObject(item, "choice_points");
            for (int k = 0; k < RUB_SKILL_COUNT; k++)
                cJSON_AddNumberToObject(points, rub_skill_name((RubSkill)k), rubric->choice_points[k]);
        }
        if (data->better != NULL && !data->said_better && !rubric->unscored) {
            /* shown when the line lost points, or an option was worth more */
            int net = 0;
            for (size_t r = 0; r < rub_reason_count(session->scores); r++) {
                const RubReason *reason = rub_reason(session->scores, r);
                if (reason->turn == (int)index)
                    net += reason->points;
            }
            if (net < 0 || data->better_gain > 0) {
                cJSON *better = cJSON_AddObjectToObject(item, "better");
                cJSON_AddStringToObject(better, "text", data->better);
                cJSON_AddStringToObject(better, "source", data->better_source);
            }
        }
        cJSON_AddBoolToObject(item, "truncated", rubric->analysis.truncated);
        cJSON_AddBoolToObject(item, "invalid_utf8", rubric->analysis.invalid_utf8);
    }
    if (rubric->unscored)
        cJSON_AddBoolToObject(item, "clarified", true);
    cJSON *state = data->state_json != NULL ? cJSON_Parse(data->state_json) : NULL;
    if (state != NULL)
        cJSON_AddItemToObject(item, "state", state);
    else
        cJSON_AddNullToObject(item, "state");
    return item;
}

static void ses_add_metrics(const Session *session, cJSON *doc)
{
    const RubMetrics *m = rub_metrics(session->scores);
    cJSON *metrics = cJSON_AddObjectToObject(doc, "metrics");
#define SES_METRIC(name) cJSON_AddNumberToObject(metrics, #name, m->name)
    SES_METRIC(questions);
    SES_METRIC(open_questions);
    SES_METRIC(probes);
    SES_METRIC(reflections);
    cJSON_AddNumberToObject(metrics, "open_ratio", round(m->open_ratio * 1000) / 1000);
    cJSON_AddNumberToObject(metrics, "reflection_to_question",
                            round(m->reflection_to_question * 1000) / 1000);
    SES_METRIC(cues_offered);
    SES_METRIC(cues_picked_up);
    SES_METRIC(cues_missed);
    SES_METRIC(targets_uncovered);
    SES_METRIC(features);
    SES_METRIC(bridged_features);
    SES_METRIC(benefits);
    SES_METRIC(jargon_hits);
    SES_METRIC(next_step_asks);
    SES_METRIC(first_next_step_turn);
    SES_METRIC(premature_asks);
    cJSON_AddNumberToObject(metrics, "trainee_word_share", round(m->trainee_word_share * 1000) / 1000);
    SES_METRIC(longest_monologue);
    SES_METRIC(turns);
    SES_METRIC(trainee_turns);
    SES_METRIC(interrogation_questions);
    SES_METRIC(feature_dumps);
    SES_METRIC(empty_trio_hits);
    SES_METRIC(seller_focus_lines);
    SES_METRIC(monologues);
    SES_METRIC(you_words);
    SES_METRIC(i_words);
#undef SES_METRIC
    cJSON_AddBoolToObject(metrics, "stated_purpose", m->stated_purpose);
    cJSON *ids = cJSON_AddArrayToObject(metrics, "targets_uncovered_ids");
    for (size_t i = 0; i < scn_target_count(session->scenario); i++)
        if (session->revealed[i])
            cJSON_AddItemToArray(ids, cJSON_CreateString(scn_target(session->scenario, i)->id));
    cJSON_AddNumberToObject(metrics, "duration_seconds",
                            session->state == SES_NEW ? 0 : round(ses_elapsed(session) * 10) / 10);
}

static void ses_add_scores(const Session *session, cJSON *doc)
{
    cJSON *scores = cJSON_AddObjectToObject(doc, "scores");
    const RubConfig *cfg = scn_rubric(session->scenario);
    for (int k = 0; k < RUB_SKILL_COUNT; k++) {
        cJSON *skill = cJSON_AddObjectToObject(scores, rub_skill_name((RubSkill)k));
        bool assessed = rub_skill_assessed(session->scores, (RubSkill)k);
        if (assessed)
            cJSON_AddNumberToObject(skill, "score", rub_skill_score(session->scores, (RubSkill)k));
        else
            cJSON_AddNullToObject(skill, "score");
        cJSON_AddBoolToObject(skill, "assessed", assessed);
        cJSON_AddNumberToObject(skill, "base", rub_skill_base((RubSkill)k));
        cJSON *reasons = cJSON_AddArrayToObject(skill, "reasons");
        for (size_t i = 0; i < rub_reason_count(session->scores); i++) {
            const RubReason *reason = rub_reason(session->scores, i);
            if (reason->skill != (RubSkill)k)
                continue;
            cJSON *item = cJSON_CreateObject();
            if (reason->turn >= 0)
                cJSON_AddNumberToObject(item, "turn", reason->turn);
            else
                cJSON_AddNullToObject(item, "turn");
            /* what people read: the trainee's own line (the turn stays the key) */
            if (reason->turn >= 0 && reason->line > 0)
                cJSON_AddNumberToObject(item, "line", reason->line);
            else
                cJSON_AddNullToObject(item, "line");
            cJSON_AddStringToObject(item, "rule", reason->rule);
            cJSON_AddNumberToObject(item, "points", reason->points);
            char *text = ses_clean_utf8(reason->text, strlen(reason->text));
            cJSON_AddStringToObject(item, "text", text != NULL ? text : "");
            free(text);
            if (reason->quote[0] != '\0') {
                char *quote = ses_clean_utf8(reason->quote, strlen(reason->quote));
                cJSON_AddStringToObject(item, "quote", quote != NULL ? quote : "");
                free(quote);
                char *match = ses_clean_utf8(reason->match, strlen(reason->match));
                cJSON_AddStringToObject(item, "match", match != NULL ? match : "");
                free(match);
            }
            cJSON_AddItemToArray(reasons, item);
        }
    }
    cJSON *overall = cJSON_AddObjectToObject(scores, "overall");
    cJSON_AddNumberToObject(overall, "score", rub_overall(session->scores));
    cJSON *reasons = cJSON_AddArrayToObject(overall, "reasons");
    double weight_sum = 0;
    for (int k = 0; k < RUB_SKILL_COUNT; k++)
        if (rub_skill_assessed(session->scores, (RubSkill)k) && cfg->weights[k] > 0)
            weight_sum += cfg->weights[k];
    for (int k = 0; k < RUB_SKILL_COUNT; k++) {
        if (!rub_skill_assessed(session->scores, (RubSkill)k))
            continue; /* left out of overall; the other weights are renormalised */
        int score = rub_skill_score(session->scores, (RubSkill)k);
        double weight = weight_sum > 0 && cfg->weights[k] > 0 ? cfg->weights[k] / weight_sum : 0;
        cJSON *item = cJSON_CreateObject();
        cJSON_AddNullToObject(item, "turn");
        char rule[RUB_ID_BYTES + 16], text[160];
        snprintf(rule, sizeof rule, "overall.%s", rub_skill_name((RubSkill)k));
        snprintf(text, sizeof text, "%s %d weighted %.2f", rub_skill_name((RubSkill)k), score,
                 weight);
        cJSON_AddStringToObject(item, "rule", rule);
        cJSON_AddNumberToObject(item, "points", round(score * weight));
        cJSON_AddStringToObject(item, "text", text);
        cJSON_AddItemToArray(reasons, item);
    }
    if (rub_overall_capped(session->scores)) {
        cJSON *item = cJSON_CreateObject();
        cJSON_AddNullToObject(item, "turn");
        cJSON_AddStringToObject(item, "rule", "overall.skill_unshown");
        cJSON_AddNumberToObject(item, "points", 0);
        cJSON_AddStringToObject(item, "text", RUB_OVERALL_CAPPED_TEXT);
        cJSON_AddItemToArray(reasons, item);
    }
}

cJSON *ses_log_document(const Session *session)
{
    const ScnInfo *info = scn_info(session->scenario);
    cJSON *doc = cJSON_CreateObject();
    if (doc == NULL)
        return NULL;
    cJSON_AddStringToObject(doc, "schema", JLOG_SCHEMA_ID);
    cJSON_AddNumberToObject(doc, "schema_version", JLOG_SCHEMA_VERSION);
    cJSON_AddStringToObject(doc, "generator", "coach 0.1.0");
    cJSON_AddStringToObject(doc, "id", session->id);
    char *trainee = ses_clean_utf8(session->trainee, strlen(session->trainee));
    cJSON_AddStringToObject(doc, "trainee", trainee != NULL ? trainee : "trainee");
    free(trainee);
    cJSON *scenario = cJSON_AddObjectToObject(doc, "scenario");
    cJSON_AddStringToObject(scenario, "id", info->id);
    cJSON_AddStringToObject(scenario, "title", info->title);
    cJSON_AddStringToObject(scenario, "version", info->version);
    cJSON_AddStringToObject(scenario, "path", info->path);
    cJSON_AddStringToObject(scenario, "sha256", scn_sha256(session->scenario));
    cJSON_AddNumberToObject(doc, "seed", (double)session->seed);
    cJSON_AddStringToObject(doc, "started_at", session->started_at);
    char now[32];
    log_utc_now(now, sizeof now);
    cJSON_AddStringToObject(doc, "updated_at", now);
    if (session->ended_at[0] != '\0')
        cJSON_AddStringToObject(doc, "ended_at", session->ended_at);
    else
        cJSON_AddNullToObject(doc, "ended_at");
    static const char *const state_names[] = {"new", "in_progress", "in_progress", "ended", "failed"};
    cJSON_AddStringToObject(doc, "status", state_names[session->state]);
    /* an ending was reached or the trainee ended the call; false while in
     * progress, and for a call closed, killed or failed on the way */
    cJSON_AddBoolToObject(doc, "finished", session->state == SES_ENDED);
    if (session->reloads != NULL)
        cJSON_AddItemToObject(doc, "reloads", cJSON_Duplicate(session->reloads, true));
    if (session->retry_of[0] != '\0') {
        cJSON_AddStringToObject(doc, "retry_of", session->retry_of);
        cJSON_AddNumberToObject(doc, "from_turn", (double)session->from_turn);
    }
    cJSON *turns = cJSON_AddArrayToObject(doc, "turns");
    for (size_t i = 0; i < session->turn_count; i++)
        cJSON_AddItemToArray(turns, ses_turn_json(session, i));
    ses_add_scores(session, doc);
    ses_add_metrics(session, doc);
    if (session->state == SES_ENDED && session->ending != NULL) {
        cJSON *ending = cJSON_AddObjectToObject(doc, "ending");
        cJSON_AddStringToObject(ending, "outcome", session->ending);
        char label[128];
        ses_ending_label(session, label, sizeof label);
        cJSON_AddStringToObject(ending, "label", label);
        cJSON_AddBoolToObject(ending, "success", session->ending_success);
        cJSON_AddStringToObject(ending, "node",
                                session->node >= 0 ? scn_node(session->scenario,
                                                              (size_t)session->node)->id
                                                   : "");
    } else {
        cJSON_AddNullToObject(doc, "ending");
    }
    if (session->state == SES_FAILED) {
        char line[2048];
        err_format(&session->error, line, sizeof line);
        char *clean = ses_clean_utf8(line, strlen(line));
        cJSON_AddStringToObject(doc, "error", clean != NULL ? clean : "error");
        free(clean);
    } else {
        cJSON_AddNullToObject(doc, "error");
    }
    return doc;
}

int ses_write_log(Session *session, CoachError *err)
{
    /* a call in which the trainee said nothing leaves no log: it would count
     * as a session in the reports */
    if (session->no_log || session->hold_log || session->input_count == 0)
        return COACH_OK;
    if (session->log_path[0] == '\0' &&
        log_create_path(session->log_dir_path, scn_info(session->scenario)->id, session->log_path,
                        sizeof session->log_path, err) != COACH_OK) {
        session->log_path[0] = '\0';
        return err != NULL ? err->code : COACH_EIO;
    }
    cJSON *doc = ses_log_document(session);
    if (doc == NULL)
        return err_set(err, COACH_ENOMEM, session->log_path, 0, "out of memory building the log");
    if (session->log_queue != NULL && session->log_written) {
        return log_queue_put(session->log_queue, session->log_path, doc, err);
    }
    /* The first version appears whole by link(2): no empty log, ever. */
    int rc = session->log_written ? log_write(session->log_path, doc, err)
                                  : log_write_new(session->log_path, doc, err);
    cJSON_Delete(doc);
    if (rc == COACH_OK)
        session->log_written = true;
    return rc;
}

int ses_rescore(Session *session, CoachError *err)
{
    if (rub_score(session->scores, session->rubric_turns, session->turn_count,
                  scn_rubric(session->scenario)) != COACH_OK)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory scoring");
    return COACH_OK;
}

