import Indicators
import Judgement

/// One judged indicator value as one line of JSON, with fixed keys, for scripts.
///
/// Written out by hand, byte for byte what `JSONEncoder` with sorted keys and unescaped slashes
/// wrote before: the keys in sorted order, every key present (null included) so every line has
/// the same keys, numbers as Swift's shortest round-trip text without a trailing ".0", strings
/// escaped as JSON requires. A national cycle prints over 100,000 lines; the encoder took 2 s.
enum JSONLine {
    static func render(_ judged: JudgedValue) -> String {
        let value = judged.value
        var line = "{\"assurance\":" + string(judged.assurance?.rawValue)
        func field(_ name: String, _ text: String) { line += ",\"" + name + "\":" + text }
        field("breakdown", string(value.breakdown))
        field("ci_high", number(judged.interval?.upperBound))
        field("ci_low", number(judged.interval?.lowerBound))
        field("denominator", number(value.denominator))
        field("indicator", string(value.indicator))
        field(
            "limits",
            judged.limits.map {
                "{\"centre\":\(number($0.centre)),\"lower\":\(number($0.lower)),\"upper\":\(number($0.upper))}"
            } ?? "null")
        field("numerator", number(value.numerator))
        field("period_end", string(value.periodEnd.description))
        field("period_start", string(value.periodStart.description))
        field("rag", string(judged.rag?.rawValue))
        field("service_id", string(value.serviceID))
        let signals = judged.signals.map {
            "{\"rule\":\(string($0.rule.rawValue)),\"variation\":\(string($0.variation?.rawValue))}"
        }
        field("signals", "[" + signals.joined(separator: ",") + "]")
        field("status", string(value.status.rawValue))
        field("value", number(value.value))
        return line + "}"
    }

    /// A number as JSONEncoder writes it: the shortest text that reads back the same, without ".0".
    /// A figure is never infinite or NaN (`Calculation` gives nil instead); such a value is null.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// A JSON string, or null: quotation mark, backslash and control characters escaped as
    /// JSONEncoder escapes them; everything else, "/" and non-ASCII included, as it is.
    static func string(_ text: String?) -> String {
        guard let text else { return "null" }
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case "\u{08}": escaped += "\\b"
            case "\u{0C}": escaped += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
