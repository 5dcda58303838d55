import GlossCore

/// One name, one label per document: once the model has found a mention, other capitalised occurrences
/// of the same words in the document become mentions with the same label (where nothing overlaps them).
///
/// Greedy tagging decides each sentence alone; a name introduced with good context ("in Miramar") is
/// often missed where the context is poor ("Miramar ?"). Checked on UNER EWT dev.
enum DocumentConsistency {
    /// Longest mention, in tokens, that is propagated.
    static let maximumTokens = 4

    /// Adds the missing occurrences of `entities` (sorted by span) to `entities`, sorted again.
    /// `hashes` holds the ``TokenTraits/word`` hash of every token (the tagger computed them already).
    static func propagate(
        bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, hashes: [UInt64], entities: inout [Entity]
    ) {
        guard !entities.isEmpty, !tokens.isEmpty, hashes.count == tokens.count else { return }
        // Mentions as token-hash sequences, keyed by their first token's hash; a sequence seen with two
        // labels is ambiguous and not propagated.
        var known: [UInt64: [(words: [UInt64], label: EntityLabel?)]] = [:]
        var covered = [Bool](repeating: false, count: tokens.count)
        for entity in entities {
            guard let first = tokenIndex(startingAt: entity.start, in: tokens) else { continue }
            var last = first
            while last + 1 < tokens.count && tokens[last + 1].start < entity.end { last += 1 }
            for k in first...last { covered[k] = true }
            guard tokens[last].end == entity.end, last - first < maximumTokens else { continue }
            let words = Array(hashes[first...last])
            var candidates = known[words[0], default: []]
            if let index = candidates.firstIndex(where: { $0.words == words }) {
                if candidates[index].label != entity.label { candidates[index].label = nil }
            } else {
                candidates.append((words, entity.label))
            }
            known[words[0]] = candidates
        }
        var added: [Entity] = []
        var k = 0
        while k < tokens.count {
            guard !covered[k], let candidates = known[hashes[k]], startsUpper(bytes, tokens[k]) else {
                k += 1
                continue
            }
            var matched: (length: Int, label: EntityLabel)? = nil
            for candidate in candidates {
                guard let label = candidate.label, k + candidate.words.count <= tokens.count,
                    candidate.words.count > (matched?.length ?? 0)
                else { continue }
                let range = k..<(k + candidate.words.count)
                if range.allSatisfy({ !covered[$0] && hashes[$0] == candidate.words[$0 - k] }) {
                    matched = (candidate.words.count, label)
                }
            }
            if let matched {
                added.append(Entity(Span(start: tokens[k].start, end: tokens[k + matched.length - 1].end), label: matched.label))
                k += matched.length
            } else {
                k += 1
            }
        }
        guard !added.isEmpty else { return }
        entities.append(contentsOf: added)
        entities.sort { $0.span < $1.span }
    }

    /// The index of the token that starts at byte `start` (tokens are sorted), by binary search.
    private static func tokenIndex(startingAt start: Int, in tokens: UnsafeBufferPointer<Token>) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < start { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].start == start ? low : nil
    }

    private static func startsUpper(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        token.end > token.start && bytes[token.start] &- 0x41 < 26
    }
}
