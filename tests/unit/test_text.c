/* Tests for the text pipeline (engine/core/text.c). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "error.h"
#include "text.h"

static TxText text; /* ~60 KiB: keep it off the stack */

static TxMap *map_of(const char *const *pairs, size_t count)
{
    TxMap *map = tx_map_create();
    REQUIRE(map != NULL);
    for (size_t i = 0; i < count; i += 2)
        REQUIRE(tx_map_put(map, pairs[i], strlen(pairs[i]), 1, pairs[i + 1]) == COACH_OK);
    return map;
}

typedef struct Rules {
    TxMap *words, *suffixes, *s_is, *stopwords;
    TxRules rules;
} Rules;

static void rules_init(Rules *r)
{
    static const char *const words[] = {"won't", "will not", "whats", "what is", "dont", "do not"};
    static const char *const suffixes[] = {"n't", "not", "'d", "would", "'s", "is", "'re", "are", "'m", "am"};
    static const char *const s_is[] = {"it", NULL, "what", NULL, "that", NULL};
    static const char *const stopwords[] = {"the", NULL, "is", NULL, "a", NULL, "what", NULL};
    r->words = map_of(words, 6);
    r->suffixes = map_of(suffixes, 10);
    r->s_is = map_of(s_is, 6);
    r->stopwords = map_of(stopwords, 8);
    r->rules.word_expansions = r->words;
    r->rules.suffix_expansions = r->suffixes;
    r->rules.s_is = r->s_is;
    r->rules.stopwords = r->stopwords;
}

static void rules_deinit(Rules *r)
{
    tx_map_destroy(r->words);
    tx_map_destroy(r->suffixes);
    tx_map_destroy(r->s_is);
    tx_map_destroy(r->stopwords);
}

/* The folded words of text, space-separated. */
static const char *words_of(const TxText *t)
{
    static char buffer[8192];
    size_t used = 0;
    buffer[0] = '\0';
    for (size_t i = 0; i < t->token_count && used + 64 < sizeof buffer; i++)
        used += (size_t)snprintf(buffer + used, sizeof buffer - used, "%s%s", i ? " " : "", tx_norm(t, &t->tokens[i]));
    return buffer;
}

static bool valid_utf8(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        if (n == 0 || i + n > len)
            return false;
        for (size_t k = 1; k < n; k++)
            if (((unsigned char)s[i + k] & 0xC0) != 0x80)
                return false;
        i += n;
    }
    return true;
}

TEST(text_folds_case_and_strips_accents)
{
    char out[64];
    size_t n = tx_fold("\xC3\x89" "COLE Stra\xC3\x9F" "e \xEF\xAC\x81" "le", strlen("\xC3\x89" "COLE Stra\xC3\x9F" "e \xEF\xAC\x81" "le"), out, sizeof out);
    CHECK_STR(out, "ecole strasse file");
    CHECK_INT(n, strlen("ecole strasse file"));
}

TEST(text_writes_contractions_out)
{
    Rules r;
    rules_init(&r);
    const char *line = "Whats up, I'd say it's fine but they don't and we won't";
    tx_build(&text, line, strlen(line), &r.rules, NULL);
    CHECK_STR(words_of(&text), "what is up i would say it is fine but they do not and we will not");
    CHECK_INT(text.words, 12);
    rules_deinit(&r);
}

TEST(text_treats_curly_apostrophe_like_straight)
{
    Rules r;
    rules_init(&r);
    const char *line = "what\xE2\x80\x99s the plan";
    tx_build(&text, line, strlen(line), &r.rules, NULL);
    CHECK_STR(words_of(&text), "what is the plan");
    rules_deinit(&r);
}

TEST(text_drops_possessive_s_and_marks_it)
{
    Rules r;
    rules_init(&r);
    const char *line = "my wife's family";
    tx_build(&text, line, strlen(line), &r.rules, NULL);
    CHECK_STR(words_of(&text), "my wife family");
    REQUIRE(text.token_count == 3);
    CHECK((text.tokens[1].flags & TX_DROPPED_S) != 0);
    rules_deinit(&r);
}

TEST(text_splits_sentences_at_stops_marks_and_dashes)
{
    const char *line = "Hi there. How are you? Fine \xE2\x80\x94 thanks; switching gears for a sec - why not";
    tx_build(&text, line, strlen(line), NULL, NULL);
    CHECK_INT(text.sentence_count, 6); /* hi there | how are you | fine | thanks | switching... | why not */
    CHECK(!text.sentences[0].question_mark);
    CHECK(text.sentences[1].question_mark);
    CHECK_INT(text.sentences[4].count, 5);
    CHECK_INT(text.sentences[5].count, 2);
}

TEST(text_moves_a_question_mark_after_dots_to_the_sentence)
{
    const char *line = "you mean the old one...?";
    tx_build(&text, line, strlen(line), NULL, NULL);
    CHECK_INT(text.sentence_count, 1);
    CHECK(text.sentences[0].question_mark);
}

TEST(text_keeps_hyphenated_words_in_one_sentence)
{
    const char *line = "back-to-back calls";
    tx_build(&text, line, strlen(line), NULL, NULL);
    CHECK_INT(text.sentence_count, 1);
    CHECK_STR(words_of(&text), "back to back calls");
}

TEST(text_keeps_numbers_times_and_ordinals_whole)
{
    const char *line = "99.95% uptime, 1,200 strokes, the 3rd at 2pm or 10:30";
    tx_build(&text, line, strlen(line), NULL, NULL);
    CHECK_STR(words_of(&text), "99.95 uptime 1,200 strokes the 3rd at 2pm or 10:30");
    CHECK((text.tokens[0].flags & TX_NUMBER) != 0);
    CHECK((text.tokens[5].flags & TX_ORDINAL) != 0);
    CHECK((text.tokens[7].flags & TX_CLOCK) != 0);
    CHECK((text.tokens[9].flags & TX_CLOCK) != 0);
}

TEST(text_marks_words_after_commas)
{
    const char *line = "if I do, can we";
    tx_build(&text, line, strlen(line), NULL, NULL);
    CHECK((text.tokens[3].flags & TX_AFTER_COMMA) != 0);
    CHECK((text.tokens[2].flags & TX_AFTER_COMMA) == 0);
}

TEST(text_replaces_invalid_bytes_and_control_characters)
{
    const char line[] = "ab\xFF\x00" "cd\x01" "ef\xED\xA0\x80" "gh";
    tx_build(&text, line, sizeof line - 1, NULL, NULL);
    CHECK(text.invalid_utf8);
    CHECK_STR(words_of(&text), "ab cd ef gh");
    CHECK(valid_utf8(text.source, text.source_len));
    CHECK(memchr(text.source, '\0', text.source_len) == NULL);
}

TEST(text_cuts_long_lines_on_a_character_boundary)
{
    size_t len = 2001 * 2; /* "é" is two bytes: 4002 bytes */
    char *line = malloc(len);
    REQUIRE(line != NULL);
    for (size_t i = 0; i < len; i += 2) {
        line[i] = (char)0xC3;
        line[i + 1] = (char)0xA9;
    }
    tx_build(&text, line, len, NULL, NULL);
    CHECK(text.truncated);
    CHECK(!text.invalid_utf8);
    CHECK(text.source_len <= TX_MAX_BYTES);
    CHECK(valid_utf8(text.source, text.source_len));
    free(line);
}

TEST(text_ignores_tokens_beyond_its_capacity)
{
    size_t len = 3999;
    char *line = malloc(len);
    REQUIRE(line != NULL);
    for (size_t i = 0; i < len; i++)
        line[i] = (i % 2 == 0) ? 'a' : ' ';
    tx_build(&text, line, len, NULL, NULL);
    CHECK_INT(text.token_count, TX_MAX_TOKENS);
    CHECK(text.token_overflow);
    CHECK_INT(text.words, 2000);
    free(line);
}

TEST(text_stems_with_snowball_but_not_stopwords)
{
    Rules r;
    rules_init(&r);
    TxStemmer *stemmer = tx_stemmer_create();
    REQUIRE(stemmer != NULL);
    const char *line = "the operators were running calls";
    tx_build(&text, line, strlen(line), &r.rules, stemmer);
    REQUIRE(text.token_count == 5);
    CHECK_STR(tx_stem_of(&text, &text.tokens[0]), "the");
    CHECK((text.tokens[0].flags & TX_STOP) != 0);
    CHECK_STR(tx_stem_of(&text, &text.tokens[1]), "oper");
    CHECK_STR(tx_stem_of(&text, &text.tokens[3]), "run");
    CHECK_STR(tx_stem_of(&text, &text.tokens[4]), "call");
    tx_stemmer_destroy(stemmer);
    rules_deinit(&r);
}

TEST(text_quotes_words_as_typed)
{
    const char *line = "So \xE2\x80\x94 What\xE2\x80\x99s DRIVING that?";
    tx_build(&text, line, strlen(line), NULL, NULL);
    char quote[64];
    tx_quote(&text, 1, 2, quote, sizeof quote);
    CHECK_STR(quote, "What\xE2\x80\x99s DRIVING");
    char small[8];
    tx_quote(&text, 1, 3, small, sizeof small);
    CHECK(strlen(small) < sizeof small);
}

TEST(text_map_stores_replaces_and_finds)
{
    TxMap *map = tx_map_create();
    REQUIRE(map != NULL);
    char key[16];
    for (int i = 0; i < 1000; i++) {
        int n = snprintf(key, sizeof key, "w%d", i);
        REQUIRE(tx_map_put(map, key, (size_t)n, i, NULL) == COACH_OK);
    }
    REQUIRE(tx_map_put(map, "w7", 2, 70, "seventy") == COACH_OK);
    int value = 0;
    const char *label = NULL;
    CHECK(tx_map_get(map, "w999", 4, &value, NULL));
    CHECK_INT(value, 999);
    CHECK(tx_map_get(map, "w7", 2, &value, &label));
    CHECK_INT(value, 70);
    CHECK_STR(label, "seventy");
    CHECK(!tx_map_get(map, "w1000", 5, NULL, NULL));
    CHECK_INT(tx_map_count(map), 1000);
    tx_map_destroy(map);
}

TEST(text_handles_empty_and_null_input)
{
    tx_build(&text, NULL, 100, NULL, NULL);
    CHECK_INT(text.token_count, 0);
    CHECK_INT(text.sentence_count, 0);
    tx_build(&text, "?!...", 5, NULL, NULL);
    CHECK_INT(text.token_count, 0);
}

TEST(text_splits_a_sentence_into_two_clauses_at_a_token)
{
    const char *line = "Ok. That's rough, what happened next? Thanks";
    tx_build(&text, line, strlen(line), NULL, NULL);
    REQUIRE(text.sentence_count == 3);
    size_t what = 0;
    while (what < text.token_count && strcmp(tx_norm(&text, &text.tokens[what]), "what") != 0)
        what++;
    REQUIRE(what < text.token_count);
    CHECK(tx_split_sentence(&text, what));
    CHECK_INT(text.sentence_count, 4);
    CHECK_INT(text.sentences[1].count, (int)(what - text.sentences[1].first));
    CHECK(!text.sentences[1].question_mark);
    CHECK(text.sentences[2].question_mark); /* the mark stays with the question */
    CHECK_INT(text.sentences[2].first, (int)what);
    CHECK_INT(text.sentences[2].count, 3);
    CHECK_INT(text.sentences[2].src_start, (int)(strstr(line, "what") - line));
    CHECK_INT(text.sentences[1].src_end, (int)(strstr(line, ",") - line));
    CHECK_INT(text.tokens[what].sentence, 2);
    CHECK_INT(text.tokens[text.token_count - 1].sentence, 3);
    /* a sentence's first token, or one past the end, cannot split it */
    CHECK(!tx_split_sentence(&text, text.sentences[3].first));
    CHECK(!tx_split_sentence(&text, text.token_count));
    CHECK_INT(text.sentence_count, 4);
}

TESTS(CHECK_CASE(text_folds_case_and_strips_accents), CHECK_CASE(text_writes_contractions_out),
      CHECK_CASE(text_treats_curly_apostrophe_like_straight), CHECK_CASE(text_drops_possessive_s_and_marks_it),
      CHECK_CASE(text_splits_sentences_at_stops_marks_and_dashes),
      CHECK_CASE(text_moves_a_question_mark_after_dots_to_the_sentence),
      CHECK_CASE(text_keeps_hyphenated_words_in_one_sentence),
      CHECK_CASE(text_keeps_numbers_times_and_ordinals_whole), CHECK_CASE(text_marks_words_after_commas),
      CHECK_CASE(text_replaces_invalid_bytes_and_control_characters),
      CHECK_CASE(text_cuts_long_lines_on_a_character_boundary),
      CHECK_CASE(text_ignores_tokens_beyond_its_capacity), CHECK_CASE(text_stems_with_snowball_but_not_stopwords),
      CHECK_CASE(text_quotes_words_as_typed), CHECK_CASE(text_map_stores_replaces_and_finds),
      CHECK_CASE(text_handles_empty_and_null_input),
      CHECK_CASE(text_splits_a_sentence_into_two_clauses_at_a_token))
