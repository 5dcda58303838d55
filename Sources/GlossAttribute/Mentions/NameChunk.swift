/// A name in the text: an entity mention, repaired at its edges, or a run of proper nouns the tagger left
/// without an entity.
struct NameChunk {
    /// What kind of bearer the evidence points to.
    enum Bearer: UInt8 {
        case person
        case organisation
        case place
        case unknown
    }

    /// Gender, as far as the document tells.
    enum Gender: UInt8 {
        case unknown
        case male
        case female
        /// Evidence both ways: no pronoun test can use it.
        case conflicting
    }

    /// First and last token.
    var first: Int
    var last: Int
    var bearer: Bearer
    /// Whether `bearer` rests on the tagger's label alone (no organisation word, given name or title).
    var bearerFromLabel: Bool
    /// Gender from the name itself (a given name, a title before it).
    var gender: Gender
    /// Whether the name is inside a quotation (a weaker antecedent for pronouns).
    var quoted: Bool

    var tokenCount: Int { last - first + 1 }
}
