import Dates
import Testing

@testable import Synthetic

@Suite struct GovernanceRealismTests {
    let fixture = Fixture.moderate
    var asOf: LocalDate { fixture.spec.asOf }

    @Test func mostServicesAreFreshAndSomeAreStale() {
        var latest: [String: LocalDate] = [:]
        for row in fixture.rows(.extracts) {
            guard let day = LocalDate(String((row[1] ?? "").prefix(10))), let service = row[0] else { continue }
            latest[service] = Swift.max(latest[service] ?? day, day)
        }
        #expect(latest.count == fixture.generator.serviceCount)
        let ages = latest.values.map { $0.days(to: asOf) }
        #expect(ages.allSatisfy { $0 >= 0 && $0 <= 40 })
        #expect(ages.contains { $0 >= 10 })
        #expect(ages.filter { $0 <= 1 }.count > ages.count * 3 / 4)
    }

    @Test func boardsMeetEveryTwoMonthsWithFivePartners() {
        let meetings = fixture.rows(.boardMeetings)
        let perService = Double(meetings.count) / Double(fixture.generator.serviceCount)
        let expected = Double(fixture.spec.years) * 6
        #expect(perService > expected * 0.85 && perService < expected * 1.1)
        var partners: [String: Int] = [:]
        for row in fixture.rows(.boardAttendance) { partners[row[0] ?? "", default: 0] += 1 }
        let fives = meetings.filter { partners[$0[0] ?? ""] == 5 }.count
        #expect(Double(fives) > 0.95 * Double(meetings.count))
        let attended = fixture.rows(.boardAttendance).map { $0[2] }
        let yes = attended.filter { $0 == "t" }.count
        #expect(Double(yes) > 0.6 * Double(attended.count) && Double(yes) < 0.9 * Double(attended.count))
        #expect(attended.contains(nil) && attended.contains("f"))
    }

    @Test func auditsCoverAFewPercentOfInterventions() {
        let audits = fixture.rows(.caseAudits)
        let share = Double(audits.count) / Double(fixture.rows(.interventions).count)
        #expect(share > 0.05 && share < 0.1)
        #expect(Validator.ratings.isSubset(of: Set(audits.compactMap { $0[3] })))
        #expect(audits.contains { $0[4] == nil })
    }

    @Test func feedbackIsMostlySatisfied() {
        let rows = fixture.rows(.feedback)
        let scores = rows.compactMap { $0[4].flatMap { Int($0) } }.filter { (1...5).contains($0) }
        let satisfied = scores.filter { $0 >= 4 }.count
        #expect(Double(satisfied) > 0.55 * Double(scores.count) && Double(satisfied) < 0.85 * Double(scores.count))
        #expect(Set(scores) == Set(1...5))
        #expect(Validator.respondents.isSubset(of: Set(rows.compactMap { $0[2] })))
    }

    @Test func victimsAndCourtReportsArePlausible() {
        let victims = fixture.rows(.victims)
        #expect(Double(victims.count) > 0.1 * Double(fixture.rows(.interventions).count))
        let consented = victims.filter { $0[2] == "t" }
        #expect(consented.contains { $0[5] == "t" } && consented.contains { $0[5] == "f" })
        #expect(victims.filter { $0[2] != "t" }.allSatisfy { $0[5] != "t" })
        let reports = fixture.rows(.courtReports)
        var onTime = 0
        var submitted = 0
        for row in reports {
            guard let requested = row.date(.courtReports, "requested_on"), let due = row.date(.courtReports, "due_on")
            else { continue }
            #expect(due == Weekdays.after(requested, 15))
            if let date = row.date(.courtReports, "submitted_on") {
                submitted += 1
                if date <= due { onTime += 1 }
            }
        }
        #expect(Double(onTime) > 0.7 * Double(submitted) && onTime < submitted)
        #expect(submitted < reports.count)
    }
}
