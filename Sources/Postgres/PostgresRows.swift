import CLibPQ

/// The rows a statement returned, decoded on demand from libpq's result.
public struct PostgresRows: Sendable, RandomAccessCollection {
    let handle: ResultHandle?
    /// Column names, in order.
    public let columns: [String]
    /// Column types, in order.
    public let types: [PostgresType]
    /// Rows affected, for INSERT, UPDATE, DELETE, COPY and similar commands; nil otherwise.
    public let affectedRows: Int?

    init(handle: ResultHandle) {
        let result = handle.pointer
        let fields = Int(PQnfields(result))
        self.handle = handle
        self.columns = (0..<fields).map { String(cString: PQfname(result, Int32($0))) }
        self.types = (0..<fields).map { PostgresType(rawValue: PQftype(result, Int32($0))) }
        let tuples = String(cString: PQcmdTuples(result))
        self.affectedRows = Int(tuples)
        self.endIndex = Int(PQntuples(result))
    }

    public var startIndex: Int { 0 }
    public let endIndex: Int

    public subscript(position: Int) -> PostgresRow {
        PostgresRow(rows: self, index: position)
    }

    /// The position of a column by name, or nil.
    public func column(named name: String) -> Int? {
        columns.firstIndex(of: name)
    }
}

/// One row of a result; decode its values with `decode(_:_:)`.
public struct PostgresRow: Sendable {
    let rows: PostgresRows
    let index: Int

    /// The value of column `column` as `T`; `T?` for a column that may be NULL.
    public func decode<T: PostgresDecodable>(_ type: T.Type, _ column: Int) throws(PostgresError) -> T {
        guard let handle = rows.handle, column >= 0, column < rows.columns.count else {
            throw PostgresError(.usage, "no column \(column) in a result of \(rows.columns.count) columns")
        }
        let result = handle.pointer
        let row = Int32(index)
        let field = Int32(column)
        do {
            if PQgetisnull(result, row, field) == 1 {
                return try T.decode(text: nil, type: rows.types[column])
            }
            let length = Int(PQgetlength(result, row, field))
            let base = UnsafeRawPointer(PQgetvalue(result, row, field)!)
            return try T.decode(text: UnsafeRawBufferPointer(start: base, count: length), type: rows.types[column])
        } catch {
            throw PostgresError(.decoding, describe(error, column: column, as: T.self))
        }
    }

    /// The value of the column named `name` as `T`.
    public func decode<T: PostgresDecodable>(_ type: T.Type, _ name: String) throws(PostgresError) -> T {
        guard let column = rows.column(named: name) else {
            throw PostgresError(.usage, "no column named \"\(name)\" in the result")
        }
        return try decode(type, column)
    }

    private func describe<T>(_ failure: PostgresDecodingFailure, column: Int, as: T.Type) -> String {
        let name = rows.columns[column]
        switch failure {
        case .unexpectedNull:
            return "column \"\(name)\" is NULL in row \(index + 1); decode it as \(T.self)? to accept NULL"
        case .typeMismatch(let expected, let actual):
            return "column \"\(name)\" is \(actual); \(T.self) needs \(expected)"
        case .badText(let expected, let text):
            return "column \"\(name)\" holds \"\(text.prefix(40))\", not \(expected)"
        }
    }
}
