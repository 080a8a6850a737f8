import Testing

@testable import API

/// A failed cycle is tried again 30 seconds later, then after twice as long each time, never
/// waiting longer than the cycle interval.
@Suite struct CycleRetryTests {
    @Test func theWaitDoublesFromThirtySecondsUpToTheInterval() {
        let interval = Duration.seconds(900)
        let waits = (1...7).map { CycleService.retryDelay(failures: $0, atMost: interval) }
        // 30, 60, 120, 240, 480, then 960 and 1,920 capped at 900.
        #expect(waits == [30, 60, 120, 240, 480, 900, 900].map { Duration.seconds($0) })
        #expect(CycleService.retryDelay(failures: 1, atMost: .seconds(10)) == .seconds(10))
        #expect(CycleService.retryDelay(failures: 10_000, atMost: interval) == interval)
    }
}
