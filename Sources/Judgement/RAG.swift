/// Red, amber or green: a value judged against an indicator's two bounds.
public enum RAG: String, Sendable, Comparable {
    case green, amber, red

    public static func < (left: RAG, right: RAG) -> Bool {
        left.rank < right.rank
    }

    private var rank: Int {
        switch self {
        case .green: 0
        case .amber: 1
        case .red: 2
        }
    }
}

/// An indicator's green bound (its target) and red bound, in the indicator's own units.
public struct Thresholds: Sendable, Equatable {
    /// The target: at or beyond it (in the indicator's direction) is green.
    public var green: Double
    /// Strictly beyond it in the wrong direction is red; between the two is amber.
    public var red: Double

    public init(green: Double, red: Double) {
        self.green = green
        self.red = red
    }

    /// The rating of `value`: H is green when value ≥ green, red when value < red, amber between;
    /// L mirrored. Neutral indicators are never rated.
    public func rate(_ value: Double, direction: Direction) -> RAG? {
        switch direction {
        case .higher:
            if value >= green { return .green }
            return value < red ? .red : .amber
        case .lower:
            if value <= green { return .green }
            return value > red ? .red : .amber
        case .neutral:
            return nil
        }
    }

    /// `60`, not `60.0`, as the config wrote it.
    static func text(_ bound: Double) -> String {
        bound == bound.rounded() && abs(bound) < 1e15 ? String(Int(bound)) : String(bound)
    }

    /// Why these bounds cannot rate an indicator with `direction`, or nil when they can: the green
    /// bound must be on the better side of the red one (or equal to it, leaving no amber band).
    public func problem(direction: Direction) -> String? {
        switch direction {
        case .higher where green < red:
            "green \(Self.text(green)) is below red \(Self.text(red)), but higher is better"
        case .lower where green > red:
            "green \(Self.text(green)) is above red \(Self.text(red)), but lower is better"
        case .neutral:
            "the indicator is neutral and is never rated"
        default:
            nil
        }
    }
}
