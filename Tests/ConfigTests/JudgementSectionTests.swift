import Config
import Dates
import Testing

@Suite("Section judgement")
struct JudgementSectionTests {
    static let database = "database:\n  conninfo: ''\n"

    /// Without the section, the catalogue's thresholds stand and the charts use 95% and runs of 7.
    @Test("defaults when absent")
    func defaults() throws {
        let config = try YotqaConfig.parse(yaml: Self.database, file: fixtureFile, environment: [:])
        #expect(config.judgement == JudgementConfig())
        #expect(config.judgement.confidence == 0.95)
        #expect(config.judgement.runLength == 7)
        #expect(config.judgement.thresholds.isEmpty)
        #expect(config.judgement.rebases.isEmpty)
    }

    /// Every key, including per-service bounds and a rebase with and without a service, is read.
    @Test("reads every key")
    func everyKey() throws {
        let yaml =
            Self.database + """
                judgement:
                  confidence: 0.9
                  run_length: 6
                  thresholds:
                    assessment_timely:
                      green: 85
                      red: 70.5
                      services:
                        torbay:
                          green: 90
                          red: 75
                    caseload_per_fte:
                      green: 9
                      red: -1
                  rebases:
                    - indicator: assessment_timely
                      service: torbay
                      from: 2025-04-01
                    - indicator: kpi_ete
                      from: 2024-01-01

                """
        let section = try YotqaConfig.parse(yaml: yaml, file: fixtureFile, environment: [:]).judgement
        #expect(section.confidence == 0.9)
        #expect(section.runLength == 6)
        #expect(
            section.thresholds == [
                "assessment_timely": ThresholdConfig(
                    green: 85, red: 70.5, services: ["torbay": ThresholdConfig.Bounds(green: 90, red: 75)]),
                "caseload_per_fte": ThresholdConfig(green: 9, red: -1),
            ])
        #expect(
            section.rebases == [
                RebaseConfig(
                    indicator: "assessment_timely", service: "torbay", from: try #require(LocalDate("2025-04-01"))),
                RebaseConfig(indicator: "kpi_ete", from: try #require(LocalDate("2024-01-01"))),
            ])
    }

    /// The ends of the confidence range are allowed; the comments of section judgement read as empty.
    @Test("bounds of confidence and an empty section", arguments: ["0.5", "0.999"])
    func confidenceBounds(_ text: String) throws {
        let yaml = Self.database + "judgement:\n  confidence: \(text)\n  thresholds:\n  rebases:\n"
        let section = try YotqaConfig.parse(yaml: yaml, file: fixtureFile, environment: [:]).judgement
        #expect(section.confidence == Double(text))
        #expect(section.thresholds.isEmpty && section.rebases.isEmpty)
    }

    /// Each impossible value names its file, line, column and key path, with what was expected.
    @Test("reports impossible values", arguments: BrokenFile.judgement)
    func broken(_ file: BrokenFile) {
        #expect(problems(in: file.yaml) == file.expected)
    }

    /// Bounds for single services are checked like the indicator's own, under their key path.
    @Test("reports impossible service bounds", arguments: BrokenFile.serviceBounds)
    func brokenServiceBounds(_ file: BrokenFile) {
        #expect(problems(in: file.yaml) == file.expected)
    }
}
