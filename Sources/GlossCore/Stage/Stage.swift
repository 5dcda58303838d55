/// One step of a pipeline: reads some layers of a document and adds others.
///
/// A stage is a value built once per pipeline (in `init`, where it loads models and lexicons) and then
/// shared by every worker thread, so `process` must not mutate shared state. Options come from the
/// pipeline file, decoded into `Options` with defaults from `Options()`.
///
/// ```swift
/// struct Shout: Stage {
///     struct Options: StageOptions { var suffix = "!" }
///     static let name = "shout"
///     static let summary = "Upper-cases the text."
///     static let requires: Set<Layer> = []
///     static let produces: Set<Layer> = [.text]
///     let options: Options
///     init(options: Options, context: StageContext) { self.options = options }
///     func process(_ document: inout Document) throws { document.text = document.text.uppercased() + options.suffix }
/// }
/// ```
public protocol Stage: Sendable {
    /// The stage's options; `Options()` holds every default.
    associatedtype Options: StageOptions = NoOptions

    /// The name used in pipeline files (`segment`). Lower case, unique within a registry.
    static var name: String { get }
    /// One line saying what the stage does, for `gloss stages`.
    static var summary: String { get }
    /// Longer documentation for `gloss stages NAME`: what it does, what it needs, an example.
    static var documentation: String { get }
    /// Layers that must be present before this stage runs.
    static var requires: Set<Layer> { get }
    /// Layers this stage adds or rewrites.
    static var produces: Set<Layer> { get }

    /// Layers required with these options; by default ``requires``. Override when options change them.
    static func requires(with options: Options) -> Set<Layer>
    /// Layers produced with these options; by default ``produces``.
    static func produces(with options: Options) -> Set<Layer>

    /// Builds the stage: validate what options alone cannot, load models. Throw ``StageError`` with
    /// a message that says what to do.
    init(options: Options, context: StageContext) throws

    /// Adds this stage's layers to `document`. Throwing fails this document only (the pipeline's
    /// `on_error` decides what happens next); say what went wrong in terms the user can act on.
    func process(_ document: inout Document) throws

    /// Called once when the run is over (close child processes, flush caches). Default: nothing.
    func finish()
}

extension Stage {
    public static var documentation: String { "" }
    public static func requires(with options: Options) -> Set<Layer> { requires }
    public static func produces(with options: Options) -> Set<Layer> { produces }
    public func finish() {}
}

/// The options of a stage. Every property has its default in `init()`; a pipeline file overrides them
/// by key. Unknown keys are errors, wrong types name the expected type.
///
/// Synthesized `Codable` is enough: keys are the property names (use `CodingKeys` for snake_case).
public protocol StageOptions: Codable, Sendable {
    /// All defaults.
    init()
    /// One line per option, by key, for `gloss stages NAME` and `gloss inspect`.
    static var documentation: [String: String] { get }
    /// Problems that types alone cannot catch (a negative count, two options that exclude each other),
    /// each as a message; empty when the options are fine.
    func validate() -> [String]
}

extension StageOptions {
    public static var documentation: [String: String] { [:] }
    public func validate() -> [String] { [] }
}

/// Options of a stage that has none.
public struct NoOptions: StageOptions, Hashable {
    public init() {}
}

/// An error a stage throws, from `init` or `process`, with what to do about it.
public struct StageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// What the user can do about it, if anything.
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { hint.map { "\(message); \($0)" } ?? message }
}
