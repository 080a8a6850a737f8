/// Replaces `${NAME}` with the value of the environment variable NAME.
///
/// Only the braced form is expanded, so a `$` elsewhere is kept as it is; there is no default-value syntax, as
/// a path that silently changes when a variable is missing is worse than an error.
enum EnvironmentExpansion {
    static func expand(_ text: String, from environment: [String: String]) -> Result<String, ValueProblem> {
        var result = ""
        var rest = Substring(text)
        while let dollar = rest.firstRange(of: "${") {
            result += rest[..<dollar.lowerBound]
            let afterBrace = rest[dollar.upperBound...]
            guard let close = afterBrace.firstIndex(of: "}") else {
                return .failure(ValueProblem("'${' is not closed by '}'"))
            }
            let name = String(afterBrace[..<close])
            guard isVariableName(name) else {
                return .failure(ValueProblem("'${\(name)}' is not a variable name (letters, digits and _)"))
            }
            guard let value = environment[name] else {
                return .failure(ValueProblem("environment variable \(name) is not set"))
            }
            guard !value.isEmpty else {
                return .failure(ValueProblem("environment variable \(name) is empty"))
            }
            result += value
            rest = afterBrace[afterBrace.index(after: close)...]
        }
        return .success(result + rest)
    }

    private static func isVariableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || isLetter(first) else {
            return false
        }
        return name.unicodeScalars.allSatisfy { $0 == "_" || isLetter($0) || ("0"..."9").contains($0) }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
