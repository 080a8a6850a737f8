import Foundation
import Testing

@testable import Judgement

@Suite struct AcknowledgeTests {
    private func record(_ state: AlertState) -> AlertRecord {
        AlertRecord(
            identity: torbayThreshold, occurrence: 2, state: state, severity: .critical, cause: "58.0%, red",
            heldCycles: 3, clearCycles: 0, since: hour(0), firedAt: state == .pending ? nil : hour(0))
    }

    @Test func firingBecomesAcknowledged() throws {
        let (acknowledged, event) = try AlertMachine.acknowledge(
            record(.firing), by: "Sam Jones", note: "called the team manager", at: hour(1))
        #expect(acknowledged.state == .acknowledged)
        #expect(acknowledged.since == hour(1))
        #expect(acknowledged.firedAt == hour(0))
        #expect(
            acknowledged.acknowledgement
                == AlertRecord.Acknowledgement(by: "Sam Jones", at: hour(1), note: "called the team manager"))
        #expect(event.change == .acknowledged)
        #expect(event.state == .acknowledged)
        #expect(event.identity == torbayThreshold)
        #expect(event.occurrence == 2)
        #expect(event.at == hour(1))
        #expect(event.actor == "Sam Jones")
        #expect(event.cause == "called the team manager")
    }

    @Test func aNoteIsNotRequired() throws {
        let (_, event) = try AlertMachine.acknowledge(record(.firing), by: "Sam Jones", note: "", at: hour(1))
        #expect(event.cause == "acknowledged")
        #expect(event.actor == "Sam Jones")
    }

    @Test func acknowledgingTwiceIsRefused() throws {
        let (acknowledged, _) = try AlertMachine.acknowledge(record(.firing), by: "Sam Jones", note: "", at: hour(1))
        let error = #expect(throws: AlertActionError.self) {
            try AlertMachine.acknowledge(acknowledged, by: "Alex Lee", note: "", at: hour(2))
        }
        #expect(error?.description.contains("already acknowledged by Sam Jones") == true)
    }

    @Test func onlyAFiringAlertCanBeAcknowledged() {
        #expect(throws: AlertActionError.self) {
            try AlertMachine.acknowledge(record(.pending), by: "Sam Jones", note: "", at: hour(1))
        }
        #expect(throws: AlertActionError.self) {
            try AlertMachine.acknowledge(record(.resolved), by: "Sam Jones", note: "", at: hour(1))
        }
    }

    @Test func anAcknowledgementNeedsAName() {
        #expect(throws: AlertActionError.self) {
            try AlertMachine.acknowledge(record(.firing), by: "", note: "on it", at: hour(1))
        }
    }

    @Test func anAcknowledgedAlertStillResolvesWhenClear() throws {
        var harness = Harness()
        for number in 0..<3 {
            _ = harness.cycle([condition(torbayThreshold)], at: hour(number))
        }
        _ = try harness.acknowledge(torbayThreshold, by: "Sam Jones", note: "on it", at: hour(3))
        #expect(harness.cycle([], at: hour(4)).events.isEmpty)
        let step = harness.cycle([], at: hour(5))
        #expect(step.events.map(\.change) == [.resolved])
        #expect(step.records.first?.state == .resolved)
        // The resolved occurrence keeps who acknowledged it.
        #expect(step.records.first?.acknowledgement?.by == "Sam Jones")
    }
}
