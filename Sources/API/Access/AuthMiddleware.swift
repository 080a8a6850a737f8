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
        guard let secret = Self.secret(header) else {
            throw Problem(.unauthorized, "the Authorization header must be 'Bearer' and a token", headers: challenge)
        }
        guard let token = book.value.identify(secret) else {
            throw Problem(.unauthorized, "the bearer token is not known (revoked, or mistyped)", headers: challenge)
        }
        var context = context
        context.caller = token
        return try await next(request, context)
    }

    /// The secret of an `Authorization: Bearer …` header (the scheme in any case, spaces or tabs
    /// around the secret left out); nil for any other form. On UTF-8 bytes: splitting and
    /// lower-casing the `String` were a tenth of a replayed read's time.
    static func secret(_ header: String) -> Substring? {
        let bytes = header.utf8
        func blank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var start = bytes.startIndex
        while start < bytes.endIndex, bytes[start] == UInt8(ascii: " ") { start = bytes.index(after: start) }
        guard let space = bytes[start...].firstIndex(of: UInt8(ascii: " ")),
            bytes[start..<space].elementsEqual("bearer".utf8, by: { $0 | 0x20 == $1 })
        else { return nil }
        var lower = bytes.index(after: space)
        var upper = bytes.endIndex
        guard lower < upper else { return nil }
        while lower < upper, blank(bytes[lower]) { lower = bytes.index(after: lower) }
        while upper > lower, blank(bytes[bytes.index(before: upper)]) { upper = bytes.index(before: upper) }
        return header[lower..<upper]
    }
}
