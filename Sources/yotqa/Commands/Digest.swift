import ArgumentParser
import Foundation
import Mail
import Store

struct DigestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Show the board chair's digest, or send it now.",
        discussion: """
            The digest lists every indicator's latest value with its RAG rating and direction of \
            travel, the alerts opened, acknowledged and resolved since the last digest, and those \
            still open. Without --send, prints its text to standard output and sends nothing. With \
            --send, queues it for mail.board_chair and delivers the outbox at once; a delivery \
            that fails stays queued and `yotqa serve` tries it again. The daemon sends one every \
            week by itself (mail.digest).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Queue the digest for the board chair and deliver it now.")
    var send = false

    @Flag(help: "With no --send: print the HTML part instead of the text.")
    var html = false

    func run() async throws {
        let (config, logger) = try global.start("digest")
        guard let settings = try MailSetup.settings(config), let transport = try MailSetup.transport(config) else {
            throw ValidationError("the config has no mail section: email is off")
        }
        let sql = try SQLDirectory.locate(configured: config.paths.sql)
        let catalogue = try IndicatorSetup.catalogue(config, sql: sql)
        let judging = try JudgingSetup.judging(config, catalogue: catalogue)
        let connection = try await DatabaseSetup.connect(config, sql: sql, logger: logger)
        let digest = Digest(catalogue: catalogue, judgement: judging.judgement, settings: settings)
        let now = Date()
        guard send else {
            let facts = try await digest.facts(
                title: "Digest on demand", since: try await Digest.lastQueued(on: connection), until: now,
                on: connection)
            let content = DigestMail.compose(facts)
            print("Subject: \(content.subject)\n")
            print(html ? content.html : content.text)
            return
        }
        guard !settings.boardChair.isEmpty else {
            throw ValidationError("mail.board_chair is empty: the digest has nobody to go to")
        }
        let id = digest.messageID(onDemandAt: now)
        _ = try await digest.enqueue(title: "Digest on demand", messageID: id, at: now, on: connection)
        let summary = try await MailSetup.sender(config, settings: settings, transport: transport, logger: logger)
            .deliverDue(on: connection)
        let state = try await Outbox.state(headerMessageID: id, on: connection)
        print("digest <\(id)> to \(settings.boardChair.map(\.address).joined(separator: ", ")): \(state.state)")
        if let reply = state.reply { print("server: \(reply)") }
        if summary.sent + summary.retried + summary.failed > 1 {
            print("the outbox also had \(summary.sent + summary.retried + summary.failed - 1) other message(s) due")
        }
        if state.state != "sent" { throw ExitCode(1) }
    }
}
