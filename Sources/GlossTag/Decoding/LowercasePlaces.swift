import GlossCore

/// Makes a lower-case country or place name of the built-in lexicon a LOC where the entity model left it
/// outside ("flights to auckland", "moving to florida"): web text often writes names in lower case, and
/// the training data has too few such sentences for the model to learn them (in UNER English-EWT train,
/// lower-case lexicon places other than those below are LOC 30 times and outside once).
///
/// Place names that are also common lower-case words or given names are left to the model.
enum LowercasePlaces {
    /// Lexicon places that are common words or names in lower case ("us", "turkey", "china", "chad").
    static let ambiguous: Set<UInt64> = Set(
        ["us", "turkey", "china", "chad", "jordan", "georgia", "guinea", "phoenix", "kent", "florence", "washington",
         "virginia", "lima", "santiago", "oxford", "cambridge", "manchester", "victoria", "wales", "niger", "mali",
         "asia", "europe", "africa", "america", "england", "britain", "pacific", "atlantic", "mediterranean",
         "caribbean", "amazon", "kingston", "richmond", "perth"]
            .map(Lexicon.lowercaseHash))

    /// Rewrites to `B-LOC` the outside tags of lower-case tokens of `window` whose lexicon classes include a
    /// country or place and which are not ``ambiguous``.
    static func mark(_ window: SentenceWindow, classes: [(kind: UInt8, label: EntityLabel)], outside: UInt8?) {
        guard let outside, let begin = classes.firstIndex(where: { $0.kind == 1 && $0.label == .location }) else { return }
        for i in 0..<window.count where window.tags[i + 2] == outside {
            let traits = window.traits[i + 2]
            guard traits.lexicon & (Lexicon.Class.country | Lexicon.Class.place) != 0,
                traits.flags & TokenTraits.Flag.hasUpper == 0, traits.flags & TokenTraits.Flag.hasLower != 0,
                !ambiguous.contains(traits.norm)
            else { continue }
            window.tags[i + 2] = UInt8(begin)
        }
    }
}
