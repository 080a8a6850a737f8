public import Dates
public import Foundation

/// A Swift value that can be sent as a statement parameter, in PostgreSQL's text format.
///
/// Parameters travel separately from the SQL text, so a value is never spliced into a statement.
public protocol PostgresEncodable: Sendable {
    /// The type the server should read the text as; `.unspecified` lets it infer from context.
    static var postgresType: PostgresType { get }
    /// The value in PostgreSQL's text input format.
    var postgresText: String { get }
}

extension String: PostgresEncodable {
    public static var postgresType: PostgresType { .unspecified }
    public var postgresText: String { self }
}

extension Int: PostgresEncodable {
    public static var postgresType: PostgresType { .int8 }
    public var postgresText: String { String(self) }
}

extension Int64: PostgresEncodable {
    public static var postgresType: PostgresType { .int8 }
    public var postgresText: String { String(self) }
}

extension Int32: PostgresEncodable {
    public static var postgresType: PostgresType { .int4 }
    public var postgresText: String { String(self) }
}

extension Int16: PostgresEncodable {
    public static var postgresType: PostgresType { .int2 }
    public var postgresText: String { String(self) }
}

extension Double: PostgresEncodable {
    public static var postgresType: PostgresType { .float8 }
    public var postgresText: String {
        if isNaN { return "NaN" }
        if isInfinite { return self > 0 ? "Infinity" : "-Infinity" }
        return "\(self)"
    }
}

extension Decimal: PostgresEncodable {
    public static var postgresType: PostgresType { .numeric }
    // Decimal's description is locale-independent: digits, an optional '-' and a '.'.
    public var postgresText: String { description }
}

extension Bool: PostgresEncodable {
    public static var postgresType: PostgresType { .bool }
    public var postgresText: String { self ? "t" : "f" }
}

extension LocalDate: PostgresEncodable {
    public static var postgresType: PostgresType { .date }
    public var postgresText: String { description }
}

extension Date: PostgresEncodable {
    public static var postgresType: PostgresType { .timestamptz }
    /// ISO 8601 in UTC with microseconds, which is PostgreSQL's own precision.
    public var postgresText: String {
        let micros = (timeIntervalSince1970 * 1_000_000).rounded()
        return PostgresTimestamp.format(microsecondsSinceEpoch: Int64(micros))
    }
}
