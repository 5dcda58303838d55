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
