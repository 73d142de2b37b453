/* rubric: the moves of a whole session -> four skill scores with reasons
 * (docs/rubric.md).
 *
 * Design: every skill starts from a fixed base (skill_bases below) and each
 * rule adds or takes points as a RubReason (skill, points, turn, rule id and
 * a sentence for the trainee). The skill's score is base + the sum of its
 * reasons' points, clamped to 0-100, so the debrief can show the arithmetic
 * line by line. Rules that reward a repeated move carry a cap (the total the
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

#include "error.h"

static const char *const skill_names[RUB_SKILL_COUNT] = {"discovery", "listening", "benefits",
                                                         "next_step"};

/* Where each skill starts (see the design note above). Discovery starts low
 * because coverage of the targets has to earn it; listening and benefits
 * start in the middle and move with good and bad habits; next step starts
 * low because the ask has to be made. */
static const int skill_bases[RUB_SKILL_COUNT] = {10, 50, 50, 20};

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
    R_CUE_PICKED,
    R_CUE_MISSED,
    R_WORD_SHARE,
    R_MONOLOGUE,
    R_YOU_FOCUS,
    R_SELLER_FOCUS,
    R_REFLECTION_OVERUSE,
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
    [R_REFLECTION] = {"listening.reflection", RUB_LISTENING, 5, 15},
    [R_CUE_PICKED] = {"listening.cue_picked_up", RUB_LISTENING, 6, 0},
    [R_CUE_MISSED] = {"listening.cue_missed", RUB_LISTENING, -5, 25}, /* cue-rich scenarios */
    [R_WORD_SHARE] = {"listening.word_share", RUB_LISTENING, 10, 20}, /* -1 a point over, to -20 */
    [R_MONOLOGUE] = {"listening.monologue", RUB_LISTENING, -8, 24},
    [R_YOU_FOCUS] = {"listening.you_focus", RUB_LISTENING, 5, 5}, /* -5 when "I" wins */
    [R_SELLER_FOCUS] = {"listening.seller_focus", RUB_LISTENING, -6, 18},
    [R_REFLECTION_OVERUSE] = {"listening.reflection_overuse", RUB_LISTENING, -12, 36},
    [R_BRIDGED] = {"benefits.feature_bridged", RUB_BENEFITS, 6, 0},
    [R_LINKED] = {"benefits.linked_to_target", RUB_BENEFITS, 6, 18},
    [R_UNBRIDGED] = {"benefits.unbridged_feature", RUB_BENEFITS, -8, 0},
    [R_DUMP] = {"benefits.feature_dump", RUB_BENEFITS, -8, 0},
    [R_EMPTY_TRIO] = {"benefits.empty_trio", RUB_BENEFITS, -4, 16}, /* a word */
    [R_JARGON] = {"benefits.jargon", RUB_BENEFITS, -4, 16},         /* a term */
    [R_PURPOSE] = {"next_step.purpose", RUB_NEXT_STEP, 15, 15},
    [R_ASKED] = {"next_step.asked", RUB_NEXT_STEP, 30, 30},
    [R_SPECIFIC] = {"next_step.specific", RUB_NEXT_STEP, 15, 15},
    [R_CHOICE] = {"next_step.choice", RUB_NEXT_STEP, 10, 10},
    [R_QUID_PRO_QUO] = {"next_step.quid_pro_quo", RUB_NEXT_STEP, 15, 15},
    [R_NEVER_ASKED] = {"next_step.never_asked", RUB_NEXT_STEP, -10, 10},
    [R_PREMATURE] = {"next_step.premature", RUB_NEXT_STEP, -12, 0},
    [R_VAGUE] = {"next_step.vague_ending", RUB_NEXT_STEP, -10, 20},
    [R_AUTHOR] = {"choice.author", RUB_DISCOVERY, 0, 0}, /* skill given per reason */
};

/* Lines before this many trainee turns count as "early" for open questions. */
enum { EARLY_TRAINEE_TURNS = 3, EARLY_OPEN_POINTS = 5 };
/* The third question in a row without follow-up is interrogation. */
enum { INTERROGATION_RUN = 3 };
/* Distinct features in one line that make a dump. */
enum { FEATURE_DUMP_MIN = 3 };
/* Reflections in a window of consecutive trainee turns that read as technique. */
enum { REFLECTION_WINDOW = 3 };
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
    int error;
} Scorer;

/* Logs one reason for rule on turn, applying the rule's cap; the points are
 * given explicitly (rules with computed points). Skill is the rule's except
 * for author points. */
static void add_reason_skill(Scorer *scorer, RuleId rule, RubSkill skill, int turn, int points,
                             const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

static void add_reason_skill(Scorer *scorer, RuleId rule, RubSkill skill, int turn, int points,
                             const char *format, ...)
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
    scorer->rule_total[rule] += points;
    scorer->sum[skill] += points;
}

#define add_reason(scorer, rule, turn, points, ...) \
    add_reason_skill((scorer), (rule), rules[(rule)].skill, (turn), (points), __VA_ARGS__)

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

/* The words a cue of turn matched, lower-cased like the line (the rubric
 * quotes them in its reasons), or NULL when the analyser did not find it. */
static const char *cue_quote(const RubTurn *turn, AnCue cue, char *quote, size_t size)
{
    if ((turn->analysis.cues & AN_CUE_BIT(cue)) == 0)
        return NULL;
    lower_copy(turn->analysis.cue_evidence[cue].match, quote, size);
    return quote;
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

static void score_discovery(Scorer *scorer, Lowered *lowered)
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
                int asker = previous_trainee(scorer, i);
                add_reason(scorer, R_TARGET, asker >= 0 ? asker : (int)i, points,
                           "They revealed \"%s\" (%zu of %d targets): that question opened them up. "
                           "Keep asking what lies behind it.",
                           id, seen_count, target_total);
            }
            continue;
        }
        lower_copy(turn->text, lowered->text, sizeof lowered->text);
        bool open = has(turn, AN_OPEN_QUESTION), probe = has(turn, AN_PROBE);
        bool question = is_question(turn);
        if (open)
            add_reason(scorer, R_OPEN, (int)i,
                       trainee_index < EARLY_TRAINEE_TURNS ? EARLY_OPEN_POINTS : rules[R_OPEN].points,
                       trainee_index < EARLY_TRAINEE_TURNS
                           ? "An open question early in the call let them tell their story."
                           : "An open question invited them to explain in their own words.");
        if (probe)
            add_reason(scorer, R_PROBE, (int)i, rules[R_PROBE].points,
                       "You followed up on what they had just said and dug deeper.");
        if (question) {
            char quote[QUOTE_BYTES];
            const char *phrase = cue_quote(turn, AN_CUE_MOTIVE, quote, sizeof quote);
            if (phrase != NULL)
                add_reason(scorer, R_MOTIVE, (int)i, rules[R_MOTIVE].points,
                           "You asked for the motive (\"%s\"), not only the facts.", phrase);
            phrase = cue_quote(turn, AN_CUE_COST_OF_INACTION, quote, sizeof quote);
            if (phrase != NULL)
                add_reason(scorer, R_COST, (int)i, rules[R_COST].points,
                           "You asked what doing nothing would cost them (\"%s\").", phrase);
            phrase = cue_quote(turn, AN_CUE_BUYING_PROCESS, quote, sizeof quote);
            if (phrase != NULL)
                add_reason(scorer, R_PROCESS, (int)i, rules[R_PROCESS].points,
                           "You asked about how they buy (\"%s\"): who decides, who influences, "
                           "by when.",
                           phrase);
        }
        /* interrogation: the third question in a row with no probe or reflection */
        if (question && !probe && !has(turn, AN_REFLECTION)) {
            run++;
            if (run >= INTERROGATION_RUN) {
                m->interrogation_questions++;
                add_reason(scorer, R_INTERROGATION, (int)i, rules[R_INTERROGATION].points,
                           "Question %d in a row with no follow-up reads as an interrogation; "
                           "dig into their last answer before changing topic.",
                           run);
            }
        } else {
            run = 0;
        }
        if (has(turn, AN_FEATURE) && !discovered)
            add_reason(scorer, R_PITCH_EARLY, (int)i, rules[R_PITCH_EARLY].points,
                       "You pitched a feature before any discovery; ask what they want to "
                       "accomplish first, then pitch to that.");
        if (open || probe)
            discovered = true;
        trainee_index++;
    }

    if (m->questions >= 2 && m->open_ratio < cfg->open_ratio_target && cfg->open_ratio_target > 0) {
        double gap = (cfg->open_ratio_target - m->open_ratio) / cfg->open_ratio_target;
        int points = -(int)(gap * rules[R_OPEN_RATIO].cap + 0.5);
        if (points == 0)
            points = -1;
        add_reason(scorer, R_OPEN_RATIO, -1, points,
                   "Only %d of your %d questions were open (%d%%); aim for at least %d%% "
                   "what/how/why questions.",
                   m->open_questions, m->questions, (int)(m->open_ratio * 100 + 0.5),
                   (int)(cfg->open_ratio_target * 100 + 0.5));
    }
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
        for (size_t c = 0; c < prospect->cue_count && c < RUB_MAX_CUES; c++) {
            const char *id = prospect->cues[c].id;
            m->cues_offered++;
            int seen = 0;
            bool picked = false;
            size_t last = p;
            for (size_t t = next_trainee(scorer, p); t < scorer->count && seen < window && !picked;
                 t = next_trainee(scorer, t)) {
                const RubTurn *turn = &scorer->turns[t];
                seen++;
                last = t;
                for (size_t k = 0; k < turn->picked_cue_count && k < RUB_MAX_CUES; k++) {
                    if (used[t * RUB_MAX_CUES + k] || strcmp(turn->picked_cues[k], id) != 0)
                        continue;
                    used[t * RUB_MAX_CUES + k] = true;
                    picked = true;
                    break;
                }
            }
            if (picked) {
                m->cues_picked_up++;
                add_reason(scorer, R_CUE_PICKED, (int)last, rules[R_CUE_PICKED].points,
                           "You picked up their cue \"%s\" and followed it up.", id);
            } else if (seen >= window) {
                m->cues_missed++;
                add_reason(scorer, R_CUE_MISSED, (int)last, rules[R_CUE_MISSED].points,
                           "They hinted at \"%s\" and it went unexplored; next time reflect it "
                           "or ask \"tell me more about that\".",
                           id);
            }
        }
    }
    free(used);

    int reflection_run = 0;
    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee)
            continue;
        if (has(turn, AN_REFLECTION)) {
            reflection_run++;
            if (reflection_run >= REFLECTION_WINDOW)
                add_reason(scorer, R_REFLECTION_OVERUSE, (int)i,
                           rules[R_REFLECTION_OVERUSE].points,
                           "%d reflections in a row start to sound like a technique; mix in a "
                           "question or a plain answer.",
                           reflection_run);
            else
                add_reason(scorer, R_REFLECTION, (int)i, rules[R_REFLECTION].points,
                           "You gave their point back in your own words, so they felt heard.");
        } else {
            reflection_run = 0;
        }
        int words = turn_words(turn);
        if (words > cfg->max_monologue_words)
            add_reason(scorer, R_MONOLOGUE, (int)i, rules[R_MONOLOGUE].points,
                       "You spoke %d words in one go (more than %d); say less and hand the "
                       "conversation back with a question.",
                       words, cfg->max_monologue_words);
        if (has(turn, AN_SELLER_FOCUS))
            add_reason(scorer, R_SELLER_FOCUS, (int)i, rules[R_SELLER_FOCUS].points,
                       "You talked about your own situation; keep the call on their problems, "
                       "not yours.");
    }

    if (m->trainee_turns > 0) {
        int share = (int)(m->trainee_word_share * 100 + 0.5);
        int limit = (int)(cfg->max_word_share * 100 + 0.5);
        if (share <= limit && m->trainee_turns >= WORD_SHARE_MIN_TURNS)
            add_reason(scorer, R_WORD_SHARE, -1, rules[R_WORD_SHARE].points,
                       "You let them talk: you said %d%% of the words (aim for %d%% or less).",
                       share, limit);
        else if (share > limit)
            add_reason(scorer, R_WORD_SHARE, -1, -(share - limit),
                       "You said %d%% of the words; aim for %d%% or less by asking and then "
                       "letting them talk.",
                       share, limit);
    }
    if (m->you_words > m->i_words)
        add_reason(scorer, R_YOU_FOCUS, -1, rules[R_YOU_FOCUS].points,
                   "Your lines were about them (\"you\" %d times, \"I/we\" %d).", m->you_words,
                   m->i_words);
    else if (m->i_words > m->you_words)
        add_reason(scorer, R_YOU_FOCUS, -1, -rules[R_YOU_FOCUS].points,
                   "You said \"I/we\" %d times and \"you\" %d; turn your sentences towards them.",
                   m->i_words, m->you_words);
}

static void score_benefits(Scorer *scorer, Lowered *lowered, Lowered *scratch)
{
    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee)
            continue;
        const AnResult *a = &turn->analysis;
        if (has(turn, AN_FEATURE)) {
            size_t next = next_trainee(scorer, i);
            bool same = has(turn, AN_BENEFIT);
            bool bridged = same || (next < scorer->count && has(&scorer->turns[next], AN_BENEFIT));
            if (bridged)
                add_reason(scorer, R_BRIDGED, same ? (int)i : (int)next, rules[R_BRIDGED].points,
                           same ? "You bridged the feature to what they get in the same breath."
                                : "You followed the feature with what it means for them.");
            else
                add_reason(scorer, R_UNBRIDGED, (int)i, rules[R_UNBRIDGED].points,
                           "A feature with no \"so what that means for you is...\": tie it to "
                           "an outcome they told you about.");
            if (a->feature_count >= FEATURE_DUMP_MIN)
                add_reason(scorer, R_DUMP, (int)i, rules[R_DUMP].points,
                           "%d features in one line is a feature dump; pick the one that fits "
                           "their problem.",
                           a->feature_count);
        }
        if (has(turn, AN_BENEFIT)) {
            lower_copy(turn->text, lowered->text, sizeof lowered->text);
            const char *target = linked_target(scorer, i, lowered->text, scratch);
            if (target != NULL)
                add_reason(scorer, R_LINKED, (int)i, rules[R_LINKED].points,
                           "Your benefit answered something they told you (\"%s\"), in their "
                           "own terms.",
                           target);
        }
        if (a->empty_trio_count > 0)
            add_reason(scorer, R_EMPTY_TRIO, (int)i, rules[R_EMPTY_TRIO].points * a->empty_trio_count,
                       "Quality, service, reliability: everybody says them. Name the outcome "
                       "for them instead.");
        if (a->jargon_count > 0)
            add_reason(scorer, R_JARGON, (int)i, rules[R_JARGON].points * a->jargon_count,
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

    for (size_t i = 0; i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (!turn->trainee) {
            work_requested = work_requested || turn->prospect_asked_for_work;
            continue;
        }
        lower_copy(turn->text, lowered->text, sizeof lowered->text);
        if (has(turn, AN_PURPOSE) && trainee_index < PURPOSE_TURNS) {
            m->stated_purpose = true;
            add_reason(scorer, R_PURPOSE, (int)i, rules[R_PURPOSE].points,
                       "You stated the purpose of the call up front, so the ask at the end "
                       "is no surprise.");
        }
        if (has(turn, AN_NEXT_STEP)) {
            if (rub_ask_is_premature(scorer->turns, i, scorer->cfg)) {
                add_reason(scorer, R_PREMATURE, (int)i, rules[R_PREMATURE].points,
                           "You asked for the next step before earning it (fewer than %d "
                           "targets uncovered); discover more first.",
                           effective_min_targets(scorer->cfg));
            } else {
                if (!earned_ask)
                    add_reason(scorer, R_ASKED, (int)i, rules[R_ASKED].points,
                               "You asked for a next step once you had earned the right.");
                earned_ask = true;
                char quote[QUOTE_BYTES];
                const char *phrase = cue_quote(turn, AN_CUE_SPECIFIC, quote, sizeof quote);
                if (phrase != NULL || (turn->analysis.cues & AN_CUE_BIT(AN_CUE_NUMBER)) != 0)
                    add_reason(scorer, R_SPECIFIC, (int)i, rules[R_SPECIFIC].points,
                               "Your next step was concrete (%s%s%s).",
                               phrase != NULL ? "\"" : "a number", phrase != NULL ? phrase : "",
                               phrase != NULL ? "\"" : "");
                if (offers_choice(lowered->text))
                    add_reason(scorer, R_CHOICE, (int)i, rules[R_CHOICE].points,
                               "You offered a choice of next steps, which is easy to say yes to.");
                /* quid pro quo: the earned ask answers their request for work
                 * (right away, or after the discovery that earned it) */
                if (work_requested)
                    add_reason(scorer, R_QUID_PRO_QUO, (int)i, rules[R_QUID_PRO_QUO].points,
                               "They asked you for work and you asked for a commitment in "
                               "return: quid pro quo.");
                work_requested = false;
            }
        } else {
            char quote[QUOTE_BYTES];
            const char *phrase = cue_quote(turn, AN_CUE_VAGUE_ENDING, quote, sizeof quote);
            if (phrase != NULL)
                add_reason(scorer, R_VAGUE, (int)i, rules[R_VAGUE].points,
                           "\"%s...\" leaves the next step to them; propose a day, a person or "
                           "a deliverable instead.",
                           phrase);
        }
        trainee_index++;
    }
    if (m->trainee_turns > 0 && m->next_step_asks == 0)
        add_reason(scorer, R_NEVER_ASKED, -1, rules[R_NEVER_ASKED].points,
                   "You never asked for a next step; once you have earned it, propose one "
                   "(who, what, when).");
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
                add_reason_skill(scorer, R_AUTHOR, (RubSkill)s, (int)i, points,
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
        if (has(turn, AN_OPEN_QUESTION) || has(turn, AN_CLOSED_QUESTION) ||
            (has(turn, AN_PROBE)))
            m->questions++;
        if (has(turn, AN_PROBE))
            m->probes++;
        if (has(turn, AN_REFLECTION))
            m->reflections++;
        if (has(turn, AN_FEATURE)) {
            m->features++;
            size_t next = next_trainee(scorer, i);
            if (has(turn, AN_BENEFIT) || (next < scorer->count && has(&scorer->turns[next], AN_BENEFIT)))
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
        if (has(turn, AN_NEXT_STEP)) {
            m->next_step_asks++;
            if (m->first_next_step_turn < 0)
                m->first_next_step_turn = (int)i;
            if (rub_ask_is_premature(scorer->turns, i, scorer->cfg))
                m->premature_asks++;
        }
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
    /* Two lowered lines on the heap keep the stack small. */
    Lowered *lowered = malloc(2 * sizeof *lowered);
    if (lowered == NULL)
        return COACH_ENOMEM;

    compute_metrics(&scorer);
    if (scores->metrics.trainee_turns > 0) {
        score_discovery(&scorer, &lowered[0]);
        score_listening(&scorer);
        score_benefits(&scorer, &lowered[0], &lowered[1]);
        score_next_step(&scorer, &lowered[0]);
        score_author_points(&scorer);
    }
    free(lowered);
    if (scorer.error != 0) {
        scores->count = 0;
        return scorer.error;
    }
    sort_reasons(scores);

    if (scores->metrics.trainee_turns == 0)
        return 0;
    double weighted = 0, weight_sum = 0;
    for (int s = 0; s < RUB_SKILL_COUNT; s++) {
        int value = skill_bases[s] + scorer.sum[s];
        scores->scores[s] = value < 0 ? 0 : value > 100 ? 100 : value;
        double weight = cfg->weights[s] > 0 ? cfg->weights[s] : 0;
        weighted += weight * scores->scores[s];
        weight_sum += weight;
    }
    if (weight_sum <= 0) {
        weighted = 0;
        for (int s = 0; s < RUB_SKILL_COUNT; s++)
            weighted += scores->scores[s];
        weight_sum = RUB_SKILL_COUNT;
    }
    scores->overall = (int)(weighted / weight_sum + 0.5);
    return 0;
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
