import Dates

extension ServiceBuilder {
    mutating func writePractitioners() {
        for (row, practitioner) in staff.practitioners.enumerated() {
            book.advance(.practitioner, to: row)
            var fte = practitioner.fte
            var service = code
            if book.take(.fteOutOfRange) {
                fte = [0, 160, 200, 500][random.below(4)]
            } else if book.take(.practitionerServiceMissing) {
                service = missingCode
            }
            writePractitioner(
                practitioner.number, service: service, caseHolding: practitioner.caseHolding, fte: fte,
                started: practitioner.startedOn, left: practitioner.leftOn)
            if book.take(.practitionerStartedAfterAsOf) {
                // A new starter entered before the first day: not in post yet, so never a case manager.
                writePractitioner(
                    staff.practitioners.count + row, service: code, caseHolding: true, fte: 100,
                    started: asOf.adding(days: random.int(5...60)), left: nil)
            }
        }
    }

    private mutating func writePractitioner(
        _ number: Int, service: [UInt8], caseHolding: Bool, fte: Int, started: LocalDate, left: LocalDate?
    ) {
        practitioners.id(code, UInt8(ascii: "P"), number + 1, width: 4)
        practitioners.tab()
        practitioners.clean(service)
        practitioners.tab()
        practitioners.bool(caseHolding)
        practitioners.tab()
        practitioners.hundredths(fte)
        practitioners.tab()
        practitioners.date(started, dates)
        practitioners.tab()
        practitioners.date(left, dates)
        practitioners.endRow()
    }

    /// A case manager and allocation date for an intervention that starts on `start`: most a few
    /// working days after the start, some late, some not at all (still waiting, or no one in post).
    mutating func allocate(start: LocalDate) -> (manager: Int, on: LocalDate)? {
        let recent = start.days(to: asOf) < 20
        if random.chance(recent ? 0.22 : 0.012) { return nil }
        let delay = random.chance(0.07) ? random.int(6...30) : random.below(4)
        let allocated = Weekdays.after(start, delay)
        guard allocated <= asOf, let manager = staff.caseManager(on: allocated, random: &random) else { return nil }
        return (manager, allocated)
    }
}
