import Hummingbird

/// Requires a known bearer token on every route but `/health/…`, and puts it in the context.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext
    let book: Reloadable<TokenBook>

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if request.uri.path.hasPrefix("/health/") { return try await next(request, context) }
        let challenge: HTTPFields = [.wwwAuthenticate: "Bearer realm=\"yotqa\""]
        guard let header = request.headers[.authorization] else {
            throw Problem(.unauthorized, "a bearer token is required (Authorization: Bearer …)", headers: challenge)
        }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw Problem(.unauthorized, "the Authorization header must be 'Bearer' and a token", headers: challenge)
        }
        // A native trim: Foundation's goes through UTF-16 and was 7% of a request's time.
        var secret = parts[1]
        while let first = secret.first, first == " " || first == "\t" { secret = secret.dropFirst() }
        while let last = secret.last, last == " " || last == "\t" { secret = secret.dropLast() }
        guard let token = book.value.identify(secret) else {
            throw Problem(.unauthorized, "the bearer token is not known (revoked, or mistyped)", headers: challenge)
        }
        var context = context
        context.caller = token
        return try await next(request, context)
    }
}
