/// Why a document could not be processed: which document, which step, what went wrong.
public struct DocumentFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The document's id (or, when it could not even be read, where it came from: `file:line`).
    public var documentID: String
    /// The label of the step that failed (`read` when the input record itself was bad).
    public var stage: String
    /// What went wrong, for a person.
    public var message: String

    public init(documentID: String, stage: String, message: String) {
        self.documentID = documentID
        self.stage = stage
        self.message = message
    }

    /// `document 'a.txt', stage 'segment': message`
    public var description: String { "document '\(documentID)', stage '\(stage)': \(message)" }

    /// The step name used for failures while decoding an input record.
    public static let readStage = "read"
}
