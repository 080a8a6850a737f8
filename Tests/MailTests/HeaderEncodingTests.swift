import Foundation
import Testing

@testable import Mail

@Suite struct HeaderEncodingTests {
    @Test(arguments: [
        ("Subject\r\nBcc: x@y", "Subject Bcc: x@y"),
        ("a\nb\rc", "a b c"),
        ("  a \t b  ", "a b"),
        ("a\u{0}b\u{7F}c", "a b c"),
        ("Ŷ\u{A0}ŵ", "Ŷ\u{A0}ŵ"),
    ])
    func singleLine(text: String, line: String) {
        #expect(HeaderEncoding.singleLine(text) == line)
    }

    @Test func fieldNameKeepsOnlyPrintableASCIIWithoutColon() {
        #expect(HeaderEncoding.fieldName("X-Yotqa-Kind") == "X-Yotqa-Kind")
        #expect(HeaderEncoding.fieldName("X-A\r\nBcc: x") == "X-ABccx")
    }

    @Test func qEncodingForMostlyASCII() {
        // "é" is C3 A9; "=", "?" and "_" are escaped, a space is "_". 42 characters in Q, 44 in B.
        #expect(
            HeaderEncoding.encodedWords("The café is open = yes? ok_then")
                == ["=?utf-8?q?The_caf=C3=A9_is_open_=3D_yes=3F_ok=5Fthen?="])
    }

    @Test func bEncodingWhenShorter() {
        // "Ŷ" is C5 B6: 11000101 10110110 is 110001 011011 0110(00), x b Y, and one "=" of padding.
        // In Q it would be "=C5=B6", 6 characters against 4.
        #expect(HeaderEncoding.encodedWords("Ŷ") == ["=?utf-8?b?xbY=?="])
        // "ŷŵ" is C5 B7 C5 B5: 110001 011011 011111 000101 and 1011 0101(00): xbfF tQ==.
        #expect(HeaderEncoding.encodedWords("ŷŵ") == ["=?utf-8?b?xbfFtQ==?="])
    }

    @Test(arguments: [30, 40, 75, 200])
    func encodedWordsAreAtMost75AndSplitOnlyBetweenCharacters(firstLimit: Int) {
        for text in [String(repeating: "£5 – café ", count: 20), String(repeating: "ŷŵ", count: 100)] {
            let words = HeaderEncoding.encodedWords(text, firstLimit: firstLimit)
            #expect(words.count > 1)
            #expect(words[0].count <= min(firstLimit, 75))
            for word in words {
                #expect(word.count <= 75)
                #expect(word.hasPrefix("=?utf-8?") && word.hasSuffix("?="))
            }
            // Each word alone is whole characters: its bytes are valid UTF-8 (a split character is not).
            for word in words {
                #expect(decode(word) != nil, "\(word)")
            }
            #expect(words.compactMap(decode).joined() == text)
        }
    }

    @Test func foldsAtSpacesToAtMost78() {
        let words = (1...40).map { "word\($0)" }
        let field = HeaderEncoding.fold(name: "Subject", tokens: words)
        let lines = field.components(separatedBy: "\r\n")
        #expect(lines.count > 1)
        for line in lines {
            #expect(line.count <= 78)
        }
        for line in lines.dropFirst() {
            #expect(line.hasPrefix(" "))
        }
        // Unfolding (taking out the CRLFs) gives back the field.
        #expect(lines.joined() == "Subject: " + words.joined(separator: " "))
    }

    @Test func cutsATokenNoLineCanHold() {
        let field = HeaderEncoding.fold(name: "Message-ID", tokens: [String(repeating: "x", count: 2_000)])
        for line in field.components(separatedBy: "\r\n") {
            #expect(line.count <= 998)
        }
    }

    /// The text of one encoded-word, or nil when its bytes are not UTF-8.
    private func decode(_ word: String) -> String? {
        let payload = Array(word.dropFirst(10).dropLast(2).utf8)
        if word.hasPrefix("=?utf-8?b?") {
            return Data(base64Encoded: Data(payload)).flatMap { String(validating: Array($0), as: UTF8.self) }
        }
        var bytes: [UInt8] = []
        var index = 0
        while index < payload.count {
            if payload[index] == UInt8(ascii: "=") {
                guard let byte = UInt8(String(decoding: payload[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
                else { return nil }
                bytes.append(byte)
                index += 3
            } else {
                bytes.append(payload[index] == UInt8(ascii: "_") ? UInt8(ascii: " ") : payload[index])
                index += 1
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
