/// Where yotqa finds its files; section `paths` of the config file.
public struct PathsConfig: Sendable, Equatable {
    /// Key `sql`: the folder holding `contract.sql`, `migrations/` and `indicators/`, with `${VAR}` replaced.
    /// Nil lets the binary look for it itself.
    public var sql: String?

    public init(sql: String? = nil) {
        self.sql = sql
    }
}
