public import Foundation
import Indicators
public import Logging
public import Mail
public import Postgres

/// Delivers the outbox: claims what is due, hands each message to the transport, and records
/// what the server said. A temporary failure is tried again after a back-off; a permanent one,
/// or the last allowed try, gives the message up and raises a delivery_failed alert.
public struct OutboxSender: Sendable {
    public let transport: any MailTransport
    public let settings: MailSettings
    /// How long a claimed message is out of other senders' reach: longer than any delivery.
    public let lease: Duration
    let notices: AlertNotices?
    let logger: Logger

    /// `notices` queues the delivery_failed alert's own notice; nil queues none.
    init(transport: any MailTransport, settings: MailSettings, lease: Duration, notices: AlertNotices?, logger: Logger)
    {
        self.transport = transport
        self.settings = settings
        self.lease = lease
        self.notices = notices
        self.logger = logger
    }

    public init(transport: any MailTransport, settings: MailSettings, lease: Duration = .seconds(300), logger: Logger) {
        let words = AlertFactsBuilder(
            catalogue: Catalogue(base: "", definitions: []), judgement: JudgementSettings(), judged: [],
            apiURL: settings.apiURL)
        self.init(
            transport: transport, settings: settings, lease: lease,
            notices: AlertNotices(settings: settings, facts: words), logger: logger)
    }

    public struct Summary: Sendable, Equatable {
        public var sent = 0
        public var retried = 0
        public var failed = 0

        public init() {}
    }

    /// Delivers every message due at `now()`, one at a time (so each is claimed only for its own
    /// try, well inside its lease), until none is left or `proceed` says stop; returns what
    /// happened.
    public func deliverDue(
        on connection: PostgresConnection, now: @Sendable () -> Date = { Date() },
        proceed: @Sendable () -> Bool = { true }
    ) async throws -> Summary {
        var summary = Summary()
        while proceed(),
            let message = try await Outbox.claimDue(limit: 1, lease: lease, at: now(), on: connection).first
        {
            let report = await transport.deliver(
                Envelope(
                    sender: settings.from.address, recipients: message.recipients, messageID: message.headerMessageID,
                    message: message.message))
            switch try await record(message, report: report, at: now(), on: connection) {
            case .sent: summary.sent += 1
            case .retry: summary.retried += 1
            case .failed: summary.failed += 1
            }
        }
        return summary
    }

    /// Records one try and decides what comes next.
    func record(_ message: ClaimedMessage, report: DeliveryReport, at now: Date, on connection: PostgresConnection)
        async throws -> Outbox.Result
    {
        let result: Outbox.Result
        switch report.outcome {
        case .sent: result = .sent
        case .permanentFailure: result = .failed
        case .temporaryFailure: result = message.attempts >= settings.retry.maxAttempts ? .failed : .retry
        }
        let retryAt = now.addingTimeInterval(settings.retry.delay(afterAttempt: message.attempts).seconds)
        let notices = self.notices
        let held = try await Self.persistently(sent: result == .sent, logger: logger) {
            try await connection.transaction { session in
                guard
                    try Outbox.record(
                        message, result: result, reply: report.reply, retryAt: retryAt, at: now, session: session)
                else { return false }
                guard result == .failed, let (record, id) = try DeliveryFailure.raise(at: now, session: session),
                    let notices
                else { return true }
                _ = try notices.enqueue(
                    .deliveryFailure, record: record, alertID: id, sent: MailHistory(), names: [:], at: now,
                    session: session)
                return true
            }
        }
        if !held {
            logger.warning("message \(message.messageID) was claimed by another sender while this one tried it")
        }
        let what = "\(message.kind) message \(message.messageID) (try \(message.attempts))"
        switch result {
        case .sent: logger.info("sent \(what): \(report.reply)")
        case .retry: logger.warning("could not send \(what), will try again: \(report.reply)")
        case .failed: logger.error("gave up on \(what): \(report.reply)")
        }
        return result
    }

    /// Runs `record`; when the relay has accepted the message, a failure to record that is tried
    /// again for a while (the connection replaces itself), since until it is recorded the message
    /// would be sent again when its lease runs out.
    static func persistently(sent: Bool, logger: Logger, _ record: () async throws -> Bool) async throws -> Bool {
        var wait = Duration.milliseconds(250)
        for _ in 1..<(sent ? 8 : 1) {
            do {
                return try await record()
            } catch {
                logger.warning("cannot record a delivery yet: \(error); trying again")
                try? await Task.sleep(for: wait)
                wait *= 2
            }
        }
        return try await record()
    }
}
