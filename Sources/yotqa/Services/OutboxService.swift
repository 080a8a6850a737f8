import API
import Foundation
import Logging
import Postgres
import ServiceLifecycle
import Store

/// Delivers the outbox while the daemon runs: every few seconds it sends what is due, on its own
/// connection. A failure to reach the database is logged when it starts and when it ends, not on
/// every poll; the messages wait in the outbox meanwhile.
struct OutboxService: Service {
    let sender: OutboxSender
    let connection: PostgresConnection
    let poll: Duration
    let logger: Logger

    func run() async throws {
        var failing = false
        while !Task.isShuttingDownGracefully {
            do {
                let summary = try await sender.deliverDue(on: connection)
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
