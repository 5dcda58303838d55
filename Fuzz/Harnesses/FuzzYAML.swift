import GlossClean
import GlossCore
import GlossIO
import GlossSegment
import GlossSummarize
import GlossYAML

/// libFuzzer target: a pipeline file, as `gloss check` reads it.
///
/// The bytes go through the YAML loader (libyaml events, anchors, limits), `PipelineDefinition.read`
/// (`${VAR}` substitution, version, limits, stage entries), the output settings and a `PipelinePlan`
/// against real stages whose options are decoded; a plan that checks is built and run on one short
/// document, since options reach the stages' code. Every diagnostic is rendered, and each must carry
/// a location inside the file when it has one.
private let registry = StageRegistry([CleanStage.self, SegmentStage.self, SummarizeStage.self])
private let environment = ["HOME": "/root", "SITE": "Riverton Ledger", "EMPTY": ""]
private let sample = "RIVERTON — The ferry “Maud” ran late, Mr. Oyelaran said. It docked at 6 p.m."

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let root: ConfigNode
    do {
        // Small limits so that the fuzzer reaches them with small inputs.
        root = try YAMLLoader.load(bytes, file: "fuzz.yaml", limits: YAMLLimits(maxInputBytes: 1 << 20, maxExpandedNodes: 5_000, maxDepth: 40))
    } catch {
        check(error.diagnostics, size: size)
        return 0
    }
    let (definition, problems) = PipelineDefinition.read(root, file: "fuzz.yaml", environment: environment)
    check(problems, size: size)
    let (_, outputProblems) = OutputFormat.readSettings(definition.output)
    check(outputProblems, size: size)
    guard problems.isEmpty, let plan = try? PipelinePlan(definition, registry: registry) else { return 0 }
    guard let pipeline = try? plan.instantiate(context: StageContext()) else { return 0 }
    var document = Document(id: "fuzz", text: sample)
    try? pipeline.process(&document)
    return 0
}

/// Diagnostics must be printable and point inside the file (lines from 1, columns from 1).
private func check(_ diagnostics: [Diagnostic], size: Int) {
    for diagnostic in diagnostics {
        _ = diagnostic.description
        if let location = diagnostic.location {
            precondition(location.line >= 1 && location.column >= 1, "diagnostic outside the file: \(diagnostic)")
            precondition(location.line <= size + 1, "diagnostic past the last line: \(diagnostic)")
        }
    }
}
