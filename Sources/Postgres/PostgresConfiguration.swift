/// How to reach PostgreSQL. Everything libpq understands is honoured: a conninfo string or URI, and,
/// for whatever it leaves out, the `PG*` environment variables, `pg_service.conf` and `.pgpass`.
public struct PostgresConfiguration: Sendable, Equatable {
    /// A libpq conninfo (`host=db1 dbname=yot`) or URI (`postgresql://yotqa@db1/yot`); empty means
    /// "everything from the environment".
    public var conninfo: String
    /// A password file for libpq (`passfile`), e.g. a systemd credential; nil leaves libpq's default.
    public var passfile: String?
    /// libpq's `connect_timeout`, rounded up to whole seconds (libpq waits at least 2 s).
    public var connectTimeout: Duration
    /// Set as `statement_timeout` on every session; nil leaves the server's setting.
    public var statementTimeout: Duration?
    /// Reported in `pg_stat_activity`, so a DBA can tell yotqa's sessions apart.
    public var applicationName: String

    public init(
        conninfo: String,
        passfile: String? = nil,
        connectTimeout: Duration = .seconds(10),
        statementTimeout: Duration? = .seconds(60),
        applicationName: String = "yotqa"
    ) {
        self.conninfo = conninfo
        self.passfile = passfile
        self.connectTimeout = connectTimeout
        self.statementTimeout = statementTimeout
        self.applicationName = applicationName
    }
}

extension Duration {
    /// Whole milliseconds, rounded up, for PostgreSQL settings that take milliseconds.
    public var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        let millis = attoseconds / 1_000_000_000_000_000
        let rest = attoseconds % 1_000_000_000_000_000
        return seconds * 1000 + millis + (rest > 0 ? 1 : 0)
    }

    /// The duration in seconds, for timings people read.
    public var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
