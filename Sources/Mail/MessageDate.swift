internal import Foundation

/// The date of a Date header (RFC 5322 section 3.3), always in UTC: "Mon, 23 Nov 2026 08:00:00 +0000".
/// Day and month names are RFC 5322's own (English), whatever the machine's locale; fractions of a
/// second are dropped.
enum MessageDate {
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let whole = Date(timeIntervalSince1970: (date.timeIntervalSince1970).rounded(.down))
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: whole)
        return days[parts.weekday! - 1] + ", " + padded(parts.day!, 2) + " " + months[parts.month! - 1] + " "
            + padded(parts.year!, 4) + " " + padded(parts.hour!, 2) + ":" + padded(parts.minute!, 2) + ":"
            + padded(parts.second!, 2) + " +0000"
    }

    /// `value` in decimal with leading zeros to `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
