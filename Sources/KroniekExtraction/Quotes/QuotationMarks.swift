import KroniekPacks

/// A stretch of text between quotation marks, in UTF-16 offsets of the text
/// that was searched.
struct QuotedStretch: Sendable, Hashable {
    /// Offset of the opening mark.
    var open: Int
    /// The quoted words: after the opening mark, before the closing one.
    var inner: Range<Int>
    /// Offset just past the closing mark (`inner.upperBound` when unclosed).
    var close: Int
}

/// Finds quoted stretches for every pair of marks in `quotes-marks.tsv`:
/// “...”, „...”, "...", '...', ‘...’, «...», ,,...''.
///
/// Apostrophes share their marks with single quotes, so a mark opens a
/// quote only where no letter or digit stands before it and a non-space
/// follows, and closes one only after a non-space and before anything but a
/// letter or digit ("zo'n" stays a word). A quote whose closing mark is
/// missing runs to the end of the paragraph when its mark allows it (Dutch
/// leaves the closing mark off a quote that continues in the next
/// paragraph); otherwise the mark is taken for an apostrophe.
struct QuotationMarks: Sendable {
    struct Pair: Sendable, Hashable {
        var open: [UInt16]
        var closes: [[UInt16]]
        var mayStayOpen: Bool
    }

    let pairs: [Pair]

    init(pack: LanguagePack) throws(PackError) {
        var pairs: [Pair] = []
        for row in try pack.rows("quotes-marks.tsv") {
            try row.require(3)
            let closes = row[1].split(separator: " ").map { Array($0.utf16) }
            guard !row[0].isEmpty, !closes.isEmpty else { throw row.error("a quote needs an opening and a closing mark") }
            pairs.append(Pair(open: Array(row[0].utf16), closes: closes, mayStayOpen: row[2] == "yes"))
        }
        // Longer marks first, so that ",," is not read as two commas.
        self.pairs = pairs.sorted { $0.open.count > $1.open.count }
    }

    /// The quoted stretches of `units`, left to right, not nested.
    func stretches(in units: [UInt16]) -> [QuotedStretch] {
        var found: [QuotedStretch] = []
        var p = 0
        while p < units.count {
            guard let pair = pairs.first(where: { opens($0.open, at: p, in: units) }) else {
                p += 1
                continue
            }
            let start = p + pair.open.count
            if let (end, length) = closing(pair, from: start, in: units) {
                found.append(QuotedStretch(open: p, inner: start..<end, close: end + length))
                p = end + length
            } else if pair.mayStayOpen {
                found.append(QuotedStretch(open: p, inner: start..<units.count, close: units.count))
                p = units.count
            } else {
                p += 1
            }
        }
        return found
    }

    private func opens(_ mark: [UInt16], at p: Int, in units: [UInt16]) -> Bool {
        guard has(mark, at: p, in: units) else { return false }
        let after = p + mark.count
        guard after < units.count, !isSpace(units[after]) else { return false }
        return p == 0 || !isWordUnit(units[p - 1])
    }

    private func closing(_ pair: Pair, from start: Int, in units: [UInt16]) -> (Int, Int)? {
        var q = start + 1
        while q < units.count {
            for mark in pair.closes where has(mark, at: q, in: units) {
                let after = q + mark.count
                if !isSpace(units[q - 1]) && (after >= units.count || !isWordUnit(units[after])) {
                    return (q, mark.count)
                }
            }
            q += 1
        }
        return nil
    }

    private func has(_ mark: [UInt16], at p: Int, in units: [UInt16]) -> Bool {
        // Compared in place: copying the slice into an array for every
        // position and mark was a tenth of extraction in callgrind.
        p + mark.count <= units.count && units[p..<(p + mark.count)].elementsEqual(mark)
    }

    private func isSpace(_ unit: UInt16) -> Bool {
        Unicode.Scalar(unit).map { $0.properties.isWhitespace } ?? false
    }

    private func isWordUnit(_ unit: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(unit) else { return true }  // a surrogate: part of a letter or symbol
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
