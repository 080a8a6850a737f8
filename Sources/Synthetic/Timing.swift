import Dates

/// The calendar dates of one intervention, resolved from its episode.
struct Timing {
    /// The offence behind the intervention.
    var committed: LocalDate
    var referred: LocalDate?
    /// The out-of-court decision (the `oocd_decision` milestone), when it is made by `asOf`.
    var decision: LocalDate?
    var start: LocalDate
    var planned: LocalDate?
    var end: LocalDate?
    var reason: StaticString?
    var released: LocalDate?

    init(committed: LocalDate, start: LocalDate) {
        self.committed = committed
        self.start = start
    }
}
