import API
import Testing

/// Token digests and their lookup. Constant time cannot be timed reliably in a test, so these check
/// what can be: the digests, the parsing of configured ones, and which token a secret finds.
@Suite struct TokenDigestTests {
    /// FIPS 180-2's SHA-256 examples, and the empty string.
    @Test(arguments: [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownVectors(input: String, hex: String) throws {
        let digest = TokenDigest(of: input)
        #expect(digest.hex == hex)
        #expect(digest.bytes.count == 32)
        #expect(TokenDigest(hex: hex) == digest)
        #expect(TokenDigest(hex: hex.uppercased()) == digest)
        #expect(try #require(TokenDigest(hex: hex)).matches(digest))
    }

    @Test func theDigestIsOfTheUTF8Bytes() {
        // "é" precomposed and decomposed are different bytes, so different tokens.
        #expect(TokenDigest(of: "caf\u{E9}") != TokenDigest(of: "cafe\u{301}"))
        #expect(TokenDigest(of: "abc"[...]) == TokenDigest(of: "abc"))
        #expect(TokenDigest(of: "abc").bytes.first == 0xBA)
    }

    @Test(arguments: [
        "", "ba7816bf", String(repeating: "a", count: 63), String(repeating: "a", count: 65),
        String(repeating: "a", count: 128),
        "ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015az",
        "ba7816bf 8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
        "0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015",
        // 62 digits and one two-byte character: 64 bytes, not 64 digits.
        String(repeating: "a", count: 62) + "\u{E9}",
        "-a7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    ])
    func badHexIsRefused(hex: String) {
        #expect(TokenDigest(hex: hex) == nil)
    }

    @Test func matchesComparesEveryByte() throws {
        let digest = TokenDigest(of: "abc")
        #expect(digest.matches(TokenDigest(of: "abc")))
        #expect(!digest.matches(TokenDigest(of: "abd")))
        var hex = Array(digest.hex)
        for index in [0, 31, 63] {
            var changed = hex
            changed[index] = changed[index] == "0" ? "1" : "0"
            let other = try #require(TokenDigest(hex: String(changed)))
            #expect(!digest.matches(other), "digit \(index)")
            #expect(!other.matches(digest), "digit \(index)")
        }
        hex[0] = "b"
        #expect(try #require(TokenDigest(hex: String(hex))).matches(digest))
    }

    @Test func theBookIdentifiesTheRightToken() throws {
        let book = Caller.book
        for caller in Caller.allCases {
            let found = try #require(book.identify(caller.secret), "\(caller)")
            #expect(found.name == caller.name)
            #expect(found.role == caller.token.role)
            #expect(found.services == caller.token.services)
        }
        #expect(book.identify("unknown") == nil)
        #expect(book.identify("") == nil)
        #expect(book.identify(Caller.viewer.secret + " ") == nil)
        #expect(book.identify(Caller.viewer.secret.uppercased()) == nil)
        #expect(book.identify(Caller.viewer.secret[...])?.name == "viewer-token")
        #expect(TokenBook([]).identify(Caller.viewer.secret) == nil)
        // A token found among many, wherever it is in the book.
        let many = TokenBook(
            (0..<50).map { APIToken(name: "t\($0)", digest: TokenDigest(of: "secret-\($0)"), role: .viewer) })
        for index in [0, 17, 49] {
            #expect(many.identify("secret-\(index)")?.name == "t\(index)")
        }
    }

    @Test func rolesAndScopes() {
        #expect(Role.viewer < Role.manager)
        #expect(Role.manager < Role.admin)
        #expect(Role.allCases.sorted() == [.viewer, .manager, .admin])
        let everywhere = Caller.manager.token
        let north = Caller.northManager.token
        #expect(everywhere.maySee("S1") && everywhere.maySee("S2") && everywhere.maySee(nil))
        #expect(north.maySee("S1"))
        #expect(!north.maySee("S2"))
        // Alerts about no one service are everyone's.
        #expect(north.maySee(nil))
    }
}
