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

/// Bits of a token's flags (the tagger's `TokenTraits.Flag`).
#define GLOSS_FLAG_UPPER_INITIAL (1u << 0)
#define GLOSS_FLAG_HAS_UPPER (1u << 1)
#define GLOSS_FLAG_HAS_LOWER (1u << 2)
#define GLOSS_FLAG_HAS_DIGIT (1u << 3)
#define GLOSS_FLAG_HAS_HYPHEN (1u << 4)
#define GLOSS_FLAG_HAS_PERIOD (1u << 5)
#define GLOSS_FLAG_HAS_APOSTROPHE (1u << 6)
#define GLOSS_FLAG_HAS_ALPHANUMERIC (1u << 7)
#define GLOSS_FLAG_NON_ASCII (1u << 8)
#define GLOSS_FLAG_ALL_UPPER (1u << 9)
/// The length class (1-3 bytes: the length, 4-6: 4, 7-10: 5, longer: 6) sits in bits 12...14.
#define GLOSS_FLAG_LENGTH_SHIFT 12

/// The hashes of one token that the tagger's feature templates combine (FNV-1a states).
struct gloss_token_hashes {
    /// The normalised bytes as written; lower-cased (ASCII); lower-cased with every digit written `0`.
    uint64_t word, lower, norm;
    /// Lower-cased prefixes of 1 to 3 bytes and suffixes of 1 to 4 (the empty hash when shorter).
    uint64_t prefix1, prefix2, prefix3, suffix1, suffix2, suffix3, suffix4;
    /// Character classes (`X`, `x`, `d`, `u` for a non-ASCII character, other bytes as themselves),
    /// with runs capped at three, and with runs collapsed.
    uint64_t shape, short_shape;
    /// `GLOSS_FLAG_` bits and the length class.
    uint32_t flags;
};

/// Hashes the token `bytes[0..<count]` (UTF-8), reading typographic punctuation (U+2013, U+2014,
/// U+2018, U+2019, U+201C, U+201D, U+2026) as its ASCII spelling (`-`, `--`, `'`, `"`, `...`), the way
/// the training treebanks write it.
void gloss_hash_token(const uint8_t *bytes, ptrdiff_t count, struct gloss_token_hashes *out);

#endif
