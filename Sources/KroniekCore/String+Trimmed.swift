extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    ///
    /// The same as `trimmingCharacters(in: .whitespaces)` (tab and the
    /// Unicode space separators), without Foundation: every line of every
    /// article is trimmed, often more than once.
    public var trimmed: String {
        let text = self[...]
        guard let first = text.unicodeScalars.firstIndex(where: { !$0.isLineSpace }) else { return "" }
        let last = text.unicodeScalars.lastIndex(where: { !$0.isLineSpace })!
        return String(text[first...last])
    }
}

extension Unicode.Scalar {
    /// A tab or a space separator (what `CharacterSet.whitespaces` holds).
    public var isLineSpace: Bool {
        value == 0x20 || value == 0x09 || (value >= 0x80 && properties.generalCategory == .spaceSeparator)
    }
}
