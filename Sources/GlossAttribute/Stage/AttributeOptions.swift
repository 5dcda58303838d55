import Foundation
import GlossCore

/// The options of stage `attribute`.
public struct AttributeOptions: StageOptions, Equatable {
    /// More speech verbs: "opine" (one form) or "opine opines opined opining" (all forms, base first).
    public var verbs: [String] = []
    /// More phrases that belong to the cue after a verb: "in a podcast".
    public var cues: [String] = []
    /// More phrases whose object is the speaker: "in the view of".
    public var sources: [String] = []
    /// A lexicon file in the format of the built-in one, added to it; relative to the pipeline file.
    public var lexicon: String?
    /// Report indirect speech (X said that CLAUSE) as quotes of kind `indirect`.
    public var indirect = true
    /// Resolve he, she, they and it to names.
    public var pronouns = true
    /// Write `meta.speakers`: each speaker's name and how many quotes they have.
    public var speakerCounts = true

    enum CodingKeys: String, CodingKey {
        case verbs, cues, sources, lexicon, indirect, pronouns
        case speakerCounts = "speaker_counts"
    }

    /// All defaults.
    public init() {}

    /// One line per option, by key.
    public static let documentation = [
        "verbs": "More speech verbs, each \"opine\" or all its forms \"opine opines opined opining\" (base form first).",
        "cues": "More phrases that follow a speech verb as part of its cue, e.g. \"in a podcast\".",
        "sources": "More phrases whose object is the speaker, like \"according to\".",
        "lexicon": "A lexicon file in the built-in format (see the module README), added to the built-in lexicon; relative to the pipeline file.",
        "indirect": "Report indirect speech (X said that CLAUSE) as quotes of kind 'indirect'.",
        "pronouns": "Resolve he, she, they and it to the nearest fitting name; false leaves them without a speaker.",
        "speaker_counts": "Write meta.speakers: each speaker's name and how many quotes they have.",
    ]

    /// Rejects empty entries.
    public func validate() -> [String] {
        var problems: [String] = []
        for (key, values) in [("verbs", verbs), ("cues", cues), ("sources", sources)] {
            if values.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                problems.append("'\(key)' has an empty entry")
            }
        }
        if let lexicon, lexicon.isEmpty { problems.append("'lexicon' must be a file path") }
        return problems
    }
}
