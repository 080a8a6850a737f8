import Testing

@testable import Judgement

@Suite struct AssuranceTests {
    // Limits [40, 60] around 50; the 2σ band plays no part in assurance.
    private let limits = ProcessLimits(centre: 50, lower: 40, upper: 60, lowerWarning: 43, upperWarning: 57)

    @Test func higherIsBetter() {
        // Target 30 is below the lower limit 40: the process passes every time.
        #expect(Assurance.of(target: 30, limits: limits, direction: .higher) == .consistentlyPassing)
        // Target 70 is above the upper limit 60: it fails every time.
        #expect(Assurance.of(target: 70, limits: limits, direction: .higher) == .consistentlyFailing)
        // Inside the limits, including on them: sometimes one, sometimes the other.
        #expect(Assurance.of(target: 50, limits: limits, direction: .higher) == .inconsistent)
        #expect(Assurance.of(target: 40, limits: limits, direction: .higher) == .inconsistent)
        #expect(Assurance.of(target: 60, limits: limits, direction: .higher) == .inconsistent)
    }

    @Test func lowerIsBetter() {
        // Mirrored: a target above the upper limit is always met, below the lower never.
        #expect(Assurance.of(target: 70, limits: limits, direction: .lower) == .consistentlyPassing)
        #expect(Assurance.of(target: 30, limits: limits, direction: .lower) == .consistentlyFailing)
        #expect(Assurance.of(target: 50, limits: limits, direction: .lower) == .inconsistent)
        #expect(Assurance.of(target: 40, limits: limits, direction: .lower) == .inconsistent)
        #expect(Assurance.of(target: 60, limits: limits, direction: .lower) == .inconsistent)
    }

    @Test func noneWithoutLimitsOrDirection() {
        #expect(Assurance.of(target: 30, limits: nil, direction: .higher) == nil)
        #expect(Assurance.of(target: 30, limits: nil, direction: .lower) == nil)
        #expect(Assurance.of(target: 30, limits: limits, direction: .neutral) == nil)
    }

    @Test func onTheLatestPointOfAChart() throws {
        // The worked series of XmRLimitsTests: limits [15.68, 26.32] on its latest point.
        let values: [Double] = [20, 22, 19, 21, 23, 20, 22, 21, 23, 20, 21, 20]
        let latest = try #require(ProcessChart.judge(series(values), kind: .xmr, direction: .higher).last)
        #expect(Assurance.of(target: 15, limits: latest.limits, direction: .higher) == .consistentlyPassing)
        #expect(Assurance.of(target: 27, limits: latest.limits, direction: .higher) == .consistentlyFailing)
        #expect(Assurance.of(target: 20, limits: latest.limits, direction: .higher) == .inconsistent)
        #expect(Assurance.of(target: 27, limits: latest.limits, direction: .lower) == .consistentlyPassing)
        #expect(Assurance.of(target: 15, limits: latest.limits, direction: .lower) == .consistentlyFailing)
        // Eleven points: no limits, so no assurance.
        let short = try #require(
            ProcessChart.judge(series(Array(values.prefix(11))), kind: .xmr, direction: .higher).last)
        #expect(Assurance.of(target: 15, limits: short.limits, direction: .higher) == nil)
    }
}
