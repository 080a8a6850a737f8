import Dates
import Postgres
import Store
import TestSupport
import Testing

@Suite struct BankHolidayFileTests {
    @Test func parsesLinesAndNamesTheLineOfEachProblem() throws {
        let good = "# England and Wales\ndate,name\n2029-01-01,New Year's Day\n\n2029-12-25, Christmas Day\n"
        let holidays = try BankHolidays.parse(good, file: "h.csv")
        #expect(holidays.map(\.day.description) == ["2029-01-01", "2029-12-25"])
        #expect(holidays.map(\.name) == ["New Year's Day", "Christmas Day"])

        let cases: [(String, String)] = [
            ("2029-01-01\n", "h.csv:1: expected YYYY-MM-DD,name, got \"2029-01-01\""),
            ("2029-02-30,Nope\n", "h.csv:1: \"2029-02-30\" is not a date as YYYY-MM-DD"),
            ("2029-01-01,A\n2029-01-06,Saturday\n", "h.csv:2: 2029-01-06 is a weekend day, never a bank holiday"),
            ("2029-01-01,A\n2029-01-01,B\n", "h.csv:2: 2029-01-01 is already given on line 1"),
            ("# nothing\n", "h.csv:1: the file lists no holiday"),
        ]
        for (text, message) in cases {
            let error = #expect(throws: BankHolidays.FileError.self) { try BankHolidays.parse(text, file: "h.csv") }
            #expect(error?.description == message)
        }
    }

    @Test func replacingTheListMovesWorkingDaysAndIsANoOpTheSecondTime() async throws {
        try await TestDatabase.withScratch("holidayfile") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            try await TestDatabase.createSchemas(connection)
            // Friday 2024-01-05 + 1 working day is Monday 2024-01-08 under the published list.
            #expect(try await Self.workingDayAfter("2024-01-05", 1, connection) == "2024-01-08")
            // A council list that makes Monday 8 January 2024 a holiday (and keeps 1 January).
            let list = try BankHolidays.parse("2024-01-01,New Year's Day\n2024-01-08,Local day\n", file: "h.csv")
            #expect(try await BankHolidays.replace(with: list, on: connection))
            #expect(try await Self.workingDayAfter("2024-01-05", 1, connection) == "2024-01-09")
            // Christmas 2024 is no longer in the table: only weekends are skipped around it.
            #expect(try await Self.workingDayAfter("2024-12-24", 1, connection) == "2024-12-25")
            #expect(try await BankHolidays.replace(with: list, on: connection) == false)
        }
    }

    static func workingDayAfter(_ day: String, _ n: Int, _ connection: PostgresConnection) async throws -> String {
        try await connection.query("SELECT yotqa.working_day_after($1::date, $2::int)::text", day, n)[0]
            .decode(String.self, 0)
    }
}
