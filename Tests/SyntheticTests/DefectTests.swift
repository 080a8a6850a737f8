import Testing

@testable import Synthetic

@Suite struct DefectTests {
    let fixture = Fixture.moderate
    let breaches = Fixture.moderateBreaches

    @Test(arguments: Defect.allCases)
    func everySubCaseOfEveryRuleIsPresent(_ defect: Defect) {
        #expect(breaches.count(defect) >= 1, "no \(defect) (rule \(defect.rule) on \(defect.table))")
    }

    /// The validator finds exactly the records the generator planted: good records break no rule.
    @Test func onlyPlantedRecordsBreakRules() {
        let planted = fixture.planted
        for defect in Defect.allCases {
            #expect(breaches.count(defect) == planted[defect] ?? 0, "\(defect)")
        }
    }

    @Test func plantedIssuesCountTheBreachesOfEachRule() {
        var issues: [Int: Int] = [:]
        for batch in fixture.batches { issues.merge(batch.plantedIssues, uniquingKeysWith: +) }
        for rule in 1...6 {
            let found = ContractTable.allCases.reduce(0) { $0 + breaches.count($1, rule: rule) }
            #expect(issues[rule] == found, "rule \(rule)")
            #expect(found > 0)
        }
    }

    @Test func badRecordsAreASmallShareOfEachTable() {
        for table in ContractTable.allCases {
            let rows = fixture.rows(table).count
            guard rows > 0 else { continue }
            var bad = 0
            for rule in 1...6 {
                let count = breaches.count(table, rule: rule)
                bad += count
                #expect(Double(count) < 0.03 * Double(rows), "\(table), rule \(rule): \(count) of \(rows)")
            }
            #expect(Double(bad) < 0.04 * Double(rows), "\(table): \(bad) of \(rows)")
        }
        let interventions = Double(fixture.rows(.interventions).count)
        let badInterventions = (1...6).reduce(0) { $0 + breaches.count(.interventions, rule: $1) }
        #expect(Double(badInterventions) > 0.003 * interventions)
    }

    @Test func everyServiceBreaksEveryRule() {
        var rules: [String: Set<Int>] = [:]
        for (defect, records) in breaches.found {
            for id in records { rules[Validator.service(of: id), default: []].insert(defect.rule) }
        }
        for index in 0..<fixture.generator.serviceCount
        where fixture.generator.size(ofService: index).children >= ServiceBuilder.tiny {
            let code = fixture.generator.serviceID(index)
            #expect(rules[code] == Set(1...6), "\(code): rules \(rules[code]?.sorted() ?? [])")
        }
    }

    @Test func wrongCaseIsAmongTheUnknownValues() {
        let outcomes = fixture.rows(.offences).compactMap { $0[3] }
        let kinds = fixture.rows(.interventions).compactMap { $0[3] }
        let wrongCase = (outcomes + kinds).filter { value in
            value != value.lowercased() && Validator.outcomes.union(Validator.kinds).contains(value.lowercased())
        }
        #expect(!wrongCase.isEmpty)
    }
}
