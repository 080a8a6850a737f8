import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("yotqa serve and yotqa token, as an operator runs them")
struct ServeCommandTests {
    @Test("token new prints a secret once and an entry holding its SHA-256 digest, which token hash repeats")
    func tokenNew() throws {
        let made = try YotqaProcess.run([
            "token", "new", "--name", "board.chair", "--role", "manager", "--service", "S001",
        ])
        #expect(made.status == 0, "\(made.stderr)")
        let lines = made.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let secret = lines[0]
        #expect(secret.hasPrefix("yotqa_") && secret.count == 6 + 64)
        #expect(lines.contains("  - name: board.chair"))
        #expect(lines.contains("    role: manager"))
        #expect(lines.contains("    services: [S001]"))
        #expect(!lines.dropFirst().contains { $0.contains(secret) }, "the entry must not hold the secret")
        let digest = try #require(lines.first { $0.hasPrefix("    sha256: ") }).dropFirst("    sha256: ".count)
        let hashed = try YotqaProcess.run(["token", "hash"], stdin: secret + "\n")
        #expect(hashed.status == 0)
        #expect(hashed.stdout == digest + "\n")
        let other = try YotqaProcess.run(["token", "new", "--name", "x", "--role", "viewer"])
        #expect(other.stdout.split(separator: "\n")[0] != secret, "every token is new")
    }

    @Test("token new refuses an unknown role and a bad name")
    func tokenNewRefuses() throws {
        #expect(try YotqaProcess.run(["token", "new", "--name", "a", "--role", "owner"]).status != 0)
        #expect(try YotqaProcess.run(["token", "new", "--name", "a b", "--role", "viewer"]).status != 0)
    }

    @Test("serve binds, runs a cycle, answers with a token, refuses without one, and stops on SIGTERM with status 0")
    func serveRunsAndStops() async throws {
        let made = try YotqaProcess.run(["token", "new", "--name", "ops", "--role", "viewer"])
        let lines = made.stdout.split(separator: "\n").map(String.init)
        let secret = lines[0]
        let entry = lines.dropFirst(2).joined(separator: "\n")
        try await GeneratedData.withDatabase("serve", extra: "api:\n  port: 0\n  tokens:\n\(entry)\n") { _, config in
            let daemon = try Daemon(config: config)
            defer { daemon.stop() }
            let base = try await daemon.address(within: 60)
            let ready = try await Self.waitForReady(base, within: 120)
            #expect(ready, "GET /health/ready never answered 200")
            let (body, response) = try await Self.get(base + "/v1/services", token: secret)
            #expect(response.statusCode == 200)
            #expect(String(decoding: body, as: UTF8.self).contains("\"id\":\"S001\""))
            let (_, refused) = try await Self.get(base + "/v1/services", token: nil)
            #expect(refused.statusCode == 401)
            let status = try daemon.terminate(within: 15)
            #expect(status == 0, "serve exited with \(status) on SIGTERM")
        }
    }

    static func get(_ url: String, token: String?) async throws -> (Data, HTTPURLResponse) {
        var request = URLRequest(url: URL(string: url)!)
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await URLSession.shared.data(for: request)
        return (data, try #require(response as? HTTPURLResponse))
    }

    static func waitForReady(_ base: String, within seconds: Double) async throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let (_, response) = try? await get(base + "/health/ready", token: nil), response.statusCode == 200 {
                return true
            }
            try await Task.sleep(for: .milliseconds(250))
        }
        return false
    }
}

/// `yotqa serve` in the background, its standard output in a file.
final class Daemon: @unchecked Sendable {
    // @unchecked: `process` is set once in init and only read afterwards.
    private let process = Process()
    private let output: URL

    init(config: String, arguments: [String] = ["serve"], environment extra: [String: String] = [:]) throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("yotqa-serve-\(UUID()).log")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        process.executableURL = try YotqaProcess.binary()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["YOTQA_CONFIG"] = config
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    /// `http://HOST:PORT` from the "listening on" line.
    func address(within seconds: Double) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("listening on ") }) {
                return "http://" + line.dropFirst("listening on ".count)
            }
            try #require(process.isRunning, "serve exited early: \(text)")
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TimedOut(what: "the listening line")
    }

    /// Sends `number` (SIGHUP, …) to the daemon.
    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// What the daemon has written so far.
    var log: String {
        (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    /// Sends SIGTERM and waits for the exit status.
    func terminate(within seconds: Double) throws -> Int32 {
        process.terminate()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning else { throw TimedOut(what: "exit after SIGTERM") }
        return process.terminationStatus
    }

    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: output)
    }

    struct TimedOut: Error {
        var what: String
    }
}
