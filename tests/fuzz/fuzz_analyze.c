/* fuzz_analyze: one fuzz input through an_analyze and an_shared_meaning.
 *
 * The input is split at the first 0xFF byte (never valid UTF-8): before it
 * the trainee's line, after it the context line (also used as the keys of
 * an_shared_meaning). Besides the sanitizers, the analyser's promises are
 * checked: every label has evidence, evidence strings are terminated and
 * within bounds, counts are sane. Used by libFuzzer (LLVMFuzzerTestOneInput)
 * and by the corpus replay test (replay.c). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"

int coach_fuzz_one(const uint8_t *data, size_t size);

static Analyzer *shared_analyzer(void)
{
    static Analyzer *analyzer;
    if (analyzer == NULL) {
        char path[4200];
        const char *root = getenv("COACH_ROOT");
        snprintf(path, sizeof path, "%s/assets/lexicon.lua", root != NULL && root[0] ? root : COACH_SOURCE_DIR);
        CoachError err;
        analyzer = an_create(path, &err);
        if (analyzer == NULL) {
            char line[2048];
            err_format(&err, line, sizeof line);
            fprintf(stderr, "fuzz: %s\n", line);
            abort();
        }
        static const char *const features[] = {"predictive alerts", "OEE dashboard"};
        static const char *const outcomes[] = {"fewer stoppages"};
        static const char *const jargon[] = {"OEE", "MTBF"};
        if (an_add_terms(analyzer, AN_TERM_FEATURE, features, 2, &err) != 0 ||
            an_add_terms(analyzer, AN_TERM_OUTCOME, outcomes, 1, &err) != 0 ||
            an_add_terms(analyzer, AN_TERM_JARGON, jargon, 2, &err) != 0)
            abort();
    }
    return analyzer;
}

static void require(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz: broken promise: %s\n", what);
        abort();
    }
}

int coach_fuzz_one(const uint8_t *data, size_t size)
{
    Analyzer *analyzer = shared_analyzer();
    const uint8_t *split = memchr(data, 0xFF, size);
    size_t text_len = split != NULL ? (size_t)(split - data) : size;
    /* the text is passed with its length only: copy it so reads past it are caught */
    char *text = malloc(text_len + 1);
    size_t context_len = split != NULL ? size - text_len - 1 : 0;
    char *context = malloc(context_len + 1);
    if (text == NULL || context == NULL)
        abort();
    memcpy(text, data, text_len);
    if (context_len > 0)
        memcpy(context, split + 1, context_len);
    context[context_len] = '\0';

    AnResult result;
    an_analyze(analyzer, text, text_len, context, &result);
    require(result.evidence_count <= AN_MAX_EVIDENCE, "evidence count within bounds");
    require((result.labels >> AN_LABEL_COUNT) == 0, "only known labels");
    for (int label = 0; label < AN_LABEL_COUNT; label++) {
        if (!(result.labels & AN_BIT(label)))
            continue;
        int found = 0;
        for (size_t i = 0; i < result.evidence_count; i++)
            found |= result.evidence[i].label == (AnLabel)label;
        require(found, "every label has evidence");
    }
    for (size_t i = 0; i < result.evidence_count; i++) {
        require(memchr(result.evidence[i].rule, '\0', AN_RULE_BYTES) != NULL, "rule id terminated");
        require(memchr(result.evidence[i].match, '\0', AN_MATCH_BYTES) != NULL, "match terminated");
        require(result.evidence[i].rule[0] != '\0', "rule id not empty");
        require((result.labels & AN_BIT(result.evidence[i].label)) != 0, "evidence only for given labels");
    }
    require(result.words >= 0 && result.questions >= 0 && result.context_overlap >= 0, "counts not negative");
    require(result.truncated == (text_len > AN_MAX_LINE_BYTES), "truncated exactly when too long");

    AnResult again;
    an_analyze(analyzer, text, text_len, context, &again);
    require(memcmp(&result, &again, sizeof result) == 0, "deterministic");

    text[text_len] = '\0';
    int shared = an_shared_meaning(analyzer, text, context);
    require(shared >= 0, "shared meaning not negative");
    require(an_shared_meaning(analyzer, context, context) >= 0, "shared meaning with itself");
    free(text);
    free(context);
    return 0;
}

#ifdef COACH_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return coach_fuzz_one(data, size);
}
#endif
