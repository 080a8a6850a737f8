import Testing

@testable import Judgement

@Suite struct AstronomicalTests {
    // Eleven points stepping by 2 (Σ = 16 + 14 + 16 + 14 + 12 + 14 + 12 + 10 + 12 + 10 + 8 = 138, ten moving
    // ranges of 2), then a last point X far from the 8 before it. Its moving range X − 8 is screened out
    // in both cases below, so MR̄ = 20 / 10 = 2 and the limits are mean ± 5.32.
    private let rising: [Double] = [16, 14, 16, 14, 12, 14, 12, 10, 12, 10, 8]

    @Test func justAboveTheUpperLimit() {
        // X = 18.36: mean = (138 + 18.36) / 12 = 156.36 / 12 = 13.03.
        // Ranges Σ = 20 + 10.36 = 30.36, MR̄ = 2.76, 3.267 × 2.76 = 9.017 < 10.36: screened, MR̄ = 2.
        // Upper limit = 13.03 + 5.32 = 18.35; 18.36 is 0.01 above it.
        let judged = ProcessChart.judge(series(rising + [18.36]), kind: .xmr, direction: .higher)
        expectLimits(
            judged[11].limits, centre: 13.03, lower: 7.71, upper: 18.35, lowerWarning: 9.483333,
            upperWarning: 16.576667, within: 1e-6)
        // (Nothing else: the other points lie in [8, 16] ⊂ [7.71, 18.35], only the 8 is beyond the 2σ band.)
        #expect(judged.map(\.signals) == signals(count: 12, [11: [Signal(.astronomical, .improvement)]]))
    }

    @Test func justBelowTheUpperLimit() {
        // X = 18.348: mean = 156.348 / 12 = 13.029; ranges Σ = 30.348, MR̄ = 2.758909,
        // 3.267 × 2.758909 = 9.013 < 10.348: screened, MR̄ = 2. Upper limit = 13.029 + 5.32 = 18.349 > 18.348.
        let judged = ProcessChart.judge(series(rising + [18.348]), kind: .xmr, direction: .higher)
        #expect(isClose(judged[11].limits?.upper, 18.349, within: 1e-9))
        #expect(judged.map(\.signals) == signals(count: 12, [:]))
    }

    @Test func justBelowTheLowerLimit() {
        // The mirror image 30 − v: Σ of the eleven = 330 − 138 = 192, their last is 22, and X = 30 − 18.36 = 11.64.
        // mean = (192 + 11.64) / 12 = 203.64 / 12 = 16.97; the range 22 − 11.64 = 10.36 is screened as above.
        // Lower limit = 16.97 − 5.32 = 11.65; 11.64 is 0.01 below it.
        let judged = ProcessChart.judge(series(rising.map { 30 - $0 } + [11.64]), kind: .xmr, direction: .higher)
        expectLimits(
            judged[11].limits, centre: 16.97, lower: 11.65, upper: 22.29, lowerWarning: 13.423333,
            upperWarning: 20.516667, within: 1e-6)
        #expect(judged.map(\.signals) == signals(count: 12, [11: [Signal(.astronomical, .concern)]]))
    }

    @Test func justAboveTheLowerLimit() {
        // X = 11.652: mean = 203.652 / 12 = 16.971; lower limit = 16.971 − 5.32 = 11.651 < 11.652.
        let judged = ProcessChart.judge(series(rising.map { 30 - $0 } + [11.652]), kind: .xmr, direction: .higher)
        #expect(isClose(judged[11].limits?.lower, 11.651, within: 1e-9))
        #expect(judged.map(\.signals) == signals(count: 12, [:]))
    }

    // On a p-chart the limits depend only on p̄ and each n, so moving one count up and another down by the
    // same amount keeps the limits where they are. Twelve points of n = 100 with Σ numerators = 240:
    // p̄ = 240 / 1,200 = 0.2, σ = √(0.2 × 0.8 / 100) = 0.04, limits 20 ± 12 = [8, 32] %, 2σ band [12, 28] %.
    private func pChart(_ first: Double, _ second: Double) -> [ChartPoint] {
        [ChartPoint.proportion(first, of: 100), .proportion(second, of: 100)]
            + Array(repeating: ChartPoint.proportion(20, of: 100), count: 10)
    }

    @Test func pChartPointsJustInsideBothLimits() {
        // 31 + 9 + 10 × 20 = 240: 31% < 32% and 9% > 8%.
        let judged = ProcessChart.judge(pChart(31, 9), kind: .p, direction: .higher)
        expectLimits(judged[0].limits, centre: 20, lower: 8, upper: 32, lowerWarning: 12, upperWarning: 28)
        #expect(judged.map(\.signals) == signals(count: 12, [:]))
    }

    @Test func pChartPointsJustOutsideBothLimits() {
        // 33 + 7 + 10 × 20 = 240: 33% > 32% and 7% < 8%.
        let judged = ProcessChart.judge(pChart(33, 7), kind: .p, direction: .higher)
        expectLimits(judged[0].limits, centre: 20, lower: 8, upper: 32, lowerWarning: 12, upperWarning: 28)
        let expected = signals(
            count: 12, [0: [Signal(.astronomical, .improvement)], 1: [Signal(.astronomical, .concern)]])
        #expect(judged.map(\.signals) == expected)
    }
}
