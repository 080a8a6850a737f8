import Hummingbird
import Store

extension YotqaAPI {
    /// `GET /v1/cycles?limit=`: the latest cycles, newest first, with what failed in each.
    func cycleList(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        _ = try context.requireCaller()
        let query = try QueryParameters(request, allowed: ["limit"])
        let limit = try query.int("limit", in: 1...500, default: 20)
        let cycles = try await CycleHistory.recent(limit: limit, on: database)
        return try JSONBody.render(CyclesBody(cycles: cycles.map(CycleBody.init))).response(to: request)
    }

    /// `POST /v1/cycles`: asks for a cycle now; admins only; audited. Answers 202 at once: the
    /// cycle runs in the background, and `GET /v1/cycles` shows it when it has finished.
    func triggerCycle(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let caller = try context.require(.admin)
        _ = try QueryParameters(request, allowed: [])
        let queued = cycles.request()
        try await AuditLog.write(
            actor: caller.name, action: "cycle_trigger", target: "cycle",
            detail: queued ? "queued" : "already queued", on: database)
        let body = TriggerBody(
            status: "queued",
            detail: queued ? "a cycle will start shortly" : "a cycle was already queued; this request joins it")
        return try JSONBody.render(body).response(to: request, status: .accepted)
    }

    /// `GET /v1/deliveries?limit=`: the email delivery log, newest attempt first.
    func deliveries(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        _ = try context.requireCaller()
        let query = try QueryParameters(request, allowed: ["limit"])
        let limit = try query.int("limit", in: 1...500, default: 50)
        let attempts = try await DeliveryLog.recent(limit: limit, on: database)
        return try JSONBody.render(DeliveriesBody(deliveries: attempts.map(DeliveryBody.init))).response(to: request)
    }
}
