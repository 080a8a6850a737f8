import Foundation
import Mail
import Testing

@Suite struct MailDatesTests {
    @Test(arguments: [
        // British Summer Time: 07:00 UTC is 08:00 on a London clock.
        ("2026-07-01T07:00:00Z", "Wednesday 1 July 2026 at 08:00"),
        // Greenwich Mean Time: the same as UTC.
        ("2026-12-01T08:00:00Z", "Tuesday 1 December 2026 at 08:00"),
        ("2026-11-23T08:00:00Z", "Monday 23 November 2026 at 08:00"),
        // The evening, on the 24-hour clock.
        ("2026-11-23T18:05:00Z", "Monday 23 November 2026 at 18:05"),
        // The clocks go back at 02:00 BST on 25 October 2026: 00:30 UTC is 01:30 BST, 01:30 UTC is 01:30 GMT.
        ("2026-10-25T00:30:00Z", "Sunday 25 October 2026 at 01:30"),
        ("2026-10-25T01:30:00Z", "Sunday 25 October 2026 at 01:30"),
        // 23:30 UTC is still that day in winter, and already the next in summer.
        ("2026-12-31T23:30:00Z", "Thursday 31 December 2026 at 23:30"),
        ("2026-06-30T23:30:00Z", "Wednesday 1 July 2026 at 00:30"),
    ])
    func dateTimeInLondon(utc: String, expected: String) {
        #expect(MailDates.dateTime(instant(utc), in: MailDates.london) == expected)
    }

    @Test func dateTimeInAnotherZone() throws {
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(MailDates.dateTime(instant("2026-07-01T07:00:00Z"), in: newYork) == "Wednesday 1 July 2026 at 03:00")
        #expect(MailDates.dateTime(instant("2026-07-01T07:00:00Z"), in: .gmt) == "Wednesday 1 July 2026 at 07:00")
    }

    @Test func londonIsLondon() {
        #expect(MailDates.london.identifier == "Europe/London")
    }

    @Test(
        arguments: [
            (0.0, "less than a minute"),
            (59.0, "less than a minute"),
            (-3_600.0, "less than a minute"),
            (.nan, "less than a minute"),
            (60.0, "1 minute"),
            (45.0 * 60 + 59, "45 minutes"),
            (3_600.0, "1 hour"),
            (3_660.0, "1 hour 1 minute"),
            (2.0 * 3_600 + 30 * 60, "2 hours 30 minutes"),
            (86_400.0, "1 day"),
            (86_400.0 + 59 * 60, "1 day"),
            (2.0 * 86_400 + 3 * 3_600 + 59 * 60, "2 days 3 hours"),
            (3.0 * 86_400 + 3_600, "3 days 1 hour"),
            (.infinity, "less than a minute"),
        ] as [(TimeInterval, String)])
    func duration(seconds: TimeInterval, expected: String) {
        #expect(MailDates.duration(seconds) == expected)
    }
}
