public import Foundation

/// Why a person's action on an alert was refused.
public struct AlertActionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension AlertMachine {
    /// Firing → acknowledged, by a named person with a note. Only a firing alert can be acknowledged.
    public static func acknowledge(
        _ record: AlertRecord, by person: String, note: String, at now: Date
    ) throws(AlertActionError) -> (record: AlertRecord, event: AlertEvent) {
        switch record.state {
        case .firing:
            break
        case .acknowledged:
            let by = record.acknowledgement.map { " by \($0.by)" } ?? ""
            throw AlertActionError("alert \(record.identity) is already acknowledged\(by)")
        case .pending:
            throw AlertActionError("alert \(record.identity) has not fired")
        case .resolved:
            throw AlertActionError("alert \(record.identity) is resolved")
        }
        guard !person.isEmpty else { throw AlertActionError("an acknowledgement needs the name of who made it") }
        var changed = record
        changed.state = .acknowledged
        changed.since = now
        changed.acknowledgement = AlertRecord.Acknowledgement(by: person, at: now, note: note)
        var event = event(changed, .acknowledged, at: now, cause: note.isEmpty ? "acknowledged" : note)
        event.actor = person
        return (changed, event)
    }
}
