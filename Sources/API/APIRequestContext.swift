public import Hummingbird

/// The request context of every API route: Hummingbird's core storage plus the token that
/// authenticated the request (nil on the health routes, which need none).
public struct APIRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var caller: APIToken?

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// The authenticated token; the auth middleware guarantees one on every route but health.
    func requireCaller() throws(Problem) -> APIToken {
        guard let caller else { throw Problem(.unauthorized, "a bearer token is required") }
        return caller
    }

    /// The authenticated token, if its role is at least `role`.
    func require(_ role: Role) throws(Problem) -> APIToken {
        let caller = try requireCaller()
        guard caller.role >= role else {
            throw Problem.forbidden(
                "token '\(caller.name)' has role \(caller.role.rawValue); this needs \(role.rawValue) or above")
        }
        return caller
    }
}
