import Yams

/// How to turn one YAML node into a typed value, and how to say what was expected when it cannot.
///
/// Readers take a `ValueType` instead of having one method per type, so a new kind of value (a URL, a time of
/// day, a mail address) is one new static member and works at once with `optional`, `required`, `value(default:)`
/// and sequences.
struct ValueType<Value> {
    /// What a right value looks like, written to follow "expected": `a duration such as 30s or 5m`.
    let expected: String
    private let decoder: (Node, ReadContext) -> Result<Value, ValueProblem>

    init(expected: String, decode: @escaping (Node, ReadContext) -> Result<Value, ValueProblem>) {
        self.expected = expected
        self.decoder = decode
    }

    func decode(_ node: Node, in context: ReadContext) -> Result<Value, ValueProblem> {
        decoder(node, context)
    }

    /// A type that takes one non-null scalar; anything else is reported as `expected …, got …`.
    static func scalar(
        expected: String,
        _ convert: @escaping (Node.Scalar, ReadContext) -> Result<Value, ValueProblem>
    ) -> ValueType<Value> {
        ValueType(expected: expected) { node, context in
            guard case .scalar(let scalar) = node, !node.isNull else {
                return .failure(.mismatch(expected: expected, found: node))
            }
            return convert(scalar, context)
        }
    }

    /// This type with an extra check on the decoded value; `check` returns the message of the problem, if any.
    func checked(_ check: @escaping (Value) -> String?) -> ValueType<Value> {
        ValueType(expected: expected) { node, context in
            decoder(node, context).flatMap { value in
                if let message = check(value) {
                    return .failure(ValueProblem(message))
                }
                return .success(value)
            }
        }
    }
}

/// Why a node could not be decoded; reported at the node, under its key path.
struct ValueProblem: Error, Equatable {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    static func mismatch(expected: String, found node: Node) -> ValueProblem {
        ValueProblem("expected \(expected), got \(node.foundDescription)")
    }
}
