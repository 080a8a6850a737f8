import Foundation
import Indicators
import Judgement
import Mail
import Postgres
import Store
import TestSupport
import Testing

/// The board chair's digest from a real cycle's figures and alert history.
@Suite struct DigestTests {
    typealias A = AlertMailTests

    /// Q3 (October to December 2023): four reports, all on time: 4 / 4 = 100%, green; Q4 is the
    /// fixture's 2 / 6 = 33.3%, red: from 100% to 33.3% on a higher-is-better indicator is worsening.
    static let q3 = """
        INSERT INTO yot.court_reports (report_id, child_id, service_id, requested_on, due_on, submitted_on)
        SELECT 'REPORT-Q' || n, 'CHILD-A' || n, 'TB', '2023-10-02', '2023-11-01', '2023-10-30'
        FROM generate_series(1, 4) AS n;
        """

    @Test func figuresAndTheAlertsSinceTheLastDigest() async throws {
        try await withSchemas("digest") { connection in
            try await connection.withSession { session in
                try session.runScript(A.fixture)
                try session.runScript(Self.q3)
            }
            _ = try await A.runner().run(on: connection, settings: A.settings, at: A.start)
            let alertID = try #require(try await AlertStore.list(on: connection).first?.alertID)
            _ = try await AlertStore.acknowledge(
                alertID: alertID, by: "manager-token", note: "spoke to the court team", on: connection,
                at: A.start + 60)
            let catalogue = try Catalogue.load(sqlDirectory: TestDatabase.sqlDirectory).only(["court_reports_timely"])
            let digest = Digest(
                catalogue: catalogue,
                judgement: JudgementSettings(thresholds: JudgementSettings.thresholds(of: catalogue, overrides: [:])),
                settings: A.mail)

            let facts = try await digest.facts(title: "Weekly digest", since: nil, until: A.start + 120, on: connection)
            #expect(facts.asOf == "2024-04-15")
            let torbay = try #require(facts.services.first)
            #expect(torbay.name == "Torbay")
            let figure = try #require(torbay.figures.first)
            #expect(figure.value == "33.3%")
            #expect(figure.rag == "red")
            #expect(figure.travel == .worsening)
            #expect(figure.target == "90%")
            #expect(facts.opened.map(\.alertID) == [alertID])
            #expect(facts.acknowledged.map(\.by) == ["manager-token"])
            #expect(facts.acknowledged.map(\.note) == [nil], "free-text notes are not mailed")
            #expect(facts.resolved.isEmpty)
            #expect(facts.stillOpen.map(\.state) == ["acknowledged"])

            // Queued once per slot, however often it is asked for; the next one starts from it.
            let id = digest.messageID(slot: "2024-04-15T08:00")
            #expect(id == "digest-20240415T0800@torbay.example")
            #expect(
                try await digest.enqueue(title: "Weekly digest", messageID: id, at: A.start + 180, on: connection)
                    .queued)
            #expect(
                !(try await digest.enqueue(title: "Weekly digest", messageID: id, at: A.start + 240, on: connection)
                    .queued))
            let since = try await Digest.lastQueued(on: connection)
            #expect(since == A.start + 180)
            let later = try await digest.facts(
                title: "Weekly digest", since: since, until: A.start + 300, on: connection)
            #expect(later.opened.isEmpty)
            #expect(later.acknowledged.isEmpty)
            #expect(later.stillOpen.count == 1)
        }
    }
}
