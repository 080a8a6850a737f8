import Testing

@testable import Judgement

@Suite struct PChartTests {
    @Test func limitsPerPointFromEachDenominator() {
        // Denominators 100, 25, 400, four times: Σn = 4 × 525 = 2,100.
        // Numerators (22, 4, 78), (18, 6, 82), (20, 5, 80), (20, 5, 80): Σ = 104 + 106 + 105 + 105 = 420.
        // p̄ = 420 / 2,100 = 0.2; p̄(1 − p̄) = 0.16.
        let pairs: [(Double, Double)] = [
            (22, 100), (4, 25), (78, 400), (18, 100), (6, 25), (82, 400),
            (20, 100), (5, 25), (80, 400), (20, 100), (5, 25), (80, 400),
        ]
        let points = pairs.map { ChartPoint.proportion($0.0, of: $0.1) }
        let judged = ProcessChart.judge(points, kind: .p, direction: .higher)
        for (index, point) in judged.enumerated() {
            switch pairs[index].1 {
            case 100:
                // σ = √(0.16 / 100) = 0.04: 20 ± 3 × 4 = [8, 32] %, 2σ band 20 ± 8 = [12, 28] %.
                expectLimits(point.limits, centre: 20, lower: 8, upper: 32, lowerWarning: 12, upperWarning: 28)
            case 25:
                // σ = √(0.16 / 25) = 0.08: 20 ± 24 = [−4, 44] %, clamped to [0, 44]; 2σ band 20 ± 16 = [4, 36] %.
                expectLimits(point.limits, centre: 20, lower: 0, upper: 44, lowerWarning: 4, upperWarning: 36)
                #expect(point.limits?.lower == 0)  // clamped exactly, not a tiny negative
            default:
                // n = 400: σ = √(0.16 / 400) = 0.02: 20 ± 6 = [14, 26] %, 2σ band 20 ± 4 = [16, 24] %.
                expectLimits(point.limits, centre: 20, lower: 14, upper: 26, lowerWarning: 16, upperWarning: 24)
            }
        }
    }

    @Test func upperLimitsClampAtOneHundred() {
        // Denominators 9 and 36, six of each: Σn = 6 × 45 = 270.
        // Numerators of the 9s: 8, 9, 8, 9, 8, 9 (Σ 51); of the 36s: 31, 33, 32, 32, 30, 34 (Σ 192).
        // p̄ = (51 + 192) / 270 = 243 / 270 = 0.9; p̄(1 − p̄) = 0.09.
        let pairs: [(Double, Double)] = [
            (8, 9), (31, 36), (9, 9), (33, 36), (8, 9), (32, 36),
            (9, 9), (32, 36), (8, 9), (30, 36), (9, 9), (34, 36),
        ]
        let judged = ProcessChart.judge(
            pairs.map { ChartPoint.proportion($0.0, of: $0.1) }, kind: .p, direction: .higher)
        for (index, point) in judged.enumerated() {
            if pairs[index].1 == 9 {
                // σ = √(0.09 / 9) = 0.1: 90 ± 30 = [60, 120] → [60, 100]; 2σ: 90 ± 20 = [70, 110] → [70, 100].
                expectLimits(point.limits, centre: 90, lower: 60, upper: 100, lowerWarning: 70, upperWarning: 100)
            } else {
                // σ = √(0.09 / 36) = 0.05: 90 ± 15 = [75, 105] → [75, 100]; 2σ: 90 ± 10 = [80, 100].
                expectLimits(point.limits, centre: 90, lower: 75, upper: 100, lowerWarning: 80, upperWarning: 100)
            }
            #expect(point.limits?.upper == 100)  // clamped exactly
        }
    }

    @Test func everyPointOnTheCentreWithoutVariation() {
        // 0 of 20, twelve times: p̄ = 0, σ = 0, so every limit is 0.
        let judged = ProcessChart.judge(
            Array(repeating: ChartPoint.proportion(0, of: 20), count: 12), kind: .p, direction: .lower)
        for point in judged {
            expectLimits(point.limits, centre: 0, lower: 0, upper: 0, lowerWarning: 0, upperWarning: 0)
            #expect(point.signals.isEmpty)
        }
    }

    @Test func aPointWithoutItsDenominatorLeavesTheSeriesWithoutLimits() {
        // A p-chart needs every point's numerator and denominator.
        var points = Array(repeating: ChartPoint.proportion(5, of: 20), count: 12)
        points[4] = ChartPoint(value: 25)
        let judged = ProcessChart.judge(points, kind: .p, direction: .higher)
        #expect(judged.allSatisfy { $0.limits == nil && $0.signals.isEmpty })
    }
}
