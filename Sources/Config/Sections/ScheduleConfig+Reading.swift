extension ScheduleConfig {
    /// Reads section `schedule`; every key has a default. The jitter must be under half the interval,
    /// so a cycle's wait never shrinks to nothing.
    init?(reading section: MappingReader) {
        let every = section.value("cycle_every", .duration(in: Self.cycleEveryRange), default: Self.defaultCycleEvery)
        let jitter = section.value("jitter", .duration(in: Self.jitterRange), default: Self.defaultJitter)
        let stop = section.value(
            "stop_timeout", .duration(in: Self.stopTimeoutRange), default: Self.defaultStopTimeout)
        if jitter * 2 >= every, let node = section.node("jitter") {
            node.context.report(
                "expected a jitter under half of cycle_every, got \(jitter) with cycle_every \(every)",
                at: node.position, keyPath: node.keyPath)
            return nil
        }
        self.init(cycleEvery: every, jitter: jitter, stopTimeout: stop)
    }
}
