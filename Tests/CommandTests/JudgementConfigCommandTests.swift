import Foundation
import Testing

/// Section judgement as `yotqa compute` applies it, checked against the catalogue.
@Suite struct JudgementConfigCommandTests {
    /// Thresholds that cannot be applied, and what the refusal must say.
    static let refused: [(yaml: String, message: String)] = [
        (
            "judgement:\n  thresholds:\n    no_such_indicator:\n      green: 80\n      red: 60\n",
            "judgement.thresholds.no_such_indicator: not an indicator of the catalogue"
        ),
        (
            "judgement:\n  thresholds:\n    assessment_timely:\n      green: 60\n      red: 70\n",
            "judgement.thresholds.assessment_timely: green 60 is below red 70, but higher is better"
        ),
        (
            "judgement:\n  thresholds:\n    assessment_timely:\n      green: 80\n      red: 70\n      services:\n"
                + "        S001:\n          green: 60\n          red: 70\n",
            "judgement.thresholds.assessment_timely.services.S001: green 60 is below red 70"
        ),
        (
            "judgement:\n  thresholds:\n    open_caseload:\n      green: 1\n      red: 2\n",
            "judgement.thresholds.open_caseload: the indicator is neutral"
        ),
    ]

    /// An unknown indicator, green below red when higher is better (for all or one service), or a neutral
    /// indicator: compute refuses to run and names the key.
    @Test func computeRefusesThresholdsItCannotApply() async throws {
        try await GeneratedData.withDatabase("badthresholds", generate: false) { conninfo, _ in
            for (yaml, message) in Self.refused {
                let config = try YotqaProcess.writeConfig(conninfo: conninfo, extra: yaml)
                defer { try? FileManager.default.removeItem(atPath: config) }
                let output = try YotqaProcess.run(["compute", "--as-of", GeneratedData.asOf], config: config)
                #expect(output.status != 0, "\(yaml)")
                #expect(output.stderr.contains(message), "\(output.stderr)")
                #expect(!output.stderr.contains("cycle "), "no cycle may run: \(output.stderr)")
            }
        }
    }

    /// The board's bounds replace the catalogue's, a service's own bounds win for that service, and the
    /// confidence level sets the width of the intervals.
    @Test func computeAppliesTheBoardsThresholdsAndConfidence() async throws {
        let board = """
            judgement:
              confidence: 0.5
              thresholds:
                assessment_timely:
                  green: 0
                  red: -1
                  services:
                    S001:
                      green: 101
                      red: 100

            """
        try await GeneratedData.withDatabase("board") { conninfo, config in
            let arguments = ["compute", "--as-of", GeneratedData.asOf, "--format", "json"]
            let standard = try Self.assessmentTimely(GeneratedData.succeed(arguments, config: config))
            let boardConfig = try YotqaProcess.writeConfig(conninfo: conninfo, extra: board)
            defer { try? FileManager.default.removeItem(atPath: boardConfig) }
            let judged = try Self.assessmentTimely(GeneratedData.succeed(arguments, config: boardConfig))
            #expect(judged.count == standard.count && !judged.isEmpty)
            let standardByKey = Dictionary(standard.map { (Self.key($0), $0) }) { first, _ in first }
            for after in judged where after["status"] as? String == "ok" {
                let before = try #require(standardByKey[Self.key(after)])
                let expected = after["service_id"] as? String == "S001" ? "red" : "green"
                #expect(after["rag"] as? String == expected, "\(after)")
                let width = { (row: [String: Any]) in
                    (row["ci_high"] as? Double ?? 0) - (row["ci_low"] as? Double ?? 0)
                }
                #expect(width(after) < width(before), "a 50% interval is narrower than a 95% one")
            }
        }
    }

    /// check-config holds thresholds and rebases against the catalogue, as compute does.
    @Test func checkConfigReportsThresholdsComputeRefuses() throws {
        for (yaml, message) in Self.refused {
            let config = try YotqaProcess.writeConfig(conninfo: "", extra: yaml)
            defer { try? FileManager.default.removeItem(atPath: config) }
            let output = try YotqaProcess.run(["check-config", "--offline", config])
            #expect(output.status == 78, "\(output.stdout)")
            #expect(output.stderr.contains(message))
        }
    }

    /// `compute --indicator X` must not refuse thresholds and rebases that name other indicators.
    @Test func computeOfOneIndicatorKeepsTheOthersThresholds() async throws {
        let extra = """
            judgement:
              thresholds:
                assessment_timely:
                  green: 85
                  red: 70
              rebases:
                - indicator: kpi_ete
                  from: 2025-04-01

            """
        try await GeneratedData.withDatabase("oneindicator", extra: extra) { _, config in
            let output = try YotqaProcess.run(
                ["compute", "--as-of", GeneratedData.asOf, "--indicator", "open_caseload"], config: config)
            #expect(output.status == 0, "\(output.stderr)")
        }
    }

    private static func key(_ row: [String: Any]) -> String {
        "\(row["service_id"] ?? "")|\(row["breakdown"] ?? "")|\(row["period_start"] ?? "")"
    }

    private static func assessmentTimely(_ output: YotqaProcess.Output) throws -> [[String: Any]] {
        try GeneratedData.objects(output.stdout).filter { $0["indicator"] as? String == "assessment_timely" }
    }
}
