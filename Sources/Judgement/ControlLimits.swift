/// The limit arithmetic of "Making Data Count".
enum ControlLimits {
    /// XmR: centre = mean; moving ranges strictly above 3.267 × the mean moving range are screened
    /// out and the mean recomputed; limits = mean ± 2.66 × that mean moving range, and the 2σ band
    /// mean ± (2/3 × 2.66) × it. One set of limits for every point.
    static func xmr(_ values: [Double]) -> ProcessLimits {
        let mean = values.reduce(0, +) / Double(values.count)
        let ranges = zip(values.dropFirst(), values).map { abs($0 - $1) }
        let meanRange = ranges.isEmpty ? 0 : ranges.reduce(0, +) / Double(ranges.count)
        let screened = ranges.filter { $0 <= 3.267 * meanRange }
        let screenedMean = screened.isEmpty ? 0 : screened.reduce(0, +) / Double(screened.count)
        let width = 2.66 * screenedMean
        return ProcessLimits(
            centre: mean, lower: mean - width, upper: mean + width,
            lowerWarning: mean - width * 2 / 3, upperWarning: mean + width * 2 / 3)
    }

    /// p-chart: p̄ = Σ numerators ÷ Σ denominators; each point's limits p̄ ± 3√(p̄(1−p̄)/n) with its
    /// own n, and its 2σ band likewise, as percentages clamped to [0, 100].
    static func p(numerators: [Double], denominators: [Double]) -> [ProcessLimits] {
        let total = denominators.reduce(0, +)
        let pBar = total > 0 ? numerators.reduce(0, +) / total : 0
        return denominators.map { n in
            let sigma = n > 0 ? (pBar * (1 - pBar) / n).squareRoot() : 0
            func percent(_ p: Double) -> Double { 100 * min(1, max(0, p)) }
            return ProcessLimits(
                centre: 100 * pBar, lower: percent(pBar - 3 * sigma), upper: percent(pBar + 3 * sigma),
                lowerWarning: percent(pBar - 2 * sigma), upperWarning: percent(pBar + 2 * sigma))
        }
    }
}
