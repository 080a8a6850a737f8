import Yams

/// Reads a whole YAML configuration document: the entry point of the reader, shared by every daemon config.
enum ConfigDocument {
    /// Composes `yaml`, hands its top-level mapping to `body`, reports the top-level keys `body` did not ask
    /// about, and returns what `body` built only if nothing at all was reported.
    ///
    /// - Throws: every problem of the file, in file order. A YAML syntax error stops reading, as nothing after
    ///   it can be trusted, so it is reported alone.
    static func read<Config>(
        yaml: String,
        file: String,
        environment: [String: String],
        _ body: (MappingReader) -> Config?
    ) throws(ConfigErrors) -> Config {
        let composed: DocumentComposer.Composed
        switch DocumentComposer.compose(yaml) {
        case .success(let result):
            composed = result
        case .failure(let syntaxError):
            throw ConfigErrors(errors: [
                ConfigError(
                    file: file,
                    line: syntaxError.position.line,
                    column: syntaxError.position.column,
                    message: syntaxError.message
                )
            ])
        }
        let context = ReadContext(file: file, environment: environment, renamedKeys: composed.renamedKeys)
        let config = readRoot(composed.root, context: context, body)
        guard let config, !context.hasProblems else {
            var errors = context.errors
            if errors.isEmpty {
                // Readers report every nil they return; this keeps a slip in a future section from passing.
                errors = [ConfigError(file: file, line: 1, column: 1, message: "the configuration is incomplete")]
            }
            throw ConfigErrors(errors: errors)
        }
        return config
    }

    private static func readRoot<Config>(
        _ root: Node?,
        context: ReadContext,
        _ body: (MappingReader) -> Config?
    ) -> Config? {
        guard let root, !root.isNull else {
            context.report("the file is empty: expected a mapping of sections such as 'database:'", at: .start)
            return nil
        }
        guard case .mapping = root else {
            context.report(
                "expected a mapping of sections such as 'database:' at the top level, got \(root.foundDescription)",
                at: SourcePosition(root.mark)
            )
            return nil
        }
        let reader = NodeReader(node: root, keyPath: .root, anchor: SourcePosition(root.mark), context: context)
        return reader.mapping(body)
    }
}
