import Hummingbird
import Indicators
import Judgement

extension YotqaAPI {
    /// `GET /v1/indicators?service=`: every indicator of a service with its latest figure.
    func indicators(_ request: Request, _ context: APIRequestContext, csv: Bool?) throws -> Response {
        let caller = try context.requireCaller()
        let query = try QueryParameters(request, allowed: ["service"])
        let snapshot = try currentSnapshot()
        let service = try self.service(query, caller: caller, snapshot: snapshot)
        let asCSV = Negotiation.wantsCSV(request, csvRoute: csv)
        return try cached(request, context, snapshot, caller: caller, variant: "\(service.id)|\(asCSV)") {
            let items = snapshot.definitions.map { summary($0, service: service.id, snapshot) }
            if asCSV {
                return IndicatorCSV.list(items, service: service, asOf: snapshot.cycle.asOf.description)
            }
            return try JSONBody.render(
                IndicatorListBody(
                    snapshot: SnapshotRef(snapshot), service: ServiceRef(id: service.id, name: service.name),
                    indicators: items))
        }
    }

    /// `GET /v1/indicators/{id}?service=`: the definition, the whole series, and the breakdowns.
    func indicator(_ request: Request, _ context: APIRequestContext) throws -> Response {
        let caller = try context.requireCaller()
        let query = try QueryParameters(request, allowed: ["service"])
        let snapshot = try currentSnapshot()
        let definition = try self.definition(context, snapshot)
        let service = try self.service(query, caller: caller, snapshot: snapshot)
        return try cached(request, context, snapshot, caller: caller, variant: service.id) {
            let item = summary(definition, service: service.id, snapshot)
            let history = snapshot.series(service: service.id, indicator: definition.id)
            let breakdowns = snapshot.breakdowns(service: service.id, indicator: definition.id).map { name in
                let series = snapshot.series(service: service.id, indicator: definition.id, breakdown: name)
                return BreakdownBody(
                    breakdown: name, latest: series.last.map { PointBody($0, definition) },
                    history: series.map { PointBody($0, definition) })
            }
            return try JSONBody.render(
                IndicatorDetailBody(
                    snapshot: SnapshotRef(snapshot), service: ServiceRef(id: service.id, name: service.name),
                    indicator: DefinitionBody(definition, thresholds: item.thresholds), latest: item.latest,
                    assurance: item.assurance, history: history.map { PointBody($0, definition) },
                    breakdowns: breakdowns))
        }
    }

    /// `GET /v1/indicators/{id}/history?service=&breakdown=`: one series, as JSON or CSV.
    func history(_ request: Request, _ context: APIRequestContext, csv: Bool?) throws -> Response {
        let caller = try context.requireCaller()
        let query = try QueryParameters(request, allowed: ["service", "breakdown"])
        let snapshot = try currentSnapshot()
        let definition = try self.definition(context, snapshot)
        let service = try self.service(query, caller: caller, snapshot: snapshot)
        let breakdown = try query.string("breakdown")
        if let breakdown, !snapshot.breakdowns(service: service.id, indicator: definition.id).contains(breakdown) {
            throw Problem.badParameter("breakdown", "'\(breakdown)' is not a breakdown of \(definition.id)")
        }
        let asCSV = Negotiation.wantsCSV(request, csvRoute: csv)
        return try cached(request, context, snapshot, caller: caller, variant: "\(query.canonical)|\(asCSV)") {
            let series = snapshot.series(service: service.id, indicator: definition.id, breakdown: breakdown)
            let points = series.map { PointBody($0, definition) }
            if asCSV {
                return IndicatorCSV.history(
                    points, service: service, indicator: definition.id, asOf: snapshot.cycle.asOf.description)
            }
            return try JSONBody.render(
                HistoryBody(
                    snapshot: SnapshotRef(snapshot), service: ServiceRef(id: service.id, name: service.name),
                    indicator: definition.id, breakdown: breakdown, history: points))
        }
    }

    /// The indicator named by the path, or a 404.
    func definition(_ context: APIRequestContext, _ snapshot: Snapshot) throws(Problem) -> IndicatorDefinition {
        let id = context.parameters.get("id") ?? ""
        guard let definition = snapshot.definition(id) else {
            throw Problem.notFound("no indicator '\(id.prefix(80))'; GET /v1/indicators lists them")
        }
        return definition
    }

    /// An indicator of a service with its latest total figure, and assurance on the latest `ok` one.
    func summary(_ definition: IndicatorDefinition, service: String, _ snapshot: Snapshot) -> IndicatorSummary {
        let series = snapshot.series(service: service, indicator: definition.id)
        let thresholds =
            definition.direction == .neutral
            ? nil : snapshot.judgement.thresholds(for: definition.id, service: service)
        return IndicatorSummary(
            id: definition.id, title: definition.title, direction: definition.direction.rawValue,
            measure: definition.measure.rawValue,
            thresholds: thresholds.map { ThresholdsBody(green: $0.green, red: $0.red) },
            latest: series.last.map { PointBody($0, definition) },
            assurance: series.last { $0.assurance != nil }?.assurance?.rawValue)
    }
}

extension DefinitionBody {
    init(_ definition: IndicatorDefinition, thresholds: ThresholdsBody?) {
        self.init(
            id: definition.id, title: definition.title, description: definition.description, notes: definition.notes,
            direction: definition.direction.rawValue, measure: definition.measure.rawValue,
            period: definition.period.rawValue, breakdown: definition.breakdown, thresholds: thresholds,
            provisionalMonths: definition.provisionalMonths, smallNumbersExempt: definition.smallNumbersExempt)
    }
}
