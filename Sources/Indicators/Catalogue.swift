public import Foundation

/// The indicators a cycle computes, and the base sets their queries share (`sql/base.sql`).
public struct Catalogue: Sendable {
    /// Common table expressions put in front of every indicator's query.
    public var base: String
    public var definitions: [IndicatorDefinition]

    public init(base: String, definitions: [IndicatorDefinition]) {
        self.base = base
        self.definitions = definitions
    }

    /// Reads `base.sql` and every `indicators/*.sql` of the SQL folder.
    public static func load(sqlDirectory: URL) throws(DefinitionError) -> Catalogue {
        let baseURL = sqlDirectory.appendingPathComponent("base.sql")
        guard let data = FileManager.default.contents(atPath: baseURL.path) else {
            throw DefinitionError(file: baseURL.path, line: 0, message: "cannot read the file")
        }
        return Catalogue(
            base: String(decoding: data, as: UTF8.self),
            definitions: try IndicatorDefinition.loadAll(from: sqlDirectory.appendingPathComponent("indicators")))
    }

    /// Only the named indicators (for a test, or `compute --indicator`).
    public func only(_ ids: Set<String>) -> Catalogue {
        Catalogue(base: base, definitions: definitions.filter { ids.contains($0.id) })
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
