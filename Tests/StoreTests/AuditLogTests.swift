import Foundation
import Postgres
import Store
import Testing

@Suite struct AuditLogTests {
    @Test func entriesComeBackNewestFirst() async throws {
        try await withSchemas("audit") { connection in
            #expect(try await AuditLog.recent(limit: 10, on: connection).isEmpty)
            try await AuditLog.write(actor: "alice", action: "acknowledge", target: "alert 12", on: connection)
            try await AuditLog.write(
                actor: "bob", action: "silence_create", target: "silence 3", detail: "until Monday", on: connection)
            try await AuditLog.write(
                actor: "alice", action: "drill_down",
                target: "indicator ot_initial_assessment service torbay period 2026-07-01", on: connection)

            let entries = try await AuditLog.recent(limit: 10, on: connection)
            #expect(entries.map(\.action) == ["drill_down", "silence_create", "acknowledge"])
            #expect(entries.map(\.actor) == ["alice", "bob", "alice"])
            #expect(entries[1].target == "silence 3")
            #expect(entries[1].detail == "until Monday")
            #expect(entries[2].detail == "")
            #expect(entries[0].id > entries[1].id && entries[1].id > entries[2].id)
            #expect(entries[0].at >= entries[2].at)
            #expect(abs(entries[0].at.timeIntervalSinceNow) < 60)

            let latest = try await AuditLog.recent(limit: 2, on: connection)
            #expect(latest == Array(entries.prefix(2)))
        }
    }

    @Test func theTimeOrdersEntriesBeforeTheirIDs() async throws {
        try await withSchemas("audit_order") { connection in
            try await connection.query(
                """
                INSERT INTO yotqa.audit_log (at, actor, action, target) VALUES
                  ('2026-07-02 10:00+00', 'a', 'later', 'alert 1'),
                  ('2026-07-01 10:00+00', 'a', 'earlier', 'alert 1')
                """)
            let entries = try await AuditLog.recent(limit: 5, on: connection)
            #expect(entries.map(\.action) == ["later", "earlier"])
            #expect(entries[0].at == Date(timeIntervalSince1970: 1_782_986_400))
        }
    }
}
