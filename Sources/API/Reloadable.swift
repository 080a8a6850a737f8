import Synchronization

/// A value the daemon replaces whole when its config is reloaded (SIGHUP): readers take the one
/// in force at that moment, and a reload never leaves them half of each.
public final class Reloadable<Value: Sendable>: Sendable {
    private let current: Mutex<Value>

    public init(_ value: Value) {
        current = Mutex(value)
    }

    public var value: Value {
        current.withLock { $0 }
    }

    public func replace(with value: Value) {
        current.withLock { $0 = value }
    }
}
