import Foundation
import Judgement
import Store

/// One line saying what a cycle did, for people (stderr or the journal).
enum Summary {
    /// `seconds` is the whole cycle's, judging and writing included.
    static func line(_ record: CycleRecord, seconds total: Double) -> String {
        let seconds = String(format: "%.2f s", total)
        guard record.computed else {
            return "cycle \(record.cycleID ?? 0): data unchanged since cycle \(record.reusedCycleID ?? 0), "
                + "results kept (\(seconds))"
        }
        return "cycle \(record.cycleID ?? 0): \(record.indicatorCount) indicators, \(record.valueCount) values "
            + "(\(record.changedCount) new or revised), \(record.failedCount) failed, in \(seconds)"
    }

    /// `alert S001/assessment_timely/threshold fired: 58.0% for … red (target 80%, …)`.
    static func line(_ event: AlertEvent) -> String {
        let occurrence = event.occurrence > 1 ? " (occurrence \(event.occurrence))" : ""
        return "alert \(event.identity)\(occurrence) \(event.change.rawValue): \(event.cause)"
    }
}
