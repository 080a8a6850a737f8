import Synchronization

/// A value the daemon replaces whole when its config is reloaded (SIGHUP): readers take the one
/// in force at that moment, and a reload never leaves them half of each.
public final class Reloadable<Value: Sendable>: Sendable {
    private let current: Mutex<(value: Value, generation: Int)>

    public init(_ value: Value) {
        current = Mutex((value, 0))
    }

    public var value: Value {
        current.withLock { $0.value }
    }

    /// The value in force and how many times it has been replaced: a reader that kept something
    /// worked out from an earlier value knows whether it still holds.
    var versioned: (value: Value, generation: Int) {
        current.withLock { $0 }
    }

    public func replace(with value: Value) {
        current.withLock { $0 = (value, $0.generation + 1) }
    }
}
