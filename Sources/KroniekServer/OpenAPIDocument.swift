import Foundation
import HTTPTypes

/// The OpenAPI 3.1 document served at `/api/openapi.json`, written from the
/// route table the router is built from.
///
/// Response schemas are named, not spelled out field by field: the fields
/// are the output contract's (`spec/output.md`), which the document links.
enum OpenAPIDocument {
    static func json(routes: [APIRoute]) -> Data {
        var paths: [String: [String: Any]] = [:]
        for route in routes {
            var operation: [String: Any] = [
                "summary": route.summary,
                "operationId": operationID(route),
                "parameters": route.parameters.map { parameter in
                    [
                        "name": parameter.rawValue, "in": parameter.location, "required": parameter.location == "path",
                        "description": parameter.description, "schema": ["type": parameter.type],
                    ] as [String: Any]
                },
                "responses": responses(route),
            ]
            if route.needsToken {
                operation["security"] = [["bearer": [String]()]]
                operation["requestBody"] = [
                    "required": true,
                    "content": [
                        "application/json": ["schema": ["$ref": "#/components/schemas/ArticleInput"]],
                        "text/plain": ["schema": ["type": "string"]],
                    ],
                ]
            }
            paths[route.path, default: [:]][route.method.rawValue.lowercased()] = operation
        }
        var schemas: [String: Any] = [
            "Error": [
                "type": "object",
                "properties": [
                    "error": [
                        "type": "object",
                        "properties": ["status": ["type": "integer"], "message": ["type": "string"]],
                    ]
                ],
            ],
            "ArticleInput": [
                "type": "object", "required": ["text"],
                "properties": [
                    "title": ["type": "string"], "text": ["type": "string"], "published": ["type": "string"],
                    "url": ["type": "string"], "language": ["type": "string"],
                ],
            ],
        ]
        for name in Set(routes.map(\.response)) {
            schemas[name] = ["type": "object", "description": "See the output contract (spec/output.md) for event fields."]
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": [
                "title": "Kroniek event store API", "version": "1",
                "description": "Political events extracted from news articles; every fact points to its sentence.",
            ],
            "paths": paths,
            "components": [
                "schemas": schemas,
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
            ],
        ]
        return (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
    }

    static func operationID(_ route: APIRoute) -> String {
        let words = route.path.split(separator: "/").dropFirst().map { part in
            part.hasPrefix("{") ? "ById" : part.replacingOccurrences(of: ".json", with: "").capitalized
        }
        return route.method.rawValue.lowercased() + words.joined()
    }

    static func responses(_ route: APIRoute) -> [String: Any] {
        let error: [String: Any] = [
            "description": "Error", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]],
        ]
        var responses: [String: Any] = [
            route.method == .post ? "201" : "200": [
                "description": route.summary,
                "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(route.response)"]]],
            ]
        ]
        if !route.parameters.isEmpty { responses["400"] = error }
        if route.path.contains("{id}") { responses["404"] = error }
        if route.needsToken {
            for status in ["401", "403", "413", "415", "422"] { responses[status] = error }
        }
        return responses
    }
}
