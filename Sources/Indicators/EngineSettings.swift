public import Dates

/// What one cycle computes: the as-of date and the catalogue's settings.
public struct EngineSettings: Sendable, Equatable {
    /// The day the cycle judges from; periods ending after it are not complete.
    public var asOf: LocalDate
    /// How many complete quarters each quarterly indicator reports (catalogue default 12).
    public var quarters: Int
    /// How many complete months each monthly indicator reports (catalogue default 24).
    public var months: Int
    /// Below this denominator a value is `insufficient_data` (catalogue default 5).
    public var minimumDenominator: Double
    /// Bounds each indicator's query; one that runs longer fails alone.
    public var statementTimeout: Duration

    public init(
        asOf: LocalDate, quarters: Int = 12, months: Int = 24, minimumDenominator: Double = 5,
        statementTimeout: Duration = .seconds(120)
    ) {
        self.asOf = asOf
        self.quarters = quarters
        self.months = months
        self.minimumDenominator = minimumDenominator
        self.statementTimeout = statementTimeout
    }

    /// The settings as the SQL files read them: `current_setting('yotqa.as_of')::date`, …
    var sqlSettings: [(String, String)] {
        [
            ("yotqa.as_of", asOf.description),
            ("yotqa.quarters", String(quarters)),
            ("yotqa.months", String(months)),
        ]
    }
}
