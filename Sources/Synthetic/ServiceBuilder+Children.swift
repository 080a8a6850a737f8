import Dates

extension ServiceBuilder {
    /// Writes every child of the service with everything that hangs off it, meeting the service's
    /// number of interventions exactly: a child whose later interventions fall after `asOf` passes
    /// them to the next children, and the last child's history is made to fit.
    mutating func writeChildren() {
        let counts = interventionCounts()
        var deficit = 0
        for child in 0..<plan.children {
            book.advance(.child, to: child)
            let last = child == plan.children - 1
            let planned = Int(counts[child])
            let extra = last ? deficit : Swift.min(deficit, 2)
            let written = writeChild(number: child + 1, interventions: planned + extra, fit: last)
            deficit += planned - written
        }
    }

    /// How many interventions each child has: geometric, so most have one or two and a few many,
    /// adjusted to the service's total.
    private mutating func interventionCounts() -> [Int32] {
        let total = plan.interventions
        let count = plan.children
        let mean = Double(total) / Double(count)
        let cap = Swift.max(15, total / count + 2)
        let floor = mean >= 1 ? 1 : 0
        let more = mean >= 1 ? 1 - 1 / mean : mean / (1 + mean)
        var counts = [Int32](repeating: 0, count: count)
        var sum = 0
        for child in 0..<count {
            var n = floor
            while n < cap && random.chance(more) { n += 1 }
            counts[child] = Int32(n)
            sum += n
        }
        while sum < total {
            let child = random.below(count)
            if counts[child] < cap {
                counts[child] += 1
                sum += 1
            }
        }
        while sum > total {
            let child = random.below(count)
            if counts[child] > floor {
                counts[child] -= 1
                sum -= 1
            }
        }
        return counts
    }

    /// Writes one child and the interventions of its history up to `asOf`; returns their number.
    private mutating func writeChild(number: Int, interventions count: Int, fit: Bool) -> Int {
        planEpisodes(count: count)
        let first = placeEpisodes(fit: fit)
        let spanYears = Double(episodes.last?.start ?? 0) / 365.25
        var age: Double
        if episodes.first?.kind == .prevention && random.chance(0.12) {
            age = random.uniform(8.2, 9.9)
        } else {
            let oldest = Swift.max(10.3, 17.9 - spanYears)
            age = 10 + (oldest - 10) * Swift.max(random.unit(), random.unit())
        }
        let child = ChildTraits(
            number: number, born: LocalDate(daysSinceEpoch: first - Int(age * 365.25)), random: &random)
        // Records more than a year older than the history are not kept (but the last child's are);
        // work starting after `asOf` is the future of a history still running.
        let earliest = fit ? Int.min : historyStart.daysSinceEpoch - 365
        timings.removeAll(keepingCapacity: true)
        var firstStart: LocalDate?
        for episode in episodes {
            var timing: Timing?
            if first + episode.start >= earliest {
                let resolved = resolveTiming(episode, first: first, clamp: fit)
                if resolved.start <= asOf {
                    timing = resolved
                    if firstStart == nil { firstStart = resolved.start }
                }
            }
            timings.append(timing)
        }
        writeChildRow(child, firstStart: firstStart)

        var written = 0
        for (episode, timing) in zip(episodes, timings) {
            if let timing {
                written += 1
                writeEpisode(episode, timing: timing, child: child)
            } else if episode.offence && first + episode.start >= earliest
                && first + episode.committed <= asOf.daysSinceEpoch
            {
                // Its intervention is still to come: the offence awaits its outcome.
                writePendingOffence(child: number, committed: LocalDate(daysSinceEpoch: first + episode.committed))
            }
        }
        return written
    }

    private mutating func writeChildRow(_ child: ChildTraits, firstStart: LocalDate?) {
        var born = child.born
        var service = code
        keepsStarts = false
        if book.isArmed {
            if book.take(.childBornAfterAsOf) {
                born = asOf.adding(days: random.int(1...300))
            } else if let firstStart, book.take(.childTooYoung) {
                born = firstStart.adding(days: -random.int(3 * 365...7 * 365))
                keepsStarts = true
            } else if let firstStart, book.take(.childTooOld) {
                born = firstStart.adding(days: -random.int(26 * 366...40 * 365))
                keepsStarts = true
            } else if book.take(.childServiceMissing) {
                service = missingCode
            }
        }
        children.id(code, UInt8(ascii: "C"), child.number, width: 6)
        children.tab()
        children.clean(service)
        children.tab()
        children.date(born, dates)
        children.tab()
        let sex = random.unit()
        if sex < 0.8 {
            children.clean("male")
        } else if sex < 0.995 {
            children.clean("female")
        } else {
            children.null()
        }
        children.tab()
        let ethnicity = random.below(1_000)
        if let group = Vocabulary.ethnicityCumulative.firstIndex(where: { ethnicity < $0 }) {
            children.clean(Vocabulary.ethnicities[group])
        } else {
            children.null()
        }
        children.endRow()
    }

    /// One intervention with its offences and everything that hangs off it.
    private mutating func writeEpisode(_ episode: Episode, timing: Timing, child: ChildTraits) {
        var category: OffenceCategory?
        if episode.offence {
            category = writeEpisodeOffences(episode, timing: timing, child: child.number)
        }
        writeIntervention(episode.kind, timing: timing, child: child, category: category)
        if random.chance(0.15) {
            writeLaterOffence(child: child.number, after: timing.start)
        }
    }
}
