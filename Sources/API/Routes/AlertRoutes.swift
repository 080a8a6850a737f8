import Foundation
import Hummingbird
import Judgement
import Store

extension YotqaAPI {
    /// `GET /v1/alerts?state=&service=&kind=`: fired alerts the token may see, newest first.
    func alerts(_ request: Request, _ context: APIRequestContext) throws -> Response {
        let caller = try context.requireCaller()
        let query = try QueryParameters(request, allowed: ["state", "service", "kind"])
        let state = try query.choice("state", AlertState.allCases.filter { $0 != .pending }.map(\.rawValue))
        let kind = try query.choice("kind", AlertKind.allCases.map(\.rawValue))
        let service = try query.string("service")
        if let service { try checkVisible(service, caller) }
        let snapshot = try currentSnapshot()
        return try cached(request, context, snapshot, caller: caller, variant: query.canonical) {
            let alerts = snapshot.alerts.filter { stored in
                let record = stored.record
                return caller.maySee(record.identity.service)
                    && (state == nil || record.state.rawValue == state)
                    && (kind == nil || record.identity.kind.rawValue == kind)
                    && (service == nil || record.identity.service == service)
            }
            return try JSONBody.render(AlertsBody(snapshot: SnapshotRef(snapshot), alerts: alerts.map(AlertBody.init)))
        }
    }

    /// `GET /v1/alerts/{id}`: one alert and its history, read from PostgreSQL.
    func alert(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        _ = try QueryParameters(request, allowed: [])
        let id = try pathID(context)
        let stored = try await visibleAlert(id, caller)
        let history = try await AlertStore.history(alertID: id, on: database)
        return try JSONBody.render(AlertDetailBody(alert: AlertBody(stored), history: history.map(AlertEventBody.init)))
            .response(to: request)
    }

    /// `POST /v1/alerts/{id}/acknowledge` with `{"note": …}`: managers only; audited.
    func acknowledge(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let caller = try context.require(.manager)
        _ = try QueryParameters(request, allowed: [])
        let id = try pathID(context)
        let body = try await RequestBody.read(request, limit: maxBodyBytes, allowed: ["note"])
        let note = try body.requiredString("note")
        _ = try await visibleAlert(id, caller)
        let updated: StoredAlert
        do {
            updated = try await AlertStore.acknowledge(alertID: id, by: caller.name, note: note, on: database)
        } catch let error as AlertActionError {
            throw Problem(.conflict, error.description)
        }
        try await AuditLog.write(
            actor: caller.name, action: "acknowledge", target: "alert \(id)", detail: note, on: database)
        try await refreshAlerts()
        return try JSONBody.render(AlertBody(updated)).response(to: request)
    }

    /// A fired alert the token may see, or a 404 (also for one it may not see: nothing leaks).
    func visibleAlert(_ id: Int, _ caller: APIToken) async throws -> StoredAlert {
        guard let stored = try await AlertStore.alert(id: id, on: database), stored.record.state != .pending,
            caller.maySee(stored.record.identity.service)
        else { throw Problem.notFound("no alert \(id)") }
        return stored
    }

    /// Publishes the alerts as they now stand, so reads show a change at once.
    func refreshAlerts() async throws {
        try await snapshots.refreshAlerts { try await AlertStore.list(on: database) }
        if let snapshot = snapshots.snapshot { ServiceMetrics.alerts(snapshot) }
    }
}
