import Dates

extension ServiceBuilder {
    mutating func writeService() {
        services.clean(code)
        services.tab()
        services.text(PlaceNames.name(index))
        services.endRow()
    }

    /// One mid-year estimate per calendar year of the history, proportional to the service's size.
    mutating func writePopulation() {
        let base = Double(plan.children) * traits.populationPerChild
        let firstYear = historyStart.year
        for (row, year) in (firstYear...asOf.year).enumerated() {
            book.advance(.population, to: row)
            var value = Int(base * (1 + traits.populationGrowth * Double(year - firstYear)))
            value = Swift.max(value, 200)
            if book.take(.populationNotPositive) { value = random.chance(0.5) ? 0 : -1 }
            population.clean(code)
            population.tab()
            population.int(year)
            population.tab()
            population.int(value)
            population.endRow()
        }
    }

    /// A nightly load for the 30 days up to the latest extract, `traits.extractLag` days before
    /// `asOf` (10–40 days for a stale service); a night is missed now and then.
    mutating func writeExtracts() {
        let latest = asOf.adding(days: -traits.extractLag)
        for back in stride(from: 29, through: 0, by: -1) {
            if back > 0 && random.chance(0.03) { continue }
            extracts.clean(code)
            extracts.tab()
            let second = 2 * 3_600 + random.below(2 * 3_600)
            extracts.timestamp(latest.adding(days: -back), secondOfDay: second, dates)
            extracts.endRow()
        }
    }

    /// Board meetings about every two months, on weekdays, from the start of the history.
    static func meetings(from start: LocalDate, to end: LocalDate, random: inout RandomSource) -> [LocalDate] {
        var result: [LocalDate] = []
        var next = start.adding(days: random.below(50))
        while true {
            let held = Weekdays.onOrAfter(next)
            if held > end { break }
            result.append(held)
            next = next.adding(days: random.int(55...68))
        }
        return result
    }
}
