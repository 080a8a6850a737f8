/// One problem found in a configuration file, with where it is and which key it concerns.
///
/// `line` and `column` are 1-based, columns counted in Unicode scalars as YAML editors do. Both are 0 for a
/// problem with the file as a whole (it cannot be read), which has no position.
public struct ConfigError: Error, Equatable, CustomStringConvertible {
    /// The file as it was named to the loader.
    public var file: String
    public var line: Int
    public var column: Int
    /// Dotted path of the key, such as `database.statement_timeout` or `rules[2].name`; nil for a problem
    /// that belongs to no key, such as a YAML syntax error.
    public var keyPath: String?
    /// What is wrong and what was expected; never contains a secret from the file.
    public var message: String

    public init(file: String, line: Int, column: Int, keyPath: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
    }

    /// `FILE:LINE:COLUMN: KEYPATH: MESSAGE`, the form editors and CI logs turn into a link; the key path is left
    /// out when there is none, and the line and column when there is no position.
    public var description: String {
        var text = file
        if line > 0 {
            text += ":\(line):\(column)"
        }
        if let keyPath, !keyPath.isEmpty {
            text += ": \(keyPath)"
        }
        return text + ": " + message
    }
}
