/// The special-cause rules of "Making Data Count".
public enum SpecialCause: String, Sendable, CaseIterable {
    /// A point beyond a process limit.
    case astronomical
    /// A run of points on one side of the centre.
    case shift
    /// A run of points each strictly above (or below) the one before.
    case trend
    /// Two of three consecutive points beyond the 2σ band on one side, all three on that side.
    case twoOfThree = "two_of_three"
}

/// Whether a signal is good or bad news, by the indicator's direction.
public enum Variation: String, Sendable {
    case improvement, concern
}

/// A special cause a point takes part in, and what it means (nil for a neutral indicator).
public struct Signal: Sendable, Hashable, CustomStringConvertible {
    public var rule: SpecialCause
    public var variation: Variation?

    public init(_ rule: SpecialCause, _ variation: Variation?) {
        self.rule = rule
        self.variation = variation
    }

    /// `shift (concern)`, or just `shift` for a neutral indicator.
    public var description: String {
        variation.map { "\(rule.rawValue) (\($0.rawValue))" } ?? rule.rawValue
    }
}
