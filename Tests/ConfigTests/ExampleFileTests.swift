import Config
import Foundation
import Testing

/// `config/yotqa.yaml` in this repository, found from this file so the tests run from any directory.
private let examplePath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("config/yotqa.yaml")
    .path

private let credentials = ["CREDENTIALS_DIRECTORY": "/run/credentials/yotqa.service"]

@Suite("The example config/yotqa.yaml")
struct ExampleFileTests {
    @Test("loads with the values a council deployment uses")
    func loads() throws {
        let config = try YotqaConfig.load(file: examplePath, environment: credentials)
        let expected = YotqaConfig(
            database: DatabaseConfig(
                conninfo: "host=yot-db.council.internal port=5432 dbname=yot user=yotqa sslmode=verify-full "
                    + "sslrootcert=/etc/yotqa/db-ca.crt",
                passfile: "/run/credentials/yotqa.service/pgpass",
                connectTimeout: .seconds(10),
                statementTimeout: .seconds(120),
                applicationName: "yotqa"
            ),
            paths: PathsConfig(sql: nil),
            log: LogConfig(level: .notice),
            mail: MailConfig(
                transport: .smtp(
                    SmtpConfig(
                        host: "relay.council.internal",
                        port: 587,
                        security: .starttls,
                        allowPlainLocalhost: false,
                        username: "yotqa",
                        passwordFile: "/run/credentials/yotqa.service/smtp-password",
                        caFile: "/etc/yotqa/relay-ca.crt",
                        timeout: .seconds(30)
                    )),
                from: "YOT quality assurance <yotqa@torbay.gov.uk>",
                apiURL: "https://yotqa.torbay.gov.uk",
                messageIDDomain: "torbay.gov.uk",
                boardChair: ["Board chair <chair@torbay.gov.uk>"],
                recipients: MailRecipientsConfig(
                    critical: ["yot-manager@torbay.gov.uk"], warning: ["qa-officer@torbay.gov.uk"]),
                remindEvery: .seconds(86_400),
                escalateAfter: .seconds(2 * 86_400),
                resolvedNotices: true,
                retry: MailRetryConfig(maxAttempts: 8, firstDelay: .seconds(60), maxDelay: .seconds(3600)),
                digest: DigestConfig(enabled: true, weekday: 1, hour: 8, minute: 0, timeZone: "Europe/London")
            )
        )
        #expect(config == expected)
    }

    @Test("needs CREDENTIALS_DIRECTORY, as systemd's LoadCredential sets it, and says so")
    func needsCredentialsDirectory() throws {
        let text = try String(contentsOfFile: examplePath, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let passfileLine = try #require(lines.firstIndex { $0.hasPrefix("  passfile:") }) + 1
        let passwordFileLine = try #require(lines.firstIndex { $0.hasPrefix("    password_file:") }) + 1
        #expect(throws: ConfigErrors.self) { try YotqaConfig.load(file: examplePath, environment: [:]) }
        do {
            _ = try YotqaConfig.load(file: examplePath, environment: [:])
        } catch {
            #expect(
                error.errors.map(\.description) == [
                    "\(examplePath):\(passfileLine):13: database.passfile: environment variable "
                        + "CREDENTIALS_DIRECTORY is not set",
                    "\(examplePath):\(passwordFileLine):20: mail.smtp.password_file: environment variable "
                        + "CREDENTIALS_DIRECTORY is not set",
                ]
            )
        }
    }

    @Test("has a comment above every setting")
    func everySettingIsCommented() throws {
        let lines = try String(contentsOfFile: examplePath, encoding: .utf8).components(separatedBy: "\n")
        var previous = ""
        var uncommented: [String] = []
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                continue
            }
            if !trimmed.hasPrefix("#") && !previous.hasPrefix("#") {
                uncommented.append(line)
            }
            previous = trimmed
        }
        #expect(uncommented == [])
        #expect(lines.contains { $0.contains("LoadCredential=pgpass:/etc/yotqa/pgpass") })
        #expect(lines.contains { $0.contains("LoadCredential=smtp-password:/etc/yotqa/smtp-password") })
    }
}
