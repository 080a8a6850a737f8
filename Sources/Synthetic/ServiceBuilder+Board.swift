import Dates

extension ServiceBuilder {
    /// Management board meetings, each with one attendance row per statutory partner.
    mutating func writeBoard() {
        for (row, date) in meetingDates.enumerated() {
            book.advance(.meeting, to: row)
            var held = date
            var service = code
            if book.take(.meetingAfterAsOf) {
                held = Weekdays.onOrAfter(asOf.adding(days: random.int(7...90)))
            } else if book.take(.meetingServiceMissing) {
                service = missingCode
            }
            boardMeetings.id(code, UInt8(ascii: "B"), row + 1, width: 3)
            boardMeetings.tab()
            boardMeetings.clean(service)
            boardMeetings.tab()
            boardMeetings.date(held, dates)
            boardMeetings.endRow()
            var renamed = false
            for (partner, attendance) in zip(Vocabulary.partners, Vocabulary.partnerAttendance) {
                var partnerText = partner
                var meeting = row + 1
                if book.isArmed {
                    // One unknown partner per meeting at most, so the key (meeting, partner) stays unique.
                    if !renamed, book.take(.partnerUnknown) {
                        partnerText = Vocabulary.badPartners[random.below(Vocabulary.badPartners.count)]
                        renamed = true
                    } else if book.take(.attendanceOrphan) {
                        meeting = missing(after: meetingDates.count)
                    }
                }
                boardAttendance.id(code, UInt8(ascii: "B"), meeting, width: 3)
                boardAttendance.tab()
                boardAttendance.clean(partnerText)
                boardAttendance.tab()
                boardAttendance.bool(flag(attendance + traits.attendanceShift, nullShare: 0.04))
                boardAttendance.endRow()
            }
        }
    }
}
