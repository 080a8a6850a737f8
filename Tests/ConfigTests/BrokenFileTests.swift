import Testing

@Suite("Broken files")
struct BrokenFileTests {
    @Test("give exactly the expected errors, in file order", arguments: BrokenFile.all)
    func reportsExactly(_ file: BrokenFile) {
        #expect(problems(in: file.yaml, environment: file.environment) == file.expected)
    }
}
