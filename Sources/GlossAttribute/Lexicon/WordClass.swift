/// What the cue lexicon knows about a word: bits, several of which may be set at once ("said" is a
/// speech verb, past tense and participle).
public struct WordClass: OptionSet, Hashable, Sendable {
    public var rawValue: UInt64

    public init(rawValue: UInt64) { self.rawValue = rawValue }

    // Speech verbs: what they can do.
    /// Attributes a quotation: "Q," she said.
    public static let attributesQuote = WordClass(rawValue: 1 << 0)
    /// Reports a clause: she said (that) CLAUSE.
    public static let reportsClause = WordClass(rawValue: 1 << 1)
    /// Names something with a quotation: he called it "a disgrace".
    public static let namesWithQuote = WordClass(rawValue: 1 << 2)
    /// Takes a listener before its clause: told reporters (that) ...
    public static let takesListener = WordClass(rawValue: 1 << 3)
    /// Reports a clause only with an explicit "that".
    public static let needsThat = WordClass(rawValue: 1 << 4)
    /// Trusted whatever part of speech the tagger gave it.
    public static let trusted = WordClass(rawValue: 1 << 5)

    // Verb forms.
    /// The base form: say.
    public static let baseForm = WordClass(rawValue: 1 << 6)
    /// Third person singular present: says.
    public static let thirdPerson = WordClass(rawValue: 1 << 7)
    /// Past tense or participle: said, written.
    public static let pastForm = WordClass(rawValue: 1 << 8)
    /// The -ing form: saying.
    public static let gerund = WordClass(rawValue: 1 << 9)

    // Nouns and titles.
    /// A noun for an organisation ("ministry"), or a word that marks a name as one ("Motors").
    public static let organisation = WordClass(rawValue: 1 << 10)
    /// A noun for a person or a role ("spokesman", "analyst").
    public static let person = WordClass(rawValue: 1 << 11)
    /// A title before a name ("Mr.", "Judge").
    public static let title = WordClass(rawValue: 1 << 12)
    /// Says its bearer is male (a title, a role noun or a given name).
    public static let male = WordClass(rawValue: 1 << 13)
    /// Says its bearer is female.
    public static let female = WordClass(rawValue: 1 << 14)
    /// A given name (with ``male`` or ``female``).
    public static let givenName = WordClass(rawValue: 1 << 15)

    // Function words the rules look for.
    /// he
    public static let pronounHe = WordClass(rawValue: 1 << 16)
    /// she
    public static let pronounShe = WordClass(rawValue: 1 << 17)
    /// they
    public static let pronounThey = WordClass(rawValue: 1 << 18)
    /// it
    public static let pronounIt = WordClass(rawValue: 1 << 19)
    /// I, we, you: speakers inside a quotation, never an attribution outside one.
    public static let pronounOther = WordClass(rawValue: 1 << 20)
    /// his, him, himself
    public static let hisWord = WordClass(rawValue: 1 << 21)
    /// her, hers, herself
    public static let herWord = WordClass(rawValue: 1 << 22)
    /// that
    public static let that = WordClass(rawValue: 1 << 23)
    /// not, n't, never
    public static let negation = WordClass(rawValue: 1 << 24)
    /// Forms of "be": a passive ("was told") is no attribution.
    public static let beForm = WordClass(rawValue: 1 << 25)
    /// Forms of "have": "has said" is.
    public static let haveForm = WordClass(rawValue: 1 << 26)
    /// Modal and other auxiliaries that make a verb no report of speech ("did not say", "will say").
    public static let modal = WordClass(rawValue: 1 << 27)
    /// to (after "declined", "wants": "declined to say" reports nothing).
    public static let to = WordClass(rawValue: 1 << 28)
    /// Weekdays and months: they end a name ("said Peskov Monday").
    public static let calendar = WordClass(rawValue: 1 << 29)
    /// Words that join the parts of an organisation's name: of, for, de.
    public static let nameConnector = WordClass(rawValue: 1 << 30)
    /// who, which, whose: an appositive that starts with one is a relative clause, not a role.
    public static let relative = WordClass(rawValue: 1 << 31)
    /// the, a, an
    public static let article = WordClass(rawValue: 1 << 32)
    /// Words of time that may stand between a verb and its clause: earlier, later, today, yesterday, late, early.
    public static let timeWord = WordClass(rawValue: 1 << 33)
    /// "so-called", "dubbed", "nicknamed", "titled": a quotation after it is a name, never speech.
    public static let namingMarker = WordClass(rawValue: 1 << 34)
    /// whether, if: a clause they open is a question, not a report.
    public static let question = WordClass(rawValue: 1 << 35)
    /// A word that may be part of a multi-word cue or source phrase.
    public static let phraseWord = WordClass(rawValue: 1 << 36)
    /// "out" of "pointed out that".
    public static let particleOut = WordClass(rawValue: 1 << 37)
    /// also, then, later, again, once, previously, repeatedly: may stand between a subject and its verb.
    public static let softAdverb = WordClass(rawValue: 1 << 38)

    /// A noun that stands for whichever company the text is about ("the carmaker").
    public static let company = WordClass(rawValue: 1 << 39)

    /// A noun for a document that speaks for its maker: figures, data, poll, survey, report, study.
    public static let document = WordClass(rawValue: 1 << 40)

    /// Any speech verb.
    public static let speechVerb: WordClass = [.attributesQuote, .reportsClause, .namesWithQuote]
    /// Any pronoun that may stand for a speaker outside a quotation.
    public static let speakerPronoun: WordClass = [.pronounHe, .pronounShe, .pronounThey, .pronounIt]
}
