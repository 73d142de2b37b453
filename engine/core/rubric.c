/* rubric: the moves of a whole session -> four skill scores with reasons
 * (docs/rubric.md).
 *
 * Design: every skill starts from zero (no free base: a skill is built from
 * evidence in the call) and each rule adds or takes points as a RubReason
 * (skill, points, turn, rule id, a sentence with a tip, and the trainee's
 * words that earned it). The skill's score is the sum of its reasons'
 * points, clamped to 0-100, so the debrief can show the arithmetic line by
 * line. Benefits is not assessed in a call with no product talk at all; the
 * overall score is then the weighted mean of the other three. Rules that reward a repeated move carry a cap (the total the
 * rule may give or take in one session); the reason that reaches the cap
 * carries only the points left, and later ones are not logged. The overall
 * score is the weighted mean of the four skills (RubConfig.weights).
 *
 * Discovery's backbone is target coverage: the scenario's discovery targets
 * share 50 points between them, each given at the turn of the question that
 * got it revealed. Whole-session rules (open ratio, word share, you/I focus,
 * never asking) carry turn -1.
 *
 * rub_score() is called after every turn, so scores are always "so far":
 * a cue whose window of trainee turns has not passed yet is neither picked
 * up nor missed; a feature with no later trainee line is unbridged until
 * one bridges it.
 *
 * The rubric is a pure function of its input: no analyser, no allocation
 * beyond the reasons list and one scratch array, deterministic. It matches
 * no phrases itself: motive, cost of doing nothing, buying process, specific
 * next steps and vague endings are rubric cues the analyser finds with the
 * lexicon's rules of those kinds (assets/lexicon.lua) and reports in
 * AnResult.cues, with the matched words the reasons quote. */
#include "rubric.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"

static const char *const skill_names[RUB_SKILL_COUNT] = {"discovery", "listening", "benefits",
                                                         "next_step"};

/* Where each skill starts: nothing is given for free. */
static const int skill_bases[RUB_SKILL_COUNT] = {0, 0, 0, 0};

/* ---- rule table: id, skill, points per occurrence, cap per session ------ */

typedef enum RuleId {
    R_TARGET,
    R_OPEN,
    R_PROBE,
    R_MOTIVE,
    R_COST,
    R_PROCESS,
    R_OPEN_RATIO,
    R_INTERROGATION,
    R_PITCH_EARLY,
    R_REFLECTION,
    R_LET_TALK,
    R_CUE_PICKED,
    R_CUE_MISSED,
    R_WORD_SHARE,
    R_MONOLOGUE,
    R_YOU_FOCUS,
    R_SELLER_FOCUS,
    R_REFLECTION_OVERUSE,
    R_OUTCOME,
    R_FITS,
    R_BRIDGED,
    R_LINKED,
    R_UNBRIDGED,
    R_DUMP,
    R_EMPTY_TRIO,
    R_JARGON,
    R_PURPOSE,
    R_ASKED,
    R_SPECIFIC,
    R_CHOICE,
    R_QUID_PRO_QUO,
    R_NEVER_ASKED,
    R_PREMATURE,
    R_VAGUE,
    R_AUTHOR,
    R_COUNT
} RuleId;

typedef struct Rule {
    const char *id;
    RubSkill skill;
    int points; /* per occurrence; 0: computed by the rule */
    int cap;    /* most the rule may move the skill in one session; 0: none */
} Rule;

/* The points are set so that the calibration suite's calls land in the
 * bands a sales coach gave them (tests/calibration): a well-played call
 * reaches 80+ on every assessed skill from evidence alone. */
static const Rule rules[R_COUNT] = {
    [R_TARGET] = {"discovery.target", RUB_DISCOVERY, 0, 50},
    [R_OPEN] = {"discovery.open_question", RUB_DISCOVERY, 3, 20}, /* 5 in the first 3 turns */
    [R_PROBE] = {"discovery.probe", RUB_DISCOVERY, 4, 20},
    [R_MOTIVE] = {"discovery.motive", RUB_DISCOVERY, 5, 10},
    [R_COST] = {"discovery.cost_of_inaction", RUB_DISCOVERY, 6, 6},
    [R_PROCESS] = {"discovery.buying_process", RUB_DISCOVERY, 5, 10},
    [R_OPEN_RATIO] = {"discovery.open_ratio", RUB_DISCOVERY, 0, 20}, /* up to -20 */
    [R_INTERROGATION] = {"discovery.interrogation", RUB_DISCOVERY, -4, 16},
    [R_PITCH_EARLY] = {"discovery.pitch_before_discovery", RUB_DISCOVERY, -10, 20},
    [R_REFLECTION] = {"listening.reflection", RUB_LISTENING, 8, 24},
    [R_LET_TALK] = {"listening.let_them_talk", RUB_LISTENING, 5, 25},
    [R_CUE_PICKED] = {"listening.cue_picked_up", RUB_LISTENING, 10, 0},
    [R_CUE_MISSED] = {"listening.cue_missed", RUB_LISTENING, -5, 25}, /* cue-rich scenarios */
    [R_WORD_SHARE] = {"listening.word_share", RUB_LISTENING, 15, 20}, /* -1 a point over, to -20 */
    [R_MONOLOGUE] = {"listening.monologue", RUB_LISTENING, -8, 24},
    [R_YOU_FOCUS] = {"listening.you_focus", RUB_LISTENING, 5, 5}, /* -5 when "I" wins */
    [R_SELLER_FOCUS] = {"listening.seller_focus", RUB_LISTENING, -6, 18},
    [R_REFLECTION_OVERUSE] = {"listening.reflection_overuse", RUB_LISTENING, -8, 24},
    [R_OUTCOME] = {"benefits.outcome", RUB_BENEFITS, 30, 60},
    [R_FITS] = {"benefits.feature_fits", RUB_BENEFITS, 20, 40},
    [R_BRIDGED] = {"benefits.feature_bridged", RUB_BENEFITS, 20, 40},
    [R_LINKED] = {"benefits.linked_to_target", RUB_BENEFITS, 30, 60},
    [R_UNBRIDGED] = {"benefits.unbridged_feature", RUB_BENEFITS, -10, 0},
    [R_DUMP] = {"benefits.feature_dump", RUB_BENEFITS, -10, 0},
    [R_EMPTY_TRIO] = {"benefits.empty_trio", RUB_BENEFITS, -5, 20}, /* a word */
    [R_JARGON] = {"benefits.jargon", RUB_BENEFITS, -5, 20},         /* a term */
    [R_PURPOSE] = {"next_step.purpose", RUB_NEXT_STEP, 15, 15},
    [R_ASKED] = {"next_step.asked", RUB_NEXT_STEP, 0, 50}, /* 30, +20 x share of targets found */
    [R_SPECIFIC] = {"next_step.specific", RUB_NEXT_STEP, 0, 20}, /* a day 20, a week 10, else 5 */
    [R_CHOICE] = {"next_step.choice", RUB_NEXT_STEP, 10, 10},
    [R_QUID_PRO_QUO] = {"next_step.quid_pro_quo", RUB_NEXT_STEP, 10, 10},
    [R_NEVER_ASKED] = {"next_step.never_asked", RUB_NEXT_STEP, -10, 10},
    [R_PREMATURE] = {"next_step.premature", RUB_NEXT_STEP, -15, 0},
    [R_VAGUE] = {"next_step.vague_ending", RUB_NEXT_STEP, -10, 20},
    [R_AUTHOR] = {"choice.author", RUB_DISCOVERY, 0, 0}, /* skill given per reason */
};

/* Lines before this many trainee turns count as "early" for open questions. */
enum { EARLY_TRAINEE_TURNS = 3, EARLY_OPEN_POINTS = 5 };
/* The third question in a row without follow-up is interrogation. */
enum { INTERROGATION_RUN = 3 };
/* Distinct features in one line that make a dump. */
enum { FEATURE_DUMP_MIN = 3 };
/* Reflections with no question, in a row, that read as technique. */
enum { REFLECTION_WINDOW = 3 };
/* A target revealed after a line that asked nothing earns this fraction of
 * its share (the prospect volunteered it). */
enum { UNASKED_TARGET_DIVISOR = 4 };
/* An earned ask: ASK_BASE points, plus up to ASK_EARNED_EXTRA by the share
 * of the scenario's targets uncovered before it. */
enum { ASK_BASE = 30, ASK_EARNED_EXTRA = 20 };
/* Specific next steps: a day or a time, a week, a person or deliverable only. */
enum { SPECIFIC_DAY = 20, SPECIFIC_WEEK = 10, SPECIFIC_OTHER = 5 };
/* Word share and "you" focus count only alongside this many questions
 * (and reflections, for "you" focus): a rep who asks nothing has not let
 * them talk, whatever the share. */
enum { LISTENING_MIN_QUESTIONS = 2 };
/* Letting them talk is only rewarded over a call of at least this many
 * trainee turns (two lines and a brush-off prove nothing); too high a
 * share is penalised on any call. */
enum { WORD_SHARE_MIN_TURNS = 3 };
/* Purpose must be stated in the first this many trainee turns. */
enum { PURPOSE_TURNS = 2 };
/* Content words (5+ letters, compared on their first 5) a benefit must share
 * with a revealing prospect line to count as linked to that target. */
enum { LINK_PREFIX = 5, LINK_MIN_SHARED = 1 };

/* Frequent 5+-letter words that carry no meaning for target links. */
static const char *const link_stopwords[] = {
    "about", "there", "their", "would", "could", "should", "which", "these", "those",
    "where", "think", "really", "thing", "going", "that's", "what's", "you're", "we're",
    "they're", "other", "being", "because", "right", "little", "actually", "maybe",
    "still", "every", "something", "things", "people", "getting", "great", "today",
    "though", "always", "never", "first", "again", "pretty", "quite", "anything",
    "everything", "doesn't", "didn't", "haven't", "having", "doing", "make", NULL};

/* ---- the scoring -------------------------------------------------------- */

struct RubScores {
    int scores[RUB_SKILL_COUNT];
    bool assessed[RUB_SKILL_COUNT];
    int overall;
    RubMetrics metrics;
    RubReason *reasons;
    size_t count, capacity;
};

const char *rub_skill_name(RubSkill skill)
{
    if ((int)skill < 0 || skill >= RUB_SKILL_COUNT)
        return "unknown";
    return skill_names[skill];
}

int rub_skill_base(RubSkill skill)
{
    if ((int)skill < 0 || skill >= RUB_SKILL_COUNT)
        return 0;
    return skill_bases[skill];
}

void rub_config_defaults(RubConfig *cfg)
{
    if (cfg == NULL)
        return;
    memset(cfg, 0, sizeof *cfg);
    cfg->weights[RUB_DISCOVERY] = 0.35;
    cfg->weights[RUB_LISTENING] = 0.25;
    cfg->weights[RUB_BENEFITS] = 0.2;
    cfg->weights[RUB_NEXT_STEP] = 0.2;
    cfg->min_targets_before_ask = 2;
    cfg->open_ratio_target = 0.5;
    cfg->max_word_share = 0.45;
    cfg->max_monologue_words = 60;
    cfg->cue_window_turns = 2;
    cfg->target_count = 0;
}

RubScores *rub_create(void)
{
    return calloc(1, sizeof(RubScores));
}

void rub_destroy(RubScores *scores)
{
    if (scores == NULL)
        return;
    free(scores->reasons);
    free(scores);
}

/* The state of one rub_score() run. */
typedef struct Scorer {
    RubScores *out;
    const RubTurn *turns;
    size_t count;
    const RubConfig *cfg;
    int rule_total[R_COUNT];
    int sum[RUB_SKILL_COUNT];
    bool *ask;      /* ask[i]: trainee turn i asks for the prospect's commitment */
    int error;
} Scorer;

/* Copies text into out (size bytes), cut at a UTF-8 character boundary with
 * "..." when it does not fit. */
static void copy_cut(const char *text, char *out, size_t size)
{
    if (size == 0)
        return;
    size_t length = text != NULL ? strlen(text) : 0;
    if (length < size) {
        memcpy(out, text != NULL ? text : "", length + 1);
        return;
    }
    size_t keep = size > 4 ? size - 4 : 0;
    while (keep > 0 && ((unsigned char)text[keep] & 0xC0) == 0x80)
        keep--;
    memcpy(out, text, keep);
    memcpy(out + keep, "...", size > 4 ? 4 : 0);
    out[size > 4 ? keep + 3 : 0] = '\0';
}

/* Logs one reason for rule on turn, applying the rule's cap; the points are
 * given explicitly (rules with computed points). Skill is the rule's except
 * for author points. A reason on a trainee turn quotes the line, and match
 * (NULL: the whole line) is the part that earned it. */
static void add_reason_skill(Scorer *scorer, RuleId rule, RubSkill skill, int turn, int points,
                             const char *match, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

static void add_reason_skill(Scorer *scorer, RuleId rule, RubSkill skill, int turn, int points,
                             const char *match, const char *format, ...)
{
    if (scorer->error != 0 || points == 0)
        return;
    int cap = rules[rule].cap;
    if (cap > 0) {
        int used = abs(scorer->rule_total[rule]);
        if (used >= cap)
            return;
        if (abs(points) > cap - used)
            points = points > 0 ? cap - used : -(cap - used);
    }
    RubScores *out = scorer->out;
    if (out->count == out->capacity) {
        size_t capacity = out->capacity == 0 ? 32 : out->capacity * 2;
        RubReason *grown = realloc(out->reasons, capacity * sizeof *grown);
        if (grown == NULL) {
            scorer->error = COACH_ENOMEM;
            return;
        }
        out->reasons = grown;
        out->capacity = capacity;
    }
    RubReason *reason = &out->reasons[out->count++];
    memset(reason, 0, sizeof *reason);
    reason->skill = skill;
    reason->points = points;
    reason->turn = turn;
    snprintf(reason->rule, sizeof reason->rule, "%s", rules[rule].id);
    va_list args;
    va_start(args, format);
    vsnprintf(reason->text, sizeof reason->text, format, args);
    va_end(args);
    if (turn >= 0 && (size_t)turn < scorer->count && scorer->turns[turn].trainee) {
        const char *line = scorer->turns[turn].text != NULL ? scorer->turns[turn].text : "";
        copy_cut(line, reason->quote, sizeof reason->quote);
        /* the words as the trainee typed them, found whatever their case */
        size_t length = match != NULL ? strlen(match) : 0;
        for (const char *at = line; length > 0 && *at != '\0'; at++)
            if (strncasecmp(at, match, length) == 0) {
                size_t keep = length < sizeof reason->match ? length : sizeof reason->match - 1;
                memcpy(reason->match, at, keep);
                reason->match[keep] = '\0';
                break;
            }
    }
    scorer->rule_total[rule] += points;
    scorer->sum[skill] += points;
}

#define add_reason(scorer, rule, turn, points, match, ...) \
    add_reason_skill((scorer), (rule), rules[(rule)].skill, (turn), (points), (match), __VA_ARGS__)

static bool has(const RubTurn *turn, AnLabel label)
{
    return turn->trainee && (turn->analysis.labels & AN_BIT(label)) != 0;
}

static bool is_question(const RubTurn *turn)
{
    return has(turn, AN_OPEN_QUESTION) || has(turn, AN_CLOSED_QUESTION) || has(turn, AN_PROBE);
}

static int turn_words(const RubTurn *turn)
{
    if (turn->words > 0)
        return turn->words;
    if (turn->trainee && turn->analysis.words > 0)
        return turn->analysis.words;
    return 0;
}

/* Lower-cases text into buffer (ASCII; the typographic apostrophe becomes
 * '), cut to size. */
static void lower_copy(const char *text, char *buffer, size_t size)
{
    size_t o = 0;
    if (text == NULL)
        text = "";
    for (size_t i = 0; text[i] != '\0' && o + 1 < size; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == 0xE2 && (unsigned char)text[i + 1] == 0x80 &&
            ((unsigned char)text[i + 2] == 0x99 || (unsigned char)text[i + 2] == 0x98)) {
            buffer[o++] = '\'';
            i += 2;
            continue;
        }
        buffer[o++] = (char)tolower(c);
    }
    buffer[o] = '\0';
}

static bool is_word_char(char c)
{
    return isalnum((unsigned char)c) || (unsigned char)c >= 0x80;
}

/* The words of turn that earned a cue, as typed, or NULL. */
static const char *cue_match(const RubTurn *turn, AnCue cue)
{
    if ((turn->analysis.cues & AN_CUE_BIT(cue)) == 0 || turn->analysis.cue_evidence[cue].match[0] == '\0')
        return NULL;
    return turn->analysis.cue_evidence[cue].match;
}

/* The words of turn that earned a label (its first evidence), as typed, or
 * NULL. */
static const char *label_match(const RubTurn *turn, AnLabel label)
{
    for (size_t e = 0; e < turn->analysis.evidence_count && e < AN_MAX_EVIDENCE; e++)
        if (turn->analysis.evidence[e].label == label && turn->analysis.evidence[e].match[0] != '\0')
            return turn->analysis.evidence[e].match;
    return NULL;
}

/* The first question's words in turn (open, probe, closed), or NULL. */
static const char *question_match(const RubTurn *turn)
{
    const char *match = label_match(turn, AN_OPEN_QUESTION);
    if (match == NULL)
        match = label_match(turn, AN_PROBE);
    if (match == NULL)
        match = label_match(turn, AN_CLOSED_QUESTION);
    return match;
}

void rub_id_words(const char *id, char *out, size_t size)
{
    if (out == NULL || size == 0)
        return;
    size_t o = 0;
    for (size_t i = 0; id != NULL && id[i] != '\0' && o + 2 < size; i++) {
        char c = id[i];
        if (c == '_' || c == '-' || c == '.') {
            if (o > 0 && out[o - 1] != ' ')
                out[o++] = ' ';
            continue;
        }
        /* "line3" -> "line 3" */
        if (o > 0 && out[o - 1] != ' ' &&
            (isdigit((unsigned char)c) != 0) != (isdigit((unsigned char)out[o - 1]) != 0) &&
            isalpha((unsigned char)(isdigit((unsigned char)c) ? out[o - 1] : c)))
            out[o++] = ' ';
        out[o++] = c;
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
}

enum { NAME_BYTES = 96 };

/* The trainee's name of a cue: its label, or its id in words. */
static const char *cue_name(const RubCue *cue, char *out, size_t size)
{
    if (cue->label != NULL && cue->label[0] != '\0')
        copy_cut(cue->label, out, size);
    else
        rub_id_words(cue->id, out, size);
    return out;
}

/* The trainee's name of target id: the label a prospect turn carried for it,
 * or the id in words. */
static const char *target_name(const Scorer *scorer, const char *id, char *out, size_t size)
{
    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (turn->trainee)
            continue;
        for (size_t r = 0; r < turn->revealed_count && r < RUB_MAX_TARGETS; r++)
            if (strcmp(turn->revealed[r], id) == 0 && turn->revealed_labels[r] != NULL &&
                turn->revealed_labels[r][0] != '\0') {
                copy_cut(turn->revealed_labels[r], out, size);
                return out;
            }
    }
    rub_id_words(id, out, size);
    return out;
}

/* Where the text of one clause of turn starts, and its length. */
static const char *clause_text(const RubTurn *turn, int clause, size_t *length)
{
    const AnResult *a = &turn->analysis;
    size_t text_length = turn->text != NULL ? strlen(turn->text) : 0;
    if (clause < 0 || (size_t)clause >= a->clause_count || a->clauses[clause].start > text_length) {
        *length = text_length;
        return turn->text != NULL ? turn->text : "";
    }
    unsigned end = a->clauses[clause].end;
    if (end > text_length)
        end = (unsigned)text_length;
    *length = end - a->clauses[clause].start;
    return turn->text + a->clauses[clause].start;
}

/* True when the next_step of trainee turn i is a request for the prospect's
 * commitment (time, a meeting, an introduction, a decision): not the check
 * at the end of a purpose statement in the first turns ("does that work for
 * you?"), and not an offer or an exit put as a statement of what the seller
 * will do ("I'll send that over today", "I'll let you get back to it"). */
static bool asks_commitment(const RubTurn *turn, int trainee_index)
{
    if (!has(turn, AN_NEXT_STEP))
        return false;
    if (has(turn, AN_PURPOSE) && trainee_index < PURPOSE_TURNS)
        return false;
    int clause = -1;
    for (size_t e = 0; e < turn->analysis.evidence_count && e < AN_MAX_EVIDENCE; e++)
        if (turn->analysis.evidence[e].label == AN_NEXT_STEP) {
            clause = turn->analysis.evidence[e].clause;
            break;
        }
    size_t length = 0;
    const char *text = clause_text(turn, clause, &length);
    /* a question from the step on makes it a request: "we'll build it on your
     * invoices and you decide by June. Thursday or Friday?" */
    if (strchr(text, '?') != NULL)
        return true;
    char lowered[AN_MAX_LINE_BYTES + 1];
    if (length > AN_MAX_LINE_BYTES)
        length = AN_MAX_LINE_BYTES;
    memcpy(lowered, text, length);
    lowered[length] = '\0';
    lower_copy(lowered, lowered, sizeof lowered);
    const char *p = lowered;
    static const char *const leads[] = {"and ", "so ", "ok ", "okay ", "great, ", "great ",
                                        "then ", "thanks, ", "well, ", NULL};
    while (*p == ' ' || *p == ',')
        p++;
    for (size_t l = 0; leads[l] != NULL; l++)
        if (strncmp(p, leads[l], strlen(leads[l])) == 0) {
            p += strlen(leads[l]);
            break;
        }
    static const char *const offers[] = {"i'll ", "i will ", "i can ", "i could ", "we'll ",
                                         "we will ", "let me ", "i'm going to ", "i am going to ",
                                         NULL};
    for (size_t o = 0; offers[o] != NULL; o++)
        if (strncmp(p, offers[o], strlen(offers[o])) == 0)
            return false;
    return true;
}

enum { QUOTE_BYTES = 48 };

typedef struct Lowered {
    char text[AN_MAX_LINE_BYTES + 1];
} Lowered;

static bool offers_choice(const char *lowered)
{
    for (const char *p = strstr(lowered, "or"); p != NULL; p = strstr(p + 1, "or")) {
        bool start = p == lowered || !is_word_char(p[-1]);
        bool end = !is_word_char(p[2]);
        if (!start || !end)
            continue;
        const char *after = p + 2;
        while (*after == ' ')
            after++;
        if (strncmp(after, "not", 3) == 0 && !is_word_char(after[3]))
            continue;
        /* something on both sides of the "or" */
        if (p > lowered + 2 && *after != '\0' && *after != '?')
            return true;
    }
    return false;
}

/* ---- targets ------------------------------------------------------------ */

static bool id_in(const char (*ids)[RUB_ID_BYTES], size_t count, const char *id)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(ids[i], id) == 0)
            return true;
    return false;
}

/* Counts the distinct targets revealed in turns[0..count); fills seen (up to
 * RUB_MAX_TARGETS) when not NULL. */
static size_t distinct_targets(const RubTurn *turns, size_t count,
                               char (*seen)[RUB_ID_BYTES])
{
    char local[RUB_MAX_TARGETS][RUB_ID_BYTES];
    if (seen == NULL)
        seen = local;
    size_t found = 0;
    for (size_t i = 0; i < count; i++) {
        const RubTurn *turn = &turns[i];
        if (turn->trainee)
            continue;
        for (size_t r = 0; r < turn->revealed_count && r < RUB_MAX_TARGETS; r++) {
            if (turn->revealed[r][0] == '\0' || id_in(seen, found, turn->revealed[r]))
                continue;
            if (found < RUB_MAX_TARGETS) {
                snprintf(seen[found], RUB_ID_BYTES, "%s", turn->revealed[r]);
                found++;
            }
        }
    }
    return found;
}

static int effective_min_targets(const RubConfig *cfg)
{
    int needed = cfg->min_targets_before_ask;
    if (cfg->target_count < needed)
        needed = cfg->target_count;
    return needed < 0 ? 0 : needed;
}

bool rub_ask_is_premature(const RubTurn *turns, size_t count, const RubConfig *cfg)
{
    RubConfig defaults;
    if (cfg == NULL) {
        rub_config_defaults(&defaults);
        cfg = &defaults;
    }
    if (turns == NULL)
        count = 0;
    return (int)distinct_targets(turns, count, NULL) < effective_min_targets(cfg);
}

/* Index of the next trainee turn after index, or count. */
static size_t next_trainee(const Scorer *scorer, size_t index)
{
    for (size_t i = index + 1; i < scorer->count; i++)
        if (scorer->turns[i].trainee)
            return i;
    return scorer->count;
}

/* Index of the trainee turn before index, or -1. */
static int previous_trainee(const Scorer *scorer, size_t index)
{
    for (size_t i = index; i-- > 0;)
        if (scorer->turns[i].trainee)
            return (int)i;
    return -1;
}

/* Counts content words (LINK_PREFIX+ letters, compared on their first
 * LINK_PREFIX letters) shared between two lowered lines, at most once each. */
static int shared_content_words(const char *a, const char *b)
{
    int shared = 0;
    char seen[16][LINK_PREFIX + 1];
    int seen_count = 0;
    const char *p = a;
    while (*p != '\0') {
        while (*p != '\0' && !isalpha((unsigned char)*p))
            p++;
        const char *start = p;
        while (*p != '\0' && (isalpha((unsigned char)*p) || *p == '\''))
            p++;
        size_t length = (size_t)(p - start);
        if (length < LINK_PREFIX || length > 40)
            continue;
        char word[41];
        memcpy(word, start, length);
        word[length] = '\0';
        bool stop = false;
        for (size_t s = 0; link_stopwords[s] != NULL && !stop; s++)
            stop = strcmp(word, link_stopwords[s]) == 0;
        if (stop)
            continue;
        char prefix[LINK_PREFIX + 1];
        memcpy(prefix, word, LINK_PREFIX);
        prefix[LINK_PREFIX] = '\0';
        bool again = false;
        for (int s = 0; s < seen_count && !again; s++)
            again = strcmp(seen[s], prefix) == 0;
        if (again)
            continue;
        /* does b hold a word starting with prefix? */
        bool found = false;
        for (const char *q = strstr(b, prefix); q != NULL && !found; q = strstr(q + 1, prefix))
            found = q == b || !isalpha((unsigned char)q[-1]);
        if (found) {
            shared++;
            if (seen_count < 16)
                memcpy(seen[seen_count++], prefix, sizeof prefix);
        }
    }
    return shared;
}

/* The first target revealed before index that the benefit line at index
 * connects to (the session's links first, then word overlap), or NULL. */
static const char *linked_target(const Scorer *scorer, size_t index, const char *lowered_line,
                                 Lowered *scratch)
{
    const RubTurn *line = &scorer->turns[index];
    char seen[RUB_MAX_TARGETS][RUB_ID_BYTES];
    size_t found = distinct_targets(scorer->turns, index, seen);
    for (size_t l = 0; l < line->linked_target_count && l < RUB_MAX_TARGETS; l++)
        if (id_in(seen, found, line->linked_targets[l]))
            return line->linked_targets[l];
    for (size_t i = 0; i < index; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (turn->trainee || turn->revealed_count == 0)
            continue;
        lower_copy(turn->text, scratch->text, sizeof scratch->text);
        if (shared_content_words(lowered_line, scratch->text) >= LINK_MIN_SHARED)
            return turn->revealed[0];
    }
    return NULL;
}

/* ---- the four skills ----------------------------------------------------- */

static void score_discovery(Scorer *scorer)
{
    const RubConfig *cfg = scorer->cfg;
    RubMetrics *m = &scorer->out->metrics;
    bool discovered = false; /* an open question, a probe or a reveal so far */
    int trainee_index = 0, run = 0;
    char seen[RUB_MAX_TARGETS][RUB_ID_BYTES];
    size_t seen_count = 0;
    int target_total = cfg->target_count > 0 ? cfg->target_count : 0;

    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee) {
            for (size_t r = 0; r < turn->revealed_count && r < RUB_MAX_TARGETS; r++) {
                const char *id = turn->revealed[r];
                if (id[0] == '\0' || id_in(seen, seen_count, id) || seen_count >= RUB_MAX_TARGETS)
                    continue;
                snprintf(seen[seen_count], RUB_ID_BYTES, "%s", id);
                seen_count++;
                discovered = true;
                if (target_total == 0 || (int)seen_count > target_total)
                    continue;
                /* 50 points shared so that all targets sum to exactly 50 */
                int share = rules[R_TARGET].cap;
                int points = share * (int)seen_count / target_total -
                             share * ((int)seen_count - 1) / target_total;
                int asker = previous_trainee(scorer, (size_t)i);
                char name[NAME_BYTES];
                target_name(scorer, id, name, sizeof name);
                if (asker >= 0 && is_question(&scorer->turns[asker]))
                    add_reason(scorer, R_TARGET, asker, points, question_match(&scorer->turns[asker]),
                               "Your question got them to tell you: %s (%zu of %d). Keep asking "
                               "what lies behind it.",
                               name, seen_count, target_total);
                else
                    add_reason(scorer, R_TARGET, asker >= 0 ? asker : (int)i,
                               points / UNASKED_TARGET_DIVISOR > 0 ? points / UNASKED_TARGET_DIVISOR : 1,
                               NULL,
                               "They told you %s (%zu of %d) without being asked; a question "
                               "about it would have earned it fully (\"what's behind that?\").",
                               name, seen_count, target_total);
            }
            continue;
        }
        bool open = has(turn, AN_OPEN_QUESTION), probe = has(turn, AN_PROBE);
        bool question = is_question(turn);
        if (open)
            add_reason(scorer, R_OPEN, (int)i,
                       trainee_index < EARLY_TRAINEE_TURNS ? EARLY_OPEN_POINTS : rules[R_OPEN].points,
                       label_match(turn, AN_OPEN_QUESTION),
                       trainee_index < EARLY_TRAINEE_TURNS
                           ? "An open question early in the call let them tell their story."
                           : "An open question invited them to explain in their own words.");
        if (probe)
            add_reason(scorer, R_PROBE, (int)i, rules[R_PROBE].points, label_match(turn, AN_PROBE),
                       "You followed up on what they had just said and dug deeper.");
        if (question) {
            const char *phrase = cue_match(turn, AN_CUE_MOTIVE);
            if (phrase != NULL)
                add_reason(scorer, R_MOTIVE, (int)i, rules[R_MOTIVE].points, phrase,
                           "You asked for the motive, not only the facts.");
            phrase = cue_match(turn, AN_CUE_COST_OF_INACTION);
            if (phrase != NULL)
                add_reason(scorer, R_COST, (int)i, rules[R_COST].points, phrase,
                           "You asked what doing nothing would cost them.");
            phrase = cue_match(turn, AN_CUE_BUYING_PROCESS);
            if (phrase != NULL)
                add_reason(scorer, R_PROCESS, (int)i, rules[R_PROCESS].points, phrase,
                           "You asked how they buy: who decides, who influences, by when.");
        }
        /* interrogation: the third question in a row with no probe or reflection */
        if (question && !probe && !has(turn, AN_REFLECTION)) {
            run++;
            if (run >= INTERROGATION_RUN) {
                m->interrogation_questions++;
                add_reason(scorer, R_INTERROGATION, (int)i, rules[R_INTERROGATION].points,
                           question_match(turn),
                           "Question %d in a row with no follow-up reads as an interrogation; "
                           "dig into their last answer before changing topic (\"you said ..., "
                           "what happened then?\").",
                           run);
            }
        } else {
            run = 0;
        }
        if (has(turn, AN_FEATURE) && !discovered)
            add_reason(scorer, R_PITCH_EARLY, (int)i, rules[R_PITCH_EARLY].points,
                       label_match(turn, AN_FEATURE),
                       "You pitched before any discovery; ask what they want to accomplish "
                       "first (\"what's keeping you busiest?\"), then pitch to that.");
        if (open || probe)
            discovered = true;
        trainee_index++;
    }

    if (m->questions >= 2 && m->open_ratio < cfg->open_ratio_target && cfg->open_ratio_target > 0) {
        double gap = (cfg->open_ratio_target - m->open_ratio) / cfg->open_ratio_target;
        int points = -(int)(gap * rules[R_OPEN_RATIO].cap + 0.5);
        if (points == 0)
            points = -1;
        add_reason(scorer, R_OPEN_RATIO, -1, points, NULL,
                   "Only %d of your %d questions were open (%d%%); aim for at least %d%% "
                   "what/how/why questions.",
                   m->open_questions, m->questions, (int)(m->open_ratio * 100 + 0.5),
                   (int)(cfg->open_ratio_target * 100 + 0.5));
    }
}

/* A line that shows listening: a question, a probe or a reflection. A cue
 * "picked up" by a pitch that happens to share its words is not listening,
 * nor is a pitch checked with a yes/no question ("Our routing stops two
 * guys going to the same street. Would that help?"). */
static bool listens(const RubTurn *turn)
{
    if (has(turn, AN_REFLECTION) || has(turn, AN_PROBE) || has(turn, AN_OPEN_QUESTION))
        return true;
    return has(turn, AN_CLOSED_QUESTION) && !has(turn, AN_FEATURE);
}

static void score_listening(Scorer *scorer)
{
    const RubConfig *cfg = scorer->cfg;
    RubMetrics *m = &scorer->out->metrics;
    int window = cfg->cue_window_turns > 0 ? cfg->cue_window_turns : 1;

    /* used[i * RUB_MAX_CUES + c]: trainee turn i's pick c already credited */
    bool *used = calloc(scorer->count * RUB_MAX_CUES + 1, sizeof *used);
    if (used == NULL) {
        scorer->error = COACH_ENOMEM;
        return;
    }
    for (size_t p = 0; p < scorer->count; p++) {
        const RubTurn *prospect = &scorer->turns[p];
        if (prospect->trainee)
            continue;
        /* a line with several cues is followed by following one of them:
         * the others are not counted as missed */
        bool picked[RUB_MAX_CUES] = {false};
        int seen[RUB_MAX_CUES] = {0};
        size_t last[RUB_MAX_CUES];
        bool any_picked = false;
        for (size_t c = 0; c < prospect->cue_count && c < RUB_MAX_CUES; c++) {
            const char *id = prospect->cues[c].id;
            m->cues_offered++;
            last[c] = p;
            for (size_t t = next_trainee(scorer, p);
                 t < scorer->count && seen[c] < window && !picked[c]; t = next_trainee(scorer, t)) {
                const RubTurn *turn = &scorer->turns[t];
                seen[c]++;
                last[c] = t;
                if (!listens(turn))
                    continue;
                for (size_t k = 0; k < turn->picked_cue_count && k < RUB_MAX_CUES; k++) {
                    if (used[t * RUB_MAX_CUES + k] || strcmp(turn->picked_cues[k], id) != 0)
                        continue;
                    used[t * RUB_MAX_CUES + k] = true;
                    picked[c] = true;
                    break;
                }
            }
            any_picked = any_picked || picked[c];
        }
        for (size_t c = 0; c < prospect->cue_count && c < RUB_MAX_CUES; c++) {
            char name[NAME_BYTES];
            cue_name(&prospect->cues[c], name, sizeof name);
            if (picked[c]) {
                m->cues_picked_up++;
                add_reason(scorer, R_CUE_PICKED, (int)last[c], rules[R_CUE_PICKED].points, NULL,
                           "You picked up their hint about %s and followed it up.", name);
            } else if (seen[c] >= window && !any_picked) {
                m->cues_missed++;
                add_reason(scorer, R_CUE_MISSED, (int)last[c], rules[R_CUE_MISSED].points, NULL,
                           "They hinted at %s and it went unexplored; next time give it back "
                           "or ask \"tell me more about that\".",
                           name);
            }
        }
    }
    free(used);

    int reflection_run = 0;
    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee)
            continue;
        bool reflection = has(turn, AN_REFLECTION), question = is_question(turn);
        /* only reflections with no question in the line make a run: "That
         * sounds rough. What happened next?" is good listening */
        if (reflection && !question) {
            reflection_run++;
        } else {
            reflection_run = 0;
        }
        if (reflection && reflection_run >= REFLECTION_WINDOW)
            add_reason(scorer, R_REFLECTION_OVERUSE, (int)i, rules[R_REFLECTION_OVERUSE].points,
                       label_match(turn, AN_REFLECTION),
                       "%d reflections in a row with no question start to sound like a "
                       "technique; follow one with a question (\"...what happened then?\").",
                       reflection_run);
        else if (reflection)
            add_reason(scorer, R_REFLECTION, (int)i, rules[R_REFLECTION].points,
                       label_match(turn, AN_REFLECTION),
                       "You gave their point back in your own words, so they felt heard.");
        if (has(turn, AN_OPEN_QUESTION) || has(turn, AN_PROBE))
            add_reason(scorer, R_LET_TALK, (int)i, rules[R_LET_TALK].points,
                       label_match(turn, has(turn, AN_PROBE) ? AN_PROBE : AN_OPEN_QUESTION),
                       "A question that hands them the floor lets them talk.");
        int words = turn_words(turn);
        if (words > cfg->max_monologue_words)
            add_reason(scorer, R_MONOLOGUE, (int)i, rules[R_MONOLOGUE].points, NULL,
                       "You spoke %d words in one go (more than %d); say less and hand the "
                       "conversation back with a question.",
                       words, cfg->max_monologue_words);
        if (has(turn, AN_SELLER_FOCUS))
            add_reason(scorer, R_SELLER_FOCUS, (int)i, rules[R_SELLER_FOCUS].points,
                       label_match(turn, AN_SELLER_FOCUS),
                       "You talked about your own situation; keep the call on their problems, "
                       "not yours.");
    }

    bool behaviour = m->questions >= LISTENING_MIN_QUESTIONS;
    if (m->trainee_turns > 0) {
        int share = (int)(m->trainee_word_share * 100 + 0.5);
        int limit = (int)(cfg->max_word_share * 100 + 0.5);
        if (share <= limit && m->trainee_turns >= WORD_SHARE_MIN_TURNS && behaviour)
            add_reason(scorer, R_WORD_SHARE, -1, rules[R_WORD_SHARE].points, NULL,
                       "You asked and let them talk: you said %d%% of the words (aim for %d%% "
                       "or less).",
                       share, limit);
        else if (share > limit)
            add_reason(scorer, R_WORD_SHARE, -1, -(share - limit), NULL,
                       "You said %d%% of the words; aim for %d%% or less by asking and then "
                       "letting them talk.",
                       share, limit);
    }
    if (m->you_words > m->i_words && m->questions + m->reflections >= LISTENING_MIN_QUESTIONS)
        add_reason(scorer, R_YOU_FOCUS, -1, rules[R_YOU_FOCUS].points, NULL,
                   "Your lines were about them (\"you\" %d times, \"I/we\" %d).", m->you_words,
                   m->i_words);
    else if (m->i_words > m->you_words)
        add_reason(scorer, R_YOU_FOCUS, -1, -rules[R_YOU_FOCUS].points, NULL,
                   "You said \"I/we\" %d times and \"you\" %d; turn your sentences towards them.",
                   m->i_words, m->you_words);
}

/* True when a benefit line states an outcome for the prospect, not only a
 * bridge phrase: the benefit is not put as a question ("what would it mean
 * for you?"), and the line names one of the scenario's outcomes, links to
 * something the prospect said, or its benefit wording goes on past the
 * bridge ("you'd get X" with X a feature is not an outcome). */
static bool states_outcome(const RubTurn *turn, bool linked)
{
    if (!has(turn, AN_BENEFIT))
        return false;
    /* a question with no product in it asks about their world ("you said it
     * gives you grey hair: what happens then?"); it states no outcome */
    if (is_question(turn) && !has(turn, AN_FEATURE) && !linked)
        return false;
    const AnResult *a = &turn->analysis;
    int clause = -1;
    for (size_t e = 0; e < a->evidence_count && e < AN_MAX_EVIDENCE; e++)
        if (a->evidence[e].label == AN_BENEFIT) {
            clause = a->evidence[e].clause;
            break;
        }
    if (clause >= 0 && (size_t)clause < a->clause_count) {
        unsigned asked = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION) | AN_BIT(AN_PROBE);
        if ((a->clauses[clause].labels & asked) != 0 && (a->clauses[clause].labels & AN_BIT(AN_FEATURE)) == 0)
            return false;
    }
    if (linked || a->term_hits[AN_TERM_OUTCOME][0] >= 0)
        return true;
    /* a bare "you get / gives you" followed by a feature and nothing else */
    bool feature_only = a->term_hits[AN_TERM_FEATURE][0] >= 0 && a->feature_count >= 1 &&
                        (a->labels & AN_BIT(AN_FEATURE)) != 0;
    size_t length = 0;
    const char *text = clause_text(turn, clause, &length);
    int words = 0;
    bool in_word = false;
    for (size_t i = 0; i < length; i++) {
        bool letter = isalpha((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80;
        if (letter && !in_word)
            words++;
        in_word = letter;
    }
    /* an outcome takes words: "so your lines keep running" */
    return !(feature_only && words <= 8);
}

/* Talk about the product or what it does for them; a question about their
 * world that happens to say "gives you" is not. */
static bool product_talk(const RubTurn *turn)
{
    return has(turn, AN_FEATURE) || (has(turn, AN_BENEFIT) && !is_question(turn));
}

static void score_benefits(Scorer *scorer, Lowered *lowered, Lowered *scratch)
{
    bool talk = false;
    for (size_t i = 0; i < scorer->count && !talk; i++)
        talk = scorer->turns[i].trainee &&
               (product_talk(&scorer->turns[i]) ||
                (scorer->turns[i].from_choice && scorer->turns[i].choice_points[RUB_BENEFITS] != 0));
    scorer->out->assessed[RUB_BENEFITS] = talk;
    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee)
            continue;
        const AnResult *a = &turn->analysis;
        const char *target = NULL;
        if (has(turn, AN_BENEFIT) || has(turn, AN_FEATURE)) {
            lower_copy(turn->text, lowered->text, sizeof lowered->text);
            target = linked_target(scorer, i, lowered->text, scratch);
        }
        bool outcome = states_outcome(turn, target != NULL);
        if (has(turn, AN_FEATURE)) {
            size_t next = next_trainee(scorer, i);
            bool same = outcome;
            bool bridged = same || (next < scorer->count && states_outcome(&scorer->turns[next], false));
            if (!outcome && target != NULL) {
                char name[NAME_BYTES];
                target_name(scorer, target, name, sizeof name);
                add_reason(scorer, R_FITS, (int)i, rules[R_FITS].points, label_match(turn, AN_FEATURE),
                           "You picked a feature that fits what they told you (%s); now say what "
                           "it changes for them.",
                           name);
            }
            if (bridged)
                add_reason(scorer, R_BRIDGED, same ? (int)i : (int)next, rules[R_BRIDGED].points,
                           label_match(turn, AN_FEATURE),
                           same ? "You tied the feature to what they get in the same breath."
                                : "You followed the feature with what it means for them.");
            else
                add_reason(scorer, R_UNBRIDGED, (int)i, rules[R_UNBRIDGED].points,
                           label_match(turn, AN_FEATURE),
                           "A feature with no outcome for them: add \"so what that means for "
                           "you is...\" and tie it to something they told you.");
            if (a->feature_count >= FEATURE_DUMP_MIN)
                add_reason(scorer, R_DUMP, (int)i, rules[R_DUMP].points, NULL,
                           "%d features in one line is a feature dump; pick the one that fits "
                           "their problem.",
                           a->feature_count);
        }
        if (outcome) {
            add_reason(scorer, R_OUTCOME, (int)i, rules[R_OUTCOME].points,
                       label_match(turn, AN_BENEFIT),
                       "You said what they would get, an outcome for them.");
            if (target != NULL) {
                char name[NAME_BYTES];
                target_name(scorer, target, name, sizeof name);
                add_reason(scorer, R_LINKED, (int)i, rules[R_LINKED].points, NULL,
                           "Your benefit answered what they told you (%s), in their own terms.",
                           name);
            }
        }
        if (a->empty_trio_count > 0)
            add_reason(scorer, R_EMPTY_TRIO, (int)i, rules[R_EMPTY_TRIO].points * a->empty_trio_count,
                       NULL,
                       "Quality, service, reliability: everybody says them. Name the outcome "
                       "for them instead.");
        if (a->jargon_count > 0)
            add_reason(scorer, R_JARGON, (int)i, rules[R_JARGON].points * a->jargon_count, NULL,
                       "%d jargon term%s they never used; say it in their words.",
                       a->jargon_count, a->jargon_count == 1 ? "" : "s");
    }
}

static void score_next_step(Scorer *scorer, Lowered *lowered)
{
    RubMetrics *m = &scorer->out->metrics;
    int trainee_index = 0;
    bool earned_ask = false;
    bool work_requested = false; /* the prospect asked for a demo/proposal, not yet traded */
    int target_total = scorer->cfg->target_count;

    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee) {
            work_requested = work_requested || turn->prospect_asked_for_work;
            continue;
        }
        if (has(turn, AN_PURPOSE) && trainee_index < PURPOSE_TURNS && !m->stated_purpose) {
            m->stated_purpose = true;
            add_reason(scorer, R_PURPOSE, (int)i, rules[R_PURPOSE].points,
                       label_match(turn, AN_PURPOSE),
                       "You stated the purpose of the call up front, so the ask at the end "
                       "is no surprise.");
        }
        if (scorer->ask[i]) {
            const char *ask_words = label_match(turn, AN_NEXT_STEP);
            if (rub_ask_is_premature(scorer->turns, i, scorer->cfg)) {
                add_reason(scorer, R_PREMATURE, (int)i, rules[R_PREMATURE].points, ask_words,
                           "You asked for a commitment before earning it (fewer than %d of "
                           "their needs uncovered); ask what it costs them first.",
                           effective_min_targets(scorer->cfg));
            } else {
                if (!earned_ask) {
                    size_t found = distinct_targets(scorer->turns, i, NULL);
                    int points = target_total > 0
                                     ? ASK_BASE + (int)(ASK_EARNED_EXTRA * (double)found /
                                                            target_total + 0.5)
                                     : ASK_BASE + ASK_EARNED_EXTRA;
                    if (target_total > 0)
                        add_reason(scorer, R_ASKED, (int)i, points, ask_words,
                                   "You asked for a next step once you had earned it (%zu of "
                                   "%d of their needs uncovered).",
                                   found, target_total);
                    else
                        add_reason(scorer, R_ASKED, (int)i, points, ask_words,
                                   "You asked for a next step once you had earned it.");
                }
                earned_ask = true;
                const char *phrase = cue_match(turn, AN_CUE_SPECIFIC);
                const char *rule = turn->analysis.cue_evidence[AN_CUE_SPECIFIC].rule;
                bool number = (turn->analysis.cues & AN_CUE_BIT(AN_CUE_NUMBER)) != 0;
                if (phrase != NULL || number) {
                    char lowered_phrase[QUOTE_BYTES];
                    lower_copy(phrase != NULL ? phrase : "", lowered_phrase, sizeof lowered_phrase);
                    bool when = number || strcmp(rule, "specific.when") == 0;
                    bool week = when && !number && strstr(lowered_phrase, "week") != NULL;
                    int points = week ? SPECIFIC_WEEK : when ? SPECIFIC_DAY : SPECIFIC_OTHER;
                    add_reason(scorer, R_SPECIFIC, (int)i, points,
                               phrase != NULL ? phrase
                                              : cue_match(turn, AN_CUE_NUMBER),
                               points == SPECIFIC_DAY
                                   ? "Your next step named a day or a time, so it is concrete."
                                   : "Your next step was only half concrete; name a day and a "
                                     "time (\"Tuesday at 8 or Thursday at 4?\").");
                }
                lower_copy(turn->text, lowered->text, sizeof lowered->text);
                if (offers_choice(lowered->text))
                    add_reason(scorer, R_CHOICE, (int)i, rules[R_CHOICE].points, NULL,
                               "You offered a choice of next steps, which is easy to say yes to.");
                /* quid pro quo: the earned ask answers their request for work
                 * (right away, or after the discovery that earned it) */
                if (work_requested)
                    add_reason(scorer, R_QUID_PRO_QUO, (int)i, rules[R_QUID_PRO_QUO].points,
                               ask_words,
                               "They asked you for work and you asked for a commitment in "
                               "return: quid pro quo.");
                work_requested = false;
            }
        } else if (!has(turn, AN_NEXT_STEP)) {
            const char *phrase = cue_match(turn, AN_CUE_VAGUE_ENDING);
            if (phrase != NULL)
                add_reason(scorer, R_VAGUE, (int)i, rules[R_VAGUE].points, phrase,
                           "That leaves the next step to them; propose a day, a person or a "
                           "deliverable instead.");
        }
        trainee_index++;
    }
    if (m->trainee_turns > 0 && m->next_step_asks == 0)
        add_reason(scorer, R_NEVER_ASKED, -1, rules[R_NEVER_ASKED].points, NULL,
                   "You never asked for a commitment (an offer to send something is not an "
                   "ask); once you have earned it, propose who, what and when.");
}

static void score_author_points(Scorer *scorer)
{
    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee || !turn->from_choice)
            continue;
        for (int s = 0; s < RUB_SKILL_COUNT; s++) {
            int points = turn->choice_points[s];
            if (points != 0)
                add_reason_skill(scorer, R_AUTHOR, (RubSkill)s, (int)i, points, NULL,
                                 points > 0 ? "The scenario's author rates this choice as good "
                                              "%s."
                                            : "The scenario's author rates this choice as weak "
                                              "%s.",
                                 skill_names[s]);
        }
    }
}

static void compute_metrics(Scorer *scorer)
{
    RubMetrics *m = &scorer->out->metrics;
    memset(m, 0, sizeof *m);
    m->first_next_step_turn = -1;
    m->turns = (int)scorer->count;
    long trainee_words = 0, all_words = 0;
    int trainee_index = 0;
    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        int words = turn_words(turn);
        all_words += words;
        if (!turn->trainee)
            continue;
        const AnResult *a = &turn->analysis;
        m->trainee_turns++;
        trainee_words += words;
        if (words > m->longest_monologue)
            m->longest_monologue = words;
        if (words > scorer->cfg->max_monologue_words)
            m->monologues++;
        if (has(turn, AN_OPEN_QUESTION))
            m->open_questions++;
        if (is_question(turn))
            m->questions++;
        if (has(turn, AN_PROBE))
            m->probes++;
        if (has(turn, AN_REFLECTION))
            m->reflections++;
        if (has(turn, AN_FEATURE)) {
            m->features++;
            size_t next = next_trainee(scorer, i);
            if (states_outcome(turn, false) ||
                (next < scorer->count && states_outcome(&scorer->turns[next], false)))
                m->bridged_features++;
            if (a->feature_count >= FEATURE_DUMP_MIN)
                m->feature_dumps++;
        }
        if (has(turn, AN_BENEFIT))
            m->benefits++;
        if (has(turn, AN_SELLER_FOCUS))
            m->seller_focus_lines++;
        m->jargon_hits += a->jargon_count > 0 ? a->jargon_count : 0;
        m->empty_trio_hits += a->empty_trio_count > 0 ? a->empty_trio_count : 0;
        m->you_words += a->you_words > 0 ? a->you_words : 0;
        m->i_words += a->i_words > 0 ? a->i_words : 0;
        scorer->ask[i] = asks_commitment(turn, trainee_index);
        if (scorer->ask[i]) {
            m->next_step_asks++;
            if (m->first_next_step_turn < 0)
                m->first_next_step_turn = (int)i;
            if (rub_ask_is_premature(scorer->turns, i, scorer->cfg))
                m->premature_asks++;
        }
        trainee_index++;
    }
    m->open_ratio = m->questions > 0 ? (double)m->open_questions / m->questions : 0.0;
    m->reflection_to_question = m->questions > 0 ? (double)m->reflections / m->questions : 0.0;
    m->trainee_word_share = all_words > 0 ? (double)trainee_words / (double)all_words : 0.0;
    m->targets_uncovered = (int)distinct_targets(scorer->turns, scorer->count, NULL);
}

/* Orders reasons by turn (whole-session rules last), keeping the order in
 * which rules logged them within a turn. */
static void sort_reasons(RubScores *out)
{
    for (size_t i = 1; i < out->count; i++) {
        RubReason moving = out->reasons[i];
        long key = moving.turn < 0 ? (long)1 << 40 : moving.turn;
        size_t j = i;
        while (j > 0) {
            const RubReason *before = &out->reasons[j - 1];
            long before_key = before->turn < 0 ? (long)1 << 40 : before->turn;
            if (before_key <= key)
                break;
            out->reasons[j] = out->reasons[j - 1];
            j--;
        }
        out->reasons[j] = moving;
    }
}

static int score_turns(RubScores *scores, const RubTurn *turns, size_t count, const RubConfig *cfg);

int rub_score(RubScores *scores, const RubTurn *turns, size_t count, const RubConfig *cfg)
{
    size_t scored = 0;
    for (size_t i = 0; turns != NULL && i < count; i++)
        scored += !turns[i].unscored;
    if (turns == NULL || scored == count)
        return score_turns(scores, turns, count, cfg);
    /* Score the turns that count, then give reasons their place in the
     * full list back. */
    RubTurn *kept = malloc((scored > 0 ? scored : 1) * sizeof *kept);
    size_t *place = malloc((scored > 0 ? scored : 1) * sizeof *place);
    if (kept == NULL || place == NULL) {
        free(kept);
        free(place);
        return COACH_ENOMEM;
    }
    size_t n = 0;
    for (size_t i = 0; i < count; i++)
        if (!turns[i].unscored) {
            place[n] = i;
            kept[n++] = turns[i];
        }
    int rc = score_turns(scores, kept, n, cfg);
    for (size_t r = 0; rc == 0 && r < scores->count; r++)
        if (scores->reasons[r].turn >= 0 && (size_t)scores->reasons[r].turn < n)
            scores->reasons[r].turn = (int)place[scores->reasons[r].turn];
    int first_ask = scores->metrics.first_next_step_turn;
    if (rc == 0 && first_ask >= 0 && (size_t)first_ask < n)
        scores->metrics.first_next_step_turn = (int)place[first_ask];
    free(kept);
    free(place);
    return rc;
}

static int score_turns(RubScores *scores, const RubTurn *turns, size_t count, const RubConfig *cfg)
{
    if (scores == NULL)
        return COACH_EUSAGE;
    RubConfig defaults;
    if (cfg == NULL) {
        rub_config_defaults(&defaults);
        cfg = &defaults;
    }
    if (turns == NULL)
        count = 0;
    scores->count = 0;
    memset(scores->scores, 0, sizeof scores->scores);
    scores->overall = 0;

    Scorer scorer = {.out = scores, .turns = turns, .count = count, .cfg = cfg};
    for (int s = 0; s < RUB_SKILL_COUNT; s++)
        scores->assessed[s] = true;
    /* Two lowered lines and the asks on the heap keep the stack small. */
    Lowered *lowered = malloc(2 * sizeof *lowered);
    scorer.ask = calloc(count + 1, sizeof *scorer.ask);
    if (lowered == NULL || scorer.ask == NULL) {
        free(lowered);
        free(scorer.ask);
        return COACH_ENOMEM;
    }

    compute_metrics(&scorer);
    if (scores->metrics.trainee_turns > 0) {
        score_discovery(&scorer);
        score_listening(&scorer);
        score_benefits(&scorer, &lowered[0], &lowered[1]);
        score_next_step(&scorer, &lowered[0]);
        score_author_points(&scorer);
    }
    free(lowered);
    free(scorer.ask);
    if (scorer.error != 0) {
        scores->count = 0;
        return scorer.error;
    }
    sort_reasons(scores);

    if (scores->metrics.trainee_turns == 0)
        return 0;
    /* a skill not assessed keeps its author points out too: it had no
     * opportunity in this call */
    double weighted = 0, weight_sum = 0;
    int assessed = 0;
    for (int s = 0; s < RUB_SKILL_COUNT; s++) {
        if (!scores->assessed[s]) {
            scores->scores[s] = 0;
            continue;
        }
        int value = skill_bases[s] + scorer.sum[s];
        scores->scores[s] = value < 0 ? 0 : value > 100 ? 100 : value;
        double weight = cfg->weights[s] > 0 ? cfg->weights[s] : 0;
        weighted += weight * scores->scores[s];
        weight_sum += weight;
        assessed++;
    }
    if (weight_sum <= 0) {
        weighted = 0;
        for (int s = 0; s < RUB_SKILL_COUNT; s++)
            if (scores->assessed[s])
                weighted += scores->scores[s];
        weight_sum = assessed > 0 ? assessed : 1;
    }
    scores->overall = (int)(weighted / weight_sum + 0.5);
    return 0;
}

bool rub_same_group(const RubReason *a, const RubReason *b)
{
    return a->skill == b->skill && strcmp(a->rule, b->rule) == 0 && strcmp(a->text, b->text) == 0;
}

size_t rub_reason_groups(const RubScores *scores, RubSkill skill, RubGroup *groups, size_t max)
{
    if (scores == NULL)
        return 0;
    size_t total = 0;
    for (size_t i = 0; i < scores->count; i++) {
        const RubReason *reason = &scores->reasons[i];
        if (reason->skill != skill)
            continue;
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = rub_same_group(&scores->reasons[j], reason);
        if (seen)
            continue;
        RubGroup group = {i, 0, 0};
        for (size_t j = i; j < scores->count; j++)
            if (rub_same_group(reason, &scores->reasons[j])) {
                group.count++;
                group.points += scores->reasons[j].points;
            }
        /* insertion by |points|, keeping turn order among equals */
        size_t at = total < max ? total : max;
        while (at > 0 && abs(groups[at - 1].points) < abs(group.points))
            at--;
        if (at < max) {
            size_t last = total < max ? total : max - 1;
            for (size_t k = last; k > at; k--)
                groups[k] = groups[k - 1];
            groups[at] = group;
        }
        total++;
    }
    return total;
}

void rub_quote_marked(const RubReason *reason, char *out, size_t size)
{
    if (out == NULL || size == 0)
        return;
    out[0] = '\0';
    if (reason == NULL || reason->quote[0] == '\0')
        return;
    const char *at = reason->match[0] != '\0' ? strstr(reason->quote, reason->match) : NULL;
    if (at == NULL) {
        snprintf(out, size, "\"%s\"", reason->quote);
        return;
    }
    snprintf(out, size, "\"%.*s[%s]%s\"", (int)(at - reason->quote), reason->quote, reason->match,
             at + strlen(reason->match));
}

bool rub_skill_assessed(const RubScores *scores, RubSkill skill)
{
    if (scores == NULL || (int)skill < 0 || skill >= RUB_SKILL_COUNT)
        return false;
    return scores->assessed[skill];
}

int rub_skill_score(const RubScores *scores, RubSkill skill)
{
    if (scores == NULL || (int)skill < 0 || skill >= RUB_SKILL_COUNT)
        return 0;
    return scores->scores[skill];
}

int rub_overall(const RubScores *scores)
{
    return scores == NULL ? 0 : scores->overall;
}

const RubMetrics *rub_metrics(const RubScores *scores)
{
    return scores == NULL ? NULL : &scores->metrics;
}

size_t rub_reason_count(const RubScores *scores)
{
    return scores == NULL ? 0 : scores->count;
}

const RubReason *rub_reason(const RubScores *scores, size_t index)
{
    if (scores == NULL || index >= scores->count)
        return NULL;
    return &scores->reasons[index];
}
