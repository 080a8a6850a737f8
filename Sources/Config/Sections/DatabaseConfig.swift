/// How yotqa reaches the case-management database; section `database` of the config file.
///
/// There is deliberately no password here: libpq takes it from `~/.pgpass`, `PGPASSFILE` or `passfile`.
public struct DatabaseConfig: Sendable, Equatable {
    /// A libpq conninfo (`host=db1 dbname=yot user=yotqa`) or URI (`postgresql://yotqa@db1/yot`), checked to hold
    /// no password. Empty means everything comes from the `PG*` environment variables and the service file.
    public var conninfo: String
    /// A libpq password file, with `${VAR}` already replaced; nil leaves libpq's own search.
    public var passfile: String?
    /// Key `connect_timeout`, within `connectTimeoutRange`.
    public var connectTimeout: Duration
    /// Key `statement_timeout`, within `statementTimeoutRange`.
    public var statementTimeout: Duration
    /// Key `application_name`: 1 to 63 printable ASCII characters, as PostgreSQL truncates longer names.
    public var applicationName: String

    public static let defaultConnectTimeout: Duration = .seconds(10)
    public static let connectTimeoutRange: ClosedRange<Duration> = .seconds(1)...(.seconds(300))
    public static let defaultStatementTimeout: Duration = .seconds(60)
    public static let statementTimeoutRange: ClosedRange<Duration> = .seconds(1)...(.seconds(3600))
    public static let defaultApplicationName = "yotqa"

    public init(
        conninfo: String,
        passfile: String? = nil,
        connectTimeout: Duration = defaultConnectTimeout,
        statementTimeout: Duration = defaultStatementTimeout,
        applicationName: String = defaultApplicationName
    ) {
        self.conninfo = conninfo
        self.passfile = passfile
        self.connectTimeout = connectTimeout
        self.statementTimeout = statementTimeout
        self.applicationName = applicationName
    }
}
