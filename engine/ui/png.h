/* png: a small PNG writer and reader for screenshots (8-bit RGB), so the UI
 * and its screenshot tests need no image library. The writer compresses
 * with LZ77 and fixed Huffman codes (UI screenshots are mostly flat colour);
 * the reader inflates any zlib stream (stored, fixed and dynamic blocks) of
 * an 8-bit RGB or RGBA, non-interlaced PNG. */
#ifndef COACH_UI_PNG_H
#define COACH_UI_PNG_H

#include <stddef.h>

#include "error.h"

/* Writes width x height RGB pixels (3 bytes each, rows stride bytes apart)
 * to path. Returns 0 or a negative COACH_E* code with err filled. */
int png_write(const char *path, const unsigned char *rgb, int width, int height, size_t stride,
              CoachError *err);

/* Reads path into a malloc'd RGB buffer (3 bytes a pixel, rows packed);
 * NULL with err (naming the file) when it is unreadable or a kind of PNG
 * this reader does not handle. Caller frees. */
unsigned char *png_read(const char *path, int *width, int *height, CoachError *err);

#endif
