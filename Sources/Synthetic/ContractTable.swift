/// The tables of schema `yot` (DATA-CONTRACT.md), in load order: parents before children.
///
/// The raw value is the table's name in the schema.
public enum ContractTable: String, CaseIterable, Sendable {
    case services, population, extracts, practitioners, children, offences, interventions, milestones
    case courtReports = "court_reports"
    case outcomeStatus = "outcome_status"
    case victims
    case boardMeetings = "board_meetings"
    case boardAttendance = "board_attendance"
    case caseAudits = "case_audits"
    case feedback

    /// The contract's columns of this table, in the contract's order (the order of the COPY text).
    public var columns: [String] {
        switch self {
        case .services: ["service_id", "name"]
        case .population: ["service_id", "year", "population_10_17"]
        case .extracts: ["service_id", "extracted_at"]
        case .practitioners: ["practitioner_id", "service_id", "case_holding", "fte", "started_on", "left_on"]
        case .children: ["child_id", "service_id", "born_on", "sex", "ethnicity"]
        case .offences: ["offence_id", "child_id", "committed_on", "outcome", "outcome_on", "gravity", "category"]
        case .interventions:
            [
                "intervention_id", "child_id", "service_id", "kind", "referred_on", "start_on", "planned_end_on",
                "end_on", "end_reason", "case_manager_id", "allocated_on", "released_on",
            ]
        case .milestones: ["milestone_id", "intervention_id", "kind", "done_on"]
        case .courtReports: ["report_id", "child_id", "service_id", "requested_on", "due_on", "submitted_on"]
        case .outcomeStatus:
            [
                "intervention_id", "at", "recorded_on", "accommodation_suitable", "ete_suitable", "school_age",
                "send_identified", "send_plan", "mh_need", "mh_offered", "mh_attended", "sm_need", "sm_offered",
                "sm_attended", "early_help", "child_in_need", "child_protection", "looked_after",
            ]
        case .victims:
            ["victim_id", "intervention_id", "consented_to_contact", "views_sought", "rj_offered", "rj_engaged"]
        case .boardMeetings: ["meeting_id", "service_id", "held_on"]
        case .boardAttendance: ["meeting_id", "partner", "senior_attended"]
        case .caseAudits: ["audit_id", "intervention_id", "audited_on", "rating", "oversight_sufficient"]
        case .feedback: ["feedback_id", "service_id", "respondent", "received_on", "score"]
        }
    }

    /// `COPY yot.<table> (<columns>) FROM STDIN`: the statement that loads this table's COPY text.
    public var copyStatement: String {
        "COPY yot.\(rawValue) (\(columns.joined(separator: ", "))) FROM STDIN"
    }

    /// The columns of the primary key, as the contract declares it.
    public var primaryKey: [String] {
        switch self {
        case .population: ["service_id", "year"]
        case .extracts: ["service_id", "extracted_at"]
        case .outcomeStatus: ["intervention_id", "at"]
        case .boardAttendance: ["meeting_id", "partner"]
        default: [columns[0]]
        }
    }
}
