#include "CGlossKernels.h"

#include <string.h>

// The tagger's inner loop. It lives in C because a fixed number of lanes, with the accumulators in
// registers, is what the C compiler turns into straight vector code (sign-extend, convert, multiply, add)
// on every target; Swift's generic SIMD conversions were not inlined and cost more than they saved.

// A row's scale: the float in its first four bytes, stored little-endian like the whole model file (the
// platforms Swift runs the tagger on are little-endian, as the Swift side assumes too).
static inline float row_scale(const uint8_t *row) {
    float scale;
    memcpy(&scale, row, sizeof scale);
    return scale;
}

#define GLOSS_SUM_BLOCK(LANES)                                                          \
    do {                                                                                \
        float sum[LANES] = {0};                                                         \
        for (ptrdiff_t f = 0; f < count; f++) {                                         \
            const float scale = row_scale(table + offsets[f]);                          \
            if (scale == 0) continue;                                                   \
            const int8_t *weights = (const int8_t *)(table + offsets[f] + 4);           \
            for (int c = 0; c < LANES; c++) sum[c] += scale * (float)weights[c];        \
        }                                                                               \
        for (ptrdiff_t c = 0; c < class_count; c++) scores[c] = sum[c];                 \
    } while (0)

// On x86-64 Linux the function is also compiled for AVX2 (eight lanes per register, one-instruction
// sign extension of the weights) and the loader picks the variant the processor supports. No FMA: a
// fused multiply-add would round differently, and tags must not depend on the machine.
#if defined(__x86_64__) && defined(__linux__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define GLOSS_VARIANTS __attribute__((target_clones("avx2", "default")))
#endif
#endif
#ifndef GLOSS_VARIANTS
#define GLOSS_VARIANTS
#endif

GLOSS_VARIANTS
void gloss_accumulate_rows(
    const uint8_t *table, const intptr_t *offsets, ptrdiff_t count, ptrdiff_t class_count, float *scores) {
    // Lanes in steps of four (one SSE/NEON register): 17 part-of-speech classes take 20 lanes, the
    // 7 or 13 entity classes (BIO or BILOU over three labels) 8 or 16.
    if (class_count <= 8) {
        GLOSS_SUM_BLOCK(8);
    } else if (class_count <= 12) {
        GLOSS_SUM_BLOCK(12);
    } else if (class_count <= 16) {
        GLOSS_SUM_BLOCK(16);
    } else if (class_count <= 20) {
        GLOSS_SUM_BLOCK(20);
    } else if (class_count <= 24) {
        GLOSS_SUM_BLOCK(24);
    } else if (class_count <= 32) {
        GLOSS_SUM_BLOCK(32);
    } else {
        for (ptrdiff_t c = 0; c < class_count; c++) scores[c] = 0;
        for (ptrdiff_t f = 0; f < count; f++) {
            const float scale = row_scale(table + offsets[f]);
            if (scale == 0) continue;
            const int8_t *weights = (const int8_t *)(table + offsets[f] + 4);
            for (ptrdiff_t c = 0; c < class_count; c++) scores[c] += scale * (float)weights[c];
        }
    }
}

// Every token of every document goes through this once: one pass over its bytes with each running hash
// in a register (the Swift version kept a dozen of them on the stack).

#define GLOSS_FNV_EMPTY UINT64_C(0xcbf29ce484222325)

static inline uint64_t fnv_add(uint64_t state, uint8_t byte) {
    return (state ^ byte) * UINT64_C(0x00000100000001b3);
}

void gloss_hash_token(const uint8_t *bytes, ptrdiff_t count, struct gloss_token_hashes *out) {
    uint64_t word = GLOSS_FNV_EMPTY, lower = GLOSS_FNV_EMPTY, norm = GLOSS_FNV_EMPTY;
    uint64_t shape = GLOSS_FNV_EMPTY, short_shape = GLOSS_FNV_EMPTY;
    uint32_t head = 0;  // the first three lower-cased bytes, oldest in the low byte
    uint32_t tail = 0;  // the last four, newest in the low byte
    uint32_t flags = 0;
    ptrdiff_t fed = 0;
    unsigned run = 0;
    uint8_t last_class = 0;
    ptrdiff_t i = 0;
    while (i < count) {
        uint8_t byte = bytes[i++];
        int times = 1;
        if (byte == 0xE2 && i + 1 < count && bytes[i] == 0x80) {
            switch (bytes[i + 1]) {
            case 0x98: case 0x99: byte = 0x27; i += 2; break;
            case 0x9C: case 0x9D: byte = 0x22; i += 2; break;
            case 0x93: byte = 0x2D; i += 2; break;
            case 0x94: byte = 0x2D; times = 2; i += 2; break;
            case 0xA6: byte = 0x2E; times = 3; i += 2; break;
            default: break;
            }
        }
        const int is_upper = (uint8_t)(byte - 0x41) < 26;
        const int is_lower = (uint8_t)(byte - 0x61) < 26;
        const int is_digit = (uint8_t)(byte - 0x30) < 10;
        const uint8_t lowered = is_upper ? (uint8_t)(byte | 0x20) : byte;
        // Continuation bytes belong to the character their lead byte already classified: class 0, no
        // shape step.
        uint8_t class;
        if (is_upper) {
            class = 'X';
            flags |= GLOSS_FLAG_HAS_UPPER | GLOSS_FLAG_HAS_ALPHANUMERIC;
            if (fed == 0) flags |= GLOSS_FLAG_UPPER_INITIAL;
        } else if (is_lower) {
            class = 'x';
            flags |= GLOSS_FLAG_HAS_LOWER | GLOSS_FLAG_HAS_ALPHANUMERIC;
        } else if (is_digit) {
            class = 'd';
            flags |= GLOSS_FLAG_HAS_DIGIT | GLOSS_FLAG_HAS_ALPHANUMERIC;
        } else if (byte >= 0x80) {
            flags |= GLOSS_FLAG_NON_ASCII | GLOSS_FLAG_HAS_ALPHANUMERIC;
            class = byte < 0xC0 ? 0 : 'u';
        } else {
            class = byte;
            if (byte == '-') flags |= GLOSS_FLAG_HAS_HYPHEN;
            if (byte == '.') flags |= GLOSS_FLAG_HAS_PERIOD;
            if (byte == '\'') flags |= GLOSS_FLAG_HAS_APOSTROPHE;
        }
        const uint8_t normed = is_digit ? '0' : lowered;
        for (int t = 0; t < times; t++) {
            word = fnv_add(word, byte);
            lower = fnv_add(lower, lowered);
            norm = fnv_add(norm, normed);
            if (fed < 3) head |= (uint32_t)lowered << (8 * fed);
            fed++;
            tail = tail << 8 | lowered;
            if (class != 0) {
                if (class == last_class) {
                    run++;
                } else {
                    run = 1;
                    last_class = class;
                    short_shape = fnv_add(short_shape, class);
                }
                if (run <= 3) shape = fnv_add(shape, class);
            }
        }
    }
    out->word = word;
    out->lower = lower;
    out->norm = norm;
    out->prefix1 = fed >= 1 ? fnv_add(GLOSS_FNV_EMPTY, (uint8_t)head) : GLOSS_FNV_EMPTY;
    out->prefix2 = fed >= 2 ? fnv_add(out->prefix1, (uint8_t)(head >> 8)) : GLOSS_FNV_EMPTY;
    out->prefix3 = fed >= 3 ? fnv_add(out->prefix2, (uint8_t)(head >> 16)) : GLOSS_FNV_EMPTY;
    // A suffix of k bytes hashes the tail's bytes oldest first.
    out->suffix1 = fed >= 1 ? fnv_add(GLOSS_FNV_EMPTY, (uint8_t)tail) : GLOSS_FNV_EMPTY;
    out->suffix2 = fed >= 2 ? fnv_add(fnv_add(GLOSS_FNV_EMPTY, (uint8_t)(tail >> 8)), (uint8_t)tail) : GLOSS_FNV_EMPTY;
    out->suffix3 = fed >= 3
        ? fnv_add(fnv_add(fnv_add(GLOSS_FNV_EMPTY, (uint8_t)(tail >> 16)), (uint8_t)(tail >> 8)), (uint8_t)tail)
        : GLOSS_FNV_EMPTY;
    out->suffix4 = fed >= 4
        ? fnv_add(fnv_add(fnv_add(fnv_add(GLOSS_FNV_EMPTY, (uint8_t)(tail >> 24)), (uint8_t)(tail >> 16)), (uint8_t)(tail >> 8)), (uint8_t)tail)
        : GLOSS_FNV_EMPTY;
    out->shape = shape;
    out->short_shape = short_shape;
    if ((flags & GLOSS_FLAG_HAS_UPPER) && !(flags & GLOSS_FLAG_HAS_LOWER)) flags |= GLOSS_FLAG_ALL_UPPER;
    const uint32_t length_class = fed <= 3 ? (uint32_t)fed : fed <= 6 ? 4 : fed <= 10 ? 5 : 6;
    out->flags = flags | length_class << GLOSS_FLAG_LENGTH_SHIFT;
}
