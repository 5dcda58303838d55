import GlossCore

/// One name, one label per document: repeated names take the label most of their occurrences got, and
/// once the model has found a mention, other occurrences of the same words in the document become
/// mentions with the same label (where nothing overlaps them).
///
/// Greedy tagging decides each sentence alone; a name introduced with good context ("in Miramar") is
/// often missed or mislabelled where the context is poor ("Miramar ?", "MIRAMAR"). Names are compared
/// case-insensitively, so that a thread that writes "Auckland" once and "auckland" later is consistent
/// too; lower-case occurrences are marked only for words rare in lower case (``DocumentWords``).
/// Checked on UNER EWT dev.
enum DocumentConsistency {
    /// Longest mention, in tokens, that is propagated.
    static let maximumTokens = 4

    /// Gives every repeated name (the same lower-case words) the label most of its occurrences got: a
    /// name found as a place three times and as a person once is a place. A tie keeps each
    /// occurrence's own label.
    static func vote(tokens: UnsafeBufferPointer<Token>, words: DocumentWords, entities: inout [Entity]) {
        guard entities.count > 1, words.hashes.count == tokens.count else { return }
        var keys: [[UInt64]?] = []
        keys.reserveCapacity(entities.count)
        var counts: [[UInt64]: [EntityLabel: Int]] = [:]
        for entity in entities {
            guard let (first, last) = TokenLookup.range(of: entity, in: tokens) else {
                keys.append(nil)
                continue
            }
            let key = Array(words.hashes[first...last])
            keys.append(key)
            counts[key, default: [:]][entity.label, default: 0] += 1
        }
        for (k, key) in keys.enumerated() {
            guard let key, let byLabel = counts[key], byLabel.count > 1 else { continue }
            // Ties between counts are broken by label name, so that the result does not depend on
            // dictionary order; only a strict majority relabels.
            let ranked = byLabel.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
            if ranked[0].value > ranked[1].value { entities[k].label = ranked[0].key }
        }
    }

    /// Adds the missing occurrences of `entities` (sorted by span) to `entities`, sorted again: runs of
    /// tokens with the same lower-case hashes as a found mention, all of them ``DocumentWords/markable``
    /// and none inside another mention. A mention that is the start of such a run with nothing else in
    /// it grows to the whole name ("Kell" in a title-case headline, where the article found "Kell
    /// Valley"), with the longer name's label.
    static func propagate(
        bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, words: DocumentWords, entities: inout [Entity]
    ) {
        let hashes = words.hashes
        guard !entities.isEmpty, !tokens.isEmpty, hashes.count == tokens.count else { return }
        // Mentions as token-hash sequences, keyed by their first token's hash; a sequence seen with two
        // labels is ambiguous and not propagated.
        var known: [UInt64: [(words: [UInt64], label: EntityLabel?)]] = [:]
        var covered = [Bool](repeating: false, count: tokens.count)
        for entity in entities {
            guard let (first, last) = TokenLookup.range(of: entity, in: tokens) else { continue }
            for k in first...last { covered[k] = true }
            guard tokens[last].end == entity.end, last - first < maximumTokens else { continue }
            let key = Array(hashes[first...last])
            var candidates = known[key[0], default: []]
            if let index = candidates.firstIndex(where: { $0.words == key }) {
                if candidates[index].label != entity.label { candidates[index].label = nil }
            } else {
                candidates.append((key, entity.label))
            }
            known[key[0]] = candidates
        }
        // The mention starting at each token, and how many tokens it spans.
        var startingHere = [(entity: Int, length: Int)?](repeating: nil, count: tokens.count)
        for (index, entity) in entities.enumerated() {
            guard let (first, last) = TokenLookup.range(of: entity, in: tokens) else { continue }
            startingHere[first] = (index, last - first + 1)
        }
        var added: [Entity] = []
        var grown: [Int: Entity] = [:]
        var k = 0
        while k < tokens.count {
            guard words.markable[k], let candidates = known[hashes[k]] else {
                k += 1
                continue
            }
            // Tokens already in a mention may only be those of a shorter mention starting here.
            var inside = 0
            if covered[k] {
                guard let mention = startingHere[k] else {
                    k += 1
                    continue
                }
                inside = mention.length
            }
            var matched: (length: Int, label: EntityLabel)? = nil
            for candidate in candidates {
                guard let label = candidate.label, k + candidate.words.count <= tokens.count,
                    candidate.words.count > max(matched?.length ?? 0, inside)
                else { continue }
                let range = k..<(k + candidate.words.count)
                if range.allSatisfy({ ($0 < k + inside || !covered[$0]) && words.markable[$0] && hashes[$0] == candidate.words[$0 - k] }) {
                    matched = (candidate.words.count, label)
                }
            }
            if let matched {
                let entity = Entity(Span(start: tokens[k].start, end: tokens[k + matched.length - 1].end), label: matched.label)
                if inside > 0, let shorter = startingHere[k] {
                    grown[shorter.entity] = entity
                } else {
                    added.append(entity)
                }
                k += matched.length
            } else {
                k += max(inside, 1)
            }
        }
        guard !added.isEmpty || !grown.isEmpty else { return }
        for (index, entity) in grown { entities[index] = entity }
        entities.append(contentsOf: added)
        entities.sort { $0.span < $1.span }
    }
}
