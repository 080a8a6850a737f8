import Testing

/// A config file that must not load, with the exact errors it must give, as operators will see them.
struct BrokenFile: Sendable, CustomTestStringConvertible {
    let name: String
    let yaml: String
    var environment: [String: String] = [:]
    let expected: [String]

    var testDescription: String { name }
}
