import Dates

extension ServiceBuilder {
    /// The intervention defects, rarest carriers first so that they are taken when a row can carry them.
    private static let interventionDefects: [Defect] = [
        .releasedAfterAsOf, .referredAfterAsOf, .referralMissing, .endAfterAsOf, .endStatusMissing,
        .endReasonUnknown, .endBeforeStart, .kindUnknown, .caseManagerMissing, .startAfterAsOf,
        .allocatedAfterAsOf, .interventionChildMissing, .interventionServiceMissing,
    ]

    /// One intervention row, then its milestones, outcome rows, victims, court report and audit.
    mutating func writeIntervention(
        _ kind: InterventionKind, timing resolved: Timing, child: ChildTraits, category: OffenceCategory?
    ) {
        var timing = resolved
        var allocation = allocate(start: timing.start)
        let defect = book.isArmed ? takeDefect(kind, timing: timing, allocated: allocation != nil) : nil
        interventionNumber += 1
        let number = interventionNumber
        var kindText: StaticString? = kind.text
        var reasonText = timing.reason
        var childNumber = child.number
        var service = code
        switch defect {
        case .kindUnknown: kindText = Vocabulary.badKinds[random.below(Vocabulary.badKinds.count)]
        case .endReasonUnknown: reasonText = Vocabulary.badEndReasons[random.below(Vocabulary.badEndReasons.count)]
        case .endBeforeStart: timing.end = timing.start.adding(days: -random.int(1...30))
        case .startAfterAsOf:
            let shift = timing.start.days(to: asOf.adding(days: random.int(1...90)))
            timing.start = timing.start.adding(days: shift)
            timing.planned = timing.planned?.adding(days: shift)
            timing.end = nil
            reasonText = nil
            timing.released = nil
            allocation = nil
        case .endAfterAsOf:
            timing.end = asOf.adding(days: random.int(1...60))
            reasonText = EndReason.completed.text
        case .referredAfterAsOf:
            timing.referred = asOf.adding(days: random.int(1...30))
            timing.decision = nil
        case .allocatedAfterAsOf:
            let manager = allocation?.manager ?? staff.caseManager(on: asOf, random: &random) ?? 0
            allocation = (manager, asOf.adding(days: random.int(1...30)))
        case .releasedAfterAsOf: timing.released = asOf.adding(days: random.int(1...60))
        case .interventionChildMissing: childNumber = missing(after: plan.children)
        case .interventionServiceMissing: service = missingCode
        case .referralMissing: timing.referred = nil
        default: break
        }
        // Now and then the kind is simply not recorded (not a rule breach, but left out of kinds).
        if defect == nil && !kind.isBailOrRemand && random.chance(0.0004) { kindText = nil }

        interventions.id(code, UInt8(ascii: "I"), number, width: 7)
        interventions.tab()
        interventions.id(code, UInt8(ascii: "C"), childNumber, width: 6)
        interventions.tab()
        interventions.clean(service)
        interventions.tab()
        if let kindText { interventions.clean(kindText) } else { interventions.null() }
        interventions.tab()
        interventions.date(timing.referred, dates)
        interventions.tab()
        interventions.date(timing.start, dates)
        interventions.tab()
        interventions.date(timing.planned, dates)
        interventions.tab()
        interventions.date(timing.end, dates)
        interventions.tab()
        if let reasonText { interventions.clean(reasonText) } else { interventions.null() }
        interventions.tab()
        if defect == .caseManagerMissing {
            interventions.id(code, UInt8(ascii: "P"), missing(after: staff.practitioners.count), width: 4)
        } else if let allocation {
            interventions.id(code, UInt8(ascii: "P"), allocation.manager + 1, width: 4)
        } else {
            interventions.null()
        }
        interventions.tab()
        interventions.date(allocation?.on, dates)
        interventions.tab()
        interventions.date(timing.released, dates)
        interventions.endRow()

        guard defect != .startAfterAsOf else { return }
        writeMilestones(kind, intervention: number, timing: timing)
        if !kind.isBailOrRemand {
            writeOutcomes(intervention: number, timing: timing, child: child, endMissing: defect == .endStatusMissing)
        }
        writeCasework(kind, intervention: number, timing: timing, child: child.number, category: category)
    }

    private mutating func takeDefect(_ kind: InterventionKind, timing: Timing, allocated: Bool) -> Defect? {
        let ended = timing.end != nil
        for defect in ServiceBuilder.interventionDefects {
            let fits =
                switch defect {
                case .releasedAfterAsOf: kind.isCustody && !ended && timing.released == nil
                case .referredAfterAsOf, .referralMissing: kind.isOutOfCourt
                case .endAfterAsOf: !ended
                case .endStatusMissing: ended && !kind.isBailOrRemand
                case .endReasonUnknown, .endBeforeStart: ended
                case .kindUnknown: !kind.isBailOrRemand
                case .caseManagerMissing: allocated
                case .startAfterAsOf, .interventionChildMissing: !keepsStarts
                default: true
                }
            if fits && book.take(defect) { return defect }
        }
        return nil
    }
}
