import Foundation

/// The wording of the board chair's digest, in the order a chair reads it in two minutes: a summary,
/// what needs attention now, each service's figures worst first, what changed since the last digest,
/// and the link to the API.
public enum DigestMail {
    public static func compose(_ facts: DigestFacts) -> MailContent {
        let line = subject(facts)
        return MailContent(subject: line, text: text(facts), html: html(facts, title: line))
    }

    /// "yotqa weekly digest: 3 red, 2 amber, 4 alerts open – Torbay" (or "– 3 services").
    static func subject(_ facts: DigestFacts) -> String {
        let tally = Tally(facts.services.flatMap(\.figures))
        let open = MailDates.count(facts.stillOpen.count, "alert")
        let services = serviceWords(facts.services).map { " – \($0)" } ?? ""
        return PlainText.oneLine(
            "yotqa \(title(facts)): \(tally.red) red, \(tally.amber) amber, \(open) open\(services)")
    }

    /// "weekly digest", for inside a sentence.
    static func title(_ facts: DigestFacts) -> String {
        let title = AlertWords.inSentence(facts.title)
        return title.isEmpty ? "digest" : title
    }

    /// "Weekly digest, Monday 23 November 2026 at 08:00".
    static func heading(_ facts: DigestFacts) -> String {
        "\(AlertWords.capitalised(title(facts))), \(MailDates.dateTime(facts.until, in: facts.timeZone))"
    }

    /// The one service's name, or "3 services"; nil for none.
    static func serviceWords(_ services: [DigestFacts.ServiceFigures]) -> String? {
        switch services.count {
        case 0:
            return nil
        case 1:
            return PlainText.oneLine(services[0].name)
        default:
            return "\(services.count) services"
        }
    }

    /// The opening paragraph: the figures' ratings, then the alerts' comings and goings.
    static func summary(_ facts: DigestFacts) -> [String] {
        let figures: String
        if let asOf = facts.asOf.map(PlainText.oneLine) {
            let services = serviceWords(facts.services).map { " for \($0)" } ?? ""
            figures = "Figures as of \(asOf)\(services): \(Tally(facts.services.flatMap(\.figures)).words)."
        } else {
            figures = "No figures yet: no cycle has run."
        }
        let alerts =
            "Alerts \(sinceWords(facts)): \(facts.opened.count) opened, \(facts.acknowledged.count) acknowledged, "
            + "\(facts.resolved.count) resolved; \(facts.stillOpen.count) still open."
        return [figures, alerts]
    }

    /// "since the last digest on Monday 16 November 2026 at 08:00", or "since the service started".
    static func sinceWords(_ facts: DigestFacts) -> String {
        guard let since = facts.since else {
            return "since the service started"
        }
        return "since the last digest on \(MailDates.dateTime(since, in: facts.timeZone))"
    }

    /// The heading of the changes' section.
    static func sinceHeading(_ facts: DigestFacts) -> String {
        facts.since == nil ? "Since the service started" : "Since the last digest"
    }

    /// A service's figures, worst first: red, amber, then figures that could not be rated for a
    /// reason the chair may need to ask about (too few cases, provisional), then green, then those
    /// not rated by design (no thresholds). The order within each group is the order given.
    static func sorted(_ figures: [DigestFacts.Figure]) -> [DigestFacts.Figure] {
        figures.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    static func rank(_ figure: DigestFacts.Figure) -> Int {
        switch figure.rag?.lowercased() {
        case "red":
            return 0
        case "amber":
            return 1
        case "green":
            return 3
        default:
            return figure.status == "ok" ? 4 : 2
        }
    }

    /// "RED", "AMBER", "GREEN", "NOT RATED".
    static func ragWord(_ rag: String?) -> String {
        let word = rag.map(PlainText.oneLine)?.uppercased() ?? ""
        return word.isEmpty ? "NOT RATED" : word
    }

    /// The direction of travel in words only. An arrow would mislead: for an indicator where lower is
    /// better, an improving figure goes down, and "↓" beside it reads as bad news. So: improving,
    /// worsening, no change, up and down (for an indicator where neither is better), and "no earlier
    /// figure" when there is nothing to compare with.
    static func travelWords(_ travel: DigestFacts.Travel) -> String {
        switch travel {
        case .improving:
            return "improving"
        case .worsening:
            return "worsening"
        case .unchanged:
            return "no change"
        case .up:
            return "up"
        case .down:
            return "down"
        case .none:
            return "no earlier figure"
        }
    }

    /// A figure's value, with its status when that is not "ok": "[c] (insufficient data)".
    static func valueWords(_ figure: DigestFacts.Figure) -> String {
        let value = PlainText.oneLine(figure.value)
        let status = PlainText.oneLine(figure.status).replacingOccurrences(of: "_", with: " ")
        return status == "ok" || status.isEmpty ? value : "\(value) (\(status))"
    }

    /// The counts of a list of figures by rating.
    struct Tally {
        var red = 0
        var amber = 0
        var green = 0
        var notRated = 0

        init(_ figures: [DigestFacts.Figure]) {
            for figure in figures {
                switch figure.rag?.lowercased() {
                case "red":
                    red += 1
                case "amber":
                    amber += 1
                case "green":
                    green += 1
                default:
                    notRated += 1
                }
            }
        }

        /// "3 red, 2 amber, 5 green, 1 not rated".
        var words: String {
            "\(red) red, \(amber) amber, \(green) green, \(notRated) not rated"
        }
    }
}
