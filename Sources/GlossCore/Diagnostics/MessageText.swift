/// User input as messages quote it.
public enum MessageText {
    /// `text` cut to its first 40 characters and "…" when it is longer than 60 bytes: a megabyte key in a
    /// hostile pipeline file makes a one-line error, not a megabyte one.
    public static func quoted(_ text: String) -> String {
        text.utf8.count > 60 ? String(text.prefix(40)) + "…" : text
    }
}
