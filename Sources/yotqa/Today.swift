import Dates
import Foundation

/// Today's date in Europe/London, the calendar every as-of date of yotqa is in.
enum Today {
    static func inLondon(_ now: Date = Date()) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        // The calendar always yields a valid year, month and day.
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Midnight at the start of `day` in Europe/London, as an instant.
    static func startInLondon(of day: LocalDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!
        let parts = DateComponents(year: day.year, month: day.month, day: day.day)
        return calendar.date(from: parts) ?? Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400)
    }
}
