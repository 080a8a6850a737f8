/// The process limits of one point of a control chart, in the units of its values.
public struct ProcessLimits: Sendable, Equatable {
    /// The mean of the series (p̄ as a percentage on a p-chart).
    public var centre: Double
    /// The lower and upper process limits (3σ).
    public var lower: Double
    public var upper: Double
    /// The 2σ band, which the two-of-three rule uses.
    public var lowerWarning: Double
    public var upperWarning: Double

    public init(centre: Double, lower: Double, upper: Double, lowerWarning: Double, upperWarning: Double) {
        self.centre = centre
        self.lower = lower
        self.upper = upper
        self.lowerWarning = lowerWarning
        self.upperWarning = upperWarning
    }
}
