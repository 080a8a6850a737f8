import Foundation

/// A blocking first-in first-out queue of bounded size, for a producer thread handing work to a
/// consumer that must stay synchronous (a COPY inside a transaction on the connection's queue).
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    // @unchecked: every access to `items` and `finished` holds `condition`'s lock.
    private let condition = NSCondition()
    private var items: [Element] = []
    private var finished = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Blocks while the queue is full; returns false if the consumer has stopped.
    @discardableResult
    func put(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !finished { condition.wait() }
        guard !finished else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// Blocks until an item arrives; nil once the queue is finished and empty.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !finished { condition.wait() }
        guard !items.isEmpty else { return nil }
        let item = items.removeFirst()
        condition.broadcast()
        return item
    }

    /// No more items will be put (or taken): wakes every waiter.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}
