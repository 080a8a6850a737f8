public import Dates
public import Foundation

/// One row of `yotqa.cycles`: when a cycle ran, from what, and how it went.
public struct CycleRecord: Sendable, Equatable {
    public var cycleID: Int?
    public var asOf: LocalDate
    public var startedAt: Date
    public var finishedAt: Date
    public var fingerprint: String
    public var settingsJSON: String
    /// False when the data had not changed and the previous cycle's results were kept.
    public var computed: Bool
    public var reusedCycleID: Int?
    public var indicatorCount: Int
    public var failedCount: Int
    public var valueCount: Int
    public var changedCount: Int
}
