import Metrics
import Prometheus

/// The process's one metrics backend: swift-metrics may be bootstrapped once per process, so every
/// test shares this registry, bootstrapped when it is first used (every harness touches it
/// before it serves a request).
enum SharedMetrics {
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
