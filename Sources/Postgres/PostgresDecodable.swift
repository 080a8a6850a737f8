public import Dates
public import Foundation

/// A Swift type that a column can be decoded into, from PostgreSQL's text output.
///
/// `text` is nil for SQL NULL: non-optional types reject it, `Optional` turns it into nil.
public protocol PostgresDecodable: Sendable {
    static func decode(text: UnsafeRawBufferPointer?, type: PostgresType) throws(PostgresDecodingFailure) -> Self
}

/// Why one value could not be decoded; the row adds the column to make a `PostgresError`.
public enum PostgresDecodingFailure: Error, Sendable, Equatable {
    case unexpectedNull
    case typeMismatch(expected: String, actual: PostgresType)
    case badText(expected: String, text: String)
}

extension PostgresDecodable {
    static func nonNull(_ text: UnsafeRawBufferPointer?) throws(PostgresDecodingFailure) -> UnsafeRawBufferPointer {
        guard let text else { throw .unexpectedNull }
        return text
    }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    public static func decode(
        text: UnsafeRawBufferPointer?, type: PostgresType
    ) throws(PostgresDecodingFailure) -> Wrapped? {
        guard let text else { return nil }
        return try Wrapped.decode(text: text, type: type)
    }
}

extension String: PostgresDecodable {
    /// Any column decodes as its text form.
    public static func decode(text: UnsafeRawBufferPointer?, type: PostgresType) throws(PostgresDecodingFailure)
        -> String
    {
        String(decoding: try nonNull(text), as: UTF8.self)
    }
}

extension Bool: PostgresDecodable {
    public static func decode(text: UnsafeRawBufferPointer?, type: PostgresType) throws(PostgresDecodingFailure) -> Bool
    {
        let bytes = try nonNull(text)
        guard type == .bool else { throw .typeMismatch(expected: "boolean", actual: type) }
        switch bytes.first {
        case UInt8(ascii: "t"): return true
        case UInt8(ascii: "f"): return false
        default: throw .badText(expected: "boolean", text: String(decoding: bytes, as: UTF8.self))
        }
    }
}

extension FixedWidthInteger where Self: PostgresDecodable {
    static func decodeInteger(text: UnsafeRawBufferPointer?, type: PostgresType) throws(PostgresDecodingFailure) -> Self
    {
        let bytes = try nonNull(text)
        guard type.isInteger else { throw .typeMismatch(expected: "an integer type", actual: type) }
        let string = String(decoding: bytes, as: UTF8.self)
        guard let value = Self(string) else {
            throw .badText(expected: "an integer that fits \(Self.self)", text: string)
        }
        return value
    }
}

extension Int: PostgresDecodable {
    public static func decode(text: UnsafeRawBufferPointer?, type: PostgresType) throws(PostgresDecodingFailure) -> Int
    {
        try decodeInteger(text: text, type: type)
    }
}

extension Int64: PostgresDecodable {
    public static func decode(text: UnsafeRawBufferPointer?, type: PostgresType) throws(PostgresDecodingFailure)
        -> Int64
    {
        try decodeInteger(text: text, type: type)
    }
}

extension Int32: PostgresDecodable {
    public static func decode(text: UnsafeRawBufferPointer?, type: PostgresType) throws(PostgresDecodingFailure)
        -> Int32
    {
        try decodeInteger(text: text, type: type)
    }
}

extension Int16: PostgresDecodable {
    public static func decode(text: UnsafeRawBufferPointer?, type: PostgresType) throws(PostgresDecodingFailure)
        -> Int16
    {
        try decodeInteger(text: text, type: type)
    }
}

extension Double: PostgresDecodable {
    /// Floats, numerics and integers decode as Double (numeric may lose precision: use Decimal).
    public static func decode(text: UnsafeRawBufferPointer?, type: PostgresType) throws(PostgresDecodingFailure)
        -> Double
    {
        let bytes = try nonNull(text)
        guard type.isFloat || type == .numeric || type.isInteger else {
            throw .typeMismatch(expected: "a number", actual: type)
        }
        let string = String(decoding: bytes, as: UTF8.self)
        switch string {
        case "NaN": return .nan
        case "Infinity": return .infinity
        case "-Infinity": return -.infinity
        default:
            guard let value = Double(string) else { throw .badText(expected: "a number", text: string) }
            return value
        }
    }
}

extension Decimal: PostgresDecodable {
    /// Exact decoding of `numeric` (and integers), which `Double` cannot promise.
    public static func decode(
        text: UnsafeRawBufferPointer?, type: PostgresType
    ) throws(PostgresDecodingFailure) -> Decimal {
        let bytes = try nonNull(text)
        guard type == .numeric || type.isInteger else { throw .typeMismatch(expected: "numeric", actual: type) }
        let string = String(decoding: bytes, as: UTF8.self)
        // Decimal(string:) with the POSIX locale reads '.' as the separator whatever the host locale.
        guard let value = Decimal(string: string, locale: Locale(identifier: "en_US_POSIX")), !value.isNaN else {
            throw .badText(expected: "a finite numeric", text: string)
        }
        return value
    }
}

extension LocalDate: PostgresDecodable {
    public static func decode(
        text: UnsafeRawBufferPointer?, type: PostgresType
    ) throws(PostgresDecodingFailure) -> LocalDate {
        let bytes = try nonNull(text)
        guard type == .date else { throw .typeMismatch(expected: "date", actual: type) }
        let string = String(decoding: bytes, as: UTF8.self)
        guard let date = LocalDate(string) else { throw .badText(expected: "a date as YYYY-MM-DD", text: string) }
        return date
    }
}

extension Date: PostgresDecodable {
    /// `timestamptz`, or `timestamp` read as UTC.
    public static func decode(text: UnsafeRawBufferPointer?, type: PostgresType) throws(PostgresDecodingFailure) -> Date
    {
        let bytes = try nonNull(text)
        guard type == .timestamptz || type == .timestamp else {
            throw .typeMismatch(expected: "timestamp with time zone", actual: type)
        }
        guard let micros = PostgresTimestamp.parse(bytes) else {
            throw .badText(expected: "a finite timestamp", text: String(decoding: bytes, as: UTF8.self))
        }
        return Date(timeIntervalSince1970: Double(micros) / 1_000_000)
    }
}
