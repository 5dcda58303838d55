/// A typed key under which a custom stage stores its output on a ``Document``.
///
/// ```swift
/// enum Keywords: DocumentExtensionKey {
///     static let name = "keywords"
///     typealias Value = [String]
/// }
/// document[Keywords.self] = ["strike", "transit"]
/// ```
/// Values are kept as JSON (``JSONValue``) and serialised under `"ext"` in the output, so a value written
/// by an `exec` stage in another language reads back through the same key.
public protocol DocumentExtensionKey {
    /// The value stored under the key.
    associatedtype Value: Codable & Sendable
    /// The key's name in the output's `"ext"` object; also a good name for the layer the stage produces.
    static var name: String { get }
}
