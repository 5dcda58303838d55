#ifndef CGLOSS_KERNELS_H
#define CGLOSS_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/// Sums weight rows of a tagger model into `scores[0..<class_count]`.
///
/// Row `f` starts at `table + offsets[f]`: a little-endian 32-bit float scale, then `class_count` signed
/// bytes. `scores[c]` becomes the sum over the rows of `scale * weight[c]`, in row order; rows whose scale
/// is 0 are skipped. Up to 32 classes, whole blocks of 4 to 32 weights are read at once, so the table
/// must have at least 32 readable bytes after its last row.
void gloss_accumulate_rows(
    const uint8_t *table, const intptr_t *offsets, ptrdiff_t count, ptrdiff_t class_count, float *scores);

/// Asks the processor to start loading the rows at `table + offsets[0..<count]` into its caches,
/// without waiting for them: the tagger calls it for the tokens ahead of the one it scores, so that
/// their cache misses overlap with its work instead of following it.
static inline void gloss_prefetch_rows(const uint8_t *table, const intptr_t *offsets, ptrdiff_t count) {
    for (ptrdiff_t f = 0; f < count; f++) __builtin_prefetch(table + offsets[f], 0, 3);
}

#endif
