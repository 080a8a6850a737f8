extension IndicatorsConfig {
    static let milestoneKinds = [
        "first_contact", "initial_assessment", "intervention_plan", "review", "initial_panel", "oocd_decision",
    ]
    static let interventionKinds = [
        "prevention", "community_resolution", "youth_caution", "youth_conditional_caution", "referral_order",
        "youth_rehabilitation_order", "detention_training_order", "other_custody", "bail_supervision", "remand",
    ]

    /// Reads section `indicators`; every key has a default.
    init?(reading section: MappingReader) {
        let quarters = section.value("quarters", .int(in: 1...40), default: Self.defaultQuarters)
        let months = section.value("months", .int(in: 1...120), default: Self.defaultMonths)
        let minimum = section.value(
            "minimum_denominator", .int(in: 0...1000), default: Self.defaultMinimumDenominator)
        let limit = section.value("caseload_limit", .int(in: 1...200), default: Self.defaultCaseloadLimit)
        let timeout = section.value(
            "statement_timeout", .duration(in: .seconds(1)...(.seconds(3600))), default: Self.defaultStatementTimeout)
        let connections = section.value("connections", .int(in: 1...8), default: Self.defaultConnections)
        let deadlines = section.mapping("deadlines") { deadlines in
            Dictionary(
                uniqueKeysWithValues: deadlines.entries { _, node in node.mapping(DeadlineConfig.init(reading:)) })
        }
        let minimums = section.mapping("minimum_denominators") { minimums in
            Dictionary(uniqueKeysWithValues: minimums.entries { _, node in node.value(.int(in: 0...1000)) })
        }
        let custom = section.sequence("custom", of: .path)
        let holidays = section.optional("bank_holidays", .path)
        self.init(
            quarters: quarters, months: months, minimumDenominator: minimum, caseloadLimit: limit,
            statementTimeout: timeout, deadlines: deadlines ?? [:], minimumDenominators: minimums ?? [:],
            custom: custom, bankHolidays: holidays, connections: connections)
    }
}

extension DeadlineConfig {
    init?(reading section: MappingReader) {
        let milestone = section.optional("milestone", .oneOf(IndicatorsConfig.milestoneKinds))
        let clock = section.optional("clock", .enumeration(of: Clock.self))
        let days = section.mapping("days") { days -> [String: Int]? in
            let entries = days.entries { kind, node -> Int? in
                guard IndicatorsConfig.interventionKinds.contains(kind) else {
                    node.report(
                        "unknown intervention kind (expected one of \(IndicatorsConfig.interventionKinds.joined(separator: ", ")))"
                    )
                    return nil
                }
                return node.value(.int(in: 1...250))
            }
            return entries.isEmpty ? nil : Dictionary(uniqueKeysWithValues: entries)
        }
        self.init(milestone: milestone, clock: clock, days: days ?? nil)
    }
}

extension ValueType where Value == String {
    /// One of a fixed list of words, exactly as spelt.
    static func oneOf(_ words: [String]) -> ValueType<String> {
        ValueType.string.checked { word in
            words.contains(word) ? nil : "expected one of \(words.joined(separator: ", ")), got \"\(word)\""
        }
    }
}
