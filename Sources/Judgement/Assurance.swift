/// Whether a process can be relied on to meet its target, read on its latest point.
public enum Assurance: String, Sendable {
    /// The target lies outside the limits on the good side: the process passes every time.
    case consistentlyPassing = "consistently_passing"
    /// The target lies outside the limits on the bad side: it fails every time unless it changes.
    case consistentlyFailing = "consistently_failing"
    /// The target lies within the limits: it passes or fails at random.
    case inconsistent

    /// H: target below the lower limit passes, above the upper limit fails, otherwise inconsistent;
    /// L mirrored. None for a neutral indicator or without limits.
    public static func of(target: Double, limits: ProcessLimits?, direction: Direction) -> Assurance? {
        guard let limits else { return nil }
        switch direction {
        case .higher:
            if target < limits.lower { return .consistentlyPassing }
            return target > limits.upper ? .consistentlyFailing : .inconsistent
        case .lower:
            if target > limits.upper { return .consistentlyPassing }
            return target < limits.lower ? .consistentlyFailing : .inconsistent
        case .neutral:
            return nil
        }
    }
}
