/// ANSI styles for the terminal view, or none: with colour off every style is the empty string, so the
/// same rendering code serves a terminal, a pipe and NO_COLOR.
struct TerminalStyle: Sendable {
    let bold: String
    let dim: String
    let reset: String
    let red: String
    let quote: String
    let speaker: String
    private let labels: [String: String]
    private let otherLabel: String

    init(color: Bool) {
        func sgr(_ code: String) -> String { color ? "\u{1B}[\(code)m" : "" }
        bold = sgr("1")
        dim = sgr("2")
        reset = sgr("0")
        red = sgr("31")
        quote = sgr("33")
        speaker = sgr("1;36")
        labels = ["PER": sgr("34"), "ORG": sgr("33"), "LOC": sgr("32"), "MISC": sgr("35")]
        otherLabel = sgr("36")
    }

    /// The colour of an entity label.
    func label(_ label: String) -> String { labels[label] ?? otherLabel }
}
