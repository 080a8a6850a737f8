/// Every row of one service, as PostgreSQL COPY text (format text, the default delimiter and NULL).
///
/// Rows are newline-terminated; columns follow `ContractTable.columns`. Every table has an entry,
/// possibly empty. Deliberately invalid records (DATA-CONTRACT.md, rules 1–6) are among the rows.
public struct ServiceBatch: Sendable {
    public let serviceIndex: Int
    /// The COPY text of each table; feed it to `COPY yot.<table> (<columns>) FROM STDIN`.
    public var data: [ContractTable: [UInt8]]
    /// The number of rows in each table's text.
    public var rows: [ContractTable: Int]
    /// Deliberately invalid records planted in this batch, by defect (for tests of the validator).
    var planted: [Defect: Int]

    /// The deliberately invalid records of the batch, by the contract's validation rule (1–6).
    ///
    /// Each breaks exactly one rule, and every other record breaks none. A record whose service or
    /// parent is missing (rule 4), or that hangs off such a record, reaches no service.
    public var plantedIssues: [Int: Int] {
        planted.reduce(into: [:]) { issues, entry in issues[entry.key.rule, default: 0] += entry.value }
    }

    /// All rows of the batch.
    public var totalRows: Int { rows.values.reduce(0, +) }

    /// All bytes of the batch.
    public var totalBytes: Int { data.values.reduce(0) { $0 + $1.count } }
}
