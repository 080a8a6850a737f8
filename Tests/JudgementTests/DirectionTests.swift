import Testing

@testable import Judgement

/// Whether a signal is improvement or concern goes by the indicator's direction.
@Suite struct DirectionTests {
    // Twelve points of n = 100, Σ numerators = 33 + 7 + 10 × 20 = 240: p̄ = 0.2, σ = 0.04,
    // limits [8, 32] %. The first point (33%) is above the upper limit, the second (7%) below the lower.
    private let points =
        [ChartPoint.proportion(33, of: 100), .proportion(7, of: 100)]
        + Array(repeating: ChartPoint.proportion(20, of: 100), count: 10)

    @Test func higherIsBetter() {
        let judged = ProcessChart.judge(points, kind: .p, direction: .higher)
        #expect(judged[0].signals == [Signal(.astronomical, .improvement)])
        #expect(judged[1].signals == [Signal(.astronomical, .concern)])
    }

    @Test func lowerIsBetter() {
        let judged = ProcessChart.judge(points, kind: .p, direction: .lower)
        #expect(judged[0].signals == [Signal(.astronomical, .concern)])
        #expect(judged[1].signals == [Signal(.astronomical, .improvement)])
    }

    @Test func neutralIsNeither() {
        let judged = ProcessChart.judge(points, kind: .p, direction: .neutral)
        #expect(judged[0].signals == [Signal(.astronomical, nil)])
        #expect(judged[1].signals == [Signal(.astronomical, nil)])
        #expect(judged[0].signals.map(\.description) == ["astronomical"])
    }

    @Test func descriptionsNameTheRuleAndTheVariation() {
        #expect(Signal(.shift, .concern).description == "shift (concern)")
        #expect(Signal(.twoOfThree, .improvement).description == "two_of_three (improvement)")
    }
}
