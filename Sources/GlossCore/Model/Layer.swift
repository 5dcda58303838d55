/// The name of something a stage reads or writes on a ``Document``.
///
/// The standard layers are below; custom stages name their own (usually their extension key's name),
/// and `exec` stages declare theirs in the pipeline file. Pipelines check, before any document is read,
/// that every layer a stage requires is produced by an earlier stage.
public struct Layer: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ name: String) { self.rawValue = name }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The document text. Every document has it; a stage that *produces* `text` rewrites it, which is
    /// only allowed before any stage that produces spans into it.
    public static let text: Layer = "text"
    /// `meta`: title, source, dateline, ... (string -> JSON value).
    public static let meta: Layer = "meta"
    /// Sentence spans.
    public static let sentences: Layer = "sentences"
    /// Token spans.
    public static let tokens: Layer = "tokens"
    /// Universal POS tags on the tokens.
    public static let pos: Layer = "pos"
    /// Named-entity mentions.
    public static let entities: Layer = "entities"
    /// Quotations and their speakers.
    public static let quotes: Layer = "quotes"
    /// An extractive summary.
    public static let summary: Layer = "summary"

    /// Layers whose content is spans into the text: rewriting the text after them would break them.
    public static let spanLayers: Set<Layer> = [.sentences, .tokens, .pos, .entities, .quotes, .summary]

    /// Layers every document has before any stage runs.
    public static let initial: Set<Layer> = [.text, .meta]

    public static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}
