import Foundation

/// JSON Lines input: one article object a line with `title`, `text`,
/// `published`, `url` and `language` (and optionally `outlet`); blank lines
/// are skipped.
///
/// Each line is read on its own, so one broken line is reported with its
/// number while the good lines still become articles.
enum JSONLines {
    /// One article object as it stands in the input.
    struct Record: Decodable, Sendable {
        var title: String?
        var text: String
        var published: String?
        var url: String?
        var language: String?
        var outlet: String?
    }

    /// Whether `text` starts like JSON Lines (its first non-blank character is `{`).
    static func recognizes(_ text: String) -> Bool {
        text.first { !$0.isWhitespace } == "{"
    }

    /// The records of `text` with their 1-based line numbers and raw lines,
    /// and an error for each line that is not an article object.
    static func records(in text: String, file: String) -> (
        records: [(line: Int, raw: String, record: Record)], errors: [ReadError]
    ) {
        var records: [(line: Int, raw: String, record: Record)] = []
        var errors: [ReadError] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let raw = String(raw).trimmingCharacters(in: .whitespaces)
            if raw.isEmpty { continue }
            do {
                records.append((offset + 1, raw, try JSONDecoder().decode(Record.self, from: Data(raw.utf8))))
            } catch {
                errors.append(ReadError(file: file, .badJSONLine(line: offset + 1, reason: reason(for: error))))
            }
        }
        return (records, errors)
    }

    /// A short reason for a decoding failure, naming the field at fault.
    static func reason(for error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?: return "no \"\(key.stringValue)\" field"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            guard let key = context.codingPath.last else { return "not a JSON object" }
            return "\"\(key.stringValue)\" is not a string"
        default: return "not valid JSON"
        }
    }
}
