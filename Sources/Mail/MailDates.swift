public import Foundation

/// Times and durations in words for messages: English names in a fixed format in a given time zone,
/// never the machine's locale, zone or 12/24-hour setting.
public enum MailDates {
    /// Europe/London, where the board reads its mail (GMT on a system with no zone data).
    public static let london: TimeZone = TimeZone(identifier: "Europe/London") ?? .gmt

    /// "Monday 23 November 2026 at 08:00": the wall-clock time in `zone`, on the 24-hour clock, so
    /// British Summer Time is shown as the reader's clock shows it.
    public static func dateTime(_ date: Date, in zone: TimeZone) -> String {
        // A fixed format in en_US_POSIX: the English day and month names of en_GB, with no user or
        // machine overrides (a fixed-format formatter in any other locale may be changed by settings).
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = zone
        formatter.dateFormat = "EEEE d MMMM yyyy 'at' HH:mm"
        return formatter.string(from: date)
    }

    /// "2 days 3 hours", "1 hour 5 minutes", "45 minutes", "1 day": the two largest units, rounded
    /// down to whole minutes; "less than a minute" below one (and for a negative or unknown time).
    public static func duration(_ seconds: TimeInterval) -> String {
        guard seconds.isFinite, seconds >= 60 else {
            return "less than a minute"
        }
        // A cap far beyond any alert's age keeps the conversion to Int safe.
        let minutes = Int(min(seconds, 1e12) / 60)
        let days = minutes / (24 * 60)
        let hours = minutes % (24 * 60) / 60
        let rest = minutes % 60
        if days > 0 {
            return hours > 0 ? "\(count(days, "day")) \(count(hours, "hour"))" : count(days, "day")
        }
        if hours > 0 {
            return rest > 0 ? "\(count(hours, "hour")) \(count(rest, "minute"))" : count(hours, "hour")
        }
        return count(rest, "minute")
    }

    /// "1 day", "2 days".
    static func count(_ number: Int, _ unit: String) -> String {
        number == 1 ? "1 \(unit)" : "\(number) \(unit)s"
    }
}
