/// Section `indicators`: the catalogue's settings, with the catalogue's defaults.
public struct IndicatorsConfig: Sendable, Equatable {
    /// Complete quarters each quarterly indicator reports (default 12).
    public var quarters: Int
    /// Complete months each monthly indicator reports (default 24).
    public var months: Int
    /// Below this denominator a figure is insufficient_data (default 5).
    public var minimumDenominator: Int
    /// Open allocated interventions above which a practitioner is over the limit (default 12).
    public var caseloadLimit: Int
    /// Bounds each indicator's query in a cycle (default 2m).
    public var statementTimeout: Duration
    /// Connections a cycle computes on at once, all reading one snapshot (default 2).
    public var connections: Int
    /// Timeliness standards that replace the catalogue's, by indicator id.
    public var deadlines: [String: DeadlineConfig]
    /// Per-indicator minimum denominators, by indicator id.
    public var minimumDenominators: [String: Int]
    /// A council's own indicators: SQL files, each with the header of the catalogue's files.
    public var custom: [String]
    /// A CSV file of `YYYY-MM-DD,name` lines that replaces the seeded bank holiday list.
    public var bankHolidays: String?

    public static let defaultQuarters = 12
    public static let defaultMonths = 24
    public static let defaultMinimumDenominator = 5
    public static let defaultCaseloadLimit = 12
    public static let defaultStatementTimeout: Duration = .seconds(120)
    public static let defaultConnections = 2

    public init(
        quarters: Int = defaultQuarters, months: Int = defaultMonths,
        minimumDenominator: Int = defaultMinimumDenominator, caseloadLimit: Int = defaultCaseloadLimit,
        statementTimeout: Duration = defaultStatementTimeout, deadlines: [String: DeadlineConfig] = [:],
        minimumDenominators: [String: Int] = [:], custom: [String] = [], bankHolidays: String? = nil,
        connections: Int = defaultConnections
    ) {
        self.quarters = quarters
        self.months = months
        self.minimumDenominator = minimumDenominator
        self.caseloadLimit = caseloadLimit
        self.statementTimeout = statementTimeout
        self.deadlines = deadlines
        self.minimumDenominators = minimumDenominators
        self.custom = custom
        self.bankHolidays = bankHolidays
        self.connections = connections
    }
}

/// One timeliness standard from the config; what is left out keeps the catalogue's value.
public struct DeadlineConfig: Sendable, Equatable {
    public enum Clock: String, Sendable, CaseIterable {
        case startOn = "start_on"
        case referredOn = "referred_on"
    }

    public var milestone: String?
    public var clock: Clock?
    /// Working days by intervention kind; when given, it replaces the catalogue's whole list.
    public var days: [String: Int]?

    public init(milestone: String? = nil, clock: Clock? = nil, days: [String: Int]? = nil) {
        self.milestone = milestone
        self.clock = clock
        self.days = days
    }
}
