import Dates
import Foundation

/// Figures as a reader sees them, in alert causes and tables. Counts from 1 to 4 are shown as `[c]`
/// (the small-number rule for anything that leaves the service).
public enum DisplayText {
    public static func value(_ number: Double?, _ measure: IndicatorDefinition.Measure) -> String {
        guard let number else { return "no value" }
        switch measure {
        case .percent: return String(format: "%.1f%%", number)
        case .per100000: return String(format: "%.1f per 100,000", number)
        case .per1000: return String(format: "%.2f per 1,000", number)
        case .ratio: return String(format: "%.2f", number)
        case .count: return count(number)
        case .days: return number == 1 ? "1 day" : String(format: "%.0f days", number)
        }
    }

    /// A count, or `[c]` for 1 to 4.
    public static func count(_ number: Double) -> String {
        isSmallCount(number) ? "[c]" : String(format: "%.0f", number)
    }

    /// True for the counts that the small-number rule hides: 1 to 4.
    public static func isSmallCount(_ number: Double) -> Bool {
        (1...4).contains(number)
    }

    /// A bound in the indicator's units: `80%`, `1.5`, `700 per 100,000`.
    public static func bound(_ number: Double, _ measure: IndicatorDefinition.Measure) -> String {
        let plain = plain(number)
        switch measure {
        case .percent: return plain + "%"
        case .per100000: return plain + " per 100,000"
        case .per1000: return plain + " per 1,000"
        case .days: return plain + (number == 1 ? " day" : " days")
        case .ratio, .count: return plain
        }
    }

    /// A number with at most `decimals` decimals (two by default) and no trailing zeros: `80`,
    /// `0.8`, `1.25`.
    public static func plain(_ number: Double, decimals: Int = 2) -> String {
        var text = String(format: "%.\(decimals)f", number)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// `2026-07-01 to 2026-09-30`, or one date for data-health rows.
    public static func period(_ value: IndicatorValue) -> String {
        value.periodStart == value.periodEnd ? "on \(value.periodEnd)" : "\(value.periodStart) to \(value.periodEnd)"
    }
}
