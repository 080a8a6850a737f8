import HTTPTypes
import HummingbirdTesting
import Testing

/// The cycle list, and asking for a cycle: an admin's request wakes the cycle service, which
/// records a new cycle and publishes its snapshot.
@Suite struct CycleRouteTests {
    @Test(arguments: Mode.allCases)
    func theCycleListShowsWhatFailed(mode: Mode) async throws {
        try await HandBuilt.with("cycle_list_\(mode)") { harness in
            try await harness.run(mode) { client in
                let cycles = try await client.get("/v1/cycles").json["cycles"].array
                #expect(cycles.count == 1)
                let cycle = cycles[0]
                #expect(cycle["as_of"] == "2024-04-15")
                #expect(cycle["started_at"] == "2024-04-15T08:00:00Z")
                #expect(cycle["finished_at"] == "2024-04-15T08:00:42Z")
                #expect(cycle["seconds"] == 42.5)
                #expect(cycle["computed"] == true)
                #expect(cycle["reused_cycle_id"].isAbsent)
                #expect(cycle["indicators"] == 30)
                #expect(cycle["failed"] == 1)
                #expect(cycle["values"] == 15)
                #expect(cycle["changed"] == 15)
                #expect(
                    cycle["failures"] == [
                        ["indicator": "kpi_send_plan", "error": "canceling statement due to statement timeout"]
                    ])
                let ready = try await client.get("/health/ready", as: nil).json
                #expect(ready["status"] == "ready")
                #expect(ready["cycle_id"] == cycle["id"])
                #expect(ready["as_of"] == "2024-04-15")
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func anAdminsRequestRunsACycle(mode: Mode) async throws {
        try await CycleFixture.with("cycle_run_\(mode)") { harness, service in
            try await harness.run(mode, services: [service]) { client in
                let before = try await client.get("/v1/cycles").json["cycles"].array
                #expect(before.count == 2)
                let latest = try #require(before[0]["id"].int)
                #expect(try await client.get("/health/ready", as: nil).json["cycle_id"] == .number(Double(latest)))

                expectProblem(try await client.post("/v1/cycles", as: .manager), .forbidden)
                let queued = try await client.post("/v1/cycles", as: .admin)
                #expect(queued.status == .accepted)
                #expect(queued.json["status"] == "queued")

                // The service runs it in the background; the snapshot served moves on to it.
                var served = latest
                for _ in 0..<300 where served == latest {
                    try await Task.sleep(for: .milliseconds(100))
                    served = try await client.get("/health/ready", as: nil).json["cycle_id"].int ?? latest
                }
                #expect(served == latest + 1)
                let after = try await client.get("/v1/cycles").json["cycles"].array
                #expect(after.count == 3)
                #expect(after[0]["id"] == .number(Double(latest + 1)))
                #expect(after[0]["as_of"] == "2024-04-15")
                // The data had not changed: the new cycle kept the results of the first.
                #expect(after[0]["computed"] == false)
                #expect(after[0]["reused_cycle_id"] == after[1]["reused_cycle_id"])
                let list = try await client.get("/v1/indicators?service=S1").json
                #expect(list["snapshot"]["cycle_id"] == .number(Double(latest + 1)))
                // Its figures are those of the cycles before: 4 of 6 reports on time (4 shown as [c]).
                let court = list["indicators"].first(where: "id", is: "court_reports_timely")["latest"]
                #expect(court["numerator"] == "[c]")
                #expect(court["denominator"] == 6)
                #expect(abs((court["value"].number ?? 0) - 400.0 / 6) < 1e-9)
                #expect(court["rag"] == "red")
            }
            #expect(try await auditTrail(harness.connection) == ["admin-token cycle_trigger cycle"])
        }
    }
}
