public import Foundation

/// One versioned change to schema `yotqa`: a file `NNNN_name.sql` under `sql/migrations/`.
public struct Migration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// Reads every `NNNN_name.sql` of `directory`, in version order. Versions must run 1, 2, 3, …
    /// with no gap or duplicate, so two branches that both add "migration 5" cannot both ship.
    public static func load(from directory: URL) throws(MigrationError) -> [Migration] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw .unreadable(path: directory.path, reason: error.localizedDescription)
        }
        var migrations: [Migration] = []
        for file in names.sorted() where file.hasSuffix(".sql") {
            let stem = file.dropLast(4)
            let parts = stem.split(separator: "_", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 4, let version = Int(parts[0]), version > 0 else {
                throw .badFileName(file)
            }
            let url = directory.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw .unreadable(path: url.path, reason: "cannot read the file")
            }
            migrations.append(
                Migration(version: version, name: String(parts[1]), sql: String(decoding: data, as: UTF8.self)))
        }
        for (index, migration) in migrations.enumerated() where migration.version != index + 1 {
            throw .notContiguous(expected: index + 1, found: migration.version)
        }
        guard !migrations.isEmpty else { throw .unreadable(path: directory.path, reason: "no NNNN_name.sql files") }
        return migrations
    }
}
