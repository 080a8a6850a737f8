import Foundation

/// Finds the folder of SQL files (contract.sql, migrations/, indicators/).
///
/// In order: the config's `paths.sql`; `$YOTQA_SQL_DIR`; `../share/yotqa/sql` beside the binary (an
/// installed package); a `sql/` folder in the binary's folder or above it (a build in the
/// repository); `./sql`.
enum SQLDirectory {
    struct NotFound: Error, CustomStringConvertible {
        var tried: [String]
        var description: String {
            "cannot find yotqa's SQL files (contract.sql, migrations/); tried: \(tried.joined(separator: ", ")). "
                + "Set paths.sql in the config or YOTQA_SQL_DIR."
        }
    }

    static func locate(configured: String?) throws -> URL {
        var candidates: [URL] = []
        if let configured { candidates.append(URL(fileURLWithPath: configured)) }
        if let environment = ProcessInfo.processInfo.environment["YOTQA_SQL_DIR"] {
            candidates.append(URL(fileURLWithPath: environment))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        candidates.append(folder.appendingPathComponent("../share/yotqa/sql").standardized)
        while folder.path != "/" {
            candidates.append(folder.appendingPathComponent("sql"))
            folder.deleteLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("sql"))
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("migrations").path) {
            return candidate
        }
        // An explicit setting that does not hold the files is an error, not a reason to look elsewhere.
        throw NotFound(tried: candidates.prefix(4).map(\.path))
    }
}
