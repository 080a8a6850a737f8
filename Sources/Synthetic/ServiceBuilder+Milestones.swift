import Dates

extension ServiceBuilder {
    /// The milestones the catalogue's deadline rules look for, done mostly on time, some late, some
    /// never; reviews about every three months for referral orders, YROs and DTOs. Work not done
    /// by `asOf`, or after the intervention ended, has no row.
    mutating func writeMilestones(_ kind: InterventionKind, intervention: Int, timing: Timing) {
        let late = traits.lateShare(timing.start)
        var assessed: LocalDate?
        switch kind {
        case .communityResolution, .youthCaution, .youthConditionalCaution:
            if let decision = timing.decision {
                writeMilestone(.oocdDecision, intervention: intervention, done: decision, timing: timing)
            }
        case .prevention:
            if random.chance(0.6) {
                _ = milestone(.initialAssessment, intervention, timing, deadline: 20, late: late)
            }
        case .referralOrder:
            _ = milestone(.firstContact, intervention, timing, deadline: 5, late: late)
            assessed = milestone(.initialAssessment, intervention, timing, deadline: 20, late: late)
            _ = milestone(.interventionPlan, intervention, timing, deadline: 20, late: late)
            _ = milestone(.initialPanel, intervention, timing, deadline: 20, late: late)
        case .youthRehabilitationOrder:
            _ = milestone(.firstContact, intervention, timing, deadline: 5, late: late)
            assessed = milestone(.initialAssessment, intervention, timing, deadline: 15, late: late)
            _ = milestone(.interventionPlan, intervention, timing, deadline: 15, late: late)
        case .detentionTrainingOrder, .otherCustody:
            assessed = milestone(.initialAssessment, intervention, timing, deadline: 15, late: late)
            _ = milestone(.interventionPlan, intervention, timing, deadline: 15, late: late)
        case .bailSupervision, .remand:
            break
        }
        if kind.isReviewed {
            writeReviews(intervention, timing, from: assessed ?? timing.start)
        }
    }

    /// A milestone due `deadline` working days after the start; returns its date when written.
    private mutating func milestone(
        _ kind: MilestoneKind, _ intervention: Int, _ timing: Timing, deadline: Int, late: Double
    ) -> LocalDate? {
        if random.chance(0.03) { return nil }
        let done = Weekdays.after(timing.start, workingDays(deadline: deadline, late: late))
        guard done <= asOf, done <= (timing.end ?? done) else { return nil }
        writeMilestone(kind, intervention: intervention, done: done, timing: timing)
        if random.chance(0.02) {
            // Recorded twice: the earliest counts for the deadline.
            let again = done.adding(days: random.below(8))
            if again <= asOf { writeMilestone(kind, intervention: intervention, done: again, timing: timing) }
        }
        return done
    }

    private mutating func writeReviews(_ intervention: Int, _ timing: Timing, from first: LocalDate) {
        let limit = Swift.min(timing.end ?? asOf, asOf)
        var last = first
        while true {
            let late = random.chance(traits.lateShare(last))
            let next = last.adding(months: 3).adding(days: late ? random.int(5...45) : -random.int(0...20))
            if next > limit { break }
            if !random.chance(0.04) {
                writeMilestone(.review, intervention: intervention, done: next, timing: timing)
            }
            last = next
        }
    }

    private mutating func writeMilestone(_ kind: MilestoneKind, intervention: Int, done: LocalDate, timing: Timing) {
        var kindText = kind.text
        var done = done
        var target = intervention
        if book.isArmed {
            if book.take(.milestoneAfterAsOf) {
                done = asOf.adding(days: random.int(1...30))
            } else if kind != .oocdDecision, book.take(.milestoneBeforeStart) {
                done = timing.start.adding(days: -random.int(1...20))
            } else if kind == .oocdDecision, let referred = timing.referred, book.take(.decisionBeforeReferral) {
                done = referred.adding(days: -random.int(1...10))
            } else if kind != .oocdDecision, book.take(.milestoneKindUnknown) {
                // Not on a decision: one of unknown kind is judged against the start, which it precedes.
                kindText = Vocabulary.badMilestoneKinds[random.below(Vocabulary.badMilestoneKinds.count)]
            } else if book.take(.milestoneOrphan) {
                target = missing(after: plan.interventions)
            }
        }
        milestoneNumber += 1
        milestones.id(code, UInt8(ascii: "M"), milestoneNumber, width: 8)
        milestones.tab()
        milestones.id(code, UInt8(ascii: "I"), target, width: 7)
        milestones.tab()
        milestones.clean(kindText)
        milestones.tab()
        milestones.date(done, dates)
        milestones.endRow()
    }
}
