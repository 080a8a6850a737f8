import Dates
import Foundation

/// Instants as the API writes them: RFC 3339 in UTC, to the second.
enum Timestamps {
    static func text(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static func text(_ date: Date?) -> String? {
        date.map(text)
    }

    /// The HTTP date (RFC 9110's IMF-fixdate) of `date`: `Mon, 23 Nov 2026 08:00:00 GMT`. English
    /// names whatever the machine's locale, as the RFC requires.
    static func httpDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ number: Int?) -> String {
            let text = String(number ?? 0)
            return text.count < 2 ? "0" + text : text
        }
        return "\(weekdays[(parts.weekday ?? 1) - 1]), \(two(parts.day)) \(months[(parts.month ?? 1) - 1]) "
            + "\(parts.year ?? 1970) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) GMT"
    }

    /// RFC 3339, with or without fractional seconds; nil for anything else, including a day that
    /// does not exist (Foundation rolls 2030-02-30 over to March), a year of other than four digits
    /// (it reads 99999), and an instant outside 1970 to 9999, which PostgreSQL and our encoding of
    /// dates may not take.
    static func parse(_ text: String) -> Date? {
        guard LocalDate(String(text.prefix(10))) != nil else { return nil }
        let date =
            (try? Date.ISO8601FormatStyle().parse(text))
            ?? (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
        guard let date, (0...253_402_300_799).contains(date.timeIntervalSince1970) else { return nil }
        return date
    }
}
