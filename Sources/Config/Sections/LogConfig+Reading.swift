extension LogConfig {
    /// Reads section `log`; every key is optional.
    init?(reading section: MappingReader) {
        self.init(level: section.value("level", .enumeration(of: LogLevel.self), default: Self.defaultLevel))
    }
}
