import ArgumentParser
import GlossCore
import GlossTesting
import GlossYAML

#if canImport(Glibc)
import Glibc
#endif

struct TestCommand: GlossSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run declarative tests (YAML) through a pipeline and check what it found.",
        discussion: """
            A test file:
              version: 1
              tests:
                - name: depot strike
                  text: |          # or  file: PATH  (relative to the test file)
                    Bus drivers at the Norvale depot walked out on Monday. ...
                  expect:
                    sentences: 4
                    entities contain: {text: Mara Quell, label: PER}
                    quote 1 speaker: Mara Quell
                    summary contains: walked out
                    ext.keywords contain: [depot, strike]

            An expectation is  SUBJECT [VERB]: VALUE
              SUBJECT  sentences, tokens, entities, quotes, summary, text, id,
                       meta.NAME or ext.NAME; then an item number (quote 1;
                       -1 is the last) and a field (quote 1 speaker).
              VERB     none: equals (a list against a number: how many);
                       contains (or contain), excludes, at least, at most.
              VALUE    a scalar matches a string, a number or an item's text;
                       {field: value, ...} matches an item with those fields;
                       a list after contains/excludes means each of them.
            Unknown keys, misspelt expectations and expectations about a layer
            no stage of the pipeline produces are errors at their line, so a
            typo can never pass.

            Exit codes: 0 every test passed; 1 some test failed; 66 a test file
            does not exist; 78 the pipeline or a test file is invalid.
            """)

    @Argument(help: "The pipeline file.")
    var pipeline: String

    @Argument(help: "Test files (YAML).")
    var tests: [String] = []

    func validate() throws {
        if tests.isEmpty { throw ValidationError("give at least one test file: gloss test PIPELINE TESTS.yaml") }
    }

    func execute(_ context: CommandContext) -> ExitStatus {
        let console = context.console
        let loaded = LoadedPipeline(path: pipeline, registry: context.registry, environment: context.environment)
        guard let plan = loaded.plan else {
            console.report(loaded.diagnostics)
            return .invalidPipeline
        }
        var files: [TestFile] = []
        var diagnostics: [Diagnostic] = []
        for path in tests {
            guard access(path, F_OK) == 0 else {
                console.error("test file '\(path)' does not exist")
                return .inputMissing
            }
            let root: ConfigNode
            do {
                root = try YAMLLoader.loadFile(path)
            } catch {
                diagnostics += error.diagnostics
                continue
            }
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
            let (file, problems) = TestFile.read(root, file: path, baseDirectory: folder.isEmpty ? "/" : folder, available: plan.availableLayers)
            diagnostics += problems
            files.append(file)
        }
        if !diagnostics.isEmpty {
            console.report(DiagnosticError(diagnostics).diagnostics)
            console.err("gloss: \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") in the test file\(tests.count == 1 ? "" : "s"); no test was run\n")
            return .invalidPipeline
        }
        let built: Pipeline
        do {
            built = try plan.instantiate(context: StageContext(
                logger: context.logger, baseDirectory: loaded.directory, workers: 1, environment: context.environment))
        } catch {
            console.report(error.diagnostics)
            return .invalidPipeline
        }
        defer { built.finish() }

        var all: [TestCaseResult] = []
        for file in files {
            if files.count > 1 { console.out("\(file.path)\n") }
            let results = TestFileRun.run(file, pipeline: built)
            console.out(TestFileRun.report(results))
            all += results
        }
        if files.count > 1 { console.out("\nall files: " + TestFileRun.summary(all) + "\n") }
        return all.allSatisfy(\.passed) ? .success : .testsFailed
    }
}
