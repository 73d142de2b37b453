/* scntest: a suite of scenario tests: its storage and lifecycle, and the
 * helpers the scntest_ files share (string lists, growing arrays, score
 * slots). Loading is scntest_read.c, running scntest_run.c, coverage
 * scntest_coverage.c. See scntest.h. */
#include "scntest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scntest_internal.h"

/* ---- small helpers ------------------------------------------------------ */

char *scntest_copy_string(const char *text)
{
    if (text == NULL)
        return NULL;
    size_t length = strlen(text);
    char *copy = malloc(length + 1);
    if (copy != NULL)
        memcpy(copy, text, length + 1);
    return copy;
}

/* Grows *items (of size each) so that one more fits. false on OOM. */
bool scntest_grow(void **items, size_t *capacity, size_t count, size_t size)
{
    if (count < *capacity)
        return true;
    size_t next = *capacity == 0 ? 8 : *capacity * 2;
    void *grown = realloc(*items, next * size);
    if (grown == NULL)
        return false;
    *items = grown;
    *capacity = next;
    return true;
}

void scntest_strlist_free(StrList *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->items[i]);
    free(list->items);
    list->items = NULL;
    list->count = 0;
}

bool scntest_strlist_has(const StrList *list, const char *item)
{
    for (size_t i = 0; i < list->count; i++)
        if (strcmp(list->items[i], item) == 0)
            return true;
    return false;
}

/* Adds item unless present; false on OOM. */
bool scntest_strlist_add_unique(StrList *list, const char *item)
{
    if (scntest_strlist_has(list, item))
        return true;
    char **grown = realloc(list->items, (list->count + 1) * sizeof *grown);
    if (grown == NULL)
        return false;
    list->items = grown;
    char *copy = scntest_copy_string(item);
    if (copy == NULL)
        return false;
    list->items[list->count++] = copy;
    return true;
}

/* "a, b, c" of a list into buffer (cut to size); "none" when empty. */
void scntest_strlist_join(const StrList *list, char *buffer, size_t size)
{
    size_t used = 0;
    buffer[0] = '\0';
    if (list->count == 0) {
        snprintf(buffer, size, "none");
        return;
    }
    for (size_t i = 0; i < list->count && used + 1 < size; i++) {
        int written = snprintf(buffer + used, size - used, "%s%s", i > 0 ? ", " : "", list->items[i]);
        if (written < 0)
            break;
        used += (size_t)written;
    }
}

void scntest_test_free(ScntestTest *test)
{
    free(test->name);
    free(test->file);
    free(test->scenario);
    for (size_t i = 0; i < test->step_count; i++) {
        free(test->steps[i].text);
        free(test->steps[i].choose);
    }
    free(test->steps);
    free(test->ending);
    scntest_strlist_free(&test->targets);
    scntest_strlist_free(&test->cues);
    scntest_strlist_free(&test->nodes);
    free(test->outcome);
    memset(test, 0, sizeof *test);
}

void scntest_contrast_free(ScntestContrast *contrast)
{
    free(contrast->better);
    free(contrast->worse);
    free(contrast->file);
    memset(contrast, 0, sizeof *contrast);
}

void scntest_coverage_free(Coverage *coverage)
{
    for (size_t i = 0; i < coverage->node_count; i++) {
        free(coverage->nodes[i]);
        free(coverage->outcomes[i]);
    }
    for (size_t i = 0; i < coverage->cue_count; i++)
        free(coverage->cues[i]);
    for (size_t i = 0; i < coverage->route_count; i++)
        free(coverage->routes[i]);
    free(coverage->routes);
    free(coverage->route_option);
    free(coverage->route_taken);
    free(coverage->nodes);
    free(coverage->outcomes);
    free(coverage->visited);
    free(coverage->cues);
    free(coverage->cue_picked);
    free(coverage->path);
    free(coverage->id);
    memset(coverage, 0, sizeof *coverage);
}

ScntestSuite *scntest_create(void)
{
    return calloc(1, sizeof(ScntestSuite));
}

int scntest_set_log_dir(ScntestSuite *suite, const char *dir, CoachError *err)
{
    char *copy = dir != NULL ? scntest_copy_string(dir) : NULL;
    if (dir != NULL && copy == NULL)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    free(suite->log_dir);
    suite->log_dir = copy;
    return 0;
}

void scntest_destroy(ScntestSuite *suite)
{
    if (suite == NULL)
        return;
    free(suite->log_dir);
    scntest_strlist_free(&suite->unloadable);
    for (size_t i = 0; i < suite->test_count; i++)
        scntest_test_free(&suite->tests[i]);
    for (size_t i = 0; i < suite->contrast_count; i++)
        scntest_contrast_free(&suite->contrasts[i]);
    for (size_t i = 0; i < suite->coverage_count; i++)
        scntest_coverage_free(&suite->coverage[i]);
    free(suite->tests);
    free(suite->contrasts);
    free(suite->coverage);
    free(suite);
}

size_t scntest_test_count(const ScntestSuite *suite)
{
    return suite == NULL ? 0 : suite->test_count;
}

size_t scntest_contrast_count(const ScntestSuite *suite)
{
    return suite == NULL ? 0 : suite->contrast_count;
}

const ScntestTest *scntest_find_test(const ScntestSuite *suite, const char *name)
{
    for (size_t i = 0; i < suite->test_count; i++)
        if (strcmp(suite->tests[i].name, name) == 0)
            return &suite->tests[i];
    return NULL;
}

/* Score slot of a key ("discovery" ... "next_step", "overall"), or -1. */
int scntest_score_slot(const char *key)
{
    for (int s = 0; s < RUB_SKILL_COUNT; s++)
        if (strcmp(key, rub_skill_name((RubSkill)s)) == 0)
            return s;
    return strcmp(key, "overall") == 0 ? SCORE_OVERALL : -1;
}

const char *scntest_slot_name(int slot)
{
    return slot == SCORE_OVERALL ? "overall" : rub_skill_name((RubSkill)slot);
}
