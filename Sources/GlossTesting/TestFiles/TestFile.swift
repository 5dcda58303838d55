import Foundation
import GlossCore

/// A file of declarative pipeline tests, as `gloss test PIPELINE TESTS.yaml` reads it.
///
/// ```yaml
/// version: 1
/// tests:
///   - name: depot strike
///     text: |
///       Bus drivers at the Norvale depot walked out on Monday. "We are not moving," said Mara Quell.
///     expect:
///       sentences: 2
///       entities contain: {text: Mara Quell, label: PER}
///       quote 1 speaker: Mara Quell
///       ext.keywords contain: [depot, strike]
///   - name: from a file
///     file: articles/strike.txt      # relative to this file; .txt, .html, or .jsonl (its first record)
///     meta: {source: wire}
///     expect:
///       tokens at least: 40
/// ```
/// Every key is checked before anything runs: an unknown key, a misspelt expectation, or one about a
/// layer that no step of the pipeline produces is an error at its line, never a test that passes.
public struct TestFile: Sendable {
    /// One test: a document and what must hold after the pipeline ran on it.
    public struct Case: Sendable {
        public var name: String
        /// Where the test starts in the file.
        public var location: SourceLocation?
        public var document: Document
        public var expectations: [Expectation]
    }

    /// The highest test-file version this build reads.
    public static let supportedVersion = 1

    public var path: String
    public var cases: [Case]

    private static let topLevelKeys = ["version", "tests"]
    private static let caseKeys = ["name", "text", "file", "id", "meta", "expect"]

    /// Reads a test file's tree.
    /// - Parameters:
    ///   - baseDirectory: where `file:` paths start (the test file's folder).
    ///   - available: the layers the pipeline produces, to reject expectations nothing can meet; nil skips
    ///     that check.
    /// - Returns: the tests as far as they could be read, and every problem found.
    public static func read(
        _ root: ConfigNode, file: String, baseDirectory: String, available: Set<Layer>?
    ) -> (TestFile, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var result = TestFile(path: file, cases: [])
        let start = root.location ?? SourceLocation(file: file, line: 1, column: 1)
        guard let entries = root.entries else {
            diagnostics.append(.error("a test file must be a mapping with 'version: 1' and 'tests:'; found \(root.kindDescription)", at: start))
            return (result, diagnostics)
        }
        for entry in entries where !topLevelKeys.contains(entry.key) {
            diagnostics.append(.error(
                "unknown key '\(entry.key)' in the test file\(Suggestions.didYouMean(entry.key, in: topLevelKeys)); allowed: \(topLevelKeys.joined(separator: ", "))",
                at: entry.keyLocation ?? entry.value.location))
        }
        if let version = root["version"] {
            if version.scalar != String(supportedVersion) {
                diagnostics.append(.error("unsupported test file version \(version.kindDescription); this gloss reads version \(supportedVersion)", at: version.location))
            }
        } else {
            diagnostics.append(.error("missing 'version: \(supportedVersion)' (every test file starts with it)", at: start))
        }
        guard let tests = root["tests"] else {
            diagnostics.append(.error("missing 'tests:', the list of tests", at: start))
            return (result, diagnostics)
        }
        guard let elements = tests.elements, !elements.isEmpty else {
            diagnostics.append(.error("'tests' must be a non-empty list (one '- name: ...' per test), got \(tests.kindDescription)", at: tests.location))
            return (result, diagnostics)
        }
        var names: Set<String> = []
        for (index, node) in elements.enumerated() {
            guard let test = readCase(node, number: index + 1, baseDirectory: baseDirectory, available: available, diagnostics: &diagnostics) else { continue }
            if !names.insert(test.name).inserted {
                diagnostics.append(.error("two tests are named '\(test.name)'; names must be unique", at: test.location))
            }
            result.cases.append(test)
        }
        return (result, diagnostics)
    }

    private static func readCase(
        _ node: ConfigNode, number: Int, baseDirectory: String, available: Set<Layer>?, diagnostics: inout [Diagnostic]
    ) -> Case? {
        guard let entries = node.entries else {
            diagnostics.append(.error("test \(number) must be a mapping with 'name', 'text' (or 'file') and 'expect', got \(node.kindDescription)", at: node.location))
            return nil
        }
        let before = diagnostics.count
        for entry in entries where !caseKeys.contains(entry.key) {
            diagnostics.append(.error(
                "unknown key '\(entry.key)' in test \(number)\(Suggestions.didYouMean(entry.key, in: caseKeys)); allowed: \(caseKeys.joined(separator: ", "))",
                at: entry.keyLocation ?? entry.value.location))
        }
        func string(_ key: String) -> String? {
            guard let value = node[key] else { return nil }
            guard let text = value.scalar, !value.isNull else {
                diagnostics.append(.error("'\(key)' must be text, got \(value.kindDescription)", at: value.location))
                return nil
            }
            return text
        }
        let name = string("name") ?? "test \(number)"
        if node["name"] == nil {
            diagnostics.append(.error("test \(number) has no 'name'; give each test a name to recognise it in the report", at: node.location))
        }
        var meta: [String: JSONValue] = [:]
        if let metaNode = node["meta"] {
            if case .object(let object) = metaNode.jsonValue { meta = object } else {
                diagnostics.append(.error("'meta' must be a mapping, got \(metaNode.kindDescription)", at: metaNode.location))
            }
        }
        let id = string("id") ?? name
        var document: Document?
        switch (string("text"), string("file")) {
        case (let text?, nil):
            document = Document(id: id, text: text, meta: meta)
        case (nil, let path?):
            document = readDocument(path, id: id, meta: meta, baseDirectory: baseDirectory, at: node["file"]?.location, diagnostics: &diagnostics)
        case (_?, _?):
            diagnostics.append(.error("test '\(name)' has both 'text' and 'file'; give one", at: node["file"]?.location))
        case (nil, nil):
            if node["text"] == nil && node["file"] == nil {
                diagnostics.append(.error("test '\(name)' needs its input: 'text: ...' or 'file: PATH'", at: node.location))
            }
        }
        var expectations: [Expectation] = []
        if let expect = node["expect"] {
            if expect.entries?.isEmpty == false {
                expectations = readExpectations(expect, available: available, diagnostics: &diagnostics)
            } else {
                diagnostics.append(.error("'expect' must be a mapping of expectations (for example 'sentences: 3'), got \(expect.kindDescription)", at: expect.location))
            }
        } else {
            diagnostics.append(.error("test '\(name)' has no 'expect:'; a test without expectations checks nothing", at: node.location))
        }
        guard diagnostics.count == before, let document else { return nil }
        return Case(name: name, location: node.location, document: document, expectations: expectations)
    }

    /// Reads an `expect:` mapping; every key that does not parse, and every layer nothing produces, is a
    /// located diagnostic.
    static func readExpectations(_ node: ConfigNode, available: Set<Layer>?, diagnostics: inout [Diagnostic]) -> [Expectation] {
        guard let entries = node.entries else {
            diagnostics.append(.error("expectations must be a mapping ('sentences: 3', one per line), got \(node.kindDescription)", at: node.location))
            return []
        }
        var expectations: [Expectation] = []
        for entry in entries {
            let location = entry.keyLocation ?? entry.value.location
            do {
                let expectation = try Expectation(key: entry.key, value: entry.value, location: location)
                if let available, let problem = expectation.unavailableLayer(in: available) {
                    diagnostics.append(.error("'\(entry.key)': \(problem)", at: location))
                    continue
                }
                expectations.append(expectation)
            } catch {
                diagnostics.append(.error(error.message, at: location))
            }
        }
        return expectations
    }

    private static func readDocument(
        _ path: String, id: String, meta: [String: JSONValue], baseDirectory: String, at location: SourceLocation?,
        diagnostics: inout [Diagnostic]
    ) -> Document? {
        let full = path.hasPrefix("/") || baseDirectory == "." ? path : baseDirectory + "/" + path
        guard let data = FileManager.default.contents(atPath: full) else {
            diagnostics.append(.error("cannot read '\(full)' ('file' is relative to the test file's folder)", at: location))
            return nil
        }
        let bytes = [UInt8](data)
        let lowered = path.lowercased()
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".json") {
            let firstLine = bytes.split(separator: 0x0A, maxSplits: 1).first.map(Array.init) ?? []
            do {
                var document = try DocumentJSON.decode(try JSONParser.parse(firstLine).0, defaultID: id)
                for (key, value) in meta { document.meta[key] = value }
                return document
            } catch {
                diagnostics.append(.error("the first record of '\(full)' is not a document: \(error)", at: location))
                return nil
            }
        }
        var document = Document(id: id, text: UTF8Repair.decode(bytes).text, meta: meta)
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") { document.meta["format"] = "html" }
        return document
    }
}
