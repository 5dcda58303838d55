/// The Markdown table of a benchmark run, one row per measurement, with the targets it is held to.
public enum BenchmarkTable {
    /// The table's Markdown (header, alignment row, one row per record, a trailing newline).
    public static func markdown(_ records: [MeasurementRecord]) -> String {
        var rows: [[String]] = [[
            "measurement", "jobs", "MB", "docs", "seconds (median)", "MB/s", "MB per CPU-second", "docs/s",
            "peak RSS (MB)", "other load (cores)", "target",
        ]]
        for record in records {
            rows.append([
                record.name, String(record.jobs), Statistics.format(Double(record.bytes) / 1e6, 1),
                String(record.documents), Statistics.format(record.seconds, record.seconds < 10 ? 3 : 1),
                Statistics.format(record.megabytesPerSecond, record.megabytesPerSecond < 10 ? 2 : 1),
                record.megabytesPerCPUSecond.map { Statistics.format($0, $0 < 10 ? 2 : 1) } ?? "",
                Statistics.format(record.documentsPerSecond, 0),
                record.peakRSS > 0 ? Statistics.format(Double(record.peakRSS) / 1e6, 0) : "",
                Statistics.format(record.otherCores, 2),
                SpeedTargets.verdict(record, among: records),
            ])
        }
        let rightAligned: Set<Int> = [1, 2, 3, 4, 5, 6, 7, 8, 9]
        var text = ""
        for (index, row) in rows.enumerated() {
            text += "| " + row.joined(separator: " | ") + " |\n"
            if index == 0 {
                text += "|" + row.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined() + "\n"
            }
        }
        return text
    }
}
