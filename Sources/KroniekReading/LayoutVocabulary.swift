import Foundation
import KroniekPacks

/// The layout words of a language pack (`reading-layout.tsv`, language folder
/// and `base/`): byline and related-link prefixes, date and time patterns,
/// header keys, words that keep a trailing code in a title.
///
/// Parsed once when the reader is built; the readers only look things up.
struct LayoutVocabulary: Sendable {
    var bylines: [String] = []
    var sourceJoiners: [String] = []
    var related: [String] = []
    var videos: [String] = []
    var premiumGates: [String] = []
    var premiumMarks: [String] = []
    var dateLines: [DateLinePattern] = []
    var times: [Pattern] = []
    var timeZone: TimeZone?
    var titleWords: Set<String> = []
    var labelNotAfter: Set<String> = []
    var mediaWords: Set<String> = []
    var headerURL: [String] = []
    var headerMonth: [String] = []
    var headerPublished: [String] = []
    var headerOutlet: [String] = []
    var unknownValues: Set<String> = []
    var titleDates: [String] = []
    var datelines: [Pattern] = []

    init(pack: LanguagePack) throws(PackError) {
        let names = MonthNames(language: pack.language)
        for row in try pack.rows("reading-layout.tsv") {
            try row.require(2)
            let value = row[1]
            switch row[0] {
            case "byline": bylines.append(value)
            case "source-and": sourceJoiners.append(value)
            case "related": related.append(value)
            case "videos": videos.append(value)
            case "premium-gate": premiumGates.append(value)
            case "premium-mark": premiumMarks.append(value)
            case "date-format": dateLines.append(DateLinePattern(format: value, names: names))
            case "time":
                do { times.append(try Pattern(value)) } catch { throw row.error("not a regular expression: \(error)") }
            case "time-zone":
                guard let zone = TimeZone(identifier: value) else { throw row.error("unknown time zone '\(value)'") }
                timeZone = zone
            case "title-word": titleWords.insert(value)
            case "label-not-after": labelNotAfter.insert(value.lowercased())
            case "media-word": mediaWords.insert(value.lowercased())
            case "header-url": headerURL.append(value)
            case "header-month": headerMonth.append(value)
            case "header-published": headerPublished.append(value)
            case "header-outlet": headerOutlet.append(value)
            case "header-unknown": unknownValues.insert(value.lowercased())
            case "title-date": titleDates.append(value)
            case "dateline":
                do { datelines.append(try Pattern(value)) } catch {
                    throw row.error("not a regular expression: \(error)")
                }
            default: throw row.error("unknown kind '\(row[0])'")
            }
        }
    }

    /// All header keys, for recognizing a header line.
    var headerKeys: [String] { headerURL + headerMonth + headerPublished + headerOutlet }
}

/// Agency codes and names (`reading-agencies.tsv`) mapped to the name
/// reported in `Article.sources`.
struct AgencyNames: Sendable {
    private var names: [String: String] = [:]

    init(pack: LanguagePack) throws(PackError) {
        for row in try pack.rows("reading-agencies.tsv") {
            try row.require(2)
            names[row[0].lowercased()] = row[1]
        }
    }

    /// The reported name of `printed` (a code or a name), or nil when unknown.
    func name(of printed: String) -> String? { names[printed.lowercased()] }

    /// The printed codes and names, for telling a label from an agency code.
    var printed: Set<String> { Set(names.keys) }
}

extension String {
    /// The text after `prefix` when the string starts with it (ignoring case).
    func after(prefix: String) -> Substring? {
        if Self.differInASCII(unicodeScalars.first, prefix.unicodeScalars.first) { return nil }
        guard let range = range(of: prefix, options: [.caseInsensitive, .anchored]) else { return nil }
        return self[range.upperBound...]
    }

    /// The text before `suffix` when the string ends with it (ignoring case).
    func before(suffix: String) -> Substring? {
        if Self.differInASCII(unicodeScalars.last, suffix.unicodeScalars.last) { return nil }
        guard let range = range(of: suffix, options: [.caseInsensitive, .anchored, .backwards]) else { return nil }
        return self[..<range.lowerBound]
    }

    /// Whether two scalars are ASCII and differ even ignoring case: a quick
    /// no before Foundation's comparison, which every line meets many times.
    private static func differInASCII(_ a: Unicode.Scalar?, _ b: Unicode.Scalar?) -> Bool {
        guard let a, let b, a.isASCII, b.isASCII else { return false }
        let x = a.value >= 0x41 && a.value <= 0x5A ? a.value | 0x20 : a.value
        let y = b.value >= 0x41 && b.value <= 0x5A ? b.value | 0x20 : b.value
        return x != y
    }
}

extension Character {
    /// 0...9, not other scripts' digits.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
