public import Foundation

/// A weekly slot in local time, such as Monday 08:00 in Europe/London: when the digest is due.
///
/// The slot follows the zone's clock through daylight saving: Monday 08:00 in London is 07:00 UTC in
/// summer and 08:00 UTC in winter. When the local time does not exist that week (the clocks skip it
/// going forward), the slot is read with the offset from before the gap, which moves it forward by the
/// gap's length: 01:30 on the morning London goes from GMT to BST is 01:30 UTC, 02:30 BST (as RFC 5545
/// says for iCalendar, and as `Calendar` and java.time do). When the local time happens twice (the
/// clocks go back), the slot is the first of the two, and there is no slot at the second.
public struct DigestSchedule: Sendable, Equatable {
    /// ISO 8601's day of the week: 1 is Monday, 7 is Sunday.
    public var weekday: Int
    /// 0 to 23.
    public var hour: Int
    /// 0 to 59.
    public var minute: Int
    /// The zone of the local time.
    public var timeZone: TimeZone

    public init(
        weekday: Int = 1, hour: Int = 8, minute: Int = 0, timeZone: TimeZone = TimeZone(identifier: "Europe/London")!
    ) {
        precondition((1...7).contains(weekday), "weekday \(weekday) is not 1 (Monday) to 7 (Sunday)")
        precondition((0...23).contains(hour), "hour \(hour) is not 0 to 23")
        precondition((0...59).contains(minute), "minute \(minute) is not 0 to 59")
        self.weekday = weekday
        self.hour = hour
        self.minute = minute
        self.timeZone = timeZone
    }

    /// The first slot strictly after `date`.
    public func next(after date: Date) -> Date {
        let today = localDay(of: date)
        // A slot moved forward by a gap can fall on the next local day, so the day before is looked at
        // too; eight days on always hold the next week's slot.
        for offset in -1...8 {
            if let slot = slot(onLocalDay: today + Double(offset) * Self.day), slot > date { return slot }
        }
        preconditionFailure("no slot in the 10 days around \(date)")
    }

    /// The latest slot at or before `date`.
    public func latest(atOrBefore date: Date) -> Date {
        let today = localDay(of: date)
        // From the day after (in case) back to eight days before, which always hold last week's slot.
        for offset in stride(from: 1, through: -8, by: -1) {
            if let slot = slot(onLocalDay: today + Double(offset) * Self.day), slot <= date { return slot }
        }
        preconditionFailure("no slot in the 10 days around \(date)")
    }

    /// The slot's local date and time, "2026-11-23T08:00", for Message-IDs and logs. (A slot moved
    /// forward by a gap is named by the time it happens: "2026-03-29T02:30" for a 01:30 slot.)
    public func name(of slot: Date) -> String {
        let parts = localCalendar.dateComponents([.year, .month, .day, .hour, .minute], from: slot)
        return MessageDate.padded(parts.year!, 4) + "-" + MessageDate.padded(parts.month!, 2) + "-"
            + MessageDate.padded(parts.day!, 2) + "T" + MessageDate.padded(parts.hour!, 2) + ":"
            + MessageDate.padded(parts.minute!, 2)
    }

    private static let day: TimeInterval = 86_400

    private var localCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// Local times are worked with as "wall clock" seconds: the seconds since 1970-01-01T00:00 that
    /// the local date and time would be if it were UTC. Days of it are always 86,400 seconds.
    private static var wallCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// The wall clock seconds of the start of `date`'s local day.
    private func localDay(of date: Date) -> TimeInterval {
        let parts = localCalendar.dateComponents([.year, .month, .day], from: date)
        return Self.wallCalendar.date(from: parts)!.timeIntervalSince1970
    }

    /// The slot on the local day that starts at wall clock `day`, when that day is the slot's weekday.
    private func slot(onLocalDay day: TimeInterval) -> Date? {
        let gregorian = Self.wallCalendar.component(.weekday, from: Date(timeIntervalSince1970: day))
        // Calendar counts Sunday as 1 and Saturday as 7; ISO counts Monday as 1 and Sunday as 7.
        guard (gregorian + 5) % 7 + 1 == weekday else { return nil }
        return instant(ofWallClock: day + Double(hour * 3_600 + minute * 60))
    }

    /// The instant a wall clock time happens: its earliest occurrence, or, in a gap, the wall clock
    /// time read with the offset from before the gap. The offsets a day either side are the only
    /// ones a real zone can have there (no zone changes its offset twice in two days).
    private func instant(ofWallClock wall: TimeInterval) -> Date {
        let before = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wall - Self.day))
        let after = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wall + Self.day))
        let occurrences = [before, after].map { Date(timeIntervalSince1970: wall - Double($0)) }
            .filter { timeZone.secondsFromGMT(for: $0) == Int(wall - $0.timeIntervalSince1970) }
        return occurrences.min() ?? Date(timeIntervalSince1970: wall - Double(before))
    }
}
