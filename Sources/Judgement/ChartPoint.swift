/// One point of a series: a period's value, with its numerator and denominator when the value is a
/// proportion (a p-chart needs them).
public struct ChartPoint: Sendable, Equatable {
    public var value: Double
    public var numerator: Double?
    public var denominator: Double?

    public init(value: Double, numerator: Double? = nil, denominator: Double? = nil) {
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A proportion point: its value is the percentage 100 × numerator ÷ denominator.
    public static func proportion(_ numerator: Double, of denominator: Double) -> ChartPoint {
        ChartPoint(value: 100 * numerator / denominator, numerator: numerator, denominator: denominator)
    }
}

/// Which control chart a series is drawn on.
public enum ChartKind: String, Sendable {
    /// Individuals and moving range: rates, ratios and counts.
    case xmr
    /// Proportions, in percent, with limits per point from the point's own denominator.
    case p
}
