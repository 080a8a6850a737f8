import Foundation

/// Instants as the API writes them: RFC 3339 in UTC, to the second.
enum Timestamps {
    static func text(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static func text(_ date: Date?) -> String? {
        date.map(text)
    }

    /// RFC 3339, with or without fractional seconds; nil for anything else.
    static func parse(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }
}
