/// "Did you mean ...?" for misspelt names.
public enum Suggestions {
    /// The candidate closest to `name`, if it is close enough to be what the user meant.
    ///
    /// Close enough: an edit distance of at most a third of the name's length (at least 1), or the same
    /// letters ignoring case, `-` and `_`.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        // Names are short; a very long one is no misspelling, and its edit distances would cost time.
        guard name.utf8.count <= 64 else { return nil }
        let folded = fold(name)
        var best: (String, Int)?
        for candidate in candidates {
            if fold(candidate) == folded { return candidate }
            let distance = editDistance(Array(name.lowercased().utf8), Array(candidate.lowercased().utf8))
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        return distance <= max(1, name.count / 3) ? candidate : nil
    }

    /// ` (did you mean 'x'?)` or the empty string.
    public static func didYouMean(_ name: String, in candidates: some Sequence<String>) -> String {
        closest(to: name, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    private static func fold(_ s: String) -> String {
        String(s.lowercased().filter { $0 != "_" && $0 != "-" })
    }

    /// Damerau-Levenshtein distance (optimal string alignment), so a swap of two letters costs one.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
