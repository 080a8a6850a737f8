/// The configuration of the yotqa daemon, as read from its YAML file (`config/yotqa.yaml` is the annotated
/// example). Each section is a struct of its own; loading is in `YotqaConfig+Loading.swift`.
public struct YotqaConfig: Sendable, Equatable {
    /// Required: there is no useful default for where the case data is.
    public var database: DatabaseConfig
    public var paths: PathsConfig
    public var log: LogConfig
    public var indicators: IndicatorsConfig
    public var judgement: JudgementConfig
    public var alerts: AlertsConfig
    public var api: ApiConfig
    /// Nil when the file has no `mail` section (or one with every key commented out): no email is sent.
    public var mail: MailConfig?
    public var schedule: ScheduleConfig

    /// Where the daemon looks for its file when told nothing else.
    public static let defaultPath = "/etc/yotqa/yotqa.yaml"

    public init(
        database: DatabaseConfig, paths: PathsConfig = PathsConfig(), log: LogConfig = LogConfig(),
        indicators: IndicatorsConfig = IndicatorsConfig(), judgement: JudgementConfig = JudgementConfig(),
        alerts: AlertsConfig = AlertsConfig(), api: ApiConfig = ApiConfig(), mail: MailConfig? = nil,
        schedule: ScheduleConfig = ScheduleConfig()
    ) {
        self.database = database
        self.paths = paths
        self.log = log
        self.indicators = indicators
        self.judgement = judgement
        self.alerts = alerts
        self.api = api
        self.mail = mail
        self.schedule = schedule
    }
}
