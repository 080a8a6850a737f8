import Dates

/// The practitioners of one service, as posts ("slots") held by one practitioner after another.
///
/// Cases are allocated to a slot by its weight (fte times a personal factor, so some practitioners
/// carry more than others and some exceed the caseload limit) and go to whoever holds the slot on
/// the allocation date.
struct Staff {
    struct Practitioner {
        let number: Int
        let caseHolding: Bool
        /// Hundredths of a full-time post.
        let fte: Int
        let startedOn: LocalDate
        let leftOn: LocalDate?
    }

    private(set) var practitioners: [Practitioner] = []
    /// For each case-holding slot, the range of its holders in `practitioners`.
    private var slotHolders: [Range<Int>] = []
    private var cumulativeWeights: [Int] = []

    init(slots: Int, managers: Int, historyStart: LocalDate, asOf: LocalDate, random: inout RandomSource) {
        var totalWeight = 0
        for _ in 0..<slots {
            let fte = random.chance(0.7) ? 100 : [50, 60, 80, 90][random.below(4)]
            let first = practitioners.count
            var started = historyStart.adding(days: -random.int(30...2_900))
            while true {
                var left: LocalDate? = started.adding(days: random.int(300...3_300))
                if let date = left, date > asOf {
                    // Mostly still in post; a few with a leaving date already set.
                    left = random.chance(0.04) ? asOf.adding(days: random.int(1...60)) : nil
                }
                practitioners.append(
                    Practitioner(
                        number: practitioners.count, caseHolding: true, fte: fte, startedOn: started, leftOn: left))
                guard let leftOn = left, leftOn <= asOf else { break }
                started = leftOn.adding(days: random.int(7...75))
                if started > asOf { break }
            }
            slotHolders.append(first..<practitioners.count)
            totalWeight += Int(Double(fte) * random.uniform(0.55, 1.5)) + 1
            cumulativeWeights.append(totalWeight)
        }
        for _ in 0..<managers {
            let started = historyStart.adding(days: -random.int(100...3_000))
            practitioners.append(
                Practitioner(number: practitioners.count, caseHolding: false, fte: 100, startedOn: started, leftOn: nil)
            )
        }
    }

    /// The number of a practitioner in post on `date` to allocate a case to, or nil when the
    /// posts drawn are vacant (the case then waits unallocated).
    func caseManager(on date: LocalDate, random: inout RandomSource) -> Int? {
        guard let total = cumulativeWeights.last else { return nil }
        for _ in 0..<4 {
            let target = random.below(total)
            var low = 0
            var high = cumulativeWeights.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulativeWeights[middle] > target { high = middle } else { low = middle + 1 }
            }
            for index in slotHolders[low] {
                let holder = practitioners[index]
                if holder.startedOn <= date, holder.leftOn.map({ $0 > date }) ?? true {
                    return holder.number
                }
            }
        }
        return nil
    }
}
