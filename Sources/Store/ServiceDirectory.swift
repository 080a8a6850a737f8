public import Postgres

/// A service of `yot.services` with the name to show for it.
public struct ServiceName: Sendable, Equatable {
    public var id: String
    /// The service's name, or its id when the extract gives none (NULL or blank).
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// The services the case-management extract knows, for naming them in the API and in emails.
public enum ServiceDirectory {
    /// Every service of `yot.services`, by id.
    public static func list(on connection: PostgresConnection) async throws -> [ServiceName] {
        try await connection.query(
            "SELECT service_id, coalesce(nullif(btrim(name), ''), service_id) AS name FROM yot.services ORDER BY service_id"
        ).map { row throws(PostgresError) in
            ServiceName(id: try row.decode(String.self, "service_id"), name: try row.decode(String.self, "name"))
        }
    }
}
