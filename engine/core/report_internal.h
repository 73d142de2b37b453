/* report_internal: what report.c (reading logs into sessions, statistics,
 * finding logs), report_text.c (the terminal table and CSV) and
 * report_html.c (the HTML page) share. Only those files include it;
 * report.h is the module's contract. */
#ifndef COACH_REPORT_INTERNAL_H
#define COACH_REPORT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "report.h"

#define REP_MAX_NAME_BYTES 256       /* trainee names and scenario ids */
#define REP_MAX_FIELD_BYTES 200      /* titles, versions, statuses, outcomes */
#define REP_MAX_REASON_BYTES 600     /* one reason's text */
#define REP_MAX_REASONS_PER_SKILL 200
#define REP_MAX_DEPTH 64             /* directory recursion */
#define REP_TEXT_CELL_CHARS 28       /* widest text column in the terminal */

/* A trend needs three sessions: two points always make a line, and a
 * manager would read a "+40" from two calls as progress. */
#define REP_TREND_MIN_SESSIONS 3

#include <cjson/cJSON.h>

/* A piece of the spool (the temporary file of rep_set_keep); at < 0: none. */
typedef struct RepPiece {
    long long at;
    size_t length;
} RepPiece;

typedef struct Entry {
    RepSession session; /* its strings live in one block, owned here (strings) */
    char *strings;
    RepPiece turns;     /* its CSV turn rows */
    size_t retry_parent; /* the entry it tried again (by rep_index), SIZE_MAX: none */
} Entry;

struct Report {
    Entry *entries;
    size_t count, capacity;
    bool sorted;             /* entries in time order */
    bool indexed;            /* the indices below match the entries */
    char *filter_trainee;
    char *filter_scenario;
    bool include_unfinished;
    size_t left_empty;       /* logs left out: no trainee turn */
    size_t left_unfinished;  /* logs left out: the call did not finish */
    unsigned keep;           /* REP_KEEP_* */
    FILE *spool;             /* NULL until needed, or when it could not be made */
    bool spool_broken;       /* a write failed: the writers read the logs again */
    /* built by rep_index after sorting */
    size_t *by_trainee;      /* entry indices by trainee, then time */
    size_t *by_scenario;     /* entry indices by scenario id, then time */
    RepChain *chains;
    size_t chain_count;
};

/* Sorts the entries and builds the indices (once after each change). false
 * when out of memory (the indices are then missing: by_trainee NULL). */
bool rep_index(Report *report);

/* The run [*start, *end) of report->by_trainee (by_trainee) or by_scenario
 * whose sessions have key; empty when none. Needs rep_index. */
void rep_group(const Report *report, bool by_trainee, const char *key, size_t *start, size_t *end);

/* The session body of the page (the reasons of each skill, grouped, the call
 * line by line, the file) from its log. */
void rep_html_body(FILE *out, const RepSession *s, const cJSON *doc);

/* The CSV rows of the session's trainee lines from its log. */
void rep_csv_turn_rows(FILE *out, const RepSession *s, const cJSON *doc);

/* Writes entry's CSV turn rows to out: from the spool, or made again from
 * the log when they are not there (nothing when the log cannot be read now). */
void rep_put_turns(Report *report, const Entry *entry, FILE *out);

/* text as CSV (see rep_csv_field). */
void rep_put_csv(FILE *out, const char *text);

/* A copy of text of at most limit bytes, cut on a character boundary with
 * "…" appended when cut. NULL when out of memory. */
char *rep_copy(const char *text, size_t limit);

/* The distinct trainees (by_trainee) or scenario ids in byte order, borrowed
 * from the report; caller frees the array (not the strings). NULL with
 * *count 0 when there are none or no memory. */
const char **rep_distinct(Report *report, bool by_trainee, size_t *count);

/* "2025-01-31 09:05" from an ISO time (UTC). */
void rep_format_date(char *buffer, size_t size, long long epoch);

/* "Mar 2" (UTC) for a chart axis. */
void rep_format_day(char *buffer, size_t size, long long epoch);

/* The ending cell: the outcome, or the status in brackets when the session has none. */
void rep_format_ending(char *buffer, size_t size, const RepSession *s);

/* A score as "80" or "72.5". */
void rep_format_score(char *buffer, size_t size, double value);

/* "+32", "0" or "-4.5": a change of score. */
void rep_format_gain(char *buffer, size_t size, double gain);

void rep_format_trend(char *buffer, size_t size, const RepStats *stats);

/* Characters that must not reach a terminal or a page as themselves: C0 and
 * C1 controls, DEL, and the bidirectional overrides that can disguise text. */
bool rep_is_unsafe(unsigned code);

void rep_sort(Report *report);

/* Runs write(out, text) into a new string. */
char *rep_to_string(void (*write)(FILE *, const char *), const char *text);

/* Length of the character at s (0 at the terminating NUL) and its code
 * point in *code; an invalid byte reads as one U+FFFD. */
size_t rep_utf8_next(const unsigned char *s, unsigned *code);

#endif
