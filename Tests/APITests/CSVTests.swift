import API
import HTTPTypes
import HummingbirdTesting
import Store
import SwiftCSV
import Testing

/// The CSV files, opened by a real CSV parser: a byte-order mark, CRLF, quoting, and the same
/// figures as the JSON.
@Suite struct CSVTests {
    static let pointColumns = [
        "period_start", "period_end", "breakdown", "numerator", "denominator", "value", "status", "rag", "ci_low",
        "ci_high", "centre", "lower_limit", "upper_limit", "signals",
    ]
    static let listHeader =
        ["service_id", "service", "indicator", "title", "direction", "measure"] + pointColumns
        + ["assurance", "green", "red"]
    static let historyHeader = ["service_id", "indicator"] + pointColumns

    typealias Table = CSV<Enumerated>

    /// The body as a parsed CSV file, after checking the bytes Excel needs.
    static func parse(_ response: TestResponse, sourceLocation: SourceLocation = #_sourceLocation) throws -> Table {
        #expect(response.status == .ok, sourceLocation: sourceLocation)
        #expect(response.contentType == "text/csv; charset=utf-8", sourceLocation: sourceLocation)
        #expect(
            response.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"yotqa-") == true,
            sourceLocation: sourceLocation)
        let bytes = Array(buffer: response.body)
        #expect(
            Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a UTF-8 byte-order mark", sourceLocation: sourceLocation)
        #expect(Array(bytes.suffix(2)) == [0x0D, 0x0A], "CRLF at the end", sourceLocation: sourceLocation)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), sourceLocation: sourceLocation)
        return try CSV<Enumerated>(string: text, delimiter: .comma)
    }

    /// A JSON figure as its CSV cell must read: `[c]`, a number, or empty.
    static func expectCell(
        _ cell: String, _ json: JSONValue, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        switch json {
        case .number(let number):
            let parsed = Double(cell)
            #expect(parsed != nil, "\(what): '\(cell)'", sourceLocation: sourceLocation)
            if let parsed { #expect(abs(parsed - number) < 1e-6, "\(what)", sourceLocation: sourceLocation) }
        case .string(let text): #expect(cell == text, "\(what)", sourceLocation: sourceLocation)
        default: #expect(cell == "", "\(what): '\(cell)'", sourceLocation: sourceLocation)
        }
    }

    /// The point columns of a row against a JSON point.
    static func expectPoint(
        _ row: [String: String], _ point: JSONValue, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for (column, key) in [
            ("period_start", "period_start"), ("period_end", "period_end"), ("breakdown", "breakdown"),
            ("numerator", "numerator"), ("denominator", "denominator"), ("value", "value"), ("status", "status"),
            ("rag", "rag"),
        ] {
            expectCell(row[column] ?? "?", point[key], "\(what) \(column)", sourceLocation: sourceLocation)
        }
        expectCell(row["ci_low"] ?? "?", point["interval"]["low"], "\(what) ci_low", sourceLocation: sourceLocation)
        expectCell(row["ci_high"] ?? "?", point["interval"]["high"], "\(what) ci_high", sourceLocation: sourceLocation)
        expectCell(row["centre"] ?? "?", point["limits"]["centre"], "\(what) centre", sourceLocation: sourceLocation)
        expectCell(
            row["lower_limit"] ?? "?", point["limits"]["lower"], "\(what) lower", sourceLocation: sourceLocation)
        expectCell(
            row["upper_limit"] ?? "?", point["limits"]["upper"], "\(what) upper", sourceLocation: sourceLocation)
        let signals = point["signals"].array.map { signal in
            (signal["rule"].string ?? "") + (signal["variation"].string.map { ":" + $0 } ?? "")
        }
        #expect(row["signals"] == signals.joined(separator: " "), "\(what)", sourceLocation: sourceLocation)
    }

    static func named(_ csv: Table, _ row: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: zip(csv.header, row))
    }

    @Test(arguments: Mode.allCases)
    func theIndicatorListIsTheJSONsAsCSV(mode: Mode) async throws {
        try await HandBuilt.with("csv_list_\(mode)") { harness in
            try await harness.run(mode) { client in
                for service in [HandBuilt.north, HandBuilt.south] {
                    let json = try await client.get("/v1/indicators?service=\(service.id)").json["indicators"]
                    let byRoute = try Self.parse(try await client.get("/v1/indicators.csv?service=\(service.id)"))
                    let byAccept = try await client.get(
                        "/v1/indicators?service=\(service.id)", headers: [.accept: "text/csv"])
                    let negotiated = try Self.parse(byAccept)
                    #expect(negotiated.rows == byRoute.rows)

                    #expect(byRoute.header == Self.listHeader)
                    #expect(byRoute.rows.count == HandBuilt.catalogue.definitions.count)
                    #expect(byRoute.rows.count == json.array.count)
                    for (row, item) in zip(byRoute.rows.map { Self.named(byRoute, $0) }, json.array) {
                        let what = "\(service.id) \(row["indicator"] ?? "?")"
                        #expect(row["service_id"] == service.id)
                        // The name with a comma and quotes comes back whole.
                        #expect(row["service"] == service.name, "\(what)")
                        #expect(row["indicator"] == item["id"].string, "\(what)")
                        #expect(row["title"] == item["title"].string, "\(what)")
                        #expect(row["direction"] == item["direction"].string, "\(what)")
                        #expect(row["measure"] == item["measure"].string, "\(what)")
                        Self.expectCell(row["assurance"] ?? "?", item["assurance"], "\(what) assurance")
                        Self.expectCell(row["green"] ?? "?", item["thresholds"]["green"], "\(what) green")
                        Self.expectCell(row["red"] ?? "?", item["thresholds"]["red"], "\(what) red")
                        if item["latest"].isAbsent {
                            #expect(row["status"] == "no_data", "\(what)")
                            #expect(row["period_start"] == "", "\(what)")
                        } else {
                            Self.expectPoint(row, item["latest"], what)
                        }
                    }
                }
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func aHistoryIsTheJSONsSeriesAsCSV(mode: Mode) async throws {
        try await HandBuilt.with("csv_history_\(mode)") { harness in
            try await harness.run(mode) { client in
                for (indicator, breakdown, periods) in [
                    ("court_reports_timely", nil, 3), ("kpi_ete", "tier=custody", 2), ("open_caseload", nil, 2),
                ] {
                    let query =
                        "service=S1"
                        + (breakdown.map { "&breakdown=\($0.replacingOccurrences(of: "=", with: "%3D"))" } ?? "")
                    let json = try await client.get("/v1/indicators/\(indicator)/history?\(query)").json["history"]
                    let byRoute = try Self.parse(
                        try await client.get("/v1/indicators/\(indicator)/history.csv?\(query)"))
                    let negotiated = try Self.parse(
                        try await client.get(
                            "/v1/indicators/\(indicator)/history?\(query)",
                            headers: [.accept: "application/json;q=0.5, text/csv"]))
                    #expect(negotiated.rows == byRoute.rows)
                    #expect(byRoute.header == Self.historyHeader)
                    #expect(byRoute.rows.count == periods)
                    #expect(json.array.count == periods)
                    for (row, point) in zip(byRoute.rows.map { Self.named(byRoute, $0) }, json.array) {
                        #expect(row["service_id"] == "S1")
                        #expect(row["indicator"] == indicator)
                        #expect(row["breakdown"] == (breakdown ?? ""))
                        Self.expectPoint(row, point, "\(indicator) \(row["period_start"] ?? "?")")
                    }
                }
                // JSON when JSON is preferred, or nothing is said.
                for accept in ["application/json", "text/csv;q=0.2, application/json", "*/*"] {
                    let response = try await client.get(
                        "/v1/indicators/kpi_ete/history?service=S1", headers: [.accept: accept])
                    #expect(response.contentType == "application/json; charset=utf-8", "\(accept)")
                }
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func cellsThatExcelWouldMisreadAreQuotedOrDefused(mode: Mode) async throws {
        try await HandBuilt.with("csv_cells_\(mode)") { harness in
            let snapshot = try #require(harness.snapshots.snapshot)
            let tricky = [
                ServiceName(id: "S1", name: "Line one\r\nline two"),
                ServiceName(id: "S2", name: "=HYPERLINK(\"http://example.org\")"),
            ]
            harness.snapshots.publish(
                Snapshot(
                    cycle: snapshot.cycle, services: tricky, definitions: snapshot.definitions,
                    judgement: snapshot.judgement, values: HandBuilt.points.map(\.judged), alerts: snapshot.alerts))
            try await harness.run(mode) { client in
                let first = try Self.parse(try await client.get("/v1/indicators.csv?service=S1"))
                #expect(first.rows.count == HandBuilt.catalogue.definitions.count)
                #expect(first.rows.allSatisfy { $0[1] == "Line one\r\nline two" })
                let second = try Self.parse(try await client.get("/v1/indicators.csv?service=S2"))
                #expect(second.rows.allSatisfy { $0[1] == "'=HYPERLINK(\"http://example.org\")" })
            }
        }
    }
}
