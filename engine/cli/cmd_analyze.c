/* cmd_analyze: `coach analyze` — how the analyser labels a line, and why.
 *
 *   coach analyze "TEXT" [--context "PROSPECT LINE"]   explain one line
 *   coach analyze --jsonl < in.jsonl > out.jsonl        batch (LABELS.md)
 *   coach analyze --bench FILE.jsonl [--repeat N]       (hidden) timing */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "commands.h"
#include "cli_options.h"
#include "utf8.h"

static void print_usage(FILE *out)
{
    fprintf(out,
            "usage: coach analyze \"TEXT\" [--context \"PROSPECT LINE\"]\n"
            "       coach analyze --jsonl < lines.jsonl\n"
            "\n"
            "Labels one trainee line with its moves (open_question, closed_question, probe,\n"
            "reflection, feature, benefit, next_step, purpose, small_talk, seller_focus) and\n"
            "shows the evidence: the rule that fired and the words it matched. --context is\n"
            "the prospect's line just before (probe and reflection need it).\n"
            "\n"
            "--jsonl reads one JSON object a line on stdin, {\"id\", \"context\", \"text\"},\n"
            "and writes one a line on stdout in the same order: {\"id\", \"labels\",\n"
            "\"evidence\"}; a malformed line gets {\"line\": N, \"error\": ...} and the batch\n"
            "goes on. Blank lines are skipped.\n"
            "\n"
            "Exit codes: 0 ok, 2 bad usage or the lexicon cannot be loaded.\n");
}

/* ---- JSON output ------------------------------------------------------- */

typedef struct Out {
    char *data;
    size_t len;
    size_t capacity;
} Out;

static void out_reserve(Out *out, size_t more)
{
    if (out->len + more <= out->capacity)
        return;
    size_t capacity = out->capacity ? out->capacity : 4096;
    while (capacity < out->len + more)
        capacity *= 2;
    char *grown = realloc(out->data, capacity);
    if (grown == NULL) {
        fprintf(stderr, "coach: out of memory\n");
        exit(CLI_USAGE);
    }
    out->data = grown;
    out->capacity = capacity;
}

static void out_put(Out *out, const char *text, size_t len)
{
    out_reserve(out, len);
    memcpy(out->data + out->len, text, len);
    out->len += len;
}

static void out_str(Out *out, const char *text)
{
    out_put(out, text, strlen(text));
}

/* A JSON string: escapes what JSON requires, and turns bytes that are not
 * UTF-8 into U+FFFD so the output is always valid. */
static void out_json_string(Out *out, const char *text, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    out_reserve(out, len * 6 + 2);
    char *p = out->data + out->len;
    *p++ = '"';
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *p++ = (char)c;
            i++;
            continue;
        }
        if (c < 0x80) {
            *p++ = '\\';
            switch (c) {
            case '"': *p++ = '"'; break;
            case '\\': *p++ = '\\'; break;
            case '\n': *p++ = 'n'; break;
            case '\r': *p++ = 'r'; break;
            case '\t': *p++ = 't'; break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[c >> 4];
                *p++ = hex[c & 15];
            }
            i++;
            continue;
        }
        size_t n = utf8_next(text + i, len - i, NULL);
        bool valid = n > 0;
        if (!valid) {
            memcpy(p, "\\ufffd", 6);
            p += 6;
            i++;
            continue;
        }
        memcpy(p, s + i, n);
        p += n;
        i += n;
    }
    *p++ = '"';
    out->len = (size_t)(p - out->data);
}

static void out_result(Out *out, const AnResult *result)
{
    out_str(out, "\"labels\":[");
    bool first = true;
    for (int label = 0; label < AN_LABEL_COUNT; label++)
        if (result->labels & AN_BIT(label)) {
            if (!first)
                out_put(out, ",", 1);
            first = false;
            out_put(out, "\"", 1);
            out_str(out, an_label_name((AnLabel)label));
            out_put(out, "\"", 1);
        }
    out_str(out, "],\"evidence\":[");
    for (size_t i = 0; i < result->evidence_count; i++) {
        const AnEvidence *e = &result->evidence[i];
        if (i > 0)
            out_put(out, ",", 1);
        out_str(out, "{\"label\":\"");
        out_str(out, an_label_name(e->label));
        out_str(out, "\",\"rule\":");
        out_json_string(out, e->rule, strlen(e->rule));
        out_str(out, ",\"match\":");
        out_json_string(out, e->match, strlen(e->match));
        out_put(out, "}", 1);
    }
    out_put(out, "]", 1);
    if (result->clause_count > 1) {
        out_str(out, ",\"clauses\":[");
        for (size_t c = 0; c < result->clause_count; c++) {
            const AnClause *clause = &result->clauses[c];
            out_str(out, c > 0 ? ",{\"span\":[" : "{\"span\":[");
            char span[48];
            snprintf(span, sizeof span, "%u,%u],\"labels\":[", clause->start, clause->end);
            out_str(out, span);
            bool first_label = true;
            for (int label = 0; label < AN_LABEL_COUNT; label++)
                if (clause->labels & AN_BIT(label)) {
                    out_str(out, first_label ? "\"" : ",\"");
                    out_str(out, an_label_name((AnLabel)label));
                    out_put(out, "\"", 1);
                    first_label = false;
                }
            out_str(out, "]}");
        }
        char answered[40];
        snprintf(answered, sizeof answered, "],\"answered\":%d", result->answered);
        out_str(out, answered);
    }
    if (result->truncated)
        out_str(out, ",\"truncated\":true");
    if (result->invalid_utf8)
        out_str(out, ",\"invalid_utf8\":true");
}

/* ---- batch mode -------------------------------------------------------- */

static void out_error(Out *out, long line_number, const cJSON *id, const char *message)
{
    char buffer[64];
    snprintf(buffer, sizeof buffer, "{\"line\":%ld,", line_number);
    out_str(out, buffer);
    if (id != NULL) {
        out_str(out, "\"id\":");
        if (cJSON_IsString(id)) {
            out_json_string(out, id->valuestring, strlen(id->valuestring));
        } else {
            char *printed = cJSON_PrintUnformatted(id);
            out_str(out, printed != NULL ? printed : "null");
            free(printed);
        }
        out_put(out, ",", 1);
    }
    out_str(out, "\"error\":");
    char text[256];
    snprintf(text, sizeof text, "input line %ld: %s", line_number, message);
    out_json_string(out, text, strlen(text));
    out_str(out, "}\n");
}

static bool blank(const char *line, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r' && line[i] != '\n')
            return false;
    return true;
}

/* One input line -> one output line appended to out. */
static void batch_line(const Analyzer *analyzer, const char *line, size_t len, long number, Out *out)
{
    cJSON *root = cJSON_ParseWithLength(line, len);
    if (root == NULL) {
        out_error(out, number, NULL, "not valid JSON");
        return;
    }
    if (!cJSON_IsObject(root)) {
        out_error(out, number, NULL, "expected a JSON object {\"id\", \"context\", \"text\"}");
        cJSON_Delete(root);
        return;
    }
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(root, "id");
    const cJSON *text = cJSON_GetObjectItemCaseSensitive(root, "text");
    const cJSON *context = cJSON_GetObjectItemCaseSensitive(root, "context");
    if (!cJSON_IsString(text)) {
        out_error(out, number, id, "\"text\" is missing or not a string");
        cJSON_Delete(root);
        return;
    }
    if (context != NULL && !cJSON_IsString(context) && !cJSON_IsNull(context)) {
        out_error(out, number, id, "\"context\" must be a string");
        cJSON_Delete(root);
        return;
    }
    AnResult result;
    an_analyze(analyzer, text->valuestring, strlen(text->valuestring),
               cJSON_IsString(context) ? context->valuestring : NULL, &result);
    out_put(out, "{\"id\":", 6);
    if (id == NULL) {
        out_str(out, "null");
    } else if (cJSON_IsString(id)) {
        out_json_string(out, id->valuestring, strlen(id->valuestring));
    } else {
        char *printed = cJSON_PrintUnformatted(id);
        out_str(out, printed != NULL ? printed : "null");
        free(printed);
    }
    out_put(out, ",", 1);
    out_result(out, &result);
    out_str(out, "}\n");
    cJSON_Delete(root);
}

static int run_batch(const Analyzer *analyzer)
{
    static char output_buffer[1 << 16];
    setvbuf(stdout, output_buffer, _IOFBF, sizeof output_buffer);
    Out out = {0};
    char *line = NULL;
    size_t capacity = 0;
    ssize_t n;
    long number = 0;
    while ((n = getline(&line, &capacity, stdin)) >= 0) {
        number++;
        if (blank(line, (size_t)n))
            continue;
        batch_line(analyzer, line, (size_t)n, number, &out);
        if (out.len >= (1 << 15)) {
            fwrite(out.data, 1, out.len, stdout);
            out.len = 0;
        }
    }
    if (out.len > 0)
        fwrite(out.data, 1, out.len, stdout);
    free(line);
    free(out.data);
    fflush(stdout);
    return CLI_OK;
}

/* ---- one line for a person --------------------------------------------- */

static int explain(const Analyzer *analyzer, const char *text, const char *context)
{
    AnResult result;
    an_analyze(analyzer, text, strlen(text), context, &result);
    printf("line:    %s\n", text);
    if (context != NULL && context[0] != '\0')
        printf("context: %s\n", context);
    printf("labels:  ");
    bool any = false;
    for (int label = 0; label < AN_LABEL_COUNT; label++)
        if (result.labels & AN_BIT(label)) {
            printf("%s%s", any ? ", " : "", an_label_name((AnLabel)label));
            any = true;
        }
    printf("%s\n", any ? "" : "(none)");
    if (result.evidence_count > 0 || result.cues != 0)
        printf("evidence:\n");
    for (size_t i = 0; i < result.evidence_count; i++) {
        const AnEvidence *e = &result.evidence[i];
        printf("  %-16s %-26s \"%s\"\n", an_label_name(e->label), e->rule, e->match);
    }
    if (result.clause_count > 1) {
        printf("clauses: (the prospect answers the one marked >)\n");
        for (size_t c = 0; c < result.clause_count; c++) {
            const AnClause *clause = &result.clauses[c];
            size_t length = strlen(text);
            unsigned start = clause->start < length ? clause->start : (unsigned)length;
            unsigned end = clause->end < length ? clause->end : (unsigned)length;
            printf(" %s%zu  \"%.*s\"  ", (int)c == result.answered ? ">" : " ", c + 1, (int)(end - start),
                   text + start);
            bool first_label = true;
            for (int label = 0; label < AN_LABEL_COUNT; label++)
                if (clause->labels & AN_BIT(label)) {
                    printf("%s%s", first_label ? "" : ", ", an_label_name((AnLabel)label));
                    first_label = false;
                }
            printf("%s\n", first_label ? "(none)" : "");
        }
    }
    /* What the rubric reads besides the labels (motive, cost of doing
     * nothing, buying process, specifics, vague endings). */
    for (int cue = 0; cue < AN_CUE_COUNT; cue++)
        if (result.cues & AN_CUE_BIT(cue))
            printf("  %-16s %-26s \"%s\"  (for the rubric)\n", an_cue_name((AnCue)cue),
                   result.cue_evidence[cue].rule, result.cue_evidence[cue].match);
    if (result.truncated)
        printf("note:    the line was cut at %d bytes before analysis\n", AN_MAX_LINE_BYTES);
    if (result.invalid_utf8)
        printf("note:    bytes that are not UTF-8 were replaced before analysis\n");
    printf("counts:  %d words, %d questions, %d you-words, %d I/we-words, %d features, %d shared with context\n",
           result.words, result.questions, result.you_words, result.i_words, result.feature_count,
           result.context_overlap);
    return CLI_OK;
}

/* ---- benchmark (hidden) ------------------------------------------------ */

typedef struct BenchLine {
    char *text;
    char *context;
} BenchLine;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int run_bench(const Analyzer *analyzer, const char *path, long repeat)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        fprintf(stderr, "coach: %s: cannot open\n", path);
        return CLI_USAGE;
    }
    BenchLine *lines = NULL;
    size_t count = 0, capacity = 0;
    char *buffer = NULL;
    size_t buffer_capacity = 0;
    ssize_t n;
    while ((n = getline(&buffer, &buffer_capacity, file)) >= 0) {
        cJSON *root = cJSON_ParseWithLength(buffer, (size_t)n);
        const cJSON *text = cJSON_GetObjectItemCaseSensitive(root, "text");
        const cJSON *context = cJSON_GetObjectItemCaseSensitive(root, "context");
        if (cJSON_IsString(text)) {
            if (count == capacity) {
                capacity = capacity ? capacity * 2 : 256;
                BenchLine *grown = realloc(lines, capacity * sizeof *lines);
                if (grown == NULL)
                    break;
                lines = grown;
            }
            lines[count].text = strdup(text->valuestring);
            lines[count].context = cJSON_IsString(context) ? strdup(context->valuestring) : NULL;
            count++;
        }
        cJSON_Delete(root);
    }
    free(buffer);
    fclose(file);
    if (count == 0) {
        fprintf(stderr, "coach: %s: no lines with \"text\"\n", path);
        free(lines);
        return CLI_USAGE;
    }
    /* Every analysis is timed on its own (two clock reads, ~50 ns, inside
     * the figure): the mean and the median are of single runs, not of a
     * best-of-N per line. */
    size_t runs = count * (size_t)repeat;
    double *single = malloc((runs > 0 ? runs : 1) * sizeof *single);
    if (single == NULL) {
        fprintf(stderr, "coach: out of memory\n");
        return CLI_USAGE;
    }
    AnResult result;
    unsigned checksum = 0;
    double elapsed = 0;
    size_t k = 0;
    for (long r = 0; r < repeat; r++)
        for (size_t i = 0; i < count; i++) {
            double t0 = now_seconds();
            an_analyze(analyzer, lines[i].text, strlen(lines[i].text), lines[i].context, &result);
            single[k] = now_seconds() - t0;
            elapsed += single[k++];
            checksum += result.labels;
        }
    qsort(single, runs, sizeof *single, compare_doubles);
    double median = runs % 2 ? single[runs / 2] : (single[runs / 2 - 1] + single[runs / 2]) / 2;
    printf("lines: %zu x %ld passes = %zu single analyses, %.3f s in an_analyze\n", count, repeat, runs,
           elapsed);
    printf("single analysis: mean %.2f us, median %.2f us\n", elapsed / (double)runs * 1e6, median * 1e6);
    printf("in process: %.0f lines/s (1 / mean)\n", (double)runs / elapsed);
    printf("checksum: %u\n", checksum);
    for (size_t i = 0; i < count; i++) {
        free(lines[i].text);
        free(lines[i].context);
    }
    free(lines);
    free(single);
    return CLI_OK;
}

/* ---- entry -------------------------------------------------------------- */

int cmd_analyze(int argc, char **argv)
{
    const char *text = NULL, *context = NULL, *bench = NULL;
    bool jsonl = false;
    uint64_t repeat_option = 50;
    const CliOption accepted[] = {
        {"--jsonl", NULL, CLI_FLAG, &jsonl, NULL},
        {"--context", "-c", CLI_STRING, &context, NULL},
        {"--bench", NULL, CLI_STRING, &bench, NULL},
        {"--repeat", NULL, CLI_NUMBER, &repeat_option, NULL},
    };
    const char *positional[argc > 0 ? argc : 1];
    size_t positional_count = 0;
    int parsed = cli_parse_options(argc, argv, accepted, sizeof accepted / sizeof accepted[0],
                                   positional, &positional_count);
    if (parsed == CLI_HELP) {
        print_usage(stdout);
        return CLI_OK;
    }
    if (parsed != CLI_PARSED)
        return CLI_USAGE;
    if (positional_count > 1) {
        fprintf(stderr, "coach: analyze: one line at a time (put it in quotes)\n");
        return CLI_USAGE;
    }
    if (positional_count == 1)
        text = positional[0];
    if (repeat_option < 1 || repeat_option > 1000000) {
        fprintf(stderr, "coach: analyze: --repeat needs a number from 1 to 1000000\n");
        return CLI_USAGE;
    }
    long repeat = (long)repeat_option;
    int modes = (text != NULL) + jsonl + (bench != NULL);
    if (modes != 1 || (context != NULL && text == NULL)) {
        print_usage(stderr);
        return CLI_USAGE;
    }
    CoachError err;
    err_clear(&err);
    Analyzer *analyzer = cli_analyzer(&err);
    if (analyzer == NULL) {
        cli_print_error(&err);
        return CLI_USAGE;
    }
    int rc;
    if (jsonl)
        rc = run_batch(analyzer);
    else if (bench != NULL)
        rc = run_bench(analyzer, bench, repeat);
    else
        rc = explain(analyzer, text, context);
    an_destroy(analyzer);
    return rc;
}
