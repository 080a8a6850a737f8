import Config
import Logging

/// Bootstraps swift-log once per process, to stderr (journald under systemd).
enum LogSetup {
    static func bootstrap(level: LogLevel) {
        let swiftLevel = Logger.Level(rawValue: level.rawValue) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = swiftLevel
            return handler
        }
    }
}
