import HTTPTypes
import HummingbirdTesting
import SwiftCSV
import Testing

/// Counts from 1 to 4 leave the service as `[c]`: numerators, denominators that are counts, and
/// the values of count indicators; 0 and 5 are shown.
@Suite struct SmallNumberTests {
    @Test(arguments: Mode.allCases)
    func inJSON(mode: Mode) async throws {
        try await HandBuilt.with("small_json_\(mode)") { harness in
            try await harness.run(mode) { client in
                let north = try await client.get("/v1/indicators?service=S1").json["indicators"]
                // 3 of 4 reports on time: both counts hidden, the percentage shown.
                let court = north.first(where: "id", is: "court_reports_timely")["latest"]
                #expect(court["numerator"] == "[c]")
                #expect(court["denominator"] == "[c]")
                #expect(court["value"] == 75)
                // A caseload of 3: a count indicator hides its value too.
                let caseload = north.first(where: "id", is: "open_caseload")["latest"]
                #expect(caseload["numerator"] == "[c]")
                #expect(caseload["value"] == "[c]")
                #expect(caseload["denominator"].isAbsent)
                // FTE is not a count: a denominator of 3 is shown.
                let perFTE = north.first(where: "id", is: "caseload_per_fte")["latest"]
                #expect(perFTE["denominator"] == 3)
                #expect(perFTE["numerator"] == 30)

                // 5 and 0 are shown.
                let history = try await client.get("/v1/indicators/court_reports_timely/history?service=S1")
                    .json["history"]
                #expect(history.array.map { $0["numerator"] } == [5, 0, "[c]"])
                #expect(history.array.map { $0["denominator"] } == [10, 8, "[c]"])
                let south = try await client.get("/v1/indicators?service=S2").json["indicators"]
                let empty = south.first(where: "id", is: "open_caseload")["latest"]
                #expect(empty["numerator"] == 0)
                #expect(empty["value"] == 0)

                // Breakdowns too: custody 5 of 6, then 2 of 3.
                let custody = try await client.get(
                    "/v1/indicators/kpi_ete/history?service=S1&breakdown=tier%3Dcustody"
                ).json["history"]
                #expect(custody.array.map { $0["numerator"] } == [5, "[c]"])
                #expect(custody.array.map { $0["denominator"] } == [6, "[c]"])
                #expect(custody.array.map { $0["value"] } == [83.25, 66.5])
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func inCSV(mode: Mode) async throws {
        try await HandBuilt.with("small_csv_\(mode)") { harness in
            try await harness.run(mode) { client in
                let list = try CSVTests.parse(try await client.get("/v1/indicators.csv?service=S1"))
                let rows = Dictionary(
                    uniqueKeysWithValues: list.rows.map { row in (row[2], CSVTests.named(list, row)) })
                #expect(rows["court_reports_timely"]?["numerator"] == "[c]")
                #expect(rows["court_reports_timely"]?["denominator"] == "[c]")
                #expect(rows["court_reports_timely"]?["value"] == "75")
                #expect(rows["open_caseload"]?["numerator"] == "[c]")
                #expect(rows["open_caseload"]?["value"] == "[c]")
                #expect(rows["open_caseload"]?["denominator"] == "")
                #expect(rows["caseload_per_fte"]?["denominator"] == "3")

                let history = try CSVTests.parse(
                    try await client.get("/v1/indicators/court_reports_timely/history.csv?service=S1"))
                let numerators = history.rows.map { CSVTests.named(history, $0)["numerator"] }
                #expect(numerators == ["5", "0", "[c]"])
                let south = try CSVTests.parse(try await client.get("/v1/indicators.csv?service=S2"))
                let caseload = try #require(south.rows.first { $0[2] == "open_caseload" })
                #expect(CSVTests.named(south, caseload)["numerator"] == "0")
            }
        }
    }
}
