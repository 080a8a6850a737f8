import ArgumentParser
import Foundation
import Store

struct OutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "Show the email outbox and its latest delivery attempts; deliver or requeue.",
        discussion: """
            Every email is queued in the outbox (yotqa.outbox) before it is sent, and each try at \
            delivering it is logged with the server's reply. This prints the counts by state and \
            the latest attempts. --send delivers what is due now (as `yotqa serve` does by itself). \
            --requeue-failed puts the messages that were given up on back in the queue, for after \
            the relay has been fixed.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Deliver the messages that are due now.")
    var send = false

    @Flag(help: "Queue the messages that were given up on again, due now.")
    var requeueFailed = false

    @Option(help: "How many of the latest delivery attempts to list.")
    var last = 20

    func run() async throws {
        let (config, logger) = try global.start("outbox")
        let sql = try SQLDirectory.locate(configured: config.paths.sql)
        let connection = try await DatabaseSetup.connect(config, sql: sql, logger: logger)
        if requeueFailed {
            let count = try await Outbox.requeueFailed(messageID: nil, at: Date(), on: connection)
            print("requeued \(count) message(s)")
        }
        if send {
            guard let settings = try MailSetup.settings(config), let transport = try MailSetup.transport(config) else {
                throw ValidationError("the config has no mail section: email is off")
            }
            let summary = try await MailSetup.sender(config, settings: settings, transport: transport, logger: logger)
                .deliverDue(on: connection)
            print("sent \(summary.sent), to retry \(summary.retried), given up \(summary.failed)")
        }
        let counts = try await Outbox.counts(on: connection)
        print("outbox: \(counts.pending) pending, \(counts.sent) sent, \(counts.failed) failed")
        for attempt in try await DeliveryLog.recent(limit: last, on: connection) {
            let when = ISO8601DateFormatter().string(from: attempt.attemptedAt)
            print(
                "\(when)  \(attempt.outcome.padding(toLength: 6, withPad: " ", startingAt: 0))  \(attempt.kind)  "
                    + "<\(attempt.headerMessageID)>  \(attempt.reply)")
        }
    }
}
