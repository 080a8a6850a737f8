import Testing

@testable import Mail

/// Whether `line` is a well-formed quoted-printable line: printable ASCII other than "=", spaces and
/// tabs (not at the end unless a soft break follows), "=XX" with upper-case hex, and at most a soft
/// break "=" at the end.
private func isWellFormed(_ line: String) -> Bool {
    var bytes = Array(line.utf8)
    if bytes.last == UInt8(ascii: "=") {
        bytes.removeLast()
    } else if let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
        return false
    }
    var index = 0
    while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "=") {
            let hex = Array("0123456789ABCDEF".utf8)
            guard index + 2 < bytes.count, hex.contains(bytes[index + 1]), hex.contains(bytes[index + 2]) else {
                return false
            }
            index += 3
        } else {
            guard (33...126).contains(byte) || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else {
                return false
            }
            index += 1
        }
    }
    return true
}

@Suite struct QuotedPrintableTests {
    @Test(arguments: [
        ("a=b", "a=3Db"),
        // UTF-8: "£" is C2 A3, "–" (U+2013) is E2 80 93, "é" is C3 A9.
        ("£5 – café", "=C2=A35 =E2=80=93 caf=C3=A9"),
        ("end  ", "end =20"),
        ("tab\t", "tab=09"),
        ("inner \t space", "inner \t space"),
        (".", "."),
        ("..", ".."),
        ("a\nb", "a\r\nb"),
        ("a\r\nb", "a\r\nb"),
        ("a\n", "a\r\n"),
        ("a \nb", "a=20\r\nb"),
        ("a\rb", "a=0Db"),
        ("\u{0}\u{7F}", "=00=7F"),
        ("", ""),
    ])
    func encodes(text: String, encoded: String) {
        #expect(QuotedPrintable.encode(text) == encoded)
    }

    @Test func splitsLongLinesWithSoftBreaksAt76() {
        // 75 characters and "=" make 76; the last line may use all 76.
        let x = { (count: Int) in String(repeating: "x", count: count) }
        #expect(QuotedPrintable.encode(x(200)) == x(75) + "=\r\n" + x(75) + "=\r\n" + x(50))
        #expect(QuotedPrintable.encode(x(76)) == x(76))
        #expect(QuotedPrintable.encode(x(77)) == x(75) + "=\r\n" + "xx")
        // A trailing space on a full line is escaped, "=20" taking it past 76, so it goes on a line of its own.
        #expect(QuotedPrintable.encode(x(75) + " ") == x(75) + "=\r\n=20")
    }

    @Test func neverSplitsAnEscape() {
        // "é" is "=C3=A9": 25 escapes of 3 characters fill 75, then the soft break; 200 bytes make 8 lines.
        let lines = QuotedPrintable.encode(String(repeating: "é", count: 100)).components(separatedBy: "\r\n")
        #expect(lines.count == 8)
        #expect(lines[0] == String(repeating: "=C3=A9", count: 12) + "=C3=")
        for line in lines {
            #expect(line.utf8.count <= 76)
            #expect(isWellFormed(line), "\(line)")
        }
    }

    @Test(arguments: [
        "=_yotqa_0123456789abcdef", "a=_b", "==__==", "x=\n_y", String(repeating: "=_", count: 60), "é=_é",
        String(repeating: "ab ", count: 30) + "=_", "tab\t=\t_",
    ])
    func neverWritesEqualsUnderscore(text: String) {
        let encoded = QuotedPrintable.encode(text)
        #expect(!encoded.contains("=_"))
        for line in encoded.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 76)
            #expect(isWellFormed(line), "\(line)")
        }
    }
}
