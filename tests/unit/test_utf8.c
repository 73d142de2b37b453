/* Tests of utf8: the one UTF-8 decoder every module shares. */
#include "check.h"
#include "utf8.h"

TEST(utf8_reads_ascii_and_multibyte_characters)
{
    int32_t code = 0;
    CHECK_INT(utf8_next("a", 1, &code), 1);
    CHECK_INT(code, 'a');
    CHECK_INT(utf8_next("\xC3\xA9", 2, &code), 2); /* é */
    CHECK_INT(code, 0xE9);
    CHECK_INT(utf8_next("\xE2\x80\x94", 3, &code), 3); /* em dash */
    CHECK_INT(code, 0x2014);
    CHECK_INT(utf8_next("\xF0\x9F\x98\x80", 4, &code), 4); /* emoji */
    CHECK_INT(code, 0x1F600);
}

TEST(utf8_refuses_overlong_surrogate_and_out_of_range_forms)
{
    CHECK_INT(utf8_next("\xC0\xAF", 2, NULL), 0);          /* overlong '/' */
    CHECK_INT(utf8_next("\xE0\x80\xAF", 3, NULL), 0);      /* overlong '/' */
    CHECK_INT(utf8_next("\xED\xA0\x80", 3, NULL), 0);      /* U+D800 surrogate */
    CHECK_INT(utf8_next("\xF4\x90\x80\x80", 4, NULL), 0);  /* past U+10FFFF */
    CHECK_INT(utf8_next("\xFF", 1, NULL), 0);
    CHECK_INT(utf8_next("\x80", 1, NULL), 0);              /* lone continuation */
}

TEST(utf8_refuses_a_sequence_cut_by_the_end_of_the_buffer)
{
    CHECK_INT(utf8_next("\xE2\x80\x94", 2, NULL), 0);
    CHECK_INT(utf8_next("", 0, NULL), 0);
}

TEST(utf8_finds_the_first_invalid_byte)
{
    const char text[] = "ok \xC3\xA9 then \xFF bad";
    CHECK_INT(utf8_invalid_at(text, sizeof text - 1), 11);
    CHECK_INT(utf8_invalid_at("all good \xE2\x80\x94", 12), 12);
}

TEST(utf8_encodes_what_it_decodes)
{
    char out[4];
    int32_t code = 0;
    size_t n = utf8_encode(0xFFFD, out);
    CHECK_INT(n, 3);
    CHECK_INT(utf8_next(out, n, &code), 3);
    CHECK_INT(code, 0xFFFD);
}

TESTS(CHECK_CASE(utf8_reads_ascii_and_multibyte_characters),
      CHECK_CASE(utf8_refuses_overlong_surrogate_and_out_of_range_forms),
      CHECK_CASE(utf8_refuses_a_sequence_cut_by_the_end_of_the_buffer),
      CHECK_CASE(utf8_finds_the_first_invalid_byte),
      CHECK_CASE(utf8_encodes_what_it_decodes))
