/* png: screenshot PNG writer and reader (see png.h). */
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
