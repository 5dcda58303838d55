import GlossClean
import GlossCore

/// libFuzzer target: the `clean` stage on arbitrary bytes, as HTML and as feed text.
///
/// The first byte picks the options (HTML forced or not, ASCII punctuation, the report); the rest is the
/// document, made valid UTF-8 the way the reader makes it. Besides not crashing, cleaning must give valid
/// text, and cleaning that text again as text must not change it (the stage documents this).
private let stages: [CleanStage] = (0..<8).map { variant in
    var options = CleanOptions()
    options.html = variant & 1 == 0 ? .always : .auto
    options.asciiPunctuation = variant & 2 != 0
    options.report = variant & 4 != 0
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
    var again = Document(id: "fuzz.txt", text: document.text, meta: ["format": "text"])
    stages[Int(data[0] & 6) | 1].process(&again)
    return 0
}
