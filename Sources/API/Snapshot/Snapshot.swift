public import Foundation
import Hummingbird
public import Indicators
import Judgement
public import Store

/// What the API serves: the latest cycle's figures judged, the services, and the alerts. It is
/// immutable; a cycle or an alert change publishes a new one, so a request never waits on
/// PostgreSQL and never sees half of a change.
public final class Snapshot: Sendable {
    public let cycle: CycleRecord
    public let publishedAt: Date
    /// Bumped by every alert or silence change between cycles, so cached reads of alerts renew.
    public let alertsRevision: Int
    public let services: [ServiceName]
    public let definitions: [IndicatorDefinition]
    public let judgement: JudgementSettings
    /// Every series, by (service, indicator, breakdown), in period order.
    let series: [SeriesKey: [JudgedValue]]
    /// The breakdowns each (service, indicator) has, sorted.
    let breakdowns: [SeriesKey: [String]]
    /// Fired alerts (not pending ones), newest first.
    public let alerts: [StoredAlert]
    let cache = ResponseCache()
    /// The reads answered from this snapshot, for `ReplayHandler`.
    let replays = Replays()
    /// When the cycle finished, as an HTTP date: the `Last-Modified` of every read served from it.
    let lastModified: String

    public convenience init(
        cycle: CycleRecord, publishedAt: Date = Date(), alertsRevision: Int = 0, services: [ServiceName],
        definitions: [IndicatorDefinition], judgement: JudgementSettings, values: [JudgedValue],
        alerts: [StoredAlert]
    ) {
        var series: [SeriesKey: [JudgedValue]] = [:]
        for item in values where item.value.serviceID != nil {
            series[SeriesKey(item.value), default: []].append(item)
        }
        var breakdowns: [SeriesKey: Set<String>] = [:]
        for key in series.keys {
            series[key]?.sort { $0.value.periodStart < $1.value.periodStart }
            if let breakdown = key.breakdown {
                breakdowns[SeriesKey(service: key.service, indicator: key.indicator), default: []].insert(breakdown)
            }
        }
        self.init(
            cycle: cycle, publishedAt: publishedAt, alertsRevision: alertsRevision, services: services,
            definitions: definitions, judgement: judgement, series: series,
            breakdowns: breakdowns.mapValues { $0.sorted() }, alerts: alerts)
    }

    /// Seconds since the cycle finished: how old the figures served are (the `Age` of a read). It
    /// grows past the cycle interval when cycles fail, say while the database is away.
    public func age(at now: Date = Date()) -> Int {
        max(0, Int(now.timeIntervalSince(cycle.finishedAt)))
    }

    /// The same figures with other alerts: what an acknowledgement publishes.
    public func with(alerts: [StoredAlert], at time: Date = Date()) -> Snapshot {
        Snapshot(
            cycle: cycle, publishedAt: time, alertsRevision: alertsRevision + 1, services: services,
            definitions: definitions, judgement: judgement, series: series, breakdowns: breakdowns, alerts: alerts)
    }

    private init(
        cycle: CycleRecord, publishedAt: Date, alertsRevision: Int, services: [ServiceName],
        definitions: [IndicatorDefinition], judgement: JudgementSettings, series: [SeriesKey: [JudgedValue]],
        breakdowns: [SeriesKey: [String]], alerts: [StoredAlert]
    ) {
        self.cycle = cycle
        self.lastModified = Timestamps.httpDate(cycle.finishedAt)
        self.publishedAt = publishedAt
        self.alertsRevision = alertsRevision
        self.services = services
        self.definitions = definitions
        self.judgement = judgement
        self.series = series
        self.breakdowns = breakdowns
        self.alerts = alerts
    }

    /// Names this snapshot's content, for ETags: the cycle and the alert revision.
    public var version: String { "\(cycle.cycleID ?? 0).\(alertsRevision)" }

    public func service(_ id: String) -> ServiceName? {
        services.first { $0.id == id }
    }

    public func definition(_ id: String) -> IndicatorDefinition? {
        definitions.first { $0.id == id }
    }

    /// One series in period order (empty when there is none).
    public func series(service: String, indicator: String, breakdown: String? = nil) -> [JudgedValue] {
        series[SeriesKey(service: service, indicator: indicator, breakdown: breakdown)] ?? []
    }

    public func breakdowns(service: String, indicator: String) -> [String] {
        breakdowns[SeriesKey(service: service, indicator: indicator)] ?? []
    }
}

struct SeriesKey: Hashable, Sendable {
    var service: String
    var indicator: String
    var breakdown: String?

    init(service: String, indicator: String, breakdown: String? = nil) {
        self.service = service
        self.indicator = indicator
        self.breakdown = breakdown
    }

    init(_ value: IndicatorValue) {
        self.init(service: value.serviceID ?? "", indicator: value.indicator, breakdown: value.breakdown)
    }
}

extension Snapshot {
    /// Says how old the figures are: `Last-Modified` when the cycle finished, `Age` in seconds since.
    func markAge(_ headers: inout HTTPFields) {
        headers[.lastModified] = lastModified
        headers[.age] = String(age())
    }

    /// A read rendered from this snapshot, as the answer to a request with this method and these
    /// header fields: a 200 or a 304, marked with its age.
    func answer(_ rendered: Rendered, method: HTTPRequest.Method, headers: HTTPFields) -> Response {
        var response = rendered.response(method: method, headers: headers)
        markAge(&response.headers)
        return response
    }
}
