/// Which measurements to make, from --only and --skip.
struct Selection {
    private let only: Set<String>?
    private let skip: Set<String>
    static let fixedNames: Set<String> = ["read", "stages", "write", "pipeline", "gloss-run", "startup", "memory"]

    init(only: String?, skip: String?) {
        func names(_ text: String?) -> Set<String>? {
            text.map { Set($0.split(separator: ",").map { String($0.filter { $0 != " " }) }) }
        }
        self.only = names(only)
        self.skip = names(skip) ?? []
    }

    /// Throws when --only or --skip names something that is not a measurement.
    func check(labels: [String]) throws {
        let known = Self.fixedNames.union(labels)
        let unknown = (only ?? []).union(skip).subtracting(known)
        if !unknown.isEmpty {
            throw BenchError("unknown measurement(s) \(unknown.sorted().joined(separator: ", ")); known: \(known.sorted().joined(separator: ", "))")
        }
    }

    func includes(_ name: String, isStage: Bool = false) -> Bool {
        if skip.contains(name) || (isStage && skip.contains("stages")) { return false }
        guard let only else { return true }
        return only.contains(name) || (isStage && only.contains("stages"))
    }
}
