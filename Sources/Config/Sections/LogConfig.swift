/// What the daemon logs; section `log` of the config file.
public struct LogConfig: Sendable, Equatable {
    /// Key `level`; messages below it are dropped.
    public var level: LogLevel

    public static let defaultLevel = LogLevel.info

    public init(level: LogLevel = defaultLevel) {
        self.level = level
    }
}
