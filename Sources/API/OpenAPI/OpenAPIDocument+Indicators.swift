extension OpenAPIDocument {
    /// The paths of services, indicators, their history and the records behind a figure.
    static let indicatorsPaths = #"""
        {
          "/v1/services": {
            "get": {
              "operationId": "services",
              "summary": "The services",
              "description": "Role: viewer or above. The services the token may see, their ratings and open alerts.",
              "parameters": [{"$ref": "#/components/parameters/IfNoneMatch"}],
              "responses": {
                "200": {
                  "description": "The services.",
                  "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Services"}}},
                  "links": {
                    "indicators": {
                      "operationId": "indicators",
                      "parameters": {"service": "$response.body#/services/0/id"}
                    },
                    "indicatorsCSV": {
                      "operationId": "indicatorsCSV",
                      "parameters": {"service": "$response.body#/services/0/id"}
                    },
                    "alerts": {"operationId": "alerts", "parameters": {"service": "$response.body#/services/0/id"}}
                  }
                },
                "304": {"$ref": "#/components/responses/NotModified"},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "503": {"$ref": "#/components/responses/Unavailable"}
              }
            }
          },
          "/v1/indicators": {
            "get": {
              "operationId": "indicators",
              "summary": "Every indicator of a service",
              "description": "Role: viewer or above. Latest figure, interval, RAG, signals, assurance; or CSV.",
              "parameters": [
                {"$ref": "#/components/parameters/Service"},
                {"$ref": "#/components/parameters/IfNoneMatch"}
              ],
              "responses": {
                "200": {
                  "description": "The indicators; CSV with Accept: text/csv.",
                  "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                  "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/IndicatorList"}},
                    "text/csv": {
                      "schema": {"type": "string", "description": "UTF-8 with a BOM, CRLF line ends, a header row."}
                    }
                  },
                  "links": {
                    "indicator": {
                      "operationId": "indicator",
                      "parameters": {
                        "id": "$response.body#/indicators/0/id",
                        "service": "$response.body#/service/id"
                      }
                    },
                    "history": {
                      "operationId": "history",
                      "parameters": {
                        "id": "$response.body#/indicators/0/id",
                        "service": "$response.body#/service/id"
                      }
                    },
                    "historyCSV": {
                      "operationId": "historyCSV",
                      "parameters": {
                        "id": "$response.body#/indicators/0/id",
                        "service": "$response.body#/service/id"
                      }
                    },
                    "records": {
                      "operationId": "records",
                      "parameters": {
                        "id": "$response.body#/indicators/0/id",
                        "service": "$response.body#/service/id",
                        "period_start": "$response.body#/indicators/0/latest/period_start"
                      }
                    }
                  }
                },
                "304": {"$ref": "#/components/responses/NotModified"},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "403": {"$ref": "#/components/responses/Forbidden"},
                "404": {"$ref": "#/components/responses/NotFound"},
                "503": {"$ref": "#/components/responses/Unavailable"}
              }
            }
          },
          "/v1/indicators.csv": {
            "get": {
              "operationId": "indicatorsCSV",
              "summary": "Every indicator of a service, as CSV",
              "description": "Role: viewer or above. One row per indicator, for Excel.",
              "parameters": [
                {"$ref": "#/components/parameters/Service"},
                {"$ref": "#/components/parameters/IfNoneMatch"}
              ],
              "responses": {
                "200": {
                  "description": "The indicators.",
                  "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                  "content": {
                    "text/csv": {
                      "schema": {"type": "string", "description": "UTF-8 with a BOM, CRLF line ends, a header row."}
                    }
                  }
                },
                "304": {"$ref": "#/components/responses/NotModified"},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "403": {"$ref": "#/components/responses/Forbidden"},
                "404": {"$ref": "#/components/responses/NotFound"},
                "503": {"$ref": "#/components/responses/Unavailable"}
              }
            }
          },
          "/v1/indicators/{id}": {
            "get": {
              "operationId": "indicator",
              "summary": "One indicator of a service",
              "description": "Role: viewer or above. Its definition, whole series and breakdowns.",
              "parameters": [
                {"$ref": "#/components/parameters/IndicatorID"},
                {"$ref": "#/components/parameters/Service"},
                {"$ref": "#/components/parameters/IfNoneMatch"}
              ],
              "responses": {
                "200": {
                  "description": "The indicator.",
                  "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IndicatorDetail"}}},
                  "links": {
                    "breakdownHistory": {
                      "operationId": "history",
                      "parameters": {
                        "id": "$response.body#/indicator/id",
                        "service": "$response.body#/service/id",
                        "breakdown": "$response.body#/breakdowns/0/breakdown"
                      }
                    },
                    "records": {
                      "operationId": "records",
                      "parameters": {
                        "id": "$response.body#/indicator/id",
                        "service": "$response.body#/service/id",
                        "period_start": "$response.body#/latest/period_start"
                      }
                    },
                    "breakdownRecords": {
                      "operationId": "records",
                      "parameters": {
                        "id": "$response.body#/indicator/id",
                        "service": "$response.body#/service/id",
                        "breakdown": "$response.body#/breakdowns/0/breakdown",
                        "period_start": "$response.body#/breakdowns/0/latest/period_start"
                      }
                    }
                  }
                },
                "304": {"$ref": "#/components/responses/NotModified"},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "403": {"$ref": "#/components/responses/Forbidden"},
                "404": {"$ref": "#/components/responses/NotFound"},
                "503": {"$ref": "#/components/responses/Unavailable"}
              }
            }
          },
          "/v1/indicators/{id}/history": {
            "get": {
              "operationId": "history",
              "summary": "One series of an indicator",
              "description": "Role: viewer or above. The total or one breakdown; or CSV.",
              "parameters": [
                {"$ref": "#/components/parameters/IndicatorID"},
                {"$ref": "#/components/parameters/Service"},
                {"$ref": "#/components/parameters/Breakdown"},
                {"$ref": "#/components/parameters/IfNoneMatch"}
              ],
              "responses": {
                "200": {
                  "description": "The series, oldest first; CSV with Accept: text/csv.",
                  "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                  "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/History"}},
                    "text/csv": {
                      "schema": {"type": "string", "description": "UTF-8 with a BOM, CRLF line ends, a header row."}
                    }
                  }
                },
                "304": {"$ref": "#/components/responses/NotModified"},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "403": {"$ref": "#/components/responses/Forbidden"},
                "404": {"$ref": "#/components/responses/NotFound"},
                "503": {"$ref": "#/components/responses/Unavailable"}
              }
            }
          },
          "/v1/indicators/{id}/history.csv": {
            "get": {
              "operationId": "historyCSV",
              "summary": "One series of an indicator, as CSV",
              "description": "Role: viewer or above. One row per period, for Excel.",
              "parameters": [
                {"$ref": "#/components/parameters/IndicatorID"},
                {"$ref": "#/components/parameters/Service"},
                {"$ref": "#/components/parameters/Breakdown"},
                {"$ref": "#/components/parameters/IfNoneMatch"}
              ],
              "responses": {
                "200": {
                  "description": "The series.",
                  "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                  "content": {
                    "text/csv": {
                      "schema": {"type": "string", "description": "UTF-8 with a BOM, CRLF line ends, a header row."}
                    }
                  }
                },
                "304": {"$ref": "#/components/responses/NotModified"},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "403": {"$ref": "#/components/responses/Forbidden"},
                "404": {"$ref": "#/components/responses/NotFound"},
                "503": {"$ref": "#/components/responses/Unavailable"}
              }
            }
          },
          "/v1/indicators/{id}/records": {
            "get": {
              "operationId": "records",
              "summary": "The records behind a figure",
              "description": "Role: manager or admin. Identifiers only. Audited.",
              "parameters": [
                {"$ref": "#/components/parameters/IndicatorID"},
                {"$ref": "#/components/parameters/Service"},
                {
                  "name": "period_start",
                  "in": "query",
                  "required": true,
                  "description": "The first day of the figure's period.",
                  "schema": {"type": "string", "format": "date"}
                },
                {"$ref": "#/components/parameters/Breakdown"},
                {
                  "name": "scope",
                  "in": "query",
                  "description": "against (default): the records counted against it; all: every record behind it.",
                  "schema": {"type": "string", "enum": ["against", "all"], "default": "against"}
                },
                {"$ref": "#/components/parameters/IfNoneMatch"}
              ],
              "responses": {
                "200": {
                  "description": "The records.",
                  "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Records"}}}
                },
                "304": {"$ref": "#/components/responses/NotModified"},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "403": {"$ref": "#/components/responses/Forbidden"},
                "404": {"$ref": "#/components/responses/NotFound"},
                "503": {"$ref": "#/components/responses/Unavailable"}
              }
            }
          }
        }
        """#
}
