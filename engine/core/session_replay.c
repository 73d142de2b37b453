/* session_replay: playing logged inputs again through the state machine:
 * a whole transcript (ses_replay), the same session after the scenario
 * changed on disk (ses_reload, F5), and a retry from a chosen turn
 * (ses_begin_retry). */
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

int ses_replay(Session *session, const SesInput *inputs, size_t count, CoachError *err)
{
    for (size_t i = 0; i < count; i++) {
        SesState state = ses_state(session);
        if (state != SES_AWAIT_TEXT && state != SES_AWAIT_CHOICE)
            return COACH_OK;
        int rc = inputs[i].choice >= 0
                     ? ses_answer_choice(session, (size_t)inputs[i].choice, err)
                     : ses_answer_text(session, inputs[i].text != NULL ? inputs[i].text : "",
                                       inputs[i].length, err);
        if (rc != COACH_OK)
            return rc;
    }
    return COACH_OK;
}

size_t ses_reload(Session *fresh, Session *old, size_t *total, bool *script_error, CoachError *err)
{
    size_t done = 0;
    *total = old->input_count;
    *script_error = false;
    err_clear(err);
    fresh->hold_log = true; /* a replay that fails must not touch old's log */
    for (size_t i = 0; i < old->input_count; i++) {
        const SesInput *input = &old->inputs[i];
        SesState state = fresh->state;
        if (state != SES_AWAIT_TEXT && state != SES_AWAIT_CHOICE)
            break;
        int rc;
        if (input->choice >= 0) {
            if (state != SES_AWAIT_CHOICE || (size_t)input->choice >= fresh->choice_count)
                break;
            rc = ses_answer_choice(fresh, (size_t)input->choice, err);
        } else {
            if (!(state == SES_AWAIT_TEXT || fresh->accepts_text))
                break;
            rc = ses_answer_text(fresh, input->text != NULL ? input->text : "", input->length, err);
        }
        if (rc != COACH_OK || fresh->state == SES_FAILED) {
            if (fresh->state == SES_FAILED && err != NULL)
                *err = fresh->error;
            *script_error = rc == COACH_ESCRIPT || fresh->state == SES_FAILED;
            break;
        }
        done++;
    }
    fresh->hold_log = false;
    if (*script_error)
        return done;
    /* the same call goes on: old's file, id and start, and the reload noted */
    snprintf(fresh->log_path, sizeof fresh->log_path, "%s", old->log_path);
    snprintf(fresh->id, sizeof fresh->id, "%s", old->id);
    snprintf(fresh->started_at, sizeof fresh->started_at, "%s", old->started_at);
    fresh->started = old->started;
    fresh->log_written = old->log_written;
    for (size_t i = 0; i < fresh->turn_count && i < old->turn_count; i++)
        fresh->turns[i].elapsed_seconds = old->turns[i].elapsed_seconds;
    cJSON_Delete(fresh->reloads);
    fresh->reloads = old->reloads != NULL ? old->reloads : cJSON_CreateArray();
    old->reloads = NULL;
    old->no_log = true; /* old's last word is in the log already; fresh writes from now on */
    cJSON *event = cJSON_CreateObject();
    if (fresh->reloads != NULL && event != NULL) {
        char now[32];
        log_utc_now(now, sizeof now);
        cJSON_AddStringToObject(event, "at", now);
        cJSON_AddNumberToObject(event, "answers", (double)*total);
        cJSON_AddNumberToObject(event, "replayed", (double)done);
        cJSON_AddStringToObject(event, "scenario_sha256", scn_sha256(fresh->scenario));
        cJSON_AddItemToArray(fresh->reloads, event);
    } else {
        cJSON_Delete(event);
    }
    CoachError write_err;
    if (ses_write_log(fresh, &write_err) != COACH_OK && err != NULL)
        *err = write_err;
    return done;
}

int ses_begin_retry(Session *session, const char *parent_id, const SesInput *inputs, size_t input_count,
                    size_t from_turn, size_t *replayed, CoachError *err)
{
    err_clear(err);
    *replayed = 0;
    if (session == NULL || session->state == SES_NEW || session->input_count > 0)
        return err_set(err, COACH_ESTATE, NULL, 0, "a retry begins on a started session before any answer");
    if (parent_id == NULL || parent_id[0] == '\0' || strlen(parent_id) >= sizeof session->retry_of)
        return err_set(err, COACH_EUSAGE, NULL, 0, "the call tried again has no session id");
    if (from_turn < 1 || from_turn > input_count)
        return err_set(err, COACH_EUSAGE, NULL, 0, "there is no line %zu to try again from (the call has %zu)",
                       from_turn, input_count);
    snprintf(session->retry_of, sizeof session->retry_of, "%s", parent_id);
    session->from_turn = from_turn;
    /* the lines before from_turn, as said then: one write when they are in */
    session->hold_log = true;
    int rc = COACH_OK;
    for (size_t i = 0; i + 1 < from_turn; i++) {
        const SesInput *input = &inputs[i];
        SesState state = session->state;
        bool fits = input->choice >= 0 ? state == SES_AWAIT_CHOICE && (size_t)input->choice < session->choice_count
                                       : state == SES_AWAIT_TEXT || (state == SES_AWAIT_CHOICE && session->accepts_text);
        if (!fits) {
            rc = err_set(err, COACH_ESTATE, NULL, 0,
                         "line %zu of the call cannot be replayed: the scenario has changed since", i + 1);
            break;
        }
        rc = input->choice >= 0 ? ses_answer_choice(session, (size_t)input->choice, err)
                                : ses_answer_text(session, input->text != NULL ? input->text : "", input->length, err);
        if (rc != COACH_OK)
            break;
        if (session->state == SES_ENDED || session->state == SES_FAILED) {
            rc = err_set(err, COACH_ESTATE, NULL, 0,
                         "the call ended at line %zu while it was replayed: the scenario has changed since", i + 1);
            break;
        }
        (*replayed)++;
    }
    session->hold_log = false;
    if (rc != COACH_OK)
        return rc;
    return ses_write_log(session, err);
}

const char *ses_retry_of(const Session *session, size_t *from_turn)
{
    if (from_turn != NULL)
        *from_turn = session->from_turn;
    return session->retry_of[0] != '\0' ? session->retry_of : NULL;
}
