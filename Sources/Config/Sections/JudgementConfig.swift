public import Dates

/// Section `judgement`: how figures are rated and charted. Thresholds given here replace the
/// example thresholds in the headers of the catalogue's files.
public struct JudgementConfig: Sendable, Equatable {
    /// The confidence level of Wilson intervals (default 0.95).
    public var confidence: Double
    /// Points in a run that make a shift or a trend: 7 (default) or 6.
    public var runLength: Int
    /// RAG bounds by indicator id.
    public var thresholds: [String: ThresholdConfig]
    /// Points from which an indicator's control limits are recalculated.
    public var rebases: [RebaseConfig]

    public static let defaultConfidence = 0.95
    public static let defaultRunLength = 7

    public init(
        confidence: Double = defaultConfidence, runLength: Int = defaultRunLength,
        thresholds: [String: ThresholdConfig] = [:], rebases: [RebaseConfig] = []
    ) {
        self.confidence = confidence
        self.runLength = runLength
        self.thresholds = thresholds
        self.rebases = rebases
    }
}

/// An indicator's green and red bounds, with optional bounds for single services.
public struct ThresholdConfig: Sendable, Equatable {
    public var green: Double
    public var red: Double
    /// By service id.
    public var services: [String: Bounds]

    public struct Bounds: Sendable, Equatable {
        public var green: Double
        public var red: Double

        public init(green: Double, red: Double) {
            self.green = green
            self.red = red
        }
    }

    public init(green: Double, red: Double, services: [String: Bounds] = [:]) {
        self.green = green
        self.red = red
        self.services = services
    }
}

/// A process change: an indicator's limits are recalculated from the period starting on or after `from`.
public struct RebaseConfig: Sendable, Equatable {
    public var indicator: String
    /// nil: every service.
    public var service: String?
    public var from: LocalDate

    public init(indicator: String, service: String? = nil, from: LocalDate) {
        self.indicator = indicator
        self.service = service
        self.from = from
    }
}
