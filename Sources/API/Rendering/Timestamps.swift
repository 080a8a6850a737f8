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
