/// One sub-case of a validation rule of the contract (DATA-CONTRACT.md, rules 1–6): the kind of a
/// deliberately invalid record that the generator plants.
enum Defect: Int, CaseIterable {
    case childBornAfterAsOf, childTooYoung, childTooOld, childServiceMissing
    case offenceOutcomeUnknown, offenceCommittedAfterAsOf, offenceOutcomeAfterAsOf, offenceGravity
    case offenceChildMissing
    case kindUnknown, endReasonUnknown, endBeforeStart, startAfterAsOf, endAfterAsOf, referredAfterAsOf
    case allocatedAfterAsOf, releasedAfterAsOf, interventionChildMissing, caseManagerMissing
    case interventionServiceMissing, endStatusMissing, referralMissing
    case milestoneKindUnknown, milestoneBeforeStart, decisionBeforeReferral, milestoneAfterAsOf, milestoneOrphan
    case statusAtUnknown, statusAfterAsOf, statusOrphan
    case victimOrphan
    case reportBeforeRequest, reportRequestedAfterAsOf, reportSubmittedAfterAsOf, reportChildMissing
    case reportServiceMissing
    case auditRatingUnknown, auditAfterAsOf, auditOrphan
    case meetingAfterAsOf, meetingServiceMissing
    case partnerUnknown, attendanceOrphan
    case respondentUnknown, feedbackAfterAsOf, scoreOutOfRange, feedbackServiceMissing
    case fteOutOfRange, practitionerServiceMissing, practitionerStartedAfterAsOf
    case populationNotPositive

    /// The table of the invalid record.
    var table: ContractTable {
        switch self {
        case .childBornAfterAsOf, .childTooYoung, .childTooOld, .childServiceMissing: .children
        case .offenceOutcomeUnknown, .offenceCommittedAfterAsOf, .offenceOutcomeAfterAsOf, .offenceGravity,
            .offenceChildMissing:
            .offences
        case .kindUnknown, .endReasonUnknown, .endBeforeStart, .startAfterAsOf, .endAfterAsOf, .referredAfterAsOf,
            .allocatedAfterAsOf, .releasedAfterAsOf, .interventionChildMissing, .caseManagerMissing,
            .interventionServiceMissing, .endStatusMissing, .referralMissing:
            .interventions
        case .milestoneKindUnknown, .milestoneBeforeStart, .decisionBeforeReferral, .milestoneAfterAsOf,
            .milestoneOrphan:
            .milestones
        case .statusAtUnknown, .statusAfterAsOf, .statusOrphan: .outcomeStatus
        case .victimOrphan: .victims
        case .reportBeforeRequest, .reportRequestedAfterAsOf, .reportSubmittedAfterAsOf, .reportChildMissing,
            .reportServiceMissing:
            .courtReports
        case .auditRatingUnknown, .auditAfterAsOf, .auditOrphan: .caseAudits
        case .meetingAfterAsOf, .meetingServiceMissing: .boardMeetings
        case .partnerUnknown, .attendanceOrphan: .boardAttendance
        case .respondentUnknown, .feedbackAfterAsOf, .scoreOutOfRange, .feedbackServiceMissing: .feedback
        case .fteOutOfRange, .practitionerServiceMissing, .practitionerStartedAfterAsOf: .practitioners
        case .populationNotPositive: .population
        }
    }

    /// The contract's validation rule (1–6) that the record breaks.
    var rule: Int {
        switch self {
        case .offenceOutcomeUnknown, .kindUnknown, .endReasonUnknown, .milestoneKindUnknown, .statusAtUnknown,
            .auditRatingUnknown, .partnerUnknown, .respondentUnknown:
            1
        case .endBeforeStart, .milestoneBeforeStart, .decisionBeforeReferral, .reportBeforeRequest: 2
        case .childBornAfterAsOf, .childTooYoung, .childTooOld, .offenceCommittedAfterAsOf, .offenceOutcomeAfterAsOf,
            .startAfterAsOf, .endAfterAsOf, .referredAfterAsOf, .allocatedAfterAsOf, .releasedAfterAsOf,
            .milestoneAfterAsOf, .statusAfterAsOf, .reportRequestedAfterAsOf, .reportSubmittedAfterAsOf,
            .auditAfterAsOf, .meetingAfterAsOf, .feedbackAfterAsOf, .practitionerStartedAfterAsOf:
            3
        case .endStatusMissing, .referralMissing: 5
        case .offenceGravity, .scoreOutOfRange, .fteOutOfRange, .populationNotPositive: 6
        default: 4
        }
    }

    /// The share of the table's rows given this defect: each table ends up with 0.5–1% bad rows.
    var rate: Double {
        switch table {
        case .interventions: 0.0006
        case .children, .offences, .milestones, .courtReports: 0.0015
        case .outcomeStatus, .feedback: 0.002
        case .caseAudits: 0.0025
        case .boardAttendance: 0.003
        case .boardMeetings, .practitioners: 0.004
        case .victims: 0.006
        default: 0.01
        }
    }

    /// One defect per rule that every service that is not tiny has at least once, on a big table.
    var isPrimary: Bool {
        switch self {
        case .offenceOutcomeUnknown, .milestoneBeforeStart, .offenceOutcomeAfterAsOf, .milestoneOrphan,
            .endStatusMissing, .offenceGravity:
            true
        default: false
        }
    }

    /// What the defect's planting positions count: records hanging off children are planted as
    /// the service's children are generated; the service-level tables by their own rows.
    var clock: DefectClock {
        switch table {
        case .practitioners: .practitioner
        case .population: .population
        case .boardMeetings, .boardAttendance: .meeting
        case .feedback: .feedback
        default: .child
        }
    }
}

/// The sequence along which a defect's plantings are spread.
enum DefectClock: Int, CaseIterable {
    case child, practitioner, population, meeting, feedback
}
