import Foundation

extension DigestMail {
    /// Which list an alert line is in; it decides what the line's time means.
    enum Listing {
        /// Needs attention now: firing or acknowledged; the time is when it fired.
        case open
        case opened
        case acknowledged
        case resolved
    }

    /// "Torbay: initial assessments on time – special cause of concern".
    static func headline(_ line: DigestFacts.AlertLine) -> String {
        "\(AlertWords.service(line.serviceName)): \(AlertWords.topic(kind: line.kind, indicator: line.indicatorTitle))"
    }

    /// What happened when: "firing since Monday 23 November 2026 at 08:00", "acknowledged … by Sam".
    static func when(_ line: DigestFacts.AlertLine, in listing: Listing, timeZone: TimeZone) -> String {
        let at = MailDates.dateTime(line.at, in: timeZone)
        switch listing {
        case .open:
            let state = PlainText.oneLine(line.state).lowercased()
            switch state {
            case "firing", "":
                return "firing since \(at)"
            case "acknowledged":
                return "acknowledged, firing since \(at)"
            default:
                return "\(state), since \(at)"
            }
        case .opened:
            return "fired \(at)"
        case .acknowledged:
            let by = AlertWords.nonEmpty(line.by).map { " by \($0)" } ?? ""
            return "acknowledged \(at)\(by)"
        case .resolved:
            return "resolved \(at)"
        }
    }

    /// The cause as a sentence of its own: "The latest figure is below the red bound."
    static func cause(_ line: DigestFacts.AlertLine) -> String {
        AlertWords.capitalised(PlainText.sentence(line.cause))
    }

    /// The acknowledgement's note: `Note: "on it, see the plan"`; nil without one.
    static func note(_ line: DigestFacts.AlertLine) -> String? {
        AlertWords.nonEmpty(line.note).map { "Note: \"\($0)\"" }
    }

    /// The API's address without a trailing slash; nil when the config gives none.
    static func apiAddress(_ facts: DigestFacts) -> String? {
        let address = AlertWords.nonEmpty(facts.link).map { String($0.reversed().drop { $0 == "/" }.reversed()) }
        return address.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The alert in the API, `{api}/v1/alerts/{id}`; nil without the API's address.
    static func alertAddress(_ facts: DigestFacts, _ line: DigestFacts.AlertLine) -> String? {
        apiAddress(facts).map { "\($0)/v1/alerts/\(line.alertID)" }
    }
}
