import Yams

extension ValueType where Value == Double {
    /// A YAML number (integer or decimal) within `range`; `"10"` in quotes is a string.
    static func number(in range: ClosedRange<Double>) -> ValueType<Double> {
        let expected = "a number from \(range.lowerBound.formatted) to \(range.upperBound.formatted)"
        return .scalar(expected: expected) { scalar, _ in
            let tag = Node.scalar(scalar).tagName
            guard tag == .int || tag == .float, let value = Double(scalar.string), range.contains(value) else {
                return .failure(.mismatch(expected: expected, found: .scalar(scalar)))
            }
            return .success(value)
        }
    }
}

extension Double {
    /// 0.95, 100, 1.5: no trailing ".0" on whole numbers.
    var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
