import HTTPTypes
import HummingbirdTesting
import Testing

/// Silences through the API: created (201), listed, ended early, and audited.
@Suite struct SilenceRouteTests {
    @Test(arguments: Mode.allCases)
    func createListAndEnd(mode: Mode) async throws {
        try await HandBuilt.with("silences_\(mode)") { harness in
            let ends = instant(fromNow: 3 * 86400)
            try await harness.run(mode) { client in
                #expect(try await client.get("/v1/silences").json == ["silences": []])
                let created = try await client.post(
                    "/v1/silences",
                    json:
                        #"{"service": "S1", "indicator": "court_reports_timely", "reason": "new court officer", "ends_at": "\#(ends)"}"#
                )
                #expect(created.status == .created)
                let silence = created.json
                let id = try #require(silence["id"].int)
                #expect(silence["service"] == "S1")
                #expect(silence["indicator"] == "court_reports_timely")
                #expect(silence["reason"] == "new court officer")
                #expect(silence["author"] == "manager-token")
                #expect(silence["ends_at"] == .string(ends))
                #expect(silence["in_force"] == true)
                #expect(silence["ended_at"].isAbsent)

                // One that starts later is listed, not yet in force.
                let later = try await client.post(
                    "/v1/silences", as: .admin,
                    json:
                        #"{"indicator": "kpi_ete", "reason": "audit week", "starts_at": "\#(instant(fromNow: 86400))", "ends_at": "\#(ends)"}"#
                )
                #expect(later.status == .created)
                #expect(later.json["in_force"] == false)
                #expect(later.json["service"].isAbsent)

                let listed = try await client.get("/v1/silences").json["silences"].array
                #expect(listed.map(\.["id"]) == [later.json["id"], .number(Double(id))])
                #expect(listed[1] == silence)

                let ended = try await client.post("/v1/silences/\(id)/end")
                #expect(ended.status == .ok)
                #expect(ended.json["id"] == .number(Double(id)))
                #expect(ended.json["in_force"] == false)
                #expect(ended.json["ended_by"] == "manager-token")
                #expect(ended.json["ended_at"].string != nil)

                // Ended ones are left out unless asked for.
                let current = try await client.get("/v1/silences?include_ended=false").json["silences"].array
                #expect(current.map(\.["id"]) == [later.json["id"]])
                let all = try await client.get("/v1/silences?include_ended=true").json["silences"].array
                #expect(all.map(\.["id"]) == [later.json["id"], .number(Double(id))])
                #expect(all[1] == ended.json)
            }
            let trail = try await auditTrail(harness.connection)
            #expect(trail.count == 3)
            #expect(trail[0].hasPrefix("manager-token silence_create silence "))
            #expect(trail[1].hasPrefix("admin-token silence_create silence "))
            #expect(trail[2].hasPrefix("manager-token silence_end silence "))
            let stored = try await harness.connection.query(
                "SELECT author, ended_by FROM yotqa.silences WHERE service_id = 'S1'")
            #expect(try stored[0].decode(String.self, "author") == "manager-token")
            #expect(try stored[0].decode(String?.self, "ended_by") == "manager-token")
        }
    }

    /// A silence with no `starts_at` starts now and is in force in the 201 response itself (its
    /// start goes through PostgreSQL's microseconds and back; about half of the instants round up).
    @Test(arguments: Mode.allCases)
    func aSilenceStartingNowIsInForceAtOnce(mode: Mode) async throws {
        try await HandBuilt.with("silence_now_\(mode)") { harness in
            try await harness.run(mode) { client in
                for index in 1...16 {
                    let created = try await client.post(
                        "/v1/silences",
                        json: #"{"service": "S1", "reason": "try \#(index)", "ends_at": "\#(instant(fromNow: 3600))"}"#)
                    #expect(created.status == .created)
                    #expect(created.json["in_force"] == true, "silence \(index): \(created.text)")
                }
            }
        }
    }

    /// RFC 3339 with an offset and fractions of a second, read as the instant it names.
    @Test(arguments: Mode.allCases)
    func offsetsAndFractions(mode: Mode) async throws {
        try await HandBuilt.with("silence_offset_\(mode)") { harness in
            try await harness.run(mode) { client in
                let created = try await client.post(
                    "/v1/silences",
                    json:
                        #"{"service": "S2", "reason": "r", "starts_at": "2030-06-01T10:00:00.250+01:00", "ends_at": "2030-06-02T00:00:00-05:00"}"#
                )
                #expect(created.status == .created)
                #expect(created.json["starts_at"] == "2030-06-01T09:00:00Z")
                #expect(created.json["ends_at"] == "2030-06-02T05:00:00Z")
                #expect(created.json["in_force"] == false)
            }
        }
    }
}
