import Postgres
import Store
import Testing

@Suite struct ServiceDirectoryTests {
    @Test func servicesComeByIDWithTheIDStandingInForAMissingName() async throws {
        try await withSchemas("services") { connection in
            #expect(try await ServiceDirectory.list(on: connection).isEmpty)
            try await connection.query(
                "INSERT INTO yot.services VALUES ('torbay', 'Torbay'), ('plymouth', NULL), ('devon', ' ')")
            #expect(
                try await ServiceDirectory.list(on: connection) == [
                    ServiceName(id: "devon", name: "devon"), ServiceName(id: "plymouth", name: "plymouth"),
                    ServiceName(id: "torbay", name: "Torbay"),
                ])
        }
    }
}
