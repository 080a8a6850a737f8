import Foundation
import Testing

@testable import Judgement

/// The start of every alert test; cycles run an hour apart.
let start = Date(timeIntervalSince1970: 1_780_000_000)

/// The time of cycle `n` (0 is the first), plus `minutes`.
func hour(_ n: Int, minutes: Int = 0) -> Date {
    start.addingTimeInterval(Double(n * 3_600 + minutes * 60))
}

/// The policy of the tables: fire after 3 consecutive cycles held, resolve after 2 clear.
let threeAndTwo = AlertPolicy(fireAfter: 3, resolveAfter: 2)

let torbayThreshold = AlertIdentity(service: "torbay", indicator: "assessment_timely", kind: .threshold)

func condition(_ identity: AlertIdentity, _ severity: Severity = .warning) -> AlertCondition {
    AlertCondition(identity: identity, severity: severity, cause: "\(identity) holds (\(severity.rawValue))")
}

/// What the store does between cycles: keeps the open occurrences of each step for the next one, and the
/// occurrence number of those that resolved, to number their next occurrence.
struct Harness {
    var policy = threeAndTwo
    var open: [AlertRecord] = []
    var lastOccurrence: [AlertIdentity: Int] = [:]

    mutating func cycle(_ conditions: [AlertCondition], silences: [Silence] = [], at now: Date) -> AlertMachine.Step {
        let step = AlertMachine.cycle(
            open: open, conditions: conditions, lastOccurrence: lastOccurrence, silences: silences, at: now,
            policy: policy)
        for record in step.records where record.state == .resolved {
            lastOccurrence[record.identity] = record.occurrence
        }
        open = step.records.filter { $0.state.isOpen }
        return step
    }

    /// Acknowledges the open occurrence of `identity`, as the API would.
    mutating func acknowledge(
        _ identity: AlertIdentity, by person: String, note: String, at now: Date
    ) throws -> AlertEvent {
        let index = try #require(open.firstIndex { $0.identity == identity })
        let (record, event) = try AlertMachine.acknowledge(open[index], by: person, note: note, at: now)
        open[index] = record
        return event
    }

    func record(_ identity: AlertIdentity) -> AlertRecord? {
        open.first { $0.identity == identity }
    }
}

/// One row of a lifecycle table for a single alert: what holds in the cycle (and what a person did just
/// before it), then the events that must come out, in order, and where the occurrence must be after it.
struct Cycle: Sendable {
    /// The condition's severity, or nil when it is clear.
    var holds: Severity?
    /// Someone acknowledges the alert half an hour before the cycle.
    var acknowledgedBy: String?
    var events: [AlertEvent.Change]
    /// nil: the machine no longer follows the alert (it never held, or it was dropped while pending).
    var state: AlertState?
    var occurrence: Int?
    var suppression: Suppression?
    /// The cycle drops the pending occurrence.
    var dropped = false

    /// The condition holds, as a warning.
    static func held(
        _ events: [AlertEvent.Change], _ state: AlertState, occurrence: Int = 1, suppression: Suppression? = nil
    ) -> Cycle {
        held(.warning, events, state, occurrence: occurrence, suppression: suppression)
    }

    /// The condition holds with `severity`.
    static func held(
        _ severity: Severity, _ events: [AlertEvent.Change], _ state: AlertState, occurrence: Int = 1,
        suppression: Suppression? = nil
    ) -> Cycle {
        Cycle(holds: severity, events: events, state: state, occurrence: occurrence, suppression: suppression)
    }

    static func clear(
        _ events: [AlertEvent.Change], _ state: AlertState?, occurrence: Int? = 1, suppression: Suppression? = nil,
        dropped: Bool = false
    ) -> Cycle {
        Cycle(
            holds: nil, events: events, state: state, occurrence: occurrence, suppression: suppression,
            dropped: dropped)
    }

    /// The same cycle, preceded by an acknowledgement.
    func afterAcknowledgement(by person: String) -> Cycle {
        var cycle = self
        cycle.acknowledgedBy = person
        return cycle
    }
}

/// Runs a table for `identity`, one cycle an hour, checking every row.
func run(
    _ table: [Cycle], for identity: AlertIdentity = torbayThreshold, silences: [Silence] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    var harness = Harness()
    for (number, row) in table.enumerated() {
        let label: Comment = "cycle \(number + 1)"
        var events: [AlertEvent] = []
        if let person = row.acknowledgedBy {
            events.append(
                try harness.acknowledge(identity, by: person, note: "on it", at: hour(number, minutes: -30)))
        }
        let step = harness.cycle(
            row.holds.map { [condition(identity, $0)] } ?? [], silences: silences, at: hour(number))
        events += step.events
        let record = step.records.first { $0.identity == identity }
        #expect(events.map(\.change) == row.events, label, sourceLocation: sourceLocation)
        #expect(record?.state == row.state, label, sourceLocation: sourceLocation)
        #expect(record?.occurrence == row.occurrence, label, sourceLocation: sourceLocation)
        #expect(record?.suppression == row.suppression, label, sourceLocation: sourceLocation)
        #expect(step.dropped == (row.dropped ? [identity] : []), label, sourceLocation: sourceLocation)
        // Every event is about this occurrence and leaves it in the row's state.
        #expect(events.allSatisfy { $0.identity == identity }, label, sourceLocation: sourceLocation)
        #expect(events.allSatisfy { $0.occurrence == row.occurrence }, label, sourceLocation: sourceLocation)
        #expect(events.allSatisfy { $0.state == row.state }, label, sourceLocation: sourceLocation)
    }
}
