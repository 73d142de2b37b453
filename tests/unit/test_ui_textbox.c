/* Tests of the answer box's editing model (engine/ui/textbox). */
#include "check.h"
#include "textbox.h"

#include <stdlib.h>

TEST(textbox_inserts_at_the_caret)
{
    TextBox box;
    textbox_init(&box);
    textbox_insert(&box, "wat", 3);
    textbox_left(&box);
    textbox_left(&box);
    textbox_insert(&box, "h", 1);
    CHECK_STR(box.text, "what");
    CHECK_INT(box.caret, 2);
    textbox_end(&box);
    textbox_insert(&box, " now?", 5);
    CHECK_STR(box.text, "what now?");
}

TEST(textbox_backspace_removes_a_whole_character)
{
    TextBox box;
    textbox_init(&box);
    const char *text = "caf\xC3\xA9 \xF0\x9F\x98\x80"; /* café 😀 */
    textbox_insert(&box, text, strlen(text));
    textbox_backspace(&box); /* the 4-byte emoji */
    CHECK_STR(box.text, "caf\xC3\xA9 ");
    textbox_backspace(&box);
    textbox_backspace(&box); /* the 2-byte é */
    CHECK_STR(box.text, "caf");
    CHECK_INT(box.caret, 3);
    textbox_home(&box);
    textbox_backspace(&box); /* nothing before the caret */
    CHECK_STR(box.text, "caf");
}

TEST(textbox_delete_and_arrows_step_over_multibyte_characters)
{
    TextBox box;
    textbox_init(&box);
    const char *text = "\xC3\xA9t\xC3\xA9"; /* été */
    textbox_insert(&box, text, strlen(text));
    textbox_home(&box);
    textbox_right(&box);
    CHECK_INT(box.caret, 2);
    textbox_right(&box);
    textbox_right(&box);
    CHECK_INT(box.caret, 5);
    textbox_right(&box); /* stays at the end */
    CHECK_INT(box.caret, 5);
    textbox_home(&box);
    textbox_delete(&box);
    CHECK_STR(box.text, "t\xC3\xA9");
    textbox_end(&box);
    textbox_left(&box);
    CHECK_INT(box.caret, 1);
    textbox_delete(&box);
    CHECK_STR(box.text, "t");
}

TEST(textbox_turns_pasted_newlines_and_invalid_bytes_into_valid_text)
{
    TextBox box;
    textbox_init(&box);
    const char paste[] = "one\r\ntwo\tthree\xFF\xC3";
    textbox_insert(&box, paste, sizeof paste - 1);
    CHECK_STR(box.text, "one  two three\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(textbox_caps_a_megabyte_paste_at_its_limit)
{
    size_t size = 1 << 20;
    char *huge = malloc(size);
    REQUIRE(huge != NULL);
    for (size_t i = 0; i < size; i++)
        huge[i] = (char)('a' + i % 26);
    /* a multi-byte character straddling the limit must not be split */
    memcpy(huge + TEXTBOX_MAX_BYTES - 11, "\xE2\x82\xAC", 3);
    TextBox box;
    textbox_init(&box);
    textbox_insert(&box, "x", 1);
    size_t inserted = textbox_insert(&box, huge, size);
    CHECK(textbox_was_cut(&box));
    CHECK(box.length <= TEXTBOX_MAX_BYTES);
    CHECK_INT(box.length, 1 + inserted);
    CHECK(box.length > TEXTBOX_MAX_BYTES - 4);
    CHECK_INT(strlen(box.text), box.length);
    /* still editable, and a full box takes no more */
    CHECK_INT(textbox_insert(&box, "y", 1), box.length == TEXTBOX_MAX_BYTES ? 0 : 1);
    textbox_backspace(&box);
    CHECK(!textbox_was_cut(&box));
    free(huge);
}

TEST(textbox_cuts_at_a_character_boundary_when_full)
{
    TextBox box;
    textbox_init(&box);
    char fill[TEXTBOX_MAX_BYTES];
    memset(fill, 'a', sizeof fill);
    textbox_insert(&box, fill, TEXTBOX_MAX_BYTES - 2);
    textbox_insert(&box, "\xE2\x82\xAC", 3); /* € needs 3 bytes, 2 left */
    CHECK_INT(box.length, TEXTBOX_MAX_BYTES - 2);
    CHECK(textbox_was_cut(&box));
    textbox_insert(&box, "\xC3\xA9", 2);
    CHECK_INT(box.length, TEXTBOX_MAX_BYTES);
}

TEST(textbox_knows_a_blank_line_and_keeps_the_composition_apart)
{
    TextBox box;
    textbox_init(&box);
    CHECK(textbox_is_blank(&box));
    textbox_insert(&box, "   ", 3);
    CHECK(textbox_is_blank(&box));
    textbox_compose(&box, "\xE3\x81\x8B"); /* か being composed */
    CHECK_STR(box.composition, "\xE3\x81\x8B");
    CHECK_STR(box.text, "   ");
    textbox_compose(&box, NULL);
    CHECK_STR(box.composition, "");
}

TESTS(CHECK_CASE(textbox_inserts_at_the_caret), CHECK_CASE(textbox_backspace_removes_a_whole_character),
      CHECK_CASE(textbox_delete_and_arrows_step_over_multibyte_characters),
      CHECK_CASE(textbox_turns_pasted_newlines_and_invalid_bytes_into_valid_text),
      CHECK_CASE(textbox_caps_a_megabyte_paste_at_its_limit),
      CHECK_CASE(textbox_cuts_at_a_character_boundary_when_full),
      CHECK_CASE(textbox_knows_a_blank_line_and_keeps_the_composition_apart))
