/// Which class may follow which. Entity tags: `I-X` and `L-X` only after `B-X` or `I-X`; with BILOU tags
/// (when the classes include `L-` tags), `B-X` and `I-X` must be followed by `I-X` or `L-X`. Part-of-speech
/// classes are unconstrained. Decoding picks the best class the rules allow, so spans are well formed.
struct TransitionRules: Sendable {
    /// `allowed[previous * (classCount + 1) + next]`, where previous `classCount` is the sentence start.
    let allowed: [Bool]
    /// Number of classes.
    let classCount: Int
    /// Whether any transition is forbidden (when none is, decoding skips the check).
    let constrains: Bool

    /// Derives the rules from class names.
    init(classNames: [String]) {
        let count = classNames.count
        var allowed = [Bool](repeating: true, count: (count + 1) * count)
        var constrains = false
        let bilou = classNames.contains { $0.hasPrefix("L-") }
        for (next, name) in classNames.enumerated() {
            for previous in 0...count {
                let previousName = previous < count ? classNames[previous] : ""
                let opensInside = previousName.hasPrefix("B-") || previousName.hasPrefix("I-")
                let sameLabel = opensInside && previousName.dropFirst(2) == name.dropFirst(2)
                var ok = true
                if name.hasPrefix("I-") || name.hasPrefix("L-") { ok = sameLabel }
                if bilou && opensInside && !((name.hasPrefix("I-") || name.hasPrefix("L-")) && sameLabel) { ok = false }
                if !ok {
                    allowed[previous * count + next] = false
                    constrains = true
                }
            }
        }
        self.allowed = allowed
        self.classCount = count
        self.constrains = constrains
    }

    /// The row of `allowed` for a previous tag (``SentenceWindow/boundaryTag`` at a sentence start).
    @inline(__always)
    func rowOffset(after previous: UInt8) -> Int {
        (previous == SentenceWindow.boundaryTag ? classCount : Int(previous)) * classCount
    }
}
