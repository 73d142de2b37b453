/* textbox: UTF-8 editing model of the answer box (see textbox.h). */
#include "textbox.h"

#include <string.h>

#include "draw.h"

void textbox_init(TextBox *box)
{
    memset(box, 0, sizeof *box);
}

static bool is_continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

size_t textbox_insert(TextBox *box, const char *utf8, size_t length)
{
    /* Sanitising can triple the size (invalid byte -> U+FFFD); never read or
     * write more than the box could hold, so a huge paste costs O(box). */
    char clean[TEXTBOX_MAX_BYTES * 3 + 4];
    size_t room = TEXTBOX_MAX_BYTES - box->length;
    size_t take = length;
    if (take > TEXTBOX_MAX_BYTES + 4)
        take = TEXTBOX_MAX_BYTES + 4;
    size_t clean_length = draw_sanitize_utf8(utf8, take, clean, sizeof clean, false);
    box->cut = take < length;
    if (clean_length > room) {
        clean_length = room;
        while (clean_length > 0 && is_continuation((unsigned char)clean[clean_length]))
            clean_length--;
        box->cut = true;
    }
    if (clean_length == 0)
        return 0;
    memmove(box->text + box->caret + clean_length, box->text + box->caret, box->length - box->caret);
    memcpy(box->text + box->caret, clean, clean_length);
    box->length += clean_length;
    box->caret += clean_length;
    box->text[box->length] = '\0';
    return clean_length;
}

static size_t previous_boundary(const TextBox *box, size_t at)
{
    if (at == 0)
        return 0;
    at--;
    while (at > 0 && is_continuation((unsigned char)box->text[at]))
        at--;
    return at;
}

static size_t next_boundary(const TextBox *box, size_t at)
{
    if (at >= box->length)
        return box->length;
    at++;
    while (at < box->length && is_continuation((unsigned char)box->text[at]))
        at++;
    return at;
}

static void remove_range(TextBox *box, size_t from, size_t to)
{
    memmove(box->text + from, box->text + to, box->length - to);
    box->length -= to - from;
    box->text[box->length] = '\0';
    box->cut = false;
}

void textbox_backspace(TextBox *box)
{
    size_t from = previous_boundary(box, box->caret);
    remove_range(box, from, box->caret);
    box->caret = from;
}

void textbox_delete(TextBox *box)
{
    remove_range(box, box->caret, next_boundary(box, box->caret));
}

void textbox_left(TextBox *box)
{
    box->caret = previous_boundary(box, box->caret);
}

void textbox_right(TextBox *box)
{
    box->caret = next_boundary(box, box->caret);
}

void textbox_home(TextBox *box)
{
    box->caret = 0;
}

void textbox_end(TextBox *box)
{
    box->caret = box->length;
}

void textbox_compose(TextBox *box, const char *utf8)
{
    if (utf8 == NULL) {
        box->composition[0] = '\0';
        return;
    }
    draw_sanitize_utf8(utf8, strlen(utf8), box->composition, sizeof box->composition, false);
}

bool textbox_is_blank(const TextBox *box)
{
    for (size_t i = 0; i < box->length; i++)
        if (box->text[i] != ' ')
            return false;
    return true;
}

bool textbox_was_cut(const TextBox *box)
{
    return box->cut;
}
