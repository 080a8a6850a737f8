extension DigestMail {
    /// The text part's width: a figure's details stay on one line (a table of figures may be ~100 wide).
    static let width = 100

    /// The text/plain part: the same sections as the HTML, as headings over wrapped lines, each
    /// figure as two lines (its RAG word and title, then its value, target, travel and period).
    static func text(_ facts: DigestFacts) -> String {
        var lines = underlined(heading(facts), with: "=")
        lines += [""] + PlainText.wrap(summary(facts).joined(separator: " "), width: width)

        lines += [""] + underlined("Needs attention now", with: "-")
        lines += alertLines(facts.stillOpen, in: .open, facts: facts)

        lines += [""] + underlined("Figures by service", with: "-")
        lines += figureLines(facts)

        lines += [""] + underlined(sinceHeading(facts), with: "-")
        let changes: [(String, [DigestFacts.AlertLine], Listing)] = [
            ("Opened", facts.opened, .opened),
            ("Acknowledged", facts.acknowledged, .acknowledged),
            ("Resolved", facts.resolved, .resolved),
        ]
        for (title, alerts, listing) in changes {
            lines += ["", "\(title) (\(alerts.count))"] + alertLines(alerts, in: listing, facts: facts)
        }

        lines.append("")
        if let api = apiAddress(facts) {
            lines.append("The API: \(api)")
        } else {
            lines += PlainText.wrap("The API: the configuration gives no address for it.", width: width)
        }
        lines += ["", SignOff.line] + PlainText.wrap(SignOff.footer, width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `title` over a line of `mark` as long as it.
    static func underlined(_ title: String, with mark: Character) -> [String] {
        let title = PlainText.oneLine(title)
        return [title, String(repeating: mark, count: title.count)]
    }

    /// A list of alerts, "None." when empty: a headline, when and who, the cause and any note.
    static func alertLines(_ alerts: [DigestFacts.AlertLine], in listing: Listing, facts: DigestFacts) -> [String] {
        guard !alerts.isEmpty else {
            return ["None."]
        }
        var lines: [String] = []
        for alert in alerts {
            let happened = when(alert, in: listing, timeZone: facts.timeZone)
            let detail = "\(AlertWords.severityLabel(alert.severity)); \(happened); alert \(alert.alertID)"
            lines += PlainText.wrap(headline(alert), first: "- ", rest: "  ", width: width)
            lines += PlainText.wrap(detail, first: "  ", rest: "  ", width: width)
            lines += PlainText.wrap(cause(alert), first: "  ", rest: "  ", width: width)
            if let note = note(alert) {
                lines += PlainText.wrap(note, first: "  ", rest: "  ", width: width)
            }
        }
        return lines
    }

    /// Each service's figures, worst first, or why there are none.
    static func figureLines(_ facts: DigestFacts) -> [String] {
        guard facts.asOf != nil else {
            return ["No figures yet: no cycle has run."]
        }
        guard !facts.services.isEmpty else {
            return ["None."]
        }
        let labelWidth = 11
        let indent = String(repeating: " ", count: labelWidth + 2)
        var lines: [String] = []
        for service in facts.services {
            lines += [""] + PlainText.wrap("\(service.name): \(Tally(service.figures).words)", width: width)
            if service.figures.isEmpty {
                lines.append("No figures.")
            }
            for figure in sorted(service.figures) {
                let label = "  " + PlainText.padded(ragWord(figure.rag), to: labelWidth)
                lines += PlainText.wrap(figure.title, first: label, rest: indent, width: width)
                lines += PlainText.wrap(figureDetail(figure), first: indent, rest: indent, width: width)
            }
        }
        return lines
    }

    /// "value 58.0%; target 80%; worsening; 2026-07-01 to 2026-09-30".
    static func figureDetail(_ figure: DigestFacts.Figure) -> String {
        let target = figure.target.map { "target \(PlainText.oneLine($0))" } ?? "no target"
        return
            "value \(valueWords(figure)); \(target); \(travelWords(figure.travel)); \(PlainText.oneLine(figure.period))"
    }
}
