import HTTPTypes
import HummingbirdTesting
import Indicators
import Judgement
import Testing

/// The figures of the hand-built snapshot, as `GET /v1/indicators`, `/v1/indicators/{id}` and
/// `/v1/services` must show them.
@Suite struct IndicatorValueTests {
    static func text(_ status: IndicatorValue.Status) -> JSONValue {
        switch status {
        case .ok: return "ok"
        case .insufficientData: return "insufficient_data"
        case .provisional: return "provisional"
        }
    }

    static func text(_ rag: RAG?) -> JSONValue {
        switch rag {
        case .green: return "green"
        case .amber: return "amber"
        case .red: return "red"
        case nil: return .absent
        }
    }

    static func text(_ signal: Signal) -> JSONValue {
        let rule: JSONValue =
            switch signal.rule {
            case .astronomical: "astronomical"
            case .shift: "shift"
            case .trend: "trend"
            case .twoOfThree: "two_of_three"
            }
        switch signal.variation {
        case .improvement: return ["rule": rule, "variation": "improvement"]
        case .concern: return ["rule": rule, "variation": "concern"]
        case nil: return ["rule": rule]
        }
    }

    /// A point of the API against the figure it was made from, key by key.
    static func expect(
        _ json: JSONValue, _ made: MadePoint, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let value = made.judged.value
        let what = "\(made.service) \(made.indicator) \(value.periodStart) \(made.breakdown ?? "total")"
        #expect(
            json["period_start"] == .string(value.periodStart.description), "\(what)", sourceLocation: sourceLocation)
        #expect(json["period_end"] == .string(value.periodEnd.description), "\(what)", sourceLocation: sourceLocation)
        #expect(json["breakdown"] == (made.breakdown.map(JSONValue.string) ?? .absent), sourceLocation: sourceLocation)
        #expect(json["numerator"] == made.numerator, "\(what)", sourceLocation: sourceLocation)
        #expect(json["denominator"] == made.denominator, "\(what)", sourceLocation: sourceLocation)
        #expect(json["value"] == made.value, "\(what)", sourceLocation: sourceLocation)
        #expect(json["status"] == text(value.status), "\(what)", sourceLocation: sourceLocation)
        #expect(json["rag"] == text(made.judged.rag), "\(what)", sourceLocation: sourceLocation)
        let interval: JSONValue =
            made.judged.interval.map { ["low": .number($0.lowerBound), "high": .number($0.upperBound)] } ?? .absent
        #expect(json["interval"] == interval, "\(what)", sourceLocation: sourceLocation)
        let limits: JSONValue =
            made.judged.limits.map {
                ["centre": .number($0.centre), "lower": .number($0.lower), "upper": .number($0.upper)]
            } ?? .absent
        #expect(json["limits"] == limits, "\(what)", sourceLocation: sourceLocation)
        #expect(json["signals"] == .array(made.judged.signals.map(text)), "\(what)", sourceLocation: sourceLocation)
    }

    @Test(arguments: Mode.allCases)
    func theListShowsEachIndicatorsLatestFigure(mode: Mode) async throws {
        try await HandBuilt.with("values_list_\(mode)") { harness in
            try await harness.run(mode) { client in
                let north = try await client.get("/v1/indicators?service=S1").json
                #expect(north["service"] == ["id": "S1", "name": "North"])
                #expect(north["snapshot"]["as_of"] == "2024-04-15")
                #expect(north["snapshot"]["computed_at"] == "2024-04-15T08:00:42Z")
                let items = north["indicators"]
                #expect(items.array.map(\.["id"].string) == HandBuilt.catalogue.definitions.map(\.id))

                for (id, latest, assurance) in [
                    ("court_reports_timely", HandBuilt.courtQ1, "inconsistent"),
                    ("kpi_ete", HandBuilt.eteQ1, "consistently_passing"),
                    ("open_caseload", HandBuilt.caseloadMarch, nil),
                    ("caseload_per_fte", HandBuilt.perFTE, nil),
                    ("data_freshness_days", HandBuilt.freshness, nil),
                ] {
                    let item = items.first(where: "id", is: .string(id))
                    Self.expect(item["latest"], latest)
                    #expect(item["assurance"] == (assurance.map(JSONValue.string) ?? .absent), "\(id)")
                }
                let court = items.first(where: "id", is: "court_reports_timely")
                #expect(court["direction"] == "higher")
                #expect(court["measure"] == "percent")
                #expect(court["thresholds"] == ["green": 92, "red": 70])
                #expect(items.first(where: "id", is: "open_caseload")["thresholds"].isAbsent)
                #expect(items.first(where: "id", is: "caseload_per_fte")["thresholds"] == ["green": 9, "red": 12])
                // Indicators with no figure for the service have no latest.
                #expect(items.first(where: "id", is: "custody_rate")["latest"].isAbsent)
                #expect(items.array.filter { !$0["latest"].isAbsent }.count == 5)

                // S2 has its own bounds, and its own figures only.
                let south = try await client.get("/v1/indicators?service=S2").json
                #expect(south["service"] == ["id": "S2", "name": .string(HandBuilt.south.name)])
                let southCourt = south["indicators"].first(where: "id", is: "court_reports_timely")
                Self.expect(southCourt["latest"], HandBuilt.southCourt)
                #expect(southCourt["thresholds"] == ["green": 85, "red": 65])
                Self.expect(
                    south["indicators"].first(where: "id", is: "open_caseload")["latest"], HandBuilt.southCaseload)
                #expect(south["indicators"].array.filter { !$0["latest"].isAbsent }.count == 2)
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func oneIndicatorShowsItsWholeSeriesAndBreakdowns(mode: Mode) async throws {
        try await HandBuilt.with("values_detail_\(mode)") { harness in
            try await harness.run(mode) { client in
                let court = try await client.get("/v1/indicators/court_reports_timely?service=S1").json
                let definition = try #require(HandBuilt.catalogue.definitions.first { $0.id == "court_reports_timely" })
                #expect(court["indicator"]["id"] == "court_reports_timely")
                #expect(court["indicator"]["title"] == .string(definition.title))
                #expect(court["indicator"]["description"] == .string(definition.description))
                #expect(court["indicator"]["direction"] == "higher")
                #expect(court["indicator"]["measure"] == "percent")
                #expect(court["indicator"]["period"] == "quarter")
                #expect(court["indicator"]["small_numbers_exempt"] == false)
                #expect(court["indicator"]["thresholds"] == ["green": 92, "red": 70])
                #expect(court["assurance"] == "inconsistent")
                Self.expect(court["latest"], HandBuilt.courtQ1)
                // In period order, whatever the order they were made in.
                let history = court["history"].array
                #expect(history.count == 3)
                for (json, made) in zip(history, [HandBuilt.courtQ3, HandBuilt.courtQ4, HandBuilt.courtQ1]) {
                    Self.expect(json, made)
                }
                #expect(court["breakdowns"] == [])

                let ete = try await client.get("/v1/indicators/kpi_ete?service=S1").json
                #expect(ete["indicator"]["breakdown"] == "tier")
                #expect(ete["history"].array.count == 2)
                for (json, made) in zip(ete["history"].array, [HandBuilt.eteQ4, HandBuilt.eteQ1]) {
                    Self.expect(json, made)
                }
                let breakdowns = ete["breakdowns"].array
                #expect(breakdowns.map(\.["breakdown"]) == ["tier=community", "tier=custody"])
                Self.expect(breakdowns[0]["latest"], HandBuilt.eteCommunityQ1)
                #expect(breakdowns[0]["history"].array.count == 1)
                Self.expect(breakdowns[1]["latest"], HandBuilt.eteCustodyQ1)
                for (json, made) in zip(
                    breakdowns[1]["history"].array, [HandBuilt.eteCustodyQ4, HandBuilt.eteCustodyQ1])
                {
                    Self.expect(json, made)
                }
                #expect(breakdowns[1]["history"].array.count == 2)

                let perFTE = try await client.get("/v1/indicators/caseload_per_fte?service=S1").json
                #expect(perFTE["indicator"]["small_numbers_exempt"] == true)
                // A series the service does not have is empty, not an error.
                let none = try await client.get("/v1/indicators/custody_rate?service=S1")
                #expect(none.status == .ok)
                #expect(none.json["history"] == [])
                #expect(none.json["latest"].isAbsent)
            }
        }
    }

    @Test(arguments: Mode.allCases)
    func servicesCountTheirRatingsAndOpenAlerts(mode: Mode) async throws {
        try await HandBuilt.with("values_services_\(mode)") { harness in
            try await harness.run(mode) { client in
                let services = try await client.get("/v1/services").json["services"].array
                let count = HandBuilt.catalogue.definitions.count
                #expect(services.map(\.["id"]) == ["S1", "S2"])
                #expect(services[0]["name"] == "North")
                #expect(services[1]["name"] == .string(HandBuilt.south.name))
                // S1: court reports and caseload per FTE amber, ETE green; S2: court reports amber.
                #expect(
                    services[0]["ratings"]
                        == ["red": 0, "amber": 2, "green": 1, "unrated": .number(Double(count - 3))])
                #expect(
                    services[1]["ratings"]
                        == ["red": 0, "amber": 1, "green": 0, "unrated": .number(Double(count - 1))])
                // Each has one firing alert; the resolved, pending and service-less ones are not counted.
                #expect(services[0]["open_alerts"] == 1)
                #expect(services[1]["open_alerts"] == 1)
            }
        }
    }
}
