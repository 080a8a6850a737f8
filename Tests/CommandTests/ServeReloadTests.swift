import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// SIGHUP: a good config replaces the tokens at once; a bad one is refused and the old one keeps working.
@Suite struct ServeReloadTests {
    /// A token's secret and its `api.tokens` entry, from `yotqa token new`.
    static func token(_ name: String) throws -> (secret: String, entry: String) {
        let made = try YotqaProcess.run(["token", "new", "--name", name, "--role", "viewer"])
        let lines = made.stdout.split(separator: "\n").map(String.init)
        return (lines[0], lines.dropFirst(2).joined(separator: "\n"))
    }

    @Test func sighupRotatesTokensAndRefusesABadFile() async throws {
        let old = try Self.token("old-dashboard")
        let new = try Self.token("new-dashboard")
        let listener = try NotifyListener()
        try await GeneratedData.withDatabase("serve_reload", extra: "api:\n  port: 0\n  tokens:\n\(old.entry)\n") {
            conninfo, config in
            let daemon = try Daemon(
                config: config, arguments: ["serve", "--no-start-cycle"], environment: ["NOTIFY_SOCKET": listener.path])
            defer { daemon.stop() }
            let base = try await daemon.address(within: 60)
            #expect(try await ServeCommandTests.get(base + "/v1/cycles", token: old.secret).1.statusCode == 200)

            // The new token in, the old one out: a reload, and only the new one is let in.
            let text = try String(contentsOfFile: config, encoding: .utf8)
            try text.replacingOccurrences(of: old.entry, with: new.entry).write(
                toFile: config, atomically: true, encoding: .utf8)
            daemon.signal(SIGHUP)
            #expect(Self.waitFor("STATUS=config reloaded", listener))
            #expect(try await ServeCommandTests.get(base + "/v1/cycles", token: new.secret).1.statusCode == 200)
            #expect(try await ServeCommandTests.get(base + "/v1/cycles", token: old.secret).1.statusCode == 401)

            // A file with a mistake: refused with its line, and the tokens in force still work.
            try (text.replacingOccurrences(of: old.entry, with: new.entry) + "alerts:\n  fire_after: lots\n").write(
                toFile: config, atomically: true, encoding: .utf8)
            daemon.signal(SIGHUP)
            #expect(Self.waitFor("STATUS=config reload refused:", listener))
            #expect(try await ServeCommandTests.get(base + "/v1/cycles", token: new.secret).1.statusCode == 200)
            #expect(daemon.log.contains("config reload refused, the config in force stays"))
            #expect(daemon.log.contains("alerts.fire_after"))
            #expect(try daemon.terminate(within: 15) == 0)
        }
    }

    /// True when a notification starting with `prefix` arrives within a few seconds.
    static func waitFor(_ prefix: String, _ listener: NotifyListener) -> Bool {
        for _ in 0..<10 {
            guard let message = listener.receive() else { return false }
            if message.contains(prefix) { return true }
        }
        return false
    }
}
