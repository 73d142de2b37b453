/* annotate: see annotate.h. */
#include "annotate.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *ann_string(const cJSON *object, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    return cJSON_IsString(item) && item->valuestring != NULL ? item->valuestring : NULL;
}

static bool ann_in(const cJSON *array, const char *id)
{
    const cJSON *item = NULL;
    cJSON_ArrayForEach(item, array)
    {
        if (cJSON_IsString(item) && strcmp(item->valuestring, id) == 0)
            return true;
    }
    return false;
}

void ann_free(Annotated *annotated)
{
    if (annotated == NULL)
        return;
    free(annotated->lines);
    memset(annotated, 0, sizeof *annotated);
}

void ann_format_points(char *buffer, size_t size, double points)
{
    if (points == floor(points))
        snprintf(buffer, size, "%+.0f", points);
    else
        snprintf(buffer, size, "%+.1f", points);
}

/* "open_question" -> "open question" appended to moves. */
static void ann_add_move(char *moves, size_t size, const char *label)
{
    size_t used = strlen(moves);
    if (used + 4 >= size)
        return;
    snprintf(moves + used, size - used, "%s%s", used > 0 ? ", " : "", label);
    for (char *p = moves + used; *p != '\0'; p++)
        if (*p == '_')
            *p = ' ';
}

int ann_build(const cJSON *log, const char *path, Annotated *out, CoachError *err)
{
    memset(out, 0, sizeof *out);
    const cJSON *turns = cJSON_GetObjectItemCaseSensitive(log, "turns");
    if (!cJSON_IsArray(turns))
        return err_set(err, COACH_EPARSE, path, 1, "the log has no turns");
    int count = cJSON_GetArraySize(turns);
    out->lines = calloc((size_t)(count > 0 ? count : 1), sizeof *out->lines);
    if (out->lines == NULL)
        return err_set(err, COACH_ENOMEM, path, 0, "out of memory");
    const cJSON *turn = NULL;
    int index = 0;
    cJSON_ArrayForEach(turn, turns)
    {
        AnnLine *line = &out->lines[out->count++];
        const char *speaker = ann_string(turn, "speaker");
        const char *text = ann_string(turn, "text");
        line->turn = index++;
        line->trainee = speaker != NULL && strcmp(speaker, "trainee") == 0;
        line->text = text != NULL ? text : "";
        if (line->trainee) {
            line->number = (int)++out->trainee_lines;
            const cJSON *label = NULL;
            cJSON_ArrayForEach(label, cJSON_GetObjectItemCaseSensitive(turn, "labels"))
            {
                const char *name = ann_string(label, "label");
                if (name != NULL)
                    ann_add_move(line->moves, sizeof line->moves, name);
            }
            const cJSON *heard = cJSON_GetObjectItemCaseSensitive(turn, "heard");
            line->heard = cJSON_IsObject(heard) ? ann_string(heard, "text") : NULL;
            line->clarified = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(turn, "clarified"));
            const cJSON *better = cJSON_GetObjectItemCaseSensitive(turn, "better");
            if (cJSON_IsObject(better)) {
                line->better = ann_string(better, "text");
                line->better_source = ann_string(better, "source");
            }
        } else {
            const cJSON *cue = NULL;
            cJSON_ArrayForEach(cue, cJSON_GetObjectItemCaseSensitive(turn, "cues_offered"))
            {
                const char *id = ann_string(cue, "id");
                if (id == NULL || line->cue_count >= ANN_MAX_CUES)
                    continue;
                AnnCue *slot = &line->cues[line->cue_count++];
                slot->id = id;
                slot->words = ann_string(cue, "words");
                slot->fate = ANN_CUE_OPEN;
                /* picked up by a later trainee line; missed once one came and did not */
                bool later = false;
                for (const cJSON *next = turn->next; next != NULL && slot->fate == ANN_CUE_OPEN; next = next->next) {
                    const char *who = ann_string(next, "speaker");
                    if (who == NULL || strcmp(who, "trainee") != 0)
                        continue;
                    later = true;
                    if (ann_in(cJSON_GetObjectItemCaseSensitive(next, "cues_picked"), id))
                        slot->fate = ANN_CUE_PICKED;
                }
                if (slot->fate == ANN_CUE_OPEN && later)
                    slot->fate = ANN_CUE_MISSED;
            }
            const cJSON *target = NULL;
            cJSON_ArrayForEach(target, cJSON_GetObjectItemCaseSensitive(turn, "targets_revealed"))
            {
                if (cJSON_IsString(target) && line->target_count < ANN_MAX_TARGETS)
                    line->targets[line->target_count++] = target->valuestring;
            }
        }
    }
    /* the points: each reason goes to the line of its turn */
    const cJSON *scores = cJSON_GetObjectItemCaseSensitive(log, "scores");
    const cJSON *skill = NULL;
    cJSON_ArrayForEach(skill, scores)
    {
        if (skill->string == NULL || strcmp(skill->string, "overall") == 0)
            continue;
        const cJSON *reason = NULL;
        cJSON_ArrayForEach(reason, cJSON_GetObjectItemCaseSensitive(skill, "reasons"))
        {
            const cJSON *at = cJSON_GetObjectItemCaseSensitive(reason, "turn");
            const cJSON *points = cJSON_GetObjectItemCaseSensitive(reason, "points");
            const char *why = ann_string(reason, "text");
            if (!cJSON_IsNumber(points) || !isfinite(points->valuedouble) || why == NULL)
                continue;
            if (!cJSON_IsNumber(at) || at->valuedouble < 0 || at->valuedouble >= (double)out->count) {
                out->whole_call += points->valuedouble;
                continue;
            }
            AnnLine *line = &out->lines[(size_t)at->valuedouble];
            line->net += points->valuedouble;
            if (line->point_count < ANN_MAX_POINTS)
                line->points[line->point_count++] = (AnnPoint){skill->string, points->valuedouble, why};
        }
    }
    return COACH_OK;
}

/* text with control characters as '?' */
static void ann_put(FILE *out, const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++)
        fputc(*p < 0x20 || *p == 0x7F ? '?' : *p, out);
}

int ann_write_text(const Annotated *annotated, const char *speaker, FILE *out)
{
    static const char *const fates[] = {"picked up", "missed", "not followed yet"};
    fputs("Transcript, line by line\n", out);
    for (size_t i = 0; i < annotated->count; i++) {
        const AnnLine *line = &annotated->lines[i];
        if (line->trainee) {
            fprintf(out, "\n%2d You: ", line->number);
            ann_put(out, line->text);
            fputc('\n', out);
            if (line->clarified)
                fputs("     (not understood: asked to clarify, not scored)\n", out);
            if (line->moves[0] != '\0') {
                fputs("     moves: ", out);
                ann_put(out, line->moves);
                fputc('\n', out);
            }
            for (size_t k = 0; k < line->point_count; k++) {
                char points[32];
                ann_format_points(points, sizeof points, line->points[k].points);
                fprintf(out, "     %s %s: ", points, line->points[k].skill);
                ann_put(out, line->points[k].text);
                fputc('\n', out);
            }
            if (line->better != NULL) {
                fputs("     stronger: \"", out);
                ann_put(out, line->better);
                fputs("\"\n", out);
            }
        } else {
            fputs("\n   ", out);
            ann_put(out, speaker != NULL ? speaker : "Prospect");
            fputs(": ", out);
            ann_put(out, line->text);
            fputc('\n', out);
            for (size_t k = 0; k < line->cue_count; k++) {
                fputs("     cue \"", out);
                ann_put(out, line->cues[k].words != NULL && line->cues[k].words[0] != '\0' ? line->cues[k].words
                                                                                           : line->cues[k].id);
                fprintf(out, "\": %s\n", fates[line->cues[k].fate]);
            }
            for (size_t k = 0; k < line->target_count; k++) {
                fputs("     revealed: ", out);
                ann_put(out, line->targets[k]);
                fputc('\n', out);
            }
        }
    }
    if (annotated->whole_call != 0) {
        char points[32];
        ann_format_points(points, sizeof points, annotated->whole_call);
        fprintf(out, "\nWhole call (no single line): %s\n", points);
    }
    return ferror(out) ? COACH_EIO : COACH_OK;
}
