/// A bearer token as the config keeps it: its name (written to the audit log), the SHA-256 digest
/// of its secret, its role, and the services it may see (nil: every service).
public struct APIToken: Sendable {
    public var name: String
    public var digest: TokenDigest
    public var role: Role
    public var services: Set<String>?

    public init(name: String, digest: TokenDigest, role: Role, services: Set<String>? = nil) {
        self.name = name
        self.digest = digest
        self.role = role
        self.services = services
    }

    /// True when the token may see `service`; alerts about the whole system (no service) are
    /// visible to every token.
    public func maySee(_ service: String?) -> Bool {
        guard let service, let services else { return true }
        return services.contains(service)
    }
}
