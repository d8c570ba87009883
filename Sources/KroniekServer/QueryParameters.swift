import Foundation
import Hummingbird
import HummingbirdCore
import KroniekCore
import KroniekStore

/// A request's query parameters, checked against the route's list: an
/// unknown, repeated, overlong or malformed parameter is a 400 that quotes it.
///
/// The same checks as the CLI's `EventFilters` (dates as ISO values, one of
/// the modalities), plus the bounds a public endpoint needs.
struct QueryParameters: Sendable {
    static let maxValueLength = 200

    private(set) var values: [APIParameter: String] = [:]

    init(_ uri: URI, allowed: [APIParameter]) throws(APIError) {
        for (rawKey, rawValue) in uri.queryParameters {
            let key = String(rawKey)
            guard let parameter = APIParameter(rawValue: key), allowed.contains(parameter), parameter.location == "query"
            else {
                let known = allowed.filter { $0.location == "query" }.map(\.rawValue)
                let hint = known.isEmpty ? "this route takes none" : "use " + known.joined(separator: ", ")
                throw .badRequest("unknown parameter '\(key.prefix(40))'; \(hint)")
            }
            let value = String(rawValue)
            guard values[parameter] == nil else { throw .badRequest("parameter '\(key)' is given twice") }
            guard value.count <= Self.maxValueLength else {
                throw .badRequest("parameter '\(key)' is longer than \(Self.maxValueLength) characters")
            }
            guard !value.isEmpty else { throw .badRequest("parameter '\(key)' is empty") }
            values[parameter] = value
        }
    }

    subscript(_ parameter: APIParameter) -> String? { values[parameter] }

    /// The event filters as the store takes them.
    func eventQuery() throws(APIError) -> EventQuery {
        for parameter in [APIParameter.from, .to] {
            if let value = self[parameter], DayInterval(iso: value) == nil {
                throw .badRequest("'\(parameter.rawValue)=\(value)' is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY")
            }
        }
        if let modality = self[.modality], Modality(rawValue: modality) == nil {
            let names = Modality.allCases.map(\.rawValue).joined(separator: ", ")
            throw .badRequest("'modality=\(modality)' is not a modality; use one of \(names)")
        }
        if let cameo = self[.cameo], cameo.count > 4 || !cameo.allSatisfy(\.isASCIIDigit) {
            throw .badRequest("'cameo=\(cameo)' is not a CAMEO code prefix; use 1 to 4 digits, e.g. 19")
        }
        for parameter in [APIParameter.actor, .source, .target] {
            if let code = self[parameter], code.count > 24 || !code.allSatisfy(\.isActorCodeCharacter) {
                throw .badRequest("'\(parameter.rawValue)=\(code)' is not an actor code; use capitals and digits, e.g. TURGOV")
            }
        }
        return EventQuery(
            actor: self[.actor], source: self[.source], target: self[.target], cameo: self[.cameo],
            plover: self[.plover], from: self[.from], to: self[.to], place: self[.place], modality: self[.modality],
            minKilled: try integer(.minKilled, in: 0...1_000_000), text: self[.text])
    }

    /// The page size: `limit`, 1 to `maximum`, else `fallback`.
    func limit(maximum: Int, fallback: Int = 100) throws(APIError) -> Int {
        try integer(.limit, in: 1...maximum) ?? min(fallback, maximum)
    }

    /// The `cursor`, nil on a first page.
    func cursor() throws(APIError) -> PageCursor? {
        guard let token = self[.cursor] else { return nil }
        guard let cursor = PageCursor(token: token) else {
            throw .badRequest("'cursor=\(token.prefix(64))' is not a cursor; pass back a page's nextCursor")
        }
        return cursor
    }

    /// The offset a list's cursor holds (0 on a first page).
    func offset() throws(APIError) -> Int {
        switch try cursor() {
        case nil: return 0
        case .offset(let offset): return offset
        case .event: throw .badRequest("'cursor' belongs to another list; pass back this list's nextCursor")
        }
    }

    func integer(_ parameter: APIParameter, in range: ClosedRange<Int>) throws(APIError) -> Int? {
        guard let text = self[parameter] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .badRequest(
                "'\(parameter.rawValue)=\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isActorCodeCharacter: Bool { isASCII && (isUppercase || isNumber) }
}
