import Testing

@testable import Judgement

@Suite struct TwoOfThreeTests {
    // Every series here has Σ = 240 (mean 20) and moving ranges summing to 22 (MR̄ = 2, none screened:
    // the largest is 6 ≤ 3.267 × 2 = 6.534): limits 20 ± 5.32 → [14.68, 25.32],
    // 2σ band 20 ± (2/3 × 2.66) × 2 = 20 ± 3.546667 → [16.453333, 23.546667].

    @Test func twoOfThreeBeyondTheBandOnOneSideMarksTheTwo() {
        // Points 3…5 are 24, 22, 24: all above 20, and 24 > 23.546667 twice.
        // Σ = 17 + 19 + 19 + 24 + 22 + 24 + 21 + 21 + 17 + 17 + 18 + 21 = 240.
        // Ranges: 2, 0, 5, 2, 2, 3, 0, 4, 0, 1, 3 → Σ 22.
        let values: [Double] = [17, 19, 19, 24, 22, 24, 21, 21, 17, 17, 18, 21]
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        expectLimits(
            judged[0].limits, centre: 20, lower: 14.68, upper: 25.32, lowerWarning: 16.453333,
            upperWarning: 23.546667, within: 1e-6)
        // The implementation marks the points beyond the 2σ band in a qualifying window (3 and 5), not the third
        // point of the window (4, at 22, inside the band).
        let twoOfThree = [Signal(.twoOfThree, .improvement)]
        #expect(judged.map(\.signals) == signals(count: 12, [3: twoOfThree, 5: twoOfThree]))
    }

    @Test func belowTheBandIsConcernWhenHigherIsBetter() {
        // The mirror image 40 − v: 16, 18, 16 at points 3…5, below 16.453333 twice, all below 20.
        let values: [Double] = [23, 21, 21, 16, 18, 16, 19, 19, 23, 23, 22, 19]
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        let twoOfThree = [Signal(.twoOfThree, .concern)]
        #expect(judged.map(\.signals) == signals(count: 12, [3: twoOfThree, 5: twoOfThree]))
    }

    @Test func aPointBeyondALimitCounts() {
        // Points 3…5 are 26, 22, 24: 26 > 25.32 is also astronomical; with 24 it makes two beyond 23.546667.
        // Σ = 19 + 19 + 20 + 26 + 22 + 24 + 20 + 19 + 19 + 17 + 18 + 17 = 240.
        // Ranges: 0, 1, 6, 4, 2, 4, 1, 0, 2, 1, 1 → Σ 22 (6 ≤ 6.534: kept).
        let values: [Double] = [19, 19, 20, 26, 22, 24, 20, 19, 19, 17, 18, 17]
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        let expected = signals(
            count: 12,
            [
                3: [Signal(.astronomical, .improvement), Signal(.twoOfThree, .improvement)],
                5: [Signal(.twoOfThree, .improvement)],
            ])
        #expect(judged.map(\.signals) == expected)
    }

    @Test func beyondTheBandOnOppositeSidesDoesNotFire() {
        // Points 3…5 are 24, 22, 16: 24 > 23.546667 and 16 < 16.453333, one on each side.
        // Σ = 20 + 21 + 21 + 24 + 22 + 16 + 17 + 19 + 21 + 21 + 18 + 20 = 240.
        // Ranges: 1, 0, 3, 2, 6, 1, 2, 2, 0, 3, 2 → Σ 22.
        let values: [Double] = [20, 21, 21, 24, 22, 16, 17, 19, 21, 21, 18, 20]
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        #expect(judged.map(\.signals) == signals(count: 12, [:]))
    }

    @Test func theThirdPointOnTheOtherSideOfTheCentreStopsIt() {
        // Points 3…5 are 24, 19, 24: two beyond 23.546667, but 19 is below the centre.
        // Σ = 20 + 21 + 23 + 24 + 19 + 24 + 20 + 19 + 17 + 17 + 18 + 18 = 240.
        // Ranges: 1, 2, 1, 5, 5, 4, 1, 2, 0, 1, 0 → Σ 22.
        // (Window 2…4 is 23, 24, 19 and window 4…6 is 19, 24, 20: neither is all above the centre.)
        let values: [Double] = [20, 21, 23, 24, 19, 24, 20, 19, 17, 17, 18, 18]
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        #expect(judged.map(\.signals) == signals(count: 12, [:]))
    }
}
