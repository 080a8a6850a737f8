import Foundation
import Indicators
import Judgement
import Mail
import Postgres

/// The mail that one step of the alert lifecycle causes, queued in the outbox inside the step's
/// own transaction: a notice when an alert fires (or a silence over a firing alert ends), a
/// reminder every interval while it fires unacknowledged, one escalation to the board chair, and
/// a notice when a mailed alert resolves. A silenced alert, or one held back by stale data, sends
/// nothing.
struct AlertNotices {
    let settings: MailSettings
    let facts: AlertFactsBuilder

    /// Queues the step's mail; returns how many messages were queued.
    @discardableResult
    func enqueue(
        step: AlertMachine.Step, before: [StoredAlert], ids: [AlertIdentity: Int], at now: Date,
        session: PostgresSession
    ) throws(PostgresError) -> Int {
        let previous = Dictionary(
            before.map { ($0.record.identity, $0.record) }, uniquingKeysWith: { first, _ in first })
        let history = try MailHistory.of(alerts: step.records.compactMap { ids[$0.identity] }, session: session)
        let names = try facts.serviceNames(session)
        var queued = 0
        for record in step.records {
            guard let id = ids[record.identity] else { continue }
            let sent = history[id] ?? MailHistory()
            let changes = Set(step.events.filter { $0.identity == record.identity }.map(\.change))
            for notice in notices(record, previous: previous[record.identity], changes: changes, sent: sent, at: now)
            where try enqueue(notice, record: record, alertID: id, sent: sent, names: names, at: now, session: session)
            {
                queued += 1
            }
        }
        return queued
    }

    /// What `record` is owed in this step, given what it has been sent before.
    func notices(
        _ record: AlertRecord, previous: AlertRecord?, changes: Set<AlertEvent.Change>, sent: MailHistory, at now: Date
    ) -> [AlertFacts.Notice] {
        if changes.contains(.resolved) {
            let wasQuiet = previous?.suppression != nil
            return settings.resolvedNotices && sent.alerted && !wasQuiet ? [.resolved] : []
        }
        guard record.state == .firing, record.suppression == nil, let firedAt = record.firedAt else { return [] }
        // Not told yet: it has just fired, a silence over it has ended, or mail was off when it fired.
        guard sent.alerted else { return [record.identity.kind == .deliveryFailed ? .deliveryFailure : .fired] }
        // Counted from the first notice, not from firing: a silence or mail being off meanwhile
        // told nobody. An escalation goes to the recipients too, so no reminder goes with it.
        let told = sent.firstAt ?? firedAt
        if let escalateAfter = settings.escalateAfter, !settings.boardChair.isEmpty, !sent.escalated,
            now.timeIntervalSince(told) >= escalateAfter.seconds
        {
            return [.escalation]
        }
        if let every = settings.remindEvery, let last = sent.lastAt, now.timeIntervalSince(last) >= every.seconds {
            return [.reminder(number: sent.reminders + 1)]
        }
        return []
    }

    /// Composes and queues one notice; false when it has nobody to go to or was queued before.
    func enqueue(
        _ notice: AlertFacts.Notice, record: AlertRecord, alertID: Int, sent: MailHistory, names: [String: String],
        at now: Date, session: PostgresSession
    ) throws(PostgresError) -> Bool {
        let facts = facts.facts(notice, record: record, alertID: alertID, names: names, at: now)
        let root = MessageIDs.alert(alertID, firedAt: record.firedAt ?? now, domain: settings.messageIDDomain)
        var recipients = settings.recipients(service: record.identity.service, severity: record.severity)
        if record.identity.kind == .deliveryFailed, recipients.isEmpty { recipients = settings.boardChair }
        let kind: MessageKind
        let messageID: String
        switch notice {
        case .fired, .deliveryFailure:
            kind = record.identity.kind == .deliveryFailed ? .deliveryFailure : .alert
            messageID = root
        case .reminder(let number):
            kind = .reminder
            messageID = MessageIDs.follow(root, "reminder-\(number)")
        case .escalation:
            kind = .escalation
            messageID = MessageIDs.follow(root, "escalation")
            recipients = MailSettings.unique(settings.boardChair + recipients)
        case .resolved:
            kind = .resolved
            messageID = MessageIDs.follow(root, "resolved")
            if sent.escalated { recipients = MailSettings.unique(settings.boardChair + recipients) }
        }
        guard !recipients.isEmpty else { return false }
        let message = MailMessage(
            from: settings.from, to: recipients, content: AlertMail.compose(facts, timeZone: settings.timeZone),
            messageID: messageID, inReplyTo: messageID == root ? nil : root,
            references: messageID == root ? [] : [root],
            date: now, headers: MessageIDs.headers(kind: kind))
        return try Outbox.enqueue(message, kind: kind, alertID: alertID, at: now, session: session)
    }
}

/// What an alert occurrence has been sent so far, from the outbox.
struct MailHistory {
    /// Its first notice (that it fired) is queued, and when.
    var alerted = false
    var firstAt: Date?
    var reminders = 0
    var escalated = false
    /// When its latest notice, reminder or escalation was queued: the next reminder counts from there.
    var lastAt: Date?

    static func of(alerts ids: [Int], session: PostgresSession) throws(PostgresError) -> [Int: MailHistory] {
        guard !ids.isEmpty else { return [:] }
        let rows = try session.query(
            """
            SELECT alert_id, kind, count(*) AS messages, min(created_at) AS earliest, max(created_at) AS latest
            FROM yotqa.outbox
            WHERE alert_id IN (SELECT json_array_elements_text($1::json)::bigint) GROUP BY alert_id, kind
            """, Outbox.json(ids.map(String.init)))
        var result: [Int: MailHistory] = [:]
        for row in rows {
            let id = try row.decode(Int.self, "alert_id")
            let latest = try row.decode(Date.self, "latest")
            var history = result[id] ?? MailHistory()
            switch MessageKind(rawValue: try row.decode(String.self, "kind")) {
            case .alert, .deliveryFailure:
                history.alerted = true
                history.firstAt = try row.decode(Date.self, "earliest")
                history.lastAt = max(history.lastAt ?? latest, latest)
            case .reminder:
                history.reminders = try row.decode(Int.self, "messages")
                history.lastAt = max(history.lastAt ?? latest, latest)
            case .escalation:
                history.escalated = true
                history.lastAt = max(history.lastAt ?? latest, latest)
            default:
                break
            }
            result[id] = history
        }
        return result
    }
}

/// Message-IDs that stay the same however often a message is queued, so a message caused twice
/// is kept once, and a retry or a resend after a crash carries the same id.
enum MessageIDs {
    /// One alert occurrence's first notice: its id, and when it fired (ids alone would repeat if the
    /// database were ever rebuilt).
    static func alert(_ alertID: Int, firedAt: Date, domain: String) -> String {
        "alert-\(alertID)-\(Int(firedAt.timeIntervalSince1970))@\(domain)"
    }

    /// A message in the thread of `root`: `alert-12-1795420800.reminder-2@domain`.
    static func follow(_ root: String, _ suffix: String) -> String {
        guard let at = root.lastIndex(of: "@") else { return root + "." + suffix }
        return root[..<at] + "." + suffix + root[at...]
    }

    /// Headers every message carries: automatic mail that must not be answered by autoresponders.
    static func headers(kind: MessageKind) -> [MailHeader] {
        [
            MailHeader(name: "Auto-Submitted", value: "auto-generated"),
            MailHeader(name: "X-Auto-Response-Suppress", value: "All"),
            MailHeader(name: "X-Yotqa-Kind", value: kind.rawValue),
        ]
    }
}
