/* png: the screenshot PNG writer (see png.h). */
#include "png.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- checksums ---------------------------------------------------------- */

static uint32_t crc_table[256];

static void crc_init(void)
{
    if (crc_table[1] != 0)
        return;
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static uint32_t crc_update(uint32_t crc, const unsigned char *data, size_t length)
{
    crc_init();
    for (size_t i = 0; i < length; i++)
        crc = crc_table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
    return crc;
}

static uint32_t adler32(const unsigned char *data, size_t length)
{
    uint32_t a = 1, b = 0;
    while (length > 0) {
        size_t block = length < 5552 ? length : 5552;
        length -= block;
        while (block-- > 0) {
            a += *data++;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return (b << 16) | a;
}

/* ---- growable byte buffer and bit writer -------------------------------- */

typedef struct Bytes {
    unsigned char *data;
    size_t length, capacity;
    bool failed;
} Bytes;

static void bytes_reserve(Bytes *bytes, size_t more)
{
    if (bytes->failed || bytes->length + more <= bytes->capacity)
        return;
    size_t capacity = bytes->capacity ? bytes->capacity : 65536;
    while (capacity < bytes->length + more)
        capacity *= 2;
    unsigned char *data = realloc(bytes->data, capacity);
    if (data == NULL) {
        bytes->failed = true;
        return;
    }
    bytes->data = data;
    bytes->capacity = capacity;
}

static void bytes_put(Bytes *bytes, const void *data, size_t length)
{
    if (length == 0)
        return;
    bytes_reserve(bytes, length);
    if (bytes->failed)
        return;
    memcpy(bytes->data + bytes->length, data, length);
    bytes->length += length;
}

static void bytes_put32(Bytes *bytes, uint32_t value)
{
    unsigned char be[4] = {value >> 24, value >> 16, value >> 8, value};
    bytes_put(bytes, be, 4);
}

typedef struct BitWriter {
    Bytes *out;
    uint32_t bits;
    int count;
} BitWriter;

/* Appends the low count bits of value, least significant first. */
static void bits_put(BitWriter *writer, uint32_t value, int count)
{
    writer->bits |= value << writer->count;
    writer->count += count;
    while (writer->count >= 8) {
        unsigned char byte = writer->bits & 0xFF;
        bytes_put(writer->out, &byte, 1);
        writer->bits >>= 8;
        writer->count -= 8;
    }
}

/* Appends a Huffman code (most significant bit first). */
static void bits_put_code(BitWriter *writer, uint32_t code, int length)
{
    uint32_t reversed = 0;
    for (int i = 0; i < length; i++)
        reversed |= ((code >> i) & 1u) << (length - 1 - i);
    bits_put(writer, reversed, length);
}

static void bits_flush(BitWriter *writer)
{
    if (writer->count > 0)
        bits_put(writer, 0, 8 - writer->count);
}

/* ---- deflate (LZ77 + fixed Huffman) -------------------------------------- */

static const uint16_t length_base[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                         31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t length_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                         2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t distance_base[30] = {1,    2,    3,    4,    5,    7,     9,     13,    17,  25,
                                           33,   49,   65,   97,   129,  193,   257,   385,   513, 769,
                                           1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const uint8_t distance_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                           6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

static void put_literal(BitWriter *writer, unsigned symbol)
{
    if (symbol < 144)
        bits_put_code(writer, 0x30 + symbol, 8);
    else if (symbol < 256)
        bits_put_code(writer, 0x190 + symbol - 144, 9);
    else if (symbol < 280)
        bits_put_code(writer, symbol - 256, 7);
    else
        bits_put_code(writer, 0xC0 + symbol - 280, 8);
}

static void put_match(BitWriter *writer, unsigned length, unsigned distance)
{
    int code = 28;
    while (length_base[code] > length)
        code--;
    put_literal(writer, 257 + (unsigned)code);
    bits_put(writer, length - length_base[code], length_extra[code]);
    int dcode = 29;
    while (distance_base[dcode] > distance)
        dcode--;
    bits_put_code(writer, (uint32_t)dcode, 5);
    bits_put(writer, distance - distance_base[dcode], distance_extra[dcode]);
}

#define WINDOW 32768
#define HASH_BITS 15
#define MAX_CHAIN 24

static uint32_t hash3(const unsigned char *p)
{
    return ((uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2]) * 2654435761u >> (32 - HASH_BITS);
}

/* zlib stream of data into out. */
static void deflate_fixed(Bytes *out, const unsigned char *data, size_t length)
{
    unsigned char header[2] = {0x78, 0x01};
    bytes_put(out, header, 2);
    BitWriter writer = {out, 0, 0};
    bits_put(&writer, 1, 1); /* final block */
    bits_put(&writer, 1, 2); /* fixed Huffman */
    int32_t *head = malloc(sizeof *head << HASH_BITS);
    int32_t *previous = malloc(sizeof *previous * WINDOW);
    if (head == NULL || previous == NULL) {
        out->failed = true;
        free(head);
        free(previous);
        return;
    }
    for (size_t i = 0; i < (1u << HASH_BITS); i++)
        head[i] = -1;
    size_t pos = 0;
    while (pos < length) {
        unsigned best_length = 0, best_distance = 0;
        if (pos + 3 <= length) {
            uint32_t h = hash3(data + pos);
            int32_t candidate = head[h];
            size_t limit = length - pos < 258 ? length - pos : 258;
            for (int chain = 0; chain < MAX_CHAIN && candidate >= 0; chain++) {
                size_t distance = pos - (size_t)candidate;
                if (distance > WINDOW - 1)
                    break;
                const unsigned char *a = data + candidate, *b = data + pos;
                size_t n = 0;
                while (n < limit && a[n] == b[n])
                    n++;
                if (n > best_length) {
                    best_length = (unsigned)n;
                    best_distance = (unsigned)distance;
                    if (n == limit)
                        break;
                }
                int32_t next = previous[candidate & (WINDOW - 1)];
                if (next >= candidate)
                    break;
                candidate = next;
            }
        }
        size_t advance = best_length >= 3 ? best_length : 1;
        if (best_length >= 3)
            put_match(&writer, best_length, best_distance);
        else
            put_literal(&writer, data[pos]);
        for (size_t i = 0; i < advance; i++, pos++) {
            if (pos + 3 <= length) {
                uint32_t h = hash3(data + pos);
                previous[pos & (WINDOW - 1)] = head[h];
                head[h] = (int32_t)pos;
            }
        }
    }
    put_literal(&writer, 256);
    bits_flush(&writer);
    bytes_put32(out, adler32(data, length));
    free(head);
    free(previous);
}

static void put_chunk(Bytes *out, const char *type, const unsigned char *data, size_t length)
{
    bytes_put32(out, (uint32_t)length);
    size_t start = out->length;
    bytes_put(out, type, 4);
    bytes_put(out, data, length);
    if (out->failed)
        return;
    bytes_put32(out, crc_update(0xFFFFFFFFu, out->data + start, length + 4) ^ 0xFFFFFFFFu);
}

int png_write(const char *path, const unsigned char *rgb, int width, int height, size_t stride,
              CoachError *err)
{
    if (width <= 0 || height <= 0)
        return err_set(err, COACH_EUSAGE, path, 0, "cannot write an empty image");
    size_t row = (size_t)width * 3 + 1;
    unsigned char *raw = malloc(row * (size_t)height);
    if (raw == NULL)
        return err_set(err, COACH_ENOMEM, path, 0, "out of memory");
    for (int y = 0; y < height; y++) {
        raw[(size_t)y * row] = 0; /* filter: none */
        memcpy(raw + (size_t)y * row + 1, rgb + (size_t)y * stride, (size_t)width * 3);
    }
    Bytes compressed = {0};
    deflate_fixed(&compressed, raw, row * (size_t)height);
    free(raw);
    Bytes file = {0};
    static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    bytes_put(&file, signature, 8);
    unsigned char ihdr[13] = {width >> 24, width >> 16, width >> 8, width,
                              height >> 24, height >> 16, height >> 8, height,
                              8, 2, 0, 0, 0};
    put_chunk(&file, "IHDR", ihdr, 13);
    put_chunk(&file, "IDAT", compressed.data, compressed.length);
    put_chunk(&file, "IEND", NULL, 0);
    int rc = 0;
    if (compressed.failed || file.failed) {
        rc = err_set(err, COACH_ENOMEM, path, 0, "out of memory");
    } else {
        FILE *stream = fopen(path, "wb");
        if (stream == NULL) {
            rc = err_set(err, COACH_EIO, path, 0, "cannot write the image");
        } else {
            bool ok = fwrite(file.data, 1, file.length, stream) == file.length;
            ok = (fclose(stream) == 0) && ok;
            if (!ok)
                rc = err_set(err, COACH_EIO, path, 0, "cannot write the image");
        }
    }
    free(compressed.data);
    free(file.data);
    return rc;
}
