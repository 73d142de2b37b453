/* bench_runtime: times the scenario runtime on a (generated) scenario, for
 * tests/bench/runtime.sh. Prints one JSON line of figures.
 *
 *   load:    scn_load of the file: median and mean of 7 single loads
 *   steps:   the mean (all the time in the player's calls / steps) and the
 *            median of the steps timed one by one
 *   direct:  a seeded random player through scn_enter / scn_choice (every
 *            option, as a front end shows them all) / scn_route, STEPS choices;
 *            at an ending the run restarts (scn_begin + the start node)
 *   session: the same player through ses_answer_choice with no_log (analysis
 *            of the option text, rubric scoring, the transcript): a new session
 *            per call, load time excluded from the step figure
 *
 * usage: bench_runtime SCENARIO LEXICON [steps] [seed] [session_steps] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "analyze.h"
#include "scenario.h"
#include "session.h"

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* xorshift32, the same generator as ink_bench.mjs. */
static unsigned random_state = 1;
static unsigned random_below(unsigned n)
{
    random_state ^= random_state << 13;
    random_state ^= random_state >> 17;
    random_state ^= random_state << 5;
    return random_state % n;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void fail(const char *what, const CoachError *err)
{
    char line[2048];
    err_format(err, line, sizeof line);
    fprintf(stderr, "bench_runtime: %s: %s\n", what, line);
    exit(1);
}

/* The median of count seconds (sorts them). */
static double median_of(double *seconds, size_t count)
{
    if (count == 0)
        return 0;
    qsort(seconds, count, sizeof *seconds, compare_doubles);
    return count % 2 ? seconds[count / 2] : (seconds[count / 2 - 1] + seconds[count / 2]) / 2;
}

/* Runs the direct player; returns seconds spent, fills endings and the
 * time of each step (single[0..steps)). */
static double run_direct(Scenario *scenario, long steps, long *endings, long *lines, double *single)
{
    CoachError err;
    err_clear(&err);
    const ScnInfo *info = scn_info(scenario);
    int start = scn_find_node(scenario, info->start);
    if (start < 0 || scn_begin(scenario, 1, &err) != 0)
        fail("begin", &err);
    ScnLine line;
    int node = start;
    double t0 = now_seconds();
    if (scn_enter(scenario, node, &line, &err) != 0)
        fail("enter", &err);
    (*lines)++;
    for (long step = 0; step < steps;) {
        if (line.choice_count == 0) {
            (*endings)++;
            if (scn_begin(scenario, (uint64_t)step + 1, &err) != 0)
                fail("begin", &err);
            node = start;
            if (scn_enter(scenario, node, &line, &err) != 0)
                fail("enter", &err);
            (*lines)++;
            continue;
        }
        double step_start = now_seconds();
        ScnChoice shown[16];
        size_t count = line.choice_count < 16 ? line.choice_count : 16;
        for (size_t c = 0; c < count; c++)
            if (scn_choice(scenario, node, c, &shown[c], &err) != 0)
                fail("choice", &err);
        size_t picked = random_below((unsigned)count);
        AnResult analysis;
        memset(&analysis, 0, sizeof analysis);
        analysis.labels = shown[picked].has_labels ? shown[picked].labels : 0;
        ScnMove move;
        memset(&move, 0, sizeof move);
        move.text = shown[picked].text;
        move.analysis = &analysis;
        move.choice = (int)picked;
        ScnStep next;
        if (scn_route(scenario, node, &move, &next, &err) != 0)
            fail("route", &err);
        node = next.next;
        if (scn_enter(scenario, node, &line, &err) != 0)
            fail("enter", &err);
        (*lines)++;
        single[step] = now_seconds() - step_start;
        step++;
    }
    return now_seconds() - t0;
}

/* Runs the session player; returns seconds spent in the session calls. */
static double run_session(const char *path, const Analyzer *analyzer, long steps, long *calls,
                          double *reload_seconds, double *single)
{
    CoachError err;
    double spent = 0;
    long step = 0;
    while (step < steps) {
        err_clear(&err);
        double t_load = now_seconds();
        Scenario *scenario = scn_load(path, NULL, &err);
        if (scenario == NULL)
            fail("load", &err);
        SesOptions options;
        memset(&options, 0, sizeof options);
        options.no_log = true;
        options.trainee = "bench";
        options.seed = (uint64_t)*calls + 1;
        options.has_seed = true;
        Session *session = ses_create(scenario, analyzer, &options, &err);
        if (session == NULL)
            fail("session", &err);
        *reload_seconds += now_seconds() - t_load;
        double t0 = now_seconds();
        if (ses_start(session, &err) != 0)
            fail("start", &err);
        while (step < steps && ses_state(session) == SES_AWAIT_CHOICE) {
            double step_start = now_seconds();
            size_t count = ses_choice_count(session);
            for (size_t c = 0; c < count; c++)
                (void)ses_choice(session, c); /* a front end shows every option */
            if (ses_answer_choice(session, random_below((unsigned)count), &err) != 0)
                fail("answer", &err);
            single[step] = now_seconds() - step_start;
            step++;
        }
        if (ses_state(session) == SES_FAILED)
            fail("session failed", ses_error(session));
        spent += now_seconds() - t0;
        (*calls)++;
        ses_destroy(session);
    }
    return spent;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_runtime SCENARIO LEXICON [steps] [seed] [session_steps]\n");
        return 2;
    }
    const char *path = argv[1], *lexicon = argv[2];
    long steps = argc > 3 ? atol(argv[3]) : 100000;
    random_state = argc > 4 ? (unsigned)atol(argv[4]) : 1u;
    long session_steps = argc > 5 ? atol(argv[5]) : steps;
    if (random_state == 0)
        random_state = 1;

    CoachError err;
    err_clear(&err);
    enum { LOADS = 7 };
    double load_ms[LOADS];
    Scenario *scenario = NULL;
    for (int i = 0; i < LOADS; i++) {
        double t0 = now_seconds();
        Scenario *loaded = scn_load(path, NULL, &err);
        load_ms[i] = (now_seconds() - t0) * 1000.0;
        if (loaded == NULL)
            fail("load", &err);
        if (scenario == NULL)
            scenario = loaded;
        else
            scn_unload(loaded);
    }
    double load_sum = 0;
    for (int i = 0; i < LOADS; i++)
        load_sum += load_ms[i];
    double load_median = median_of(load_ms, LOADS);
    size_t heap = scn_memory_used(scenario);

    long endings = 0, lines = 0;
    unsigned seed = random_state;
    long most = steps > session_steps ? steps : session_steps;
    double *single = malloc((size_t)(most > 0 ? most : 1) * sizeof *single);
    if (single == NULL)
        return 1;
    double direct = run_direct(scenario, steps, &endings, &lines, single);
    double direct_median = median_of(single, (size_t)steps);
    scn_unload(scenario);

    random_state = seed;
    long calls = 0;
    double reload = 0, session = 0;
    if (session_steps > 0) {
        Analyzer *analyzer = an_create(lexicon, &err);
        if (analyzer == NULL)
            fail("lexicon", &err);
        session = run_session(path, analyzer, session_steps, &calls, &reload, single);
        an_destroy(analyzer);
    }
    double session_median = median_of(single, (size_t)(session_steps > 0 ? session_steps : 0));
    free(single);

    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    printf("{\"load_ms\": %.3f, \"load_ms_mean\": %.3f, \"load_ms_min\": %.3f, \"loads\": %d, "
           "\"lua_heap_kib\": %.1f, \"steps\": %ld, \"direct_us_per_step\": %.3f, "
           "\"direct_us_median\": %.3f, \"direct_lines_per_step\": %.3f, \"direct_endings\": %ld, "
           "\"session_steps\": %ld, \"session_us_per_step\": %.3f, \"session_us_median\": %.3f, "
           "\"session_calls\": %ld, \"session_reload_ms_per_call\": %.3f, \"peak_rss_mib\": %.1f}\n",
           load_median, load_sum / LOADS, load_ms[0], LOADS, (double)heap / 1024.0, steps,
           direct * 1e6 / (double)steps, direct_median * 1e6, (double)lines / (double)steps, endings,
           session_steps, session_steps > 0 ? session * 1e6 / (double)session_steps : 0.0,
           session_median * 1e6, calls, calls > 0 ? reload * 1000.0 / (double)calls : 0.0,
           (double)usage.ru_maxrss / 1024.0);
    return 0;
}
