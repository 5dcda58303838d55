/// What one child process measures, as passed on its command line (`--measure stage:2`).
enum MeasurementSpec: Equatable {
    /// Which documents a stage is timed on.
    enum Subset: String {
        case all, text, html
    }

    /// Reading and decoding the corpus, one thread.
    case read
    /// Step `index` of the pipeline alone, earlier steps precomputed.
    case stage(index: Int, subset: Subset)
    /// Rendering the finished documents as JSON, one thread.
    case write
    /// The whole pipeline through the runner, in memory (records decoded, JSON rendered, not written).
    case pipeline(jobs: Int)

    init?(_ text: String) {
        let parts = text.split(separator: ":").map(String.init)
        switch parts.first {
        case "read": self = .read
        case "write": self = .write
        case "stage":
            guard parts.count >= 2, let index = Int(parts[1]) else { return nil }
            let subset = parts.count > 2 ? Subset(rawValue: parts[2]) : .all
            guard let subset else { return nil }
            self = .stage(index: index, subset: subset)
        case "pipeline":
            guard parts.count == 2, let jobs = Int(parts[1]), jobs > 0 else { return nil }
            self = .pipeline(jobs: jobs)
        default: return nil
        }
    }

    var text: String {
        switch self {
        case .read: "read"
        case .write: "write"
        case .stage(let index, let subset): "stage:\(index):\(subset.rawValue)"
        case .pipeline(let jobs): "pipeline:\(jobs)"
        }
    }
}
