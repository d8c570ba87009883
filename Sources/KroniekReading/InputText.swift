import Foundation

/// The text of an input file, checked: not empty, not binary, UTF-8.
///
/// Every format reader starts from this text, so bad inputs fail the same way
/// whatever their layout. Line ends are normalized to `\n` and a byte order
/// mark is dropped.
struct InputText {
    let text: String

    /// Share of control characters above which an input counts as binary.
    static let binaryShare = 0.1

    init(_ data: Data, file: String) throws(ReadError) {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ReadError(file: file, .notUTF8)
        }
        if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            throw ReadError(file: file, .empty)
        }
        if bytes.contains(0) || Self.controlShare(bytes) > Self.binaryShare {
            throw ReadError(file: file, .binary)
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw ReadError(file: file, .notUTF8)
        }
        // Most files have no carriage return; replacing through Foundation costs even then.
        self.text = bytes.contains(0x0D)
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
    }

    /// Share of C0 control bytes other than tab, line feed, form feed and
    /// carriage return.
    static func controlShare(_ bytes: Data) -> Double {
        let controls = bytes.count { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) || $0 == 0x7F }
        return Double(controls) / Double(max(bytes.count, 1))
    }
}
