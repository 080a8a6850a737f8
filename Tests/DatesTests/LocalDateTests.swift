import Dates
import Testing

@Suite struct LocalDateTests {
    @Test func partsRoundTripAcrossCenturiesAndLeapDays() throws {
        // 1970-01-01 is day 0; 2000-03-01 is 11017 days later (30 years of 365 days + 7 leap days + 59).
        #expect(LocalDate(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
        #expect(LocalDate(year: 2000, month: 3, day: 1)?.daysSinceEpoch == 11_017)
        #expect(LocalDate(year: 1969, month: 12, day: 31)?.daysSinceEpoch == -1)
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let date = LocalDate(daysSinceEpoch: days)
            let (y, m, d) = date.parts
            #expect(LocalDate(year: y, month: m, day: d) == date)
        }
    }

    @Test func impossibleDatesAreRejected() {
        #expect(LocalDate(year: 2023, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2024, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 2024, month: 4, day: 31) == nil)
        #expect(LocalDate("2024-02-30") == nil)
        #expect(LocalDate("2024-2-3") == nil)
        #expect(LocalDate("2024-02-03x") == nil)
    }

    @Test func monthArithmeticClampsAsPostgreSQLDoes() throws {
        // The catalogue's own examples.
        #expect(LocalDate("2021-08-31")?.adding(months: 18) == LocalDate("2023-02-28"))
        #expect(LocalDate("2023-06-30")?.adding(months: -3) == LocalDate("2023-03-30"))
        #expect(LocalDate("2024-01-31")?.adding(months: 1) == LocalDate("2024-02-29"))
        #expect(LocalDate("2024-03-31")?.adding(months: -12) == LocalDate("2023-03-31"))
        #expect(LocalDate("2024-12-15")?.adding(months: 1) == LocalDate("2025-01-15"))
        #expect(LocalDate("2024-01-15")?.adding(months: -1) == LocalDate("2023-12-15"))
    }

    @Test func weekdaysAndISOText() throws {
        // 2024-01-01 was a Monday; 2022-06-04 a Saturday.
        #expect(LocalDate("2024-01-01")?.isoWeekday == 1)
        #expect(LocalDate("2022-06-04")?.isoWeekday == 6)
        #expect(LocalDate("2022-06-04")?.isWeekend == true)
        #expect(LocalDate("1969-12-31")?.isoWeekday == 3)
        #expect(LocalDate(year: 987, month: 6, day: 5)?.description == "0987-06-05")
        let date = try #require(LocalDate("2026-11-23"))
        #expect(date.days(to: date.adding(days: 40)) == 40)
        #expect(LocalDate(date.description) == date)
    }

    @Test("years outside 1 to 9999 are written PostgreSQL's way instead of trapping")
    func yearsOutsideFourDigits() {
        #expect(LocalDate(year: 12345, month: 1, day: 2)?.description == "12345-01-02")
        // Year 0 is 1 BC, year -43 is 44 BC.
        #expect(LocalDate(year: 0, month: 3, day: 15)?.description == "0001-03-15 BC")
        #expect(LocalDate(year: -43, month: 3, day: 15)?.description == "0044-03-15 BC")
    }
}
