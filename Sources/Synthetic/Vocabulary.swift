/// The enumerated values of the contract that need no behaviour of their own, and for each
/// enumerated column the wrong values that the planted rule-1 records use (wrong case included).
enum Vocabulary {
    static let communityResolution: StaticString = "community_resolution"
    static let youthCaution: StaticString = "youth_caution"
    static let youthConditionalCaution: StaticString = "youth_conditional_caution"
    static let conviction: StaticString = "conviction"
    static let noFurtherAction: StaticString = "no_further_action"
    static let otherOutcome: StaticString = "other"

    static let start: StaticString = "start"
    static let end: StaticString = "end"

    static let partners: [StaticString] = ["childrens_services", "education", "police", "probation", "health"]
    /// How often each partner's senior member attends, in the order of `partners`.
    static let partnerAttendance: [Double] = [0.92, 0.72, 0.86, 0.8, 0.62]
    static let ratings: [StaticString] = ["outstanding", "good", "requires_improvement", "inadequate"]
    static let respondents: [StaticString] = ["child", "parent_carer", "victim"]
    static let ethnicities: [StaticString] = ["white", "black", "asian", "mixed", "other"]
    /// Cumulative per mille of `ethnicities`; the rest (70) is not recorded.
    static let ethnicityCumulative: [Int] = [640, 770, 850, 910, 930]

    static let badOutcomes: [StaticString] = ["Conviction", "caution", "Youth_Caution", "convicted", "NFA"]
    static let badKinds: [StaticString] = ["Referral_Order", "referal_order", "YRO", "caution", "Prevention"]
    static let badEndReasons: [StaticString] = ["Completed", "complete", "withdrawn", "closed"]
    static let badMilestoneKinds: [StaticString] = ["Initial_Assessment", "assessment", "first contact", "Review"]
    static let badAts: [StaticString] = ["Start", "START", "beginning"]
    static let badPartners: [StaticString] = ["Police", "housing", "Health", "youth_service"]
    static let badRatings: [StaticString] = ["Good", "adequate", "requires improvement", "OUTSTANDING"]
    static let badRespondents: [StaticString] = ["Child", "carer", "parent", "Victim"]
}
