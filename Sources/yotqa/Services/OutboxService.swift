import API
import Foundation
import Logging
import Postgres
import ServiceLifecycle
import Store

/// Delivers the outbox while the daemon runs: every few seconds it sends what is due, on its own
/// connection, and every minute it queues the reminders and escalations that have fallen due. A
/// failure to reach the database is logged when it starts and when it ends, not on every poll;
/// the messages wait in the outbox meanwhile. On shutdown it finishes the message in hand and
/// claims no other. Only the leading instance sends; on the others this waits.
struct OutboxService: Service {
    let leadership: Leadership
    /// The sender and reminders in force; nil after a reload that turned mail off.
    let mail: Reloadable<ServeState.MailParts?>
    let connection: PostgresConnection
    let poll: Duration
    let logger: Logger
    static let followUpEvery: TimeInterval = 60

    func run() async throws {
        var failing = false
        var followedUp = Date.distantPast
        while !Task.isShuttingDownGracefully {
            guard let parts = mail.value, leadership.isLeader else {
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: poll) }
                continue
            }
            let sender = parts.sender
            let followUps = parts.followUps
            do {
                if Date().timeIntervalSince(followedUp) >= Self.followUpEvery {
                    let queued = try await followUps.enqueueDue(at: Date(), on: connection)
                    if queued > 0 { logger.info("queued \(queued) reminder(s) or escalation(s)") }
                    followedUp = Date()
                }
                let summary = try await sender.deliverDue(
                    on: connection, proceed: { !Task.isShuttingDownGracefully && leadership.isLeader })
                ServiceMetrics.emailsDelivered(sent: summary.sent, failed: summary.failed)
                if failing { logger.notice("the outbox is reachable again") }
                failing = false
            } catch {
                if !failing { logger.error("cannot deliver the outbox: \(error); will keep trying") }
                failing = true
            }
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: poll) }
            } catch {
                return
            }
        }
    }
}
