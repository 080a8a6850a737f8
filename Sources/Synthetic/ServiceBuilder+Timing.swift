import Dates

extension ServiceBuilder {
    // Cumulative per mille of completed, breached, revoked, transferred, other.
    private static let outOfCourtEnds = [900, 920, 920, 950, 1_000]
    private static let preventionEnds = [780, 780, 780, 830, 1_000]
    private static let communityEnds = [740, 850, 910, 960, 1_000]
    private static let custodyEnds = [860, 900, 920, 980, 1_000]
    private static let bailEnds = [800, 920, 920, 920, 1_000]

    /// Resolves an episode's dates on the calendar: decision and start of out-of-court work, the
    /// planned and actual ends and the reason, release from custody. An end after `asOf` leaves the
    /// intervention open. With `clamp`, out-of-court work starts by `asOf` at the latest.
    mutating func resolveTiming(_ episode: Episode, first: Int, clamp: Bool) -> Timing {
        let kind = episode.kind
        var timing = Timing(
            committed: LocalDate(daysSinceEpoch: first + episode.committed),
            start: LocalDate(daysSinceEpoch: first + episode.start))
        if kind.isOutOfCourt {
            let referred = LocalDate(daysSinceEpoch: first + episode.referred)
            let decided = Weekdays.after(referred, workingDays(deadline: 10, late: traits.lateShare(referred)))
            timing.referred = referred
            timing.decision = decided <= asOf ? decided : nil
            timing.start = decided.adding(days: random.below(10))
            if clamp { timing.start = Swift.min(asOf, timing.start) }
        }
        let start = timing.start
        let months = kind.plannedMonths(&random)
        let planned = months.map { start.adding(months: $0) } ?? start.adding(days: kind.plannedDays(&random))
        let length = start.days(to: planned)
        if kind != .remand && !(kind == .prevention && random.chance(0.1)) {
            timing.planned = planned
        }

        var reason: EndReason
        var end: LocalDate
        if let sentence = episode.sentence {
            reason = EndReason.draw(ServiceBuilder.bailEnds, &random)
            end = LocalDate(daysSinceEpoch: first + sentence)
            if reason != .completed {
                end = start.adding(days: Int(Double(start.days(to: end)) * random.uniform(0.3, 1)))
            }
        } else {
            reason = EndReason.draw(endShares(kind), &random)
            switch reason {
            case .completed:
                end =
                    kind.isCustody
                    ? planned : planned.adding(days: months == nil ? random.int(-3...5) : random.int(-7...7))
            case .breached, .revoked:
                end = start.adding(days: Int(Double(length) * random.uniform(0.2, 0.9)))
            case .transferred, .other:
                end = start.adding(days: Int(Double(length) * random.uniform(0.1, 1)))
            }
        }
        // A new sentence replaces an order still running.
        if kind.isSentence, let next = episode.nextSentence.map({ first + $0 }),
            next > start.daysSinceEpoch, next < end.daysSinceEpoch
        {
            end = LocalDate(daysSinceEpoch: next)
            reason = .revoked
        }
        if end <= start { end = start.adding(days: 1) }
        // A few cases finished but not yet closed on the system.
        if end <= asOf && !(end.days(to: asOf) < 150 && random.chance(0.015)) {
            timing.end = end
            timing.reason = reason.text
        }
        if kind.isCustody, let months {
            let release = start.adding(months: months / 2)
            if release <= asOf && release <= (timing.end ?? release) { timing.released = release }
        }
        return timing
    }

    private func endShares(_ kind: InterventionKind) -> [Int] {
        switch kind {
        case .prevention: ServiceBuilder.preventionEnds
        case .communityResolution, .youthCaution, .youthConditionalCaution: ServiceBuilder.outOfCourtEnds
        case .bailSupervision, .remand: ServiceBuilder.bailEnds
        case .referralOrder, .youthRehabilitationOrder: ServiceBuilder.communityEnds
        case .detentionTrainingOrder, .otherCustody: ServiceBuilder.custodyEnds
        }
    }

    /// Working days from a clock to when the work is done: within `deadline` unless late (a chance
    /// of `late`), then mostly a few days over and now and then weeks.
    mutating func workingDays(deadline: Int, late: Double) -> Int {
        if random.chance(late) {
            return deadline + 1 + (random.chance(0.8) ? random.below(10) : random.int(10...40))
        }
        return Swift.min(random.below(deadline + 1), random.below(deadline + 1))
    }
}
