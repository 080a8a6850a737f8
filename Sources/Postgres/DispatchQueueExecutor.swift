import Dispatch

/// A serial executor backed by a private serial `DispatchQueue`.
///
/// libpq's calls block. An actor that runs on this executor keeps those blocking calls on its own
/// thread and off Swift's cooperative pool (Linux Dispatch has no `DispatchSerialQueue` executor).
final class DispatchQueueExecutor: SerialExecutor {
    private let queue: DispatchQueue
    private static let marker = DispatchSpecificKey<Bool>()

    init(label: String) {
        self.queue = DispatchQueue(label: label)
        queue.setSpecific(key: Self.marker, value: true)
    }

    /// True on a connection's own queue, false on Swift's cooperative pool or any other thread.
    static var isCurrent: Bool {
        DispatchQueue.getSpecific(key: marker) == true
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async {
            unowned.runSynchronously(on: executor)
        }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }
}
