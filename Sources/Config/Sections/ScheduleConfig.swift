/// Section `schedule`: when the daemon runs its cycles.
public struct ScheduleConfig: Sendable, Equatable {
    /// How often a cycle starts (default 15 minutes). A cycle still running when the next is due is
    /// never overlapped: the next starts when it ends.
    public var cycleEvery: Duration
    /// Each wait is shortened or lengthened by up to this much at random (default 30 seconds), so
    /// instances started together do not hit the database together.
    public var jitter: Duration

    public static let defaultCycleEvery = Duration.seconds(15 * 60)
    /// Ten seconds at least (tests use it; a council would not want cycles that often).
    public static let cycleEveryRange = Duration.seconds(10)...Duration.seconds(86_400)
    public static let defaultJitter = Duration.seconds(30)
    public static let jitterRange = Duration.seconds(0)...Duration.seconds(600)

    public init(cycleEvery: Duration = defaultCycleEvery, jitter: Duration = defaultJitter) {
        self.cycleEvery = cycleEvery
        self.jitter = jitter
    }
}
