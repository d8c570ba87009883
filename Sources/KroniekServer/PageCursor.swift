import Foundation
import KroniekStore

/// The opaque `cursor` of a paged list: for events, the event after which
/// the next page starts (keyset); for the other lists, an offset.
///
/// Base64url of a short text, so clients pass it back untouched and the
/// server can change what it holds.
enum PageCursor: Sendable, Hashable {
    case event(EventCursor)
    case offset(Int)

    var token: String {
        let text: String
        switch self {
        case .event(let cursor): text = "e:\(cursor.firstDay ?? "-"):\(cursor.storeID)"
        case .offset(let offset): text = "o:\(offset)"
        }
        return Data(text.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The cursor `token` stands for, nil when it is not one of ours.
    init?(token: String) {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard token.count <= 64, let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8)
        else { return nil }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch (parts.first, parts.count) {
        case ("e", 3):
            guard let id = Int64(parts[2]), id >= 0 else { return nil }
            let day = parts[1] == "-" ? nil : parts[1]
            if let day, DayInterval(iso: day) == nil { return nil }
            self = .event(EventCursor(firstDay: day, storeID: id))
        case ("o", 2):
            guard let offset = Int(parts[1]), offset >= 0 else { return nil }
            self = .offset(offset)
        default:
            return nil
        }
    }
}
