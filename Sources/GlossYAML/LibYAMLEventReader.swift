import CLibYAML
import GlossCore

/// Runs libyaml's event parser (`yaml_parser_parse`) over a byte buffer and hands each event to a closure.
///
/// libyaml keeps a pointer to the parser inside the parser (its string reader's context), so the parser
/// lives at a fixed heap address; every event is freed after the closure sees it, and the parser is
/// freed on every way out, errors included.
enum LibYAMLEventReader {
    /// Parses `input` (which must stay valid throughout) and calls `body` for each event up to and
    /// including the stream end. A libyaml error becomes a diagnostic located at libyaml's problem mark.
    static func forEachEvent(
        in input: UnsafeBufferPointer<UInt8>, file: String,
        _ body: (YAMLEvent) throws(DiagnosticError) -> Void
    ) throws(DiagnosticError) {
        guard let base = input.baseAddress else {
            try body(.streamStart)
            try body(.streamEnd)
            return
        }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw DiagnosticError(.error("\(file): out of memory while starting the YAML parser", at: nil))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, input.count)

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                throw DiagnosticError(syntaxError(parser.pointee, input: input, file: file))
            }
            let type = event.type
            let converted = convert(event, file: file)
            yaml_event_delete(&event)
            try body(converted)
            if type == YAML_STREAM_END_EVENT { return }
        }
    }

    private static func location(_ mark: yaml_mark_t, file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func convert(_ event: yaml_event_t, file: String) -> YAMLEvent {
        let start = location(event.start_mark, file: file)
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT: return .streamEnd
        case YAML_DOCUMENT_START_EVENT: return .documentStart(start)
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(string(event.data.alias.anchor) ?? "", start)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
            let style: ConfigNode.ScalarStyle = scalar.style == YAML_PLAIN_SCALAR_STYLE ? .plain : .quoted
            return .scalar(text, style, .init(anchor: string(scalar.anchor), tag: string(scalar.tag)), start)
        case YAML_SEQUENCE_START_EVENT:
            let sequence = event.data.sequence_start
            return .sequenceStart(.init(anchor: string(sequence.anchor), tag: string(sequence.tag)), start)
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let mapping = event.data.mapping_start
            return .mappingStart(.init(anchor: string(mapping.anchor), tag: string(mapping.tag)), start)
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default:
            // YAML_NO_EVENT: libyaml only produces it after the stream end, which ends the loop.
            return .streamEnd
        }
    }

    /// libyaml's problem text, located, with its context ("while parsing a block mapping at 2:1") when
    /// libyaml gives one.
    private static func syntaxError(_ parser: yaml_parser_t, input: UnsafeBufferPointer<UInt8>, file: String) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown YAML error"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return .error("\(file): out of memory while parsing YAML", at: nil)
        case YAML_READER_ERROR:
            // Reader errors (bad encoding, control characters) carry a byte offset, not a mark.
            let value = parser.problem_value == -1 ? "" : " (byte 0x\(hex(parser.problem_value)))"
            return .error(problem + value, at: locate(byteOffset: parser.problem_offset, in: input, file: file))
        default:
            var message = problem
            if let context = parser.context.map({ String(cString: $0) }) {
                let contextMark = parser.context_mark
                let sameSpot = contextMark.line == parser.problem_mark.line && contextMark.column == parser.problem_mark.column
                message += sameSpot
                    ? " (\(context))"
                    : " (\(context) at \(contextMark.line + 1):\(contextMark.column + 1))"
            }
            let at = location(parser.problem_mark, file: file)
            if problem == "found character that cannot start any token", byte(at: at, in: input) == 0x09 {
                message += "; indent with spaces: YAML does not allow tabs here"
            }
            // libyaml recognises `key: value` only when the key ends within 1024 characters.
            if problem == "mapping values are not allowed in this context", parser.problem_mark.column >= 1024 {
                message += "; a key longer than 1024 characters must be written as an explicit key ('? key', then ': value' on the next line)"
            }
            return .error(message, at: at)
        }
    }

    /// The byte that starts the character at `location`, if there is one.
    private static func byte(at location: SourceLocation, in input: UnsafeBufferPointer<UInt8>) -> UInt8? {
        let index = walk(input) { _, line, column in line == location.line && column == location.column }.index
        return index < input.count ? input[index] : nil
    }

    private static func hex(_ value: Int32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count < 2 ? "0" + digits : digits
    }

    /// The location of a byte offset.
    static func locate(byteOffset: Int, in input: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        let place = walk(input) { index, _, _ in index >= byteOffset }
        return SourceLocation(file: file, line: place.line, column: place.column)
    }

    /// Walks the input counting 1-based lines and columns the way libyaml's marks do (columns in
    /// characters, CRLF one line break, a leading BOM not a column) until `stop` is true or the input ends.
    private static func walk(
        _ input: UnsafeBufferPointer<UInt8>, until stop: (_ index: Int, _ line: Int, _ column: Int) -> Bool
    ) -> (index: Int, line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < input.count, !stop(index, line, column) {
            let byte = input[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= input.count || input[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
            index += 1
        }
        return (index, line, column)
    }
}
