import Indicators

/// A count as it may leave the service: the number, or `"[c]"` for 1 to 4 (the small-number rule).
enum Figure: Encodable, Equatable {
    case number(Double)
    case suppressed

    /// nil stays nil; 1 to 4 become `[c]`.
    init?(count: Double?) {
        guard let count else { return nil }
        self = DisplayText.isSmallCount(count) ? .suppressed : .number(count)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .suppressed: try container.encode("[c]")
        }
    }

    /// The cell of a CSV file.
    var text: String {
        switch self {
        case .number(let number): return CSVTable.number(number)
        case .suppressed: return "[c]"
        }
    }
}
