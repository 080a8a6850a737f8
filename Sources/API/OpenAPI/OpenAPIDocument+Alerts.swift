extension OpenAPIDocument {
    /// The paths of alerts, acknowledgements and silences.
    static let alertsPaths = #"""
        {
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
          }
        }
        """#

    /// The schemas of alerts, acknowledgements and silences.
    static let alertsSchemas = #"""
        {
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
              "calendar_ending",
              "delivery_failed"
            ]
          },
          "Severity": {"type": "string", "enum": ["critical", "warning"]},
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
          }
        }
        """#
}
