/// Words that say little about what a sentence is about, so two sentences sharing them are not similar.
enum StopWords {
    /// Function words of English, a few reporting verbs and clitics as the tokenizer splits them. Lower case;
    /// hashed through the term stemmer, so "says" and "told" need no separate entries for their inflections.
    static let english: [String] = [
        "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along", "already", "also",
        "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are", "around",
        "as", "at", "away", "back", "be", "because", "been", "before", "being", "below", "between", "both", "but",
        "by", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either",
        "else", "enough", "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "got", "had",
        "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less", "let", "like", "made",
        "make", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "near", "never", "new",
        "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or", "other", "others", "our",
        "ours", "ourselves", "out", "over", "own", "per", "perhaps", "quite", "rather", "really", "said", "same",
        "say", "says", "see", "seen", "several", "shall", "she", "should", "since", "so", "some", "something",
        "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
        "they", "thing", "things", "this", "those", "though", "through", "thus", "to", "told", "too", "toward",
        "towards", "under", "until", "up", "upon", "us", "very", "via", "was", "way", "we", "well", "were", "what",
        "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "mr", "mrs", "ms", "dr",
        "'s", "’s", "n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m",
        "yes", "yeah", "oh", "um", "uh", "okay", "ok",
    ]
}
