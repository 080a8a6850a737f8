import Foundation
import Testing

@Suite struct DocsTests {
    /// docs/indicators.md is generated; this keeps the committed copy true to the catalogue.
    @Test func theCommittedReferenceIsWhatDocsPrints() throws {
        let config = try YotqaProcess.writeConfig(conninfo: "")
        defer { try? FileManager.default.removeItem(atPath: config) }
        let output = try YotqaProcess.run(["docs"], config: config)
        #expect(output.status == 0, "\(output.stderr)")
        let committed = try String(
            contentsOf: YotqaProcess.repository.appendingPathComponent("docs/indicators.md"), encoding: .utf8)
        #expect(output.stdout == committed, "run: yotqa docs > docs/indicators.md")
        // Every indicator of the catalogue has its section.
        let files = try FileManager.default.contentsOfDirectory(
            atPath: YotqaProcess.repository.appendingPathComponent("sql/indicators").path)
        for file in files where file.hasSuffix(".sql") {
            #expect(committed.contains("`\(file.dropLast(4))`"), "\(file) is not in docs/indicators.md")
        }
    }
}
