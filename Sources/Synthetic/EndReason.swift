/// `interventions.end_reason`.
enum EndReason: Int, CaseIterable {
    case completed, breached, revoked, transferred, other

    var text: StaticString {
        switch self {
        case .completed: "completed"
        case .breached: "breached"
        case .revoked: "revoked"
        case .transferred: "transferred"
        case .other: "other"
        }
    }

    /// A reason drawn from cumulative per mille shares in the order of `allCases`.
    static func draw(_ cumulative: [Int], _ random: inout RandomSource) -> EndReason {
        EndReason(rawValue: random.pick(cumulative: cumulative)) ?? .completed
    }
}
