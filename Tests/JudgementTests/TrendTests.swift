import Testing

@testable import Judgement

@Suite struct TrendTests {
    // Every series here has Σ = 240 (mean 20) and moving ranges summing to 22 (MR̄ = 2, none screened:
    // 3.267 × 2 = 6.534): limits 20 ± 5.32 → [14.68, 25.32], 2σ band 20 ± 3.546667 → [16.453333, 23.546667].

    @Test func sevenPointsSixRisesIsATrend() {
        // INDICATORS.md: "a run of 7 points each strictly above (or below) the one before". The implementation
        // reads this as 7 points, i.e. 6 rises: the first point of the run is not itself above its predecessor.
        // 17 < 18 < 19 < 20 < 21 < 22 < 23 is 7 points and 6 rises, and is a trend.
        // Σ = 140 + 100 = 240. Ranges: 1, 1, 1, 1, 1, 1, 2, 3, 4, 4, 3 → Σ 22.
        // Sides: − − − 0 + + + + − + − +: no 7 on one side. All values in [17, 23]: nothing beyond 2σ.
        let values: [Double] = [17, 18, 19, 20, 21, 22, 23, 21, 18, 22, 18, 21]
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        expectLimits(
            judged[0].limits, centre: 20, lower: 14.68, upper: 25.32, lowerWarning: 16.453333,
            upperWarning: 23.546667, within: 1e-6)
        // All 7 points of the run take part, including the first (17); the 21 after 23 does not.
        #expect(judged.map(\.signals) == signals(count: 12, mark(0...6, [Signal(.trend, .improvement)])))
    }

    @Test func aFallingTrendIsConcernWhenHigherIsBetter() {
        // The mirror image 40 − v of the series above: 23 > 22 > … > 17, 6 falls.
        let values: [Double] = [23, 22, 21, 20, 19, 18, 17, 19, 22, 18, 22, 19]
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        #expect(judged.map(\.signals) == signals(count: 12, mark(0...6, [Signal(.trend, .concern)])))
        let lower = ProcessChart.judge(series(values), kind: .xmr, direction: .lower)
        #expect(lower.map(\.signals) == signals(count: 12, mark(0...6, [Signal(.trend, .improvement)])))
    }

    @Test func sixPointsAreATrendOnlyWhenRunsAreSix() {
        // 18 < 19 < 20 < 21 < 22 < 23: 6 points, 5 rises, then 21 falls. Σ = 123 + 117 = 240.
        // Ranges: 1, 1, 1, 1, 1, 2, 1, 2, 1, 6, 5 → Σ 22.
        let values: [Double] = [18, 19, 20, 21, 22, 23, 21, 20, 18, 17, 23, 18]
        let seven = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        #expect(seven.map(\.signals) == signals(count: 12, [:]))
        let six = ProcessChart.judge(
            series(values), kind: .xmr, direction: .higher, settings: SPCSettings(runLength: 6))
        #expect(six.map(\.signals) == signals(count: 12, mark(0...5, [Signal(.trend, .improvement)])))
    }

    @Test func aTieBreaksTheTrend() {
        // 17, 18, 19, 19, 20, 21, 22: seven points rising but for one tie (19, 19), so runs of 3 and 4 points.
        // Σ = 136 + 104 = 240. Ranges: 1, 1, 0, 1, 1, 1, 3, 5, 4, 2, 3 → Σ 22.
        let values: [Double] = [17, 18, 19, 19, 20, 21, 22, 19, 24, 20, 22, 19]
        let seven = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        #expect(seven.map(\.signals) == signals(count: 12, [:]))
        let six = ProcessChart.judge(
            series(values), kind: .xmr, direction: .higher, settings: SPCSettings(runLength: 6))
        #expect(six.map(\.signals) == signals(count: 12, [:]))
    }
}
