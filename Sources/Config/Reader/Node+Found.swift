import Yams

extension Node {
    /// The YAML type of the node, `.str`, `.int`, `.null` and so on; `Tag.name` itself is not public in Yams.
    var tagName: Tag.Name {
        Resolver.default.resolveTag(of: self)
    }

    /// True for `~`, `null` and a key with nothing after it.
    var isNull: Bool {
        if case .scalar = self {
            return tagName == .null
        }
        return false
    }

    /// How the node is named after "got" in a message: `a mapping`, `a list`, `30`, `"ten"`, `no value`.
    ///
    /// Strings are quoted so that `"30"` and `30` read differently; long strings and strings that may hold a
    /// password are described instead of shown, because messages end up in logs.
    var foundDescription: String {
        switch self {
        case .mapping:
            return "a mapping"
        case .sequence:
            return "a list"
        case .alias:
            return "an alias"
        case .scalar(let scalar):
            if isNull {
                return "no value"
            }
            if tagName != .str {
                return scalar.string
            }
            return Self.describe(string: scalar.string)
        }
    }

    private static let longestShownString = 60

    private static func describe(string: String) -> String {
        if string.isEmpty {
            return "an empty string"
        }
        if SecretRedaction.mayHoldSecret(string) {
            return "a string that is not shown because it may hold a password"
        }
        if string.unicodeScalars.count > longestShownString {
            return "a string of \(string.unicodeScalars.count) characters"
        }
        return MessageText.quoted(string)
    }
}
