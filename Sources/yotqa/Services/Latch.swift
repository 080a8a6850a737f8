/// Opened once (the database was found ready at start); waiting on it before that suspends.
final class Latch: Sendable {
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        (stream, continuation) = AsyncStream.makeStream(of: Void.self)
    }

    func open() {
        continuation.finish()
    }

    /// Returns once the latch is open, or when the task is cancelled. One waiter only.
    func wait() async {
        for await _ in stream {}
    }
}
