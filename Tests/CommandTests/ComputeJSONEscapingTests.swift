import Foundation
import TestSupport
import Testing

/// `yotqa compute --format json` writes its lines by hand: a council's own indicator whose
/// breakdown labels hold every kind of character JSON must escape, and figures with long
/// fractions, read back by a real JSON parser exactly as they were.
@Suite struct ComputeJSONEscapingTests {
    static let labels = [
        "say \"hi\" \\ back/slash", "line\nbreak\ttab\rreturn", "bell\u{07} \u{01} \u{1F} \u{08} \u{0C} end",
        "Ysgol Gymraeg – é ✓ 𝔘",
    ]

    /// One row per label and service: numerator 1 of denominator 3, and 2 of 3, so the values are
    /// 1 ÷ 3 × 100 = 33.333… and 2 ÷ 3 × 100 = 66.666… percent (in that order of operations, the
    /// doubles 33.33333333333333 and 66.66666666666666).
    static let indicator = """
        -- id: local_odd_labels
        -- title: Odd labels
        -- direction: higher
        -- period: quarter
        -- measure: percent
        -- breakdown: label
        -- description: Breakdown labels holding characters that JSON escapes.
        SELECT s.service_id, q.period_start, q.period_end, b.label AS breakdown, NULL::text AS unit_id,
               b.numerator::numeric AS numerator, 3::numeric AS denominator
        FROM yot.services AS s, yotqa.quarters(yotqa.as_of(), 1) AS q,
             (VALUES (E'say "hi" \\\\ back/slash', 1), (E'line\\nbreak\\ttab\\rreturn', 2),
                     (E'bell\\x07 \\x01 \\x1f \\b \\f end', 1), ('Ysgol Gymraeg – é ✓ 𝔘', 2)) AS b (label, numerator)
        """

    @Test func oddLabelsAndLongFractionsReadBackExactly() async throws {
        try await TestDatabase.withScratch("json_escaping") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await TestDatabase.createSchemas(connection)
            try await connection.query("INSERT INTO yot.services VALUES ($1, $2)", "S1", "One")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("odd-labels-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("local_odd_labels.sql")  // named by its id
            try Self.indicator.write(to: file, atomically: true, encoding: .utf8)
            let config = try YotqaProcess.writeConfig(
                conninfo: conninfo, extra: "indicators:\n  quarters: 1\n  custom:\n    - \(file.path)\n")
            defer { try? FileManager.default.removeItem(atPath: config) }
            let output = try YotqaProcess.run(
                ["compute", "--as-of", "2024-04-15", "--format", "json", "--indicator", "local_odd_labels"],
                config: config)
            try #require(output.status == 0, "\(output.stderr)")
            let lines = output.stdout.split(separator: "\n")
            #expect(lines.allSatisfy { !$0.contains("\n") && !$0.contains("\r") }, "one line each")
            var read: [String: Double] = [:]
            for line in lines {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                guard let label = object["breakdown"] as? String else { continue }  // the total row
                read[label] = try #require(object["value"] as? Double, "\(line)")
                #expect(object["denominator"] as? Double == 3)
            }
            #expect(Set(read.keys) == Set(Self.labels))
            #expect(read[Self.labels[0]] == 1.0 / 3.0 * 100)
            #expect(read[Self.labels[1]] == 2.0 / 3.0 * 100)
            #expect(output.stdout.contains(#""value":33.33333333333333,"#) == false, "value is the last key")
            #expect(output.stdout.contains(#""value":33.33333333333333}"#), "the shortest text that reads back")
            #expect(output.stdout.contains(#""denominator":3,"#), "a whole number without \".0\"")
        }
    }
}
