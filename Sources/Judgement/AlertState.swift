/// Where an alert occurrence is in its lifecycle.
public enum AlertState: String, Sendable, CaseIterable {
    /// Its condition holds, but not yet for the configured number of cycles. Not shown as an alert.
    case pending
    /// Its condition has held long enough; nobody has acknowledged it.
    case firing
    /// Somebody has said they are dealing with it; it stays until its condition clears.
    case acknowledged
    /// Its condition was clear for the configured number of cycles. Final for this occurrence.
    case resolved

    /// Pending, firing or acknowledged: the occurrence is still followed from cycle to cycle.
    public var isOpen: Bool { self != .resolved }
}

/// Why an open alert sends nothing for now.
public enum Suppression: Sendable, Equatable, CustomStringConvertible {
    /// A silence covers it.
    case silence(id: Int)
    /// Its service's data are stale, so its figures are not trustworthy.
    case staleData

    public var description: String {
        switch self {
        case .silence(let id): "silence \(id)"
        case .staleData: "stale data"
        }
    }
}
