import Dates
import Hummingbird

/// A route's query parameters, checked: an unknown or repeated parameter is a 400 naming it.
struct QueryParameters {
    private let items: [String: String]

    init(_ request: Request, allowed: [String]) throws(Problem) {
        var items: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            guard allowed.contains(name) else {
                let takes = allowed.isEmpty ? "no parameters" : "only " + allowed.joined(separator: ", ")
                throw Problem.badParameter(name, "unknown parameter; this route takes \(takes)")
            }
            guard items[name] == nil else { throw Problem.badParameter(name, "given more than once") }
            items[name] = String(value)
        }
        self.items = items
    }

    func string(_ name: String) throws(Problem) -> String? {
        guard let value = items[name] else { return nil }
        guard !value.isEmpty, value.count <= 200 else {
            throw Problem.badParameter(name, "must be between 1 and 200 characters")
        }
        return value
    }

    func date(_ name: String) throws(Problem) -> LocalDate? {
        guard let text = items[name] else { return nil }
        guard let date = LocalDate(text) else {
            throw Problem.badParameter(name, "'\(text.prefix(40))' is not a date (YYYY-MM-DD)")
        }
        return date
    }

    func int(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(Problem) -> Int {
        guard let text = items[name] else { return fallback }
        guard let number = Int(text), range.contains(number) else {
            throw Problem.badParameter(name, "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func bool(_ name: String, default fallback: Bool) throws(Problem) -> Bool {
        switch items[name] {
        case nil: return fallback
        case "true": return true
        case "false": return false
        default: throw Problem.badParameter(name, "must be true or false")
        }
    }

    /// One of `choices`, or nil when absent.
    func choice(_ name: String, _ choices: [String]) throws(Problem) -> String? {
        guard let value = items[name] else { return nil }
        guard choices.contains(value) else {
            throw Problem.badParameter(name, "must be one of " + choices.joined(separator: ", "))
        }
        return value
    }

    /// The parameters in a fixed order, for cache keys.
    var canonical: String {
        items.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
    }
}
