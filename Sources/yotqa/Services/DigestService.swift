import API
import Foundation
import Logging
import Mail
import Postgres
import ServiceLifecycle
import Store

/// Queues the board chair's weekly digest at its slot (mail.digest, Monday 08:00 Europe/London by
/// default), in local time across the changes to and from summer time. A slot missed while the
/// daemon was stopped is caught up when it starts, if it is less than a day old. The slot's
/// Message-ID makes it queue once, whatever restarts or instances try; only the leading instance
/// tries, and one that takes over catches up the slot its predecessor missed.
struct DigestService: Service {
    let leadership: Leadership
    /// The digest in force (its recipients and wording settings); nil after mail was turned off.
    let mail: Reloadable<ServeState.MailParts?>
    let schedule: DigestSchedule
    let connection: PostgresConnection
    let logger: Logger
    /// How late a missed slot may still be sent.
    static let catchUp: TimeInterval = 86_400

    func run() async throws {
        var handled: Date?
        while !Task.isShuttingDownGracefully {
            let now = Date()
            let slot = schedule.latest(atOrBefore: now)
            if slot != handled, now.timeIntervalSince(slot) < Self.catchUp, leadership.isLeader {
                handled = await queue(slot, at: now) ? slot : nil
            }
            // Wake at the next slot, or within a minute (a clock that jumps is noticed soon), on a
            // Dispatch timer.
            let wait = min(schedule.next(after: now).timeIntervalSince(now), 60)
            await cancelWhenGracefulShutdown { await DispatchWait.wait(.seconds(max(wait, 1))) }
        }
    }

    /// Queues one slot's digest; false when it could not (and will be tried again).
    func queue(_ slot: Date, at now: Date) async -> Bool {
        let name = schedule.name(of: slot)
        guard let digest = mail.value?.digest else { return true }
        do {
            let (queued, _) = try await digest.enqueue(
                title: "Weekly digest", messageID: digest.messageID(slot: name), at: now, on: connection)
            if queued { logger.notice("queued the weekly digest of \(name)") }
            return true
        } catch {
            logger.error("cannot queue the weekly digest of \(name): \(error)")
            return false
        }
    }
}
