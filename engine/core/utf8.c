/* utf8: see utf8.h. */
#include "utf8.h"

#include <utf8proc.h>

size_t utf8_next(const char *text, size_t len, int32_t *code)
{
    if (len == 0)
        return 0;
    utf8proc_int32_t value;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text,
                                          (utf8proc_ssize_t)(len < 4 ? len : 4), &value);
    if (n <= 0 || value < 0)
        return 0;
    if (code != NULL)
        *code = value;
    return (size_t)n;
}

size_t utf8_invalid_at(const char *text, size_t len)
{
    size_t at = 0;
    while (at < len) {
        /* ASCII (most of a log) needs no decoding */
        if ((unsigned char)text[at] < 0x80) {
            at++;
            continue;
        }
        size_t n = utf8_next(text + at, len - at, NULL);
        if (n == 0)
            return at;
        at += n;
    }
    return len;
}

size_t utf8_encode(int32_t code, char *out)
{
    return (size_t)utf8proc_encode_char(code, (utf8proc_uint8_t *)out);
}
