@testable import Config

/// The file name the broken fixtures are reported under.
let fixtureFile = "broken.yaml"

/// The descriptions of the errors `yaml` gives, or an empty list when it loads.
func problems(in yaml: String, environment: [String: String] = [:]) -> [String] {
    do {
        _ = try YotqaConfig.parse(yaml: yaml, file: fixtureFile, environment: environment)
        return []
    } catch {
        return error.errors.map(\.description)
    }
}
