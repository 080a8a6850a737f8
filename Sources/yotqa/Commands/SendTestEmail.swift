import ArgumentParser
import Foundation
import Mail

struct SendTestEmail: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send-test-email",
        abstract: "Send a test message through the configured relay and show what the server said.",
        discussion: """
            Checks the mail settings end to end: connects to mail.smtp (STARTTLS or TLS as set, \
            checking the relay's certificate), authenticates when a user name is set, and sends a \
            short test message to the given address, printing the SMTP conversation (credentials \
            left out). Needs no database and queues nothing. Exits 0 when the relay accepted the \
            message, 1 when it did not.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Where to send the test message.", valueName: "address"))
    var to: String

    func run() async throws {
        let (config, _) = try global.start("send-test-email")
        guard let settings = try MailSetup.settings(config), let transport = try MailSetup.transport(config) else {
            throw ValidationError("the config has no mail section: email is off")
        }
        guard let recipient = MailAddress(parsing: to) else {
            throw ValidationError("not a mail address: '\(to)'")
        }
        let now = Date()
        let id =
            "test-\(Int(now.timeIntervalSince1970))-\(UUID().uuidString.prefix(8).lowercased())@"
            + settings.messageIDDomain
        let text = """
            This is a test message from yotqa, sent with `yotqa send-test-email` to check the mail \
            settings. If you can read it, alerts and the board chair's digest can reach this address.
            """
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>yotqa test message</title></head>
            <body style="font-family: Arial, sans-serif; font-size: 14px;"><p>\(text)</p></body></html>
            """
        let message = MailMessage(
            from: settings.from, to: [recipient],
            content: MailContent(subject: "yotqa test message", text: text, html: html), messageID: id, inReplyTo: nil,
            references: [], date: now,
            headers: [
                MailHeader(name: "Auto-Submitted", value: "auto-generated"),
                MailHeader(name: "X-Yotqa-Kind", value: "test"),
            ])
        let report = await transport.deliver(
            Envelope(
                sender: message.envelopeSender, recipients: message.envelopeRecipients, messageID: id,
                message: message.rendered()))
        for line in report.transcript { print(line) }
        print("\(report.outcome == .sent ? "sent" : "not sent") (\(report.outcome.rawValue)): \(report.reply)")
        if report.outcome != .sent { throw ExitCode(1) }
    }
}
