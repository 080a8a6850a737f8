import Config
import Testing

@Suite struct ScheduleSectionTests {
    static let database = "database:\n  conninfo: \"host=db\"\n"

    @Test func defaultsAreFifteenMinutesGiveOrTakeHalfAMinute() throws {
        let config = try YotqaConfig.parse(yaml: Self.database, file: "t.yaml", environment: [:])
        #expect(config.schedule == ScheduleConfig(cycleEvery: .seconds(900), jitter: .seconds(30)))
    }

    @Test func readsBothKeys() throws {
        let text = Self.database + "schedule:\n  cycle_every: 1h\n  jitter: 2m\n"
        let config = try YotqaConfig.parse(yaml: text, file: "t.yaml", environment: [:])
        #expect(config.schedule == ScheduleConfig(cycleEvery: .seconds(3600), jitter: .seconds(120)))
    }

    @Test func aJitterOfHalfTheIntervalIsRefusedAtItsLine() {
        let text = Self.database + "schedule:\n  cycle_every: 1m\n  jitter: 30s\n"
        #expect {
            try YotqaConfig.parse(yaml: text, file: "t.yaml", environment: [:])
        } throws: { error in
            "\(error)".contains("t.yaml:5:11: schedule.jitter: expected a jitter under half of cycle_every")
        }
    }

    @Test func anIntervalUnderTenSecondsIsRefused() {
        #expect(throws: (any Error).self) {
            try YotqaConfig.parse(
                yaml: Self.database + "schedule:\n  cycle_every: 5s\n", file: "t.yaml", environment: [:])
        }
    }
}
