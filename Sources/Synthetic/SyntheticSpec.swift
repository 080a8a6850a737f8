public import Dates

/// The size, seed and time span of a synthetic data set.
///
/// The generated data are a pure function of the spec: the same spec always gives the same bytes.
public struct SyntheticSpec: Sendable, Equatable {
    /// Number of youth justice services; values below 1 are treated as 1.
    public var services: Int
    /// Children over all services; values below `services` are raised to it.
    public var children: Int
    /// Interventions over all services, or nil for about 2.5 per child.
    public var interventions: Int?
    /// Seeds every random choice; a different seed gives a different data set of the same shape.
    public var seed: UInt64
    /// The "today" of the data set: nothing good is dated after it, and the planted date errors are.
    public var asOf: LocalDate
    /// Years of history before `asOf`; values below 1 are treated as 1.
    public var years: Int

    public init(
        services: Int = 10,
        children: Int = 4_000,
        interventions: Int? = nil,
        seed: UInt64 = 1,
        asOf: LocalDate = SyntheticSpec.defaultAsOf,
        years: Int = 6
    ) {
        self.services = services
        self.children = children
        self.interventions = interventions
        self.seed = seed
        self.asOf = asOf
        self.years = years
    }

    /// 2026-09-30, the end of a financial quarter; a fixed date so that a default spec is reproducible.
    public static let defaultAsOf = LocalDate(daysSinceEpoch: 20_726)

    /// The national data set of England and Wales: 150 services, 400,000 children, 1,000,000 interventions.
    public static func national(seed: UInt64 = 1, asOf: LocalDate = SyntheticSpec.defaultAsOf) -> SyntheticSpec {
        SyntheticSpec(services: 150, children: 400_000, interventions: 1_000_000, seed: seed, asOf: asOf)
    }
}
