/// Where a value sits in the document, rendered the way operators write it: `database.statement_timeout`,
/// `rules[2].name`. The root is the empty path.
struct ConfigKeyPath: Hashable, Sendable, CustomStringConvertible {
    static let root = ConfigKeyPath(description: "")

    let description: String

    private init(description: String) {
        self.description = description
    }

    var isRoot: Bool { description.isEmpty }

    func appending(key: String) -> ConfigKeyPath {
        ConfigKeyPath(description: isRoot ? key : description + "." + key)
    }

    func appending(index: Int) -> ConfigKeyPath {
        ConfigKeyPath(description: description + "[\(index)]")
    }
}
