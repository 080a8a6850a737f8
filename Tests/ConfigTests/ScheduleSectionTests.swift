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

    @Test func theStopTimeoutIsTwentySecondsUnlessSaid() throws {
        let plain = try YotqaConfig.parse(yaml: Self.database, file: "t.yaml", environment: [:])
        #expect(plain.schedule.stopTimeout == .seconds(20))
        let text = Self.database + "schedule:\n  stop_timeout: 1m\n"
        let config = try YotqaConfig.parse(yaml: text, file: "t.yaml", environment: [:])
        #expect(config.schedule.stopTimeout == .seconds(60))
    }

    @Test func aStopTimeoutUnderThreeSecondsIsRefusedAtItsLine() {
        let text = Self.database + "schedule:\n  stop_timeout: 1s\n"
        #expect {
            try YotqaConfig.parse(yaml: text, file: "t.yaml", environment: [:])
        } throws: { error in
            "\(error)".contains("t.yaml:4:17: schedule.stop_timeout:")
        }
    }

    @Test func anIntervalUnderTenSecondsIsRefused() {
        #expect(throws: (any Error).self) {
            try YotqaConfig.parse(
                yaml: Self.database + "schedule:\n  cycle_every: 5s\n", file: "t.yaml", environment: [:])
        }
    }
}
