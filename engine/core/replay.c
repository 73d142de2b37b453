/* replay: see replay.h. */
#include "replay.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

void replay_free(ReplaySource *source)
{
    if (source == NULL)
        return;
    for (size_t i = 0; i < source->input_count; i++)
        free((char *)source->inputs[i].text);
    free(source->inputs);
    source->inputs = NULL;
    source->input_count = 0;
}

static const char *replay_string(const cJSON *object, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    return cJSON_IsString(item) && item->valuestring != NULL ? item->valuestring : NULL;
}

int replay_from_log(const cJSON *log, const char *path, ReplaySource *source, CoachError *err)
{
    memset(source, 0, sizeof *source);
    const char *id = replay_string(log, "id");
    if (id == NULL || id[0] == '\0' || strlen(id) >= sizeof source->id)
        return err_set(err, COACH_EPARSE, path, 1,
                       "the log has no session id (it was written by an older version): it cannot be tried again");
    snprintf(source->id, sizeof source->id, "%s", id);
    const cJSON *scenario = cJSON_GetObjectItemCaseSensitive(log, "scenario");
    const char *scenario_path = replay_string(scenario, "path");
    const char *sha = replay_string(scenario, "sha256");
    if (scenario_path == NULL || strlen(scenario_path) >= sizeof source->scenario_path)
        return err_set(err, COACH_EPARSE, path, 1, "scenario.path is missing or too long");
    snprintf(source->scenario_path, sizeof source->scenario_path, "%s", scenario_path);
    snprintf(source->scenario_sha256, sizeof source->scenario_sha256, "%s", sha != NULL ? sha : "");
    const cJSON *seed = cJSON_GetObjectItemCaseSensitive(log, "seed");
    if (!cJSON_IsNumber(seed) || !isfinite(seed->valuedouble) || seed->valuedouble < 0 ||
        seed->valuedouble > 9007199254740992.0)
        return err_set(err, COACH_EPARSE, path, 1, "seed is not a whole number");
    source->seed = (uint64_t)seed->valuedouble;
    const char *trainee = replay_string(log, "trainee");
    snprintf(source->trainee, sizeof source->trainee, "%s", trainee != NULL ? trainee : "");

    const cJSON *turns = cJSON_GetObjectItemCaseSensitive(log, "turns");
    int count = cJSON_GetArraySize(turns);
    source->inputs = calloc((size_t)(count > 0 ? count : 1), sizeof *source->inputs);
    if (source->inputs == NULL)
        return err_set(err, COACH_ENOMEM, path, 0, "out of memory");
    const cJSON *turn = NULL;
    int index = 0;
    cJSON_ArrayForEach(turn, turns)
    {
        const char *speaker = replay_string(turn, "speaker");
        if (speaker == NULL || strcmp(speaker, "trainee") != 0) {
            index++;
            continue;
        }
        SesInput *input = &source->inputs[source->input_count];
        const cJSON *choice = cJSON_GetObjectItemCaseSensitive(turn, "choice_index");
        const char *text = replay_string(turn, "text");
        input->choice = -1;
        if (cJSON_IsNumber(choice)) {
            if (choice->valuedouble < 0 || choice->valuedouble > 1000 || choice->valuedouble != floor(choice->valuedouble))
                return err_set(err, COACH_EPARSE, path, 1, "turn %d: choice_index is not an option number", index);
            input->choice = (int)choice->valuedouble;
        } else if (text != NULL) {
            size_t length = strlen(text);
            char *copy = malloc(length + 1);
            if (copy == NULL)
                return err_set(err, COACH_ENOMEM, path, 0, "out of memory");
            memcpy(copy, text, length + 1);
            input->text = copy;
            input->length = length;
        } else {
            return err_set(err, COACH_EPARSE, path, 1, "turn %d: a trainee turn with neither a text nor a choice", index);
        }
        source->input_count++;
        index++;
    }
    if (source->input_count == 0)
        return err_set(err, COACH_EPARSE, path, 1, "the trainee said nothing in this call: there is nothing to try again");
    return COACH_OK;
}

int replay_load(const char *path, ReplaySource *source, CoachError *err)
{
    memset(source, 0, sizeof *source);
    cJSON *log = log_read(path, err);
    if (log == NULL)
        return err != NULL && err->code != 0 ? err->code : COACH_EPARSE;
    int rc = replay_from_log(log, path, source, err);
    cJSON_Delete(log);
    return rc;
}
