extension OpenAPIDocument {
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
