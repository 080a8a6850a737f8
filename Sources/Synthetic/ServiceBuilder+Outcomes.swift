import Dates

extension ServiceBuilder {
    /// The `start` and `end` rows of the YJB key performance indicators. Every intervention that
    /// ended has its `end` row, unless it is a planted rule-5 record (`endMissing`).
    mutating func writeOutcomes(intervention: Int, timing: Timing, child: ChildTraits, endMissing: Bool) {
        let started = timing.start.adding(days: random.below(15))
        if started <= asOf {
            writeStatus(intervention: intervention, isEnd: false, recorded: started, child: child)
        }
        guard let end = timing.end, !endMissing else { return }
        // An end dated after `asOf` (a planted rule-3 record) was still recorded by `asOf`.
        let recorded =
            end > asOf
            ? Swift.max(timing.start, asOf.adding(days: -random.below(5)))
            : Swift.min(asOf, end.adding(days: random.below(8)))
        writeStatus(intervention: intervention, isEnd: true, recorded: recorded, child: child)
    }

    private mutating func writeStatus(intervention: Int, isEnd: Bool, recorded: LocalDate, child: ChildTraits) {
        var at = isEnd ? Vocabulary.end : Vocabulary.start
        var recordedOn = recorded
        var target = intervention
        if book.isArmed {
            if book.take(.statusAfterAsOf) {
                recordedOn = asOf.adding(days: random.int(1...30))
            } else if !isEnd, book.take(.statusAtUnknown) {
                at = Vocabulary.badAts[random.below(Vocabulary.badAts.count)]
            } else if !isEnd, book.take(.statusOrphan) {
                target = missing(after: plan.interventions)
            }
        }
        let accommodation = flag(child.lookedAfter ? 0.72 : (isEnd ? 0.93 : 0.89))
        let ete = flag(isEnd ? Swift.min(0.95, child.ete + 0.07) : child.ete, nullShare: 0.04)
        let send = flag(child.send ? 1 : 0)
        var sendPlan: Bool?
        if send == true {
            sendPlan = flag(isEnd ? 0.8 : 0.68)
        } else {
            let draw = random.unit()
            sendPlan = draw < 0.7 ? nil : draw >= 0.99
        }
        let mentalHealth = flag(child.mentalHealth ? 1 : 0)
        let mhOffered = mentalHealth == true ? flag(0.85) : nil
        let mhAttended = mhOffered == true ? flag(isEnd ? 0.7 : 0.35) : (mentalHealth == true ? false : nil)
        let substance = flag(child.substanceMisuse ? 1 : 0)
        let smOffered = substance == true ? flag(0.8) : nil
        let smAttended = smOffered == true ? flag(isEnd ? 0.6 : 0.3) : (substance == true ? false : nil)

        outcomeStatus.id(code, UInt8(ascii: "I"), target, width: 7)
        outcomeStatus.tab()
        outcomeStatus.clean(at)
        outcomeStatus.tab()
        outcomeStatus.date(recordedOn, dates)
        for value in [
            accommodation, ete, child.isSchoolAge(on: recorded), send, sendPlan, mentalHealth, mhOffered, mhAttended,
            substance, smOffered, smAttended, flag(child.earlyHelp ? 1 : 0, nullShare: 0.02),
            flag(child.inNeed ? 1 : 0, nullShare: 0.02), flag(child.protection ? 1 : 0, nullShare: 0.02),
            flag(child.lookedAfter ? 1 : 0, nullShare: 0.02),
        ] {
            outcomeStatus.tab()
            outcomeStatus.bool(value)
        }
        outcomeStatus.endRow()
    }
}
