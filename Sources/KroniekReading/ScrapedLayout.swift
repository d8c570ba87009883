import Foundation
import KroniekCore

/// The page header of the seed's scraped news layout: title line (with the
/// crawler's ` date YYYY-MM ` prefix and an editor's label code), date line,
/// time line, byline with sources and comment count, and where the body
/// starts (often glued to the time or byline).
///
/// Every piece is optional and found by its shape, not its position, so the
/// variants of the layout (label on its own line, "Exclusief voor abonnees"
/// before the title, a subtitle and author after it, the count on a line of
/// its own, no byline) read with the same rules.
struct ScrapedLayout: Sendable {
    let vocabulary: LayoutVocabulary
    let sources: AgencySources
    /// Uppercase codes that are words of a title, never labels.
    let titleWords: Set<String>

    /// Non-blank lines from the top searched for the date line.
    static let headerReach = 8

    init(vocabulary: LayoutVocabulary, sources: AgencySources) {
        self.vocabulary = vocabulary
        self.sources = sources
        titleWords = vocabulary.titleWords.union(sources.agencies.printed.map { $0.uppercased() })
    }

    /// What the header gives; `body` is the text after it.
    struct Page: Sendable, Hashable {
        var title = ""
        var label: String?
        var published: String?
        var sources: [String] = []
        var comments: Int?
        var body = ""
    }

    /// Whether `text` is in this layout: a crawler title prefix, or a date
    /// line near the top.
    func recognizes(_ text: String) -> Bool {
        let lines = Self.nonBlank(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        guard let first = lines.first else { return false }
        if titleDate(first.line) != nil { return true }
        return lines.prefix(Self.headerReach).contains { day(in: $0.line) != nil }
    }

    func read(_ text: String) -> Page {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmed }
        var page = Page()
        var cursor = 0
        guard var titleAt = Self.nextNonBlank(lines, from: 0) else { return page }
        var titleLine = lines[titleAt]
        let prefix = titleDate(titleLine)
        if let prefix { titleLine = prefix.rest }
        if titleLine.isEmpty || isPremiumGate(titleLine), let next = Self.nextNonBlank(lines, from: titleAt + 1) {
            titleAt = next
            titleLine = lines[next]
        }
        cursor = titleAt + 1
        page.title = titleLine
        if let next = Self.nextNonBlank(lines, from: cursor), isLabelLine(lines[next]) {
            page.label = lines[next]
            cursor = next + 1
        } else if let split = splitLabel(titleLine) {
            page.title = split.title
            page.label = split.label
        }
        var day: CalendarDay?
        for index in Self.nonBlank(lines, from: cursor).prefix(Self.headerReach).map(\.index) {
            if let found = self.day(in: lines[index]) {
                day = found
                cursor = index + 1
                break
            }
        }
        let byline = readByline(lines, from: cursor, into: &page)
        page.body = ([byline.glued].compactMap { $0 } + lines[byline.cursor...]).joined(separator: "\n")
        page.published = published(day: day, time: byline.time, month: prefix?.month)
        return page
    }

    /// Time, byline and comment count after the date line, in any order,
    /// until the first body line (or text glued after one of them).
    private func readByline(_ lines: [String], from start: Int, into page: inout Page)
        -> (cursor: Int, glued: String?, time: (hour: Int, minute: Int)?)
    {
        var cursor = start
        var time: (hour: Int, minute: Int)?
        var sawByline = false
        while let index = Self.nextNonBlank(lines, from: cursor) {
            let line = lines[index]
            var rest: String?
            if time == nil, let found = timeLine(line) {
                time = (found.hour, found.minute)
                rest = found.rest
            } else if !sawByline, let list = vocabulary.bylines.lazy.compactMap({ line.after(prefix: $0) }).first {
                sawByline = true
                let byline = readSources(String(list).trimmed)
                page.sources = byline.sources
                page.comments = byline.comments ?? page.comments
                rest = byline.text ?? ""
            } else if page.comments == nil, !line.isEmpty, line.allSatisfy(\.isASCIIDigit) {
                page.comments = Int(line)
                rest = ""
            } else {
                break
            }
            cursor = index + 1
            if let rest, !rest.isEmpty {
                let count = Self.count(before: rest)
                if page.comments == nil { page.comments = count.comments }
                if let text = count.text { return (cursor, text, time) }
            }
        }
        return (cursor, nil, time)
    }

    /// A byline's sources, its comment count and the text glued after it.
    private func readSources(_ list: String) -> (sources: [String], comments: Int?, text: String?) {
        let words = list.split(separator: " ").map(String.init)
        if let numberAt = words.firstIndex(where: { $0.allSatisfy(\.isASCIIDigit) }) {
            let count = Self.count(before: words[numberAt...].joined(separator: " "))
            let names = sources.byline(words[..<numberAt].joined(separator: " "))
            return (names, count.comments, count.text)
        }
        let split = sources.splitGluedByline(list)
        return (sources.byline(split.list), nil, split.text)
    }

    /// A leading comment count and the text after it: "3 De minister ..." is
    /// count 3; "300 betogers ..." (a lowercase word follows) is text.
    static func count(before text: String) -> (comments: Int?, text: String?) {
        let text = text.trimmed
        guard !text.isEmpty else { return (nil, nil) }
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard words[0].allSatisfy(\.isASCIIDigit), let count = Int(words[0]) else { return (nil, text) }
        guard words.count > 1 else { return (count, nil) }
        let after = words[1].trimmed
        guard let first = after.first, first.isUppercase || Headline.openers.contains(first) else { return (nil, text) }
        return (count, after)
    }

    // MARK: Line shapes

    /// The crawler's title prefix: `date 2020-03 Title` gives the month and the rest.
    func titleDate(_ line: String) -> (month: String, rest: String)? {
        for word in vocabulary.titleDates {
            guard let after = line.trimmed.after(prefix: word + " ") else { continue }
            let parts = after.trimmed.split(separator: " ", maxSplits: 1).map(String.init)
            guard let month = parts.first, Self.isMonth(month) else { continue }
            return (month, parts.count > 1 ? parts[1].trimmed : "")
        }
        return nil
    }

    static func isMonth(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 2 && parts[0].count == 4 && parts[1].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    func day(in line: String) -> CalendarDay? {
        vocabulary.dateLines.lazy.compactMap { $0.day(in: line) }.first
    }

    func timeLine(_ line: String) -> (hour: Int, minute: Int, rest: String)? {
        for pattern in vocabulary.times {
            guard let match = pattern.prefix(of: line), match.groups.count >= 2,
                let hour = Int(match.groups[0]), let minute = Int(match.groups[1]),
                match.rest.first?.isWhitespace ?? true
            else { continue }
            return (hour, minute, String(match.rest).trimmed)
        }
        return nil
    }

    func isPremiumGate(_ line: String) -> Bool {
        vocabulary.premiumGates.contains { line.compare($0, options: .caseInsensitive) == .orderedSame }
    }

    /// An editor's label code: two or three capitals ("HLA", "TT").
    func isLabel(_ word: some StringProtocol, longest: Int = 3) -> Bool {
        (2...longest).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
            && !titleWords.contains(String(word))
    }

    /// A line holding only label codes ("IB", "AW TT").
    func isLabelLine(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return (1...2).contains(words.count) && words.allSatisfy { isLabel($0, longest: 4) }
    }

    /// The title without its trailing label codes, when it ends in one or two
    /// that are not words of the title.
    func splitLabel(_ title: String) -> (title: String, label: String)? {
        var words = title.split(separator: " ").map(String.init)
        var label: [String] = []
        while label.count < 2, words.count > 2, let last = words.last, isLabel(last) {
            label.insert(words.removeLast(), at: 0)
        }
        guard !label.isEmpty, let before = words.last,
            !vocabulary.labelNotAfter.contains(before.lowercased())
        else { return nil }
        return (words.joined(separator: " "), label.joined(separator: " "))
    }

    private func published(day: CalendarDay?, time: (hour: Int, minute: Int)?, month: String?) -> String? {
        guard let day else { return month }
        if let time, let zone = vocabulary.timeZone, let stamp = day.iso(hour: time.hour, minute: time.minute, in: zone)
        {
            return stamp
        }
        return day.iso
    }

    // MARK: Lines

    static func nextNonBlank(_ lines: [String], from start: Int) -> Int? {
        guard start < lines.count else { return nil }
        return lines[start...].firstIndex { !$0.trimmed.isEmpty }
    }

    static func nonBlank(_ lines: [String], from start: Int = 0) -> [(index: Int, line: String)] {
        guard start < lines.count else { return [] }
        return lines.indices[start...].compactMap { lines[$0].trimmed.isEmpty ? nil : ($0, lines[$0].trimmed) }
    }
}
