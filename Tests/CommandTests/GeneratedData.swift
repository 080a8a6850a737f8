import Foundation
import TestSupport
import Testing

/// A scratch database ready for `yotqa compute`: schema yotqa migrated, schema yot created and, unless
/// `generate` is false, the synthetic data set of seed 1 loaded as of `asOf`.
enum GeneratedData {
    static let asOf = "2026-11-23"

    /// Runs `body` with the scratch database's conninfo and a config file for it (with `extra` appended).
    static func withDatabase<T: Sendable>(
        _ label: String, generate: Bool = true, extra: String = "",
        _ body: (_ conninfo: String, _ config: String) async throws -> T
    ) async throws -> T {
        try await TestDatabase.withScratch(label) { conninfo in
            let config = try YotqaProcess.writeConfig(conninfo: conninfo, extra: extra)
            defer { try? FileManager.default.removeItem(atPath: config) }
            try succeed(["migrate"], config: config)
            try succeed(["init-contract"], config: config)
            if generate { try succeed(["generate", "--as-of", asOf], config: config) }
            return try await body(conninfo, config)
        }
    }

    /// Runs yotqa and requires exit status 0, showing its standard error otherwise.
    @discardableResult
    static func succeed(_ arguments: [String], config: String) throws -> YotqaProcess.Output {
        let output = try YotqaProcess.run(arguments, config: config)
        try #require(output.status == 0, "yotqa \(arguments.joined(separator: " ")): \(output.stderr)")
        return output
    }

    /// Each line of `text` parsed as a JSON object.
    static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
    }
}

/// What the header of a catalogue file says about an indicator.
struct IndicatorHeader {
    var measure: String
    var direction: String

    /// By indicator id, from `sql/indicators/*.sql`.
    static func catalogue() throws -> [String: IndicatorHeader] {
        let folder = YotqaProcess.repository.appendingPathComponent("sql/indicators")
        var headers: [String: IndicatorHeader] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".sql") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var fields: [String: String] = [:]
            for line in text.split(separator: "\n") where line.hasPrefix("-- ") {
                let parts = line.dropFirst(3).split(separator: ":", maxSplits: 1)
                if parts.count == 2 { fields[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces) }
            }
            let id = try #require(fields["id"], "\(name) has no id")
            headers[id] = IndicatorHeader(
                measure: try #require(fields["measure"]), direction: try #require(fields["direction"]))
        }
        return headers
    }
}
