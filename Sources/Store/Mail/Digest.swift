public import Foundation
public import Indicators
import Judgement
public import Mail
public import Postgres

/// The board chair's digest: every indicator's latest figure with its RAG and direction of travel,
/// the alerts opened, acknowledged and resolved since the last digest, and those still open.
///
/// A digest is queued in the outbox like any message. Its Message-ID names its weekly slot, so
/// however many instances or restarts try to queue one slot's digest, one is kept.
public struct Digest: Sendable {
    public let catalogue: Catalogue
    public let judgement: JudgementSettings
    public let settings: MailSettings

    public init(catalogue: Catalogue, judgement: JudgementSettings, settings: MailSettings) {
        self.catalogue = catalogue
        self.judgement = judgement
        self.settings = settings
    }

    /// The Message-ID of the digest of a weekly slot named "2026-11-23T08:00".
    public func messageID(slot: String) -> String {
        "digest-" + slot.filter { $0.isNumber || $0 == "T" } + "@" + settings.messageIDDomain
    }

    /// The Message-ID of a digest asked for on demand at `now`.
    public func messageID(onDemandAt now: Date) -> String {
        "digest-now-\(Int(now.timeIntervalSince1970))-\(UUID().uuidString.prefix(8).lowercased())@"
            + settings.messageIDDomain
    }

    /// When the last digest was queued (one given up on does not count: the chair never read it);
    /// nil when there has been none.
    public static func lastQueued(on connection: PostgresConnection) async throws -> Date? {
        try await connection.query(
            "SELECT max(created_at) FROM yotqa.outbox WHERE kind = 'digest' AND state <> 'failed'"
        )[0].decode(Date?.self, 0)
    }

    /// Whether the digest with this Message-ID is in the outbox already.
    public static func isQueued(messageID: String, on connection: PostgresConnection) async throws -> Bool {
        try await !connection.query("SELECT 1 FROM yotqa.outbox WHERE header_message_id = $1", messageID).isEmpty
    }

    /// Composes the digest of everything since the last one, up to `now`, and queues it for the
    /// board chair. `queued` is false when that Message-ID was queued before or there is no chair.
    public func enqueue(title: String, messageID: String, at now: Date, on connection: PostgresConnection)
        async throws -> (queued: Bool, message: MailMessage)
    {
        let since = try await Self.lastQueued(on: connection)
        let facts = try await facts(title: title, since: since, until: now, on: connection)
        let message = MailMessage(
            from: settings.from, to: settings.boardChair, content: DigestMail.compose(facts), messageID: messageID,
            inReplyTo: nil, references: [], date: now, headers: MessageIDs.headers(kind: .digest))
        let queued = try await connection.transaction { session in
            try Outbox.enqueue(message, kind: .digest, alertID: nil, at: now, session: session)
        }
        return (queued, message)
    }

    /// What the digest says, from the latest cycle and the alert history between `since` and `until`.
    public func facts(title: String, since: Date?, until: Date, on connection: PostgresConnection) async throws
        -> DigestFacts
    {
        let cycle = try await CycleHistory.latest(on: connection)
        var judged: [JudgedValue] = []
        if let cycle, let id = cycle.cycleID {
            let values = try await StoredResults.values(ofCycle: cycle.reusedCycleID ?? id, on: connection)
            judged = ValueJudge.judge(values, catalogue: catalogue, settings: judgement)
        }
        let services = try await ServiceDirectory.list(on: connection)
        let names = Dictionary(services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let lines = AlertLines(catalogue: catalogue, names: names)
        let events = try await lines.events(since: since, until: until, on: connection)
        return DigestFacts(
            title: title, since: since, until: until, timeZone: settings.timeZone, asOf: cycle.map { "\($0.asOf)" },
            services: DigestFigures(catalogue: catalogue, judgement: judgement).services(services, judged: judged),
            opened: events.filter { $0.state == "fired" }, acknowledged: events.filter { $0.state == "acknowledged" },
            resolved: events.filter { $0.state == "resolved" }, stillOpen: try await lines.open(on: connection),
            link: settings.apiURL)
    }
}
