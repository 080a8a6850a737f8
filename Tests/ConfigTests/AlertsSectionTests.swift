import Config
import Testing

@Suite("Section alerts")
struct AlertsSectionTests {
    static let database = "database:\n  conninfo: ''\n"

    /// Without the section: fire and resolve after 2 cycles, no amber warnings, stale after 7 days, 5% broken.
    @Test("defaults when absent")
    func defaults() throws {
        let alerts = try YotqaConfig.parse(yaml: Self.database, file: fixtureFile, environment: [:]).alerts
        #expect(alerts == AlertsConfig())
        #expect(alerts.fireAfter == 2)
        #expect(alerts.resolveAfter == 2)
        #expect(alerts.amberWarnings == false)
        #expect(alerts.staleAfterDays == 7)
        #expect(alerts.dataQualityPercent == 5)
    }

    /// Every key is read, and a percentage may have decimals.
    @Test("reads every key")
    func everyKey() throws {
        let yaml =
            Self.database + """
                alerts:
                  fire_after: 1
                  resolve_after: 3
                  amber_warnings: true
                  stale_after_days: 14
                  data_quality_percent: 2.5

                """
        let alerts = try YotqaConfig.parse(yaml: yaml, file: fixtureFile, environment: [:]).alerts
        #expect(
            alerts
                == AlertsConfig(
                    fireAfter: 1, resolveAfter: 3, amberWarnings: true, staleAfterDays: 14, dataQualityPercent: 2.5))
    }

    /// The ends of each range are allowed.
    @Test("the bounds of each range are allowed")
    func bounds() throws {
        let low = "alerts:\n  fire_after: 1\n  resolve_after: 1\n  stale_after_days: 1\n  data_quality_percent: 0\n"
        let high =
            "alerts:\n  fire_after: 100\n  resolve_after: 100\n  stale_after_days: 365\n  data_quality_percent: 100\n"
        let lowest = try YotqaConfig.parse(yaml: Self.database + low, file: fixtureFile, environment: [:]).alerts
        let highest = try YotqaConfig.parse(yaml: Self.database + high, file: fixtureFile, environment: [:]).alerts
        #expect(lowest == AlertsConfig(fireAfter: 1, resolveAfter: 1, staleAfterDays: 1, dataQualityPercent: 0))
        #expect(
            highest == AlertsConfig(fireAfter: 100, resolveAfter: 100, staleAfterDays: 365, dataQualityPercent: 100))
    }

    /// Each impossible value names its file, line, column and key path, with what was expected.
    @Test("reports impossible values")
    func broken() {
        let yaml =
            Self.database + """
                alerts:
                  fire_after: 0
                  resolve_after: 1.5
                  amber_warnings: "maybe"
                  stale_after_days: 366
                  data_quality_percent: 101
                  fire_afterr: 3

                """
        #expect(
            problems(in: yaml) == [
                "broken.yaml:4:15: alerts.fire_after: expected a whole number from 1 to 100, got 0",
                "broken.yaml:5:18: alerts.resolve_after: expected a whole number from 1 to 100, got 1.5",
                #"broken.yaml:6:19: alerts.amber_warnings: expected true or false, got "maybe""#,
                "broken.yaml:7:21: alerts.stale_after_days: expected a whole number from 1 to 365, got 366",
                "broken.yaml:8:25: alerts.data_quality_percent: expected a number from 0 to 100, got 101",
                "broken.yaml:9:3: alerts.fire_afterr: unknown key (did you mean 'fire_after'?)",
            ])
    }
}
