/// The OpenAPI 3.1 document of the API, served at `GET /openapi.json`.
///
/// Kept by hand, to the letter of the routes (`YotqaAPI.routes`), their parameters and the
/// bodies they encode (snake_case keys; a nil property is left out, so never required here).
/// `OpenAPIDocumentTests` holds its paths to the route table, and `scripts/check-api` sends it
/// generated requests with schemathesis and checks every response against it.
enum OpenAPIDocument {
    static let rendered = Rendered(bytes: Array(json.utf8), contentType: MediaTypes.json)

    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "yotqa",
            "version": "1",
            "description": "Indicators, judgements and alerts of the latest cycle, for a service's managers."
          },
          "security": [{"bearer": []}],
          "paths": {
            "/health/live": {
              "get": {
                "operationId": "live",
                "summary": "The process answers",
                "description": "No token needed.",
                "security": [],
                "parameters": [{"$ref": "#/components/parameters/IfNoneMatch"}],
                "responses": {
                  "200": {
                    "description": "Alive.",
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Live"}}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"}
                }
              }
            },
            "/health/ready": {
              "get": {
                "operationId": "ready",
                "summary": "Ready to serve",
                "description": "No token. 200 when the database answers and a cycle has completed; else 503.",
                "security": [],
                "parameters": [{"$ref": "#/components/parameters/IfNoneMatch"}],
                "responses": {
                  "200": {
                    "description": "Ready; the cycle being served.",
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ready"}}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/metrics": {
              "get": {
                "operationId": "metrics",
                "summary": "Metrics for Prometheus",
                "description": "Role: viewer or above. Every metric in Prometheus' text format (0.0.4).",
                "responses": {
                  "200": {"description": "The metrics.", "content": {"text/plain": {"schema": {"type": "string"}}}},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"}
                }
              }
            },
            "/openapi.json": {
              "get": {
                "operationId": "openapi",
                "summary": "This document",
                "description": "Role: viewer or above.",
                "parameters": [{"$ref": "#/components/parameters/IfNoneMatch"}],
                "responses": {
                  "200": {
                    "description": "The OpenAPI 3.1 document of this API.",
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                    "content": {
                      "application/json": {"schema": {"type": "object", "required": ["openapi", "info", "paths"]}}
                    }
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"}
                }
              }
            },
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
            },
            "/v1/alerts": {
              "get": {
                "operationId": "alerts",
                "summary": "Alerts",
                "description": "Role: viewer or above. The fired alerts the token may see, newest first.",
                "parameters": [
                  {
                    "name": "state",
                    "in": "query",
                    "schema": {"type": "string", "enum": ["firing", "acknowledged", "resolved"]}
                  },
                  {"$ref": "#/components/parameters/Service"},
                  {"name": "kind", "in": "query", "schema": {"$ref": "#/components/schemas/AlertKind"}},
                  {"$ref": "#/components/parameters/IfNoneMatch"}
                ],
                "responses": {
                  "200": {
                    "description": "The alerts.",
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Alerts"}}},
                    "links": {
                      "alert": {"operationId": "alert", "parameters": {"id": "$response.body#/alerts/0/id"}},
                      "acknowledge": {
                        "operationId": "acknowledge",
                        "parameters": {"id": "$response.body#/alerts/0/id"}
                      }
                    }
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/alerts/{id}": {
              "get": {
                "operationId": "alert",
                "summary": "One alert and its history",
                "description": "Role: viewer or above.",
                "parameters": [
                  {"$ref": "#/components/parameters/AlertID"},
                  {"$ref": "#/components/parameters/IfNoneMatch"}
                ],
                "responses": {
                  "200": {
                    "description": "The alert.",
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AlertDetail"}}},
                    "links": {
                      "acknowledge": {"operationId": "acknowledge", "parameters": {"id": "$response.body#/alert/id"}}
                    }
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/alerts/{id}/acknowledge": {
              "post": {
                "operationId": "acknowledge",
                "summary": "Acknowledge an alert",
                "description": "Role: manager or admin. Only a firing alert (else 409). Audited.",
                "parameters": [{"$ref": "#/components/parameters/AlertID"}],
                "requestBody": {
                  "required": true,
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Acknowledgement"}}}
                },
                "responses": {
                  "200": {
                    "description": "The alert, acknowledged.",
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Alert"}}},
                    "links": {"alert": {"operationId": "alert", "parameters": {"id": "$response.body#/id"}}}
                  },
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "409": {"$ref": "#/components/responses/Conflict"},
                  "413": {"$ref": "#/components/responses/ContentTooLarge"},
                  "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/silences": {
              "get": {
                "operationId": "silences",
                "summary": "Silences",
                "description": "Role: viewer or above. Current and future ones; ended ones too with include_ended.",
                "parameters": [
                  {"name": "include_ended", "in": "query", "schema": {"type": "boolean", "default": false}},
                  {"$ref": "#/components/parameters/IfNoneMatch"}
                ],
                "responses": {
                  "200": {
                    "description": "The silences.",
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Silences"}}},
                    "links": {
                      "end": {"operationId": "endSilence", "parameters": {"id": "$response.body#/silences/0/id"}}
                    }
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              },
              "post": {
                "operationId": "createSilence",
                "summary": "Silence alerts",
                "description": "Role: manager or admin. A token limited to some services must name one. Audited.",
                "requestBody": {
                  "required": true,
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewSilence"}}}
                },
                "responses": {
                  "201": {
                    "description": "The silence.",
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Silence"}}},
                    "links": {"end": {"operationId": "endSilence", "parameters": {"id": "$response.body#/id"}}}
                  },
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "413": {"$ref": "#/components/responses/ContentTooLarge"},
                  "415": {"$ref": "#/components/responses/UnsupportedMediaType"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/silences/{id}/end": {
              "post": {
                "operationId": "endSilence",
                "summary": "End a silence early",
                "description": "Role: manager or admin. 409 if already ended. Audited.",
                "parameters": [{"$ref": "#/components/parameters/SilenceID"}],
                "responses": {
                  "200": {
                    "description": "The silence, ended.",
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Silence"}}}
                  },
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "404": {"$ref": "#/components/responses/NotFound"},
                  "409": {"$ref": "#/components/responses/Conflict"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/cycles": {
              "get": {
                "operationId": "cycles",
                "summary": "Cycles",
                "description": "Role: viewer or above. Newest first: when, how long, what failed.",
                "parameters": [
                  {
                    "name": "limit",
                    "in": "query",
                    "description": "How many, newest first (default 20).",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 20}
                  },
                  {"$ref": "#/components/parameters/IfNoneMatch"}
                ],
                "responses": {
                  "200": {
                    "description": "The cycles.",
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Cycles"}}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              },
              "post": {
                "operationId": "triggerCycle",
                "summary": "Run a cycle now",
                "description": "Role: admin. Runs in the background; see GET /v1/cycles. Audited.",
                "responses": {
                  "202": {
                    "description": "Queued.",
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CycleQueued"}}}
                  },
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {"$ref": "#/components/responses/Forbidden"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            },
            "/v1/deliveries": {
              "get": {
                "operationId": "deliveries",
                "summary": "Email deliveries",
                "description": "Role: viewer or above. The email delivery log, newest attempt first.",
                "parameters": [
                  {
                    "name": "limit",
                    "in": "query",
                    "description": "How many, newest first (default 50).",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}
                  },
                  {"$ref": "#/components/parameters/IfNoneMatch"}
                ],
                "responses": {
                  "200": {
                    "description": "The attempts.",
                    "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Deliveries"}}}
                  },
                  "304": {"$ref": "#/components/responses/NotModified"},
                  "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "503": {"$ref": "#/components/responses/Unavailable"}
                }
              }
            }
          },
          "components": {
            "securitySchemes": {
              "bearer": {
                "type": "http",
                "scheme": "bearer",
                "description": "Roles: viewer reads; manager also acts on alerts, drills down; admin runs cycles."
              }
            },
            "parameters": {
              "Service": {
                "name": "service",
                "in": "query",
                "description": "A service id (/v1/services); required unless the token sees just one.",
                "schema": {"type": "string", "minLength": 1, "maxLength": 200}
              },
              "Breakdown": {
                "name": "breakdown",
                "in": "query",
                "description": "One breakdown of the indicator (tier=custody, …) instead of the total.",
                "schema": {"type": "string", "minLength": 1, "maxLength": 200}
              },
              "IndicatorID": {
                "name": "id",
                "in": "path",
                "required": true,
                "description": "An indicator's id (see /v1/indicators).",
                "schema": {"type": "string", "minLength": 1, "examples": ["assessment_timely", "first_time_entrants"]}
              },
              "AlertID": {
                "name": "id",
                "in": "path",
                "required": true,
                "schema": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807}
              },
              "SilenceID": {
                "name": "id",
                "in": "path",
                "required": true,
                "schema": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807}
              },
              "IfNoneMatch": {
                "name": "If-None-Match",
                "in": "header",
                "description": "The ETag of a copy the client holds (or *): 304 when it is still current.",
                "schema": {"type": "string"}
              }
            },
            "headers": {
              "ETag": {"description": "The version of the body, for If-None-Match.", "schema": {"type": "string"}}
            },
            "responses": {
              "NotModified": {
                "description": "The copy named by If-None-Match is current: no body.",
                "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}
              },
              "BadRequest": {
                "description": "A bad or unknown query parameter, path parameter or body field (named in field).",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
              },
              "Unauthorized": {
                "description": "No bearer token, or one that is not known.",
                "headers": {"WWW-Authenticate": {"schema": {"type": "string"}}},
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
              },
              "Forbidden": {
                "description": "The token's role is not enough, or it may not see the service.",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
              },
              "NotFound": {
                "description": "No such thing, or one the token may not see.",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
              },
              "Conflict": {
                "description": "The action does not apply to the thing as it now stands.",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
              },
              "ContentTooLarge": {
                "description": "The body is larger than api.max_body_bytes.",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
              },
              "UnsupportedMediaType": {
                "description": "The body is not sent as application/json.",
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
              },
              "Unavailable": {
                "description": "No cycle has completed yet, or the database does not answer; try again later.",
                "headers": {"Retry-After": {"schema": {"type": "string"}}},
                "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
              }
            },
            "schemas": {
              "Problem": {
                "type": "object",
                "description": "An RFC 9457 problem: every error of this API.",
                "required": ["type", "title", "status", "detail", "instance"],
                "properties": {
                  "type": {
                    "description": "Always about:blank: the status says what kind of problem it is.",
                    "type": "string"
                  },
                  "title": {"description": "The status' reason phrase.", "type": "string"},
                  "status": {"type": "integer", "minimum": 400, "maximum": 599},
                  "detail": {"description": "What was wrong, in a sentence.", "type": "string"},
                  "instance": {"description": "The request's path.", "type": "string"},
                  "field": {
                    "description": "The query parameter, path parameter or body field at fault.",
                    "type": "string"
                  }
                },
                "additionalProperties": false
              },
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
              "AlertState": {"type": "string", "enum": ["pending", "firing", "acknowledged", "resolved"]},
              "AlertKind": {
                "type": "string",
                "enum": [
                  "threshold",
                  "spc_concern",
                  "assurance_fail",
                  "stale_data",
                  "data_quality",
                  "compute_failed",
                  "calendar_ending"
                ]
              },
              "Severity": {"type": "string", "enum": ["critical", "warning"]},
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
              },
              "Alert": {
                "type": "object",
                "required": ["id", "kind", "occurrence", "state", "severity", "cause", "since"],
                "properties": {
                  "id": {"type": "integer"},
                  "service": {"description": "Absent for an alert about the whole installation.", "type": "string"},
                  "indicator": {"description": "Absent for an alert about no one indicator.", "type": "string"},
                  "kind": {"$ref": "#/components/schemas/AlertKind"},
                  "occurrence": {"type": "integer"},
                  "state": {"type": "string", "enum": ["firing", "acknowledged", "resolved"]},
                  "severity": {"$ref": "#/components/schemas/Severity"},
                  "cause": {"type": "string"},
                  "since": {"type": "string", "format": "date-time"},
                  "fired_at": {"type": "string", "format": "date-time"},
                  "acknowledged": {
                    "type": "object",
                    "required": ["by", "at", "note"],
                    "properties": {
                      "by": {"type": "string"},
                      "at": {"type": "string", "format": "date-time"},
                      "note": {"type": "string"}
                    },
                    "additionalProperties": false
                  },
                  "resolved_at": {"type": "string", "format": "date-time"},
                  "suppression": {
                    "type": "object",
                    "description": "Why the alert sends nothing for now.",
                    "required": ["reason"],
                    "properties": {
                      "reason": {"type": "string", "enum": ["silence", "stale_data"]},
                      "silence_id": {"type": "integer"}
                    },
                    "additionalProperties": false
                  }
                },
                "additionalProperties": false
              },
              "Alerts": {
                "type": "object",
                "required": ["snapshot", "alerts"],
                "properties": {
                  "snapshot": {"$ref": "#/components/schemas/SnapshotRef"},
                  "alerts": {"type": "array", "items": {"$ref": "#/components/schemas/Alert"}}
                },
                "additionalProperties": false
              },
              "AlertEvent": {
                "type": "object",
                "required": ["at", "change", "state", "cause"],
                "properties": {
                  "at": {"type": "string", "format": "date-time"},
                  "change": {
                    "type": "string",
                    "enum": ["fired", "acknowledged", "resolved", "severity_changed", "suppressed", "unsuppressed"]
                  },
                  "state": {"$ref": "#/components/schemas/AlertState"},
                  "cause": {"type": "string"},
                  "actor": {"description": "The token's name, for a person's action.", "type": "string"}
                },
                "additionalProperties": false
              },
              "AlertDetail": {
                "type": "object",
                "required": ["alert", "history"],
                "properties": {
                  "alert": {"$ref": "#/components/schemas/Alert"},
                  "history": {"type": "array", "items": {"$ref": "#/components/schemas/AlertEvent"}}
                },
                "additionalProperties": false
              },
              "Acknowledgement": {
                "type": "object",
                "description": "What is being done about the alert.",
                "required": ["note"],
                "properties": {
                  "note": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\u0000\\s][^\\u0000]*$"
                  }
                },
                "additionalProperties": false,
                "examples": [{"note": "The team manager is reviewing these cases with the practitioners."}]
              },
              "Silence": {
                "type": "object",
                "required": ["id", "reason", "author", "starts_at", "ends_at", "in_force"],
                "properties": {
                  "id": {"type": "integer"},
                  "service": {"description": "Absent: every service.", "type": "string"},
                  "indicator": {"description": "Absent: every indicator.", "type": "string"},
                  "reason": {"type": "string"},
                  "author": {"type": "string"},
                  "starts_at": {"type": "string", "format": "date-time"},
                  "ends_at": {"type": "string", "format": "date-time"},
                  "ended_at": {"description": "When it was ended early.", "type": "string", "format": "date-time"},
                  "ended_by": {"type": "string"},
                  "in_force": {"description": "Started, not over, not ended early.", "type": "boolean"}
                },
                "additionalProperties": false
              },
              "Silences": {
                "type": "object",
                "required": ["silences"],
                "properties": {"silences": {"type": "array", "items": {"$ref": "#/components/schemas/Silence"}}},
                "additionalProperties": false
              },
              "NewSilence": {
                "type": "object",
                "description": "A silence of a service, an indicator, or both (at least one).",
                "required": ["reason", "ends_at"],
                "properties": {
                  "service": {
                    "type": ["string", "null"],
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\u0000\\s][^\\u0000]*$"
                  },
                  "indicator": {
                    "type": ["string", "null"],
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\u0000\\s][^\\u0000]*$"
                  },
                  "reason": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\u0000\\s][^\\u0000]*$"
                  },
                  "starts_at": {"description": "Default: now.", "type": ["string", "null"], "format": "date-time"},
                  "ends_at": {
                    "description": "In the future, and after starts_at.",
                    "type": "string",
                    "format": "date-time"
                  }
                },
                "additionalProperties": false,
                "anyOf": [{"required": ["service"]}, {"required": ["indicator"]}],
                "examples": [
                  {
                    "indicator": "data_freshness_days",
                    "reason": "The extract is being reloaded after the case system's upgrade.",
                    "ends_at": "2099-01-01T00:00:00Z"
                  }
                ]
              },
              "Cycle": {
                "type": "object",
                "required": [
                  "id",
                  "as_of",
                  "started_at",
                  "finished_at",
                  "seconds",
                  "computed",
                  "indicators",
                  "failed",
                  "values",
                  "changed",
                  "failures"
                ],
                "properties": {
                  "id": {"type": "integer"},
                  "as_of": {"type": "string", "format": "date"},
                  "started_at": {"type": "string", "format": "date-time"},
                  "finished_at": {"type": "string", "format": "date-time"},
                  "seconds": {"type": "number", "minimum": 0},
                  "computed": {
                    "description": "False when the data had not changed and reused_cycle_id's results were kept.",
                    "type": "boolean"
                  },
                  "reused_cycle_id": {"type": "integer"},
                  "indicators": {"type": "integer"},
                  "failed": {"type": "integer"},
                  "values": {"type": "integer"},
                  "changed": {"type": "integer"},
                  "failures": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["indicator", "error"],
                      "properties": {"indicator": {"type": "string"}, "error": {"type": "string"}},
                      "additionalProperties": false
                    }
                  }
                },
                "additionalProperties": false
              },
              "Cycles": {
                "type": "object",
                "required": ["cycles"],
                "properties": {"cycles": {"type": "array", "items": {"$ref": "#/components/schemas/Cycle"}}},
                "additionalProperties": false
              },
              "CycleQueued": {
                "type": "object",
                "required": ["status", "detail"],
                "properties": {"status": {"const": "queued"}, "detail": {"type": "string"}},
                "additionalProperties": false
              },
              "Delivery": {
                "type": "object",
                "required": [
                  "id",
                  "outbox_id",
                  "message_id",
                  "kind",
                  "recipients",
                  "subject",
                  "attempted_at",
                  "outcome",
                  "reply",
                  "message_state"
                ],
                "properties": {
                  "id": {"type": "integer"},
                  "outbox_id": {"type": "integer"},
                  "message_id": {"description": "The Message-ID header.", "type": "string"},
                  "kind": {
                    "type": "string",
                    "enum": ["alert", "reminder", "escalation", "resolved", "digest", "delivery_failure", "test"]
                  },
                  "alert_id": {"type": "integer"},
                  "recipients": {"type": "array", "items": {"type": "string"}},
                  "subject": {"type": "string"},
                  "attempted_at": {"type": "string", "format": "date-time"},
                  "outcome": {
                    "description": "retry: a temporary failure; failed: given up.",
                    "type": "string",
                    "enum": ["sent", "retry", "failed"]
                  },
                  "reply": {"description": "The mail server's reply.", "type": "string"},
                  "message_state": {"type": "string", "enum": ["pending", "sent", "failed"]}
                },
                "additionalProperties": false
              },
              "Deliveries": {
                "type": "object",
                "required": ["deliveries"],
                "properties": {"deliveries": {"type": "array", "items": {"$ref": "#/components/schemas/Delivery"}}},
                "additionalProperties": false
              },
              "Live": {
                "type": "object",
                "required": ["status"],
                "properties": {"status": {"const": "live"}},
                "additionalProperties": false
              },
              "Ready": {
                "type": "object",
                "required": ["status", "cycle_id", "as_of", "computed_at"],
                "properties": {
                  "status": {"const": "ready"},
                  "cycle_id": {"type": "integer"},
                  "as_of": {"type": "string", "format": "date"},
                  "computed_at": {"type": "string", "format": "date-time"}
                },
                "additionalProperties": false
              }
            }
          }
        }
        """#
}
