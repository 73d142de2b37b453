/* rubric_evidence: what the four skills read in the turns: a reason added
 * with its rule's cap, what a trainee line does (asks a question, asks for
 * a commitment, offers a choice, quotes a cue), which targets were revealed
 * and which earlier revelation a benefit links to. */
#include "rubric.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rubric_internal.h"

/* Content words (5+ letters, compared on their first 5) a benefit must share
 * with a revealing prospect line to count as linked to that target. */
enum { LINK_PREFIX = 5 };

/* Frequent 5+-letter words that carry no meaning for target links. */
static const char *const link_stopwords[] = {
    "about", "there", "their", "would", "could", "should", "which", "these", "those",
    "where", "think", "really", "thing", "going", "that's", "what's", "you're", "we're",
    "they're", "other", "being", "because", "right", "little", "actually", "maybe",
    "still", "every", "something", "things", "people", "getting", "great", "today",
    "though", "always", "never", "first", "again", "pretty", "quite", "anything",
    "everything", "doesn't", "didn't", "haven't", "having", "doing", "make", NULL};
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
void rub_add_reason_skill(Scorer *scorer, RuleId rule, RubSkill skill, int turn, int points,
                          const char *match, const char *format, ...)
{
    if (scorer->error != 0 || points == 0)
        return;
    int cap = rub_rules[rule].cap;
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
    snprintf(reason->rule, sizeof reason->rule, "%s", rub_rules[rule].id);
    va_list args;
    va_start(args, format);
    vsnprintf(reason->text, sizeof reason->text, format, args);
    va_end(args);
    for (int i = 0; turn >= 0 && i <= turn && (size_t)i < scorer->count; i++)
        reason->line += scorer->turns[i].trainee ? 1 : 0;
    if (turn >= 0 && (size_t)turn < scorer->count && scorer->turns[turn].trainee) {
        const char *line = scorer->turns[turn].text != NULL ? scorer->turns[turn].text : "";
        copy_cut(line, reason->quote, sizeof reason->quote);
        /* the words as the trainee typed them, found whatever their case */
        size_t length = match != NULL ? strlen(match) : 0;
        /* a long match the analyser cut ("Say the mortgage offer isn't there by then and ... where
         * does tha...") is found by the words it kept */
        if (length > 3 && strcmp(match + length - 3, "...") == 0) {
            length -= 3;
            while (length > 0 && match[length - 1] != ' ')
                length--; /* to the last whole word */
            while (length > 0 && match[length - 1] == ' ')
                length--;
        }
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


bool rub_has(const RubTurn *turn, AnLabel label)
{
    return turn->trainee && (turn->analysis.labels & AN_BIT(label)) != 0;
}

bool rub_is_question(const RubTurn *turn)
{
    return rub_has(turn, AN_OPEN_QUESTION) || rub_has(turn, AN_CLOSED_QUESTION) || rub_has(turn, AN_PROBE);
}

int rub_turn_words(const RubTurn *turn)
{
    if (turn->words > 0)
        return turn->words;
    if (turn->trainee && turn->analysis.words > 0)
        return turn->analysis.words;
    return 0;
}

/* Lower-cases text into buffer (ASCII; the typographic apostrophe becomes
 * '), cut to size. */
void rub_lower_copy(const char *text, char *buffer, size_t size)
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
const char *rub_cue_match(const RubTurn *turn, AnCue cue)
{
    if ((turn->analysis.cues & AN_CUE_BIT(cue)) == 0 || turn->analysis.cue_evidence[cue].match[0] == '\0')
        return NULL;
    return turn->analysis.cue_evidence[cue].match;
}

int rub_cue_clause(const RubTurn *turn, AnCue cue)
{
    const char *match = rub_cue_match(turn, cue);
    const AnResult *a = &turn->analysis;
    if (match == NULL || turn->text == NULL || a->clause_count == 0)
        return -1;
    const char *at = rub_find_words(turn->text, match);
    if (at == NULL)
        return -1;
    unsigned offset = (unsigned)(at - turn->text);
    for (size_t c = 0; c < a->clause_count && c < AN_MAX_CLAUSES; c++)
        if (offset >= a->clauses[c].start && offset < a->clauses[c].end)
            return (int)c;
    return -1;
}

bool rub_cue_asked(const RubTurn *turn, AnCue cue)
{
    if (!rub_is_question(turn))
        return false;
    const AnResult *a = &turn->analysis;
    int clause = rub_cue_clause(turn, cue);
    if (clause < 0 || a->clause_count < 2)
        return true;
    unsigned asked = AN_BIT(AN_OPEN_QUESTION) | AN_BIT(AN_CLOSED_QUESTION) | AN_BIT(AN_PROBE);
    unsigned labels = a->clauses[clause].labels;
    return (labels & asked) != 0 && (labels & AN_BIT(AN_FEATURE)) == 0;
}

/* The words of turn that earned a label (its first evidence), as typed, or
 * NULL. */
const char *rub_label_match(const RubTurn *turn, AnLabel label)
{
    for (size_t e = 0; e < turn->analysis.evidence_count && e < AN_MAX_EVIDENCE; e++)
        if (turn->analysis.evidence[e].label == label && turn->analysis.evidence[e].match[0] != '\0')
            return turn->analysis.evidence[e].match;
    return NULL;
}

/* The first question's words in turn (open, probe, closed), or NULL. */
const char *rub_question_match(const RubTurn *turn)
{
    const char *match = rub_label_match(turn, AN_OPEN_QUESTION);
    if (match == NULL)
        match = rub_label_match(turn, AN_PROBE);
    if (match == NULL)
        match = rub_label_match(turn, AN_CLOSED_QUESTION);
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


/* The next word of a space-separated list at *at: its start, its length in
 * *length (0 at the end), and *at moved past it. */
static const char *next_word(const char **at, size_t *length)
{
    const char *w = *at;
    while (*w == ' ')
        w++;
    size_t n = 0;
    while (w[n] != '\0' && w[n] != ' ')
        n++;
    *length = n;
    *at = w + n;
    return w;
}

/* Whether word (length bytes of a prospect line) is one of a cue's words:
 * the same word, or one that starts with a cue word of four letters or more
 * ("feeds" for "feed"). */
static bool cue_word(const char *word, size_t length, const char *words)
{
    for (const char *at = words; at != NULL && *at != '\0';) {
        size_t n;
        const char *w = next_word(&at, &n);
        if (n > 0 && (n == length || (n >= 4 && n < length)) && strncasecmp(word, w, n) == 0)
            return true;
    }
    return false;
}

/* The words the prospect dropped a cue in, as they said them: the longest
 * run of its words in their line that holds a word of its id ("night
 * feeds" for give_feeds, "told the board" for told_board), with at most one
 * short word between two of them; false when there is none. */
static bool cue_said(const RubCue *cue, const char *said, char *out, size_t size)
{
    /* the id's words that are cue words (not the author's tag): the run
     * must hold one of them */
    char all[RUB_ID_BYTES + 8], id_words[RUB_ID_BYTES + 8];
    rub_id_words(cue->id, all, sizeof all);
    size_t used = 0;
    id_words[0] = '\0';
    for (const char *at = all; *at != '\0';) {
        size_t n;
        const char *w = next_word(&at, &n);
        if (n > 0 && cue_word(w, n, cue->words) && used + n + 2 < sizeof id_words)
            used += (size_t)snprintf(id_words + used, sizeof id_words - used, "%.*s ", (int)n, w);
    }
    static const char *const joins[] = {"of", "on", "the", "my", "our", "his", "her", "your", "and", "a", NULL};
    const char *best = NULL;
    size_t best_length = 0;
    int best_count = 0, best_named = 0;
    for (const char *p = said; p != NULL && *p != '\0';) {
        if (!isalnum((unsigned char)*p)) {
            p++;
            continue;
        }
        /* a run from this word on */
        const char *q = p, *end = NULL;
        int count = 0, named = 0;
        bool join_pending = false;
        while (*q != '\0') {
            const char *w = q;
            while (isalnum((unsigned char)*q) || *q == '\'')
                q++;
            size_t n = (size_t)(q - w);
            /* "dad's" is "dad" */
            size_t stem = n > 2 && w[n - 2] == '\'' && (w[n - 1] == 's' || w[n - 1] == 'S') ? n - 2 : n;
            bool of_id = stem > 0 && cue_word(w, stem, id_words);
            if (of_id || (stem > 0 && cue_word(w, stem, cue->words))) {
                count++;
                named += of_id;
                end = q;
                join_pending = false;
            } else {
                bool join = false;
                for (size_t j = 0; joins[j] != NULL && !join; j++)
                    join = strlen(joins[j]) == n && strncasecmp(w, joins[j], n) == 0;
                if (!join || join_pending || count == 0)
                    break;
                join_pending = true;
            }
            if (*q != ' ')
                break; /* a comma or a full stop ends the run */
            q++;
        }
        if (named > 0 && (named > best_named || (named == best_named && count > best_count))) {
            best = p;
            best_length = (size_t)(end - p);
            best_count = count;
            best_named = named;
        }
        while (isalnum((unsigned char)*p) || *p == '\'')
            p++;
    }
    /* one word that is no name says less than the id: "take" */
    if (best == NULL || (best_count == 1 && !isupper((unsigned char)best[0])))
        return false;
    snprintf(out, size, "%.*s", (int)best_length, best);
    return true;
}

/* Whether every word of a cue's id is one of its words ("tom_says": yes;
 * "give_feeds", "lena_hint": the author's tag word is none). */
static bool id_is_cue_words(const RubCue *cue)
{
    char id_words[RUB_ID_BYTES + 8];
    rub_id_words(cue->id, id_words, sizeof id_words);
    for (const char *at = id_words; *at != '\0';) {
        size_t n;
        const char *w = next_word(&at, &n);
        if (n > 0 && !cue_word(w, n, cue->words))
            return false;
    }
    return true;
}

/* Whether the words of a cue's id are said in the prospect's line, each
 * within three words of the one before ("eleven days", "her call", "runs
 * without me"), apostrophes aside ("didnt take"). */
static bool id_said(const RubCue *cue, const char *said)
{
    char id_words[RUB_ID_BYTES + 8];
    rub_id_words(cue->id, id_words, sizeof id_words);
    /* the line's words, letters and digits only, lowered */
    enum { MAX_WORDS = 128, WORD_BYTES = 24 };
    char words[MAX_WORDS][WORD_BYTES];
    size_t count = 0;
    for (const char *p = said; p != NULL && *p != '\0' && count < MAX_WORDS;) {
        if (!isalnum((unsigned char)*p)) {
            p++;
            continue;
        }
        size_t n = 0;
        for (; isalnum((unsigned char)*p) || *p == '\''; p++)
            if (*p != '\'' && n + 1 < WORD_BYTES)
                words[count][n++] = (char)tolower((unsigned char)*p);
        words[count++][n] = '\0';
    }
    for (size_t start = 0; start < count; start++) {
        size_t at = start;
        bool all = true, first = true;
        for (const char *next = id_words; *next != '\0' && all;) {
            size_t n;
            const char *w = next_word(&next, &n);
            if (n == 0)
                break;
            bool found = false;
            size_t from = first ? start : at + 1, to = first ? start + 1 : at + 4;
            for (size_t k = from; k < to && k < count && !found; k++)
                if (strlen(words[k]) == n && strncasecmp(words[k], w, n) == 0) {
                    found = true;
                    at = k;
                }
            all = found;
            first = false;
        }
        if (all)
            return true;
    }
    return false;
}

/* Whether id word a (length n) names id word b (length m): the same word,
 * or one starts the other and has four letters or more ("audit",
 * "auditor"). */
static bool id_word_names(const char *a, size_t n, const char *b, size_t m)
{
    size_t shorter = n < m ? n : m;
    return n > 0 && m > 0 && (n == m || shorter >= 4) && strncasecmp(a, b, shorter) == 0;
}

/* Whether every word of id words a names a word of id words b. */
static bool id_words_within(const char *a, const char *b)
{
    for (const char *at = a; *at != '\0';) {
        size_t n;
        const char *w = next_word(&at, &n);
        if (n == 0)
            break;
        bool found = false;
        for (const char *in = b; *in != '\0' && !found;) {
            size_t m;
            const char *v = next_word(&in, &m);
            found = m > 0 && id_word_names(w, n, v, m);
        }
        if (!found)
            return false;
    }
    return true;
}

bool rub_same_cue(const char *a, const char *b)
{
    if (strcmp(a, b) == 0)
        return true;
    char a_words[RUB_ID_BYTES + 8], b_words[RUB_ID_BYTES + 8];
    rub_id_words(a, a_words, sizeof a_words);
    rub_id_words(b, b_words, sizeof b_words);
    if (a_words[0] == '\0' || b_words[0] == '\0')
        return false;
    return id_words_within(a_words, b_words) || id_words_within(b_words, a_words);
}

/* The trainee's name of a cue: its label; else its id in words when they
 * are all words of the cue or said as a phrase in their line; else (the id holds a tag of the author's,
 * "give_feeds", "lena_hint") the words the prospect dropped it in (said:
 * their line): "night feeds", "Lena"; else its id in words. */
const char *rub_cue_name(const RubCue *cue, const char *said, char *out, size_t size)
{
    if (cue->label != NULL && cue->label[0] != '\0')
        copy_cut(cue->label, out, size);
    else if (id_is_cue_words(cue) || id_said(cue, said) || !cue_said(cue, said, out, size))
        rub_id_words(cue->id, out, size);
    return out;
}

/* The trainee's name of target id: the label a prospect turn carried for it,
 * or the id in words. */
const char *rub_target_name(const Scorer *scorer, const char *id, char *out, size_t size)
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
const char *rub_clause_text(const RubTurn *turn, int clause, size_t *length)
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

/* Where text names a day or a time of day ("Tuesday", "tomorrow",
 * "morning", "3pm", "at 4"), the concrete part of an ask that a length ("for
 * an hour") is not; NULL when it names none. *length gets the words' length. */
const char *rub_names_day(const char *text, size_t *length)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "tomorrow", "morning", "afternoon",
                                       "evening", "o'clock", "noon", NULL};
    for (const char *p = text; *p != '\0'; p++) {
        for (size_t d = 0; days[d] != NULL; d++)
            if (strncasecmp(p, days[d], strlen(days[d])) == 0) {
                *length = strlen(days[d]);
                return p;
            }
        if (!isdigit((unsigned char)*p) || (p > text && isdigit((unsigned char)p[-1])))
            continue;
        const char *q = p;
        while (isdigit((unsigned char)*q) || *q == ':' || *q == '.')
            q++;
        const char *end = q;
        while (*q == ' ')
            q++;
        if (strncasecmp(q, "am", 2) == 0 || strncasecmp(q, "pm", 2) == 0) {
            *length = (size_t)(q + 2 - p);
            return p;
        }
        if (p >= text + 3 && strncasecmp(p - 3, "at ", 3) == 0) {
            *length = (size_t)(end - p);
            return p;
        }
    }
    return NULL;
}

bool rub_offers_choice(const char *lowered)
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

bool rub_id_in(const char (*ids)[RUB_ID_BYTES], size_t count, const char *id)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(ids[i], id) == 0)
            return true;
    return false;
}

/* Counts the distinct targets revealed in turns[0..count); fills seen (up to
 * RUB_MAX_TARGETS) when not NULL. */
/* Adds the targets a prospect line revealed that are not yet among the
 * first found of seen; returns how many are there now. */
static size_t add_revealed(const RubTurn *turn, char (*seen)[RUB_ID_BYTES], size_t found)
{
    for (size_t r = 0; r < turn->revealed_count && r < RUB_MAX_TARGETS; r++) {
        if (turn->revealed[r][0] == '\0' || rub_id_in(seen, found, turn->revealed[r]))
            continue;
        if (found < RUB_MAX_TARGETS) {
            snprintf(seen[found], RUB_ID_BYTES, "%s", turn->revealed[r]);
            found++;
        }
    }
    return found;
}

size_t rub_distinct_targets(const RubTurn *turns, size_t count,
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
        found = add_revealed(turn, seen, found);
    }
    return found;
}

size_t rub_earning_targets(const RubTurn *turns, size_t count)
{
    char seen[RUB_MAX_TARGETS][RUB_ID_BYTES];
    size_t found = 0;
    const RubTurn *asked = NULL; /* the trainee line the prospect answers */
    bool asked_for = false;      /* a target told to a line that was no pitch */
    for (size_t i = 0; i < count; i++) {
        const RubTurn *turn = &turns[i];
        if (turn->trainee) {
            asked = turn;
            continue;
        }
        /* told in reply to a pitch (a feature or benefit line with no open
         * question or probe of theirs in it) before anything they were
         * asked for: the pitcher's "Would a fixed rate help you sleep
         * better?". Once discovery has got going, a pitch that fits what
         * they said ("oh we do case barcodes too, would that help?") keeps
         * the conversation going and what it is told counts. */
        bool pitch = asked != NULL && (rub_has(asked, AN_FEATURE) || rub_has(asked, AN_BENEFIT)) &&
                     !rub_has(asked, AN_OPEN_QUESTION) && !rub_has(asked, AN_PROBE);
        if (pitch && !asked_for)
            continue;
        asked_for = asked_for || (!pitch && turn->revealed_count > 0);
        found = add_revealed(turn, seen, found);
    }
    return found;
}

bool rub_ask_unearned(const RubTurn *turns, size_t index, const RubConfig *cfg)
{
    RubConfig defaults;
    cfg = rub_config_or_defaults(cfg, &defaults);
    if (turns == NULL)
        index = 0;
    return (int)rub_earning_targets(turns, index) < rub_effective_min_targets(cfg);
}

int rub_effective_min_targets(const RubConfig *cfg)
{
    int needed = cfg->min_targets_before_ask;
    if (cfg->target_count < needed)
        needed = cfg->target_count;
    return needed < 0 ? 0 : needed;
}

bool rub_ask_is_premature(const RubTurn *turns, size_t count, const RubConfig *cfg)
{
    RubConfig defaults;
    cfg = rub_config_or_defaults(cfg, &defaults);
    if (turns == NULL)
        count = 0;
    return (int)rub_distinct_targets(turns, count, NULL) < rub_effective_min_targets(cfg);
}

/* Index of the next trainee turn after index, or count. */
size_t rub_next_trainee(const Scorer *scorer, size_t index)
{
    for (size_t i = index + 1; i < scorer->count; i++)
        if (scorer->turns[i].trainee)
            return i;
    return scorer->count;
}

/* Index of the trainee turn before index, or -1. */
int rub_previous_trainee(const Scorer *scorer, size_t index)
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
const char *rub_linked_target(const Scorer *scorer, size_t index, const char *lowered_line,
                              Lowered *scratch, const char (*skip)[RUB_ID_BYTES], size_t skip_count,
                              int min_shared)
{
    const RubTurn *line = &scorer->turns[index];
    char seen[RUB_MAX_TARGETS][RUB_ID_BYTES];
    size_t found = rub_distinct_targets(scorer->turns, index, seen);
    /* of the session's links, the one whose words the line shares most:
     * the target's own words (its keys) first, then the words of the line
     * that revealed it ("take the Sunday shoebox off your hands" answers the
     * Sunday books before the daughter's legacy it also touches; "If we
     * fixed the rate..., your payment would stay the same whatever the
     * headlines do, so you'd know the number before she arrives" shares
     * rate and payment with the rate rise, one word each with her childhood
     * moves and her dad's numbers: r23 homebuyer_rates skilled 10) */
    const char *best = NULL;
    int best_keys = -1, best_shared = -1;
    for (size_t l = 0; l < line->linked_target_count && l < RUB_MAX_TARGETS; l++) {
        if (!rub_id_in(seen, found, line->linked_targets[l]) || rub_id_in(skip, skip_count, line->linked_targets[l]))
            continue;
        int keys = line->linked_shared[l];
        int shared = rub_target_words_shared(scorer, index, line->linked_targets[l], lowered_line, scratch);
        if (keys > best_keys || (keys == best_keys && shared > best_shared)) {
            best = line->linked_targets[l];
            best_keys = keys;
            best_shared = shared;
        }
    }
    if (best != NULL)
        return best;
    for (size_t i = 0; i < index; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (turn->trainee || turn->revealed_count == 0 || rub_id_in(skip, skip_count, turn->revealed[0]))
            continue;
        rub_lower_copy(turn->text, scratch->text, sizeof scratch->text);
        if (shared_content_words(lowered_line, scratch->text) >= min_shared)
            return turn->revealed[0];
    }
    return NULL;
}

/* How many of the items the analyser counted after a subject-verb feature
 * ("Our sensors pick up..., so you'd fix it on a weekday..., and Harlow
 * gets its deliveries on time": one item a comma) start at or after the
 * line's first benefit words: what the feature gives them, no feature. */
static int items_after_outcome(const RubTurn *line)
{
    const AnResult *a = &line->analysis;
    const char *text = line->text, *feature = NULL, *outcome = NULL;
    if (text == NULL)
        return 0;
    for (size_t e = 0; e < a->evidence_count && e < AN_MAX_EVIDENCE; e++) {
        const char *match = a->evidence[e].match;
        const char *at = rub_find_words(text, match);
        if (at == NULL)
            continue;
        if (a->evidence[e].label == AN_FEATURE && feature == NULL &&
            (strcmp(a->evidence[e].rule, "feature.seller_verb") == 0 ||
             strcmp(a->evidence[e].rule, "feature.thing_verb") == 0))
            feature = at;
        if (a->evidence[e].label == AN_BENEFIT && (outcome == NULL || at < outcome))
            outcome = at;
    }
    if (feature == NULL || outcome == NULL || outcome <= feature)
        return 0;
    int items = 0;
    for (const char *p = feature; *p != '\0'; p++) {
        if ((*p == '.' || *p == '?' || *p == '!') && (p[1] == '\0' || p[1] == ' '))
            break; /* the sentence ends: the analyser counts items in it */
        if (*p != ',')
            continue;
        const char *next = p + 1;
        while (*next == ' ')
            next++;
        items += next >= outcome;
    }
    return items;
}

/* Whether a prospect line asks the seller about what they offer: a
 * question with a wh-word and the seller's side in it ("So go on, then: how
 * long would yours really take?", "who would I be dealing with after
 * you've gone?", "what does your system do?"); "Where do you want me to
 * start?" asks nothing of the offer. The features that answer it are asked
 * for. */
static bool asks_of_the_offer(const char *lowered)
{
    static const char *const wh[] = {"how", "who", "what", "which", "when", "where", NULL};
    static const char *const theirs[] = {"yours", "your", "you've", "you'll", "you'd", "would i", "will i", NULL};
    const char *sentence = lowered;
    for (const char *p = lowered; *p != '\0'; p++) {
        if (*p != '.' && *p != '?' && *p != '!')
            continue;
        bool has_wh = false, has_theirs = false;
        for (const char *w = sentence; *p == '?' && w < p; w++) {
            if (w > sentence && isalpha((unsigned char)w[-1]))
                continue;
            for (size_t k = 0; wh[k] != NULL; k++) {
                size_t n = strlen(wh[k]);
                if (w + n <= p && strncmp(w, wh[k], n) == 0 && !isalpha((unsigned char)w[n]) && w[n] != '\'')
                    has_wh = true;
            }
            for (size_t k = 0; theirs[k] != NULL; k++) {
                size_t n = strlen(theirs[k]);
                if (w + n <= p && strncmp(w, theirs[k], n) == 0 && !isalpha((unsigned char)w[n]) && w[n] != '\'')
                    has_theirs = true;
            }
        }
        if (has_wh && has_theirs)
            return true;
        sentence = p + 1;
    }
    return false;
}

int rub_unasked_features(const Scorer *scorer, size_t index, Lowered *scratch)
{
    const RubTurn *line = &scorer->turns[index];
    const AnResult *a = &line->analysis;
    /* features, not the items of what they give: the outcome's clauses after
     * the feature are no more features */
    int unasked = a->feature_count - items_after_outcome(line);
    for (size_t e = 0; e < a->evidence_count && e < AN_MAX_EVIDENCE; e++) {
        if (a->evidence[e].label != AN_FEATURE || strcmp(a->evidence[e].rule, "term.feature") != 0)
            continue;
        char words[AN_MATCH_BYTES];
        rub_lower_copy(a->evidence[e].match, words, sizeof words);
        for (size_t i = 0; i < index; i++) {
            const RubTurn *turn = &scorer->turns[i];
            if (turn->trainee || turn->text == NULL)
                continue;
            rub_lower_copy(turn->text, scratch->text, sizeof scratch->text);
            if (shared_content_words(words, scratch->text) >= 1) {
                unasked--;
                break;
            }
        }
    }
    /* what answers the question they just asked ("How long would yours
     * really take? And who would I be dealing with?") is asked for; what
     * they just named as their need, given back ("The warning reaches
     * whoever's on shift, not an inbox, and the vendor is still around after
     * the install", a target they told), is theirs: each word of it the
     * line says is one item fewer of the list */
    for (size_t i = index; i-- > 0;) {
        const RubTurn *turn = &scorer->turns[i];
        if (turn->trainee)
            break;
        if (turn->text == NULL)
            continue;
        rub_lower_copy(turn->text, scratch->text, sizeof scratch->text);
        if (asks_of_the_offer(scratch->text))
            return 0;
        /* their need, told to an open question of the seller's that was no
         * pitch ("What would need to be different this time?") */
        bool asked = false;
        for (size_t j = i; j-- > 0 && !asked;)
            if (scorer->turns[j].trainee) {
                asked = rub_has(&scorer->turns[j], AN_OPEN_QUESTION) && !rub_has(&scorer->turns[j], AN_FEATURE) &&
                        !rub_has(&scorer->turns[j], AN_BENEFIT);
                break;
            }
        if (asked) {
            char said[sizeof scratch->text];
            rub_lower_copy(scorer->turns[index].text != NULL ? scorer->turns[index].text : "", said, sizeof said);
            unasked -= shared_content_words(said, scratch->text);
        }
        break;
    }
    return unasked;
}

int rub_target_words_shared(const Scorer *scorer, size_t index, const char *id, const char *lowered_line,
                            Lowered *scratch)
{
    for (size_t i = 0; i < index && i < scorer->count; i++) {
        const RubTurn *turn = &scorer->turns[i];
        if (turn->trainee || turn->text == NULL || !rub_id_in(turn->revealed, turn->revealed_count, id))
            continue;
        rub_lower_copy(turn->text, scratch->text, sizeof scratch->text);
        return shared_content_words(lowered_line, scratch->text);
    }
    return 0;
}
