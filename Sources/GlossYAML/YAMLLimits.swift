/// Bounds that keep a hostile or broken YAML file from using unbounded time, memory or stack.
///
/// The defaults are far above what a pipeline file needs and far below what hurts:
///
/// ```swift
/// var limits = YAMLLimits()
/// limits.maxDepth = 32
/// let root = try YAMLLoader.load(text, file: "pipeline.yaml", limits: limits)
/// ```
public struct YAMLLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes (default 16 MiB). Checked before parsing starts.
    public var maxInputBytes: Int
    /// Most nodes the document may have with every alias expanded (default 1,000,000).
    ///
    /// Aliases share their anchored subtree, so loading stays cheap, but everything that walks the tree
    /// afterwards (decoding, `${VAR}` substitution, printing) visits each use again. Counting the expanded
    /// size as the aliases are met makes a "billion laughs" file fail at the alias that crosses the limit,
    /// without expanding anything.
    public var maxExpandedNodes: Int
    /// Deepest nesting of lists and mappings, counting the root as 1 and aliases expanded (default 256).
    ///
    /// The loader itself builds without recursion, but code that consumes a ``GlossCore/ConfigNode``
    /// (decoding, equality, releasing the tree) recurses once per level: keep this in the hundreds.
    public var maxDepth: Int

    /// The defaults.
    public init() {
        self.init(maxInputBytes: 16 << 20, maxExpandedNodes: 1_000_000, maxDepth: 256)
    }

    /// Custom limits; each must be positive.
    public init(maxInputBytes: Int, maxExpandedNodes: Int, maxDepth: Int) {
        precondition(maxInputBytes > 0 && maxExpandedNodes > 0 && maxDepth > 0, "YAML limits must be positive")
        self.maxInputBytes = maxInputBytes
        self.maxExpandedNodes = maxExpandedNodes
        self.maxDepth = maxDepth
    }
}
