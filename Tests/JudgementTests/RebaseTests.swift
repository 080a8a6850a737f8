import Testing

@testable import Judgement

@Suite struct RebaseTests {
    // The worked series of XmRLimitsTests (Σ 252, mean 21, ranges Σ 22, MR̄ 2), then the same series 20
    // higher (Σ 492, mean 41, the same ranges).
    private let before: [Double] = [20, 22, 19, 21, 23, 20, 22, 21, 23, 20, 21, 20]
    private var after: [Double] { before.map { $0 + 20 } }

    @Test func withoutARebaseOneSetOfLimitsCoversBoth() {
        // 24 points: mean = (252 + 492) / 24 = 744 / 24 = 31. Ranges: the 22 ranges of the two halves (Σ 44)
        // and 40 − 20 = 20 between them: Σ 64, MR̄ = 64 / 23 = 2.7826; 3.267 × 2.7826 = 9.091 < 20, so
        // 20 is screened out and MR̄ = 44 / 22 = 2. Limits 31 ± 5.32 → [25.68, 36.32]: the first half
        // (19…23) is all below the lower limit, the second (39…43) all above the upper.
        let judged = ProcessChart.judge(series(before + after), kind: .xmr, direction: .higher)
        for point in judged {
            expectLimits(
                point.limits, centre: 31, lower: 25.68, upper: 36.32, lowerWarning: 27.453333,
                upperWarning: 34.546667, within: 1e-6)
        }
        #expect(judged[..<12].allSatisfy { $0.signals.contains(Signal(.astronomical, .concern)) })
        #expect(judged[12...].allSatisfy { $0.signals.contains(Signal(.astronomical, .improvement)) })
    }

    @Test func aRebaseRecalculatesTheLimitsFromThatPoint() {
        // Points 0…11: mean 21, MR̄ 2 → [15.68, 26.32], 2σ band [17.453333, 24.546667].
        // Points 12…23 on their own: mean 492 / 12 = 41, ranges Σ 22 (the jump 20 → 40 belongs to neither),
        // MR̄ 2 → 41 ± 5.32 = [35.68, 46.32], 2σ band 41 ± 3.546667 = [37.453333, 44.546667].
        let judged = ProcessChart.judge(series(before + after), kind: .xmr, direction: .higher, rebases: [12])
        for point in judged[..<12] {
            expectLimits(
                point.limits, centre: 21, lower: 15.68, upper: 26.32, lowerWarning: 17.453333,
                upperWarning: 24.546667, within: 1e-6)
        }
        for point in judged[12...] {
            expectLimits(
                point.limits, centre: 41, lower: 35.68, upper: 46.32, lowerWarning: 37.453333,
                upperWarning: 44.546667, within: 1e-6)
        }
        // Each half has no signals of its own (see XmRLimitsTests), so neither has any now.
        #expect(judged.map(\.signals) == signals(count: 24, [:]))
    }

    @Test func aSegmentOfElevenAfterARebaseHasNoLimits() {
        // 12 + 11 points, rebased at 12: the first 12 are charted on their own (mean 21, MR̄ 2, not the
        // mean of all 23), the 11 after the rebase are too few for limits or signals.
        let judged = ProcessChart.judge(
            series(before + Array(after.prefix(11))), kind: .xmr, direction: .higher, rebases: [12])
        for point in judged[..<12] {
            expectLimits(
                point.limits, centre: 21, lower: 15.68, upper: 26.32, lowerWarning: 17.453333,
                upperWarning: 24.546667, within: 1e-6)
        }
        #expect(judged[12...].allSatisfy { $0.limits == nil && $0.signals.isEmpty })
        #expect(judged.count == 23)
    }

    @Test func rebasesOutsideTheSeriesAreIgnored() {
        // A rebase at 0 or at or beyond the end cuts nothing: the same limits as without any (mean 31, MR̄ 2).
        let judged = ProcessChart.judge(series(before + after), kind: .xmr, direction: .higher, rebases: [0, 24, 30])
        #expect(judged == ProcessChart.judge(series(before + after), kind: .xmr, direction: .higher))
        #expect(isClose(judged[23].limits?.centre, 31))
    }
}
