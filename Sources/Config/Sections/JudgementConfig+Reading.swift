extension JudgementConfig {
    /// Reads section `judgement`; every key has a default.
    init?(reading section: MappingReader) {
        let confidence = section.value("confidence", .number(in: 0.5...0.999), default: Self.defaultConfidence)
        let runLength = section.value("run_length", .int(in: 6...7), default: Self.defaultRunLength)
        let thresholds = section.mapping("thresholds") { thresholds in
            Dictionary(
                uniqueKeysWithValues: thresholds.entries { _, node in node.mapping(ThresholdConfig.init(reading:)) })
        }
        let rebases = section.sequence("rebases") { node in node.mapping(RebaseConfig.init(reading:)) }
        self.init(confidence: confidence, runLength: runLength, thresholds: thresholds ?? [:], rebases: rebases)
    }
}

extension ThresholdConfig {
    init?(reading section: MappingReader) {
        let green = section.required("green", .number(in: -1e9...1e9))
        let red = section.required("red", .number(in: -1e9...1e9))
        let services = section.mapping("services") { services in
            Dictionary(uniqueKeysWithValues: services.entries { _, node in node.mapping(Bounds.init(reading:)) })
        }
        guard let green, let red else { return nil }
        self.init(green: green, red: red, services: services ?? [:])
    }
}

extension ThresholdConfig.Bounds {
    init?(reading section: MappingReader) {
        let green = section.required("green", .number(in: -1e9...1e9))
        let red = section.required("red", .number(in: -1e9...1e9))
        guard let green, let red else { return nil }
        self.init(green: green, red: red)
    }
}

extension RebaseConfig {
    init?(reading section: MappingReader) {
        let indicator = section.required("indicator", .string)
        let service = section.optional("service", .string)
        let from = section.required("from", .date)
        guard let indicator, let from else { return nil }
        self.init(indicator: indicator, service: service, from: from)
    }
}
