public import Dates
import Foundation
public import Postgres

/// The bank holiday list, replaceable from a council's own file.
public enum BankHolidays {
    public struct Holiday: Sendable, Equatable {
        public var day: LocalDate
        public var name: String
    }

    public struct FileError: Error, CustomStringConvertible, Equatable {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// Reads `YYYY-MM-DD,name` lines; blank lines, `#` comments and a `date,name` header are skipped.
    public static func parse(_ text: String, file: String) throws(FileError) -> [Holiday] {
        var holidays: [Holiday] = []
        var seen: [LocalDate: Int] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") || line.lowercased() == "date,name" { continue }
            let parts = line.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else {
                throw FileError(file: file, line: number, message: "expected YYYY-MM-DD,name, got \"\(line)\"")
            }
            guard let day = LocalDate(parts[0]) else {
                throw FileError(file: file, line: number, message: "\"\(parts[0])\" is not a date as YYYY-MM-DD")
            }
            guard !day.isWeekend else {
                throw FileError(file: file, line: number, message: "\(day) is a weekend day, never a bank holiday")
            }
            if let earlier = seen[day] {
                throw FileError(file: file, line: number, message: "\(day) is already given on line \(earlier)")
            }
            seen[day] = number
            holidays.append(Holiday(day: day, name: parts[1]))
        }
        guard !holidays.isEmpty else { throw FileError(file: file, line: 1, message: "the file lists no holiday") }
        return holidays
    }

    /// Makes the table hold exactly `holidays`; writes nothing when it already does. The table's
    /// trigger rebuilds the working-day calendar. Returns whether anything changed.
    @discardableResult
    public static func replace(with holidays: [Holiday], on connection: PostgresConnection) async throws -> Bool {
        let days = holidays.map(\.day.description).joined(separator: ",")
        let names = holidays.map(\.name)
        return try await connection.transaction { session in
            let same = try session.query(
                """
                SELECT coalesce(string_agg(day::text || '=' || name, '|' ORDER BY day), '')
                       = (SELECT coalesce(string_agg(d || '=' || n, '|' ORDER BY d), '')
                          FROM unnest(string_to_array($1, ','), $2::text[]) AS u(d, n))
                FROM yotqa.bank_holidays
                """, days, "{" + names.map(Self.arrayElement).joined(separator: ",") + "}")
            if try same[0].decode(Bool.self, 0) { return false }
            try session.query("DELETE FROM yotqa.bank_holidays")
            try session.query(
                """
                INSERT INTO yotqa.bank_holidays (day, name)
                SELECT d::date, n FROM unnest(string_to_array($1, ','), $2::text[]) AS u(d, n)
                """, days, "{" + names.map(Self.arrayElement).joined(separator: ",") + "}")
            return true
        }
    }

    /// A text[] literal element, quoted so commas, quotes and backslashes in a name survive.
    static func arrayElement(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
