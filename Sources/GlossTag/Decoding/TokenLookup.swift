import GlossCore

/// Finds the tokens of a mention: entities are byte spans, the decoding rules and the span classifier work
/// on token indices.
enum TokenLookup {
    /// The first and last token of `entity` (nil when no token starts where it starts).
    static func range(of entity: Entity, in tokens: UnsafeBufferPointer<Token>) -> (first: Int, last: Int)? {
        guard let first = index(startingAt: entity.start, in: tokens) else { return nil }
        var last = first
        while last + 1 < tokens.count && tokens[last + 1].start < entity.end { last += 1 }
        return (first, last)
    }

    /// The index of the token that starts at byte `start` (tokens are sorted), by binary search.
    static func index(startingAt start: Int, in tokens: UnsafeBufferPointer<Token>) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < start { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].start == start ? low : nil
    }
}
