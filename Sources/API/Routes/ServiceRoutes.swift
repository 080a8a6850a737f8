import Hummingbird
import Judgement

extension YotqaAPI {
    /// `GET /v1/services`: the services the token may see, with how their indicators stand.
    func services(_ request: Request, _ context: APIRequestContext) throws -> Response {
        let caller = try context.requireCaller()
        _ = try QueryParameters(request, allowed: [])
        let snapshot = try currentSnapshot()
        return try cached(request, context, snapshot, caller: caller, variant: "") {
            let services = snapshot.services.filter { caller.maySee($0.id) }.map { service in
                var ratings = ServiceSummary.Ratings(red: 0, amber: 0, green: 0, unrated: 0)
                for definition in snapshot.definitions {
                    switch snapshot.series(service: service.id, indicator: definition.id).last?.rag {
                    case .red: ratings.red += 1
                    case .amber: ratings.amber += 1
                    case .green: ratings.green += 1
                    case nil: ratings.unrated += 1
                    }
                }
                let open = snapshot.alerts.filter {
                    $0.record.identity.service == service.id && $0.record.state != .resolved
                }.count
                return ServiceSummary(id: service.id, name: service.name, ratings: ratings, openAlerts: open)
            }
            return try JSONBody.render(ServicesBody(snapshot: SnapshotRef(snapshot), services: services))
        }
    }
}
