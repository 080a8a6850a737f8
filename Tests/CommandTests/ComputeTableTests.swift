import Foundation
import Testing

/// `yotqa compute` printing its table (the default format) on generated data, against the JSON
/// lines of the same figures.
@Suite struct ComputeTableTests {
    @Test("one block per service, in the order they first appear in the JSON lines, a row per value, lined up")
    func oneBlockPerServiceWithARowPerValue() async throws {
        try await GeneratedData.withDatabase("table") { _, config in
            let json = try GeneratedData.succeed(
                ["compute", "--as-of", GeneratedData.asOf, "--format", "json"], config: config)
            // The same data and as-of date again: the stored figures, kept, in the same order.
            let table = try GeneratedData.succeed(["compute", "--as-of", GeneratedData.asOf], config: config)
            // Services in the order they first appear in the lines, with how many lines each has.
            var expected: [(service: String, rows: Int)] = []
            for object in try GeneratedData.objects(json.stdout) {
                let service = object["service_id"] as? String ?? "(none)"
                if let index = expected.firstIndex(where: { $0.service == service }) {
                    expected[index].rows += 1
                } else {
                    expected.append((service, 1))
                }
            }
            #expect(expected.count >= 3, "the generated services and the data-quality row of no service")

            let blocks = table.stdout.components(separatedBy: "\nservice ").dropFirst()
            #expect(table.stdout.hasPrefix("\nservice "))
            #expect(blocks.count == expected.count)
            for (block, want) in zip(blocks, expected) {
                let lines = block.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                #expect(lines.first.map(String.init) == want.service)
                let header = try #require(lines.dropFirst().first)
                #expect(header.hasPrefix("indicator"))
                #expect(lines.count == 2 + want.rows, "service \(want.service): a header and a row per value")
                for line in lines {
                    #expect(line.last != " ", "no padding after the last column: \"\(line)\"")
                }
                // The value column is right-aligned: every row's value ends where the header's does.
                let valueEnd = try #require(header.range(of: "value")).upperBound
                let valueColumn = header.distance(from: header.startIndex, to: valueEnd)
                for row in lines.dropFirst(2) {
                    let cut = row.index(row.startIndex, offsetBy: valueColumn)
                    #expect(row[..<cut].last != " ", "\(row)")
                    #expect(row[cut...].first == " ", "\(row)")
                }
            }
        }
    }
}
