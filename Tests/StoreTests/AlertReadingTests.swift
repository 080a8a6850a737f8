import Foundation
import Judgement
import Postgres
import Store
import Testing

@Suite struct AlertReadingTests {
    static let noon = Date(timeIntervalSince1970: 1_782_907_200)  // 2026-07-01 12:00 UTC
    static let hour: TimeInterval = 3600

    @Test func anAlertIsFoundByIDUnlessItIsPendingOrMissing() async throws {
        try await withSchemas("alert_by_id") { connection in
            let rows = try await connection.query(
                """
                INSERT INTO yotqa.alerts (service_id, indicator, kind, occurrence, state, severity, cause,
                                          held_cycles, clear_cycles, since, fired_at)
                VALUES ('S1', 'court_reports_timely', 'threshold', 1, 'firing', 'critical', '66.7% < 75%', 2, 0,
                        $1, $1),
                       ('S2', 'court_reports_timely', 'threshold', 1, 'pending', 'warning', '80% < 90%', 1, 0,
                        $1, NULL)
                RETURNING alert_id
                """, Self.noon)
            let firing = try rows[0].decode(Int.self, 0)
            let pending = try rows[1].decode(Int.self, 0)

            let alert = try #require(try await AlertStore.alert(id: firing, on: connection))
            #expect(alert.alertID == firing)
            #expect(
                alert.record.identity
                    == AlertIdentity(service: "S1", indicator: "court_reports_timely", kind: .threshold))
            #expect(alert.record.state == .firing)
            #expect(alert.record.severity == .critical)
            #expect(alert.record.firedAt == Self.noon)
            #expect(alert == (try await AlertStore.list(on: connection)).first)

            #expect(try await AlertStore.alert(id: pending, on: connection) == nil)
            #expect(try await AlertStore.alert(id: firing + pending + 100, on: connection) == nil)
        }
    }

    @Test func silenceListShowsCurrentAndFutureAndEndedOnRequest() async throws {
        try await withSchemas("silence_list") { connection in
            let noon = Self.noon
            let hour = Self.hour
            func create(_ reason: String, from start: TimeInterval, to end: TimeInterval) async throws -> Int {
                try await AlertStore.createSilence(
                    service: "S1", indicator: nil, reason: reason, author: "alice",
                    startsAt: noon.addingTimeInterval(start * hour), endsAt: noon.addingTimeInterval(end * hour),
                    on: connection)
            }
            let current = try await create("current", from: -1, to: 1)
            let future = try await create("future", from: 24, to: 48)
            let expired = try await create("expired", from: -48, to: -24)
            let endedEarly = try await create("ended early", from: -1, to: 24)
            #expect(
                try await AlertStore.endSilence(
                    endedEarly, by: "bob", on: connection, at: noon.addingTimeInterval(-0.5 * hour)))

            let open = try await AlertStore.silenceList(includingEnded: false, at: noon, on: connection)
            #expect(open.map(\.silence.id) == [future, current])
            #expect(open.allSatisfy { $0.endedAt == nil && $0.endedBy == nil })
            let first = try #require(open.last)
            #expect(
                first.silence
                    == Silence(
                        id: current, service: "S1", indicator: nil, reason: "current", author: "alice",
                        startsAt: noon.addingTimeInterval(-hour), endsAt: noon.addingTimeInterval(hour)))

            let all = try await AlertStore.silenceList(includingEnded: true, at: noon, on: connection)
            #expect(all.map(\.silence.id) == [endedEarly, expired, future, current])
            #expect(all[0].endedAt == noon.addingTimeInterval(-0.5 * hour))
            #expect(all[0].endedBy == "bob")
            // Run to its end, not ended by anybody.
            #expect(all[1].endedAt == nil && all[1].endedBy == nil)

            // Two days on, only the one that started tomorrow is still current.
            let later = try await AlertStore.silenceList(
                includingEnded: false, at: noon.addingTimeInterval(47 * hour), on: connection)
            #expect(later.map(\.silence.id) == [future])
        }
    }
}
