import Foundation
import Store

struct CycleBody: Encodable {
    struct Failure: Encodable {
        var indicator: String
        var error: String
    }

    var id: Int
    var asOf: String
    var startedAt: String
    var finishedAt: String
    var seconds: Double
    /// False when the data had not changed and the results of `reused_cycle_id` were kept.
    var computed: Bool
    var reusedCycleID: Int?
    var indicators: Int
    var failed: Int
    var values: Int
    var changed: Int
    var failures: [Failure]

    init(_ summary: CycleSummary) {
        let record = summary.record
        id = record.cycleID ?? 0
        asOf = record.asOf.description
        startedAt = Timestamps.text(record.startedAt)
        finishedAt = Timestamps.text(record.finishedAt)
        seconds = (record.finishedAt.timeIntervalSince(record.startedAt) * 1000).rounded() / 1000
        computed = record.computed
        reusedCycleID = record.reusedCycleID
        indicators = record.indicatorCount
        failed = record.failedCount
        values = record.valueCount
        changed = record.changedCount
        failures = summary.failures.map { Failure(indicator: $0.indicator, error: $0.error) }
    }
}

struct CyclesBody: Encodable {
    var cycles: [CycleBody]
}

struct TriggerBody: Encodable {
    var status: String
    var detail: String
}

struct DeliveryBody: Encodable {
    var id: Int
    var outboxID: Int
    var messageID: String
    var kind: String
    var alertID: Int?
    var recipients: [String]
    var subject: String
    var attemptedAt: String
    /// `sent`, `retry` (a temporary failure) or `failed` (given up).
    var outcome: String
    var reply: String
    var messageState: String

    init(_ attempt: DeliveryAttempt) {
        id = attempt.deliveryID
        outboxID = attempt.messageID
        messageID = attempt.headerMessageID
        kind = attempt.kind
        alertID = attempt.alertID
        recipients = attempt.recipients
        subject = attempt.subject
        attemptedAt = Timestamps.text(attempt.attemptedAt)
        outcome = attempt.outcome
        reply = attempt.reply
        messageState = attempt.messageState
    }
}

struct DeliveriesBody: Encodable {
    var deliveries: [DeliveryBody]
}

struct HealthBody: Encodable {
    var status: String
    var cycleID: Int?
    var asOf: String?
    var computedAt: String?
}
