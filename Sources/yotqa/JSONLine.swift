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
        var line = "{"
        line.reserveCapacity(320)
        func key(_ name: String) {
            if line.utf8.count > 1 { line += "," }
            line += "\"" + name + "\":"
        }
        key("assurance")
        line += string(judged.assurance?.rawValue)
        key("breakdown")
        line += string(value.breakdown)
        key("ci_high")
        line += number(judged.interval?.upperBound)
        key("ci_low")
        line += number(judged.interval?.lowerBound)
        key("denominator")
        line += number(value.denominator)
        key("indicator")
        line += string(value.indicator)
        key("limits")
        line +=
            judged.limits.map {
                "{\"centre\":\(number($0.centre)),\"lower\":\(number($0.lower)),\"upper\":\(number($0.upper))}"
            } ?? "null"
        key("numerator")
        line += number(value.numerator)
        key("period_end")
        line += string(value.periodEnd.description)
        key("period_start")
        line += string(value.periodStart.description)
        key("rag")
        line += string(judged.rag?.rawValue)
        key("service_id")
        line += string(value.serviceID)
        key("signals")
        line +=
            "["
            + judged.signals.map {
                "{\"rule\":\(string($0.rule.rawValue)),\"variation\":\(string($0.variation?.rawValue))}"
            }.joined(separator: ",") + "]"
        key("status")
        line += string(value.status.rawValue)
        key("value")
        line += number(value.value)
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
