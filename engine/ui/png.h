/* png: a small PNG writer for screenshots (8-bit RGB), so that
 * `coach play --screenshot` needs no image library. It compresses with
 * LZ77 and fixed Huffman codes (UI screenshots are mostly flat colour).
 * (The screenshot tests' reader is test code: tests/unit/png_read.c.) */
#ifndef COACH_UI_PNG_H
#define COACH_UI_PNG_H

#include <stddef.h>

#include "error.h"

/* Writes width x height RGB pixels (3 bytes each, rows stride bytes apart)
 * to path. Returns 0 or a negative COACH_E* code with err filled. */
int png_write(const char *path, const unsigned char *rgb, int width, int height, size_t stride,
              CoachError *err);

#endif
