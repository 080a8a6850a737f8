public import Foundation

/// A custom indicator whose query names a missing table, as a council's broken SQL file: it fails
/// alone while the others complete.
public enum BrokenIndicator {
    public static let sql = """
        -- id: broken_custom
        -- title: Broken
        -- direction: higher
        -- period: quarter
        -- measure: percent
        -- description: A custom indicator whose query names a missing table.
        SELECT service_id, NULL::date AS period_start, NULL::date AS period_end, NULL::text AS breakdown,
               NULL::text AS unit_id, 0 AS numerator, 0 AS denominator
        FROM yot.no_such_table
        """

    /// Where the council would have put it.
    public static let file = URL(fileURLWithPath: "/custom/broken_custom.sql")
}
