import Testing

@testable import Config

@Suite("Did-you-mean suggestions")
struct KeySuggestionTests {
    private let keys = ["conninfo", "passfile", "connect_timeout", "statement_timeout", "application_name"]

    @Test(
        "suggests a near key",
        arguments: [
            ("statment_timeout", "statement_timeout"), ("conect_timeout", "connect_timeout"),
            ("PassFile", "passfile"), ("connifno", "conninfo"),
        ]
    )
    func suggests(_ typo: String, _ expected: String) {
        #expect(KeySuggestion.closest(to: typo, among: keys) == expected)
    }

    @Test("suggests nothing for a different word", arguments: ["password", "host", "x", "timeout"])
    func nothing(_ word: String) {
        #expect(KeySuggestion.closest(to: word, among: keys) == nil)
    }

    @Test("counts a swap of two letters as one edit")
    func transposition() {
        #expect(KeySuggestion.editDistance(Array("pahts".unicodeScalars), Array("paths".unicodeScalars)) == 1)
        #expect(KeySuggestion.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
    }
}
