/// What generating a whole data set took: rows and bytes per table, and the time on one thread.
public struct GenerationSummary: Sendable, CustomStringConvertible {
    /// Rows per table over all services.
    public var rows: [ContractTable: Int] = [:]
    /// Bytes of COPY text over all tables and services.
    public var bytes = 0
    /// Wall-clock time of the generation alone.
    public var elapsed: Duration = .zero

    public var totalRows: Int { rows.values.reduce(0, +) }

    public var description: String {
        var lines = ContractTable.allCases.map { table in
            let name = table.rawValue.padding(16)
            return "\(name) \(rows[table] ?? 0)"
        }
        lines.append("total rows       \(totalRows)")
        lines.append("bytes            \(bytes)")
        lines.append("elapsed          \(elapsed)")
        return lines.joined(separator: "\n")
    }
}

extension SyntheticGenerator {
    /// Every service's batch, in service order, generated on the calling thread.
    public func allBatches() -> [ServiceBatch] {
        (0..<serviceCount).map(batch(forService:))
    }

    /// Generates every service on the calling thread, one at a time, keeping only the counts: the
    /// benchmark of the generator alone (time it against loading to see which one bounds a load).
    public func measure() -> GenerationSummary {
        var summary = GenerationSummary()
        let clock = ContinuousClock()
        let started = clock.now
        for index in 0..<serviceCount {
            let batch = batch(forService: index)
            summary.bytes += batch.totalBytes
            summary.rows.merge(batch.rows, uniquingKeysWith: +)
        }
        summary.elapsed = clock.now - started
        return summary
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
