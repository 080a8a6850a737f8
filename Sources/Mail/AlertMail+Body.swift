import Foundation

extension AlertMail {
    /// What one notice says, worked out once for both parts, so the text and the HTML agree.
    struct Body {
        /// The coloured labels at the top of the HTML part, each with its word: "REMINDER 2", "RED".
        var labels: [(word: String, swatch: Swatch)]
        /// What happened, in one sentence, then anything the notice adds (a reminder's wait).
        var lead: [String]
        /// The numbers and the rest, as "label: value" (facts on one line).
        var fields: [(label: String, value: String)]
        /// What the reader should do, if anything.
        var action: Action?
        /// The alert in the API.
        var link: String?
    }

    /// What a notice asks of its reader.
    enum Action: Equatable {
        /// Acknowledge it in the API: POST to the alert's address (given) plus "/acknowledge".
        case acknowledgeInAPI(alert: String)
        /// Acknowledge it with the command line (no API address in the config).
        case acknowledgeByCommand(alertID: Int)
        /// Check the mail relay settings and send a test message.
        case checkRelay
    }

    /// The words the parts share.
    static func body(_ facts: AlertFacts, timeZone: TimeZone) -> Body {
        let link = AlertWords.nonEmpty(facts.link)
        return Body(
            labels: labels(facts), lead: lead(facts), fields: fields(facts, timeZone: timeZone),
            action: action(facts, link: link), link: link)
    }

    /// The notice's labels: what kind of notice (a reminder, an escalation, a clearance), then the tag.
    static func labels(_ facts: AlertFacts) -> [(word: String, swatch: Swatch)] {
        let rating = (word: tag(facts), swatch: tagSwatch(facts))
        switch facts.notice {
        case .fired, .deliveryFailure:
            return [rating]
        case .reminder(let number):
            return [("REMINDER \(number)", .grey), rating]
        case .escalation:
            return [("ESCALATED", .black), rating]
        case .resolved:
            return [("RESOLVED", .green)]
        }
    }

    /// What happened first, then what the notice adds.
    static func lead(_ facts: AlertFacts) -> [String] {
        let openFor = AlertWords.nonEmpty(facts.openFor)
        switch facts.notice {
        case .fired:
            return [happened(facts)]
        case .reminder(let number):
            let wait = openFor.map { "has been unacknowledged for \($0)" } ?? "nobody has acknowledged it"
            return ["Reminder \(number): \(happened(facts))", "It is still firing and \(wait)."]
        case .escalation:
            let wait = openFor.map { ": it has fired unacknowledged for \($0)" } ?? ""
            return [
                happened(facts),
                "This is sent to the chair of the YOT management board because nobody acknowledged it "
                    + "within the set time\(wait).",
            ]
        case .resolved:
            let topic = AlertWords.topic(kind: facts.kind, indicator: facts.indicatorTitle, nameThreshold: false)
            return ["\(AlertWords.service(facts.serviceName)): the alert on \(topic) has cleared."]
        case .deliveryFailure:
            return [happened(deliveryFailed: facts)]
        }
    }

    /// What fired, in a sentence: "Initial assessments on time in Torbay is red at 58.0%, against a
    /// target of 80%."
    static func happened(_ facts: AlertFacts) -> String {
        let service = AlertWords.nonEmpty(facts.serviceName)
        let inService = service.map { " in \($0)" } ?? ""
        let indicator = AlertWords.nonEmpty(facts.indicatorTitle).map(AlertWords.capitalised) ?? "A figure"
        let value = facts.value.map(PlainText.oneLine)
        let target = facts.target.map(PlainText.oneLine)
        switch facts.kind {
        case "threshold":
            let rating = facts.rag.map { "is \(PlainText.oneLine($0).lowercased())" } ?? "has crossed its threshold"
            let at = value.map { " at \($0)" } ?? ""
            let against = target.map { ", against a target of \($0)" } ?? ""
            return "\(indicator)\(inService) \(rating)\(at)\(against)."
        case "spc_concern":
            let figure = value.map { "the latest figure, \($0)," } ?? "the latest figure"
            return "\(indicator)\(inService) shows a special cause of concern: \(figure) is out of line with its "
                + "usual variation, in the wrong direction."
        case "assurance_fail":
            let of = target.map { " of \($0)" } ?? ""
            return "\(indicator)\(inService) is consistently failing its target\(of): its usual range of "
                + "variation lies wholly on the wrong side of it, so it will not be met without a change."
        case "stale_data":
            return "The latest data extract for \(service ?? "a service") is older than allowed, so its figures "
                + "cannot be trusted and alerts on them are held back."
        case "data_quality":
            return "\(service ?? "A service") has more broken records than allowed, so its figures may be wrong."
        case "compute_failed":
            let forService = service.map { " for \($0)" } ?? ""
            return "\(indicator)\(forService) could not be computed: its query failed, so the figure is missing."
        case "calendar_ending":
            return "The bank holiday calendar runs out within six months; after that, deadlines counted in "
                + "working days cannot be worked out."
        case "delivery_failed":
            return happened(deliveryFailed: facts)
        default:
            let about = AlertWords.topic(kind: facts.kind, indicator: facts.indicatorTitle)
            return "An alert fired\(inService): \(about)."
        }
    }

    /// What a delivery failure means.
    static func happened(deliveryFailed facts: AlertFacts) -> String {
        "Email from yotqa is failing: messages were given up on after repeated tries, so some alerts and "
            + "digests may not have reached their readers."
    }

    /// The numbers, the rule and the cause, when it fired, and the alert's id.
    static func fields(_ facts: AlertFacts, timeZone: TimeZone) -> [(label: String, value: String)] {
        let counts = [facts.numerator, facts.denominator].compactMap { $0 }.joined(separator: " of ")
        let openFor: String? =
            switch facts.notice {
            case .reminder, .escalation:
                facts.openFor
            case .fired, .resolved, .deliveryFailure:
                nil
            }
        let cause = facts.notice == .resolved ? "Cleared because" : "Cause"
        let rows: [(String, String?)] = [
            ("Value", facts.value),
            ("Counts", counts),
            ("Period", facts.period),
            ("Interval", facts.interval),
            ("Target", facts.target),
            ("Rule", facts.rule),
            (cause, facts.cause),
            ("Fired", MailDates.dateTime(facts.firedAt, in: timeZone)),
            ("Unacknowledged for", openFor),
            ("Alert", String(facts.alertID)),
        ]
        return rows.compactMap { label, value in
            guard let value = value.map(PlainText.oneLine), !value.isEmpty else {
                return nil
            }
            return (label, value)
        }
    }

    /// Acknowledge (while it fires), or mend email (when email fails); nothing once it has cleared.
    static func action(_ facts: AlertFacts, link: String?) -> Action? {
        if facts.notice == .resolved {
            return nil
        }
        if facts.notice == .deliveryFailure || facts.kind == "delivery_failed" {
            return .checkRelay
        }
        if let link {
            return .acknowledgeInAPI(alert: String(link.reversed().drop { $0 == "/" }.reversed()))
        }
        return .acknowledgeByCommand(alertID: facts.alertID)
    }
}
