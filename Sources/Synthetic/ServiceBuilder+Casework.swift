import Dates

extension ServiceBuilder {
    /// Victims of the offence, the pre-sentence report, and now and then a case audit.
    mutating func writeCasework(
        _ kind: InterventionKind, intervention: Int, timing: Timing, child: Int, category: OffenceCategory?
    ) {
        if let category, category.hasVictim, kind.isOutOfCourt || kind.isSentence, random.chance(0.45) {
            let draw = random.unit()
            for _ in 0..<(draw < 0.85 ? 1 : draw < 0.97 ? 2 : 3) {
                writeVictim(intervention: intervention)
            }
        }
        let reportShare =
            switch kind {
            case .referralOrder: 0.4
            case .youthRehabilitationOrder, .detentionTrainingOrder, .otherCustody: 0.95
            default: 0.0
            }
        if random.chance(reportShare) {
            writeCourtReport(child: child, requested: timing.start.adding(days: -random.int(15...35)))
        } else if kind.isBailOrRemand && timing.end == nil && random.chance(0.6) {
            // Awaiting sentence: the report may not be due yet.
            writeCourtReport(child: child, requested: Swift.max(timing.start, asOf.adding(days: -random.below(25))))
        }
        if timing.start.days(to: asOf) >= 30 && random.chance(0.065) {
            writeAudit(intervention: intervention, start: timing.start)
        }
    }

    private mutating func writeVictim(intervention: Int) {
        var target = intervention
        if book.isArmed && book.take(.victimOrphan) { target = missing(after: plan.interventions) }
        let consented = flag(0.58, nullShare: 0.05)
        let views = consented == true ? flag(0.86, nullShare: 0.02) : (random.chance(0.5) ? false : nil)
        let offered = consented == true ? flag(0.75, nullShare: 0.02) : (random.chance(0.5) ? false : nil)
        let engaged = offered == true ? flag(0.38) : (offered == false ? false : nil)
        victimNumber += 1
        victims.id(code, UInt8(ascii: "V"), victimNumber, width: 6)
        victims.tab()
        victims.id(code, UInt8(ascii: "I"), target, width: 7)
        for value in [consented, views, offered, engaged] {
            victims.tab()
            victims.bool(value)
        }
        victims.endRow()
    }

    /// A report due 15 working days after the request: mostly on time, some late, a few never.
    private mutating func writeCourtReport(child: Int, requested: LocalDate) {
        var requested = requested
        var due = Weekdays.after(requested, 15)
        var submitted: LocalDate?
        if !random.chance(0.02) {
            let late = random.chance(traits.lateShare(due) * 0.8)
            submitted = late ? Weekdays.after(due, random.int(1...10)) : Weekdays.after(requested, 15 - random.below(7))
        }
        if let date = submitted, date > asOf { submitted = nil }
        var childNumber = child
        var service = code
        if book.isArmed {
            if submitted != nil, book.take(.reportBeforeRequest) {
                submitted = requested.adding(days: -random.int(1...10))
            } else if book.take(.reportRequestedAfterAsOf) {
                requested = asOf.adding(days: random.int(1...20))
                due = Weekdays.after(requested, 15)
                submitted = nil
            } else if book.take(.reportSubmittedAfterAsOf) {
                submitted = asOf.adding(days: random.int(1...20))
            } else if book.take(.reportChildMissing) {
                childNumber = missing(after: plan.children)
            } else if book.take(.reportServiceMissing) {
                service = missingCode
            }
        }
        reportNumber += 1
        courtReports.id(code, UInt8(ascii: "R"), reportNumber, width: 6)
        courtReports.tab()
        courtReports.id(code, UInt8(ascii: "C"), childNumber, width: 6)
        courtReports.tab()
        courtReports.clean(service)
        courtReports.tab()
        courtReports.date(requested, dates)
        courtReports.tab()
        courtReports.date(due, dates)
        courtReports.tab()
        courtReports.date(submitted, dates)
        courtReports.endRow()
    }

    private mutating func writeAudit(intervention: Int, start: LocalDate) {
        var audited = start.adding(days: random.int(30...200))
        if audited > asOf { audited = start.adding(days: 30 + random.below(start.days(to: asOf) - 29)) }
        let good = traits.goodAudit(audited)
        let draw = random.unit()
        var rating = Vocabulary.ratings[
            draw < good * 0.18 ? 0 : draw < good ? 1 : draw < good + (1 - good) * 0.75 ? 2 : 3]
        let oversight = flag(0.5 + 0.35 * good, nullShare: 0.08)
        var target = intervention
        if book.isArmed {
            if book.take(.auditRatingUnknown) {
                rating = Vocabulary.badRatings[random.below(Vocabulary.badRatings.count)]
            } else if book.take(.auditAfterAsOf) {
                audited = asOf.adding(days: random.int(1...30))
            } else if book.take(.auditOrphan) {
                target = missing(after: plan.interventions)
            }
        }
        auditNumber += 1
        caseAudits.id(code, UInt8(ascii: "A"), auditNumber, width: 6)
        caseAudits.tab()
        caseAudits.id(code, UInt8(ascii: "I"), target, width: 7)
        caseAudits.tab()
        caseAudits.date(audited, dates)
        caseAudits.tab()
        caseAudits.clean(rating)
        caseAudits.tab()
        caseAudits.bool(oversight)
        caseAudits.endRow()
    }
}
