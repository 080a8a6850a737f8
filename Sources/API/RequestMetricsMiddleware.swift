import Hummingbird
import Metrics
import Synchronization

/// Counts every request by its route template (not its path, so the label set stays small) and
/// the status sent.
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let response = try await next(request, context)
        counters.counter(route: Self.route(context), method: request.method.rawValue, status: response.status.code)
            .increment()
        return response
    }

    /// The counters, shared with `ReplayHandler`, which answers some requests before the router.
    let counters: Counters

    /// The route template a request matched, as its counters name it.
    static func route(_ context: Context) -> String {
        context.endpointPath.flatMap { $0 == "NotFound" ? nil : $0 } ?? "unmatched"
    }

    /// One counter per route, method and status, made once: making one per request cost 2% of it.
    final class Counters: Sendable {
        private let made = Mutex<[String: Counter]>([:])

        func counter(route: String, method: String, status: Int) -> Counter {
            let key = "\(method) \(route) \(status)"
            return made.withLock { made in
                if let counter = made[key] { return counter }
                let counter = Counter(
                    label: MetricNames.httpRequests,
                    dimensions: [("route", route), ("method", method), ("status", "\(status)")])
                made[key] = counter
                return counter
            }
        }
    }
}
