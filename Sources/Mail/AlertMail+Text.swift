extension AlertMail {
    /// The example note in the acknowledgement instruction.
    static let exampleNote = #"{"note": "what is being done"}"#

    /// The text/plain part: what happened, the numbers, what to do, the sign-off.
    static func text(_ body: Body) -> String {
        var lines = PlainText.wrap(body.lead[0])
        if body.lead.count > 1 {
            lines += [""] + PlainText.wrap(body.lead.dropFirst().joined(separator: " "))
        }
        lines += [""] + PlainText.fields(body.fields + (body.link.map { [("Link", $0)] } ?? []))
        if let action = body.action {
            lines += [""] + PlainText.wrap(text(action))
        }
        lines += ["", SignOff.line] + PlainText.wrap(SignOff.footer)
        return lines.joined(separator: "\n") + "\n"
    }

    /// What to do, as text.
    static func text(_ action: Action) -> String {
        switch action {
        case .acknowledgeInAPI(let alert):
            return "Acknowledge it in the API once someone is dealing with it: POST \(alert)/acknowledge with a "
                + "note, \(exampleNote)."
        case .acknowledgeByCommand(let alertID):
            return "Acknowledge it once someone is dealing with it: yotqa acknowledge \(alertID) --by NAME --note TEXT"
        case .checkRelay:
            return "Check the mail relay settings in the configuration (host, port, user, password and TLS), "
                + "then test them with: yotqa send-test-email ADDRESS"
        }
    }
}
