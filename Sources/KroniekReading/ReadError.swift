/// An input that cannot be read, or one line of it that cannot; `description`
/// is the one line the user sees, naming the file (and line) and what to do.
///
/// A struct around a private reason, so reasons can be added without breaking
/// callers; tests assert the exact lines.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Reason: Sendable, Hashable {
        case empty
        case notUTF8
        case binary
        case unreadable(String)
        case badJSONLine(line: Int, reason: String)
    }

    public let file: String
    let reason: Reason

    init(file: String, _ reason: Reason) {
        self.file = file
        self.reason = reason
    }

    /// An input that could not be opened.
    public static func unreadable(file: String, reason: String) -> ReadError {
        ReadError(file: file, .unreadable(reason))
    }

    /// The 1-based line of a JSON Lines input this error is about, if any.
    public var line: Int? {
        if case .badJSONLine(let line, _) = reason { return line }
        return nil
    }

    public var description: String {
        switch reason {
        case .empty: return "\(file): empty input, no article to read"
        case .notUTF8: return "\(file): not UTF-8 text; convert it to UTF-8 first"
        case .binary: return "\(file): binary data, not a text article"
        case .unreadable(let why): return "\(file): cannot be read (\(why))"
        case .badJSONLine(let line, let why): return "\(file): line \(line) is not a JSON article (\(why))"
        }
    }
}
