/* png_read: the PNG reader the screenshot tests compare frames with (the
 * product only writes PNGs, engine/ui/png.c). It inflates any zlib stream
 * (stored, fixed and dynamic blocks) of an 8-bit RGB or RGBA,
 * non-interlaced PNG. */
#include "png_read.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- growable byte buffer ------------------------------------------------ */

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

/* The length and distance codes of deflate (RFC 1951, 3.2.5). */
static const uint16_t length_base[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                         31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t length_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                         2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t distance_base[30] = {1,    2,    3,    4,    5,    7,     9,     13,    17,  25,
                                           33,   49,   65,   97,   129,  193,   257,   385,   513, 769,
                                           1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const uint8_t distance_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                           6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

/* ---- inflate ------------------------------------------------------------- */

typedef struct BitReader {
    const unsigned char *data;
    size_t length, pos;
    uint32_t bits;
    int count;
    bool overrun;
} BitReader;

static uint32_t bits_get(BitReader *reader, int need)
{
    while (reader->count < need) {
        uint32_t byte = 0;
        if (reader->pos < reader->length)
            byte = reader->data[reader->pos++];
        else
            reader->overrun = true;
        reader->bits |= byte << reader->count;
        reader->count += 8;
    }
    uint32_t value = reader->bits & ((need == 32) ? 0xFFFFFFFFu : ((1u << need) - 1));
    reader->bits >>= need;
    reader->count -= need;
    return value;
}

/* A canonical Huffman code: how many codes of each length, and the symbols
 * in code order. */
typedef struct Huffman {
    uint16_t counts[16];
    uint16_t symbols[320];
} Huffman;

static bool huffman_build(Huffman *code, const uint8_t *lengths, int n)
{
    uint16_t offsets[16];
    memset(code->counts, 0, sizeof code->counts);
    for (int i = 0; i < n; i++)
        code->counts[lengths[i]]++;
    code->counts[0] = 0;
    int left = 1;
    for (int len = 1; len < 16; len++) {
        left = left * 2 - code->counts[len];
        if (left < 0)
            return false; /* over-subscribed */
    }
    offsets[1] = 0;
    for (int len = 1; len < 15; len++)
        offsets[len + 1] = offsets[len] + code->counts[len];
    for (int i = 0; i < n; i++)
        if (lengths[i] != 0)
            code->symbols[offsets[lengths[i]]++] = (uint16_t)i;
    return true;
}

/* Next symbol, or -1 on a bad code. Codes come most significant bit first. */
static int huffman_decode(BitReader *reader, const Huffman *code)
{
    int value = 0, first = 0, index = 0;
    for (int len = 1; len < 16; len++) {
        value |= (int)bits_get(reader, 1);
        int count = code->counts[len];
        if (value - first < count)
            return code->symbols[index + value - first];
        index += count;
        first = (first + count) << 1;
        value <<= 1;
        if (reader->overrun)
            return -1;
    }
    return -1;
}

static bool inflate_codes(BitReader *reader, Bytes *out, const Huffman *literals, const Huffman *distances)
{
    for (;;) {
        int symbol = huffman_decode(reader, literals);
        if (symbol < 0 || reader->overrun)
            return false;
        if (symbol < 256) {
            unsigned char byte = (unsigned char)symbol;
            bytes_put(out, &byte, 1);
        } else if (symbol == 256) {
            return !out->failed;
        } else {
            symbol -= 257;
            if (symbol >= 29)
                return false;
            size_t length = length_base[symbol] + bits_get(reader, length_extra[symbol]);
            int dsymbol = huffman_decode(reader, distances);
            if (dsymbol < 0 || dsymbol >= 30)
                return false;
            size_t distance = distance_base[dsymbol] + bits_get(reader, distance_extra[dsymbol]);
            if (distance > out->length)
                return false;
            bytes_reserve(out, length);
            if (out->failed)
                return false;
            for (size_t i = 0; i < length; i++, out->length++)
                out->data[out->length] = out->data[out->length - distance];
        }
    }
}

static bool inflate_zlib(const unsigned char *data, size_t length, Bytes *out)
{
    if (length < 6 || (data[0] & 0x0F) != 8 || ((data[0] << 8) | data[1]) % 31 != 0)
        return false;
    BitReader reader = {data + 2, length - 2, 0, 0, 0, false};
    int final;
    do {
        final = (int)bits_get(&reader, 1);
        int type = (int)bits_get(&reader, 2);
        if (type == 0) {
            reader.bits = 0;
            reader.count = 0;
            if (reader.pos + 4 > reader.length)
                return false;
            size_t n = reader.data[reader.pos] | (size_t)reader.data[reader.pos + 1] << 8;
            reader.pos += 4;
            if (reader.pos + n > reader.length)
                return false;
            bytes_put(out, reader.data + reader.pos, n);
            reader.pos += n;
        } else if (type == 1 || type == 2) {
            Huffman literals, distances;
            uint8_t lengths[320];
            int literal_count = 288, distance_count = 30;
            if (type == 1) {
                for (int i = 0; i < 288; i++)
                    lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
                for (int i = 0; i < 30; i++)
                    lengths[288 + i] = 5;
            } else {
                static const uint8_t order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
                literal_count = (int)bits_get(&reader, 5) + 257;
                distance_count = (int)bits_get(&reader, 5) + 1;
                int code_count = (int)bits_get(&reader, 4) + 4;
                if (literal_count > 286 || distance_count > 30)
                    return false;
                uint8_t code_lengths[19] = {0};
                for (int i = 0; i < code_count; i++)
                    code_lengths[order[i]] = (uint8_t)bits_get(&reader, 3);
                Huffman lengths_code;
                if (!huffman_build(&lengths_code, code_lengths, 19))
                    return false;
                int i = 0;
                while (i < literal_count + distance_count) {
                    int symbol = huffman_decode(&reader, &lengths_code);
                    if (symbol < 0)
                        return false;
                    int repeat = 0;
                    uint8_t value = 0;
                    if (symbol < 16) {
                        lengths[i++] = (uint8_t)symbol;
                        continue;
                    } else if (symbol == 16) {
                        if (i == 0)
                            return false;
                        value = lengths[i - 1];
                        repeat = 3 + (int)bits_get(&reader, 2);
                    } else if (symbol == 17) {
                        repeat = 3 + (int)bits_get(&reader, 3);
                    } else {
                        repeat = 11 + (int)bits_get(&reader, 7);
                    }
                    if (i + repeat > literal_count + distance_count)
                        return false;
                    while (repeat-- > 0)
                        lengths[i++] = value;
                }
                if (reader.overrun)
                    return false;
                /* move the distance lengths to where the fixed layout has them */
                memmove(lengths + 288, lengths + literal_count, (size_t)distance_count);
                for (int k = literal_count; k < 288; k++)
                    lengths[k] = 0;
            }
            if (!huffman_build(&literals, lengths, 288) ||
                !huffman_build(&distances, lengths + 288, distance_count))
                return false;
            if (!inflate_codes(&reader, out, &literals, &distances))
                return false;
        } else {
            return false;
        }
        if (reader.overrun || out->failed)
            return false;
    } while (!final);
    return true;
}

static uint32_t read_be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int paeth(int a, int b, int c)
{
    int p = a + b - c;
    int pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);
    if (pa <= pb && pa <= pc)
        return a;
    return pb <= pc ? b : c;
}

unsigned char *png_read(const char *path, int *out_width, int *out_height, CoachError *err)
{
    unsigned char *file = NULL, *rgb = NULL;
    Bytes idat = {0}, raw = {0};
    FILE *stream = fopen(path, "rb");
    if (stream == NULL) {
        err_set(err, COACH_EIO, path, 0, "cannot open the image");
        return NULL;
    }
    fseek(stream, 0, SEEK_END);
    long size = ftell(stream);
    fseek(stream, 0, SEEK_SET);
    if (size < 8 || size > (64L << 20)) {
        fclose(stream);
        err_set(err, COACH_EPARSE, path, 0, "not a PNG of a usable size");
        return NULL;
    }
    file = malloc((size_t)size);
    if (file == NULL || fread(file, 1, (size_t)size, stream) != (size_t)size) {
        fclose(stream);
        err_set(err, COACH_EIO, path, 0, "cannot read the image");
        goto cleanup;
    }
    fclose(stream);
    if (memcmp(file, "\x89PNG\r\n\x1a\n", 8) != 0) {
        err_set(err, COACH_EPARSE, path, 0, "not a PNG file");
        goto cleanup;
    }
    uint32_t width = 0, height = 0;
    int channels = 0;
    size_t pos = 8;
    while (pos + 12 <= (size_t)size) {
        uint32_t length = read_be32(file + pos);
        const unsigned char *type = file + pos + 4, *data = file + pos + 8;
        if (length > (size_t)size - pos - 12) {
            err_set(err, COACH_EPARSE, path, 0, "truncated PNG chunk");
            goto cleanup;
        }
        if (memcmp(type, "IHDR", 4) == 0 && length == 13) {
            width = read_be32(data);
            height = read_be32(data + 4);
            if (data[8] != 8 || (data[9] != 2 && data[9] != 6) || data[12] != 0 || width == 0 ||
                height == 0 || width > 16384 || height > 16384) {
                err_set(err, COACH_EPARSE, path, 0, "only 8-bit RGB/RGBA non-interlaced PNGs are read");
                goto cleanup;
            }
            channels = data[9] == 2 ? 3 : 4;
        } else if (memcmp(type, "IDAT", 4) == 0) {
            bytes_put(&idat, data, length);
        } else if (memcmp(type, "IEND", 4) == 0) {
            break;
        }
        pos += 12 + length;
    }
    if (channels == 0 || idat.length == 0 || idat.failed) {
        err_set(err, COACH_EPARSE, path, 0, "PNG without header or image data");
        goto cleanup;
    }
    size_t row = (size_t)width * (size_t)channels;
    if (!inflate_zlib(idat.data, idat.length, &raw) || raw.length < (row + 1) * height) {
        err_set(err, COACH_EPARSE, path, 0, "corrupt PNG image data");
        goto cleanup;
    }
    unsigned char *previous = calloc(row, 1);
    rgb = malloc((size_t)width * height * 3);
    if (previous == NULL || rgb == NULL) {
        free(previous);
        free(rgb);
        rgb = NULL;
        err_set(err, COACH_ENOMEM, path, 0, "out of memory");
        goto cleanup;
    }
    for (uint32_t y = 0; y < height; y++) {
        unsigned char *line = raw.data + y * (row + 1);
        int filter = line[0];
        unsigned char *pixels = line + 1;
        for (size_t i = 0; i < row; i++) {
            int a = i >= (size_t)channels ? pixels[i - channels] : 0;
            int b = previous[i];
            int c = i >= (size_t)channels ? previous[i - channels] : 0;
            int add = filter == 1 ? a : filter == 2 ? b : filter == 3 ? (a + b) / 2 : filter == 4 ? paeth(a, b, c) : 0;
            pixels[i] = (unsigned char)(pixels[i] + add);
        }
        memcpy(previous, pixels, row);
        for (uint32_t x = 0; x < width; x++)
            memcpy(rgb + ((size_t)y * width + x) * 3, pixels + (size_t)x * channels, 3);
    }
    free(previous);
    *out_width = (int)width;
    *out_height = (int)height;
cleanup:
    free(file);
    free(idat.data);
    free(raw.data);
    return rgb;
}
