public import Foundation

extension YotqaConfig {
    /// Reads and checks the file at `path`.
    ///
    /// - Parameter environment: where `${VAR}` in paths is looked up.
    /// - Throws: every problem of the file, each with file, line, column and key path; a file that cannot be
    ///   read is one error naming it with the system's reason.
    public static func load(
        file path: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigErrors) -> YotqaConfig {
        switch FileContents.load(path) {
        case .success(let yaml):
            return try parse(yaml: yaml, file: path, environment: environment)
        case .failure(let failure):
            throw ConfigErrors(errors: [
                ConfigError(file: path, line: 0, column: 0, message: "cannot read the configuration file: \(failure)")
            ])
        }
    }

    /// Checks `yaml` as the content of a config file.
    ///
    /// - Parameter file: the name used in errors; nothing is read from it.
    /// - Throws: every problem found, in file order.
    public static func parse(
        yaml: String,
        file: String,
        environment: [String: String]
    ) throws(ConfigErrors) -> YotqaConfig {
        try ConfigDocument.read(yaml: yaml, file: file, environment: environment, YotqaConfig.init(reading:))
    }
}
