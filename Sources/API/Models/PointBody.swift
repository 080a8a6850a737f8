import Indicators
import Judgement

/// One figure of a series, judged, as the API shows it.
struct PointBody: Encodable {
    struct Interval: Encodable {
        var low: Double
        var high: Double
    }

    struct Limits: Encodable {
        var centre: Double
        var lower: Double
        var upper: Double
    }

    struct SignalBody: Encodable {
        var rule: String
        /// improvement or concern; null on a neutral indicator.
        var variation: String?
    }

    var periodStart: String
    var periodEnd: String
    var breakdown: String?
    var numerator: Figure?
    var denominator: Figure?
    var value: Figure?
    var status: String
    var rag: String?
    var interval: Interval?
    var limits: Limits?
    var signals: [SignalBody]

    /// Counts from 1 to 4 become `[c]`: the numerator always, the denominator unless it is not a
    /// count (an indicator exempt from the small-number rule, such as caseload per FTE), and the
    /// value itself when the indicator is a count.
    init(_ judged: JudgedValue, _ definition: IndicatorDefinition) {
        let measure = definition.measure
        let value = judged.value
        periodStart = value.periodStart.description
        periodEnd = value.periodEnd.description
        breakdown = value.breakdown
        numerator = Figure(count: value.numerator)
        denominator =
            definition.smallNumbersExempt ? value.denominator.map(Figure.number) : Figure(count: value.denominator)
        if measure == .count {
            self.value = Figure(count: value.value)
        } else {
            self.value = value.value.map(Figure.number)
        }
        status = value.status.rawValue
        rag = judged.rag?.rawValue
        interval = judged.interval.map { Interval(low: $0.lowerBound, high: $0.upperBound) }
        limits = judged.limits.map { Limits(centre: $0.centre, lower: $0.lower, upper: $0.upper) }
        signals = judged.signals.map { SignalBody(rule: $0.rule.rawValue, variation: $0.variation?.rawValue) }
    }
}
