/// Requests for a cycle, coalesced: however many arrive while one is waiting, one cycle runs.
public final class CycleTrigger: Sendable {
    public let requests: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    public init() {
        (requests, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Asks for a cycle; false when one was already waiting (this request joins it).
    @discardableResult
    public func request() -> Bool {
        if case .enqueued = continuation.yield(()) { return true }
        return false
    }

    /// No more requests: the service that runs them ends after the current one.
    public func finish() {
        continuation.finish()
    }
}
