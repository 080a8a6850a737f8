import Hummingbird
import Indicators
import Store

extension YotqaAPI {
    /// `GET /v1/indicators/{id}/records?service=&period_start=`: the records behind a figure, by
    /// identifier only; by default just those counted against it. Managers only; audited.
    func records(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let caller = try context.require(.manager)
        let query = try QueryParameters(request, allowed: ["service", "period_start", "breakdown", "scope"])
        let snapshot = try currentSnapshot()
        let definition = try self.definition(context, snapshot)
        let service = try self.service(query, caller: caller, snapshot: snapshot)
        guard let periodStart = try query.date("period_start") else {
            throw Problem.badParameter("period_start", "is required: the first day of the figure's period")
        }
        let breakdown = try query.string("breakdown")
        let scope = try query.choice("scope", ["against", "all"]) ?? "against"
        let series = snapshot.series(service: service.id, indicator: definition.id, breakdown: breakdown)
        guard series.contains(where: { $0.value.periodStart == periodStart }) else {
            throw Problem.notFound(
                "\(definition.id) has no figure for \(service.id) starting \(periodStart)"
                    + (breakdown.map { " in breakdown '\($0)'" } ?? ""))
        }
        let settings = try engineSettings(snapshot.cycle.asOf)
        let units = try await engine.drillDown(
            definition.id, service: service.id, periodStart: periodStart, breakdown: breakdown,
            againstOnly: scope == "against", on: database, settings: settings)
        try await AuditLog.write(
            actor: caller.name, action: "drill_down",
            target: "indicator \(definition.id) service \(service.id) period \(periodStart)"
                + (breakdown.map { " breakdown \($0)" } ?? ""),
            detail: "scope \(scope), \(units.count) records", on: database)
        let body = RecordsBody(
            service: ServiceRef(id: service.id, name: service.name), indicator: definition.id,
            periodStart: periodStart.description, breakdown: breakdown, scope: scope, count: units.count,
            records: units.map { RecordBody(id: $0.unitID, numerator: $0.numerator, denominator: $0.denominator) })
        var response = try JSONBody.render(body).response(to: request)
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
