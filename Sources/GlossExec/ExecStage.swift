import GlossCore

/// Stage `exec`: any program that speaks JSON Lines on stdin and stdout is a stage.
///
/// Each worker gets its own long-lived child (started without a shell from an argument list). A document
/// goes to the child as one line of JSON, in the form `gloss run` writes; the child answers with one line:
/// the same document with its additions. The answer is checked before it is accepted: same `id`, same
/// text, every layer that was sent still there and unchanged unless the step declares it in `produces`,
/// and every declared layer present. A child that crashes, hangs, writes something else or answers for
/// another document fails that document (the pipeline's `on_error` decides what follows) and is replaced,
/// up to `max_restarts` times.
///
/// ```yaml
/// - exec:
///     command: [python3, word_count.py]
///     produces: [word_count]
/// ```
public struct ExecStage: Stage {
    public static let name = "exec"
    public static let summary = "Runs a program in any language as a stage: JSON Lines in, JSON Lines out."
    public static let documentation = """
        Starts the program in 'command' (a list: program, then arguments; no shell) once per worker and keeps
        it running. For each document it writes one line of JSON to the program's stdin -- the document as
        'gloss run' outputs it: {"id", "text", "meta", layers..., "ext"} with offsets in code points -- and
        reads one line from its stdout: the same document with the program's additions. Write them under
        "ext" (ext.word_count) and name them in 'produces'; 'requires' names the layers the program needs.
        Answers come one per document, in order, and the program must flush stdout after each line.

        An answer is refused, failing that document, when its id is another document's, when it changed
        the text or dropped or changed a layer it does not declare in 'produces', or when a declared layer
        is missing. A program that cannot handle a document can answer {"id": ..., "error": "why"}.
        A program that exits, hangs past 'timeout', or writes anything but one JSON line per document is
        stopped, the document fails, and a new program takes over, at most 'max_restarts' times. stdout
        carries answers only: write logs to stderr ('stderr: log' shows them, prefixed).

        Example (word_count.py):
            import json, sys
            for line in sys.stdin:
                doc = json.loads(line)
                doc.setdefault("ext", {})["word_count"] = len(doc["text"].split())
                print(json.dumps(doc), flush=True)
        Pipeline:
            - exec:
                command: [python3, word_count.py]
                produces: [word_count]
        """
    public static let requires: Set<Layer> = []
    public static let produces: Set<Layer> = []

    /// The layers named in `requires`.
    public static func requires(with options: Options) -> Set<Layer> { Set(options.requires.map { Layer($0) }) }

    /// The layers named in `produces`.
    public static func produces(with options: Options) -> Set<Layer> { Set(options.produces.map { Layer($0) }) }

    private let pool: ChildPool
    private let produces: Set<Layer>

    /// Resolves the program and starts the first child, so that a wrong command fails before any document.
    /// - Throws: ``StageError`` when the folder or the program cannot be found or started.
    public init(options: Options, context: StageContext) throws {
        let command = try ChildCommand(options: options, context: context)
        produces = Self.produces(with: options)
        pool = ChildPool(
            command: command, timeout: options.timeout, startTimeout: options.startTimeout,
            maxRestarts: options.maxRestarts, forwardStderr: options.stderr == .log, logger: context.logger,
            label: context.label.isEmpty ? Self.name : context.label)
        pool.checkIn(try pool.checkOut())
    }

    /// Sends `document` to a child and takes its answer.
    /// - Throws: ``StageError`` saying what the child did (and, for a child that failed, that it is replaced).
    public func process(_ document: inout Document) throws {
        var request = DocumentJSON.encode(document)
        request.append(0x0A)
        try BrokenPipeGuard.run { () throws(StageError) in try exchange(request, document: &document) }
    }

    private func exchange(_ request: [UInt8], document: inout Document) throws(StageError) {
        var child = try pool.checkOut()
        let emit = pool.forwarder(child.pid)
        switch child.exchange(request, deadline: pool.deadline(for: child), emit: emit) {
        case .failure(let fault):
            throw StageError(pool.discard(&child, fault: fault, documentID: document.id))
        case .success(let line):
            switch AnswerReader.read(line, for: document, produces: produces) {
            case .document(let answer):
                child.answered += 1
                child.lastAnsweredID = document.id
                pool.checkIn(child)
                document = answer
            case .reportedError(let message):
                child.answered += 1
                child.lastAnsweredID = document.id
                pool.checkIn(child)
                throw StageError("the program reported an error for this document: \(message)")
            case .invalid(let problem):
                child.answered += 1
                child.lastAnsweredID = document.id
                pool.checkIn(child)
                throw StageError("the program '\(pool.command.display)' answered, but \(problem)")
            case .outOfStep(let problem):
                throw StageError(pool.discard(&child, fault: .outOfStep(problem), documentID: document.id))
            }
        }
    }

    /// Closes the children: each sees end-of-file on its stdin and has two seconds to exit.
    public func finish() {
        pool.closeAll(grace: 2_000_000_000)
    }
}
