/* png_read: reads the PNGs the screenshot tests compare (test code only). */
#ifndef COACH_TESTS_PNG_READ_H
#define COACH_TESTS_PNG_READ_H

#include "error.h"

/* Reads path into a malloc'd RGB buffer (3 bytes a pixel, rows packed);
 * NULL with err (naming the file) when it is unreadable or a kind of PNG
 * this reader does not handle. Caller frees. */
unsigned char *png_read(const char *path, int *width, int *height, CoachError *err);

#endif
