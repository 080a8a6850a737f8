import Dates

@testable import Synthetic

extension Validator {
    mutating func checkCasework(_ fixture: Fixture) {
        var interventions: [String: [String?]] = [:]
        for row in fixture.rows(.interventions) { interventions[row[0] ?? ""] = row }
        let children = Set(fixture.rows(.children).map { $0[0] })
        let services = Set(fixture.rows(.services).map { $0[0] })
        for row in fixture.rows(.milestones) {
            let done = row.date(.milestones, "done_on")
            let parent = interventions[row[1] ?? ""]
            if let kind = row[2], !Validator.milestoneKinds.contains(kind) { record(.milestoneKindUnknown, row) }
            if let done, let parent {
                if row[2] == "oocd_decision" {
                    if let referred = parent.date(.interventions, "referred_on"), done < referred {
                        record(.decisionBeforeReferral, row)
                    }
                } else if let start = parent.date(.interventions, "start_on"), done < start {
                    record(.milestoneBeforeStart, row)
                }
            }
            if after(done) { record(.milestoneAfterAsOf, row) }
            if parent == nil { record(.milestoneOrphan, row) }
        }
        for row in fixture.rows(.outcomeStatus) {
            if let at = row[1], at != "start", at != "end" { record(.statusAtUnknown, row) }
            if after(row.date(.outcomeStatus, "recorded_on")) { record(.statusAfterAsOf, row) }
            if interventions[row[0] ?? ""] == nil { record(.statusOrphan, row) }
        }
        for row in fixture.rows(.victims) where interventions[row[1] ?? ""] == nil {
            record(.victimOrphan, row)
        }
        for row in fixture.rows(.courtReports) {
            let requested = row.date(.courtReports, "requested_on")
            let submitted = row.date(.courtReports, "submitted_on")
            if let requested, let submitted, submitted < requested { record(.reportBeforeRequest, row) }
            if after(requested) { record(.reportRequestedAfterAsOf, row) }
            if after(submitted) { record(.reportSubmittedAfterAsOf, row) }
            if !children.contains(row[1]) { record(.reportChildMissing, row) }
            if !services.contains(row[2]) { record(.reportServiceMissing, row) }
        }
        for row in fixture.rows(.caseAudits) {
            if let rating = row[3], !Validator.ratings.contains(rating) { record(.auditRatingUnknown, row) }
            if after(row.date(.caseAudits, "audited_on")) { record(.auditAfterAsOf, row) }
            if interventions[row[1] ?? ""] == nil { record(.auditOrphan, row) }
        }
    }

    mutating func checkGovernance(_ fixture: Fixture) {
        let services = Set(fixture.rows(.services).map { $0[0] })
        let meetings = Set(fixture.rows(.boardMeetings).map { $0[0] })
        for row in fixture.rows(.boardMeetings) {
            if after(row.date(.boardMeetings, "held_on")) { record(.meetingAfterAsOf, row) }
            if !services.contains(row[1]) { record(.meetingServiceMissing, row) }
        }
        for row in fixture.rows(.boardAttendance) {
            if let partner = row[1], !Validator.partners.contains(partner) { record(.partnerUnknown, row) }
            if !meetings.contains(row[0]) { record(.attendanceOrphan, row) }
        }
        for row in fixture.rows(.feedback) {
            if let respondent = row[2], !Validator.respondents.contains(respondent) {
                record(.respondentUnknown, row)
            }
            if after(row.date(.feedback, "received_on")) { record(.feedbackAfterAsOf, row) }
            if let score = row[4].flatMap({ Int($0) }), !(1...5).contains(score) { record(.scoreOutOfRange, row) }
            if !services.contains(row[1]) { record(.feedbackServiceMissing, row) }
        }
    }
}
