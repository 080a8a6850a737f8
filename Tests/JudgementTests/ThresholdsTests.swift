import Testing

@testable import Judgement

@Suite struct ThresholdsTests {
    // Higher is better: green at or above 80, red strictly below 60, amber between.
    private let higher = Thresholds(green: 80, red: 60)
    // Lower is better: green at or below 10, red strictly above 20, amber between.
    private let lower = Thresholds(green: 10, red: 20)

    @Test func higherIsBetter() {
        #expect(higher.rate(95, direction: .higher) == .green)
        #expect(higher.rate(80, direction: .higher) == .green)  // exactly on the green bound: green
        #expect(higher.rate(79.9, direction: .higher) == .amber)
        #expect(higher.rate(70, direction: .higher) == .amber)
        #expect(higher.rate(60, direction: .higher) == .amber)  // exactly on the red bound: not strictly beyond
        #expect(higher.rate(59.9, direction: .higher) == .red)
        #expect(higher.rate(0, direction: .higher) == .red)
    }

    @Test func lowerIsBetter() {
        #expect(lower.rate(0, direction: .lower) == .green)
        #expect(lower.rate(10, direction: .lower) == .green)  // exactly on the green bound: green
        #expect(lower.rate(10.1, direction: .lower) == .amber)
        #expect(lower.rate(15, direction: .lower) == .amber)
        #expect(lower.rate(20, direction: .lower) == .amber)  // exactly on the red bound: not strictly beyond
        #expect(lower.rate(20.1, direction: .lower) == .red)
    }

    @Test func neutralIsNeverRated() {
        #expect(higher.rate(95, direction: .neutral) == nil)
        #expect(higher.rate(10, direction: .neutral) == nil)
    }

    @Test func equalBoundsLeaveNoAmber() {
        let bounds = Thresholds(green: 50, red: 50)
        #expect(bounds.rate(50, direction: .higher) == .green)
        #expect(bounds.rate(49.9, direction: .higher) == .red)
        #expect(bounds.rate(50, direction: .lower) == .green)
        #expect(bounds.rate(50.1, direction: .lower) == .red)
        #expect(bounds.problem(direction: .higher) == nil)
        #expect(bounds.problem(direction: .lower) == nil)
    }

    @Test func boundsOnTheWrongSideAreAProblem() {
        #expect(higher.problem(direction: .higher) == nil)
        #expect(lower.problem(direction: .lower) == nil)
        // Green 80 above red 60 cannot rate a lower-is-better indicator, and the mirror.
        #expect(higher.problem(direction: .lower) != nil)
        #expect(lower.problem(direction: .higher) != nil)
        #expect(higher.problem(direction: .neutral) != nil)
    }

    @Test func ragOrdersByBadness() {
        #expect(RAG.green < RAG.amber)
        #expect(RAG.amber < RAG.red)
        #expect([RAG.red, .green, .amber].max() == .red)
    }
}
