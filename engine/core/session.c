/* session: see session.h. One play-through as a state machine: analyse the
 * trainee's line, let the prospect react (reactions, routing, the next
 * node), rescore the whole transcript, and rewrite the JSON log. How a line
 * is heard is session_hear.c; which cues and targets a line follows up
 * session_cues.c; replaying inputs session_replay.c; the log
 * session_log.c; reading the state session_view.c. */
#include "session.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <ctype.h>
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

double ses_elapsed(const Session *session)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - session->started.tv_sec) +
           (double)(now.tv_nsec - session->started.tv_nsec) / 1e9;
}

char *ses_strdup(const char *text)
{
    return strdup(text != NULL ? text : "");
}

/* Copies text[0..len) as valid UTF-8 (invalid bytes become U+FFFD, NUL a
 * space), cut at SES_MAX_KEPT_BYTES on a character boundary. */
char *ses_clean_utf8(const char *text, size_t len)
{
    size_t cap = len < SES_MAX_KEPT_BYTES ? len : SES_MAX_KEPT_BYTES;
    char *out = malloc(cap * 3 + 4);
    if (out == NULL)
        return NULL;
    size_t i = 0, o = 0;
    while (i < len && o < cap) {
        size_t n = utf8_next(text + i, len - i, NULL);
        if (n == 1 && text[i] == '\0') {
            out[o++] = ' ';
            i++;
        } else if (n > 0) {
            if (o + n > cap)
                break;
            memcpy(out + o, text + i, n);
            o += n;
            i += n;
        } else {
            if (o + 3 > cap)
                break;
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        }
    }
    out[o] = '\0';
    return out;
}

int ses_count_words(const char *text)
{
    int words = 0;
    bool in_word = false;
    for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++) {
        bool space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
        if (!space && !in_word)
            words++;
        in_word = !space;
    }
    return words;
}

/* --- lifecycle ---------------------------------------------------------------- */

static Analyzer *ses_default_analyzer(const char *lexicon_path, CoachError *err)
{
    char path[4200];
    if (lexicon_path == NULL) {
        const char *root = getenv("COACH_ROOT");
        if (root == NULL || root[0] == '\0')
            root = COACH_SOURCE_DIR;
        snprintf(path, sizeof path, "%s/assets/lexicon.lua", root);
        lexicon_path = path;
    }
    return an_create(lexicon_path, err);
}

/* Builds the session's private analyser (see SesOptions.lexicon_path). */
static int ses_build_analyzer(Session *session, const Analyzer *analyzer, const char *lexicon_path,
                              CoachError *err)
{
    CoachError analyzer_error;
    /* The borrowed analyser is the base when no lexicon file is named: a
     * copy of it costs a fraction of reading the lexicon again. */
    if (lexicon_path == NULL && analyzer != NULL)
        session->own_analyzer = an_clone(analyzer, &analyzer_error);
    else
        session->own_analyzer = ses_default_analyzer(lexicon_path, &analyzer_error);
    if (session->own_analyzer == NULL) {
        if (lexicon_path != NULL || analyzer == NULL) {
            if (err != NULL)
                *err = analyzer_error;
            return analyzer_error.code != 0 ? analyzer_error.code : COACH_EIO;
        }
        session->analyzer = analyzer;
        return COACH_OK;
    }
    for (int kind = 0; kind < AN_TERM_KIND_COUNT; kind++) {
        const char *const *terms = NULL;
        size_t count = scn_terms(session->scenario, (AnTermKind)kind, &terms);
        if (count > 0) {
            int rc = an_add_terms(session->own_analyzer, (AnTermKind)kind, terms, count, err);
            if (rc != COACH_OK) {
                an_destroy(session->own_analyzer);
                session->own_analyzer = NULL;
                return rc;
            }
        }
    }
    session->analyzer = session->own_analyzer;
    return COACH_OK;
}

Session *ses_create(Scenario *scenario, const Analyzer *analyzer, const SesOptions *options,
                    CoachError *err)
{
    err_clear(err);
    if (scenario == NULL) {
        err_set(err, COACH_EUSAGE, NULL, 0, "ses_create: no scenario");
        return NULL;
    }
    SesOptions defaults = {0};
    if (options == NULL)
        options = &defaults;
    Session *session = calloc(1, sizeof *session);
    if (session == NULL) {
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        scn_unload(scenario);
        return NULL;
    }
    session->scenario = scenario;
    session->node = -1;
    session->example_labels_node = -1;
    session->state = SES_NEW;
    if (!options->defer_analyzer && ses_build_analyzer(session, analyzer, options->lexicon_path, err) != COACH_OK)
        goto fail;
    const char *trainee = options->trainee;
    if (trainee == NULL || trainee[0] == '\0')
        trainee = getenv("USER");
    if (trainee == NULL || trainee[0] == '\0')
        trainee = "trainee";
    session->trainee = ses_strdup(trainee);
    session->log_dir = options->log_dir != NULL ? ses_strdup(options->log_dir) : NULL;
    session->no_log = options->no_log;
    session->log_queue = options->log_queue;
    session->seed = options->has_seed ? options->seed : scn_info(scenario)->seed;
    session->shuffle_choices = options->shuffle_choices;
    session->scores = rub_create();
    session->revealed = calloc(scn_target_count(scenario) + 1, sizeof *session->revealed);
    if (session->trainee == NULL || session->scores == NULL || session->revealed == NULL ||
        (options->log_dir != NULL && session->log_dir == NULL)) {
        err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        goto fail;
    }
    /* The prospect says the trainee's first name only when the trainee gave
     * one: a login name or the "trainee" placeholder would sound wrong. */
    char spoken[64] = "";
    if (options->trainee != NULL)
        snprintf(spoken, sizeof spoken, "%.*s", (int)strcspn(options->trainee, " \t"), options->trainee);
    if (scn_set_trainee(scenario, spoken, err) != COACH_OK)
        goto fail;
    return session;
fail:
    ses_destroy(session);
    return NULL;
}

static void ses_free_choices(Session *session)
{
    for (size_t i = 0; i < session->choice_count; i++) {
        free(session->choices[i].id);
        free(session->choices[i].text);
    }
    free(session->choices);
    session->choices = NULL;
    session->choice_count = 0;
}

void ses_destroy(Session *session)
{
    if (session == NULL)
        return;
    scn_unload(session->scenario);
    an_destroy(session->own_analyzer);
    free(session->trainee);
    free(session->log_dir);
    ses_free_choices(session);
    for (size_t i = 0; i < session->turn_count; i++) {
        free(session->data[i].text);
        free(session->data[i].line_id);
        free(session->data[i].route_id);
        free(session->data[i].state_json);
        free(session->data[i].heard);
        free(session->data[i].better);
    }
    free(session->turns);
    free(session->rubric_turns);
    free(session->data);
    for (size_t i = 0; i < session->input_count; i++)
        free((char *)session->inputs[i].text);
    free(session->inputs);
    free(session->revealed);
    free(session->example_labels);
    free(session->example_labels_context);
    rub_destroy(session->scores);
    free(session->ending);
    cJSON_Delete(session->reloads);
    free(session);
}

/* --- turns ---------------------------------------------------------------------- */

void ses_link_turns(Session *session)
{
    for (size_t i = 0; i < session->turn_count; i++) {
        session->turns[i].rubric = &session->rubric_turns[i];
        session->turns[i].text = session->data[i].text;
        session->turns[i].line_id = session->data[i].line_id;
        session->turns[i].route_id = session->data[i].route_id;
        session->turns[i].heard = session->data[i].heard != NULL ? session->data[i].heard->sentence : NULL;
        session->turns[i].clarified = session->rubric_turns[i].unscored;
        session->rubric_turns[i].text = session->data[i].text;
    }
}

/* Appends an empty turn; returns its index or -1 when out of memory. */
int ses_add_turn(Session *session)
{
    if (session->turn_count == session->turn_capacity) {
        size_t capacity = session->turn_capacity ? session->turn_capacity * 2 : 16;
        SesTurn *turns = realloc(session->turns, capacity * sizeof *turns);
        if (turns == NULL)
            return -1;
        session->turns = turns;
        RubTurn *rubric_turns = realloc(session->rubric_turns, capacity * sizeof *rubric_turns);
        if (rubric_turns == NULL)
            return -1;
        session->rubric_turns = rubric_turns;
        SesTurnData *data = realloc(session->data, capacity * sizeof *data);
        if (data == NULL)
            return -1;
        session->data = data;
        session->turn_capacity = capacity;
    }
    size_t index = session->turn_count++;
    memset(&session->turns[index], 0, sizeof session->turns[index]);
    memset(&session->rubric_turns[index], 0, sizeof session->rubric_turns[index]);
    memset(&session->data[index], 0, sizeof session->data[index]);
    session->turns[index].choice = -1;
    return (int)index;
}

int ses_fail(Session *session, const CoachError *cause, CoachError *err)
{
    session->state = SES_FAILED;
    session->error = *cause;
    log_utc_now(session->ended_at, sizeof session->ended_at);
    if (err != NULL)
        *err = *cause;
    return cause->code != 0 ? cause->code : COACH_ESCRIPT;
}

/* Has the prospect said text, word for word, earlier in the call? */
static bool ses_said_before(const Session *session, const char *text)
{
    for (size_t i = 0; i + 1 < session->turn_count; i++)
        if (!session->turns[i].trainee && session->data[i].text != NULL && strcmp(session->data[i].text, text) == 0)
            return true;
    return false;
}

/* Where text's first sentence ends (just past its mark): at '.', '!' or
 * '?' followed by a space or the end, never inside "...". */
static size_t ses_sentence_end(const char *text)
{
    size_t i = 0;
    while (text[i] != '\0') {
        if (strchr(".!?", text[i]) != NULL) {
            size_t run = i;
            while (text[run] != '\0' && strchr(".!?", text[run]) != NULL)
                run++;
            bool ellipsis = run - i > 1 && text[i] == '.' && text[i + 1] == '.';
            if ((text[run] == '\0' || text[run] == ' ') && !ellipsis)
                return run;
            i = run;
            continue;
        }
        i++;
    }
    return i;
}

/* Is text's first sentence (n characters) one word that says nothing
 * alone: "Please.", "Yes.", "Okay.", "Sorry."...? */
static bool ses_is_interjection(const char *text, size_t n)
{
    static const char *const words[] = {"please", "yes", "yeah", "yep", "no", "nope", "okay", "ok", "oh",
                                        "fine", "sorry", "well", "huh", "hm", "hmm", "um", "stop", "right",
                                        "good", "look", "listen", "honestly", "so", "exactly", "sure",
                                        "great", "wow", "ah", "and", "but", "again"};
    size_t len = strcspn(text, ".!?, ");
    if (len == 0 || len >= n || memchr(text, ' ', len) != NULL)
        return false;
    size_t rest = len;
    while (rest < n && strchr(".!?", text[rest]) != NULL)
        rest++;
    if (rest != n)
        return false;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strlen(words[k]) == len && strncasecmp(text, words[k], len) == 0)
            return true;
    return false;
}

/* A line said before, said shorter: its first sentence after "Like I said:",
 * then "As I said:", then "Again:" - the first of them not said yet. A line
 * that already starts with one of those (an author's `again` form) loses it
 * first, so it never reads "Like I said: Like I said: ...". NULL when out of
 * memory. */
static char *ses_say_shorter(const Session *session, const char *text)
{
    static const char *const leads[] = {"Like I said", "As I said", "Again"};
    for (size_t k = 0; k < sizeof leads / sizeof leads[0]; k++) {
        size_t n = strlen(leads[k]);
        if (strncasecmp(text, leads[k], n) == 0 && (text[n] == ':' || text[n] == ',' || text[n] == '.')) {
            text += n + 1;
            while (*text == ' ')
                text++;
            break;
        }
    }
    /* Its first sentence - past a one-word "Please." / "Yes." / "Okay." at
     * its head, which alone is a fragment ("Like I said: Please."), and with
     * the next sentence when it is one word of content ("Frank. Twenty
     * years."). A sentence ends at ". ", "! " or "? " (or the end), never
     * inside "..." . A bare "I said" after the lead goes ("Like I said: I'm
     * not ready", not "Like I said: I said I'm not ready"). */
    size_t first = ses_sentence_end(text);
    while (text[first] != '\0' && ses_is_interjection(text, first)) {
        text += first;
        while (*text == ' ')
            text++;
        first = ses_sentence_end(text);
    }
    if (text[first] != '\0' && memchr(text, ' ', first) == NULL) {
        size_t gap = first;
        while (text[gap] == ' ')
            gap++;
        if (text[gap] != '\0')
            first = gap + ses_sentence_end(text + gap);
    }
    if (strncasecmp(text, "I said ", 7) == 0 && first > 7) {
        text += 7;
        first -= 7;
    }
    char *shorter = NULL;
    for (size_t k = 0; k < sizeof leads / sizeof leads[0]; k++) {
        free(shorter);
        shorter = malloc(first + 16);
        if (shorter == NULL)
            return NULL;
        snprintf(shorter, first + 16, "%s: %.*s", leads[k], (int)first, text);
        if (!ses_said_before(session, shorter))
            break;
    }
    return shorter;
}

/* Enters node: the prospect's line becomes a turn; the session waits for
 * the next move or ends. */
int ses_enter(Session *session, int node, CoachError *err)
{
    Scenario *scenario = session->scenario;
    int from = session->node; /* where a detour goes back to */
    ScnLine line;
    CoachError cause;
    err_clear(&cause);
    if (scn_enter(scenario, node, &line, &cause) != COACH_OK)
        return ses_fail(session, &cause, err);
    int index = ses_add_turn(session);
    if (index < 0)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    SesTurnData *data = &session->data[index];
    data->text = ses_strdup(line.text);
    /* A prospect never says an earlier line word for word: a node entered
     * again without an `again` form or variants says it shorter. */
    if (data->text != NULL && ses_said_before(session, data->text)) {
        char *shorter = ses_say_shorter(session, data->text);
        if (shorter != NULL) {
            free(data->text);
            data->text = shorter;
        }
    }
    data->line_id = ses_strdup(line.line_id);
    data->state_json = scn_state_json(scenario);
    if (data->text == NULL || data->line_id == NULL)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    const ScnNode *view = scn_node(scenario, (size_t)node);
    SesTurn *turn = &session->turns[index];
    turn->trainee = false;
    turn->node = view->id;
    turn->elapsed_seconds = session->turn_count > 1 ? ses_elapsed(session) : 0;
    RubTurn *rubric = &session->rubric_turns[index];
    rubric->trainee = false;
    rubric->words = ses_count_words(data->text);
    for (size_t i = 0; i < line.cue_count && i < RUB_MAX_CUES; i++)
        rubric->cues[rubric->cue_count++] = line.cues[i];
    ses_offer_again(session, index, data->text);
    for (size_t i = 0; i < line.reveal_count; i++) {
        int target = scn_find_target(scenario, line.reveals[i]);
        if (target < 0 || session->revealed[target] || rubric->revealed_count >= RUB_MAX_TARGETS)
            continue;
        session->revealed[target] = true;
        const ScnTarget *declared = scn_target(scenario, (size_t)target);
        rubric->revealed_labels[rubric->revealed_count] =
            declared->label != NULL ? declared->label : declared->text;
        snprintf(rubric->revealed[rubric->revealed_count++], RUB_ID_BYTES, "%s", line.reveals[i]);
    }
    rubric->prospect_asked_for_work = line.asks_for_work;
    ses_link_turns(session);

    ses_free_choices(session);
    session->node = node;
    session->accepts_text = line.accepts_text;
    size_t choice_count = line.choice_count;
    if (view->detour && from >= 0) {
        /* an aside: the prospect has answered, and the call is back where
         * it was - that node's options and routes, not its line again */
        const ScnNode *back = scn_node(scenario, (size_t)from);
        node = from;
        session->node = from;
        session->accepts_text = back->has_text;
        choice_count = 0;
        for (size_t e = 0; e < back->edge_count; e++)
            choice_count += back->edges[e].kind == SCN_ROUTE_CHOICE;
    }
    if (choice_count > 0) {
        session->choices = calloc(choice_count, sizeof *session->choices);
        if (session->choices == NULL)
            return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        for (size_t i = 0; i < choice_count; i++) {
            ScnChoice choice;
            if (scn_choice(scenario, node, i, &choice, &cause) != COACH_OK)
                return ses_fail(session, &cause, err);
            SesChoiceData *copy = &session->choices[i];
            copy->view = choice;
            copy->id = ses_strdup(choice.id);
            copy->text = ses_strdup(choice.text);
            copy->view.id = copy->id;
            copy->view.text = copy->text;
            session->choice_count = i + 1;
            if (copy->id == NULL || copy->text == NULL)
                return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        }
    }
    if (view->is_ending) {
        rubric->ends_in_a_no = !view->success;
        rubric->ends_in_next_step = view->success;
        session->state = SES_ENDED;
        free(session->ending);
        session->ending = ses_strdup(view->outcome);
        session->ending_label = view->outcome_label;
        session->ending_success = view->success;
        log_utc_now(session->ended_at, sizeof session->ended_at);
    } else {
        session->state = session->choice_count > 0 ? SES_AWAIT_CHOICE : SES_AWAIT_TEXT;
    }
    return COACH_OK;
}

/* --- playing ------------------------------------------------------------------ */

/* A session id no other session has: 128 random bits in hex (the time and
 * the process id if the system has no entropy to give). */
static void ses_make_id(Session *session)
{
    unsigned char bytes[16];
    FILE *random = fopen("/dev/urandom", "rb");
    bool filled = random != NULL && fread(bytes, 1, sizeof bytes, random) == sizeof bytes;
    if (random != NULL)
        fclose(random);
    if (!filled) {
        struct timespec now;
        clock_gettime(CLOCK_REALTIME, &now);
        uint64_t a = (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
        uint64_t b = (uint64_t)getpid() * 0x9E3779B97F4A7C15u ^ (uint64_t)(uintptr_t)session;
        memcpy(bytes, &a, 8);
        memcpy(bytes + 8, &b, 8);
    }
    for (size_t i = 0; i < sizeof bytes; i++)
        snprintf(session->id + 2 * i, 3, "%02x", bytes[i]);
}

int ses_start(Session *session, CoachError *err)
{
    err_clear(err);
    if (session == NULL || session->state != SES_NEW)
        return err_set(err, COACH_ESTATE, NULL, 0, "ses_start: the session has already started");
    if (!session->no_log) {
        /* an unusable directory is an error now, before any play; the file
         * itself is made with the first trainee turn */
        char *dir = session->log_dir_path;
        if (session->log_dir != NULL)
            snprintf(dir, sizeof session->log_dir_path, "%s", session->log_dir);
        else if (log_default_dir(dir, sizeof session->log_dir_path, err) != COACH_OK)
            return err->code;
        if (log_prepare_dir(dir, err) != COACH_OK)
            return err != NULL ? err->code : COACH_EIO;
    }
    ses_make_id(session);
    clock_gettime(CLOCK_MONOTONIC, &session->started);
    log_utc_now(session->started_at, sizeof session->started_at);
    CoachError cause;
    if (scn_begin(session->scenario, session->seed, &cause) != COACH_OK)
        return ses_fail(session, &cause, err);
    int start = scn_find_node(session->scenario, scn_info(session->scenario)->start);
    int rc = ses_enter(session, start, err);
    if (rc == COACH_OK)
        rc = ses_rescore(session, err);
    return rc; /* nothing said yet: no log (ses_write_log) */
}

static int ses_record_input(Session *session, const char *text, size_t len, int choice)
{
    if (session->input_count == session->input_capacity) {
        size_t capacity = session->input_capacity ? session->input_capacity * 2 : 16;
        SesInput *grown = realloc(session->inputs, capacity * sizeof *grown);
        if (grown == NULL)
            return COACH_ENOMEM;
        session->inputs = grown;
        session->input_capacity = capacity;
    }
    SesInput *input = &session->inputs[session->input_count];
    input->choice = choice;
    input->length = text != NULL ? len : 0;
    input->text = NULL;
    if (text != NULL) {
        char *copy = malloc(len + 1);
        if (copy == NULL)
            return COACH_ENOMEM;
        memcpy(copy, text, len);
        copy[len] = '\0';
        input->text = copy;
    }
    session->input_count++;
    return COACH_OK;
}

/* The trainee's move: text (typed) or choice (>= 0). */
static const char *clean_text_of(const SesTurnData *data)
{
    return data->text != NULL ? data->text : "";
}

static int ses_points_total(const int points[RUB_SKILL_COUNT])
{
    int total = 0;
    for (int k = 0; k < RUB_SKILL_COUNT; k++)
        total += points[k];
    return total;
}

/* A stronger line the trainee could have said at this node, for the
 * annotated transcript: the author's `better` on the route the line took,
 * else on the node, else the option worth the most points when it is worth
 * more than the line. Chosen while the node's options are still known; the
 * log shows it when the line lost points on balance, or was an option worth
 * fewer points. */
static void ses_find_better(Session *session, const ScnStep *step, int choice, const char *text,
                            const RubTurn *turn, SesTurnData *data)
{
    const ScnNode *node = scn_node(session->scenario, (size_t)session->node);
    const char *better = NULL, *source = NULL;
    for (size_t i = 0; step->route_id != NULL && i < node->edge_count && better == NULL; i++)
        if (node->edges[i].better != NULL && strcmp(node->edges[i].id, step->route_id) == 0) {
            better = node->edges[i].better;
            source = "rule";
        }
    if (better == NULL && node->better != NULL) {
        better = node->better;
        source = "node";
    }
    int own = turn->from_choice ? ses_points_total(turn->choice_points) : 0;
    if (better == NULL && session->choice_count > 1) {
        int best = -1, best_total = 0;
        for (size_t i = 0; i < session->choice_count; i++) {
            int total = ses_points_total(session->choices[i].view.points);
            if (total > best_total) {
                best = (int)i;
                best_total = total;
            }
        }
        if (best >= 0 && best != choice && best_total > own) {
            better = session->choices[best].text;
            source = "option";
            data->better_gain = turn->from_choice ? best_total - own : 0;
        }
    }
    if (better == NULL)
        return;
    data->said_better = strcmp(better, text) == 0;
    data->better = ses_strdup(better);
    data->better_source = source;
}

static int ses_answer(Session *session, const char *text, size_t len, int choice, CoachError *err)
{
    err_clear(err);
    Scenario *scenario = session->scenario;
    const RubConfig *cfg = scn_rubric(scenario);
    const SesChoiceData *picked = choice >= 0 ? &session->choices[choice] : NULL;
    char *clean = picked != NULL ? ses_strdup(picked->text) : ses_clean_utf8(text, len);
    if (clean == NULL)
        return err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
    char *choice_id = picked != NULL ? ses_strdup(picked->id) : NULL;
    SesHeard *heard = NULL;
    int rc = COACH_OK;
    const char *context = session->turn_count > 0 ? session->data[session->turn_count - 1].text : "";

    RubTurn turn;
    memset(&turn, 0, sizeof turn);
    turn.trainee = true;
    if (picked != NULL)
        an_analyze(session->analyzer, clean, strlen(clean), context, &turn.analysis);
    else
        an_analyze(session->analyzer, text, len, context, &turn.analysis);
    if (picked != NULL) {
        turn.from_choice = true;
        memcpy(turn.choice_points, picked->view.points, sizeof turn.choice_points);
        ses_apply_option_labels(&turn.analysis, picked);
    }
    turn.words = turn.analysis.words > 0 ? turn.analysis.words : ses_count_words(clean);
    bool premature = (turn.analysis.labels & AN_BIT(AN_NEXT_STEP)) &&
                     rub_ask_is_premature(session->rubric_turns, session->turn_count, cfg);
    ScnMove move = {.text = clean,
                    .analysis = &turn.analysis,
                    .choice = choice,
                    .premature_ask = premature,
                    .analyzer = session->analyzer};
    CoachError cause;
    err_clear(&cause);

    /* The prospect reacts to the line (state, by its labels) before the
     * routes and tests read the state; a line the prospect then asks to
     * have clarified is taken back. */
    if (picked == NULL && scn_state_checkpoint(scenario, &cause) != COACH_OK) {
        rc = ses_fail(session, &cause, err);
        goto write;
    }
    if (ses_react(session, &turn, premature, &cause) != COACH_OK) {
        rc = ses_fail(session, &cause, err);
        goto write;
    }
    ScnStep step;
    bool routed = false;
    if (picked == NULL && scn_node(scenario, (size_t)session->node)->has_route_function) {
        /* the node's route function speaks before anything is heard */
        if (scn_route_function(scenario, session->node, &move, &step, &cause) != COACH_OK) {
            rc = ses_fail(session, &cause, err);
            goto write;
        }
        routed = step.next >= 0;
    }
    if (picked == NULL && !routed) {
        /* a typed line: what did the prospect hear? */
        HearResult result;
        int option = -1;
        heard = malloc(sizeof *heard);
        if (heard == NULL) {
            rc = err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
            goto free_all;
        }
        if (ses_hear(session, &move, context, heard, &result, &option, &cause) != COACH_OK) {
            if (cause.code == COACH_ESCRIPT) {
                rc = ses_fail(session, &cause, err);
                goto write;
            }
            if (err != NULL)
                *err = cause;
            rc = cause.code;
            goto free_all;
        }
        if (result.verdict == HEAR_CLARIFY) {
            if (scn_state_rollback(scenario, &cause) != COACH_OK) {
                rc = ses_fail(session, &cause, err);
                goto write;
            }
            if (ses_record_input(session, text, len, -1) != COACH_OK) {
                rc = err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
                goto free_all;
            }
            rc = ses_clarify(session, clean, &turn, heard, err);
            clean = NULL;
            heard = NULL;
            goto write;
        }
        if (option >= 0) {
            /* heard as an option: routed as that option; its own words also
             * carry its labels and points, so typing it is picking it */
            move.choice = option;
            if (result.score >= 1.0 && session->choices[option].view.has_labels) {
                /* the option's own words: its labels too, and the reactions to them */
                const SesChoiceData *same = &session->choices[option];
                memcpy(turn.choice_points, same->view.points, sizeof turn.choice_points);
                turn.from_choice = true;
                if (scn_state_rollback(scenario, &cause) != COACH_OK) {
                    rc = ses_fail(session, &cause, err);
                    goto write;
                }
                ses_apply_option_labels(&turn.analysis, same);
                premature = (turn.analysis.labels & AN_BIT(AN_NEXT_STEP)) &&
                            rub_ask_is_premature(session->rubric_turns, session->turn_count, cfg);
                move.premature_ask = premature;
                if (ses_react(session, &turn, premature, &cause) != COACH_OK) {
                    rc = ses_fail(session, &cause, err);
                    goto write;
                }
            } else if (result.score >= 1.0) {
                memcpy(turn.choice_points, session->choices[option].view.points, sizeof turn.choice_points);
                turn.from_choice = true;
            }
        } else {
            move.heard_rule = result.verdict == HEAR_MATCH ? result.intent + 1 : -1;
        }
    }
    ses_pick_cues(session, &turn, clean);
    ses_link_targets(session, &turn, clean);
    if (!routed && scn_route(scenario, session->node, &move, &step, &cause) != COACH_OK) {
        if (cause.code == COACH_ESCRIPT) {
            rc = ses_fail(session, &cause, err);
            goto write;
        }
        if (err != NULL)
            *err = cause;
        rc = cause.code;
        goto free_all;
    }
    if (ses_record_input(session, text, len, choice) != COACH_OK) {
        rc = err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        goto free_all;
    }
    int index = ses_add_turn(session);
    if (index < 0) {
        rc = err_set(err, COACH_ENOMEM, NULL, 0, "out of memory");
        goto free_all;
    }
    SesTurnData *data = &session->data[index];
    data->text = clean;
    data->line_id = choice_id;
    data->route_id = ses_strdup(step.route_id);
    data->state_json = scn_state_json(scenario);
    data->options_shown = session->choice_count;
    data->options_line = session->input_count - 1;
    data->premature = premature;
    data->heard = heard;
    clean = NULL;
    choice_id = NULL;
    heard = NULL;
    ses_find_better(session, &step, choice, clean_text_of(data), &turn, data);
    session->rubric_turns[index] = turn;
    SesTurn *st = &session->turns[index];
    st->trainee = true;
    st->node = scn_node(scenario, (size_t)session->node)->id;
    st->choice = choice;
    st->elapsed_seconds = ses_elapsed(session);
    ses_link_turns(session);
    rc = ses_enter(session, step.next, err);
write:
    if (ses_rescore(session, rc == COACH_OK ? err : NULL) != COACH_OK && rc == COACH_OK)
        rc = COACH_ENOMEM;
    {
        int log_rc = ses_write_log(session, rc == COACH_OK ? err : NULL);
        if (rc == COACH_OK)
            rc = log_rc;
    }
free_all:
    free(clean);
    free(choice_id);
    free(heard);
    return rc;
}

int ses_set_analyzer(Session *session, const Analyzer *analyzer, CoachError *err)
{
    err_clear(err);
    if (session == NULL || analyzer == NULL)
        return err_set(err, COACH_EUSAGE, NULL, 0, "ses_set_analyzer: no session or no analyser");
    if (session->analyzer != NULL)
        return err_set(err, COACH_ESTATE, NULL, 0, "ses_set_analyzer: the session already has an analyser");
    return ses_build_analyzer(session, analyzer, NULL, err);
}

bool ses_has_analyzer(const Session *session)
{
    return session != NULL && session->analyzer != NULL;
}

int ses_answer_text(Session *session, const char *text, size_t len, CoachError *err)
{
    if (session == NULL)
        return err_set(err, COACH_EUSAGE, NULL, 0, "no session");
    if (session->analyzer == NULL)
        return err_set(err, COACH_ESTATE, NULL, 0, "the session has no analyser yet (ses_set_analyzer)");
    if (session->state != SES_AWAIT_TEXT && !(session->state == SES_AWAIT_CHOICE && session->accepts_text))
        return err_set(err, COACH_ESTATE, NULL, 0,
                       session->state == SES_AWAIT_CHOICE
                           ? "the prospect is waiting for a choice here, not a typed line"
                           : "the session is not waiting for a line");
    if (text == NULL)
        len = 0;
    return ses_answer(session, text != NULL ? text : "", len, -1, err);
}

int ses_answer_choice(Session *session, size_t index, CoachError *err)
{
    if (session == NULL)
        return err_set(err, COACH_EUSAGE, NULL, 0, "no session");
    if (session->state != SES_AWAIT_CHOICE)
        return err_set(err, COACH_ESTATE, NULL, 0, "there is no choice to make now");
    if (session->analyzer == NULL)
        return err_set(err, COACH_ESTATE, NULL, 0, "the session has no analyser yet (ses_set_analyzer)");
    if (index >= session->choice_count)
        return err_set(err, COACH_EUSAGE, NULL, 0, "there is no option %zu (pick 1 to %zu)", index + 1,
                       session->choice_count);
    return ses_answer(session, NULL, 0, (int)index, err);
}

int ses_quit(Session *session, CoachError *err)
{
    err_clear(err);
    if (session == NULL)
        return err_set(err, COACH_EUSAGE, NULL, 0, "no session");
    if (session->state != SES_AWAIT_TEXT && session->state != SES_AWAIT_CHOICE)
        return err_set(err, COACH_ESTATE, NULL, 0, "the session is not in progress");
    session->state = SES_ENDED;
    free(session->ending);
    session->ending = ses_strdup("abandoned");
    session->ending_label = NULL;
    session->ending_success = false;
    log_utc_now(session->ended_at, sizeof session->ended_at);
    return ses_write_log(session, err);
}
