import Testing

@testable import Judgement

/// A lifecycle table, named for the test report.
struct Lifecycle: Sendable, CustomTestStringConvertible {
    var name: String
    var table: [Cycle]
    var testDescription: String { name }
}

/// The alert lifecycle as tables of cycles in, events out, with AlertPolicy(fireAfter: 3, resolveAfter: 2).
@Suite struct AlertLifecycleTests {
    static let tables: [Lifecycle] = [
        Lifecycle(
            name: "fires after three cycles held",
            table: [
                .held([], .pending),
                .held([], .pending),
                .held([.fired], .firing),
                .held([], .firing),
            ]),
        Lifecycle(
            name: "a flap while firing fires once",
            table: [
                .held([], .pending),
                .held([], .pending),
                .held([.fired], .firing),
                .clear([], .firing),  // clear for 1 cycle of 2: still firing
                .held([], .firing),  // held again: no second `fired`
                .clear([], .firing),
                .held([], .firing),
                .clear([], .firing),
                .clear([.resolved], .resolved),
            ]),
        Lifecycle(
            name: "a pending alert that clears is dropped, and counts from 1 again",
            table: [
                .held([], .pending),
                .held([], .pending),
                .clear([], nil, occurrence: nil, dropped: true),
                .held([], .pending),  // the same first occurrence, from the start
                .held([], .pending),
                .clear([], nil, occurrence: nil, dropped: true),
                .clear([], nil, occurrence: nil),  // nothing left to drop
                .held([], .pending),
                .held([], .pending),
                .held([.fired], .firing),
            ]),
        Lifecycle(
            name: "resolves after two clear cycles; coming back is a new occurrence",
            table: [
                .held([], .pending),
                .held([], .pending),
                .held([.fired], .firing),
                .clear([], .firing),
                .clear([.resolved], .resolved),
                .clear([], nil, occurrence: nil),  // resolved is final: nothing follows it
                .held([], .pending, occurrence: 2),
                .held([], .pending, occurrence: 2),
                .held([.fired], .firing, occurrence: 2),
                .clear([], .firing, occurrence: 2),
                .clear([.resolved], .resolved, occurrence: 2),
                .held([], .pending, occurrence: 3),
            ]),
        Lifecycle(
            name: "severity changes while firing",
            table: [
                .held(.warning, [], .pending),
                .held(.critical, [], .pending),  // no event while pending
                .held(.warning, [.fired], .firing),  // a change of severity does not restart the count
                .held(.critical, [.severityChanged], .firing),
                .held(.critical, [], .firing),
                .held(.warning, [.severityChanged], .firing),
            ]),
        Lifecycle(
            name: "an acknowledged alert stays until it is clear, then resolves",
            table: [
                .held([], .pending),
                .held([], .pending),
                .held([.fired], .firing),
                .held([.acknowledged], .acknowledged).afterAcknowledgement(by: "Sam Jones"),
                .held([], .acknowledged),
                .held(.critical, [.severityChanged], .acknowledged),
                .clear([], .acknowledged),
                .held(.critical, [], .acknowledged),  // a flap does not undo the acknowledgement
                .clear([], .acknowledged),
                .clear([.resolved], .resolved),
                .held([], .pending, occurrence: 2),  // the next occurrence is not acknowledged
            ]),
    ]

    @Test(arguments: tables)
    func lifecycle(_ lifecycle: Lifecycle) throws {
        try run(lifecycle.table)
    }

    @Test func fireAfterOneFiresAtOnce() {
        var harness = Harness(policy: AlertPolicy(fireAfter: 1, resolveAfter: 1))
        let fired = harness.cycle([condition(torbayThreshold)], at: hour(0))
        #expect(fired.events.map(\.change) == [.fired])
        let resolved = harness.cycle([], at: hour(1))
        #expect(resolved.events.map(\.change) == [.resolved])
    }

    @Test func countersAndTimesOfAnOccurrence() throws {
        var harness = Harness()
        for number in 0..<3 {
            _ = harness.cycle([condition(torbayThreshold)], at: hour(number))
        }
        let firing = try #require(harness.record(torbayThreshold))
        // Held for 3 cycles, fired in the third (hour 2); since is when it entered its state.
        #expect(firing.heldCycles == 3)
        #expect(firing.clearCycles == 0)
        #expect(firing.firedAt == hour(2))
        #expect(firing.since == hour(2))
        _ = harness.cycle([], at: hour(3))
        let clearing = try #require(harness.record(torbayThreshold))
        #expect(clearing.heldCycles == 0)
        #expect(clearing.clearCycles == 1)
        let step = harness.cycle([], at: hour(4))
        let resolved = try #require(step.records.first)
        #expect(resolved.resolvedAt == hour(4))
        #expect(resolved.since == hour(4))
        #expect(resolved.firedAt == hour(2))
        #expect(harness.open.isEmpty)
        #expect(harness.lastOccurrence == [torbayThreshold: 1])
    }

    @Test func eachAlertFollowsItsOwnCounts() {
        // Two alerts starting one cycle apart fire one cycle apart.
        let other = AlertIdentity(service: "devon", indicator: "assessment_timely", kind: .threshold)
        var harness = Harness()
        #expect(harness.cycle([condition(torbayThreshold)], at: hour(0)).events.isEmpty)
        #expect(harness.cycle([condition(torbayThreshold), condition(other)], at: hour(1)).events.isEmpty)
        let third = harness.cycle([condition(torbayThreshold), condition(other)], at: hour(2))
        #expect(third.events.map(\.identity) == [torbayThreshold])
        let fourth = harness.cycle([condition(torbayThreshold), condition(other)], at: hour(3))
        #expect(fourth.events.map(\.identity) == [other])
    }
}
