extension AlertsConfig {
    /// Reads section `alerts`; every key has a default.
    init?(reading section: MappingReader) {
        self.init(
            fireAfter: section.value("fire_after", .int(in: 1...100), default: Self.defaultFireAfter),
            resolveAfter: section.value("resolve_after", .int(in: 1...100), default: Self.defaultResolveAfter),
            amberWarnings: section.value("amber_warnings", .bool, default: false),
            staleAfterDays: section.value("stale_after_days", .int(in: 1...365), default: Self.defaultStaleAfterDays),
            dataQualityPercent: section.value(
                "data_quality_percent", .number(in: 0...100), default: Self.defaultDataQualityPercent))
    }
}
