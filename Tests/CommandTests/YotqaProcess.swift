import Foundation

/// Runs the built `yotqa` binary, as an operator would, and captures what it printed.
struct YotqaProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "no yotqa binary at \(path): build first (./scripts/test does)" }
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `$YOTQA_BIN_PATH/yotqa` (set by the test command), else the debug build in the repository.
    static func binary() throws -> URL {
        let folder =
            ProcessInfo.processInfo.environment["YOTQA_BIN_PATH"]
            ?? repository.appendingPathComponent(".build/debug").path
        let url = URL(fileURLWithPath: folder).appendingPathComponent("yotqa")
        guard FileManager.default.isExecutableFile(atPath: url.path) else { throw BinaryMissing(path: url.path) }
        return url
    }

    static func run(
        _ arguments: [String], config: String? = nil, environment extra: [String: String] = [:], stdin: String? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["YOTQA_CONFIG"] = config
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        if stdin != nil { process.standardInput = input }
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        // Read both pipes to the end before waiting, so a chatty child never blocks on a full pipe.
        let errData = ReadAll(err)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData.wait(), as: UTF8.self))
    }

    /// Writes a config file for a database into a temporary folder; returns its path.
    static func writeConfig(conninfo: String, extra: String = "") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("yotqa-\(UUID()).yaml").path
        let text = """
            database:
              conninfo: "\(conninfo)"
            paths:
              sql: \(repository.appendingPathComponent("sql").path)
            log:
              level: warning

            """ + extra
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// Drains a pipe on a background thread.
final class ReadAll: @unchecked Sendable {
    // @unchecked: `data` is written once by the thread before `done` is signalled, read after.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
