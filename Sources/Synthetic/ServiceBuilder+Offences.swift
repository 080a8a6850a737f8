import Dates

extension ServiceBuilder {
    /// The offence behind an intervention, and any others proven at the same hearing; returns the
    /// main offence's category.
    mutating func writeEpisodeOffences(_ episode: Episode, timing: Timing, child: Int) -> OffenceCategory {
        let kind = episode.kind
        let committed = timing.committed
        let category = OffenceCategory.draw(&random)
        var outcome: StaticString
        var outcomeOn: LocalDate? = timing.start
        var seriousness = 0
        switch kind {
        case .prevention:
            outcome = Vocabulary.noFurtherAction
            outcomeOn = committed.adding(days: random.int(7...60))
        case .communityResolution: outcome = Vocabulary.communityResolution
        case .youthCaution: outcome = Vocabulary.youthCaution
        case .youthConditionalCaution: outcome = Vocabulary.youthConditionalCaution
        case .bailSupervision, .remand:
            // Bail or remand with no sentence after it: acquitted, dropped, or a fine.
            let draw = random.unit()
            outcome =
                draw < 0.5 ? Vocabulary.otherOutcome : draw < 0.8 ? Vocabulary.noFurtherAction : Vocabulary.conviction
            outcomeOn = timing.end
            seriousness = 1
        case .referralOrder:
            outcome = Vocabulary.conviction
            seriousness = 1
        case .youthRehabilitationOrder:
            outcome = Vocabulary.conviction
            seriousness = 2
        case .detentionTrainingOrder, .otherCustody:
            outcome = Vocabulary.conviction
            seriousness = 3
        }
        let gravity = category.drawGravity(seriousness: seriousness, &random)
        writeOffence(child: child, committed: committed, outcome: outcome, on: outcomeOn, gravity: gravity, category)
        guard kind != .prevention else { return category }
        let draw = random.unit()
        let others = draw < 0.65 ? 0 : draw < 0.9 ? 1 : draw < 0.98 ? 2 : 3
        for _ in 0..<others {
            let other = random.chance(0.5) ? category : OffenceCategory.draw(&random)
            writeOffence(
                child: child, committed: committed.adding(days: -random.below(60)), outcome: outcome, on: outcomeOn,
                gravity: other.drawGravity(seriousness: seriousness, &random), other)
        }
        return category
    }

    /// An offence after an intervention began that led to no new intervention: no further action,
    /// or a conviction dealt with inside the order (a reoffence all the same).
    mutating func writeLaterOffence(child: Int, after start: LocalDate) {
        let committed = start.adding(days: random.int(20...250))
        guard committed <= asOf else { return }
        let draw = random.unit()
        let outcome =
            draw < 0.45 ? Vocabulary.noFurtherAction : draw < 0.6 ? Vocabulary.otherOutcome : Vocabulary.conviction
        let delay = draw < 0.6 ? random.int(10...90) : random.int(40...180)
        let category = OffenceCategory.draw(&random)
        writeOffence(
            child: child, committed: committed, outcome: outcome, on: committed.adding(days: delay),
            gravity: category.drawGravity(seriousness: 1, &random), category)
    }

    /// An offence whose outcome is not known yet (the case is still with the police or the court).
    mutating func writePendingOffence(child: Int, committed: LocalDate) {
        let category = OffenceCategory.draw(&random)
        writeOffence(
            child: child, committed: committed, outcome: nil, on: nil,
            gravity: category.drawGravity(seriousness: 1, &random), category)
    }

    /// One offence row; an outcome with no date, or dated after `asOf`, is not known yet: NULL.
    private mutating func writeOffence(
        child: Int, committed: LocalDate, outcome: StaticString?, on outcomeOn: LocalDate?, gravity: Int,
        _ category: OffenceCategory
    ) {
        var committed = committed
        var outcome = outcome
        var outcomeOn = outcomeOn
        if outcomeOn.map({ $0 > asOf }) ?? true {
            outcome = nil
            outcomeOn = nil
        }
        var gravity = gravity
        var childNumber = child
        if book.isArmed {
            if outcomeOn != nil, book.take(.offenceOutcomeAfterAsOf) {
                outcomeOn = asOf.adding(days: random.int(1...60))
            } else if book.take(.offenceCommittedAfterAsOf) {
                committed = asOf.adding(days: random.int(1...60))
            } else if outcome != nil, book.take(.offenceOutcomeUnknown) {
                outcome = Vocabulary.badOutcomes[random.below(Vocabulary.badOutcomes.count)]
            } else if book.take(.offenceGravity) {
                gravity = [0, 9, 10, 12][random.below(4)]
            } else if book.take(.offenceChildMissing) {
                childNumber = missing(after: plan.children)
            }
        }
        offenceNumber += 1
        offences.id(code, UInt8(ascii: "O"), offenceNumber, width: 7)
        offences.tab()
        offences.id(code, UInt8(ascii: "C"), childNumber, width: 6)
        offences.tab()
        offences.date(committed, dates)
        offences.tab()
        if let outcome { offences.clean(outcome) } else { offences.null() }
        offences.tab()
        offences.date(outcomeOn, dates)
        offences.tab()
        offences.int(gravity)
        offences.tab()
        offences.clean(category.text)
        offences.endRow()
    }
}
