import Foundation
import GlossStages
import Testing

/// Hostile pipeline files through `gloss check` and `gloss run`: each is a located error and exit 78, and
/// no input is read. The loader's own limits and messages are tested in GlossYAMLTests; this is the
/// command line's side of them.
@Suite struct HostilePipelineFileTests {
    static let laughs = "version: 1\nstages: [clean]\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + (1..<9).map { level in
            let name = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(level)))
            let previous = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(level - 1)))
            return "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }.joined()

    static let cases: [(name: String, yaml: String, error: String)] = [
        ("alias bomb", laughs,
         "p.yaml:8:36: error: alias '*e' expands the document beyond the limit of 1000000 nodes (YAMLLimits.maxExpandedNodes)"),
        // libyaml takes a plain key of at most 1024 characters; a longer one needs `? key`.
        ("1 MB plain key", "version: 1\nstages: [clean]\n" + String(repeating: "k", count: 1 << 20) + ": 1\n",
         "p.yaml:3:1048577: error: could not find expected ':' (while scanning a simple key at 3:1)"),
        ("1 MB explicit key", "version: 1\nstages: [clean]\n? " + String(repeating: "k", count: 1 << 20) + "\n: 1\n",
         "p.yaml:3:3: error: unknown key '\(String(repeating: "k", count: 40))…' in the pipeline file; allowed: "),
        ("10,000-deep nesting", "version: 1\nstages: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n",
         "p.yaml:2:264: error: lists and mappings nest deeper than the limit of 256 levels (YAMLLimits.maxDepth)"),
        ("duplicate keys", "version: 1\nstages: [clean]\nstages: [segment]\n", "p.yaml:3:1: error: duplicate key 'stages' (first at 2:1)"),
        ("wrong version", "version: 7\nstages: [clean]\n", "p.yaml:1:10: error: unsupported pipeline version 7; this gloss reads version 1 (write 'version: 1')"),
    ]

    @Test(arguments: cases.indices)
    func aHostilePipelineFileIsALocatedErrorAndExits78(index: Int) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (name, yaml, error) = Self.cases[index]
        let pipeline = try scratch.write("p.yaml", yaml)
        let input = try scratch.write("in.txt", "The ferry ran late.")
        let check = gloss(["check", pipeline], stages: StandardStages.all)
        #expect(check.status == 78, "\(name)")
        #expect(check.err.contains(scratch.path + "/" + error), "\(name): \(check.err.prefix(400))")
        #expect(check.err.utf8.count < 4_000, "\(name): the message quotes too much of the file")
        let run = gloss(["run", pipeline, input, "-o", scratch.path + "/out.jsonl"], stages: StandardStages.all)
        #expect(run.status == 78, "\(name)")
        #expect(!scratch.exists("out.jsonl"))
    }
}
