public import Foundation
public import Indicators
import Judgement
import Mail
public import Postgres

/// The reminders and escalations that fall due between cycles: a reminder is owed a day after
/// the last notice whether or not a cycle runs then. The sender looks every minute; a cycle
/// judging at that moment holds the alerts' lock and queues them itself, so this steps aside.
public struct AlertFollowUps: Sendable {
    public let settings: MailSettings
    public let catalogue: Catalogue
    public let judgement: JudgementSettings

    public init(settings: MailSettings, catalogue: Catalogue, judgement: JudgementSettings) {
        self.settings = settings
        self.catalogue = catalogue
        self.judgement = judgement
    }

    /// Queues what is owed at `now`; returns how many messages.
    public func enqueueDue(at now: Date, on connection: PostgresConnection) async throws -> Int {
        let settings = self.settings
        let catalogue = self.catalogue
        let judgement = self.judgement
        return try await connection.transaction { session in
            guard try Coordination.tryLockWrites(session) else { return 0 }
            let firing = try session.query(
                "SELECT \(StoredAlert.columns) FROM yotqa.alerts WHERE state = 'firing' FOR UPDATE"
            ).map { row throws(PostgresError) in try StoredAlert(row: row) }
            let history = try MailHistory.of(alerts: firing.map(\.alertID), session: session)
            let blank = AlertFactsBuilder(catalogue: catalogue, judgement: judgement, judged: [], apiURL: nil)
            let owed = firing.compactMap { alert -> (StoredAlert, AlertFacts.Notice)? in
                let sent = history[alert.alertID] ?? MailHistory()
                guard sent.alerted else { return nil }  // first notices are the cycles' to send
                let notices = AlertNotices(settings: settings, facts: blank)
                    .notices(alert.record, previous: alert.record, changes: [], sent: sent, at: now)
                return notices.first.map { (alert, $0) }
            }
            guard !owed.isEmpty else { return 0 }
            let words = AlertFactsBuilder(
                catalogue: catalogue, judgement: judgement,
                judged: try Self.latestJudged(of: owed.map(\.0.record.identity), catalogue, judgement, session),
                apiURL: settings.apiURL)
            let notices = AlertNotices(settings: settings, facts: words)
            let names = try words.serviceNames(session)
            var queued = 0
            for (alert, notice) in owed
            where try notices.enqueue(
                notice, record: alert.record, alertID: alert.alertID, sent: history[alert.alertID] ?? MailHistory(),
                names: names, at: now, session: session)
            {
                queued += 1
            }
            return queued
        }
    }

    /// The latest cycle's figures of the alerts' series, judged (whole series, so their limits
    /// and intervals are those of the cycle).
    static func latestJudged(
        of identities: [AlertIdentity], _ catalogue: Catalogue, _ judgement: JudgementSettings,
        _ session: PostgresSession
    ) throws(PostgresError) -> [JudgedValue] {
        let rows = try session.query(
            "SELECT coalesce(reused_cycle_id, cycle_id) FROM yotqa.cycles ORDER BY cycle_id DESC LIMIT 1")
        guard let row = rows.first else { return [] }
        let wanted = Set(
            identities.compactMap { identity in identity.indicator.map { "\(identity.service ?? "")/\($0)" } })
        let values = try StoredResults.values(ofCycle: try row.decode(Int.self, 0), session: session)
            .filter { wanted.contains("\($0.serviceID ?? "")/\($0.indicator)") }
        return ValueJudge.judge(values, catalogue: catalogue, settings: judgement)
    }
}
