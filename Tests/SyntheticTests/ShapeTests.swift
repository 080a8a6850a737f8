import Dates
import Foundation
import Testing

@testable import Synthetic

@Suite struct ShapeTests {
    let fixture = Fixture.moderate

    @Test func everyRowHasTheContractsColumns() throws {
        for batch in fixture.batches {
            for table in ContractTable.allCases {
                let bytes = try #require(batch.data[table], "service \(batch.serviceIndex) has no \(table)")
                let rows = try CopyText.parse(bytes)
                #expect(rows.count == batch.rows[table], "\(table) of service \(batch.serviceIndex)")
                #expect(bytes.filter { $0 == 10 }.count == rows.count)
                for row in rows where row.count != table.columns.count {
                    Issue.record("\(table) row \(row) has \(row.count) fields, not \(table.columns.count)")
                }
            }
        }
    }

    @Test func columnsAreThoseOfContractSQL() throws {
        let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let contract = here.deletingLastPathComponent().appendingPathComponent("../../sql/contract.sql")
        let sql = try String(contentsOf: contract, encoding: .utf8)
        for table in ContractTable.allCases {
            let marker = "CREATE TABLE yot.\(table.rawValue) ("
            let body = try #require(sql.components(separatedBy: marker).dropFirst().first, "\(table) not in contract")
            let lines = body.components(separatedBy: ");").first?.components(separatedBy: "\n") ?? []
            let columns = lines.map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("PRIMARY KEY") }
                .compactMap { $0.split(separator: " ").first.map(String.init) }
            #expect(columns == table.columns, "\(table)")
        }
    }

    @Test func primaryKeysAreUniqueAcrossServices() {
        for table in ContractTable.allCases {
            let key = table.primaryKey.map { Fixture.column(table, $0) }
            var seen = Set<[String?]>()
            var duplicates = 0
            for row in fixture.rows(table) where !seen.insert(key.map { row[$0] }).inserted {
                duplicates += 1
            }
            #expect(duplicates == 0, "\(table)")
            #expect(!fixture.rows(table).isEmpty, "\(table) is empty")
        }
    }

    @Test func valuesHaveTheirColumnsTypes() {
        let dates: Set = [
            "started_on", "left_on", "born_on", "committed_on", "outcome_on", "referred_on", "start_on",
            "planned_end_on", "end_on", "allocated_on", "released_on", "done_on", "requested_on", "due_on",
            "submitted_on", "recorded_on", "held_on", "audited_on", "received_on",
        ]
        let integers: Set = ["year", "population_10_17", "gravity", "score"]
        for table in ContractTable.allCases {
            let columns = table.columns
            let booleans = Set(
                columns.filter { name in
                    ["case_holding", "senior_attended", "oversight_sufficient"].contains(name)
                        || (table == .outcomeStatus && columns.firstIndex(of: name)! >= 3)
                        || (table == .victims && name != "victim_id" && name != "intervention_id")
                })
            for row in fixture.rows(table) {
                for (name, value) in zip(columns, row) {
                    guard let value else { continue }
                    if dates.contains(name) {
                        #expect(LocalDate(value) != nil, "\(table).\(name) = \(value)")
                    } else if integers.contains(name) {
                        #expect(Int(value) != nil, "\(table).\(name) = \(value)")
                    } else if booleans.contains(name) {
                        #expect(value == "t" || value == "f", "\(table).\(name) = \(value)")
                    } else if name == "fte" {
                        #expect(
                            value.count >= 4 && Double(value) != nil && value.dropFirst(value.count - 3).first == ".")
                    } else if name == "extracted_at" {
                        #expect(
                            value.count == 22 && LocalDate(String(value.prefix(10))) != nil && value.hasSuffix("+00"))
                    } else {
                        #expect(!value.isEmpty, "\(table).\(name) is empty")
                    }
                }
            }
        }
    }

    @Test func identifiersAreMadeUpCodesAndNamesAreOfPlaces() {
        let tagged: [ContractTable: Character] = [
            .practitioners: "P", .children: "C", .offences: "O", .interventions: "I", .milestones: "M",
            .courtReports: "R", .victims: "V", .boardMeetings: "B", .caseAudits: "A", .feedback: "F",
        ]
        for (table, tag) in tagged {
            for row in fixture.rows(table) {
                let id = row[0] ?? ""
                let parts = id.split(separator: "-")
                #expect(parts.count == 2 && parts[0].first == "S" && parts[1].first == tag, "\(table) id \(id)")
                #expect(parts.count == 2 && parts[1].dropFirst().allSatisfy(\.isNumber), "\(table) id \(id)")
            }
        }
        for row in fixture.rows(.services) {
            #expect(row[1]?.hasSuffix(" Youth Justice Service") == true)
        }
    }

    @Test func textWithControlCharactersIsEscaped() throws {
        var buffer = CopyBuffer(capacity: 16)
        buffer.text("a\tb\\c\nd\re")
        buffer.tab()
        buffer.null()
        buffer.endRow()
        #expect(buffer.bytes.filter { $0 == 9 }.count == 1)
        let rows = try CopyText.parse(buffer.bytes)
        #expect(rows == [["a\tb\\c\nd\re", nil]])
    }

    @Test func onlyEscapesInGeneratedTextAreNulls() {
        for batch in fixture.batches {
            for (table, bytes) in batch.data {
                var index = 0
                while let slash = bytes[index...].firstIndex(of: 92) {
                    #expect(bytes[slash + 1] == 78, "\(table): a backslash that is not \\N")
                    index = slash + 2
                }
                #expect(!bytes.contains(13), "\(table) has a carriage return")
            }
        }
    }
}

extension ShapeTests {
    @Test func copyStatementNamesEveryColumn() {
        #expect(
            ContractTable.boardAttendance.copyStatement
                == "COPY yot.board_attendance (meeting_id, partner, senior_attended) FROM STDIN")
        #expect(ContractTable.allCases.first == .services && ContractTable.allCases.last == .feedback)
    }
}
