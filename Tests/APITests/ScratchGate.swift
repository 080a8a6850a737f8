/// Bounds how many API tests hold a scratch database at once. Each holds three or four connections
/// (the server's admin one, the test's, the API's and the cycle service's), and Swift Testing runs
/// every case at once, which would pass PostgreSQL's max_connections.
actor ScratchGate {
    static let shared = ScratchGate(limit: 8)

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) {
        free = limit
    }

    /// Runs `body` once fewer than `limit` others are running.
    static func run<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await shared.enter()
        do {
            let value = try await body()
            await shared.leave()
            return value
        } catch {
            await shared.leave()
            throw error
        }
    }

    private func enter() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
