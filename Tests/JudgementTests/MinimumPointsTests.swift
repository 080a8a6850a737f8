import Testing

@testable import Judgement

@Suite struct MinimumPointsTests {
    // The worked series of XmRLimitsTests: mean 21, MR̄ 2, limits [15.68, 26.32].
    private let twelve: [Double] = [20, 22, 19, 21, 23, 20, 22, 21, 23, 20, 21, 20]

    @Test func elevenPointsHaveNoLimitsAndNoSignals() {
        // Ten of the series and an outlier of 100, which with limits would surely be astronomical.
        let judged = ProcessChart.judge(series(Array(twelve.prefix(10)) + [100]), kind: .xmr, direction: .higher)
        #expect(judged.count == 11)
        #expect(judged.allSatisfy { $0.limits == nil && $0.signals.isEmpty })
    }

    @Test func twelvePointsHaveLimits() {
        let judged = ProcessChart.judge(series(twelve), kind: .xmr, direction: .higher)
        #expect(judged.allSatisfy { $0.limits != nil })
        expectLimits(
            judged[11].limits, centre: 21, lower: 15.68, upper: 26.32, lowerWarning: 17.453333,
            upperWarning: 24.546667, within: 1e-6)
    }

    @Test func elevenPointsOfAPChartHaveNoLimits() {
        let points = (0..<11).map { ChartPoint.proportion(Double($0), of: 20) }
        let judged = ProcessChart.judge(points, kind: .p, direction: .higher)
        #expect(judged.allSatisfy { $0.limits == nil && $0.signals.isEmpty })
    }

    @Test func noPoints() {
        #expect(ProcessChart.judge([], kind: .xmr, direction: .higher).isEmpty)
    }
}
