/// `milestones.kind`.
enum MilestoneKind: Int, CaseIterable {
    case firstContact, initialAssessment, interventionPlan, review, initialPanel, oocdDecision

    var text: StaticString {
        switch self {
        case .firstContact: "first_contact"
        case .initialAssessment: "initial_assessment"
        case .interventionPlan: "intervention_plan"
        case .review: "review"
        case .initialPanel: "initial_panel"
        case .oocdDecision: "oocd_decision"
        }
    }
}
