import Dates

/// Makes a deterministic synthetic data set of schema `yot`, one service at a time, as COPY text.
///
/// The data are invented: identifiers are made-up codes (`S007-C000123`) and there are no names of
/// people anywhere. They are realistic enough to exercise every indicator of INDICATORS.md, and
/// include a small share (about 0.5–1% per table) of deliberately invalid records for every
/// validation rule of DATA-CONTRACT.md. Services are independent: generate them in parallel, in any
/// order.
public struct SyntheticGenerator: Sendable {
    /// The spec, with its counts raised to their minimums.
    public let spec: SyntheticSpec
    let plans: [ServicePlan]
    let dates: DateText
    /// The first day of the history (`asOf` minus `years`).
    let historyStart: LocalDate

    public init(spec: SyntheticSpec) {
        var spec = spec
        spec.services = Swift.max(1, spec.services)
        spec.children = Swift.max(spec.children, spec.services)
        spec.interventions = Swift.max(0, spec.interventions ?? spec.children * 5 / 2)
        spec.years = Swift.max(1, spec.years)
        self.spec = spec
        historyStart = spec.asOf.adding(months: -12 * spec.years)
        plans = ServicePlan.split(
            services: spec.services, children: spec.children, interventions: spec.interventions ?? 0, seed: spec.seed)
        // Birth dates reach about 45 years before the history (planted "too old" children).
        dates = DateText(
            from: historyStart.adding(days: -(45 + spec.years) * 366), through: spec.asOf.adding(days: 3 * 366))
    }

    /// The number of services, `spec.services` raised to at least 1.
    public var serviceCount: Int { plans.count }

    /// The number of children and interventions of service `index`, before any planted record.
    public func size(ofService index: Int) -> (children: Int, interventions: Int) {
        (plans[index].children, plans[index].interventions)
    }

    /// The identifier of service `index` (0-based): `S001`, `S002`, …
    public func serviceID(_ index: Int) -> String {
        String(decoding: ServiceBuilder.serviceCode(index), as: UTF8.self)
    }

    /// Everything of service `index` (0-based, below `serviceCount`).
    ///
    /// Deterministic: a function of (spec, index) only, so services can be generated in parallel
    /// and in any order.
    public func batch(forService index: Int) -> ServiceBatch {
        precondition(plans.indices.contains(index), "service index \(index) is outside 0..<\(plans.count)")
        var builder = ServiceBuilder(generator: self, index: index)
        return builder.build()
    }
}
