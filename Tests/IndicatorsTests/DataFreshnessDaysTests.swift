import Dates
import Indicators
import Testing

@Suite struct DataFreshnessDaysTests {
    // As of Monday 2024-07-15, in British Summer Time (UTC+1): an extract's day is its date in
    // Europe/London, so 23:30 UTC is already the next day.
    static let fixture = """
        INSERT INTO yot.services VALUES ('S1', 'One'), ('S2', 'Two'), ('S3', 'Three'), ('S4', 'Four');
        INSERT INTO yot.extracts (service_id, extracted_at) VALUES
          ('S1', '2024-07-01 10:00:00+00'),
          ('S1', '2024-07-13 23:30:00+00'),  -- 00:30 on Sunday 14 July in London: the latest, day 14
          ('S1', '2024-07-16 08:00:00+00'),  -- after the as-of date: ignored
          ('S1', '2024-07-15 23:30:00+00'),  -- 15 July in UTC but 00:30 on 16 July in London: ignored
          ('S3', '2024-07-20 09:00:00+00'),  -- S3's only extract is after the as-of date
          ('S4', '2024-07-15 05:00:00+00'),  -- 06:00 on the as-of day itself
          ('S9', '2024-07-14 09:00:00+00');  -- service not in yot.services: no row
        """

    @Test func countsDaysSinceTheLatestExtractInLondon() async throws {
        let asOf = try #require(LocalDate("2024-07-15"))
        let values = try await IndicatorFixture.compute(
            "data_freshness_days", fixture: Self.fixture, settings: EngineSettings(asOf: asOf))
        // One row per service of yot.services, dated the as-of date.
        #expect(values.count == 4)
        #expect(values.allSatisfy { $0.periodStart == asOf && $0.periodEnd == asOf && $0.breakdown == nil })

        // S1: 15 July − 14 July (London date of 23:30 UTC on the 13th) = 1 day; by the UTC date it
        // would be 2, and by the extract of 23:30 UTC on the 15th it would be 0.
        let s1 = try #require(values.one("S1", "2024-07-15"))
        #expect(s1.numerator == 1)
        #expect(s1.denominator == nil)
        #expect(s1.value == 1)
        #expect(s1.status == .ok)

        // S2: no extract at all: no value, insufficient_data.
        let s2 = try #require(values.one("S2", "2024-07-15"))
        #expect(s2.numerator == nil)
        #expect(s2.value == nil)
        #expect(s2.status == .insufficientData)

        // S3: only an extract after the as-of date, so none on or before it: as S2.
        let s3 = try #require(values.one("S3", "2024-07-15"))
        #expect(s3.value == nil)
        #expect(s3.status == .insufficientData)

        // S4: extracted on the as-of day: 0 days.
        let s4 = try #require(values.one("S4", "2024-07-15"))
        #expect(s4.value == 0)
        #expect(s4.status == .ok)
    }
}
