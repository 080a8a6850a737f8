extension YotqaAPI {
    /// Every route. `GET /openapi.json` documents each one; a test holds the two together.
    static let routes: [Route] = [
        Route(.get, "/health/live") { api, request, _ in api.live(request) },
        Route(.get, "/health/ready") { api, request, _ in try await api.ready(request) },
        Route(.get, "/metrics") { api, request, context in try api.metrics(request, context) },
        Route(.get, "/openapi.json") { api, request, context in try api.openAPI(request, context) },
        Route(.get, "/v1/services") { api, request, context in try api.services(request, context) },
        Route(.get, "/v1/indicators") { api, request, context in try api.indicators(request, context, csv: nil) },
        Route(.get, "/v1/indicators.csv") { api, request, context in try api.indicators(request, context, csv: true) },
        Route(.get, "/v1/indicators/{id}") { api, request, context in try api.indicator(request, context) },
        Route(.get, "/v1/indicators/{id}/history") { api, request, context in
            try api.history(request, context, csv: nil)
        },
        Route(.get, "/v1/indicators/{id}/history.csv") { api, request, context in
            try api.history(request, context, csv: true)
        },
        Route(.get, "/v1/indicators/{id}/records") { api, request, context in
            try await api.records(request, context)
        },
        Route(.get, "/v1/alerts") { api, request, context in try api.alerts(request, context) },
        Route(.get, "/v1/alerts/{id}") { api, request, context in try await api.alert(request, context) },
        Route(.post, "/v1/alerts/{id}/acknowledge") { api, request, context in
            try await api.acknowledge(request, context)
        },
        Route(.get, "/v1/silences") { api, request, context in try await api.silences(request, context) },
        Route(.post, "/v1/silences") { api, request, context in try await api.createSilence(request, context) },
        Route(.post, "/v1/silences/{id}/end") { api, request, context in try await api.endSilence(request, context) },
        Route(.get, "/v1/cycles") { api, request, context in try await api.cycleList(request, context) },
        Route(.post, "/v1/cycles") { api, request, context in try await api.triggerCycle(request, context) },
        Route(.get, "/v1/deliveries") { api, request, context in try await api.deliveries(request, context) },
    ]
}
