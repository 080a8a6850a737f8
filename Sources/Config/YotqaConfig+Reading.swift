extension YotqaConfig {
    /// Reads the top level. A new section is one line here (`optionalMapping` for one that is off when left out)
    /// and a `Section+Reading.swift` of its own.
    init?(reading root: MappingReader) {
        let database = root.mapping("database", DatabaseConfig.init(reading:))
        let paths = root.mapping("paths", PathsConfig.init(reading:))
        let log = root.mapping("log", LogConfig.init(reading:))
        let indicators = root.mapping("indicators", IndicatorsConfig.init(reading:))
        let judgement = root.mapping("judgement", JudgementConfig.init(reading:))
        let alerts = root.mapping("alerts", AlertsConfig.init(reading:))
        let api = root.mapping("api", ApiConfig.init(reading:))
        let mail = root.optionalMapping("mail", MailConfig.init(reading:))
        let schedule = root.mapping("schedule", ScheduleConfig.init(reading:))
        guard let database, let paths, let log, let indicators, let judgement, let alerts, let api, let mail,
            let schedule
        else {
            return nil
        }
        self.init(
            database: database, paths: paths, log: log, indicators: indicators, judgement: judgement, alerts: alerts,
            api: api, mail: mail, schedule: schedule)
    }
}
