/// Statistical process control over one series, as NHS England's "Making Data Count" uses it.
public enum ProcessChart {
    /// One point's judgement: its limits (nil with too few points) and every signal it takes part in.
    public struct Judged: Sendable, Equatable {
        public var limits: ProcessLimits?
        public var signals: [Signal]

        public init(limits: ProcessLimits?, signals: [Signal]) {
            self.limits = limits
            self.signals = signals
        }
    }

    /// Judges a series, in period order. `rebases` are the indices of points from which the limits
    /// are recalculated because the process changed: each segment is charted on its own, and needs
    /// `settings.minimumPoints` points for limits. A p-chart needs every point's numerator and
    /// denominator; a point without them gets no limits.
    public static func judge(
        _ points: [ChartPoint], kind: ChartKind, direction: Direction, rebases: [Int] = [],
        settings: SPCSettings = SPCSettings()
    ) -> [Judged] {
        var judged = Array(repeating: Judged(limits: nil, signals: []), count: points.count)
        let cuts = ([0] + rebases.filter { $0 > 0 && $0 < points.count } + [points.count]).sorted()
        for (start, end) in zip(cuts, cuts.dropFirst()) where end - start >= settings.minimumPoints {
            let segment = Array(points[start..<end])
            guard let limits = limits(of: segment, kind: kind) else { continue }
            let signals = SpecialCauseRules.signals(
                values: segment.map(\.value), limits: limits, direction: direction, runLength: settings.runLength)
            for offset in segment.indices {
                judged[start + offset] = Judged(limits: limits[offset], signals: signals[offset])
            }
        }
        return judged
    }

    static func limits(of segment: [ChartPoint], kind: ChartKind) -> [ProcessLimits]? {
        switch kind {
        case .xmr:
            return Array(repeating: ControlLimits.xmr(segment.map(\.value)), count: segment.count)
        case .p:
            let numerators = segment.compactMap(\.numerator)
            let denominators = segment.compactMap(\.denominator)
            guard numerators.count == segment.count, denominators.count == segment.count else { return nil }
            return ControlLimits.p(numerators: numerators, denominators: denominators)
        }
    }
}
