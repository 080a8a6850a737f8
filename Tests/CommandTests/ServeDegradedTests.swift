import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `yotqa serve` started while PostgreSQL does not answer: it starts, says it is not ready, and
/// recovers by itself when the database comes (here: a TCP relay to the test server, started late).
@Suite struct ServeDegradedTests {
    @Test func startsBeforePostgreSQLAndRecoversByItself() async throws {
        try await GeneratedData.withDatabase("serve_degraded") { conninfo, _ in
            let realPort = try #require(Self.port(in: conninfo))
            let relayPort = try Self.freePort()
            let config = try YotqaProcess.writeConfig(
                conninfo: conninfo.replacingOccurrences(of: "port=\(realPort)", with: "port=\(relayPort)"),
                extra: "api:\n  port: 0\n")
            defer { try? FileManager.default.removeItem(atPath: config) }
            let daemon = try Daemon(config: config)
            defer { daemon.stop() }
            let base = try await daemon.address(within: 60)
            #expect(try await ServeCommandTests.get(base + "/health/live", token: nil).1.statusCode == 200)
            #expect(try await ServeCommandTests.get(base + "/health/ready", token: nil).1.statusCode == 503)

            let relay = try Self.relay(from: relayPort, to: realPort)
            // SIGKILL: a child started from a Swift concurrency thread may have SIGTERM blocked.
            defer {
                kill(relay.processIdentifier, SIGKILL)
                relay.waitUntilExit()
            }
            #expect(try await ServeCommandTests.waitForReady(base, within: 90), "never became ready")
            #expect(try daemon.terminate(within: 15) == 0)
            let failures = daemon.log.components(separatedBy: "cannot reach PostgreSQL").count - 1
            #expect(failures == 1, "the failure is logged once, not on every try: \(daemon.log)")
            #expect(daemon.log.contains("PostgreSQL answers again"))
        }
    }

    static func port(in conninfo: String) -> Int? {
        conninfo.split(separator: " ").first { $0.hasPrefix("port=") }.flatMap { Int($0.dropFirst(5)) }
    }

    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A TCP relay from one loopback port to another (Python's asyncio), standing in for a
    /// PostgreSQL that comes up late.
    static func relay(from: Int, to: Int) throws -> Process {
        let script = """
            import asyncio
            async def pipe(reader, writer):
                try:
                    while data := await reader.read(65536):
                        writer.write(data)
                        await writer.drain()
                finally:
                    writer.close()
            async def handle(client_reader, client_writer):
                server_reader, server_writer = await asyncio.open_connection('127.0.0.1', \(to))
                await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))
            async def main():
                server = await asyncio.start_server(handle, '127.0.0.1', \(from))
                async with server:
                    await server.serve_forever()
            asyncio.run(main())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script]
        try process.run()
        return process
    }
}
