import GlossCore

/// Where the `keywords` stage puts its result: `document[KeywordList.self]`, written as `"ext": {"keywords":
/// [...]}` in the output. The key's name is also the name of the layer the stage produces, so that a later
/// stage (or a `gloss test` expectation such as `ext.keywords contain: strike`) can ask for it.
public enum KeywordList: DocumentExtensionKey {
    public static let name = "keywords"
    /// The keywords, most frequent first, lower-cased.
    public typealias Value = [String]
}
