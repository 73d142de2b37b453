/* scntest_run: plays each test's transcript through a real session (the
 * same settings as coach run), checks its expectations (labels, ending,
 * scores, targets, cues, nodes) and the contrasts between tests. */
#include "scntest.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session.h"
#include "session_settings.h"

#include "scntest_internal.h"

/* ---- running ------------------------------------------------------------- */

typedef struct Run {
    ScntestTest *test;
    FILE *out;
    int failures;
    int turn;           /* say entries done (1-based count) */
    const char *said;   /* the last say entry, for messages */
    char where[QUOTE_CHARS + 64];
} Run;

/* Quotes the last line said (cut) as "after turn N: \"...\"". */
static const char *run_where(Run *run)
{
    if (run->turn == 0 || run->said == NULL) {
        snprintf(run->where, sizeof run->where, "before the first turn");
        return run->where;
    }
    char quote[QUOTE_CHARS + 4];
    size_t length = strlen(run->said), cut = length;
    if (cut > QUOTE_CHARS) {
        cut = QUOTE_CHARS;
        while (cut > 0 && ((unsigned char)run->said[cut] & 0xC0) == 0x80)
            cut--; /* do not split a UTF-8 sequence */
    }
    memcpy(quote, run->said, cut);
    snprintf(quote + cut, sizeof quote - cut, "%s", cut < length ? "..." : "");
    snprintf(run->where, sizeof run->where, "after turn %d: \"%s\"", run->turn, quote);
    return run->where;
}

static void run_fail(Run *run, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void run_fail(Run *run, const char *format, ...)
{
    fprintf(run->out, "%s:%d: test \"%s\": ", run->test->file, run->test->line, run->test->name);
    va_list args;
    va_start(args, format);
    vfprintf(run->out, format, args);
    va_end(args);
    fputc('\n', run->out);
    run->failures++;
}

static void labels_text(unsigned labels, char *buffer, size_t size)
{
    size_t used = 0;
    buffer[0] = '\0';
    for (int l = 0; l < AN_LABEL_COUNT && used + 1 < size; l++) {
        if ((labels & AN_BIT(l)) == 0)
            continue;
        int written = snprintf(buffer + used, size - used, "%s%s", used > 0 ? ", " : "",
                               an_label_name((AnLabel)l));
        if (written < 0)
            break;
        used += (size_t)written;
    }
    if (used == 0)
        snprintf(buffer, size, "none");
}

/* The node the session is at now (the last prospect turn's node). */
static const char *current_node(const Session *session)
{
    for (size_t i = ses_turn_count(session); i-- > 0;) {
        const SesTurn *turn = ses_turn(session, i);
        if (!turn->trainee && turn->node != NULL)
            return turn->node;
    }
    return "?";
}

/* Picks the option whose id is choose ("b" or "node.b"); -1 if none. */
static long find_choice(const Session *session, const char *choose)
{
    size_t count = ses_choice_count(session);
    for (size_t i = 0; i < count; i++) {
        const ScnChoice *choice = ses_choice(session, i);
        if (choice == NULL || choice->id == NULL)
            continue;
        const char *dot = strrchr(choice->id, '.');
        const char *short_id = dot != NULL ? dot + 1 : choice->id;
        if (strcmp(choice->id, choose) == 0 || strcmp(short_id, choose) == 0)
            return (long)i;
    }
    return -1;
}

static void choice_ids(const Session *session, char *buffer, size_t size)
{
    size_t used = 0;
    buffer[0] = '\0';
    for (size_t i = 0; i < ses_choice_count(session) && used + 1 < size; i++) {
        const ScnChoice *choice = ses_choice(session, i);
        const char *id = choice != NULL && choice->id != NULL ? choice->id : "?";
        const char *dot = strrchr(id, '.');
        int written = snprintf(buffer + used, size - used, "%s%s", i > 0 ? ", " : "",
                               dot != NULL ? dot + 1 : id);
        if (written < 0)
            break;
        used += (size_t)written;
    }
    if (used == 0)
        snprintf(buffer, size, "none");
}

/* Says the transcript; false when it could not go on. */
static bool run_transcript(Run *run, Session *session)
{
    ScntestTest *test = run->test;
    for (size_t s = 0; s < test->step_count; s++) {
        const ScntestStep *step = &test->steps[s];
        SesState state = ses_state(session);
        if (state == SES_ENDED) {
            run_fail(run,
                     "the call ended (%s) at node %s (%s), but %zu more line%s %s left to say",
                     ses_ending(session) != NULL ? ses_ending(session) : "?", current_node(session),
                     run_where(run), test->step_count - s, test->step_count - s == 1 ? "" : "s",
                     test->step_count - s == 1 ? "was" : "were");
            return false;
        }
        if (state != SES_AWAIT_TEXT && state != SES_AWAIT_CHOICE) {
            run_fail(run, "the session cannot take a line (state %d) (%s)", (int)state, run_where(run));
            return false;
        }
        CoachError err;
        err_clear(&err);
        int status;
        size_t turns_before = ses_turn_count(session);
        if (step->choose != NULL) {
            if (state != SES_AWAIT_CHOICE) {
                run_fail(run, "turn %zu: node %s takes a typed line, not a choice (choose = \"%s\") (%s)",
                         s + 1, current_node(session), step->choose, run_where(run));
                return false;
            }
            long index = find_choice(session, step->choose);
            if (index < 0) {
                char ids[300];
                choice_ids(session, ids, sizeof ids);
                run_fail(run, "turn %zu: node %s has no option \"%s\" (options: %s) (%s)", s + 1,
                         current_node(session), step->choose, ids, run_where(run));
                return false;
            }
            status = ses_answer_choice(session, (size_t)index, &err);
        } else {
            if (state == SES_AWAIT_CHOICE && !ses_accepts_text(session)) {
                char ids[300];
                choice_ids(session, ids, sizeof ids);
                run_fail(run, "turn %zu: node %s only offers choices (%s); use { choose = \"id\" } (%s)",
                         s + 1, current_node(session), ids, run_where(run));
                return false;
            }
            status = ses_answer_text(session, step->text, strlen(step->text), &err);
        }
        run->turn = (int)s + 1;
        if (step->text != NULL)
            run->said = step->text;
        else {
            /* the text of the option picked, as logged */
            for (size_t i = ses_turn_count(session); i-- > turns_before;) {
                const SesTurn *turn = ses_turn(session, i);
                if (turn->trainee && turn->text != NULL) {
                    run->said = turn->text;
                    break;
                }
            }
        }
        if (status != 0 || ses_state(session) == SES_FAILED) {
            char text[1400];
            const CoachError *failure = status != 0 ? &err : ses_error(session);
            err_format(failure, text, sizeof text);
            run_fail(run, "the scenario failed: %s (%s)", text, run_where(run));
            return false;
        }
        if (step->check_labels) {
            const SesTurn *said = NULL;
            for (size_t i = ses_turn_count(session); i-- > turns_before;) {
                const SesTurn *turn = ses_turn(session, i);
                if (turn->trainee) {
                    said = turn;
                    break;
                }
            }
            unsigned got = said != NULL && said->rubric != NULL ? said->rubric->analysis.labels : 0;
            if ((got & step->labels) != step->labels) {
                char want[300], have[300];
                labels_text(step->labels, want, sizeof want);
                labels_text(got, have, sizeof have);
                run_fail(run, "expected labels %s on turn %zu, got %s (%s)", want, s + 1, have,
                         run_where(run));
            }
        }
    }
    return true;
}

/* Collects the nodes visited, the targets uncovered and the cues picked. */
static bool collect(const Session *session, StrList *nodes, StrList *targets, StrList *cues,
                    StrList *routes)
{
    bool ok = true;
    for (size_t i = 0; ok && i < ses_turn_count(session); i++) {
        const SesTurn *turn = ses_turn(session, i);
        if (turn->node != NULL)
            ok = scntest_strlist_add_unique(nodes, turn->node);
        if (ok && turn->trainee && turn->route_id != NULL)
            ok = scntest_strlist_add_unique(routes, turn->route_id);
        const RubTurn *rubric = turn->rubric;
        if (rubric == NULL)
            continue;
        for (size_t r = 0; ok && !turn->trainee && r < rubric->revealed_count && r < RUB_MAX_TARGETS; r++)
            ok = scntest_strlist_add_unique(targets, rubric->revealed[r]);
        for (size_t c = 0; ok && turn->trainee && c < rubric->picked_cue_count && c < RUB_MAX_CUES; c++)
            ok = scntest_strlist_add_unique(cues, rubric->picked_cues[c]);
    }
    return ok;
}

static void check_expectations(Run *run, const Session *session, const StrList *nodes,
                               const StrList *targets, const StrList *cues)
{
    ScntestTest *test = run->test;
    char list[600];
    if (test->ending != NULL) {
        if (!test->ended)
            run_fail(run, "expected ending %s, got no ending: the call is still at node %s (%s)",
                     test->ending, current_node(session), run_where(run));
        else if (strcmp(test->ending, test->outcome != NULL ? test->outcome : "") != 0)
            run_fail(run, "expected ending %s, got %s at node %s (%s)", test->ending,
                     test->outcome != NULL ? test->outcome : "?", current_node(session),
                     run_where(run));
    }
    for (int slot = 0; slot < SCORE_SLOTS; slot++) {
        const ScntestRange *range = &test->scores[slot];
        if (range->set && (test->got[slot] < range->low || test->got[slot] > range->high))
            run_fail(run, "expected %s score in %d-%d, got %d (%s)", scntest_slot_name(slot), range->low,
                     range->high, test->got[slot], run_where(run));
    }
    const struct {
        const StrList *want, *got;
        const char *what, *verb;
    } sets[] = {{&test->targets, targets, "target", "uncovered"},
                {&test->cues, cues, "cue", "picked up"},
                {&test->nodes, nodes, "node", "visited"}};
    for (size_t k = 0; k < sizeof sets / sizeof sets[0]; k++) {
        for (size_t i = 0; i < sets[k].want->count; i++) {
            if (scntest_strlist_has(sets[k].got, sets[k].want->items[i]))
                continue;
            scntest_strlist_join(sets[k].got, list, sizeof list);
            run_fail(run, "expected %s %s %s, but it was not (%s: %s)", sets[k].what,
                     sets[k].want->items[i], sets[k].verb, sets[k].verb, list);
        }
    }
}

/* Runs one test; returns false when its scenario could not be loaded or
 * started (unreadable input). */
static bool run_test(ScntestSuite *suite, ScntestTest *test, const Analyzer *analyzer, FILE *out)
{
    Run run = {.test = test, .out = out};
    CoachError err;
    err_clear(&err);
    char text[1400];
    bool readable = true;
    test->ran = true;
    test->passed = false;

    if (scntest_strlist_has(&suite->unloadable, test->scenario)) {
        run_fail(&run, "cannot load the scenario %s (the error is above)", test->scenario);
        return false;
    }
    Scenario *scenario = scn_load(test->scenario, NULL, &err);
    if (scenario == NULL) {
        err_format(&err, text, sizeof text);
        run_fail(&run, "cannot load the scenario: %s", text);
        scntest_strlist_add_unique(&suite->unloadable, test->scenario);
        return false;
    }
    Coverage *coverage = scntest_coverage_for(suite, scenario, test->scenario);
    SesSettings settings = {.trainee = "scenario test",
                            .log_dir = suite->log_dir,
                            .no_log = suite->log_dir == NULL,
                            .has_seed = test->has_seed,
                            .seed = test->seed};
    SesOptions options;
    ses_settings_options(&settings, NULL, &options);
    Session *session = ses_create(scenario, analyzer, &options, &err); /* owns scenario */
    if (session == NULL) {
        err_format(&err, text, sizeof text);
        run_fail(&run, "cannot create a session: %s", text);
        return false;
    }
    if (ses_start(session, &err) != 0) {
        err_format(&err, text, sizeof text);
        run_fail(&run, "cannot start the scenario: %s", text);
        readable = false;
        goto destroy_session;
    }
    test->loaded = true;
    bool complete = run_transcript(&run, session);
    test->ended = ses_state(session) == SES_ENDED;
    if (test->ended) {
        test->success = ses_ending_success(session);
        test->outcome = scntest_copy_string(ses_ending(session));
    }
    const RubScores *scores = ses_scores(session);
    for (int s = 0; s < RUB_SKILL_COUNT; s++)
        test->got[s] = rub_skill_score(scores, (RubSkill)s);
    test->got[SCORE_OVERALL] = rub_overall(scores);

    StrList nodes = {0}, targets = {0}, cues = {0}, routes = {0};
    if (!collect(session, &nodes, &targets, &cues, &routes))
        run_fail(&run, "out of memory");
    if (coverage != NULL)
        scntest_coverage_mark(coverage, &nodes, &cues, &routes);
    scntest_strlist_free(&routes);
    if (complete)
        check_expectations(&run, session, &nodes, &targets, &cues);
    scntest_strlist_free(&nodes);
    scntest_strlist_free(&targets);
    scntest_strlist_free(&cues);
    test->passed = run.failures == 0;
destroy_session:
    ses_destroy(session);
    return readable;
}

/* success 2, failure 1, no ending 0 */
static int ending_rank(const ScntestTest *test)
{
    return !test->ended ? 0 : test->success ? 2 : 1;
}

static bool run_contrast(const ScntestSuite *suite, const ScntestContrast *contrast, FILE *out)
{
    const ScntestTest *better = scntest_find_test(suite, contrast->better);
    const ScntestTest *worse = scntest_find_test(suite, contrast->worse);
    bool ok = true;
    if (better == NULL || worse == NULL || !better->ran || !worse->ran) {
        fprintf(out, "%s:%d: contrast \"%s\" > \"%s\": a test did not run\n", contrast->file,
                contrast->line, contrast->better, contrast->worse);
        return false;
    }
    if (!better->loaded || !worse->loaded) {
        /* no scores to compare: saying which is higher would mislead */
        fprintf(out, "%s:%d: contrast \"%s\" > \"%s\": not compared: test \"%s\" could not start its "
                     "scenario\n", contrast->file, contrast->line, contrast->better, contrast->worse,
                !better->loaded ? better->name : worse->name);
        return false;
    }
    for (int slot = 0; slot < SCORE_SLOTS; slot++) {
        if (!contrast->skills[slot] || better->got[slot] > worse->got[slot])
            continue;
        fprintf(out, "%s:%d: contrast \"%s\" > \"%s\": expected %s higher, got %d vs %d\n",
                contrast->file, contrast->line, contrast->better, contrast->worse, scntest_slot_name(slot),
                better->got[slot], worse->got[slot]);
        ok = false;
    }
    if (ending_rank(better) < ending_rank(worse)) {
        fprintf(out, "%s:%d: contrast \"%s\" > \"%s\": the better test's ending (%s) is worse than "
                     "the other's (%s)\n",
                contrast->file, contrast->line, contrast->better, contrast->worse,
                better->outcome != NULL ? better->outcome : "none",
                worse->outcome != NULL ? worse->outcome : "none");
        ok = false;
    }
    return ok;
}

int scntest_run(ScntestSuite *suite, const Analyzer *analyzer, FILE *out, ScntestSummary *summary)
{
    ScntestSummary local;
    if (summary == NULL)
        summary = &local;
    memset(summary, 0, sizeof *summary);
    if (suite == NULL || out == NULL)
        return 1;
    for (size_t i = 0; i < suite->test_count; i++) {
        ScntestTest *test = &suite->tests[i];
        bool readable = run_test(suite, test, analyzer, out);
        summary->tests++;
        if (!readable)
            summary->unreadable++;
        if (!test->passed)
            summary->tests_failed++;
        fprintf(out, "%s  %s\n", test->passed ? "ok  " : "FAIL", test->name);
    }
    for (size_t i = 0; i < suite->contrast_count; i++) {
        const ScntestContrast *contrast = &suite->contrasts[i];
        bool passed = run_contrast(suite, contrast, out);
        summary->contrasts++;
        if (!passed)
            summary->contrasts_failed++;
        fprintf(out, "%s  contrast \"%s\" > \"%s\"\n", passed ? "ok  " : "FAIL", contrast->better,
                contrast->worse);
    }
    fprintf(out, "%d test%s, %d failed; %d contrast%s, %d failed\n", summary->tests,
            summary->tests == 1 ? "" : "s", summary->tests_failed, summary->contrasts,
            summary->contrasts == 1 ? "" : "s", summary->contrasts_failed);
    return summary->tests_failed == 0 && summary->contrasts_failed == 0 ? 0 : 1;
}
