/// Counts how often keys occur, in bounded memory, keeping the frequent ones exact enough to rank.
///
/// Up to `capacity` distinct keys are counted exactly. When a new key arrives at a full counter, the
/// median count is subtracted from every key and keys that reach zero are dropped (a batched Misra–Gries
/// step): at least half the room frees up, so the cost stays O(log capacity) per key amortised, and any
/// key seen more than `2 * total / capacity` times is kept, its count low by at most that much. The
/// report's overview ranks speakers and names this way so that memory does not grow with the corpus.
struct BoundedCounter {
    /// The most distinct keys kept.
    let capacity: Int
    private(set) var counts: [String: Int] = [:]
    /// Whether a key was ever dropped, so that counts may be underestimates.
    private(set) var isApproximate = false

    init(capacity: Int) {
        precondition(capacity >= 2, "a bounded counter needs room for at least two keys")
        self.capacity = capacity
    }

    /// Adds `amount` occurrences of `key`.
    mutating func add(_ key: String, _ amount: Int = 1) {
        guard amount > 0 else { return }
        if let count = counts[key] {
            counts[key] = count + amount
            return
        }
        if counts.count >= capacity {
            isApproximate = true
            let sorted = counts.values.sorted()
            let median = sorted[sorted.count / 2]
            counts = counts.compactMapValues { $0 > median ? $0 - median : nil }
            guard amount > median else { return }
            counts[key] = amount - median
            return
        }
        counts[key] = amount
    }

    /// The `limit` most frequent keys, most frequent first (ties by key, so output is deterministic).
    func top(_ limit: Int) -> [(key: String, count: Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit).map { (key: $0.key, count: $0.value) }
    }
}
