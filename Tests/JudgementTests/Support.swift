import Testing

@testable import Judgement

/// True when `actual` is within `tolerance` of `expected`.
func isClose(_ actual: Double?, _ expected: Double, within tolerance: Double = 1e-9) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= tolerance
}

/// An XmR series from plain values.
func series(_ values: [Double]) -> [ChartPoint] {
    values.map { ChartPoint(value: $0) }
}

/// The signals of every point, with `marked` naming the points that carry any (all others carry none).
func signals(count: Int, _ marked: [Int: [Signal]]) -> [[Signal]] {
    (0..<count).map { marked[$0] ?? [] }
}

/// The same signals on every index of `indices`.
func mark(_ indices: some Sequence<Int>, _ signals: [Signal]) -> [Int: [Signal]] {
    Dictionary(uniqueKeysWithValues: indices.map { ($0, signals) })
}

/// Checks each of the five limits against hand-worked values.
func expectLimits(
    _ actual: ProcessLimits?, centre: Double, lower: Double, upper: Double, lowerWarning: Double,
    upperWarning: Double, within tolerance: Double = 1e-9, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let actual else {
        Issue.record("expected limits, got none", sourceLocation: sourceLocation)
        return
    }
    #expect(
        isClose(actual.centre, centre, within: tolerance), "centre \(actual.centre)", sourceLocation: sourceLocation)
    #expect(isClose(actual.lower, lower, within: tolerance), "lower \(actual.lower)", sourceLocation: sourceLocation)
    #expect(isClose(actual.upper, upper, within: tolerance), "upper \(actual.upper)", sourceLocation: sourceLocation)
    #expect(
        isClose(actual.lowerWarning, lowerWarning, within: tolerance), "lowerWarning \(actual.lowerWarning)",
        sourceLocation: sourceLocation)
    #expect(
        isClose(actual.upperWarning, upperWarning, within: tolerance), "upperWarning \(actual.upperWarning)",
        sourceLocation: sourceLocation)
}
