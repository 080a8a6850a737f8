import Dates
import Testing

@testable import Synthetic

@Suite struct PeopleRealismTests {
    let fixture = Fixture.moderate

    private var births: [String: LocalDate] {
        var births: [String: LocalDate] = [:]
        for row in fixture.rows(.children) { births[row[0] ?? ""] = row.date(.children, "born_on") }
        return births
    }

    @Test func childrenAreMostlyTenToSeventeenAtTheirInterventions() {
        let births = births
        var ages: [Int: Int] = [:]
        var endAges: [Int: Int] = [:]
        for row in fixture.rows(.interventions) {
            guard let born = births[row[1] ?? ""], let start = row.date(.interventions, "start_on") else { continue }
            ages[age(born: born, on: start), default: 0] += 1
            if let end = row.date(.interventions, "end_on") { endAges[age(born: born, on: end), default: 0] += 1 }
        }
        let total = Double(ages.values.reduce(0, +))
        let share = { (range: ClosedRange<Int>) in Double(range.reduce(0) { $0 + (ages[$1] ?? 0) }) / total }
        #expect(share(10...17) > 0.93)
        #expect(share(8...9) > 0.002 && share(8...9) < 0.04)
        #expect(share(12...16) > 0.6)
        #expect((18...25).contains { (endAges[$0] ?? 0) > 0 })
    }

    @Test func sexAndEthnicityAreRecordedAsExpected() {
        let rows = fixture.rows(.children)
        let males = Double(rows.filter { $0[3] == "male" }.count) / Double(rows.count)
        #expect(males > 0.75 && males < 0.85)
        #expect(Set(rows.compactMap { $0[3] }) == ["male", "female"])
        #expect(Set(rows.compactMap { $0[4] }) == ["white", "black", "asian", "mixed", "other"])
        #expect(rows.contains { $0[4] == nil })
    }

    @Test func interventionKindsMixLikeEnglandAndWales() {
        let rows = fixture.rows(.interventions)
        let total = Double(rows.count)
        let share = { (kinds: Set<String>) in Double(rows.filter { $0[3].map(kinds.contains) ?? false }.count) / total }
        #expect((0.40...0.50).contains(share(Validator.outOfCourt)))
        #expect((0.16...0.24).contains(share(["referral_order"])))
        #expect((0.09...0.15).contains(share(["youth_rehabilitation_order"])))
        #expect((0.02...0.045).contains(share(["detention_training_order", "other_custody"])))
        #expect((0.09...0.15).contains(share(["prevention"])))
        #expect((0.06...0.10).contains(share(["bail_supervision", "remand"])))
    }

    @Test func offencesMatchTheContractsLists() {
        let rows = fixture.rows(.offences)
        let categories = Set(rows.compactMap { $0[6] })
        #expect(categories.isSuperset(of: ["violence_against_the_person", "robbery", "drugs", "theft", "sexual"]))
        #expect(Validator.outcomes.isSubset(of: Set(rows.compactMap { $0[3] })))
        let gravities = rows.compactMap { $0[5].flatMap { Int($0) } }.filter { (1...8).contains($0) }
        let low = gravities.filter { $0 <= 3 }.count
        #expect(Double(low) > 0.5 * Double(gravities.count))
        #expect(Set(gravities) == Set(1...8))
        // The outcome follows the offence, by days to months (planted future dates aside).
        let delays = rows.compactMap { row -> Int? in
            guard let committed = row.date(.offences, "committed_on"), let outcome = row.date(.offences, "outcome_on"),
                outcome <= fixture.spec.asOf, committed <= fixture.spec.asOf
            else { return nil }
            return committed.days(to: outcome)
        }
        #expect(Double(delays.filter { $0 >= 0 && $0 <= 400 }.count) > 0.97 * Double(delays.count))
    }

    @Test func populationIsProportionalToTheServicesSize() {
        let rows = fixture.rows(.population)
        #expect(rows.count == fixture.generator.serviceCount * (fixture.spec.years + 1))
        for index in 0..<fixture.generator.serviceCount {
            let code = fixture.generator.serviceID(index)
            let children = Double(fixture.generator.size(ofService: index).children)
            for row in rows where row[0] == code {
                let value = Double(row[2].flatMap { Int($0) } ?? 0)
                #expect(value <= 0 || (value > 10 * children && value < 19 * children), "\(code) \(value)")
            }
        }
    }

    @Test func practitionersAreMostlyCaseHoldingWithPlausibleFTE() {
        let rows = fixture.rows(.practitioners)
        let holding = rows.filter { $0[2] == "t" }.count
        #expect(Double(holding) > 0.8 * Double(rows.count) && holding < rows.count)
        let ftes = rows.compactMap { $0[3].flatMap { Double($0) } }
        #expect(Double(ftes.filter { (0.5...1.0).contains($0) }.count) > 0.97 * Double(ftes.count))
        #expect(rows.contains { $0[5] != nil })
        #expect(
            rows.contains {
                ($0.date(.practitioners, "started_on") ?? .init(daysSinceEpoch: 0)) > fixture.generator.historyStart
            })
    }
}
