/// The OpenAPI 3.1 document of the API, served at `GET /openapi.json`.
enum OpenAPIDocument {
    static let rendered = Rendered(bytes: Array(json.utf8), contentType: MediaTypes.json)

    static let json = #"{"openapi": "3.1.0", "info": {"title": "yotqa", "version": "1"}, "paths": {}}"#
}
