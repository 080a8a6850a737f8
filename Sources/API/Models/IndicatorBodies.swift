import Indicators
import Judgement

/// Which cycle a body was read from.
struct SnapshotRef: Encodable {
    var cycleID: Int
    var asOf: String
    var computedAt: String

    init(_ snapshot: Snapshot) {
        cycleID = snapshot.cycle.cycleID ?? 0
        asOf = snapshot.cycle.asOf.description
        computedAt = Timestamps.text(snapshot.cycle.finishedAt)
    }
}

struct ServiceRef: Encodable {
    var id: String
    var name: String
}

struct ThresholdsBody: Encodable {
    var green: Double
    var red: Double
}

/// An indicator of a service with its latest figure: one row of `GET /v1/indicators`.
struct IndicatorSummary: Encodable {
    var id: String
    var title: String
    var direction: String
    var measure: String
    var thresholds: ThresholdsBody?
    var latest: PointBody?
    /// On the latest point of the series' `ok` figures (INDICATORS.md, "Assurance").
    var assurance: String?
}

struct IndicatorListBody: Encodable {
    var snapshot: SnapshotRef
    var service: ServiceRef
    var indicators: [IndicatorSummary]
}

/// What an indicator is: its header and notes, in the catalogue's words.
struct DefinitionBody: Encodable {
    var id: String
    var title: String
    var description: String
    var notes: String
    var direction: String
    var measure: String
    var period: String
    var breakdown: String?
    var thresholds: ThresholdsBody?
    var provisionalMonths: Int?
    var smallNumbersExempt: Bool
}

struct BreakdownBody: Encodable {
    var breakdown: String
    var latest: PointBody?
    var history: [PointBody]
}

struct IndicatorDetailBody: Encodable {
    var snapshot: SnapshotRef
    var service: ServiceRef
    var indicator: DefinitionBody
    var latest: PointBody?
    var assurance: String?
    var history: [PointBody]
    var breakdowns: [BreakdownBody]
}

struct HistoryBody: Encodable {
    var snapshot: SnapshotRef
    var service: ServiceRef
    var indicator: String
    var breakdown: String?
    var history: [PointBody]
}

struct RecordBody: Encodable {
    var id: String
    var numerator: Double?
    var denominator: Double?
}

struct RecordsBody: Encodable {
    var service: ServiceRef
    var indicator: String
    var periodStart: String
    var breakdown: String?
    /// `against`: only the records counted against the figure; `all`: every record behind it.
    var scope: String
    var count: Int
    var records: [RecordBody]
}
