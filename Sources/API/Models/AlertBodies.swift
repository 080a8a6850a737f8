import Foundation
import Judgement
import Store

/// An alert occurrence as the API shows it.
struct AlertBody: Encodable {
    struct Acknowledgement: Encodable {
        var by: String
        var at: String
        var note: String
    }

    struct Suppression: Encodable {
        /// `silence` or `stale_data`.
        var reason: String
        var silenceID: Int?
    }

    var id: Int
    var service: String?
    var indicator: String?
    var kind: String
    var occurrence: Int
    var state: String
    var severity: String
    var cause: String
    var since: String
    var firedAt: String?
    var acknowledged: Acknowledgement?
    var resolvedAt: String?
    var suppression: Suppression?

    init(_ stored: StoredAlert) {
        let record = stored.record
        id = stored.alertID
        service = record.identity.service
        indicator = record.identity.indicator
        kind = record.identity.kind.rawValue
        occurrence = record.occurrence
        state = record.state.rawValue
        severity = record.severity.rawValue
        cause = record.cause
        since = Timestamps.text(record.since)
        firedAt = Timestamps.text(record.firedAt)
        acknowledged = record.acknowledgement.map {
            Acknowledgement(by: $0.by, at: Timestamps.text($0.at), note: $0.note)
        }
        resolvedAt = Timestamps.text(record.resolvedAt)
        switch record.suppression {
        case .silence(let id): suppression = Suppression(reason: "silence", silenceID: id)
        case .staleData: suppression = Suppression(reason: "stale_data")
        case nil: suppression = nil
        }
    }
}

struct AlertsBody: Encodable {
    var snapshot: SnapshotRef
    var alerts: [AlertBody]
}

struct AlertEventBody: Encodable {
    var at: String
    var change: String
    var state: String
    var cause: String
    var actor: String?

    init(_ event: AlertEvent) {
        at = Timestamps.text(event.at)
        change = event.change.rawValue
        state = event.state.rawValue
        cause = event.cause
        actor = event.actor
    }
}

struct AlertDetailBody: Encodable {
    var alert: AlertBody
    var history: [AlertEventBody]
}
