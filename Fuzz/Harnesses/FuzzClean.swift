import GlossClean
import GlossCore

/// libFuzzer target: the `clean` stage on arbitrary bytes, as HTML and as feed text.
///
/// The first byte picks the options (HTML forced or not, ASCII punctuation, the report); the rest is the
/// document, made valid UTF-8 the way the reader makes it. Besides not crashing, an HTML document must
/// come out as text, and cleaning as text must be idempotent (the stage documents this): the output of a
/// second, text-mode pass does not change in a third.
private let stages: [CleanStage] = (0..<8).map { variant in
    var options = CleanOptions()
    options.html = variant & 1 == 0 ? .always : .auto
    options.asciiPunctuation = variant & 2 != 0
    options.report = variant & 4 != 0
    return CleanStage(options: options, context: StageContext())
}

private let textStages: [CleanStage] = (0..<4).map { variant in
    var options = CleanOptions()
    options.html = .never
    options.asciiPunctuation = variant & 1 != 0
    options.report = variant & 2 != 0
    return CleanStage(options: options, context: StageContext())
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClean(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let stage = stages[Int(data[0] & 7)]
    let (text, _) = UTF8Repair.decode(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var document = Document(id: "fuzz.html", text: text, meta: ["format": "html"])
    stage.process(&document)
    precondition(document.meta["format"] == "text", "an HTML document must come out as text")
    // As text (html: never): `auto` would take text that still looks like markup for HTML, by design.
    let textStage = textStages[Int(data[0] & 6) >> 1]
    var again = Document(id: "fuzz.txt", text: document.text, meta: ["format": "text"])
    textStage.process(&again)
    var third = Document(id: "fuzz.txt", text: again.text, meta: ["format": "text"])
    textStage.process(&third)
    precondition(third.text == again.text, "text cleaning is not idempotent:\n\(again.text.debugDescription)\n\(third.text.debugDescription)")
    return 0
}
