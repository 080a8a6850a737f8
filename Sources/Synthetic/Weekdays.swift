import Dates

/// Monday-to-Friday arithmetic. The generator ignores bank holidays: a bank holiday only moves a
/// working-day deadline later, so a milestone on time by weekdays is on time by working days too.
enum Weekdays {
    /// The `count`th weekday after `start`, counting from the day after it; `start` itself for 0.
    static func after(_ start: LocalDate, _ count: Int) -> LocalDate {
        guard count > 0 else { return start }
        // From a Saturday or Sunday, the weekdays that follow are those that follow the Friday.
        let weekday = start.isoWeekday
        var day = start.daysSinceEpoch - (weekday > 5 ? weekday - 5 : 0)
        day += 7 * (count / 5)
        for _ in 0..<(count % 5) {
            day += 1
            let next = LocalDate(daysSinceEpoch: day).isoWeekday
            if next == 6 { day += 2 }
        }
        return LocalDate(daysSinceEpoch: day)
    }

    /// The weekday on or after `date`.
    static func onOrAfter(_ date: LocalDate) -> LocalDate {
        switch date.isoWeekday {
        case 6: date.adding(days: 2)
        case 7: date.adding(days: 1)
        default: date
        }
    }
}
