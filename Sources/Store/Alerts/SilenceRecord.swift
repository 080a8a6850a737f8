public import Foundation
public import Judgement
import Postgres

/// A silence as kept in `yotqa.silences`, with whether somebody ended it early.
public struct SilenceRecord: Sendable, Equatable {
    public var silence: Silence
    /// When somebody ended it early; nil for one still in force, not yet started, or run to its end.
    public var endedAt: Date?
    /// Who ended it early.
    public var endedBy: String?

    public init(silence: Silence, endedAt: Date? = nil, endedBy: String? = nil) {
        self.silence = silence
        self.endedAt = endedAt
        self.endedBy = endedBy
    }
}

extension SilenceRecord {
    static let columns = "silence_id, service_id, indicator, reason, author, starts_at, ends_at, ended_at, ended_by"

    init(row: PostgresRow) throws(PostgresError) {
        self.init(
            silence: try Silence(row: row), endedAt: try row.decode(Date?.self, "ended_at"),
            endedBy: try row.decode(String?.self, "ended_by"))
    }
}

extension Silence {
    /// Reads the columns of `SilenceRecord.columns` up to `ends_at`.
    init(row: PostgresRow) throws(PostgresError) {
        self.init(
            id: try row.decode(Int.self, "silence_id"), service: try row.decode(String?.self, "service_id"),
            indicator: try row.decode(String?.self, "indicator"), reason: try row.decode(String.self, "reason"),
            author: try row.decode(String.self, "author"), startsAt: try row.decode(Date.self, "starts_at"),
            endsAt: try row.decode(Date.self, "ends_at"))
    }
}
