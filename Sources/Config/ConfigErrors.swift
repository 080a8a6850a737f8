/// Every problem found in one configuration file, in file order, so an operator can fix them all in one go.
public struct ConfigErrors: Error, Equatable, CustomStringConvertible {
    /// Never empty when thrown by the loader.
    public var errors: [ConfigError]

    public init(errors: [ConfigError]) {
        self.errors = errors
    }

    /// One error per line, in file order, without a trailing newline.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
