import GlossCore

/// Small stages for testing the framework (the real ones live in their own modules).
struct WordSplitter: Stage {
    struct Options: StageOptions, Equatable {
        var minimumLength = 1
        var mode = Mode.spaces
        var extra: [String] = []
        var nested = Nested()

        enum Mode: String, ConfigEnum { case spaces, letters }
        struct Nested: Codable, Sendable, Equatable { var flag = false }

        enum CodingKeys: String, CodingKey {
            case minimumLength = "minimum_length", mode, extra, nested
        }

        static let documentation = ["minimum_length": "Shortest token kept."]

        func validate() -> [String] { minimumLength < 1 ? ["minimum_length must be at least 1"] : [] }
    }

    static let name = "split"
    static let summary = "Splits on spaces."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = [.tokens]
    let options: Options

    init(options: Options, context: StageContext) { self.options = options }

    func process(_ document: inout Document) throws {
        var tokens: [Token] = []
        document.withUTF8 { bytes in
            var start: Int?
            for index in 0...bytes.count {
                let isSpace = index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x0A
                if isSpace, let s = start {
                    if index - s >= options.minimumLength { tokens.append(Token(start: s, end: index)) }
                    start = nil
                } else if !isSpace && start == nil {
                    start = index
                }
            }
        }
        document.tokens = tokens
    }
}

/// Fails on documents whose text contains "FAIL".
struct Picky: Stage {
    static let name = "picky"
    static let summary = "Fails on FAIL."
    static let requires: Set<Layer> = [.tokens]
    static let produces: Set<Layer> = ["checked"]

    init(options: NoOptions, context: StageContext) {}

    func process(_ document: inout Document) throws {
        if document.text.contains("FAIL") { throw StageError("the text asks to fail", hint: "remove FAIL") }
        document.extensions["checked"] = true
    }
}

/// Rewrites the text (like `clean`).
struct Upper: Stage {
    static let name = "upper"
    static let summary = "Upper-cases the text."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = [.text]

    init(options: NoOptions, context: StageContext) {}

    func process(_ document: inout Document) throws { document.text = document.text.uppercased() }
}

let testRegistry = StageRegistry([WordSplitter.self, Picky.self, Upper.self])

func definition(_ stages: [PipelineDefinition.StageEntry]) -> PipelineDefinition {
    PipelineDefinition(file: "test.yaml", stages: stages)
}

func at(_ line: Int, _ column: Int = 3) -> SourceLocation { SourceLocation(file: "test.yaml", line: line, column: column) }
