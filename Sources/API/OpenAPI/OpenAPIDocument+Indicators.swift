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

    /// The schemas of services, indicators, their history and the records behind a figure.
    static let indicatorsSchemas = #"""
        {
          "Figure": {
            "description": "A count or a value; \"[c]\" for a count from 1 to 4 (the small-number rule).",
            "oneOf": [{"type": "number"}, {"const": "[c]"}]
          },
          "Direction": {
            "type": "string",
            "enum": ["higher", "lower", "neutral"],
            "description": "Which way is better."
          },
          "Measure": {"type": "string", "enum": ["percent", "per_100000", "per_1000", "ratio", "count", "days"]},
          "Period": {"type": "string", "enum": ["quarter", "rolling_year", "cohort_quarter", "month", "as_of"]},
          "Status": {
            "type": "string",
            "enum": ["ok", "insufficient_data", "provisional"],
            "description": "insufficient_data: too small to rate; provisional: may still rise."
          },
          "RAG": {"type": "string", "enum": ["red", "amber", "green"]},
          "Assurance": {"type": "string", "enum": ["consistently_passing", "consistently_failing", "inconsistent"]},
          "SnapshotRef": {
            "type": "object",
            "description": "The cycle a body was read from.",
            "required": ["cycle_id", "as_of", "computed_at"],
            "properties": {
              "cycle_id": {"type": "integer"},
              "as_of": {"type": "string", "format": "date"},
              "computed_at": {"type": "string", "format": "date-time"}
            },
            "additionalProperties": false
          },
          "ServiceRef": {
            "type": "object",
            "required": ["id", "name"],
            "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
            "additionalProperties": false
          },
          "Thresholds": {
            "type": "object",
            "description": "The RAG bounds, in the indicator's units; absent on a neutral indicator.",
            "required": ["green", "red"],
            "properties": {
              "green": {"description": "The target.", "type": "number"},
              "red": {"description": "Beyond it (the wrong way) is red.", "type": "number"}
            },
            "additionalProperties": false
          },
          "Signal": {
            "type": "object",
            "required": ["rule"],
            "properties": {
              "rule": {"type": "string", "enum": ["astronomical", "shift", "trend", "two_of_three"]},
              "variation": {
                "description": "Absent on a neutral indicator.",
                "type": "string",
                "enum": ["improvement", "concern"]
              }
            },
            "additionalProperties": false
          },
          "Point": {
            "type": "object",
            "description": "One figure of a series, judged.",
            "required": ["period_start", "period_end", "status", "signals"],
            "properties": {
              "period_start": {"type": "string", "format": "date"},
              "period_end": {"type": "string", "format": "date"},
              "breakdown": {"description": "tier=custody, …; absent on the total.", "type": "string"},
              "numerator": {"$ref": "#/components/schemas/Figure"},
              "denominator": {"$ref": "#/components/schemas/Figure"},
              "value": {"$ref": "#/components/schemas/Figure"},
              "status": {"$ref": "#/components/schemas/Status"},
              "rag": {"$ref": "#/components/schemas/RAG"},
              "interval": {
                "type": "object",
                "description": "The Wilson interval.",
                "required": ["low", "high"],
                "properties": {"low": {"type": "number"}, "high": {"type": "number"}},
                "additionalProperties": false
              },
              "limits": {
                "type": "object",
                "description": "The process limits.",
                "required": ["centre", "lower", "upper"],
                "properties": {
                  "centre": {"type": "number"},
                  "lower": {"type": "number"},
                  "upper": {"type": "number"}
                },
                "additionalProperties": false
              },
              "signals": {"type": "array", "items": {"$ref": "#/components/schemas/Signal"}}
            },
            "additionalProperties": false
          },
          "IndicatorSummary": {
            "type": "object",
            "required": ["id", "title", "direction", "measure"],
            "properties": {
              "id": {"type": "string"},
              "title": {"type": "string"},
              "direction": {"$ref": "#/components/schemas/Direction"},
              "measure": {"$ref": "#/components/schemas/Measure"},
              "thresholds": {"$ref": "#/components/schemas/Thresholds"},
              "latest": {"$ref": "#/components/schemas/Point"},
              "assurance": {"$ref": "#/components/schemas/Assurance"}
            },
            "additionalProperties": false
          },
          "IndicatorList": {
            "type": "object",
            "required": ["snapshot", "service", "indicators"],
            "properties": {
              "snapshot": {"$ref": "#/components/schemas/SnapshotRef"},
              "service": {"$ref": "#/components/schemas/ServiceRef"},
              "indicators": {"type": "array", "items": {"$ref": "#/components/schemas/IndicatorSummary"}}
            },
            "additionalProperties": false
          },
          "Definition": {
            "type": "object",
            "required": [
              "id",
              "title",
              "description",
              "notes",
              "direction",
              "measure",
              "period",
              "small_numbers_exempt"
            ],
            "properties": {
              "id": {"type": "string"},
              "title": {"type": "string"},
              "description": {"type": "string"},
              "notes": {"type": "string"},
              "direction": {"$ref": "#/components/schemas/Direction"},
              "measure": {"$ref": "#/components/schemas/Measure"},
              "period": {"$ref": "#/components/schemas/Period"},
              "breakdown": {"description": "What the figures are broken down by, if anything.", "type": "string"},
              "thresholds": {"$ref": "#/components/schemas/Thresholds"},
              "provisional_months": {"type": "integer"},
              "small_numbers_exempt": {"type": "boolean"}
            },
            "additionalProperties": false
          },
          "Breakdown": {
            "type": "object",
            "required": ["breakdown", "history"],
            "properties": {
              "breakdown": {"type": "string"},
              "latest": {"$ref": "#/components/schemas/Point"},
              "history": {"type": "array", "items": {"$ref": "#/components/schemas/Point"}}
            },
            "additionalProperties": false
          },
          "IndicatorDetail": {
            "type": "object",
            "required": ["snapshot", "service", "indicator", "history", "breakdowns"],
            "properties": {
              "snapshot": {"$ref": "#/components/schemas/SnapshotRef"},
              "service": {"$ref": "#/components/schemas/ServiceRef"},
              "indicator": {"$ref": "#/components/schemas/Definition"},
              "latest": {"$ref": "#/components/schemas/Point"},
              "assurance": {"$ref": "#/components/schemas/Assurance"},
              "history": {"type": "array", "items": {"$ref": "#/components/schemas/Point"}},
              "breakdowns": {"type": "array", "items": {"$ref": "#/components/schemas/Breakdown"}}
            },
            "additionalProperties": false
          },
          "History": {
            "type": "object",
            "required": ["snapshot", "service", "indicator", "history"],
            "properties": {
              "snapshot": {"$ref": "#/components/schemas/SnapshotRef"},
              "service": {"$ref": "#/components/schemas/ServiceRef"},
              "indicator": {"type": "string"},
              "breakdown": {"type": "string"},
              "history": {"type": "array", "items": {"$ref": "#/components/schemas/Point"}}
            },
            "additionalProperties": false
          },
          "Records": {
            "type": "object",
            "required": ["service", "indicator", "period_start", "scope", "count", "records"],
            "properties": {
              "service": {"$ref": "#/components/schemas/ServiceRef"},
              "indicator": {"type": "string"},
              "period_start": {"type": "string", "format": "date"},
              "breakdown": {"type": "string"},
              "scope": {"type": "string", "enum": ["against", "all"]},
              "count": {"type": "integer", "minimum": 0},
              "records": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": ["id"],
                  "properties": {
                    "id": {"type": "string"},
                    "numerator": {"type": "number"},
                    "denominator": {"type": "number"}
                  },
                  "additionalProperties": false
                }
              }
            },
            "additionalProperties": false
          },
          "ServiceSummary": {
            "type": "object",
            "required": ["id", "name", "ratings", "open_alerts"],
            "properties": {
              "id": {"type": "string"},
              "name": {"type": "string"},
              "ratings": {
                "type": "object",
                "description": "How many indicators' latest figures are rated each way.",
                "required": ["red", "amber", "green", "unrated"],
                "properties": {
                  "red": {"type": "integer", "minimum": 0},
                  "amber": {"type": "integer", "minimum": 0},
                  "green": {"type": "integer", "minimum": 0},
                  "unrated": {"type": "integer", "minimum": 0}
                },
                "additionalProperties": false
              },
              "open_alerts": {"type": "integer", "minimum": 0}
            },
            "additionalProperties": false
          },
          "Services": {
            "type": "object",
            "required": ["snapshot", "services"],
            "properties": {
              "snapshot": {"$ref": "#/components/schemas/SnapshotRef"},
              "services": {"type": "array", "items": {"$ref": "#/components/schemas/ServiceSummary"}}
            },
            "additionalProperties": false
          }
        }
        """#
}
