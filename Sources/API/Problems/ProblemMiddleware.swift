import Hummingbird
import Logging
import Postgres

/// Turns every error that reaches it into a problem response, so a client never sees a bare 500:
/// problems and Hummingbird's own HTTP errors keep their status; a database that does not answer
/// is a 503; anything else is logged here and answered with a 500 that says nothing of the cause.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            return problem.response(path: request.uri.path)
        } catch let error as HTTPError {
            let detail = error.body ?? Self.detail(error.status, request)
            return Problem(error.status, detail, headers: error.headers).response(path: request.uri.path)
        } catch let error as PostgresError {
            context.logger.error("database error serving \(request.method) \(request.uri.path): \(error.message)")
            return Self.problem(error).response(path: request.uri.path)
        } catch {
            context.logger.error("unexpected error serving \(request.method) \(request.uri.path): \(error)")
            return Problem(.internalServerError, "an internal error; it has been logged")
                .response(path: request.uri.path)
        }
    }

    /// A database that cannot be reached or is overloaded is a 503 (try again); a value the
    /// database refuses (SQLSTATE classes 22 and 23) came from the request, so a 400; anything
    /// else is ours, a 500.
    static func problem(_ error: PostgresError) -> Problem {
        let sqlClass = error.sqlState.map { String($0.prefix(2)) }
        switch (error.kind, sqlClass) {
        case (.connectionFailed, _), (.connectionLost, _), (_, "08"), (_, "53"), (_, "57"):
            return Problem(
                .serviceUnavailable, "the database did not answer; try again shortly", headers: [.retryAfter: "10"])
        case (_, "22"), (_, "23"):
            return Problem(.badRequest, "the database refused a value of this request: \(error.message)")
        default:
            return Problem(.internalServerError, "an internal error; it has been logged")
        }
    }

    static func detail(_ status: HTTPResponse.Status, _ request: Request) -> String {
        switch status {
        case .notFound: return "no route \(request.method) \(request.uri.path); see /openapi.json"
        case .contentTooLarge: return "the request body is larger than this API accepts"
        default: return status.reasonPhrase
        }
    }
}
