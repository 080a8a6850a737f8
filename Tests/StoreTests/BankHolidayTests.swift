import Dates
import Foundation
import Postgres
import Store
import TestSupport
import Testing

@Suite struct BankHolidayTests {
    @Test func theSeededCalendarMatchesThePublishedList() async throws {
        try await TestDatabase.withScratch("holidays") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await Migrator(
                migrations: try Migration.load(from: MigratorTests.directory), logger: TestDatabase.logger
            )
            .migrate(connection)
            let rows = try await connection.query("SELECT day FROM yotqa.bank_holidays ORDER BY day")
            let days = Set(try rows.map { try $0.decode(LocalDate.self, 0) })
            // 14 years × 8 regular days, plus 2022's jubilee and funeral and 2023's coronation.
            #expect(days.count == 14 * 8 + 3)
            #expect(days.allSatisfy { !$0.isWeekend })
            #expect(days.map(\.year).min() == 2015)
            #expect(days.map(\.year).max() == 2028)
            // The one-off and moved days the catalogue names.
            for text in ["2022-06-02", "2022-06-03", "2022-09-19", "2023-05-08", "2020-05-08"] {
                #expect(days.contains(try #require(LocalDate(text))), "missing \(text)")
            }
            // 2020's early May holiday moved to Friday 8 May, so Monday 4 May was a working day,
            // and 2022's spring holiday moved from Monday 30 May to 2 June.
            #expect(!days.contains(try #require(LocalDate("2020-05-04"))))
            #expect(!days.contains(try #require(LocalDate("2022-05-30"))))
            // Christmas substitute days: 25 and 26 December 2021 fell at a weekend.
            #expect(days.contains(try #require(LocalDate("2021-12-27"))))
            #expect(days.contains(try #require(LocalDate("2021-12-28"))))
            // Good Friday and Easter Monday, against Easter computed independently (anonymous
            // Gregorian algorithm), for every year of the table.
            for year in 2015...2028 {
                let easter = Self.easterSunday(year)
                #expect(days.contains(easter.adding(days: -2)), "Good Friday \(year)")
                #expect(days.contains(easter.adding(days: 1)), "Easter Monday \(year)")
            }
        }
    }

    static func easterSunday(_ year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }
}
