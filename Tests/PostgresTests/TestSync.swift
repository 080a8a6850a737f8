import Dispatch

/// Runs async work to completion from synchronous code (inside a transaction body), blocking the
/// calling thread. Only for tests that need a second session to act mid-transaction: the
/// transaction's connection blocks its own queue, never the cooperative pool.
enum TestSync {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// Written once by the task before `signal`, read once after `wait`: the semaphore orders them.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
