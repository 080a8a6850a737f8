import Testing

@testable import Judgement

@Suite struct XmRLimitsTests {
    @Test func workedTwelvePointSeries() {
        let values: [Double] = [20, 22, 19, 21, 23, 20, 22, 21, 23, 20, 21, 20]
        // Σ = 252, mean = 252 / 12 = 21.
        // Moving ranges: 2, 3, 2, 2, 3, 2, 1, 2, 3, 1, 1; Σ = 22, MR̄ = 22 / 11 = 2.
        // Screening: 3.267 × 2 = 6.534; the largest range is 3, so none is screened out.
        // Limits: 21 ± 2.66 × 2 = 21 ± 5.32 → [15.68, 26.32].
        // 2σ band: 21 ± (2/3 × 2.66) × 2 = 21 ± 3.546667 → [17.453333, 24.546667].
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        #expect(judged.count == 12)
        for point in judged {
            expectLimits(
                point.limits, centre: 21, lower: 15.68, upper: 26.32, lowerWarning: 17.453333, upperWarning: 24.546667,
                within: 1e-6)
        }
        // Every value lies within [17.453333, 24.546667], no 7 on a side or rising: no signals.
        #expect(judged.map(\.signals) == signals(count: 12, [:]))
    }

    @Test func aHugeMovingRangeIsScreenedOut() {
        let values: [Double] = [10, 12, 10, 12, 10, 12, 40, 42, 40, 42, 40, 42]
        // Σ = 3 × 22 + 3 × 82 = 66 + 246 = 312, mean = 312 / 12 = 26.
        // Moving ranges: 2, 2, 2, 2, 2, 28, 2, 2, 2, 2, 2; Σ = 48, MR̄ = 48 / 11 = 4.363636.
        // Screening: 3.267 × 4.363636 = 14.256; 28 > 14.256 is screened out.
        // Recomputed MR̄ = (10 × 2) / 10 = 2.
        // Limits: 26 ± 2.66 × 2 = 26 ± 5.32 → [20.68, 31.32] (unscreened they would be 26 ± 11.607).
        // 2σ band: 26 ± 3.546667 → [22.453333, 29.546667].
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        expectLimits(
            judged[0].limits, centre: 26, lower: 20.68, upper: 31.32, lowerWarning: 22.453333,
            upperWarning: 29.546667, within: 1e-6)
        #expect(judged.allSatisfy { $0.limits == judged[0].limits })
    }

    @Test func aMovingRangeExactlyOnTheScreeningLineIsKept() {
        // Only ranges strictly above 3.267 × MR̄ are screened out.
        let values: [Double] = [0, 7_733, 0, 7_733, 0, 7_733, 40_403, 32_670, 40_403, 32_670, 40_403, 32_670]
        // Moving ranges: ten of 7,733 and one of 40,403 − 7,733 = 32,670.
        // Σ = 77,330 + 32,670 = 110,000, MR̄ = 110,000 / 11 = 10,000; 3.267 × 10,000 = 32,670, not above it: kept.
        // Σ values = 3 × 7,733 + 3 × 73,073 = 23,199 + 219,219 = 242,418, mean = 242,418 / 12 = 20,201.5.
        // Limits: 20,201.5 ± 2.66 × 10,000 = 20,201.5 ± 26,600 → [−6,398.5, 46,801.5]
        // (had it been screened, MR̄ would be 7,733 and the limits 20,201.5 ± 20,569.78).
        // 2σ band: 20,201.5 ± 17,733.333 → [2,468.1667, 37,934.8333].
        let judged = ProcessChart.judge(series(values), kind: .xmr, direction: .higher)
        expectLimits(
            judged[0].limits, centre: 20_201.5, lower: -6_398.5, upper: 46_801.5, lowerWarning: 2_468.166_667,
            upperWarning: 37_934.833_333, within: 1e-5)
    }

    @Test func aSeriesWithoutVariationHasEveryLimitAtItsMean() {
        // Twelve values of 50: mean 50, every moving range 0, MR̄ = 0, so every limit is 50 ± 0.
        let judged = ProcessChart.judge(series(Array(repeating: 50, count: 12)), kind: .xmr, direction: .higher)
        for point in judged {
            expectLimits(point.limits, centre: 50, lower: 50, upper: 50, lowerWarning: 50, upperWarning: 50)
        }
        // On the centre is neither above nor below it, and equal values neither rise nor fall: no signals.
        #expect(judged.map(\.signals) == signals(count: 12, [:]))
    }
}
