public import Postgres

/// An indicator whose query failed in a cycle; the cycle's other indicators still complete.
public struct IndicatorFailure: Error, Sendable, CustomStringConvertible {
    public var indicator: String
    public var error: PostgresError

    public var description: String { "\(indicator): \(error)" }
}
