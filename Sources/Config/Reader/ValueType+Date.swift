public import Dates
import Yams

extension ValueType where Value == LocalDate {
    /// A calendar date written YYYY-MM-DD.
    static var date: ValueType<LocalDate> {
        let expected = "a date such as 2025-04-01"
        return .scalar(expected: expected) { scalar, _ in
            guard let date = LocalDate(scalar.string) else {
                return .failure(.mismatch(expected: expected, found: .scalar(scalar)))
            }
            return .success(date)
        }
    }
}
