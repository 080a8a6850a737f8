import Foundation
import Testing

@Suite struct HelpAndConfigTests {
    @Test func helpExplainsEachSubcommand() throws {
        let output = try YotqaProcess.run(["--help"])
        #expect(output.status == 0)
        for (command, words) in [
            ("check-config", "Validate a configuration file"),
            ("migrate", "Create or upgrade schema yotqa"),
            ("init-contract", "Create schema yot"),
            ("generate", "synthetic data set"),
            ("compute", "Compute every indicator"),
        ] {
            let line = output.stdout.split(separator: "\n").first {
                $0.trimmingCharacters(in: .whitespaces).hasPrefix(command + " ")
            }
            #expect(line?.contains(words) == true, "help for \(command)")
        }
    }

    @Test func theShippedExampleConfigChecksOK() throws {
        let example = YotqaProcess.repository.appendingPathComponent("config/yotqa.yaml").path
        // Under systemd, LoadCredential sets CREDENTIALS_DIRECTORY, which the example's passfile uses.
        let output = try YotqaProcess.run(
            ["check-config", example], environment: ["CREDENTIALS_DIRECTORY": "/run/credentials/yotqa.service"])
        #expect(output.status == 0)
        #expect(output.stdout == "\(example): ok\n")
    }

    @Test func aBrokenConfigNamesFileLineAndKeyAndExits78() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID()).yaml").path
        try """
        database:
          conninfo: "host=db1 dbname=yot"
          statment_timeout: 30s
        log:
          level: verbose

        """.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try YotqaProcess.run(["check-config", path])
        #expect(output.status == 78)
        #expect(output.stdout.isEmpty)
        let lines = output.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("\(path):3:3: database.statment_timeout: unknown key") == true)
        #expect(lines.last?.hasPrefix("\(path):5:10: log.level: expected one of") == true)
    }

    @Test func aDatabaseCommandRefusesToStartOnABadConfig() throws {
        let output = try YotqaProcess.run(["migrate", "--config", "/nonexistent/yotqa.yaml"])
        #expect(output.status == 78)
        #expect(output.stderr.contains("/nonexistent/yotqa.yaml"))
    }
}
