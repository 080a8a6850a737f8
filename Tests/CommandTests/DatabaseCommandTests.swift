import Foundation
import TestSupport
import Testing

@Suite struct DatabaseCommandTests {
    @Test func migrateTwiceThenComputeBeforeAndAfterData() async throws {
        try await TestDatabase.withScratch("cli") { conninfo in
            let config = try YotqaProcess.writeConfig(conninfo: conninfo)
            defer { try? FileManager.default.removeItem(atPath: config) }

            // compute before migrate: refused, with the fix in the message.
            let early = try YotqaProcess.run(["compute", "--as-of", "2024-04-15"], config: config)
            #expect(early.status != 0)
            #expect(early.stderr.contains("run `yotqa migrate`"))

            let first = try YotqaProcess.run(["migrate"], config: config)
            #expect(first.status == 0)
            #expect(first.stdout.contains("applied migration 1 (bank_holidays)"))
            let second = try YotqaProcess.run(["migrate"], config: config)
            #expect(second.status == 0)
            #expect(second.stdout.hasPrefix("schema yotqa is up to date"))

            let contract = try YotqaProcess.run(["init-contract"], config: config)
            #expect(contract.status == 0)
            let again = try YotqaProcess.run(["init-contract"], config: config)
            #expect(again.status != 0, "a second init-contract must not silently succeed over existing tables")

            let connection = try await TestDatabase.connect(conninfo)
            try await connection.query("INSERT INTO yot.services VALUES ($1, $2)", "S1", "One")
            let json = try YotqaProcess.run(
                ["compute", "--as-of", "2024-04-15", "--format", "json", "--service", "S1"], config: config)
            #expect(json.status == 0, "\(json.stderr)")
            let lines = json.stdout.split(separator: "\n")
            #expect(!lines.isEmpty)
            for line in lines {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                #expect(Set(object.keys) == ComputeJSONTests.keys)
                #expect(object["service_id"] as? String == "S1")
            }
        }
    }
}

@Suite struct EnvironmentConnectionTests {
    /// An empty conninfo means "everything from libpq's environment", as PGHOST and friends say.
    @Test func anEmptyConninfoUsesThePGEnvironment() async throws {
        try await TestDatabase.withScratch("pgenv") { conninfo in
            var environment: [String: String] = [:]
            let names = ["host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "dbname": "PGDATABASE"]
            for pair in conninfo.split(separator: " ") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2, let name = names[parts[0]] { environment[name] = parts[1] }
            }
            #expect(environment.count == 4)
            let config = try YotqaProcess.writeConfig(conninfo: "")
            defer { try? FileManager.default.removeItem(atPath: config) }
            let output = try YotqaProcess.run(["migrate"], config: config, environment: environment)
            #expect(output.status == 0, "\(output.stderr)")
            let connection = try await TestDatabase.connect(conninfo)
            let rows = try await connection.query("SELECT count(*) FROM yotqa.schema_migrations")
            #expect(try rows[0].decode(Int.self, 0) >= 1)
        }
    }
}
