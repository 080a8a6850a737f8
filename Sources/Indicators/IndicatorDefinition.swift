public import Foundation
public import Judgement

/// One indicator of the catalogue: its SQL file and what its header says about it.
///
/// The file is the definition of record. Its header, `-- key: value` comment lines before the
/// query, names the indicator and says how to read its numbers; the query yields unit rows (see
/// `Engine`). A council adds an indicator by adding such a file.
public struct IndicatorDefinition: Sendable, Equatable {
    public typealias Direction = Judgement.Direction

    /// How periods are cut, and so how `yotqa.quarters` / `yotqa.months` are asked.
    public enum Period: String, Sendable, CaseIterable {
        case quarter
        case rollingYear = "rolling_year"
        case cohortQuarter = "cohort_quarter"
        case month
        case asOf = "as_of"
    }

    /// How numerator and denominator become the value.
    public enum Measure: String, Sendable, CaseIterable {
        case percent
        case per100000 = "per_100000"
        case per1000 = "per_1000"
        case ratio, count, days

        /// True when the value is a quotient, so it has a denominator (and the small-number rule applies).
        public var hasDenominator: Bool {
            switch self {
            case .percent, .per100000, .per1000, .ratio: return true
            case .count, .days: return false
            }
        }
    }

    public var id: String
    public var title: String
    public var direction: Direction
    /// The example RAG bounds of the header (`green:` and `red:`), which the config may replace.
    public var thresholds: Thresholds?
    public var period: Period
    public var measure: Measure
    /// The breakdown's name (`tier`, `respondent`, `rule`), when the query yields breakdown rows.
    public var breakdown: String?
    /// Plain English for a board member: what the indicator means and how it is counted.
    public var description: String
    /// A period stays provisional for this many months after it ends (reoffending cohorts: 18).
    public var provisionalMonths: Int?
    /// True when the small-number rule does not apply (`small_numbers: exempt`): the
    /// denominator is not a count, as FTE for `caseload_per_fte`. The value is then
    /// `insufficient_data` only when there is no denominator at all.
    public var smallNumbersExempt: Bool
    /// How it is counted: the comment paragraphs between the header keys and the query.
    public var notes: String
    /// The query, with its header.
    public var sql: String
    public var file: URL
}
