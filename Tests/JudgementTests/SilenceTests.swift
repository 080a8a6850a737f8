import Foundation
import Testing

@testable import Judgement

@Suite struct SilenceTests {
    private func silence(_ id: Int, service: String?, indicator: String?, from: Date, to: Date) -> Silence {
        Silence(
            id: id, service: service, indicator: indicator, reason: "known", author: "Sam Jones", startsAt: from,
            endsAt: to)
    }

    private let torbayReviews = AlertIdentity(service: "torbay", indicator: "reviews_in_date", kind: .threshold)
    private let devonThreshold = AlertIdentity(service: "devon", indicator: "assessment_timely", kind: .threshold)
    private let torbayQuality = AlertIdentity(service: "torbay", indicator: nil, kind: .dataQuality)

    @Test func aServiceSilenceCoversEveryAlertOfThatService() {
        let torbay = silence(1, service: "torbay", indicator: nil, from: hour(0), to: hour(10))
        #expect(torbay.covers(torbayThreshold, at: hour(1)))
        #expect(torbay.covers(torbayReviews, at: hour(1)))
        #expect(torbay.covers(torbayQuality, at: hour(1)))
        #expect(!torbay.covers(devonThreshold, at: hour(1)))
    }

    @Test func anIndicatorSilenceCoversThatIndicatorInEveryService() {
        let timely = silence(2, service: nil, indicator: "assessment_timely", from: hour(0), to: hour(10))
        #expect(timely.covers(torbayThreshold, at: hour(1)))
        #expect(timely.covers(devonThreshold, at: hour(1)))
        #expect(!timely.covers(torbayReviews, at: hour(1)))
        #expect(!timely.covers(torbayQuality, at: hour(1)))
    }

    @Test func aSilenceOfBothCoversOnlyTheirAlerts() {
        let both = silence(3, service: "torbay", indicator: "assessment_timely", from: hour(0), to: hour(10))
        #expect(both.covers(torbayThreshold, at: hour(1)))
        #expect(!both.covers(devonThreshold, at: hour(1)))
        #expect(!both.covers(torbayReviews, at: hour(1)))
        // A silence that names neither covers nothing.
        let neither = silence(4, service: nil, indicator: nil, from: hour(0), to: hour(10))
        #expect(!neither.covers(torbayThreshold, at: hour(1)))
    }

    @Test func aSilenceIsInForceFromItsStartUntilItsEnd() {
        let torbay = silence(1, service: "torbay", indicator: nil, from: hour(2), to: hour(5))
        #expect(!torbay.covers(torbayThreshold, at: hour(2, minutes: -1)))
        #expect(torbay.covers(torbayThreshold, at: hour(2)))
        #expect(torbay.covers(torbayThreshold, at: hour(5, minutes: -1)))
        #expect(!torbay.covers(torbayThreshold, at: hour(5, minutes: 1)))
    }

    @Test func aSilenceThatStartsWhileFiringSuppressesItUntilItEnds() throws {
        // In force from 2:30 to 5:30; cycles run on the hour.
        let silences = [
            silence(7, service: "torbay", indicator: nil, from: hour(2, minutes: 30), to: hour(5, minutes: 30))
        ]
        try run(
            [
                .held([], .pending),
                .held([], .pending),
                .held([.fired], .firing),  // 2:00, before the silence
                .held([.suppressed], .firing, suppression: .silence(id: 7)),
                // The lifecycle carries on under the silence.
                .held(.critical, [.severityChanged], .firing, suppression: .silence(id: 7)),
                .held(.critical, [], .firing, suppression: .silence(id: 7)),  // 5:00, still in force
                .held(.critical, [.unsuppressed], .firing),  // 6:00, after it ended
                .held(.critical, [], .firing),
            ], silences: silences)
    }

    @Test func anAlertThatFiresUnderASilenceCarriesIt() throws {
        // In force from 0:00 to 4:30. A pending alert is not shown, so its suppression makes no event; the
        // occurrence fires as usual, and as it has told nobody anything yet, its firing under the silence
        // is followed by a `suppressed` event. The silence's end is an `unsuppressed` event.
        let silences = [
            silence(8, service: nil, indicator: "assessment_timely", from: hour(0), to: hour(4, minutes: 30))
        ]
        try run(
            [
                .held([], .pending, suppression: .silence(id: 8)),
                .held([], .pending, suppression: .silence(id: 8)),
                .held([.fired, .suppressed], .firing, suppression: .silence(id: 8)),
                .clear([], .firing, suppression: .silence(id: 8)),
                .held([], .firing, suppression: .silence(id: 8)),
                .held([.unsuppressed], .firing),
            ], silences: silences)
    }

    @Test func anAlertResolvesUnderASilence() throws {
        let silences = [silence(9, service: "torbay", indicator: nil, from: hour(2, minutes: 30), to: hour(10))]
        try run(
            [
                .held([], .pending),
                .held([], .pending),
                .held([.fired], .firing),
                .held([.suppressed], .firing, suppression: .silence(id: 9)),
                .clear([], .firing, suppression: .silence(id: 9)),
                // Resolved is final and sends nothing, so it carries no suppression and no `unsuppressed`.
                .clear([.resolved], .resolved),
            ], silences: silences)
    }

    @Test func onlyTheSilencedServicesAndIndicatorsAreHeldBack() {
        let all = [torbayThreshold, torbayReviews, devonThreshold, torbayQuality]
        for (silenced, covered) in [
            (
                silence(1, service: "torbay", indicator: nil, from: hour(3), to: hour(9)),
                [torbayThreshold, torbayReviews, torbayQuality]
            ),
            (
                silence(2, service: nil, indicator: "assessment_timely", from: hour(3), to: hour(9)),
                [torbayThreshold, devonThreshold]
            ),
        ] {
            var harness = Harness()
            for number in 0..<3 {
                _ = harness.cycle(all.map { condition($0) }, silences: [silenced], at: hour(number))
            }
            let step = harness.cycle(all.map { condition($0) }, silences: [silenced], at: hour(3))
            #expect(step.events.map(\.change).allSatisfy { $0 == .suppressed })
            #expect(Set(step.events.map(\.identity)) == Set(covered))
            for record in step.records {
                let expected: Suppression? = covered.contains(record.identity) ? .silence(id: silenced.id) : nil
                #expect(record.suppression == expected, "\(record.identity)")
            }
        }
    }
}
