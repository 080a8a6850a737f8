import Foundation
import TestSupport
import Testing

@Suite struct CustomIndicatorTests {
    static let good = """
        -- id: local_reports_submitted
        -- title: Court reports submitted
        -- direction: higher
        -- period: quarter
        -- measure: count
        -- description: A council's own count: court reports submitted in the quarter.
        SELECT s.service_id, q.period_start, q.period_end, NULL::text AS breakdown, NULL::text AS unit_id,
               0::numeric AS numerator, NULL::numeric AS denominator
        FROM yot.services AS s, yotqa.quarters(yotqa.as_of(), yotqa.setting_integer('quarters')) AS q
        UNION ALL
        SELECT r.service_id, q.period_start, q.period_end, NULL, r.report_id, 1, NULL
        FROM yot.court_reports AS r
        JOIN yotqa.quarters(yotqa.as_of(), yotqa.setting_integer('quarters')) AS q
          ON r.submitted_on BETWEEN q.period_start AND q.period_end
        """

    static let broken = """
        -- id: local_broken
        -- title: Broken
        -- direction: higher
        -- period: quarter
        -- measure: count
        -- description: Names a table that does not exist.
        SELECT service_id, NULL::date AS period_start, NULL::date AS period_end, NULL::text AS breakdown,
               NULL::text AS unit_id, 0::numeric AS numerator, NULL::numeric AS denominator
        FROM yot.no_such_table
        """

    @Test func checkConfigReportsABrokenCustomQueryWithItsFileAndComputeRunsAGoodOne() async throws {
        try await TestDatabase.withScratch("custom") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await TestDatabase.createSchemas(connection)
            try await connection.query("INSERT INTO yot.services VALUES ($1, $2)", "S1", "One")
            try await connection.query(
                "INSERT INTO yot.court_reports VALUES ('R1', 'C1', 'S1', '2024-01-02', '2024-01-20', '2024-01-19')")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("custom-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let goodFile = folder.appendingPathComponent("local_reports_submitted.sql").path
            let brokenFile = folder.appendingPathComponent("local_broken.sql").path
            try Self.good.write(toFile: goodFile, atomically: true, encoding: .utf8)
            try Self.broken.write(toFile: brokenFile, atomically: true, encoding: .utf8)

            let config = try YotqaProcess.writeConfig(
                conninfo: conninfo, extra: "indicators:\n  custom:\n    - \(goodFile)\n    - \(brokenFile)\n")
            defer { try? FileManager.default.removeItem(atPath: config) }
            let check = try YotqaProcess.run(["check-config", config])
            #expect(check.status == 78)
            #expect(
                check.stderr
                    == "\(brokenFile): the database rejected the query: relation \"yot.no_such_table\" does not exist "
                    + "(SQLSTATE 42P01)\n")

            // Without the broken one, the configuration checks and compute reports the council's figure.
            let fixed = try YotqaProcess.writeConfig(
                conninfo: conninfo, extra: "indicators:\n  quarters: 1\n  custom:\n    - \(goodFile)\n")
            defer { try? FileManager.default.removeItem(atPath: fixed) }
            #expect(try YotqaProcess.run(["check-config", fixed]).status == 0)
            let output = try YotqaProcess.run(
                ["compute", "--as-of", "2024-04-15", "--format", "json", "--indicator", "local_reports_submitted"],
                config: fixed)
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.contains(#""numerator":1"#))
            #expect(output.stdout.contains(#""period_start":"2024-01-01""#))
        }
    }
}
