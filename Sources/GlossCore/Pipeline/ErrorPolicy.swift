/// What happens to a document that a stage fails on (the pipeline file's `on_error`).
public enum ErrorPolicy: String, ConfigEnum, Hashable {
    /// Stop the run at the first failure; exit non-zero; an `-o` file is not written.
    case fail
    /// Leave the document out of the output, report it on stderr, go on; exit 65 at the end.
    case skip
    /// Like `skip`, and write the document's input with the stage and error to a side JSON Lines file.
    case quarantine
    /// Write the document anyway, as far as it got, with an `"error": {"stage", "message"}` member; exit 65.
    case mark
}
