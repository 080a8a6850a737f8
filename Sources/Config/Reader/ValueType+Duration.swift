extension ValueType where Value == Duration {
    /// A duration in the config syntax (`30s`, `5m`, `1h30m`, see `Duration(configSyntax:)`) within `range`.
    static func duration(in range: ClosedRange<Duration>) -> ValueType<Duration> {
        let syntax = "a duration such as 30s or 5m"
        let bounds = "a duration from \(range.lowerBound.configSyntax) to \(range.upperBound.configSyntax)"
        return .scalar(expected: syntax) { scalar, _ in
            guard let duration = Duration(configSyntax: scalar.string) else {
                return .failure(.mismatch(expected: syntax, found: .scalar(scalar)))
            }
            guard range.contains(duration) else {
                // Written as the operator wrote it, unquoted: it is a well-formed duration, just too short or long.
                return .failure(ValueProblem("expected \(bounds), got \(scalar.string)"))
            }
            return .success(duration)
        }
    }
}
