/* utf8: reading UTF-8 one character at a time, for every module that must
 * accept any bytes (typed lines, scripts, scenarios, logs) and never trust
 * them. Decoding is utf8proc's: overlong forms, surrogates and code points
 * past U+10FFFF are invalid. */
#ifndef COACH_UTF8_H
#define COACH_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Length (1-4) of the valid UTF-8 sequence at the start of text[0..len),
 * with its code point in *code (code may be NULL); 0 when len is 0 or the
 * bytes there are not valid UTF-8. */
size_t utf8_next(const char *text, size_t len, int32_t *code);

/* Offset of the first invalid sequence in text[0..len), or len when all of
 * it is valid UTF-8. */
size_t utf8_invalid_at(const char *text, size_t len);

/* Writes the UTF-8 encoding of code (which must be a valid code point) to
 * out, which has room for 4 bytes; returns its length. */
size_t utf8_encode(int32_t code, char *out);

#endif
