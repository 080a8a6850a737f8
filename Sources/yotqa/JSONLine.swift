import Foundation
import Indicators

/// One indicator value as one line of JSON, with fixed keys, for scripts.
enum JSONLine {
    private struct Line: Encodable {
        var value: IndicatorValue

        enum CodingKeys: String, CodingKey {
            case serviceID = "service_id"
            case periodStart = "period_start"
            case periodEnd = "period_end"
            case indicator, breakdown, numerator, denominator, value, status
        }

        // Every key is written, null included, so every line has the same keys.
        func encode(to encoder: any Encoder) throws {
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
        }
    }

    static func render(_ value: IndicatorValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Line(value: value)), as: UTF8.self)
    }
}
