/* annotate: the annotated transcript of a call, read from its log (so the
 * window, `coach play --text` and the HTML report show the same): each
 * trainee line with its moves, the points it earned or lost (skill, why)
 * and, where the scenario has one, a stronger line; each prospect line
 * with the cues it dropped (picked up, missed, or still open) and the
 * targets it revealed.
 *
 * Strings are borrowed from the log document, which must outlive the
 * Annotated. */
#ifndef COACH_ANNOTATE_H
#define COACH_ANNOTATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "error.h"

#define ANN_MAX_POINTS 16
#define ANN_MAX_CUES 8
#define ANN_MAX_TARGETS 8

typedef enum AnnCueFate { ANN_CUE_PICKED, ANN_CUE_MISSED, ANN_CUE_OPEN } AnnCueFate;

typedef struct AnnCue {
    const char *id, *words;
    AnnCueFate fate;             /* picked up by a later trainee line, or not (missed once one came) */
} AnnCue;

typedef struct AnnPoint {
    const char *skill;           /* "discovery"... */
    double points;
    const char *text;            /* why */
} AnnPoint;

typedef struct AnnLine {
    bool trainee;
    int turn;                    /* index in the log's turns */
    int number;                  /* trainee: 1-based line number (the N of a retry); 0: prospect */
    const char *text;
    /* trainee */
    char moves[160];             /* "open question, probe" ("" when none) */
    const char *heard;           /* typed: how the prospect heard it, or NULL */
    bool clarified;              /* asked to be clarified: not scored */
    AnnPoint points[ANN_MAX_POINTS];
    size_t point_count;
    double net;                  /* the sum of points */
    const char *better;          /* a stronger line, or NULL */
    const char *better_source;   /* "rule", "node", "option" */
    /* prospect */
    AnnCue cues[ANN_MAX_CUES];
    size_t cue_count;
    const char *targets[ANN_MAX_TARGETS];
    size_t target_count;
} AnnLine;

typedef struct Annotated {
    AnnLine *lines;
    size_t count;
    size_t trainee_lines;
    double whole_call;           /* points of the whole-call rules (no line) */
} Annotated;

/* Builds the transcript of a parsed log. Returns 0, or an error with err
 * filled (path names the log). Caller: ann_free (also after an error). */
int ann_build(const cJSON *log, const char *path, Annotated *out, CoachError *err);
void ann_free(Annotated *annotated);

/* "+5 listening" style: the points with their sign, into buffer. */
void ann_format_points(char *buffer, size_t size, double points);

/* The transcript as text: one block per line, the annotations indented
 * under it. speaker is the prospect's name ("Dana"). Control characters
 * are written as '?'. */
int ann_write_text(const Annotated *annotated, const char *speaker, FILE *out);

#endif
