import Foundation
import Testing

@testable import Judgement

/// Stale data for a service freezes its value alerts (threshold, spc_concern, assurance_fail).
@Suite struct StaleDataTests {
    private let threshold = torbayThreshold
    private let concern = AlertIdentity(service: "torbay", indicator: "assessment_timely", kind: .spcConcern)
    private let assurance = AlertIdentity(service: "torbay", indicator: "assessment_timely", kind: .assuranceFail)
    private let reviews = AlertIdentity(service: "torbay", indicator: "reviews_in_date", kind: .threshold)
    private let devon = AlertIdentity(service: "devon", indicator: "assessment_timely", kind: .threshold)
    private let quality = AlertIdentity(service: "torbay", indicator: nil, kind: .dataQuality)
    private let failed = AlertIdentity(service: nil, indicator: "assessment_timely", kind: .computeFailed)
    private let stale = AlertIdentity(service: "torbay", indicator: nil, kind: .staleData)

    private func record(_ identity: AlertIdentity, _ state: AlertState, held: Int, clear: Int) -> AlertRecord {
        AlertRecord(
            identity: identity, occurrence: 1, state: state, severity: .warning, cause: "\(identity)", heldCycles: held,
            clearCycles: clear, since: hour(0), firedAt: state == .pending ? nil : hour(0))
    }

    /// Before the data went stale: every alert open, in a state one cycle from changing.
    private var open: [AlertRecord] {
        [
            record(threshold, .firing, held: 3, clear: 0),  // would start to clear
            record(concern, .pending, held: 2, clear: 0),  // would fire on one more cycle held
            record(assurance, .firing, held: 0, clear: 1),  // would resolve on one more cycle clear
            record(devon, .firing, held: 0, clear: 1),
            record(quality, .firing, held: 5, clear: 0),
            record(failed, .firing, held: 3, clear: 0),
        ]
    }

    @Test func staleDataFreezesOnlyThatServicesValueAlerts() throws {
        var harness = Harness(open: open)
        // Cycle 1 (hour 10): torbay is stale; the concern holds; nothing else does; a new torbay threshold holds.
        let first = harness.cycle([condition(stale), condition(concern), condition(reviews)], at: hour(10))
        let byIdentity = Dictionary(uniqueKeysWithValues: first.records.map { ($0.identity, $0) })
        for frozen in open.prefix(3) {
            // Counters, state and times unchanged: held back, not fired, not resolved.
            var expected = frozen
            expected.suppression = .staleData
            #expect(byIdentity[frozen.identity] == expected, "\(frozen.identity)")
        }
        // A new value condition of a stale service does not even start.
        #expect(byIdentity[reviews] == nil)
        // Another service's alert goes on: devon was clear for a second cycle and resolves.
        #expect(byIdentity[devon]?.state == .resolved)
        #expect(byIdentity[devon]?.suppression == nil)
        // torbay's data-quality alert and the installation's failed query are not value alerts: they count on.
        #expect(byIdentity[quality]?.clearCycles == 1)
        #expect(byIdentity[quality]?.suppression == nil)
        #expect(byIdentity[failed]?.clearCycles == 1)
        #expect(byIdentity[failed]?.suppression == nil)
        // The stale data alert itself begins its own lifecycle.
        #expect(byIdentity[stale]?.state == .pending)
        #expect(byIdentity[stale]?.occurrence == 1)
        // Events, in identity order: devon resolves; the firing torbay value alerts are held back
        // (the pending one makes no event: it is not shown).
        #expect(first.events.map(\.identity) == [devon, threshold, assurance])
        #expect(first.events.map(\.change) == [.resolved, .suppressed, .suppressed])

        // Cycle 2 (hour 11): still stale, nothing holds. The frozen alerts stay as they were, without new events.
        let second = harness.cycle([condition(stale)], at: hour(11))
        let secondByIdentity = Dictionary(uniqueKeysWithValues: second.records.map { ($0.identity, $0) })
        for frozen in open.prefix(3) {
            #expect(secondByIdentity[frozen.identity] == byIdentity[frozen.identity], "\(frozen.identity)")
        }
        // (In identity order: no service sorts first.)
        #expect(second.events.map(\.identity) == [failed, quality])
        #expect(second.events.map(\.change) == [.resolved, .resolved])

        // Cycle 3 (hour 12): the data are fresh again and the concern still holds. The counts go on from
        // where they were frozen: the concern's third cycle held fires it, the assurance alert's second
        // clear cycle resolves it, the threshold's first clear cycle leaves it firing. The threshold alert
        // had been held back while firing, so it is `unsuppressed`; the concern fires only now, and had told
        // nobody anything while held back, so it just fires.
        let third = harness.cycle([condition(concern)], at: hour(12))
        #expect(third.dropped == [stale])
        let thirdByIdentity = Dictionary(uniqueKeysWithValues: third.records.map { ($0.identity, $0) })
        #expect(thirdByIdentity[threshold]?.state == .firing)
        #expect(thirdByIdentity[threshold]?.clearCycles == 1)
        #expect(thirdByIdentity[concern]?.state == .firing)
        #expect(thirdByIdentity[concern]?.heldCycles == 3)
        #expect(thirdByIdentity[assurance]?.state == .resolved)
        #expect(third.records.allSatisfy { $0.suppression == nil })
        #expect(third.events.map(\.identity) == [threshold, concern, assurance])
        #expect(third.events.map(\.change) == [.unsuppressed, .fired, .resolved])
    }

    @Test func aPendingAlertDoesNotFireWhileStale() {
        var harness = Harness(open: [record(concern, .pending, held: 2, clear: 0)])
        for number in 0..<4 {
            let step = harness.cycle([condition(stale), condition(concern)], at: hour(number))
            #expect(!step.events.contains { $0.identity == concern })
            #expect(harness.record(concern)?.heldCycles == 2)
            #expect(harness.record(concern)?.state == .pending)
            #expect(harness.record(concern)?.suppression == .staleData)
        }
    }

    @Test func anotherServicesStaleDataChangesNothing() {
        let devonStale = AlertIdentity(service: "devon", indicator: nil, kind: .staleData)
        var harness = Harness(open: [record(threshold, .firing, held: 3, clear: 0)])
        let step = harness.cycle([condition(devonStale)], at: hour(1))
        #expect(harness.record(threshold)?.clearCycles == 1)
        #expect(harness.record(threshold)?.suppression == nil)
        #expect(step.events.isEmpty)
    }

    @Test func aSilenceIsNamedBeforeStaleData() {
        let silence = Silence(
            id: 5, service: "torbay", indicator: nil, reason: "migration", author: "Sam Jones", startsAt: hour(0),
            endsAt: hour(10))
        var harness = Harness(open: [record(threshold, .firing, held: 3, clear: 0)])
        let step = harness.cycle([condition(stale)], silences: [silence], at: hour(1))
        #expect(harness.record(threshold)?.suppression == .silence(id: 5))
        #expect(harness.record(threshold)?.clearCycles == 0)  // still frozen
        #expect(step.events.map(\.change) == [.suppressed])
    }
}
