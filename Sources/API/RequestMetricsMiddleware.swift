import Hummingbird
import Metrics

/// Counts every request by its route template (not its path, so the label set stays small) and
/// the status sent.
struct RequestMetricsMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let response = try await next(request, context)
        let route = context.endpointPath.flatMap { $0 == "NotFound" ? nil : $0 } ?? "unmatched"
        Counter(
            label: MetricNames.httpRequests,
            dimensions: [("route", route), ("method", request.method.rawValue), ("status", "\(response.status.code)")]
        ).increment()
        return response
    }
}
