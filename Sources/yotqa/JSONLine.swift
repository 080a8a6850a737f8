import Foundation
import Indicators
import Judgement

/// One judged indicator value as one line of JSON, with fixed keys, for scripts.
enum JSONLine {
    private struct Line: Encodable {
        var judged: JudgedValue

        enum CodingKeys: String, CodingKey {
            case serviceID = "service_id"
            case periodStart = "period_start"
            case periodEnd = "period_end"
            case ciLow = "ci_low"
            case ciHigh = "ci_high"
            case indicator, breakdown, numerator, denominator, value, status, rag, limits, signals, assurance
        }

        struct Limits: Encodable {
            var centre: Double
            var lower: Double
            var upper: Double
        }

        struct SignalKeys: Encodable {
            var rule: String
            /// `improvement`, `concern`, or null for a neutral indicator.
            var variation: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(rule, forKey: .rule)
                try container.encode(variation, forKey: .variation)
            }

            enum CodingKeys: String, CodingKey { case rule, variation }
        }

        // Every key is written, null included, so every line has the same keys.
        func encode(to encoder: any Encoder) throws {
            let value = judged.value
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value.serviceID, forKey: .serviceID)
            try container.encode(value.indicator, forKey: .indicator)
            try container.encode(value.periodStart.description, forKey: .periodStart)
            try container.encode(value.periodEnd.description, forKey: .periodEnd)
            try container.encode(value.breakdown, forKey: .breakdown)
            try container.encode(value.numerator, forKey: .numerator)
            try container.encode(value.denominator, forKey: .denominator)
            try container.encode(value.value, forKey: .value)
            try container.encode(value.status.rawValue, forKey: .status)
            try container.encode(judged.rag?.rawValue, forKey: .rag)
            try container.encode(judged.interval?.lowerBound, forKey: .ciLow)
            try container.encode(judged.interval?.upperBound, forKey: .ciHigh)
            try container.encode(
                judged.limits.map { Limits(centre: $0.centre, lower: $0.lower, upper: $0.upper) }, forKey: .limits)
            try container.encode(
                judged.signals.map { SignalKeys(rule: $0.rule.rawValue, variation: $0.variation?.rawValue) },
                forKey: .signals)
            try container.encode(judged.assurance?.rawValue, forKey: .assurance)
        }
    }

    static func render(_ judged: JudgedValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Line(judged: judged)), as: UTF8.self)
    }
}
