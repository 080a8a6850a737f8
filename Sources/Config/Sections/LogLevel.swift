/// How much the daemon logs, least severe first; the names and order are swift-log's `Logger.Level`, so
/// `Logger.Level(rawValue: level.rawValue)` converts.
public enum LogLevel: String, Sendable, Equatable, CaseIterable {
    case trace
    case debug
    case info
    case notice
    case warning
    case error
    case critical
}
