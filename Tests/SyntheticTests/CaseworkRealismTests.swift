import Dates
import Testing

@testable import Synthetic

@Suite struct CaseworkRealismTests {
    let fixture = Fixture.moderate
    var asOf: LocalDate { fixture.spec.asOf }

    /// For every referral order started by `asOf`: on time, late, or missing past its deadline.
    private func firstContact() -> [String: (onTime: Int, late: Int)] {
        var done: [String: LocalDate] = [:]
        for row in fixture.rows(.milestones) where row[2] == "first_contact" {
            guard let date = row.date(.milestones, "done_on"), date <= asOf else { continue }
            done[row[1] ?? ""] = Swift.min(done[row[1] ?? ""] ?? date, date)
        }
        var result: [String: (onTime: Int, late: Int)] = [:]
        for row in fixture.rows(.interventions) where row[3] == "referral_order" {
            guard let start = row.date(.interventions, "start_on"), let service = row[2] else { continue }
            let deadline = Weekdays.after(start, 5)
            guard deadline < asOf || done[row[0] ?? ""] != nil else { continue }
            let onTime = done[row[0] ?? ""].map { $0 >= start && $0 <= deadline } ?? false
            let counts = result[service] ?? (0, 0)
            result[service] = onTime ? (counts.onTime + 1, counts.late) : (counts.onTime, counts.late + 1)
        }
        return result
    }

    @Test func deadlinesAreMostlyMetButNotAlwaysAndServicesDiffer() {
        let byService = firstContact()
        let onTime = byService.values.reduce(0) { $0 + $1.onTime }
        let late = byService.values.reduce(0) { $0 + $1.late }
        let share = Double(late) / Double(onTime + late)
        #expect(share > 0.1 && share < 0.35)
        let shares = byService.values.filter { $0.onTime + $0.late >= 50 }.map {
            Double($0.late) / Double($0.onTime + $0.late)
        }
        #expect((shares.max() ?? 0) - (shares.min() ?? 0) > 0.05)
    }

    @Test func someMilestonesAreRecordedTwiceAndReviewsRecur() {
        var kinds: [String: Int] = [:]
        var reviews: [String: Int] = [:]
        for row in fixture.rows(.milestones) {
            kinds["\(row[1] ?? "") \(row[2] ?? "")", default: 0] += 1
            if row[2] == "review" { reviews[row[1] ?? "", default: 0] += 1 }
        }
        #expect(kinds.values.contains { $0 > 1 && $0 < 4 })
        #expect(reviews.values.contains { $0 >= 4 })
        let decisions = fixture.rows(.milestones).filter { $0[2] == "oocd_decision" }.count
        #expect(decisions > 0)
    }

    @Test func aboutAThirdReoffendWithinAYear() {
        var proven: [String: [(committed: LocalDate, outcome: LocalDate)]] = [:]
        for row in fixture.rows(.offences)
        where ["youth_caution", "youth_conditional_caution", "conviction"].contains(row[3]) {
            guard let committed = row.date(.offences, "committed_on"), let outcome = row.date(.offences, "outcome_on"),
                outcome <= asOf
            else { continue }
            proven[row[1] ?? "", default: []].append((committed, outcome))
        }
        // The cohort of the quarter ending two years before `asOf`.
        let end = asOf.adding(months: -24)
        let begin = end.adding(months: -3).adding(days: 1)
        var cohort = 0
        var reoffenders = 0
        var lateProven = 0
        for offences in proven.values {
            // Reoffences of any index proven too late to count (after 18 months) must exist too.
            for index in offences.map(\.outcome) {
                let within = offences.filter { $0.committed > index && $0.committed <= index.adding(months: 12) }
                if within.contains(where: { $0.outcome > index.adding(months: 18) }) { lateProven += 1 }
            }
            guard let index = offences.map(\.outcome).filter({ $0 >= begin && $0 <= end }).min() else { continue }
            cohort += 1
            let within = offences.filter { $0.committed > index && $0.committed <= index.adding(months: 12) }
            if within.contains(where: { $0.outcome <= index.adding(months: 18) }) { reoffenders += 1 }
        }
        let share = Double(reoffenders) / Double(cohort)
        #expect(cohort > 200)
        #expect(share > 0.22 && share < 0.45)
        #expect(lateProven > 0)
    }

    @Test func someInterventionsAreOpenAndMostEndCompleted() {
        let rows = fixture.rows(.interventions)
        let open = rows.filter { $0[7] == nil }.count
        #expect(Double(open) > 0.02 * Double(rows.count) && Double(open) < 0.15 * Double(rows.count))
        let reasons = rows.compactMap { $0[8] }
        #expect(Double(reasons.filter { $0 == "completed" }.count) > 0.7 * Double(reasons.count))
        #expect(Validator.endReasons.isSubset(of: Set(reasons)))
        let custody = rows.filter { $0[3] == "detention_training_order" && $0[11] != nil }
        #expect(!custody.isEmpty)
        let outOfCourt = rows.filter { $0[3].map(Validator.outOfCourt.contains) ?? false }
        // Referral before the start, planted referrals after `asOf` aside.
        #expect(outOfCourt.allSatisfy { row in row[4].map { $0 <= row[5]! || $0 > asOf.description } ?? true })
    }

    @Test func somePractitionersCarryMoreThanTwelveCases() {
        let day = asOf.adding(months: -6)
        var load: [String: Int] = [:]
        for row in fixture.rows(.interventions) {
            guard let start = row.date(.interventions, "start_on"), start <= day,
                let allocated = row.date(.interventions, "allocated_on"), allocated <= day, let manager = row[9]
            else { continue }
            if let end = row.date(.interventions, "end_on"), end <= day { continue }
            load[manager, default: 0] += 1
        }
        let over = load.values.filter { $0 > 12 }.count
        #expect(over > 0 && over < load.count / 3)
        let unallocated = fixture.rows(.interventions).filter { $0[9] == nil }.count
        #expect(unallocated > 0)
    }

    @Test func outcomeRowsAreConsistentWithTheChild() {
        // School age follows the child's true age, which a planted birth date misstates.
        let breaches = Fixture.moderateBreaches
        let misdated = Set(
            [Defect.childBornAfterAsOf, .childTooYoung, .childTooOld].flatMap { breaches.found[$0] ?? [] })
        var births: [String: LocalDate] = [:]
        for row in fixture.rows(.children) where !misdated.contains(row[0] ?? "") {
            births[row[0] ?? ""] = row.date(.children, "born_on")
        }
        var childOf: [String: String] = [:]
        for row in fixture.rows(.interventions) { childOf[row[0] ?? ""] = row[1] }
        var checked = 0
        var planWithoutNeed = 0
        var plans = 0
        for row in fixture.rows(.outcomeStatus) {
            if let born = births[childOf[row[0] ?? ""] ?? ""], let recorded = row.date(.outcomeStatus, "recorded_on"),
                let schoolAge = row[5], recorded <= asOf
            {
                #expect((schoolAge == "t") == (age(born: born, on: recorded) < 16))
                checked += 1
            }
            if row[7] == "t" {
                plans += 1
                if row[6] != "t" { planWithoutNeed += 1 }
            }
            if row[8] != "t" { #expect(row[9] == nil) }
        }
        #expect(checked > 1_000)
        #expect(planWithoutNeed > 0 && Double(planWithoutNeed) < 0.1 * Double(plans))
    }
}
