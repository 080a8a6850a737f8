import Foundation
import Store

struct SilenceBody: Encodable {
    var id: Int
    var service: String?
    var indicator: String?
    var reason: String
    var author: String
    var startsAt: String
    var endsAt: String
    var endedAt: String?
    var endedBy: String?
    /// True while it holds alerts back: started, not over, not ended early.
    var inForce: Bool

    init(_ record: SilenceRecord, at now: Date) {
        let silence = record.silence
        id = silence.id
        service = silence.service
        indicator = silence.indicator
        reason = silence.reason
        author = silence.author
        startsAt = Timestamps.text(silence.startsAt)
        endsAt = Timestamps.text(silence.endsAt)
        endedAt = Timestamps.text(record.endedAt)
        endedBy = record.endedBy
        inForce = record.endedAt == nil && silence.startsAt <= now && now < silence.endsAt
    }
}

struct SilencesBody: Encodable {
    var silences: [SilenceBody]
}
