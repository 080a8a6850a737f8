import Foundation

/// A value the daemon replaces whole when its config is reloaded (SIGHUP): readers take the one
/// in force at that moment, and a reload never leaves them half of each.
public final class Reloadable<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `current` is read and written only under `lock`.
    private let lock = NSLock()
    private var current: Value

    public init(_ value: Value) {
        current = value
    }

    public var value: Value {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    public func replace(with value: Value) {
        lock.lock()
        current = value
        lock.unlock()
    }
}
