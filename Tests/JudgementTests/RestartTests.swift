import Foundation
import Testing

@testable import Judgement

/// What a store keeps between cycles: the open occurrences, and the last occurrence number of each alert.
private struct Store {
    var open: [AlertIdentity: AlertRecord] = [:]
    var lastOccurrence: [AlertIdentity: Int] = [:]

    mutating func commit(_ step: AlertMachine.Step) {
        for identity in step.dropped {
            open[identity] = nil
        }
        for record in step.records {
            if record.state.isOpen {
                open[record.identity] = record
            } else {
                open[record.identity] = nil
                lastOccurrence[record.identity] = record.occurrence
            }
        }
    }

    mutating func save(_ records: [AlertRecord]) {
        for record in records {
            open[record.identity] = record
        }
    }

    /// A freshly started process, reading the open occurrences back (in no particular order).
    func load() -> Harness {
        Harness(open: open.values.sorted { $0.identity > $1.identity }, lastOccurrence: lastOccurrence)
    }
}

@Suite struct RestartTests {
    private static let devonConcern = AlertIdentity(service: "devon", indicator: "reviews_in_date", kind: .spcConcern)

    /// Fourteen cycles of two alerts: firing, flapping, acknowledged, silenced, resolved and back again.
    private static let script: [[AlertCondition]] = {
        let torbay = condition(torbayThreshold)
        let devon = condition(devonConcern, .critical)
        return [
            [torbay], [torbay, devon], [torbay, devon], [devon], [torbay, devon], [], [], [torbay],
            [torbay, devon], [torbay, devon], [torbay, devon], [devon], [], [],
        ]
    }()
    private static let silences = [
        Silence(
            id: 3, service: "devon", indicator: nil, reason: "known", author: "Sam Jones",
            startsAt: hour(4, minutes: 30),
            endsAt: hour(9, minutes: 30))
    ]

    @Test func aRestartBeforeEveryCycleChangesNothing() throws {
        var uninterrupted = Harness()
        var store = Store()
        var fired = 0
        for (number, conditions) in Self.script.enumerated() {
            if number == 4 {
                // Someone acknowledges torbay's alert (firing since cycle 3) just before cycle 5.
                let at = hour(number, minutes: -30)
                let expected = try uninterrupted.acknowledge(torbayThreshold, by: "Sam Jones", note: "on it", at: at)
                var restarted = store.load()
                #expect(try restarted.acknowledge(torbayThreshold, by: "Sam Jones", note: "on it", at: at) == expected)
                store.save(restarted.open)
            }
            let expected = uninterrupted.cycle(conditions, silences: Self.silences, at: hour(number))
            var restarted = store.load()
            let step = restarted.cycle(conditions, silences: Self.silences, at: hour(number))
            store.commit(step)
            #expect(step == expected, "cycle \(number + 1)")
            fired += step.events.filter { $0.change == .fired }.count
        }
        // torbay fires in cycles 3 and 10 (occurrences 1 and 2), devon in cycles 4 and 11: four in all.
        #expect(fired == 4)
        #expect(store.lastOccurrence == [torbayThreshold: 2, Self.devonConcern: 2])
        #expect(store.open.isEmpty)
    }

    @Test func aRestartNeverFiresAgainWhatIsFiring() throws {
        var store = Store()
        for number in 0..<3 {
            var harness = store.load()
            store.commit(harness.cycle([condition(torbayThreshold)], at: hour(number)))
        }
        #expect(store.open[torbayThreshold]?.state == .firing)
        // The next cycle after a restart: still held, still firing, no second `fired`.
        var restarted = store.load()
        let next = restarted.cycle([condition(torbayThreshold)], at: hour(3))
        #expect(next.events.isEmpty)
        #expect(next.records.first?.state == .firing)
        #expect(next.records.first?.firedAt == hour(2))
        #expect(next.records.first?.occurrence == 1)
    }

    @Test func aCycleRetriedAfterACrashGivesTheSameOutcome() {
        var store = Store()
        for number in 0..<2 {
            var harness = store.load()
            store.commit(harness.cycle([condition(torbayThreshold)], at: hour(number)))
        }
        // The third cycle fires; the process stops before the store commits it, and the retry starts from the
        // same records: the same step, with the one `fired` event.
        var first = store.load()
        let lost = first.cycle([condition(torbayThreshold)], at: hour(2))
        var retry = store.load()
        let retried = retry.cycle([condition(torbayThreshold)], at: hour(2))
        #expect(retried == lost)
        #expect(retried.events.map(\.change) == [.fired])
    }
}
