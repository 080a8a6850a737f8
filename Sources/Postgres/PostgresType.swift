/// A PostgreSQL type OID, for the types this module encodes and decodes.
public struct PostgresType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// Lets the server infer the type from the context, as an untyped literal would.
    public static let unspecified = PostgresType(rawValue: 0)
    public static let bool = PostgresType(rawValue: 16)
    public static let name = PostgresType(rawValue: 19)
    public static let int8 = PostgresType(rawValue: 20)
    public static let int2 = PostgresType(rawValue: 21)
    public static let int4 = PostgresType(rawValue: 23)
    public static let text = PostgresType(rawValue: 25)
    public static let oid = PostgresType(rawValue: 26)
    public static let float4 = PostgresType(rawValue: 700)
    public static let float8 = PostgresType(rawValue: 701)
    public static let bpchar = PostgresType(rawValue: 1042)
    public static let varchar = PostgresType(rawValue: 1043)
    public static let date = PostgresType(rawValue: 1082)
    public static let timestamp = PostgresType(rawValue: 1114)
    public static let timestamptz = PostgresType(rawValue: 1184)
    public static let numeric = PostgresType(rawValue: 1700)

    var isInteger: Bool { self == .int2 || self == .int4 || self == .int8 || self == .oid }
    var isFloat: Bool { self == .float4 || self == .float8 }

    public var description: String {
        switch self {
        case .bool: return "boolean"
        case .name: return "name"
        case .int8: return "bigint"
        case .int2: return "smallint"
        case .int4: return "integer"
        case .text: return "text"
        case .oid: return "oid"
        case .float4: return "real"
        case .float8: return "double precision"
        case .bpchar: return "character"
        case .varchar: return "character varying"
        case .date: return "date"
        case .timestamp: return "timestamp"
        case .timestamptz: return "timestamp with time zone"
        case .numeric: return "numeric"
        default: return "type \(rawValue)"
        }
    }
}
