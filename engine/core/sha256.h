/* sha256: a small FIPS 180-4 SHA-256, so a log can name the exact bytes of
 * the scenario that produced it without an extra dependency. */
#ifndef COACH_SHA256_H
#define COACH_SHA256_H

#include <stddef.h>
#include <stdint.h>

/* Writes the lowercase hex digest of data[0..size) into hex (65 bytes with
 * the terminating NUL). */
void sha256_hex(const void *data, size_t size, char hex[65]);

#endif
