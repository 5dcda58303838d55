import GlossCore

/// A quotation or report found in a document, before its speaker is resolved to a name.
struct Finding {
    /// First and last token of the quoted or reported words.
    var first: Int
    var last: Int
    var kind: Quote.Kind
    /// What the attribution rests on; nil when nobody is attributed.
    var mention: SpeakerMention?
    /// First and last token of the cue ("said", "told reporters", "according to").
    var cue: ClosedRange<Int>?
    /// The quotation-mark span it came from (nil for indirect speech).
    var span: Int?
    /// Whether the speaker came from another quotation (a continuation) rather than words around this one.
    var inherited = false
}
