import Dates

@testable import Synthetic

/// A moderate data set, generated and parsed once for all the tests that inspect its contents.
struct Fixture: Sendable {
    let spec: SyntheticSpec
    let generator: SyntheticGenerator
    let batches: [ServiceBatch]
    /// Every table's rows over all services, parsed back from the COPY text.
    let tables: [ContractTable: [[String?]]]

    static let moderate = Fixture(spec: SyntheticSpec(services: 16, children: 8_000, seed: 7))

    init(spec: SyntheticSpec) {
        self.spec = spec
        generator = SyntheticGenerator(spec: spec)
        batches = generator.allBatches()
        var tables: [ContractTable: [[String?]]] = [:]
        for batch in batches {
            for table in ContractTable.allCases {
                // A parse failure leaves the table short, which the shape tests report.
                let rows = (try? CopyText.parse(batch.data[table] ?? [])) ?? []
                tables[table, default: []] += rows
            }
        }
        self.tables = tables
    }

    func rows(_ table: ContractTable) -> [[String?]] {
        tables[table] ?? []
    }

    /// The index of `column` in `table`'s rows.
    static func column(_ table: ContractTable, _ column: String) -> Int {
        table.columns.firstIndex(of: column) ?? -1
    }

    /// The planted records of the whole data set, by defect.
    var planted: [Defect: Int] {
        batches.reduce(into: [:]) { total, batch in total.merge(batch.planted, uniquingKeysWith: +) }
    }
}

extension [String?] {
    /// The field of `column` of a row of `table`.
    func value(_ table: ContractTable, _ column: String) -> String? {
        self[Fixture.column(table, column)]
    }

    func date(_ table: ContractTable, _ column: String) -> LocalDate? {
        value(table, column).flatMap(LocalDate.init)
    }
}

/// Whole years from `born` to `date`, as PostgreSQL's `age()` counts them.
func age(born: LocalDate, on date: LocalDate) -> Int {
    let (y1, m1, d1) = born.parts
    let (y2, m2, d2) = date.parts
    return y2 - y1 - ((m2, d2) < (m1, d1) ? 1 : 0)
}

extension Fixture {
    /// The moderate data set's rule breaches, found once.
    static let moderateBreaches = Validator(moderate)
}
