import GlossCore

/// A test helper's failure, worded for the person reading the test log: what went wrong, where, and
/// (for expectations) expected against actual.
public struct HarnessError: Error, Sendable, CustomStringConvertible {
    /// The whole message; may span several lines.
    public var message: String
    /// The expectations that did not hold, when the failure is about expectations.
    public var failedExpectations: [ExpectationResult]

    public init(_ message: String, failedExpectations: [ExpectationResult] = []) {
        self.message = message
        self.failedExpectations = failedExpectations
    }

    public var description: String { message }
}
