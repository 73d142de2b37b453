/* report: reads many session logs and sums them up for trainers — one row
 * per session, per-trainee and per-scenario statistics of the four skills
 * and the overall score, as a text table, RFC 4180 CSV or a self-contained
 * HTML page (inline CSS and SVG charts, no script, no network).
 *
 * Logs are untrusted: every string taken from one is length-capped, and each
 * writer escapes it for its format (control characters never reach a
 * terminal, markup never reaches the page). Output depends only on the logs,
 * never on the clock, so two runs over the same files give the same bytes. */
#ifndef COACH_REPORT_H
#define COACH_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "error.h"

typedef enum RepSkill {
    REP_DISCOVERY,
    REP_LISTENING,
    REP_BENEFITS,
    REP_NEXT_STEP,
    REP_OVERALL,
    REP_SKILL_COUNT
} RepSkill;

/* The log's key for skill ("discovery" ... "overall"); a static string. */
const char *rep_skill_name(RepSkill skill);

/* The score of a skill the call gave no opportunity (the log's null): shown
 * as a dash in the HTML and empty in the CSV, left out of averages. */
#define REP_NOT_ASSESSED (-1.0)

/* One session as the report sees it: a few hundred bytes, whatever the size
 * of its log (its reasons and lines are not kept).
 * Strings are borrowed from the report and live until rep_destroy; none is
 * NULL ("" when the log has no value). */
typedef struct RepSession {
    const char *path;
    const char *trainee;
    const char *scenario_id;
    const char *scenario_title;
    const char *scenario_version;
    const char *scenario_sha256;
    const char *started_at;     /* as written in the log */
    const char *ended_at;
    const char *status;         /* "ended", "in_progress"... */
    const char *outcome;        /* ending.outcome, "" when the log has no ending */
    bool has_ending;
    bool success;
    long long started_epoch;    /* seconds since 1970 (UTC) */
    double duration_seconds;    /* -1 when unknown */
    double scores[REP_SKILL_COUNT]; /* REP_NOT_ASSESSED for a skill not assessed */
    int turns;
    int trainee_turns;          /* at least 1: a log without is left out */
    bool finished;              /* the log's "finished" (else status "ended") */
    int reloads;                /* F5 reloads during the call */
    const char *id;             /* the log's session id ("" in older logs) */
    const char *retry_of;       /* the id of the call this one tried again, "" when none */
    int from_turn;              /* a retry's first new trainee line (from 1), 0 when none */
} RepSession;

/* Statistics of a series of scores in time order. slope is the least-squares
 * change in points per session (0 with fewer than two values). */
typedef struct RepStats {
    int count;
    double mean, best, worst, first, last, slope;
} RepStats;

/* Computes the statistics of values[0..count) (oldest first). */
RepStats rep_stats(const double *values, size_t count);

typedef struct Report Report;

/* An empty report; NULL when out of memory. Caller: rep_destroy(). */
Report *rep_create(void);
void rep_destroy(Report *report);

/* Only sessions of this trainee / scenario id are kept (NULL: any). The
 * strings are copied. */
int rep_set_filter(Report *report, const char *trainee, const char *scenario_id, CoachError *err);

/* Unfinished sessions (closed, killed or failed mid-call: the log's
 * "finished" is false, or, in older logs, its status is not "ended") are
 * left out unless include is true. Default: false. */
void rep_set_include_unfinished(Report *report, bool include);

/* The CSV's typed lines (REP_KEEP_TURNS), when asked for before the logs are
 * added, are written out while each log is read (one parse per log) into a
 * temporary file, not kept in memory; otherwise rep_write_csv_turns reads
 * each log again. Default: none. The page reads again only the logs whose
 * feedback it shows (see rep_write_html). */
#define REP_KEEP_TURNS 2u
void rep_set_keep(Report *report, unsigned what);

/* How many logs rep_add_* left out for having no trainee turn, and for
 * being unfinished. */
void rep_left_out(const Report *report, size_t *empty, size_t *unfinished);

#define REP_LEFT_FILTERED 1   /* another trainee or scenario than asked for */
#define REP_LEFT_EMPTY 2      /* no trainee turn: no session at all */
#define REP_LEFT_UNFINISHED 3 /* see rep_set_include_unfinished */

/* Adds the session of a parsed, validated log (see log_validate); does not
 * take doc. path names the log in errors and rows. Returns 0 when added,
 * REP_LEFT_* when left out, or a negative error with err filled (e.g. a
 * trainee name longer than 256 bytes, a start time that is not ISO 8601). */
int rep_add_log(Report *report, const cJSON *doc, const char *path, CoachError *err);

/* log_read(path) then rep_add_log. Same returns. */
int rep_add_file(Report *report, const char *path, CoachError *err);

/* Sessions in time order (then trainee, then path). index < rep_session_count.
 * The pointer is valid until the next rep_add_* or rep_destroy. */
size_t rep_session_count(const Report *report);
const RepSession *rep_session(Report *report, size_t index);

/* The statistics of one skill over the sessions of a trainee / a scenario
 * (count 0 when there are none). */
RepStats rep_trainee_stats(Report *report, const char *trainee, RepSkill skill);
RepStats rep_scenario_stats(Report *report, const char *scenario_id, RepSkill skill);

/* A retry chain: a call and every call that tried it again (retry_of, also
 * retries of retries), in time order. first is the index (rep_session) of
 * the call, best the index of the one with the best overall score (the
 * earliest of equals), tries the number of calls. */
typedef struct RepChain {
    size_t first, best;
    int tries;
} RepChain;

/* The chains with at least one retry, in the time order of their first
 * call. A retry whose call is not among the logs starts a chain of its own.
 * Borrowed; valid until the next rep_add_*. */
size_t rep_chain_count(Report *report);
const RepChain *rep_chain(Report *report, size_t index);

/* Writers. Each returns 0, or COACH_EIO when out cannot be written.
 * rep_write_csv_turns writes one row per trainee line: session id,
 * trainee, scenario, line number (from 1), the text, its labels, the points
 * it earned, and the log's file. */
int rep_write_text(Report *report, FILE *out);
int rep_write_csv(Report *report, FILE *out);
int rep_write_csv_turns(Report *report, FILE *out);

/* The page gives every session a row, and its feedback (reasons and the
 * call line by line, read again from its log) to the newest
 * REP_FEEDBACK_PER_TRAINEE sessions of each trainee, at most
 * REP_FEEDBACK_SESSIONS in all (the newest): a page of 10,000 sessions'
 * calls is ~90 MB, which a browser does not open. It says how many it
 * left out. */
#define REP_FEEDBACK_PER_TRAINEE 20
#define REP_FEEDBACK_SESSIONS 400
int rep_write_html(Report *report, FILE *out);

/* text as one CSV field (quoted when it holds a comma, quote, CR or LF, or
 * has spaces at its ends; quotes doubled; a leading = + - @ TAB or CR gets a
 * ' so that spreadsheets do not run it as a formula). Caller frees. NULL: no
 * memory. */
char *rep_csv_field(const char *text);

/* text with & < > " ' as entities and control characters replaced by
 * U+FFFD. Caller frees. NULL: no memory. */
char *rep_html_escape(const char *text);

/* Called once per file that cannot be used (context is passed through). */
typedef void (*RepWarnFunction)(void *context, const CoachError *warning);

/* Expands paths (files are taken as given; directories are walked
 * recursively, entries in byte order, for files ending in ".json"; symbolic
 * links to directories are not followed) into *found (count in *found_count,
 * each path once). A path that does not exist or a directory that cannot
 * be read is passed to warn. Caller: rep_free_paths(). Returns 0, or
 * COACH_ENOMEM. */
int rep_find_logs(const char *const *paths, size_t path_count, char ***found, size_t *found_count,
                  RepWarnFunction warn, void *context, CoachError *err);
void rep_free_paths(char **paths, size_t count);

/* Parses "YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)" into seconds since
 * 1970 UTC. false when text is not such a time. */
bool rep_parse_time(const char *text, long long *epoch);

#endif
