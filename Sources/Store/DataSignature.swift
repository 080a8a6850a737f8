import Indicators
import Postgres

/// A fingerprint of everything a cycle's results depend on, so a cycle over unchanged data can
/// keep the previous results instead of recomputing.
///
/// It combines the as-of date, the settings, the catalogue's SQL, the bank holidays, the
/// `yot.extracts` load marker (count and latest `extracted_at`) and, for each relation of schema
/// `yot`, its file node (changed by TRUNCATE) and PostgreSQL's cumulative insert, update and delete
/// counters. Two limits, both on the safe side: when a relation of `yot` is a view or foreign
/// table, or the server does not count (`track_counts = off`), the fingerprint is never the same
/// twice, so every cycle recomputes; and the counters reach the statistics system up to about ten
/// seconds after a writer commits, so a change committed moments before a cycle may wait for the
/// next one.
enum DataSignature {
    static func fingerprint(
        settings: EngineSettings, catalogue: Catalogue, settingsJSON: String, session: PostgresSession
    ) throws(PostgresError) -> String {
        let catalogueText = ([catalogue.base] + catalogue.definitions.map { "\($0.id)\n\($0.sql)" })
            .joined(separator: "\u{1}")
        let rows = try session.query(
            """
            SELECT md5(concat_ws('|', $1::text, $2::text, md5($3::text),
                (SELECT md5(string_agg(day::text || name, ',' ORDER BY day)) FROM yotqa.bank_holidays),
                (SELECT count(*)::text || ':' || coalesce(max(extracted_at)::text, '-') FROM yot.extracts),
                (SELECT string_agg(concat_ws(':', c.relname, c.relkind, pg_relation_filenode(c.oid),
                                             s.n_tup_ins, s.n_tup_upd, s.n_tup_del), ',' ORDER BY c.relname)
                 FROM pg_class AS c
                 JOIN pg_namespace AS n ON n.oid = c.relnamespace AND n.nspname = 'yot'
                 LEFT JOIN pg_stat_all_tables AS s ON s.relid = c.oid
                 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')),
                -- Anything the counters cannot vouch for makes this cycle's fingerprint unique.
                CASE WHEN current_setting('track_counts')::boolean
                      AND NOT EXISTS (
                          SELECT 1 FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
                          WHERE n.nspname = 'yot' AND c.relkind IN ('v', 'm', 'f'))
                     THEN '' ELSE gen_random_uuid()::text END))
            """, settings.asOf, settingsJSON, catalogueText)
        return try rows[0].decode(String.self, 0)
    }

    /// Hands this session's own pending statistics to the shared counters, so that rows it wrote
    /// itself count in the fingerprint read next. Other sessions' writes reach them within about
    /// ten seconds. `pg_stat_force_next_flush` exists from PostgreSQL 15; before that, nothing is done.
    static func flushOwnStatistics(_ session: PostgresSession) throws(PostgresError) {
        let exists = try session.query("SELECT to_regproc('pg_catalog.pg_stat_force_next_flush') IS NOT NULL")
        guard try exists[0].decode(Bool.self, 0) else { return }
        // The flush happens when this statement ends and the session goes idle, before the next one.
        try session.query("SELECT pg_stat_force_next_flush()")
    }
}
