/// A stable article id: the 64-bit FNV-1a hash of the article's URL, or of
/// its file path and text when it has no URL, in 16 hex digits.
///
/// FNV-1a is simple, fast and fixed across runs and platforms, unlike
/// Swift's seeded `Hasher`.
enum ArticleID {
    static func make(url: String?, file: String, content: String) -> String {
        let key = url.map { "url:" + $0 } ?? "file:\(file)\n\(content)"
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
