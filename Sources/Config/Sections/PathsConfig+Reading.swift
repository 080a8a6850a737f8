extension PathsConfig {
    /// Reads section `paths`; every key is optional.
    init?(reading section: MappingReader) {
        self.init(sql: section.optional("sql", .path))
    }
}
