/// What an abbreviation's period tells the sentence segmenter.
enum AbbreviationKind: UInt8, Sendable {
    /// Comes before a name or a term (Mr. Dr. Gov. Sen. Mt. vs. e.g.): its period never ends a sentence.
    case title
    /// Comes before a number (No. 5, p. 55, Vol. 3); elsewhere it is read as an ordinary word.
    case beforeNumber
    /// A month (Jan. Oct.): no sentence end before a day number.
    case month
    /// a.m. / p.m.: often ends a sentence; a weekday, month or time zone after it does not start one.
    case time
    /// U.S., U.K., U.N., E.U.: usually followed by a noun that belongs to it (U.S. Army, U.S. Sen. Smith).
    case place
    /// Inc. Corp. Ltd. Co. Jr. and most others: ends a sentence only when what follows clearly starts one.
    case general
    /// etc.: a capitalised word after it starts a new sentence.
    case closing
}
