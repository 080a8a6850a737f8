public import Foundation

/// The wording of one alert notice: a subject that says what happened, and a short text and HTML
/// body that say the same things (a busy manager reads one in thirty seconds).
public enum AlertMail {
    /// The subject and bodies of one alert notice. Times in `timeZone` (Europe/London by default).
    public static func compose(_ facts: AlertFacts, timeZone: TimeZone = MailDates.london) -> MailContent {
        let line = subject(facts)
        let said = body(facts, timeZone: timeZone)
        return MailContent(subject: line, text: text(said), html: html(said, title: line))
    }

    /// One line, whatever the facts hold: "[RED] Torbay: initial assessments on time 58% (target 80%)".
    static func subject(_ facts: AlertFacts) -> String {
        let service = AlertWords.service(facts.serviceName)
        let label = "[\(tag(facts))]"
        let subject: String
        switch facts.notice {
        case .fired:
            subject = "\(label) \(service): \(whatFired(facts))"
        case .reminder(let number):
            subject = "Reminder \(number): \(label) \(service): \(whatFired(facts))"
        case .escalation:
            subject = "[ESCALATED] \(label) \(service): \(whatFired(facts))"
        case .resolved:
            subject = "[RESOLVED] \(service): \(whatCleared(facts))"
        case .deliveryFailure:
            subject = "\(label) \(service): email could not be delivered"
        }
        return PlainText.oneLine(subject)
    }

    /// RED or AMBER for a threshold alert with a rating; otherwise the severity, CRITICAL or WARNING.
    static func tag(_ facts: AlertFacts) -> String {
        if facts.kind == "threshold", let rag = facts.rag.map(PlainText.oneLine), !rag.isEmpty {
            return rag.uppercased()
        }
        return AlertWords.severityLabel(facts.severity)
    }

    /// The colour of the tag's label.
    static func tagSwatch(_ facts: AlertFacts) -> Swatch {
        if facts.kind == "threshold", facts.rag != nil {
            return Swatch.rag(facts.rag)
        }
        return Swatch.severity(facts.severity)
    }

    /// What happened, after the service: "initial assessments on time 58% (target 80%)".
    static func whatFired(_ facts: AlertFacts) -> String {
        let indicator = AlertWords.nonEmpty(facts.indicatorTitle).map(AlertWords.inSentence) ?? "a figure"
        switch facts.kind {
        case "threshold":
            var what = indicator
            if let value = facts.shortValue ?? facts.value {
                what += " \(value)"
            }
            if let target = facts.target {
                what += " (target \(target))"
            }
            return what
        case "spc_concern":
            return "\(indicator) – special cause of concern"
        case "assurance_fail":
            return "\(indicator) – consistently failing its target"
        case "stale_data":
            return "data are stale"
        case "data_quality":
            return "too many broken records"
        case "compute_failed":
            return "\(indicator) could not be computed"
        case "calendar_ending":
            return "the bank holiday calendar is running out"
        case "delivery_failed":
            return "email could not be delivered"
        default:
            return AlertWords.topic(kind: facts.kind, indicator: facts.indicatorTitle)
        }
    }

    /// What has cleared, after the service: "initial assessments on time now 62%", "stale data".
    static func whatCleared(_ facts: AlertFacts) -> String {
        let topic = AlertWords.topic(kind: facts.kind, indicator: facts.indicatorTitle, nameThreshold: false)
        guard let value = facts.shortValue ?? facts.value else {
            return topic
        }
        // "…special cause of concern, now 62%" reads better with the comma; a bare indicator does not need it.
        let namesKind = facts.kind != "threshold" || facts.indicatorTitle == nil
        return namesKind ? "\(topic), now \(value)" : "\(topic) now \(value)"
    }
}
