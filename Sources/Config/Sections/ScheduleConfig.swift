/// Section `schedule`: when the daemon runs its cycles.
public struct ScheduleConfig: Sendable, Equatable {
    /// How often a cycle starts (default 15 minutes). A cycle still running when the next is due is
    /// never overlapped: the next starts when it ends.
    public var cycleEvery: Duration
    /// Each wait is shortened or lengthened by up to this much at random (default 30 seconds), so
    /// instances started together do not hit the database together.
    public var jitter: Duration
    /// How long the daemon may take to stop once asked (default 20 seconds, under the unit's
    /// TimeoutStopSec of 30): a cycle still running two seconds before then is abandoned and rolled
    /// back.
    public var stopTimeout: Duration

    public static let defaultCycleEvery = Duration.seconds(15 * 60)
    /// Ten seconds at least (tests use it; a council would not want cycles that often).
    public static let cycleEveryRange = Duration.seconds(10)...Duration.seconds(86_400)
    public static let defaultJitter = Duration.seconds(30)
    public static let jitterRange = Duration.seconds(0)...Duration.seconds(600)
    public static let defaultStopTimeout = Duration.seconds(20)
    public static let stopTimeoutRange = Duration.seconds(3)...Duration.seconds(600)

    public init(
        cycleEvery: Duration = defaultCycleEvery, jitter: Duration = defaultJitter,
        stopTimeout: Duration = defaultStopTimeout
    ) {
        self.cycleEvery = cycleEvery
        self.jitter = jitter
        self.stopTimeout = stopTimeout
    }
}
