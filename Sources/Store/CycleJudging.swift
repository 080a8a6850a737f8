import Dates
public import Foundation
public import Indicators
public import Judgement
import Postgres

/// How a cycle judges its figures and raises alerts, and the step that does it inside the cycle's
/// write transaction, so results, judgements and alert changes commit together.
public struct CycleJudging: Sendable {
    public var judgement: JudgementSettings
    public var alerts: AlertSettings
    /// Who is mailed about alert changes; nil: email is off, and nothing is queued.
    public var mail: MailSettings?

    public init(
        judgement: JudgementSettings = JudgementSettings(), alerts: AlertSettings = AlertSettings(),
        mail: MailSettings? = nil
    ) {
        self.judgement = judgement
        self.alerts = alerts
        self.mail = mail
    }

    /// What one cycle's judging produced.
    public struct Judged: Sendable {
        public var values: [JudgedValue]
        public var conditions: [AlertCondition]
        public var events: [AlertEvent]
        /// Email messages the alert changes queued in the outbox.
        public var queuedMail: Int
    }

    /// Judges `values`, finds the conditions that hold, and advances the alerts by one cycle, in
    /// the cycle's write transaction, which holds `Coordination.lockWrites`.
    func run(
        values: [IndicatorValue], failures: [IndicatorFailure], records: [String: Int], catalogue: Catalogue,
        asOf: LocalDate, cycleID: Int, at now: Date, session: PostgresSession
    ) throws(PostgresError) -> Judged {
        let judged = ValueJudge.judge(values, catalogue: catalogue, settings: judgement)
        let lastHoliday = try session.query("SELECT max(day) FROM yotqa.bank_holidays")[0].decode(LocalDate?.self, 0)
        var conditions = AlertConditions(catalogue: catalogue, judgement: judgement, settings: alerts)
            .find(judged: judged, failures: failures, records: records, calendarLastDay: lastHoliday, asOf: asOf)
        let open = try AlertStore.lockOpen(session)
        if let deliveryFailed = try DeliveryFailure.condition(session) { conditions.append(deliveryFailed) }
        let step = AlertMachine.cycle(
            open: open.map(\.record), conditions: conditions, lastOccurrence: try AlertStore.lastOccurrences(session),
            silences: try AlertStore.silences(at: now, session: session), at: now, policy: alerts.policy)
        let ids = try AlertStore.apply(step, existing: open, cycleID: cycleID, session: session)
        var queued = 0
        if let mail {
            let words = AlertFactsBuilder(
                catalogue: catalogue, judgement: judgement, judged: judged, apiURL: mail.apiURL)
            queued = try AlertNotices(settings: mail, facts: words)
                .enqueue(step: step, before: open, ids: ids, at: now, session: session)
        }
        return Judged(values: judged, conditions: conditions, events: step.events, queuedMail: queued)
    }

    /// Keeps a computed cycle's record counts, so a cycle that reuses it judges the same shares.
    static func saveRecords(_ records: [String: Int], cycleID: Int, session: PostgresSession) throws(PostgresError) {
        for (service, count) in records.sorted(by: { $0.key < $1.key }) {
            try session.query(
                "INSERT INTO yotqa.cycle_records (cycle_id, service_id, records) VALUES ($1, $2, $3)", cycleID, service,
                count)
        }
    }

    static func records(ofCycle cycleID: Int, session: PostgresSession) throws(PostgresError) -> [String: Int] {
        var records: [String: Int] = [:]
        for row in try session.query("SELECT service_id, records FROM yotqa.cycle_records WHERE cycle_id = $1", cycleID)
        {
            records[try row.decode(String.self, 0)] = try row.decode(Int.self, 1)
        }
        return records
    }
}
