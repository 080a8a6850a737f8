import Foundation

/// The OpenAPI 3.1 document of the API, served at `GET /openapi.json`.
///
/// Kept by hand, to the letter of the routes (`YotqaAPI.routes`), their parameters and the
/// bodies they encode (snake_case keys; a nil property is left out, so never required here).
/// It is written in parts by concern: this file holds the frame and the shared components
/// (security, parameters, headers, responses); `OpenAPIDocument+Service`, `+Indicators` and
/// `+Alerts` hold their routes' paths and schemas. `OpenAPIDocumentTests` holds the paths to the
/// route table, and `scripts/check-api` sends the document generated requests with schemathesis
/// and checks every response against it.
enum OpenAPIDocument {
    static let rendered = Rendered(bytes: Array(json.utf8), contentType: MediaTypes.json)

    /// The whole document: the frame with every part's paths and schemas put in.
    static let json: String = {
        var document = object(frame)
        var components = document["components"] as? [String: Any] ?? [:]
        document["paths"] = merged([servicePaths, indicatorsPaths, alertsPaths])
        components["schemas"] = merged([serviceSchemas, indicatorsSchemas, alertsSchemas])
        document["components"] = components
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // The parts are constants of this file and its extensions: a test parses the result.
        let data = (try? JSONSerialization.data(withJSONObject: document, options: options)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }()

    /// The entries of several parts in one object; a name given twice is a mistake in the parts.
    private static func merged(_ parts: [String]) -> [String: Any] {
        parts.map(object).reduce(into: [:]) { all, part in
            all.merge(part) { _, _ in preconditionFailure("an OpenAPI part repeats a path or schema") }
        }
    }

    private static func object(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    /// The frame: everything but the paths and the schemas.
    private static let frame = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "yotqa",
            "version": "1",
            "description": "Indicators, judgements and alerts of the latest cycle, for a service's managers."
          },
          "security": [{"bearer": []}],
          "paths": {},
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
            "schemas": {}
          }
        }
        """#
}
