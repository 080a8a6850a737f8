import Testing

@testable import Judgement

@Suite struct ShiftTests {
    // Every series here has Σ = 240 (mean 20) and moving ranges summing to 22 (MR̄ = 2, none screened:
    // 3.267 × 2 = 6.534), so limits 20 ± 2.66 × 2 = 20 ± 5.32 → [14.68, 25.32] and 2σ band
    // 20 ± (2/3 × 2.66) × 2 = 20 ± 3.546667 → [16.453333, 23.546667].

    @Test func sevenOnOneSideIsAShift() {
        // Seven above 20, then five below. Σ = 153 + 87 = 240.
        // Ranges: 2, 2, 2, 2, 2, 2, 3, 1, 2, 3, 1 → Σ 22.
        let values: [Double] = [21, 23, 21, 23, 21, 23, 21, 18, 17, 19, 16, 17]
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        expectLimits(
            judged[0].limits, centre: 20, lower: 14.68, upper: 25.32, lowerWarning: 16.453333,
            upperWarning: 23.546667, within: 1e-6)
        // Points 0…6 take part; the five below (7…11) are too few. 16 is the only point beyond 2σ.
        #expect(judged.map(\.signals) == signals(count: 12, mark(0...6, [Signal(.shift, .improvement)])))
    }

    @Test func sevenBelowIsAShiftOfConcernWhenHigherIsBetter() {
        // The mirror image 40 − v of the series above: mean 20, the same ranges.
        let values: [Double] = [19, 17, 19, 17, 19, 17, 19, 22, 23, 21, 24, 23]
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        #expect(judged.map(\.signals) == signals(count: 12, mark(0...6, [Signal(.shift, .concern)])))
        let lower = ProcessChart.judge(series(values), kind: .xmr, direction: .lower)
        #expect(lower.map(\.signals) == signals(count: 12, mark(0...6, [Signal(.shift, .improvement)])))
    }

    @Test func aPointOnTheCentreBreaksTheRun() {
        // The same seven as the first series but the fourth is exactly 20, on the mean: Σ = 150 + 90 = 240.
        // Ranges: 2, 2, 1, 1, 2, 2, 4, 2, 3, 3, 0 → Σ 22.
        // Sides: + + + 0 + + + − − − − −: runs of 3, 3 and 5, none of 7 (nor of 6).
        let values: [Double] = [21, 23, 21, 20, 21, 23, 21, 17, 19, 16, 19, 19]
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        #expect(isClose(judged[0].limits?.centre, 20))
        #expect(judged.map(\.signals) == signals(count: 12, [:]))
        let six = ProcessChart.judge(
            series(values), kind: .xmr, direction: .higher, settings: SPCSettings(runLength: 6))
        #expect(six.map(\.signals) == signals(count: 12, [:]))
    }

    @Test func sixThenOnTheCentreIsAShiftOnlyWhenRunsAreSix() {
        // Six above 20, then a point exactly on the mean, then five below: Σ = 132 + 20 + 88 = 240.
        // Ranges: 2, 2, 2, 2, 2, 3, 3, 1, 2, 2, 1 → Σ 22.
        let values: [Double] = [21, 23, 21, 23, 21, 23, 20, 17, 18, 16, 18, 19]
        // Runs of 7 (the default): the on-centre point does not make the six into seven.
        let seven = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        #expect(seven.map(\.signals) == signals(count: 12, [:]))
        // Runs of 6: points 0…5 take part, the point on the centre does not.
        let six = ProcessChart.judge(
            series(values), kind: .xmr, direction: .higher, settings: SPCSettings(runLength: 6))
        #expect(six.map(\.signals) == signals(count: 12, mark(0...5, [Signal(.shift, .improvement)])))
    }
}
