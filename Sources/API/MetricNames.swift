/// Every metric the daemon records, in one place (Prometheus names).
public enum MetricNames {
    /// Histogram: how long each cycle run by this process took, in seconds.
    public static let cycleDuration = "yotqa_cycle_duration_seconds"
    /// Gauge: how long the latest cycle took, as recorded, in seconds.
    public static let lastCycleDuration = "yotqa_last_cycle_duration_seconds"
    /// Gauge: indicators whose query failed in the latest cycle.
    public static let indicatorFailures = "yotqa_indicator_failures"
    /// Counter: indicator failures over every cycle this process ran.
    public static let indicatorFailuresTotal = "yotqa_indicator_failures_total"
    /// Gauge, by `state`: alerts firing and acknowledged (pending ones have not fired; resolved ones are history).
    public static let alerts = "yotqa_alerts"
    /// Counter: emails the relay accepted.
    public static let emailsSent = "yotqa_emails_sent_total"
    /// Counter: emails given up after their last retry.
    public static let emailsFailed = "yotqa_emails_failed_total"
    /// Counter, by `route`, `method` and `status`: HTTP requests answered.
    public static let httpRequests = "yotqa_http_requests_total"
    /// Gauge: seconds since the snapshot the API serves was published.
    public static let snapshotAge = "yotqa_snapshot_age_seconds"
}
