import Foundation
import Mail
import Testing

/// An instant from its UTC form, "2026-03-30T07:00:00Z".
private func utc(_ text: String) -> Date {
    ISO8601DateFormatter().date(from: text)!
}

/// Expected slots are worked out by hand in UTC. In 2026 London's clocks go forward on Sunday 29 March
/// at 01:00Z (01:00 GMT becomes 02:00 BST) and back on Sunday 25 October at 01:00Z (02:00 BST becomes
/// 01:00 GMT): GMT is UTC+0, BST is UTC+1, so 08:00 BST is 07:00Z and 08:00 GMT is 08:00Z.
@Suite struct DigestScheduleTests {
    /// Monday 08:00 in Europe/London.
    let london = DigestSchedule()

    @Test func defaultsToMonday0800InLondon() {
        #expect(london.weekday == 1)
        #expect(london.hour == 8)
        #expect(london.minute == 0)
        #expect(london.timeZone.identifier == "Europe/London")
    }

    @Test func theMachineKnowsLondonsDaylightSaving() {
        // Not ours: that this machine's zone data has the changes the expectations below rely on.
        let zone = TimeZone(identifier: "Europe/London")!
        #expect(zone.secondsFromGMT(for: utc("2026-03-29T00:59:59Z")) == 0)
        #expect(zone.secondsFromGMT(for: utc("2026-03-29T01:00:00Z")) == 3_600)
        #expect(zone.secondsFromGMT(for: utc("2026-10-25T00:59:59Z")) == 3_600)
        #expect(zone.secondsFromGMT(for: utc("2026-10-25T01:00:00Z")) == 0)
    }

    @Test func nextFromTheSaturdayBeforeClocksGoForward() {
        // Saturday 28 March 12:00Z (12:00 GMT). The next Monday is 30 March, in BST: 08:00 - 1h = 07:00Z.
        #expect(london.next(after: utc("2026-03-28T12:00:00Z")) == utc("2026-03-30T07:00:00Z"))
    }

    @Test func nextFromTheSaturdayBeforeClocksGoBack() {
        // Saturday 24 October 12:00Z (13:00 BST). The next Monday is 26 October, in GMT: 08:00Z.
        #expect(london.next(after: utc("2026-10-24T12:00:00Z")) == utc("2026-10-26T08:00:00Z"))
    }

    @Test func nextFromExactlyASlotIsAWeekLater() {
        // Strictly after: the slot of Monday 30 March (08:00 BST, 07:00Z) gives Monday 6 April, 07:00Z.
        #expect(london.next(after: utc("2026-03-30T07:00:00Z")) == utc("2026-04-06T07:00:00Z"))
        // In winter: Monday 23 November 08:00 GMT gives Monday 30 November 08:00Z.
        #expect(london.next(after: utc("2026-11-23T08:00:00Z")) == utc("2026-11-30T08:00:00Z"))
    }

    @Test func nextFromOneSecondBeforeASlotIsThatSlot() {
        // 06:59:59Z on Monday 30 March is 07:59:59 BST: the slot is a second later.
        #expect(london.next(after: utc("2026-03-30T06:59:59Z")) == utc("2026-03-30T07:00:00Z"))
        // 07:59:59Z on Monday 23 November is 07:59:59 GMT.
        #expect(london.next(after: utc("2026-11-23T07:59:59Z")) == utc("2026-11-23T08:00:00Z"))
    }

    @Test func latestAtASlotIsThatSlot() {
        #expect(london.latest(atOrBefore: utc("2026-03-30T07:00:00Z")) == utc("2026-03-30T07:00:00Z"))
        #expect(london.latest(atOrBefore: utc("2026-11-23T08:00:00Z")) == utc("2026-11-23T08:00:00Z"))
    }

    @Test func latestJustBeforeASlotIsTheWeekBeforeAcrossTheChanges() {
        // A second before 08:00 BST on 30 March: the week before, Monday 23 March, was GMT: 08:00Z.
        #expect(london.latest(atOrBefore: utc("2026-03-30T06:59:59Z")) == utc("2026-03-23T08:00:00Z"))
        // A second before 08:00 GMT on 26 October: Monday 19 October was BST: 07:00Z.
        #expect(london.latest(atOrBefore: utc("2026-10-26T07:59:59Z")) == utc("2026-10-19T07:00:00Z"))
        // Between them, on a Thursday: the Monday of that week.
        #expect(london.latest(atOrBefore: utc("2026-07-02T12:00:00Z")) == utc("2026-06-29T07:00:00Z"))
    }

    @Test func sixtyWeeksFromNewYear() throws {
        // 1 January 2026 is a Thursday, so the first slot is Monday 5 January, 08:00 GMT = 08:00Z. The
        // 60th is 59 weeks (413 days) later: 2027-02-22, before 2027's change (28 March), 08:00Z.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London")!
        var slots = [london.next(after: utc("2026-01-01T00:00:00Z"))]
        while slots.count < 60 { slots.append(london.next(after: slots[slots.count - 1])) }
        #expect(slots.first == utc("2026-01-05T08:00:00Z"))
        #expect(slots.last == utc("2027-02-22T08:00:00Z"))
        for slot in slots {
            let local = calendar.dateComponents([.weekday, .hour, .minute, .second], from: slot)
            // Calendar's weekday 2 is Monday.
            #expect(local.weekday == 2 && local.hour == 8 && local.minute == 0 && local.second == 0, "\(slot)")
        }
        var uneven: [(end: Date, hours: Double)] = []
        for index in 1..<slots.count {
            let hours = slots[index].timeIntervalSince(slots[index - 1]) / 3_600
            if hours != 168 { uneven.append((slots[index], hours)) }
        }
        // 23 March 08:00Z to 30 March 07:00Z is 167 hours; 19 October 07:00Z to 26 October 08:00Z is 169.
        try #require(uneven.count == 2)
        #expect(uneven[0].end == utc("2026-03-30T07:00:00Z") && uneven[0].hours == 167)
        #expect(uneven[1].end == utc("2026-10-26T08:00:00Z") && uneven[1].hours == 169)
    }

    @Test func aLocalTimeTheClocksSkipHappensAfterTheGap() {
        // Sunday 01:30. On 29 March London's clocks go from 01:00 GMT straight to 02:00 BST (at 01:00Z),
        // so there is no 01:30. Read with the offset from before the gap, GMT (+0): 01:30 - 0 = 01:30Z,
        // which the clocks there show as 02:30 BST (01:30Z + 1h).
        let sunday = DigestSchedule(weekday: 7, hour: 1, minute: 30)
        let slot = sunday.next(after: utc("2026-03-28T12:00:00Z"))
        #expect(slot == utc("2026-03-29T01:30:00Z"))
        #expect(sunday.name(of: slot) == "2026-03-29T02:30")
        // The week before, 22 March, is 01:30 GMT = 01:30Z; the week after, 5 April, 01:30 BST = 00:30Z.
        #expect(sunday.latest(atOrBefore: utc("2026-03-29T01:29:59Z")) == utc("2026-03-22T01:30:00Z"))
        #expect(sunday.latest(atOrBefore: slot) == slot)
        #expect(sunday.next(after: slot) == utc("2026-04-05T00:30:00Z"))
    }

    @Test func aLocalTimeTheClocksRepeatIsOnlyItsFirst() {
        // Sunday 01:30. On 25 October London's clocks go back from 02:00 BST to 01:00 GMT (at 01:00Z), so
        // 01:30 happens twice: 01:30 BST (+1) = 00:30Z, then 01:30 GMT (+0) = 01:30Z. The slot is the first.
        let sunday = DigestSchedule(weekday: 7, hour: 1, minute: 30)
        let first = utc("2026-10-25T00:30:00Z")
        #expect(sunday.next(after: utc("2026-10-24T12:00:00Z")) == first)
        #expect(sunday.name(of: first) == "2026-10-25T01:30")
        // Once, not twice: after the first 01:30 the next slot is a week on, 1 November 01:30 GMT = 01:30Z.
        #expect(sunday.next(after: first) == utc("2026-11-01T01:30:00Z"))
        #expect(sunday.next(after: utc("2026-10-25T01:00:00Z")) == utc("2026-11-01T01:30:00Z"))
        // At the second 01:30 the latest slot is still the first; a second before the first, it is
        // 18 October's, 01:30 BST = 00:30Z.
        #expect(sunday.latest(atOrBefore: utc("2026-10-25T01:30:00Z")) == first)
        #expect(sunday.latest(atOrBefore: utc("2026-10-25T00:29:59Z")) == utc("2026-10-18T00:30:00Z"))
    }

    @Test func newYork() {
        // Monday 08:00 in America/New_York: EST is UTC-5, EDT UTC-4; in 2026 EDT runs from Sunday 8 March
        // to Sunday 1 November. Saturday 7 March 12:00Z: next is Monday 9 March, 08:00 EDT = 12:00Z.
        let schedule = DigestSchedule(timeZone: TimeZone(identifier: "America/New_York")!)
        #expect(schedule.next(after: utc("2026-03-07T12:00:00Z")) == utc("2026-03-09T12:00:00Z"))
        // Just before it, the latest was Monday 2 March, 08:00 EST = 13:00Z.
        #expect(schedule.latest(atOrBefore: utc("2026-03-09T11:59:59Z")) == utc("2026-03-02T13:00:00Z"))
        // Saturday 31 October 12:00Z: Monday 2 November, 08:00 EST = 13:00Z.
        #expect(schedule.next(after: utc("2026-10-31T12:00:00Z")) == utc("2026-11-02T13:00:00Z"))
        // 03:00Z on Monday 9 March is still Sunday 23:00 EDT there: the slot is that Monday's, 12:00Z.
        #expect(schedule.next(after: utc("2026-03-09T03:00:00Z")) == utc("2026-03-09T12:00:00Z"))
        #expect(schedule.name(of: utc("2026-03-09T12:00:00Z")) == "2026-03-09T08:00")
    }

    @Test func otherDaysAndTimes() {
        // 1 July 2026 is a Wednesday (181 days after Thursday 1 January: 25 weeks and 6 days). Friday
        // 17:45 is Friday 3 July, 17:45 BST = 16:45Z.
        let friday = DigestSchedule(weekday: 5, hour: 17, minute: 45)
        #expect(friday.next(after: utc("2026-07-01T00:00:00Z")) == utc("2026-07-03T16:45:00Z"))
        #expect(friday.name(of: utc("2026-07-03T16:45:00Z")) == "2026-07-03T17:45")
        // 1 December 2026 is a Tuesday (334 days: 47 weeks and 5 days). Sunday 23:30 is 6 December, GMT.
        let sunday = DigestSchedule(weekday: 7, hour: 23, minute: 30)
        #expect(sunday.next(after: utc("2026-12-01T00:00:00Z")) == utc("2026-12-06T23:30:00Z"))
        // Monday 00:00, a second before: Sunday 6 December 23:59:59Z.
        let midnight = DigestSchedule(weekday: 1, hour: 0, minute: 0)
        #expect(midnight.next(after: utc("2026-12-06T23:59:59Z")) == utc("2026-12-07T00:00:00Z"))
    }

    @Test func nameIsTheLocalDateAndTime() {
        #expect(london.name(of: utc("2026-11-23T08:00:00Z")) == "2026-11-23T08:00")
        #expect(london.name(of: utc("2026-03-30T07:00:00Z")) == "2026-03-30T08:00")
    }
}
