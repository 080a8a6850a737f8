import Dates
import Foundation
import Judgement
import Postgres
import TestSupport
import Testing

@testable import Indicators

/// ValueJudge and AlertConditions over hand-made figures of the real catalogue: which rows form a
/// series, what each row is given, and which conditions hold. No database.
@Suite struct JudgingTests {
    static let catalogue = try! Catalogue.load(sqlDirectory: TestDatabase.sqlDirectory)
        .only(["assessment_timely", "data_freshness_days", "data_quality_issues", "open_caseload"])
    static let judgement = JudgementSettings(thresholds: JudgementSettings.thresholds(of: catalogue, overrides: [:]))

    static func quarter(_ index: Int) -> (LocalDate, LocalDate) {
        let start = LocalDate("2023-04-01")!.adding(months: 3 * index)
        return (start, start.adding(months: 3).adding(days: -1))
    }

    static func timely(_ index: Int, _ numerator: Double, of denominator: Double, service: String = "S1")
        -> IndicatorValue
    {
        let (start, end) = quarter(index)
        return IndicatorValue(
            serviceID: service, indicator: "assessment_timely", periodStart: start, periodEnd: end, breakdown: nil,
            numerator: numerator, denominator: denominator, value: 100 * numerator / denominator,
            status: denominator < 5 ? .insufficientData : .ok)
    }

    /// Thirteen quarters of assessment_timely (H, green 80, red 65), newest last. Quarter 5 has a
    /// denominator of 3: insufficient data, left out of the series. The other twelve have 10 each:
    /// eleven of 8 (80%) and the newest of 2 (20%).
    /// p̄ = (11 × 8 + 2) / (12 × 10) = 90 / 120 = 0.75; σ = √(0.75 × 0.25 / 10) = √0.01875 = 0.136931;
    /// limits 75 ± 3 × 13.6931 = 33.92 to 116.08, clamped to 100; the 2σ band 75 ± 27.386.
    static var series: [IndicatorValue] {
        (0..<13).map { index in
            if index == 5 { return timely(index, 2, of: 3) }
            return timely(index, index == 12 ? 2 : 8, of: 10)
        }
    }

    @Test func aSeriesIsItsOkRowsInPeriodOrder() throws {
        // Given newest first, as the engine returns them: the judge orders them itself.
        let judged =
            ValueJudge.judge(Self.series.reversed(), catalogue: Self.catalogue, settings: Self.judgement)
            .reversed() as ReversedCollection<[JudgedValue]>
        let rows = Array(judged)
        let skipped = rows[5]
        #expect(skipped.rag == nil && skipped.limits == nil && skipped.signals.isEmpty)
        // Its Wilson interval is still given (denominator above 0): 2 of 3 at 95%:
        // centre (0.6667 + 1.9208/3) / (1 + 3.8415/3) = 1.3069 / 2.2805 = 0.5731; half-width
        // 1.96 / 2.2805 × √(0.2222/3 + 3.8415/36) = 0.8595 × 0.4247 = 0.3650: 20.8% to 93.8%.
        let interval = try #require(skipped.interval)
        #expect(abs(interval.lowerBound - 20.77) < 0.05 && abs(interval.upperBound - 93.85) < 0.05)
        let newest = rows[12]
        let limits = try #require(newest.limits)
        #expect(abs(limits.centre - 75) < 1e-9)
        #expect(abs(limits.lower - 33.9208) < 1e-3)
        #expect(limits.upper == 100)
        // 20% is below 33.92: astronomical, and for a higher-is-better indicator, a concern.
        #expect(newest.signals == [Signal(.astronomical, .concern)])
        #expect(newest.rag == .red)  // 20 < 65
        // The target 80 lies inside 33.92–100: inconsistent, given on the newest point only.
        #expect(newest.assurance == .inconsistent)
        #expect(rows[11].assurance == nil)
        // The eleven 80% points are all above the centre 75: a shift, an improvement.
        #expect(rows[0].signals == [Signal(.shift, .improvement)])
        #expect(rows[0].rag == .green)  // 80 ≥ 80
    }

    @Test func aRebaseStartsNewLimitsFromItsPeriod() {
        var settings = Self.judgement
        settings.rebases = [
            JudgementSettings.Rebase(indicator: "assessment_timely", service: nil, from: Self.quarter(6).0)
        ]
        let judged = ValueJudge.judge(Self.series, catalogue: Self.catalogue, settings: settings)
        // Before the rebase: quarters 0–4, five points; after: quarters 6–12, seven. Neither has 12.
        #expect(judged.allSatisfy { $0.limits == nil && $0.signals.isEmpty })
    }

    @Test func serviceBoundsReplaceTheIndicatorsForThatServiceOnly() {
        var settings = Self.judgement
        settings.serviceThresholds = ["assessment_timely": ["S2": Thresholds(green: 90, red: 85)]]
        let values = [Self.timely(12, 8, of: 10, service: "S1"), Self.timely(12, 8, of: 10, service: "S2")]
        let judged = ValueJudge.judge(values, catalogue: Self.catalogue, settings: settings)
        #expect(judged.map(\.rag) == [.green, .red])  // 80 ≥ 80 for S1; 80 < 85 for S2
    }

    @Test func neutralIndicatorsAreNeverRated() {
        let value = IndicatorValue(
            serviceID: "S1", indicator: "open_caseload", periodStart: LocalDate("2026-10-01")!,
            periodEnd: LocalDate("2026-10-31")!, breakdown: nil, numerator: 120, denominator: nil, value: 120,
            status: .ok)
        let judged = ValueJudge.judge([value], catalogue: Self.catalogue, settings: Self.judgement)
        #expect(judged[0].rag == nil && judged[0].interval == nil)
    }

    static func health(_ indicator: String, _ value: Double?, service: String = "S1") -> JudgedValue {
        JudgedValue(
            value: IndicatorValue(
                serviceID: service, indicator: indicator, periodStart: LocalDate("2026-11-23")!,
                periodEnd: LocalDate("2026-11-23")!, breakdown: nil, numerator: value, denominator: nil, value: value,
                status: value == nil ? .insufficientData : .ok))
    }

    static let finder = AlertConditions(
        catalogue: catalogue, judgement: judgement, settings: AlertSettings(staleAfterDays: 7, dataQualityPercent: 5))

    static func kinds(_ judged: [JudgedValue], records: [String: Int] = [:], failures: [IndicatorFailure] = [])
        -> [String]
    {
        finder.find(
            judged: judged, failures: failures, records: records, calendarLastDay: LocalDate("2028-12-28"),
            asOf: LocalDate("2026-11-23")!
        ).map(\.identity.description)
    }

    @Test func theNewestPeriodRaisesThresholdAndProcessConditions() {
        let judged = ValueJudge.judge(Self.series, catalogue: Self.catalogue, settings: Self.judgement)
        #expect(Self.kinds(judged) == ["S1/assessment_timely/threshold", "S1/assessment_timely/spc_concern"])
        let red = Self.finder.find(
            judged: judged, failures: [], records: [:], calendarLastDay: LocalDate("2028-12-28"),
            asOf: LocalDate("2026-11-23")!)[0]
        #expect(red.severity == .critical)
        #expect(red.cause == "20.0% for 2026-04-01 to 2026-06-30: red (target 80%, red beyond 65%)")
    }

    @Test func staleDataIsOlderThanTheLimitOrMissing() {
        #expect(Self.kinds([Self.health("data_freshness_days", 8)]) == ["S1/data_freshness_days/stale_data"])
        #expect(Self.kinds([Self.health("data_freshness_days", 7)]) == [])  // 7 is not older than 7
        #expect(Self.kinds([Self.health("data_freshness_days", nil)]) == ["S1/data_freshness_days/stale_data"])
    }

    @Test func dataQualityIsAShareOfTheServicesRecords() {
        // 51 of 1,000 records is 5.1%, above 5; 50 of 1,000 is 5.0%, not above.
        let issues = [Self.health("data_quality_issues", 51)]
        #expect(Self.kinds(issues, records: ["S1": 1000]) == ["S1/data_quality_issues/data_quality"])
        #expect(Self.kinds([Self.health("data_quality_issues", 50)], records: ["S1": 1000]) == [])
        #expect(Self.kinds(issues, records: [:]) == [])  // no record count, no share
    }

    @Test func aFailedQueryIsAnInstallationWideCondition() {
        let failure = IndicatorFailure(
            indicator: "assessment_timely", error: PostgresError(.server, "canceling statement", sqlState: "57014"))
        #expect(Self.kinds([], failures: [failure]) == ["*/assessment_timely/compute_failed"])
    }

    @Test func theCalendarIsEndingWithinSixMonthsOfItsLastYear() {
        func ending(_ asOf: String) -> Bool {
            Self.finder.calendarEnding(lastDay: LocalDate("2028-12-28"), asOf: LocalDate(asOf)!) != nil
        }
        // The table covers 2028 to 31 December. 2028-06-30 + 6 months = 2028-12-30: still covered.
        #expect(!ending("2028-06-30"))
        // 2028-07-01 + 6 months = 2029-01-01: beyond it.
        #expect(ending("2028-07-01"))
        #expect(Self.finder.calendarEnding(lastDay: nil, asOf: LocalDate("2026-01-01")!) != nil)
    }
}
