import ArgumentParser

/// The `yotqa` command: the daemon and the tools around it.
@main
struct Yotqa: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yotqa",
        abstract: "Quality assurance for a youth justice service: indicators, judgements and early warnings.",
        discussion: """
            yotqa reads a youth justice service's case data from PostgreSQL (schema yot, the data \
            contract), computes the indicators its management board agreed, and keeps its own state in \
            schema yotqa. Every command that touches the database reads the config file named by \
            --config (default /etc/yotqa/yotqa.yaml, or $YOTQA_CONFIG).
            """,
        subcommands: [
            CheckConfig.self, Migrate.self, InitContract.self, Generate.self, Compute.self, DrillDown.self,
            Docs.self, Alerts.self, Acknowledge.self, Silence.self, Serve.self, Token.self, DigestCommand.self,
            SendTestEmail.self, OutboxCommand.self,
        ]
    )
}
