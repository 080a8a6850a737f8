/// How control charts are drawn and read.
public struct SPCSettings: Sendable, Equatable {
    /// Points in a run that make a shift or a trend: 7, or 6 as some boards prefer.
    public var runLength: Int
    /// Limits (and so signals) need at least this many points.
    public var minimumPoints: Int

    public init(runLength: Int = 7, minimumPoints: Int = 12) {
        self.runLength = runLength
        self.minimumPoints = minimumPoints
    }
}
