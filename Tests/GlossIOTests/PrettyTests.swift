import Testing
@testable import GlossCore
@testable import GlossIO

@Suite struct PrettyTests {
    func veldenDocument() -> Document {
        let text = "“We will rebuild,” said Ana Ruiz, the mayor of Velden. She said the work starts in May."
        var document = Document(id: "velden.txt", text: text, meta: ["title": "Velden counts the cost", "source": "Velden Post"])
        document.sentences = [span(of: "“We will rebuild,” said Ana Ruiz, the mayor of Velden.", in: text), span(of: "She said the work starts in May.", in: text)]
        document.entities = [Entity(span(of: "Ana Ruiz", in: text), label: .person), Entity(span(of: "Velden", in: text), label: .location)]
        document.quotes = [
            Quote(span(of: "We will rebuild,", in: text), kind: .direct, speaker: "Ana Ruiz", speakerSpan: span(of: "Ana Ruiz", in: text),
                  speakerRole: "mayor of Velden", cue: "said"),
            Quote(span(of: "the work starts in May", in: text), kind: .indirect, speaker: "Ana Ruiz", speakerSpan: span(of: "She", in: text), cue: "said"),
            Quote(span(of: "rebuild", in: text), kind: .partial),
        ]
        document.summary = Summary(sentences: [0], text: "“We will rebuild,” said Ana Ruiz, the mayor of Velden.")
        return document
    }

    @Test func plainViewShowsTitleSummaryWhoSaidWhatAndEntities() throws {
        let output = try written([veldenDocument(), Document(id: "bare.txt", text: "Just\ntext.")], as: .pretty)
        #expect(output == """
            ━━ Velden counts the cost
               Velden Post
               velden.txt
            Summary
               “We will rebuild,” said Ana Ruiz, the mayor of Velden.
            Who said what
               Ana Ruiz (mayor of Velden): “We will rebuild,”
               Ana Ruiz: the work starts in May (indirect)
               (unattributed): “rebuild” (partial)
            Entities
               PER  Ana Ruiz
               LOC  Velden

            ━━ bare.txt
            Text
               Just text.

            """)
    }

    @Test func colourWhenAskedAndOnlyThen() throws {
        let coloured = try written([veldenDocument()], as: .pretty, options: .init(color: true))
        #expect(coloured.contains("\u{1B}[1;36mAna Ruiz\u{1B}[0m (mayor of Velden): \u{1B}[33m“We will rebuild,”\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[34mPER\u{1B}[0m  Ana Ruiz"))
        let plain = try written([veldenDocument()], as: .pretty, options: .init(color: false))
        #expect(!plain.utf8.contains(0x1B))
    }

    @Test(arguments: [false, true])
    func documentTextCannotDriveTheTerminal(color: Bool) throws {
        let nasty = "A\u{1B}]0;retitled\u{7}B\u{1B}[2J\u{9B}31mC\u{0}D\r\nE\u{7F}"
        var document = Document(id: "nasty\u{1B}[1m", text: nasty, meta: ["title": .string(nasty), "source": .string(nasty)])
        document.entities = [Entity(Span(start: 0, end: nasty.utf8.count), label: EntityLabel(rawValue: "X\u{1B}[5m"))]
        document.quotes = [Quote(Span(start: 0, end: nasty.utf8.count), kind: .direct, speaker: nasty, speakerRole: nasty)]
        document.error = DocumentFailure(documentID: document.id, stage: nasty, message: nasty)
        let output = try written([document], as: .pretty, options: .init(color: color))
        let scalars = output.unicodeScalars
        #expect(!scalars.contains { $0.value == 0x07 || $0.value == 0x00 || $0.value == 0x7F || $0.value == 0x9B || $0.value == 0x0D })
        // Every escape left is one of the view's own colour codes.
        let allowed: Set<String> = ["[0m", "[1m", "[2m", "[31m", "[33m", "[1;36m", "[36m"]
        for piece in output.split(separator: "\u{1B}", omittingEmptySubsequences: false).dropFirst() {
            #expect(allowed.contains { piece.hasPrefix($0) }, "unexpected escape \\e\(piece.prefix(8))")
        }
        #expect(output.contains("A\u{FFFD}]0;retitled\u{FFFD}B\u{FFFD}[2J\u{FFFD}31mC\u{FFFD}D E\u{FFFD}"))
        #expect(output.split(separator: "\n").count == 10, "title, source, id, error, Text + excerpt, Who said what + one quote, Entities + one label: nothing breaks a line")
    }
}
