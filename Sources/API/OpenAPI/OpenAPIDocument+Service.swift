extension OpenAPIDocument {
    /// The paths of the process and its cycles: health, metrics, this document, cycles and email deliveries.
    static let servicePaths = #"""
        {
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
        }
        """#

    /// The schemas of the process and its cycles: health, metrics, this document, cycles and email deliveries.
    static let serviceSchemas = #"""
        {
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
        """#
}
