import Hummingbird
import Store

extension YotqaAPI {
    /// The snapshot being served, or a 503 until the first cycle has completed.
    func currentSnapshot() throws(Problem) -> Snapshot {
        guard let snapshot = snapshots.snapshot else {
            throw Problem(
                .serviceUnavailable, "no cycle has completed yet; try again shortly", headers: [.retryAfter: "30"])
        }
        return snapshot
    }

    /// The service a read is about: `service` when given (403 if the token may not see it, 404 if
    /// there is no such service), else the token's only service; otherwise a 400.
    func service(
        _ query: QueryParameters, caller: APIToken, snapshot: Snapshot
    ) throws(Problem) -> ServiceName {
        guard let id = try query.string("service") else {
            if let only = caller.services, only.count == 1, let service = snapshot.service(only.first!) {
                return service
            }
            throw Problem.badParameter("service", "is required: the id of a service (see /v1/services)")
        }
        try checkVisible(id, caller)
        guard let service = snapshot.service(id) else { throw Problem.notFound("no service '\(id)'") }
        return service
    }

    func checkVisible(_ service: String?, _ caller: APIToken) throws(Problem) {
        guard caller.maySee(service) else {
            throw Problem.forbidden("token '\(caller.name)' may not see service '\(service ?? "")'")
        }
    }

    /// A positive whole-number path parameter, or a 400 naming it.
    func pathID(_ context: APIRequestContext, _ name: String = "id") throws(Problem) -> Int {
        guard let text = context.parameters.get(name), let id = Int(text), id > 0 else {
            throw Problem.badParameter(name, "must be a positive whole number")
        }
        return id
    }

    /// A read rendered once per snapshot and token scope. A GET's answer is also remembered for
    /// `ReplayHandler`, under what decided it, so a repeat is answered before Hummingbird's pipeline.
    func cached(
        _ request: Request, _ context: APIRequestContext, _ snapshot: Snapshot, caller: APIToken, variant: String,
        render: () throws -> Rendered
    ) rethrows -> Response {
        let key = ResponseCache.Key(path: request.uri.path, variant: variant, scope: caller.services)
        let rendered = try snapshot.cache.value(for: key, render: render)
        if request.method == .get {
            snapshot.replays.remember(Replays.Key(request.head, caller)) {
                replayEntry(rendered, snapshot, route: RequestMetricsMiddleware.route(context))
            }
        }
        return snapshot.answer(rendered, method: request.method, headers: request.headers)
    }

    /// What `ReplayHandler` needs to answer a repeat of a GET of `rendered` as the routes do.
    private func replayEntry(_ rendered: Rendered, _ snapshot: Snapshot, route: String) -> ReplayEntry {
        ReplayEntry(
            rendered, answered: snapshot.answer(rendered, method: .get, headers: [:]),
            notModified: snapshot.answer(rendered, method: .get, headers: [.ifNoneMatch: rendered.etag]),
            serverName: serverName,
            counters: (
                requestCounters.counter(route: route, method: "GET", status: 200),
                requestCounters.counter(route: route, method: "GET", status: 304)
            ))
    }
}

/// CSV or JSON, by the `.csv` route or the Accept header.
enum Negotiation {
    static func wantsCSV(_ request: Request, csvRoute: Bool?) -> Bool {
        if let csvRoute { return csvRoute }
        guard let accept = request.headers[.accept]?.lowercased() else { return false }
        var best: (csv: Double, json: Double) = (0, 0)
        for entry in accept.split(separator: ",") {
            let parts = entry.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            switch parts.first {
            case "text/csv": best.csv = max(best.csv, quality)
            case "application/json", "*/*", "application/*": best.json = max(best.json, quality)
            default: break
            }
        }
        return best.csv > best.json
    }
}
