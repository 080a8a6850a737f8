/// A timeliness standard: a milestone due a number of working days after a clock starts.
///
/// The catalogue's defaults are the usual local standards; a council sets its own in config,
/// because the 2019 national standards set outcomes rather than day counts.
public struct DeadlineRule: Sendable, Equatable {
    public enum Clock: String, Sendable, CaseIterable {
        case startOn = "start_on"
        case referredOn = "referred_on"
    }

    /// The milestone kind that stops the clock.
    public var milestone: String
    public var clock: Clock
    /// Working days allowed, per intervention kind; kinds not listed have no such deadline.
    public var days: [String: Int]

    public init(milestone: String, clock: Clock, days: [String: Int]) {
        self.milestone = milestone
        self.clock = clock
        self.days = days
    }

    /// The catalogue's defaults, by indicator id.
    public static let defaults: [String: DeadlineRule] = [
        "first_contact_timely": DeadlineRule(
            milestone: "first_contact", clock: .startOn, days: ["referral_order": 5, "youth_rehabilitation_order": 5]),
        "assessment_timely": DeadlineRule(
            milestone: "initial_assessment", clock: .startOn,
            days: ["referral_order": 20, "youth_rehabilitation_order": 15, "detention_training_order": 15]),
        "plan_timely": DeadlineRule(
            milestone: "intervention_plan", clock: .startOn,
            days: ["referral_order": 20, "youth_rehabilitation_order": 15, "detention_training_order": 15]),
        "initial_panel_timely": DeadlineRule(
            milestone: "initial_panel", clock: .startOn, days: ["referral_order": 20]),
        "oocd_decision_timely": DeadlineRule(
            milestone: "oocd_decision", clock: .referredOn,
            days: ["community_resolution": 10, "youth_caution": 10, "youth_conditional_caution": 10]),
    ]

    /// The rules as the JSON object the SQL reads from `current_setting('yotqa.deadlines')`:
    /// `{"assessment_timely": {"milestone": …, "clock": …, "days": {"referral_order": 20, …}}, …}`.
    static func json(_ rules: [String: DeadlineRule]) -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        let entries = rules.keys.sorted().map { id -> String in
            let rule = rules[id]!
            let days = rule.days.keys.sorted().map { "\(quoted($0)): \(rule.days[$0]!)" }.joined(separator: ", ")
            return
                "\(quoted(id)): {\"milestone\": \(quoted(rule.milestone)), \"clock\": \(quoted(rule.clock.rawValue)), "
                + "\"days\": {\(days)}}"
        }
        return "{" + entries.joined(separator: ", ") + "}"
    }
}
