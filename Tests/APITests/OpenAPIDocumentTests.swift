import Foundation
import Testing

@testable import API

/// The OpenAPI document served at `/openapi.json` is valid JSON of version 3.1, describes exactly
/// the routes the router registers, asks for the bearer token everywhere but on the health routes,
/// and has no dangling `$ref`. `scripts/check-api` checks the responses against it.
@Suite struct OpenAPIDocumentTests {
    private static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    private let document: [String: Any]

    init() throws {
        let parsed = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8))
        document = try #require(parsed as? [String: Any], "the document is not a JSON object")
    }

    /// Every (METHOD, path) the document describes.
    private var operations: [(method: String, path: String, operation: [String: Any])] {
        let paths = document["paths"] as? [String: Any] ?? [:]
        return paths.keys.sorted().flatMap { path in
            let item = paths[path] as? [String: Any] ?? [:]
            return item.keys.sorted().filter(Self.methods.contains).map { method in
                (method.uppercased(), path, item[method] as? [String: Any] ?? [:])
            }
        }
    }

    @Test func isOpenAPI31() {
        let version = document["openapi"] as? String ?? ""
        #expect(version.hasPrefix("3.1."), "openapi is '\(version)'")
        let info = document["info"] as? [String: Any]
        #expect(info?["title"] is String)
        #expect(info?["version"] is String)
    }

    @Test func describesExactlyTheRoutes() {
        let documented = Set(operations.map { "\($0.method) \($0.path)" })
        let routed = Set(YotqaAPI.routeTable.map { "\($0.method) \($0.path)" })
        #expect(routed.count == YotqaAPI.routeTable.count, "the route table has a route twice")
        let undocumented = routed.subtracting(documented).sorted()
        let unrouted = documented.subtracting(routed).sorted()
        #expect(undocumented.isEmpty, "routes the document does not describe: \(undocumented)")
        #expect(unrouted.isEmpty, "operations the router does not have: \(unrouted)")
    }

    @Test func everyRouteButHealthNeedsTheBearerToken() throws {
        let global = try #require(document["security"] as? [[String: Any]], "no global security requirement")
        let schemes = (document["components"] as? [String: Any])?["securitySchemes"] as? [String: Any] ?? [:]
        #expect(!global.isEmpty)
        for requirement in global {
            for name in requirement.keys {
                let scheme = schemes[name] as? [String: Any]
                #expect(scheme?["type"] as? String == "http" && scheme?["scheme"] as? String == "bearer", "\(name)")
            }
        }
        for (method, path, operation) in operations {
            let override = operation["security"] as? [Any]
            if path.hasPrefix("/health/") {
                #expect(override?.isEmpty == true, "\(method) \(path) must say security: []")
            } else {
                #expect(override?.isEmpty != true, "\(method) \(path) drops the bearer token")
            }
        }
    }

    @Test func everyReferenceResolves() {
        var references: [String] = []
        Self.collectReferences(document, into: &references)
        #expect(!references.isEmpty)
        let dangling = Set(references.filter { resolve($0) == nil }).sorted()
        #expect(dangling.isEmpty, "references that resolve to nothing: \(dangling)")
    }

    /// Every `{name}` of a path is a required path parameter of each of its operations, and every
    /// path parameter is in the path.
    @Test func pathParametersMatchTheTemplates() {
        for (method, path, operation) in operations {
            let templated = Set(
                path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }
                    .map { String($0.dropFirst().dropLast()) })
            let parameters = (operation["parameters"] as? [Any] ?? []).compactMap { parameter in
                let object = parameter as? [String: Any] ?? [:]
                return (object["$ref"] as? String).flatMap(resolve) as? [String: Any] ?? object
            }
            let declared = parameters.filter { $0["in"] as? String == "path" }
            #expect(
                Set(declared.compactMap { $0["name"] as? String }) == templated,
                "\(method) \(path): path parameters \(declared.compactMap { $0["name"] })")
            #expect(declared.allSatisfy { $0["required"] as? Bool == true }, "\(method) \(path)")
        }
    }

    /// The value a local reference (`#/components/schemas/Point`) points at, or nil.
    private func resolve(_ reference: String) -> Any? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: Any = document
        for token in reference.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let object = node as? [String: Any], let next = object[key] else { return nil }
            node = next
        }
        return node
    }

    private static func collectReferences(_ node: Any, into references: inout [String]) {
        if let object = node as? [String: Any] {
            if let reference = object["$ref"] as? String { references.append(reference) }
            for value in object.values { collectReferences(value, into: &references) }
        } else if let array = node as? [Any] {
            for value in array { collectReferences(value, into: &references) }
        }
    }
}
