/// What every reader of one document shares: the sink that collects problems, the environment for `${VAR}`,
/// and the real names of keys that `DocumentComposer` renamed to get duplicates past Yams.
///
/// A class because readers are handed around by value and must all report into the same list.
final class ReadContext {
    let file: String
    let environment: [String: String]
    private let renamedKeys: [SourcePosition: String]
    private var problems: [(position: SourcePosition, error: ConfigError)] = []

    init(file: String, environment: [String: String], renamedKeys: [SourcePosition: String] = [:]) {
        self.file = file
        self.environment = environment
        self.renamedKeys = renamedKeys
    }

    var hasProblems: Bool { !problems.isEmpty }

    /// The problems in file order; problems at the same place keep the order they were found in.
    var errors: [ConfigError] {
        problems.enumerated()
            .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element.error)
    }

    func report(_ message: String, at position: SourcePosition, keyPath: ConfigKeyPath = .root) {
        let error = ConfigError(
            file: file,
            line: position.line,
            column: position.column,
            keyPath: keyPath.isRoot ? nil : keyPath.description,
            message: message
        )
        problems.append((position, error))
    }

    /// The name the operator wrote for the key at `position`, if it was renamed while composing.
    func originalKeyName(at position: SourcePosition) -> String? {
        renamedKeys[position]
    }
}
