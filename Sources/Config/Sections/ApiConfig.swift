/// Section `api`: the JSON API the daemon serves, and the bearer tokens that may use it.
public struct ApiConfig: Sendable, Equatable {
    /// The address to bind: a host name or an IP address (default 127.0.0.1, this machine only).
    public var listen: String
    /// The TCP port (default 8080); 0 binds any free port, for tests.
    public var port: Int
    /// The largest request body accepted, in bytes (default 16384).
    public var maxBodyBytes: Int
    /// The tokens that may call the API, in file order; names are unique (default none).
    public var tokens: [ApiTokenConfig]

    public static let defaultListen = "127.0.0.1"
    public static let defaultPort = 8080
    public static let defaultMaxBodyBytes = 16384
    public static let portRange = 0...65535
    public static let maxBodyBytesRange = 256...1_048_576

    public init(
        listen: String = defaultListen, port: Int = defaultPort, maxBodyBytes: Int = defaultMaxBodyBytes,
        tokens: [ApiTokenConfig] = []
    ) {
        self.listen = listen
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.tokens = tokens
    }
}

/// One API bearer token, kept only as the SHA-256 digest of the token (`yotqa token new` makes both).
public struct ApiTokenConfig: Sendable, Equatable {
    /// 1 to 64 characters of A-Z, a-z, 0-9, `.`, `_` and `-`; shown in logs instead of the token.
    public var name: String
    /// The SHA-256 digest of the token: 64 lowercase hexadecimal digits.
    public var sha256: String
    public var role: ApiRole
    /// The service ids the token may see; nil: every service. Never empty.
    public var services: [String]?

    public init(name: String, sha256: String, role: ApiRole, services: [String]? = nil) {
        self.name = name
        self.sha256 = sha256
        self.role = role
        self.services = services
    }
}

/// What a token may do, each role including the ones before it.
public enum ApiRole: String, Sendable, Equatable, CaseIterable {
    /// Reads.
    case viewer
    /// Also acknowledges and silences alerts, and asks for drill-downs.
    case manager
    /// Also triggers a cycle.
    case admin
}
