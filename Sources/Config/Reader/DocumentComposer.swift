import Yams

/// Turns YAML text into a Yams node tree, or into the one syntax error that stops it.
///
/// Yams rejects a mapping with duplicate keys outright, naming only the first occurrence. To report the
/// duplicate where it is (the second occurrence) and still check the rest of the file, the first occurrence is
/// renamed in the text to a placeholder of the same length, so no position moves, and the text is composed
/// again; `MappingReader` then sees both keys, maps the placeholder back to its name and reports the later one.
enum DocumentComposer {
    struct Composed {
        /// Nil for a file with nothing but comments and blank lines.
        let root: Node?
        let renamedKeys: [SourcePosition: String]
    }

    struct SyntaxError: Error {
        let position: SourcePosition
        let message: String
    }

    /// Enough for any real file; each round renames one duplicate key and uses its own placeholder character.
    private static let maximumRenames = 256

    static func compose(_ yaml: String) -> Result<Composed, SyntaxError> {
        var text = yaml
        var renamedKeys: [SourcePosition: String] = [:]
        while true {
            do {
                return .success(Composed(root: try Yams.compose(yaml: text), renamedKeys: renamedKeys))
            } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
                let position = SourcePosition(line: context.mark.line, column: context.mark.column)
                guard let key = duplicates.first, renamedKeys.count < maximumRenames,
                    let placeholder = Unicode.Scalar(0xE000 + UInt32(renamedKeys.count)),
                    let renamed = KeyRenaming.rename(key, at: position, in: text, to: placeholder)
                else {
                    let name = duplicates.first ?? ""
                    return .failure(
                        SyntaxError(
                            position: position,
                            message: "duplicate key '\(name)' (a key may appear only once in a mapping)"))
                }
                text = renamed
                renamedKeys[position] = key
            } catch {
                return .failure(syntaxError(error, in: text))
            }
        }
    }

    private static func syntaxError(_ error: any Error, in text: String) -> SyntaxError {
        guard let yamlError = error as? YamlError else {
            return SyntaxError(position: .start, message: "cannot read the YAML: \(error)")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            return explain(problem, at: SourcePosition(mark), context, in: text)
        case .composer(let context, let problem, let mark, _):
            if problem == "but found another document" {
                return SyntaxError(
                    position: SourcePosition(mark),
                    message: "invalid YAML: the file must hold one document, but a second one starts here"
                )
            }
            return explain(problem, at: SourcePosition(mark), context, in: text)
        case .reader(let problem, let offset, _, _):
            return SyntaxError(
                position: position(ofCharacter: offset ?? 0, in: text), message: "invalid text: \(problem)")
        default:
            return SyntaxError(position: .start, message: "invalid YAML: \(yamlError)")
        }
    }

    /// libyaml's problem with its context: "did not find expected key while parsing a block mapping at line 1,
    /// column 1". When the file ends too early, the end is no help, so the error goes where the unfinished
    /// thing (an unclosed quote, say) starts.
    private static func explain(
        _ problem: String,
        at position: SourcePosition,
        _ context: YamlError.Context?,
        in text: String
    ) -> SyntaxError {
        var message = "invalid YAML: " + problem
        var position = position
        if let context {
            let start = SourcePosition(context.mark)
            if problem.hasSuffix("end of stream") {
                message = "invalid YAML: \(context.text) that starts here, \(problem)"
                position = start
            } else if start == position {
                message += " " + context.text
            } else if context.text.hasPrefix("while ") {
                message += " \(context.text) at line \(start.line), column \(start.column)"
            } else {
                message += " (\(context.text) at line \(start.line), column \(start.column))"
            }
        }
        let scalars = Array(text.unicodeScalars)
        if let index = position.index(in: scalars), scalars[index] == "\t" {
            message += " (YAML does not allow tabs for indentation)"
        }
        return SyntaxError(position: position, message: message)
    }

    private static func position(ofCharacter offset: Int, in text: String) -> SourcePosition {
        var position = SourcePosition.start
        for character in text.prefix(offset) {
            if character.isNewline {
                position.line += 1
                position.column = 1
            } else {
                position.column += character.unicodeScalars.count
            }
        }
        return position
    }
}
