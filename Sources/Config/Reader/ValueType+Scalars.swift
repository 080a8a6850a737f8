import Yams

extension ValueType where Value == String {
    /// Any scalar, as written: `30` and `yes` are the strings "30" and "yes". No `${VAR}` expansion.
    static var string: ValueType<String> {
        .scalar(expected: "a string") { scalar, _ in .success(scalar.string) }
    }
}

extension ValueType where Value == Bool {
    /// `true` or `false` (and the YAML 1.1 spellings Yams resolves as booleans, such as `yes` and `off`).
    static var bool: ValueType<Bool> {
        let expected = "true or false"
        return .scalar(expected: expected) { scalar, _ in
            guard Node.scalar(scalar).tagName == .bool, let value = Bool.construct(from: scalar) else {
                return .failure(.mismatch(expected: expected, found: .scalar(scalar)))
            }
            return .success(value)
        }
    }
}

extension ValueType where Value == Int {
    /// A YAML integer within `range`; `"10"` in quotes is a string, not a number.
    static func int(in range: ClosedRange<Int>) -> ValueType<Int> {
        let expected = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        return .scalar(expected: expected) { scalar, _ in
            guard Node.scalar(scalar).tagName == .int, let value = Int.construct(from: scalar),
                range.contains(value)
            else {
                return .failure(.mismatch(expected: expected, found: .scalar(scalar)))
            }
            return .success(value)
        }
    }
}

extension ValueType where Value: CaseIterable & RawRepresentable<String> {
    /// One of the raw values of `Value`, exactly as spelt there (so `Info` is wrong, with a hint).
    static func enumeration(of type: Value.Type) -> ValueType<Value> {
        let names = Value.allCases.map(\.rawValue)
        let expected = "one of " + names.joined(separator: ", ")
        return .scalar(expected: expected) { scalar, _ in
            if let value = Value(rawValue: scalar.string) {
                return .success(value)
            }
            var message = ValueProblem.mismatch(expected: expected, found: .scalar(scalar)).message
            if let suggestion = KeySuggestion.closest(to: scalar.string, among: names) {
                message += " (did you mean '\(suggestion)'?)"
            }
            return .failure(ValueProblem(message))
        }
    }
}
