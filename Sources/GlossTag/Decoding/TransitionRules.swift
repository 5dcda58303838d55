/// Which class may follow which: for BIO entity tags, `I-X` only after `B-X` or `I-X`; anything for
/// other class sets. Decoding picks the best class the rules allow, so a span never starts inside.
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
        for (next, name) in classNames.enumerated() where name.hasPrefix("I-") {
            let label = name.dropFirst(2)
            for previous in 0...count {
                let previousName = previous < count ? classNames[previous] : ""
                let continues = previousName == "B-\(label)" || previousName == "I-\(label)"
                if !continues {
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
