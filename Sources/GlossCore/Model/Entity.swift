/// A named-entity mention: a span of the text and its label.
public struct Entity: Hashable, Sendable {
    /// Offset of the mention's first byte.
    public var start: Int
    /// Offset one past the mention's last byte.
    public var end: Int
    /// The entity type.
    public var label: EntityLabel

    /// Creates a mention over `span`.
    public init(_ span: Span, label: EntityLabel) {
        self.start = span.start
        self.end = span.end
        self.label = label
    }

    /// The mention's byte span.
    @inlinable
    public var span: Span { Span(start: start, end: end) }
}

/// An entity type. The standard ones are `PER`, `ORG`, `LOC` and `MISC`; stages may add their own.
public struct EntityLabel: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The label as written in output ("PER").
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// A person.
    public static let person: EntityLabel = "PER"
    /// An organisation: companies, agencies, parties, teams, "the Kremlin".
    public static let organization: EntityLabel = "ORG"
    /// A place: countries, cities, regions, geographic features.
    public static let location: EntityLabel = "LOC"
    /// Any other name.
    public static let miscellaneous: EntityLabel = "MISC"

    public var description: String { rawValue }
}
