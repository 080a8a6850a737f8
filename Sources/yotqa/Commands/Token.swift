import API
import ArgumentParser
import Foundation

struct Token: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make and check API bearer tokens.",
        subcommands: [New.self, Hash.self]
    )

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a new random token and print its config entry.",
            discussion: """
                Prints the secret once, on the first line, for the person or tool that will use it, \
                and then the entry to add under api.tokens in the config, which keeps only the \
                secret's SHA-256 digest. Reload or restart the daemon to take it into use; delete \
                the entry to revoke it.
                """
        )

        @Option(help: ArgumentHelp("The token's name, written to the audit log.", valueName: "name"))
        var name: String

        @Option(help: "viewer (reads), manager (also acknowledges, silences, drill-downs) or admin.")
        var role: String = "viewer"

        @Option(
            name: .customLong("service"), help: ArgumentHelp("Limit it to this service (repeatable).", valueName: "id"))
        var services: [String] = []

        func validate() throws {
            guard Role(rawValue: role) != nil else { throw ValidationError("--role must be viewer, manager or admin") }
            guard !name.isEmpty, name.count <= 64,
                name.unicodeScalars.allSatisfy({
                    CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)
                })
            else { throw ValidationError("--name must be 1 to 64 letters, digits, dots, dashes or underscores") }
        }

        func run() throws {
            var generator = SystemRandomNumberGenerator()
            let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let secret = "yotqa_" + bytes.map { String(format: "%02x", $0) }.joined()
            print(secret)
            print("")
            print("# add under api.tokens:")
            print("  - name: \(name)")
            print("    sha256: \(TokenDigest(of: secret).hex)")
            print("    role: \(role)")
            if !services.isEmpty { print("    services: [\(services.joined(separator: ", "))]") }
        }
    }

    struct Hash: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the SHA-256 digest of a token read from standard input.")

        func run() throws {
            let line = readLine(strippingNewline: true) ?? ""
            guard !line.isEmpty else { throw ValidationError("no token on standard input") }
            print(TokenDigest(of: line).hex)
        }
    }
}
