public import Foundation

/// The alert lifecycle, as a pure function from one cycle's conditions to state changes.
///
/// An alert is pending while its condition has held for fewer than `fireAfter` consecutive cycles,
/// then firing until somebody acknowledges it, and resolved once its condition has been clear for
/// `resolveAfter` consecutive cycles. A pending alert whose condition clears is forgotten, so a
/// flapping value fires at most once; a resolved alert that comes back is a new occurrence. While
/// a service's data are stale its figures are not trustworthy: its value alerts are frozen (they
/// neither count towards firing nor towards resolving) and marked as held back. Silences do not
/// stop the lifecycle; they mark the alert as suppressed, so it sends nothing.
public enum AlertMachine {
    public struct Step: Sendable, Equatable {
        /// Every occurrence the cycle touched: still open, or resolved in this cycle.
        public var records: [AlertRecord]
        public var events: [AlertEvent]
        /// Pending occurrences whose condition cleared before they fired: to be forgotten.
        public var dropped: [AlertIdentity]

        public init(records: [AlertRecord], events: [AlertEvent], dropped: [AlertIdentity]) {
            self.records = records
            self.events = events
            self.dropped = dropped
        }
    }

    /// Advances the open occurrences by one cycle in which `conditions` hold.
    /// `lastOccurrence` numbers the new occurrences of alerts that resolved before.
    public static func cycle(
        open: [AlertRecord], conditions: [AlertCondition], lastOccurrence: [AlertIdentity: Int], silences: [Silence],
        at now: Date, policy: AlertPolicy
    ) -> Step {
        let openByIdentity = Dictionary(open.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        let holding = Dictionary(conditions.map { ($0.identity, $0) }, uniquingKeysWith: { first, _ in first })
        let staleServices = Set(conditions.filter { $0.identity.kind == .staleData }.compactMap(\.identity.service))
        var step = Step(records: [], events: [], dropped: [])
        for identity in Set(openByIdentity.keys).union(holding.keys).sorted() {
            let heldBack = identity.kind.judgesValues && identity.service.map(staleServices.contains) == true
            var record: AlertRecord
            if heldBack {
                guard let frozen = openByIdentity[identity] else { continue }
                record = frozen
            } else if let condition = holding[identity] {
                record =
                    openByIdentity[identity]
                    ?? AlertRecord(
                        identity: identity, occurrence: (lastOccurrence[identity] ?? 0) + 1, state: .pending,
                        severity: condition.severity, cause: condition.cause, heldCycles: 0, clearCycles: 0, since: now)
                hold(&record, condition, at: now, policy: policy, events: &step.events)
            } else if var cleared = openByIdentity[identity] {
                if cleared.state == .pending {
                    step.dropped.append(identity)
                    continue
                }
                clear(&cleared, at: now, policy: policy, events: &step.events)
                record = cleared
            } else {
                continue
            }
            suppress(&record, silences: silences, heldBack: heldBack, at: now, events: &step.events)
            step.records.append(record)
        }
        return step
    }

    static func hold(
        _ record: inout AlertRecord, _ condition: AlertCondition, at now: Date, policy: AlertPolicy,
        events: inout [AlertEvent]
    ) {
        record.heldCycles += 1
        record.clearCycles = 0
        record.cause = condition.cause
        if record.severity != condition.severity {
            let before = record.severity
            record.severity = condition.severity
            if record.state != .pending {
                events.append(
                    event(
                        record, .severityChanged, at: now,
                        cause: "\(before.rawValue) → \(condition.severity.rawValue): \(condition.cause)"))
            }
        }
        if record.state == .pending, record.heldCycles >= policy.fireAfter {
            record.state = .firing
            record.since = now
            record.firedAt = now
            events.append(event(record, .fired, at: now, cause: condition.cause))
        }
    }

    static func clear(_ record: inout AlertRecord, at now: Date, policy: AlertPolicy, events: inout [AlertEvent]) {
        record.clearCycles += 1
        record.heldCycles = 0
        if record.clearCycles >= policy.resolveAfter {
            record.state = .resolved
            record.since = now
            record.resolvedAt = now
            let cycles = record.clearCycles == 1 ? "1 cycle" : "\(record.clearCycles) cycles"
            events.append(event(record, .resolved, at: now, cause: "clear for \(cycles); last cause: \(record.cause)"))
        }
    }

    static func suppress(
        _ record: inout AlertRecord, silences: [Silence], heldBack: Bool, at now: Date, events: inout [AlertEvent]
    ) {
        var suppression: Suppression?
        if record.state == .resolved {
            suppression = nil
        } else if let silence = silences.first(where: { $0.covers(record.identity, at: now) }) {
            suppression = .silence(id: silence.id)
        } else if heldBack {
            suppression = .staleData
        }
        // An alert that fires in this cycle has told nobody anything yet: it starts from no suppression.
        let before = record.firedAt == now && record.state == .firing ? nil : record.suppression
        record.suppression = suppression
        guard suppression != before else { return }
        guard record.state == .firing || record.state == .acknowledged else { return }
        if let suppression {
            events.append(event(record, .suppressed, at: now, cause: "held back by \(suppression)"))
        } else if let before {
            events.append(event(record, .unsuppressed, at: now, cause: "no longer held back by \(before)"))
        }
    }

    static func event(_ record: AlertRecord, _ change: AlertEvent.Change, at now: Date, cause: String) -> AlertEvent {
        AlertEvent(
            identity: record.identity, occurrence: record.occurrence, change: change, state: record.state, at: now,
            cause: cause)
    }
}
