/// How alerts are named in words, shared by the alert notices and the digest.
enum AlertWords {
    /// The name for an alert about the whole installation (no service).
    static let installation = "yotqa"

    /// A fact on one line, or nil when it is missing or holds nothing but white space.
    static func nonEmpty(_ fact: String?) -> String? {
        fact.map(PlainText.oneLine).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// "Torbay", or "yotqa" for the whole installation; on one line.
    static func service(_ name: String?) -> String {
        nonEmpty(name) ?? installation
    }

    /// An indicator's title inside a sentence: "initial assessments on time", but "ETE engagement"
    /// and "KPI 3" keep their capitals (a first word starting with two capitals is an acronym).
    static func inSentence(_ title: String) -> String {
        let title = PlainText.oneLine(title)
        let start = title.prefix(2)
        if start.count == 2 && start.allSatisfy(\.isUppercase) {
            return title
        }
        return title.prefix(1).lowercased() + title.dropFirst()
    }

    /// `text` with its first letter a capital, to start a sentence.
    static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The alert as a noun phrase, naming the problem: "special cause of concern", "stale data".
    static func kindNoun(_ kind: String) -> String {
        switch kind {
        case "threshold":
            return "RAG threshold"
        case "spc_concern":
            return "special cause of concern"
        case "assurance_fail":
            return "consistently failing its target"
        case "stale_data":
            return "stale data"
        case "data_quality":
            return "too many broken records"
        case "compute_failed":
            return "failed computation"
        case "calendar_ending":
            return "bank holiday calendar ending"
        case "delivery_failed":
            return "email delivery failing"
        default:
            let words = PlainText.oneLine(kind).replacingOccurrences(of: "_", with: " ")
            return words.isEmpty ? "alert" : words
        }
    }

    /// What an alert is about: "initial assessments on time – special cause of concern", "stale
    /// data"; with `nameThreshold` false, a threshold alert is its indicator alone (its figure and
    /// RAG rating say the rest).
    static func topic(kind: String, indicator: String?, nameThreshold: Bool = true) -> String {
        let indicator = nonEmpty(indicator).map(inSentence)
        guard kind != "threshold" || nameThreshold || indicator == nil else {
            return indicator ?? ""
        }
        return [indicator, kindNoun(kind)].compactMap { $0 }.joined(separator: " – ")
    }

    /// "CRITICAL", "WARNING": a severity as a label.
    static func severityLabel(_ severity: String) -> String {
        let label = PlainText.oneLine(severity).uppercased()
        return label.isEmpty ? "ALERT" : label
    }
}
