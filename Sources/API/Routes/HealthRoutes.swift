import Hummingbird

extension YotqaAPI {
    /// `GET /health/live`: the process answers. No token.
    func live(_ request: Request) -> Response {
        let body =
            (try? JSONBody.render(HealthBody(status: "live"))) ?? Rendered(bytes: [], contentType: MediaTypes.json)
        var response = body.response(to: request)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// `GET /health/ready`: 200 only when the database answers and a cycle has completed; a 503
    /// problem saying which is missing otherwise. No token.
    func ready(_ request: Request) async throws -> Response {
        guard let snapshot = snapshots.snapshot else {
            throw Problem(.serviceUnavailable, "not ready: no cycle has completed yet", headers: [.retryAfter: "30"])
        }
        do {
            _ = try await database.query("SELECT 1")
        } catch {
            throw Problem(.serviceUnavailable, "not ready: the database does not answer", headers: [.retryAfter: "10"])
        }
        let ref = SnapshotRef(snapshot)
        var response = try JSONBody.render(
            HealthBody(status: "ready", cycleID: ref.cycleID, asOf: ref.asOf, computedAt: ref.computedAt)
        ).response(to: request)
        response.headers[.cacheControl] = "no-store"
        snapshot.markAge(&response.headers)
        return response
    }

    /// `GET /metrics`: every metric in Prometheus' text format.
    func metrics(_ request: Request, _ context: APIRequestContext) throws -> Response {
        _ = try context.requireCaller()
        _ = try QueryParameters(request, allowed: [])
        if let snapshot = snapshots.snapshot { ServiceMetrics.snapshotAge(snapshot) }
        let text = metricsText()
        return Response(
            status: .ok, headers: [.contentType: MediaTypes.prometheus, .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `GET /openapi.json`: the OpenAPI 3.1 document of this API.
    func openAPI(_ request: Request, _ context: APIRequestContext) throws -> Response {
        _ = try context.requireCaller()
        _ = try QueryParameters(request, allowed: [])
        return OpenAPIDocument.rendered.response(to: request)
    }
}
