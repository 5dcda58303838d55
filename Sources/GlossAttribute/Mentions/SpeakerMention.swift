/// The words a quotation's attribution rests on: a name, a pronoun or a noun phrase ("the ministry"),
/// and the role the text gives its speaker there.
struct SpeakerMention {
    enum Kind: Equatable {
        /// A name; `chunk` is its ``NameChunk`` index, nil for a capitalised word no chunk covers
        /// (a name the tagger missed at the start of a sentence).
        case name(chunk: Int?)
        /// he, she, they, it.
        case pronoun
        /// A noun phrase; `first...head` are the words that name the speaker ("players' union").
        case nominal(head: Int)
    }

    var kind: Kind
    /// First and last token of the mention.
    var first: Int
    var last: Int
    /// First and last token of the role, if the text gives one here.
    var role: ClosedRange<Int>?
    /// Whether the mention is indefinite ("a spokeswoman"): never the same speaker as an earlier one.
    var indefinite = false
}
