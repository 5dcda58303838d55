import GlossCore

/// A small stage whose options cover the kinds a pipeline file holds: an integer, an enum, a list, a
/// Bool and a string.
struct Splitter: Stage {
    struct Options: StageOptions {
        var minimumLength = 1
        var mode = Mode.spaces
        var extra: [String] = []
        var keepCase = false
        var note = ""

        enum Mode: String, ConfigEnum { case spaces, letters }

        enum CodingKeys: String, CodingKey {
            case minimumLength = "minimum_length", mode, extra, keepCase = "keep_case", note
        }
    }

    static let name = "split"
    static let summary = "Splits on spaces."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = [.tokens]

    init(options: Options, context: StageContext) {}

    func process(_ document: inout Document) throws {}
}

/// Needs tokens, to show an ordering error located in YAML.
struct TokenCounter: Stage {
    static let name = "count"
    static let summary = "Counts tokens."
    static let requires: Set<Layer> = [.tokens]
    static let produces: Set<Layer> = ["count"]

    init(options: NoOptions, context: StageContext) {}

    func process(_ document: inout Document) throws {}
}

let testRegistry = StageRegistry([Splitter.self, TokenCounter.self])
