import GlossCore

/// The outcome of one test of a ``TestFile``.
public struct TestCaseResult: Sendable {
    public var name: String
    public var location: SourceLocation?
    /// Set when the pipeline failed on the test's document; its expectations were not checked.
    public var failure: DocumentFailure?
    /// One result per expectation, in file order.
    public var results: [ExpectationResult]

    /// Whether the pipeline ran and every expectation held.
    public var passed: Bool { failure == nil && results.allSatisfy(\.passed) }
}

/// Runs the tests of a file through a pipeline and renders the report `gloss test` prints.
public enum TestFileRun {
    /// Runs every test; a failing document fails its test only.
    public static func run(_ file: TestFile, pipeline: Pipeline) -> [TestCaseResult] {
        file.cases.map { test in
            var document = test.document
            do throws(DocumentFailure) {
                try pipeline.process(&document)
            } catch {
                return TestCaseResult(name: test.name, location: test.location, failure: error, results: [])
            }
            let view = DocumentView(document)
            let results = test.expectations.map { $0.evaluate(on: view, producer: pipeline.plan.lastProducer(of:)) }
            return TestCaseResult(name: test.name, location: test.location, failure: nil, results: results)
        }
    }

    /// The report: a line per test, expected against actual under each failure, and a summary.
    ///
    /// ```
    /// PASS  depot strike (4 expectations)
    /// FAIL  quiet day (news.tests.yaml:12:5)
    ///   news.tests.yaml:16:7: sentences: 3
    ///     expected: 3 sentences
    ///     actual:   2 sentences: "It rained.", "Nothing else.", from stage 'segment'
    ///
    /// 2 tests: 1 passed, 1 failed (4 of 5 expectations held)
    /// ```
    public static func report(_ results: [TestCaseResult]) -> String {
        var text = ""
        for result in results {
            if result.passed {
                text += "PASS  \(result.name) (\(result.results.count) expectation\(result.results.count == 1 ? "" : "s"))\n"
                continue
            }
            text += "FAIL  \(result.name)\(result.location.map { " (\($0))" } ?? "")\n"
            if let failure = result.failure {
                text += "  the pipeline failed at stage '\(failure.stage)': \(failure.message)\n"
                text += "  (its expectations were not checked)\n"
            }
            for expectation in result.results where !expectation.passed {
                for line in expectation.description.split(separator: "\n", omittingEmptySubsequences: false) {
                    text += "  \(line)\n"
                }
            }
        }
        text += "\n" + summary(results) + "\n"
        return text
    }

    /// `3 tests: 2 passed, 1 failed (9 of 11 expectations held)`.
    public static func summary(_ results: [TestCaseResult]) -> String {
        let passed = results.filter(\.passed).count
        let failed = results.count - passed
        let expectations = results.reduce(0) { $0 + $1.results.count }
        let held = results.reduce(0) { $0 + $1.results.filter(\.passed).count }
        let errored = results.filter { $0.failure != nil }.count
        var text = "\(results.count) test\(results.count == 1 ? "" : "s"): \(passed) passed, \(failed) failed"
        text += " (\(held) of \(expectations) expectation\(expectations == 1 ? "" : "s") held"
        if errored > 0 { text += "; the pipeline failed on \(errored) document\(errored == 1 ? "" : "s")" }
        return text + ")"
    }
}
