import GlossCore

/// The per-stage table `gloss run` prints on stderr at the end, and its JSON twin (`--stats json`).
enum RunStatistics {
    static func table(_ report: RunReport) -> String {
        let totalStageTime = report.stages.reduce(UInt64(0)) { $0 + $1.timing.nanoseconds }
        var rows: [[String]] = [["stage", "calls", "time (s)", "share", "MB/s"]]
        for (label, timing) in report.stages {
            let seconds = Double(timing.nanoseconds) / 1e9
            let share = totalStageTime > 0 ? Double(timing.nanoseconds) / Double(totalStageTime) * 100 : 0
            rows.append([
                label, String(timing.calls), format(seconds, 3), format(share, 1) + "%",
                seconds > 0 ? format(Double(timing.bytes) / 1e6 / seconds, 1) : "-",
            ])
        }
        let wall = report.seconds
        rows.append([
            "run (wall)", String(report.documentsRead), format(wall, 3), "",
            wall > 0 ? format(Double(report.inputBytes) / 1e6 / wall, 1) : "-",
        ])
        let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var text = ""
        for (index, row) in rows.enumerated() {
            var line = row[0].padding(widths[0])
            for column in 1..<5 { line += "  " + row[column].leftPadding(widths[column]) }
            text += line + "\n"
            if index == 0 || index == rows.count - 2 {
                text += String(repeating: "-", count: line.count) + "\n"
            }
        }
        text += "stage MB/s: text bytes the stage saw per second of its own time, summed over \(report.jobs) worker\(report.jobs == 1 ? "" : "s"); run MB/s: input bytes per wall-clock second\n"
        return text
    }

    static func json(_ report: RunReport) -> String {
        var stages: [JSONValue] = []
        for (label, timing) in report.stages {
            let seconds = Double(timing.nanoseconds) / 1e9
            stages.append([
                "stage": .string(label), "calls": .integer(timing.calls), "seconds": .double(seconds),
                "bytes": .integer(timing.bytes), "mb_per_s": .double(seconds > 0 ? Double(timing.bytes) / 1e6 / seconds : 0),
            ])
        }
        let value: JSONValue = [
            "documents_read": .integer(report.documentsRead), "documents_written": .integer(report.documentsWritten),
            "documents_failed": .integer(report.documentsFailed), "input_bytes": .integer(report.inputBytes),
            "seconds": .double(report.seconds), "jobs": .integer(report.jobs),
            "utf8_repaired_documents": .integer(report.documentsRepaired), "interrupted": .bool(report.interrupted),
            "stages": .array(stages),
        ]
        return value.description + "\n"
    }

    static func format(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let fraction = text[text.index(after: dot)...].count
            if fraction < decimals { text += String(repeating: "0", count: decimals - fraction) }
            if decimals == 0 { text = String(text[..<dot]) }
        } else if decimals > 0 {
            text += "." + String(repeating: "0", count: decimals)
        }
        return text
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
