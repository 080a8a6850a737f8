/// How to reach the council's mail relay.
public struct SMTPSettings: Sendable, Equatable {
    public enum Security: String, Sendable, Equatable {
        /// Plain connection upgraded with STARTTLS, which the relay must offer (port 587).
        case starttls
        /// TLS from the first byte (smtps, port 465).
        case tls
        /// No encryption: only to a relay on this machine, which the config checks.
        case plain
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    /// From a file (systemd credentials) or the environment; never from the config file.
    public var password: String?
    /// A PEM bundle of the CAs that may sign the relay's certificate; nil: the system's.
    public var caFile: String?
    /// The longest a connection may take to open, and a whole delivery to finish.
    public var timeout: Duration

    public init(
        host: String, port: Int, security: Security, username: String? = nil, password: String? = nil,
        caFile: String? = nil, timeout: Duration = .seconds(30)
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.caFile = caFile
        self.timeout = timeout
    }

    /// `smtp://relay:587` or `smtps://relay:465`, with an IPv6 address in brackets.
    var url: String {
        let scheme = security == .tls ? "smtps" : "smtp"
        let host = self.host.contains(":") && !self.host.hasPrefix("[") ? "[\(self.host)]" : self.host
        return "\(scheme)://\(host):\(port)"
    }
}
