import Config
import Testing

@Suite("How errors read")
struct ConfigErrorTests {
    @Test("with a key path: FILE:LINE:COLUMN: KEYPATH: MESSAGE")
    func withKeyPath() {
        let error = ConfigError(file: "a.yaml", line: 3, column: 5, keyPath: "log.level", message: "bad")
        #expect(error.description == "a.yaml:3:5: log.level: bad")
    }

    @Test("without a key path: FILE:LINE:COLUMN: MESSAGE")
    func withoutKeyPath() {
        let error = ConfigError(file: "a.yaml", line: 1, column: 2, message: "invalid YAML: oops")
        #expect(error.description == "a.yaml:1:2: invalid YAML: oops")
    }

    @Test("without a position: FILE: MESSAGE")
    func withoutPosition() {
        let error = ConfigError(file: "/etc/yotqa/yotqa.yaml", line: 0, column: 0, message: "cannot read")
        #expect(error.description == "/etc/yotqa/yotqa.yaml: cannot read")
    }

    @Test("a list of errors is one per line")
    func list() {
        let errors = ConfigErrors(errors: [
            ConfigError(file: "a.yaml", line: 1, column: 1, keyPath: "x", message: "one"),
            ConfigError(file: "a.yaml", line: 2, column: 3, message: "two"),
        ])
        #expect(errors.description == "a.yaml:1:1: x: one\na.yaml:2:3: two")
    }
}
