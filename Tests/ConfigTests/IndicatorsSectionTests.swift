import Config
import Testing

@Suite("Section indicators")
struct IndicatorsSectionTests {
    static let database = "database:\n  conninfo: ''\n"

    @Test("defaults to the catalogue's values when absent")
    func defaults() throws {
        let config = try YotqaConfig.parse(yaml: Self.database, file: fixtureFile, environment: [:])
        #expect(config.indicators == IndicatorsConfig())
        #expect(config.indicators.quarters == 12)
        #expect(config.indicators.months == 24)
        #expect(config.indicators.minimumDenominator == 5)
        #expect(config.indicators.caseloadLimit == 12)
        #expect(config.indicators.connections == 2)
    }

    @Test("reads every key")
    func everyKey() throws {
        let yaml =
            Self.database + """
                indicators:
                  quarters: 8
                  months: 12
                  minimum_denominator: 10
                  caseload_limit: 15
                  statement_timeout: 30s
                  connections: 4
                  deadlines:
                    assessment_timely:
                      days:
                        referral_order: 25
                    local_checkin_timely:
                      milestone: review
                      clock: start_on
                      days:
                        prevention: 10
                  minimum_denominators:
                    kpi_victim_rj: 3
                  custom:
                    - ${CONF}/local_checkin_timely.sql
                  bank_holidays: /etc/yotqa/holidays.csv

                """
        let config = try YotqaConfig.parse(yaml: yaml, file: fixtureFile, environment: ["CONF": "/etc/yotqa"])
        let section = config.indicators
        #expect(section.quarters == 8)
        #expect(section.months == 12)
        #expect(section.minimumDenominator == 10)
        #expect(section.caseloadLimit == 15)
        #expect(section.statementTimeout == .seconds(30))
        #expect(section.connections == 4)
        #expect(section.deadlines["assessment_timely"] == DeadlineConfig(days: ["referral_order": 25]))
        #expect(
            section.deadlines["local_checkin_timely"]
                == DeadlineConfig(milestone: "review", clock: .startOn, days: ["prevention": 10]))
        #expect(section.minimumDenominators == ["kpi_victim_rj": 3])
        #expect(section.custom == ["/etc/yotqa/local_checkin_timely.sql"])
        #expect(section.bankHolidays == "/etc/yotqa/holidays.csv")
    }

    @Test("reports impossible values with their line and key")
    func broken() {
        let yaml =
            Self.database + """
                indicators:
                  quarters: 0
                  caseload_limit: many
                  deadlines:
                    assessment_timely:
                      milestone: assessment
                      clock: end_on
                      days:
                        referal_order: 20
                        youth_rehabilitation_order: 0
                  minimum_denominators:
                    kpi_ete: -1
                  connections: 9
                  colour: red

                """
        #expect(
            problems(in: yaml) == [
                "broken.yaml:4:13: indicators.quarters: expected a whole number from 1 to 40, got 0",
                "broken.yaml:5:19: indicators.caseload_limit: expected a whole number from 1 to 200, got \"many\"",
                "broken.yaml:8:18: indicators.deadlines.assessment_timely.milestone: expected one of first_contact, "
                    + "initial_assessment, intervention_plan, review, initial_panel, oocd_decision, got \"assessment\"",
                "broken.yaml:9:14: indicators.deadlines.assessment_timely.clock: expected one of start_on, "
                    + "referred_on, got \"end_on\"",
                "broken.yaml:11:9: indicators.deadlines.assessment_timely.days.referal_order: unknown intervention "
                    + "kind (expected one of prevention, community_resolution, youth_caution, "
                    + "youth_conditional_caution, referral_order, youth_rehabilitation_order, "
                    + "detention_training_order, other_custody, bail_supervision, remand)",
                "broken.yaml:12:37: indicators.deadlines.assessment_timely.days.youth_rehabilitation_order: "
                    + "expected a whole number from 1 to 250, got 0",
                "broken.yaml:14:14: indicators.minimum_denominators.kpi_ete: expected a whole number from 0 to 1000, "
                    + "got -1",
                "broken.yaml:15:16: indicators.connections: expected a whole number from 1 to 8, got 9",
                "broken.yaml:16:3: indicators.colour: unknown key",
            ])
    }
}
