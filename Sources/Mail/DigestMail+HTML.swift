extension DigestMail {
    /// The text/html part: the same sections, each service's figures as a table with a coloured RAG
    /// cell that also says its word.
    static func html(_ facts: DigestFacts, title: String) -> String {
        var rows = [HTMLText.heading(heading(facts), level: 1)]
        rows += summary(facts).map { HTMLText.paragraph($0) }

        rows.append(HTMLText.heading("Needs attention now"))
        rows.append(alertRows(facts.stillOpen, in: .open, facts: facts))

        rows.append(HTMLText.heading("Figures by service"))
        rows += figureRows(facts)

        rows.append(HTMLText.heading(sinceHeading(facts)))
        let changes: [(String, [DigestFacts.AlertLine], Listing)] = [
            ("Opened", facts.opened, .opened),
            ("Acknowledged", facts.acknowledged, .acknowledged),
            ("Resolved", facts.resolved, .resolved),
        ]
        for (title, alerts, listing) in changes {
            rows.append(HTMLText.heading("\(title) (\(alerts.count))", level: 3))
            rows.append(alertRows(alerts, in: listing, facts: facts))
        }

        if let api = apiAddress(facts) {
            rows.append(HTMLText.row("The API: \(HTMLText.link(api))"))
        } else {
            rows.append(HTMLText.paragraph("The API: the configuration gives no address for it."))
        }
        rows.append(HTMLText.paragraph(SignOff.line))
        rows.append(HTMLText.paragraph(SignOff.footer, style: HTMLText.smallStyle))
        return HTMLText.document(title: title, rows: rows)
    }

    /// A list of alerts as one layout row, "None." when empty: the severity's label beside the
    /// headline, the cause, and when (with a link to the alert) and any note in small print.
    static func alertRows(_ alerts: [DigestFacts.AlertLine], in listing: Listing, facts: DigestFacts) -> String {
        guard !alerts.isEmpty else {
            return HTMLText.paragraph("None.")
        }
        let rows = alerts.map { alert in
            let severity = AlertWords.severityLabel(alert.severity)
            let id = alertAddress(facts, alert).map { HTMLText.link($0, text: "alert \(alert.alertID)") }
            var details =
                HTMLText.fact(when(alert, in: listing, timeZone: facts.timeZone)) + "; "
                + (id ?? "alert \(alert.alertID)")
            if let note = note(alert) {
                details += "<br>" + HTMLText.fact(note)
            }
            return "<tr><td valign=\"top\" style=\"padding:4px 10px 10px 0;width:96px;\">"
                + HTMLText.badges([(severity, Swatch.severity(alert.severity))]) + "</td>"
                + "<td valign=\"top\" style=\"padding:4px 0 10px 0;\(HTMLText.textStyle)\">"
                + "<strong>\(HTMLText.fact(headline(alert)))</strong><br>"
                + HTMLText.fact(cause(alert)) + "<br>"
                + "<span style=\"\(HTMLText.smallStyle)\">\(details)</span></td></tr>"
        }
        return HTMLText.row(
            "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%\" "
                + "style=\"border-collapse:collapse;\">\n\(rows.joined(separator: "\n"))\n</table>")
    }

    /// Each service's heading and table of figures, worst first, or why there are none.
    static func figureRows(_ facts: DigestFacts) -> [String] {
        guard facts.asOf != nil else {
            return [HTMLText.paragraph("No figures yet: no cycle has run.")]
        }
        guard !facts.services.isEmpty else {
            return [HTMLText.paragraph("None.")]
        }
        var rows: [String] = []
        for service in facts.services {
            rows.append(HTMLText.heading("\(service.name): \(Tally(service.figures).words)", level: 3))
            guard !service.figures.isEmpty else {
                rows.append(HTMLText.paragraph("No figures."))
                continue
            }
            let cells = sorted(service.figures).map { figure in
                [
                    HTMLText.cell(figure.title),
                    HTMLText.cell(figure.period),
                    HTMLText.cell(valueWords(figure), bold: true),
                    HTMLText.cell(figure.target ?? "none"),
                    HTMLText.cell(ragWord(figure.rag), swatch: Swatch.rag(figure.rag)),
                    HTMLText.cell(travelWords(figure.travel)),
                ]
            }
            let headers = ["Indicator", "Period", "Value", "Target", "RAG", "Direction of travel"]
            rows.append(HTMLText.row(HTMLText.table(headers: headers, rows: cells)))
        }
        return rows
    }
}
