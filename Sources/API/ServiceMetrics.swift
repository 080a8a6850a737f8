import Foundation
import Judgement
import Metrics
import Store

/// Records what a snapshot and a cycle say about the service, under the names of `MetricNames`.
public enum ServiceMetrics {
    /// Alerts by state, and the latest cycle's duration and failures, from a newly published snapshot.
    public static func published(_ snapshot: Snapshot) {
        alerts(snapshot)
        Gauge(label: MetricNames.indicatorFailures).record(snapshot.cycle.failedCount)
        Gauge(label: MetricNames.lastCycleDuration).record(
            snapshot.cycle.finishedAt.timeIntervalSince(snapshot.cycle.startedAt))
        snapshotAge(snapshot)
    }

    /// Alerts by state.
    public static func alerts(_ snapshot: Snapshot) {
        var counts: [AlertState: Int] = [:]
        for alert in snapshot.alerts { counts[alert.record.state, default: 0] += 1 }
        for state in [AlertState.firing, .acknowledged] {
            Gauge(label: MetricNames.alerts, dimensions: [("state", state.rawValue)]).record(counts[state] ?? 0)
        }
    }

    /// A cycle this process ran: its whole duration and its failures.
    public static func cycleRan(seconds: Double, failures: Int) {
        Timer(label: MetricNames.cycleDuration).recordNanoseconds(Int64(seconds * 1e9))
        Counter(label: MetricNames.indicatorFailuresTotal).increment(by: failures)
    }

    /// Email the outbox delivered, and gave up on.
    public static func emailsDelivered(sent: Int, failed: Int) {
        Counter(label: MetricNames.emailsSent).increment(by: sent)
        Counter(label: MetricNames.emailsFailed).increment(by: failed)
    }

    static func snapshotAge(_ snapshot: Snapshot) {
        Gauge(label: MetricNames.snapshotAge).record(Date().timeIntervalSince(snapshot.publishedAt))
    }

    /// Registers the counters that start at zero, so they are scraped before their first event.
    public static func registerCounters() {
        Counter(label: MetricNames.emailsSent).increment(by: 0)
        Counter(label: MetricNames.emailsFailed).increment(by: 0)
        Counter(label: MetricNames.indicatorFailuresTotal).increment(by: 0)
    }
}
