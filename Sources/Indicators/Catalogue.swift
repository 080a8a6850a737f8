public import Foundation

/// The indicators a cycle computes, and the base sets their queries share (`sql/base.sql`).
public struct Catalogue: Sendable {
    /// Common table expressions put in front of every indicator's query.
    public var base: String
    public var definitions: [IndicatorDefinition]
    /// `sql/service_records.sql`: each service's records, the base of the data-quality share.
    public var recordsQuery: String?

    public init(base: String, definitions: [IndicatorDefinition], recordsQuery: String? = nil) {
        self.base = base
        self.definitions = definitions
        self.recordsQuery = recordsQuery
    }

    /// Reads `base.sql`, `service_records.sql`, every `indicators/*.sql` of the SQL folder, and a
    /// council's own files.
    public static func load(sqlDirectory: URL, custom: [URL] = []) throws(DefinitionError) -> Catalogue {
        let baseURL = sqlDirectory.appendingPathComponent("base.sql")
        guard let data = FileManager.default.contents(atPath: baseURL.path) else {
            throw DefinitionError(file: baseURL.path, line: 0, message: "cannot read the file")
        }
        var definitions = try IndicatorDefinition.loadAll(from: sqlDirectory.appendingPathComponent("indicators"))
        for url in custom {
            guard let text = FileManager.default.contents(atPath: url.path) else {
                throw DefinitionError(file: url.path, line: 0, message: "cannot read the custom indicator's file")
            }
            let definition = try IndicatorDefinition.parse(sql: String(decoding: text, as: UTF8.self), file: url)
            guard !definitions.contains(where: { $0.id == definition.id }) else {
                throw DefinitionError(
                    file: url.path, line: 1, message: "id '\(definition.id)' is already an indicator of the catalogue")
            }
            definitions.append(definition)
        }
        let recordsURL = sqlDirectory.appendingPathComponent("service_records.sql")
        guard let records = FileManager.default.contents(atPath: recordsURL.path) else {
            throw DefinitionError(file: recordsURL.path, line: 0, message: "cannot read the file")
        }
        return Catalogue(
            base: String(decoding: data, as: UTF8.self), definitions: definitions,
            recordsQuery: String(decoding: records, as: UTF8.self))
    }

    /// Only the named indicators (for a test, or `compute --indicator`).
    public func only(_ ids: Set<String>) -> Catalogue {
        Catalogue(base: base, definitions: definitions.filter { ids.contains($0.id) }, recordsQuery: recordsQuery)
    }

    /// An indicator's query with the base sets in front: `WITH <base> <select wrapping the query>`.
    func query(_ definition: IndicatorDefinition, wrappedIn select: (String) -> String) -> String {
        "WITH\n\(base.trimmingCharacters(in: .whitespacesAndNewlines))\n\(select(Self.trimmed(definition.sql)))"
    }

    /// The query without trailing semicolons, so it can stand inside parentheses. A trailing comment
    /// is harmless: the caller closes the parenthesis on a new line.
    static func trimmed(_ sql: String) -> String {
        var text = Substring(sql)
        while let last = text.last, last == ";" || last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
