extension AlertMail {
    /// Commands in the HTML part: a monospace font Outlook has.
    static let codeStyle = "font-family:Consolas,'Courier New',monospace;font-size:14px;"

    /// The text/html part: the same words, laid out in tables with inline styles.
    static func html(_ body: Body, title: String) -> String {
        var rows = [HTMLText.row(HTMLText.badges(body.labels))]
        rows.append(HTMLText.paragraph(body.lead[0], style: HTMLText.style(size: 17, bold: true)))
        if body.lead.count > 1 {
            rows.append(HTMLText.paragraph(body.lead.dropFirst().joined(separator: " ")))
        }
        var fields = body.fields.map { field(label: $0.label, html: HTMLText.fact($0.value)) }
        if let link = body.link {
            fields.append(field(label: "Link", html: HTMLText.link(link)))
        }
        rows.append(HTMLText.row(presentationTable(fields)))
        if let action = body.action {
            rows.append(HTMLText.row(html(action)))
        }
        rows.append(HTMLText.paragraph(SignOff.line))
        rows.append(HTMLText.paragraph(SignOff.footer, style: HTMLText.smallStyle))
        return HTMLText.document(title: title, rows: rows)
    }

    /// What to do, as HTML. In the instruction to POST, the link is to the alert itself (a GET that
    /// works), with "/acknowledge" after it as text: a link should never lead to a request that fails.
    static func html(_ action: Action) -> String {
        switch action {
        case .acknowledgeInAPI(let alert):
            return "Acknowledge it in the API once someone is dealing with it: <span style=\"\(codeStyle)\">POST "
                + "\(HTMLText.link(alert))/acknowledge</span> with a note, "
                + "<span style=\"\(codeStyle)\">\(HTMLText.escape(exampleNote))</span>."
        case .acknowledgeByCommand(let alertID):
            return "Acknowledge it once someone is dealing with it: <span style=\"\(codeStyle)\">yotqa acknowledge "
                + "\(alertID) --by NAME --note TEXT</span>"
        case .checkRelay:
            return "Check the mail relay settings in the configuration (host, port, user, password and TLS), "
                + "then test them with: <span style=\"\(codeStyle)\">yotqa send-test-email ADDRESS</span>"
        }
    }

    /// One "label: value" row of the numbers table.
    static func field(label: String, html: String) -> String {
        "<tr><td valign=\"top\" style=\"padding:3px 12px 3px 0;\(HTMLText.style(size: 14, colour: "#595959"))"
            + "white-space:nowrap;\">\(HTMLText.escape(label))</td><td valign=\"top\" style=\"padding:3px 0;"
            + "\(HTMLText.style(size: 14))\">\(html)</td></tr>"
    }

    /// A layout table of `rows` (`<tr>` elements).
    static func presentationTable(_ rows: [String]) -> String {
        "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
            + "style=\"border-collapse:collapse;\">\n\(rows.joined(separator: "\n"))\n</table>"
    }
}
