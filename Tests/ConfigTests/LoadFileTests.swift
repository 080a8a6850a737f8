import Config
import Foundation
import Testing

@Suite("Loading from disk")
struct LoadFileTests {
    /// A fresh folder for one test, removed by the caller.
    private func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("yotqa-config-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func loadErrors(_ path: String) -> [ConfigError] {
        do {
            _ = try YotqaConfig.load(file: path, environment: [:])
            return []
        } catch {
            return error.errors
        }
    }

    @Test("a missing file is one error naming it and the system's reason")
    func missingFile() {
        let path = "/nonexistent-yotqa-\(UUID().uuidString)/yotqa.yaml"
        let errors = loadErrors(path)
        #expect(
            errors == [
                ConfigError(
                    file: path,
                    line: 0,
                    column: 0,
                    message: "cannot read the configuration file: No such file or directory"
                )
            ]
        )
        #expect(
            errors.map(\.description) == ["\(path): cannot read the configuration file: No such file or directory"]
        )
    }

    @Test("a folder is not a config file")
    func folder() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            loadErrors(folder.path).map(\.description) == [
                "\(folder.path): cannot read the configuration file: Is a directory"
            ]
        )
    }

    @Test("a file that is not UTF-8 is refused")
    func notUTF8() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("latin1.yaml")
        try Data([0x6C, 0x6F, 0x67, 0x3A, 0x20, 0xE9, 0x0A]).write(to: file)
        #expect(
            loadErrors(file.path).map(\.description) == [
                "\(file.path): cannot read the configuration file: the file is not UTF-8 text"
            ]
        )
    }

    @Test("errors name the file by the path it was loaded from")
    func errorsNameThePath() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("yotqa.yaml")
        try Data("database:\n  conninfo: ''\n  conect_timeout: 5s\n".utf8).write(to: file)
        #expect(
            loadErrors(file.path).map(\.description) == [
                "\(file.path):3:3: database.conect_timeout: unknown key (did you mean 'connect_timeout'?)"
            ]
        )
    }

    @Test("a good file on disk loads")
    func goodFile() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("yotqa.yaml")
        try Data("database:\n  conninfo: service=yot\nlog:\n  level: warning\n".utf8).write(to: file)
        let config = try YotqaConfig.load(file: file.path, environment: [:])
        #expect(
            config == YotqaConfig(database: DatabaseConfig(conninfo: "service=yot"), log: LogConfig(level: .warning)))
    }

    @Test("the default path is the one packages install")
    func defaultPath() {
        #expect(YotqaConfig.defaultPath == "/etc/yotqa/yotqa.yaml")
    }
}
