import Dates
import Foundation
import Postgres
import TestSupport
import Testing

@Suite struct DecodingTests {
    @Test func everyTypeDecodes() async throws {
        try await TestDatabase.withScratch("decode") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let rows = try await connection.query(
                """
                SELECT 'text'::text, 32767::smallint, 2147483647::integer, 9223372036854775807::bigint,
                       12345678901234567890.123456789::numeric, 0.1::float8, true, false,
                       '2024-02-29'::date, '2024-03-31 01:30:00.123456+01'::timestamptz,
                       NULL::integer, NULL::date, 3.50::numeric(4,2)
                """)
            let row = rows[0]
            #expect(try row.decode(String.self, 0) == "text")
            #expect(try row.decode(Int16.self, 1) == 32767)
            #expect(try row.decode(Int32.self, 2) == 2_147_483_647)
            #expect(try row.decode(Int64.self, 3) == Int64.max)
            #expect(try row.decode(Int.self, 3) == Int.max)
            #expect(try row.decode(Decimal.self, 4) == Decimal(string: "12345678901234567890.123456789"))
            #expect(try row.decode(Double.self, 5) == 0.1)
            #expect(try row.decode(Bool.self, 6) == true)
            #expect(try row.decode(Bool.self, 7) == false)
            #expect(try row.decode(LocalDate.self, 8) == LocalDate(year: 2024, month: 2, day: 29))
            // 01:30:00.123456 at +01 is 00:30:00.123456 UTC: 1711845000.123456 seconds after 1970.
            let instant = try row.decode(Date.self, 9)
            #expect(abs(instant.timeIntervalSince1970 - 1_711_845_000.123456) < 0.000_001)
            #expect(try row.decode(Int?.self, 10) == nil)
            #expect(try row.decode(LocalDate?.self, 11) == nil)
            #expect(try row.decode(Decimal.self, 12) == Decimal(string: "3.5"))
            #expect(try row.decode(Double.self, 12) == 3.5)
        }
    }

    @Test func swiftValuesRoundTrip() async throws {
        try await TestDatabase.withScratch("roundtrip") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let date = try #require(LocalDate(year: 1999, month: 12, day: 31))
            let instant = Date(timeIntervalSince1970: 1_700_000_000.25)
            let decimal = try #require(Decimal(string: "-0.000001"))
            let rows = try await connection.query(
                "SELECT $1::date, $2::timestamptz, $3::numeric, $4::float8, $5::boolean, $6::bigint",
                date, instant, decimal, -1.5e-300, true, Int.min)
            #expect(try rows[0].decode(LocalDate.self, 0) == date)
            #expect(try rows[0].decode(Date.self, 1) == instant)
            #expect(try rows[0].decode(Decimal.self, 2) == decimal)
            #expect(try rows[0].decode(Double.self, 3) == -1.5e-300)
            #expect(try rows[0].decode(Bool.self, 4))
            #expect(try rows[0].decode(Int.self, 5) == Int.min)
        }
    }

    @Test func nullAndWrongTypesAreDecodingErrorsNamingTheColumn() async throws {
        try await TestDatabase.withScratch("decodeerr") { conninfo in
            let connection = try await TestDatabase.connect(conninfo)
            let rows = try await connection.query("SELECT NULL::text AS missing, 'abc'::text AS word, 300::int AS big")
            let null = #expect(throws: PostgresError.self) { try rows[0].decode(String.self, "missing") }
            #expect(null?.kind == .decoding)
            #expect(null?.message.contains("\"missing\" is NULL") == true)
            let mismatch = #expect(throws: PostgresError.self) { try rows[0].decode(Int.self, "word") }
            #expect(mismatch?.message == "column \"word\" is text; Int needs an integer type")
            let overflow = #expect(throws: PostgresError.self) { try rows[0].decode(Int8Wrapper.self, "big") }
            #expect(overflow?.kind == .decoding)
            let unknown = #expect(throws: PostgresError.self) { try rows[0].decode(Int.self, "nope") }
            #expect(unknown?.kind == .usage)
        }
    }
}

/// An integer type too small for 300, to see overflow reported rather than wrapped.
struct Int8Wrapper: PostgresDecodable {
    static func decode(text: UnsafeRawBufferPointer?, type: PostgresType) throws(PostgresDecodingFailure) -> Int8Wrapper
    {
        guard let text else { throw .unexpectedNull }
        let string = String(decoding: text, as: UTF8.self)
        guard Int8(string) != nil else { throw .badText(expected: "an Int8", text: string) }
        return Int8Wrapper()
    }
}
