import Dates

@testable import Synthetic

/// The validation rules of DATA-CONTRACT.md, written from the contract and apart from the generator,
/// applied to a parsed data set: the records found breaking each sub-case, by defect.
struct Validator {
    static let outcomes: Set = [
        "community_resolution", "youth_caution", "youth_conditional_caution", "conviction", "no_further_action",
        "other",
    ]
    static let kinds: Set = [
        "prevention", "community_resolution", "youth_caution", "youth_conditional_caution", "referral_order",
        "youth_rehabilitation_order", "detention_training_order", "other_custody", "bail_supervision", "remand",
    ]
    static let outOfCourt: Set = ["community_resolution", "youth_caution", "youth_conditional_caution"]
    static let endReasons: Set = ["completed", "breached", "revoked", "transferred", "other"]
    static let milestoneKinds: Set = [
        "first_contact", "initial_assessment", "intervention_plan", "review", "initial_panel", "oocd_decision",
    ]
    static let partners: Set = ["childrens_services", "education", "police", "probation", "health"]
    static let ratings: Set = ["outstanding", "good", "requires_improvement", "inadequate"]
    static let respondents: Set = ["child", "parent_carer", "victim"]

    let asOf: LocalDate
    /// The records found per defect, each by the first field of its row (its identifier, or for
    /// population its service).
    private(set) var found: [Defect: [String]] = [:]

    init(_ fixture: Fixture) {
        asOf = fixture.spec.asOf
        checkPeople(fixture)
        checkInterventions(fixture)
        checkCasework(fixture)
        checkGovernance(fixture)
    }

    func count(_ defect: Defect) -> Int {
        found[defect]?.count ?? 0
    }

    /// Records of `table` breaking `rule` (each record once, whichever sub-cases it breaks).
    func count(_ table: ContractTable, rule: Int) -> Int {
        Defect.allCases.filter { $0.table == table && $0.rule == rule }.reduce(0) { $0 + count($1) }
    }

    mutating func record(_ defect: Defect, _ row: [String?]) {
        found[defect, default: []].append(row[0] ?? "")
    }

    /// The code of the service that generated a record (its identifier's prefix).
    static func service(of id: String) -> String {
        String(id.prefix { $0 != "-" && $0 != "X" })
    }

    func after(_ date: LocalDate?) -> Bool {
        date.map { $0 > asOf } ?? false
    }

    private mutating func checkPeople(_ fixture: Fixture) {
        let services = Set(fixture.rows(.services).map { $0[0] })
        var starts: [String: [LocalDate]] = [:]
        for row in fixture.rows(.interventions) {
            if let child = row[1], let start = row.date(.interventions, "start_on") {
                starts[child, default: []].append(start)
            }
        }
        for row in fixture.rows(.children) {
            guard let born = row.date(.children, "born_on") else { continue }
            let ages = (starts[row[0] ?? ""] ?? []).map { age(born: born, on: $0) }
            if born > asOf { record(.childBornAfterAsOf, row) }
            if born <= asOf && ages.contains(where: { $0 < 8 }) { record(.childTooYoung, row) }
            if ages.contains(where: { $0 > 25 }) { record(.childTooOld, row) }
            if !services.contains(row[1]) { record(.childServiceMissing, row) }
        }
        let children = Set(fixture.rows(.children).map { $0[0] })
        for row in fixture.rows(.offences) {
            if let outcome = row[3], !Validator.outcomes.contains(outcome) { record(.offenceOutcomeUnknown, row) }
            if after(row.date(.offences, "committed_on")) { record(.offenceCommittedAfterAsOf, row) }
            if after(row.date(.offences, "outcome_on")) { record(.offenceOutcomeAfterAsOf, row) }
            if let gravity = row[5].flatMap({ Int($0) }), !(1...8).contains(gravity) { record(.offenceGravity, row) }
            if !children.contains(row[1]) { record(.offenceChildMissing, row) }
        }
        for row in fixture.rows(.practitioners) {
            if let fte = row[3].flatMap({ Double($0) }), !(fte > 0 && fte <= 1.5) { record(.fteOutOfRange, row) }
            if !services.contains(row[1]) { record(.practitionerServiceMissing, row) }
            if after(row.date(.practitioners, "started_on")) { record(.practitionerStartedAfterAsOf, row) }
        }
        for row in fixture.rows(.population) where (row[2].flatMap { Int($0) } ?? 1) <= 0 {
            record(.populationNotPositive, row)
        }
    }

    private mutating func checkInterventions(_ fixture: Fixture) {
        let services = Set(fixture.rows(.services).map { $0[0] })
        let children = Set(fixture.rows(.children).map { $0[0] })
        let practitioners = Set(fixture.rows(.practitioners).map { $0[0] })
        let ends = Set(fixture.rows(.outcomeStatus).filter { $0[1] == "end" }.map { $0[0] })
        for row in fixture.rows(.interventions) {
            let kind = row[3]
            let start = row.date(.interventions, "start_on")
            let end = row.date(.interventions, "end_on")
            if let kind, !Validator.kinds.contains(kind) { record(.kindUnknown, row) }
            if let reason = row[8], !Validator.endReasons.contains(reason) { record(.endReasonUnknown, row) }
            if let start, let end, end < start { record(.endBeforeStart, row) }
            if after(start) { record(.startAfterAsOf, row) }
            if after(end) { record(.endAfterAsOf, row) }
            if after(row.date(.interventions, "referred_on")) { record(.referredAfterAsOf, row) }
            if after(row.date(.interventions, "allocated_on")) { record(.allocatedAfterAsOf, row) }
            if after(row.date(.interventions, "released_on")) { record(.releasedAfterAsOf, row) }
            if !children.contains(row[1]) { record(.interventionChildMissing, row) }
            if let manager = row[9], !practitioners.contains(manager) { record(.caseManagerMissing, row) }
            if !services.contains(row[2]) { record(.interventionServiceMissing, row) }
            if end != nil, kind != "bail_supervision", kind != "remand", !ends.contains(row[0]) {
                record(.endStatusMissing, row)
            }
            if let kind, Validator.outOfCourt.contains(kind), row[4] == nil { record(.referralMissing, row) }
        }
    }
}
