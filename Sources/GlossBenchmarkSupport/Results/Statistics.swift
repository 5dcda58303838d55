/// Medians and rounding for the result table.
public enum Statistics {
    /// The median (the mean of the middle two for an even count); 0 for no values.
    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `value` rounded to `decimals` places.
    public static func rounded(_ value: Double, _ decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (value * scale).rounded() / scale
    }

    /// `value` with exactly `decimals` places, for tables ("2.50").
    public static func format(_ value: Double, _ decimals: Int) -> String {
        let text = String(rounded(value, decimals))
        guard decimals > 0 else { return String(Int(rounded(value, 0))) }
        guard let dot = text.firstIndex(of: ".") else { return text + "." + String(repeating: "0", count: decimals) }
        let fraction = text.distance(from: text.index(after: dot), to: text.endIndex)
        return fraction >= decimals ? text : text + String(repeating: "0", count: decimals - fraction)
    }
}
