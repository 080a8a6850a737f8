import HTTPTypes
import HummingbirdTesting
import Indicators
import Postgres
import Testing

/// The records behind a figure of a real cycle: the engine's drill-down, by identifier only, audited.
@Suite struct RecordRouteTests {
    @Test(arguments: Mode.allCases)
    func theRecordsCountedAgainstAFigure(mode: Mode) async throws {
        try await CycleFixture.with("records_\(mode)") { harness, _ in
            let engine = Engine(catalogue: CycleFixture.catalogue)
            let settings = CycleFixture.settings(CycleFixture.asOf)
            let against = try await engine.drillDown(
                "court_reports_timely", service: "S1", periodStart: CycleFixture.quarter, breakdown: nil,
                againstOnly: true, on: harness.connection, settings: settings)
            let all = try await engine.drillDown(
                "court_reports_timely", service: "S1", periodStart: CycleFixture.quarter, breakdown: nil,
                againstOnly: false, on: harness.connection, settings: settings)
            // R5 and R6 were late; all six were due.
            #expect(against.map(\.unitID) == ["R5", "R6"])
            #expect(all.map(\.unitID) == ["R1", "R2", "R3", "R4", "R5", "R6"])

            try await harness.run(mode) { client in
                let base = "/v1/indicators/court_reports_timely/records?service=S1&period_start=2024-01-01"
                let response = try await client.get(base, as: .manager)
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl] == "no-store")
                let body = response.json
                #expect(body["service"] == ["id": "S1", "name": "North"])
                #expect(body["indicator"] == "court_reports_timely")
                #expect(body["period_start"] == "2024-01-01")
                #expect(body["scope"] == "against")
                #expect(body["count"] == 2)
                let records = body["records"].array
                #expect(records.map(\.["id"].string) == against.map(\.unitID))
                for (json, unit) in zip(records, against) {
                    #expect(json["numerator"] == unit.numerator.map(JSONValue.number) ?? .absent)
                    #expect(json["denominator"] == unit.denominator.map(JSONValue.number) ?? .absent)
                    // Identifiers and counts only: nothing else about a child.
                    #expect(json.keys.isSubset(of: ["id", "numerator", "denominator"]))
                }
                #expect(records.map(\.["numerator"]) == [0, 0])
                #expect(records.map(\.["denominator"]) == [1, 1])

                let everything = try await client.get(base + "&scope=all", as: .admin).json
                #expect(everything["scope"] == "all")
                #expect(everything["count"] == 6)
                #expect(everything["records"].array.map(\.["id"].string) == all.map(\.unitID))
            }
            let trail = try await auditTrail(harness.connection)
            #expect(
                trail == [
                    "manager-token drill_down indicator court_reports_timely service S1 period 2024-01-01",
                    "admin-token drill_down indicator court_reports_timely service S1 period 2024-01-01",
                ])
            let details = try await harness.connection.query(
                "SELECT detail FROM yotqa.audit_log ORDER BY audit_id"
            ).map { row throws(PostgresError) in try row.decode(String.self, 0) }
            #expect(details == ["scope against, 2 records", "scope all, 6 records"])
        }
    }
}
