import Foundation
import Synchronization

/// Number words 0...1000 as ICU spells them for a language, folded
/// ("tweeënveertig" → "tweeenveertig"), the smallest number first for a
/// word spelled twice.
///
/// Both the time grammar ("drie weken") and the casualty counter ("twaalf
/// doden") read them; spelling a thousand numbers is slow, so each
/// language's table is made once per process.
enum SpelledNumbers {
    private static let tables = Mutex<[String: [String: Int]]>([:])

    static func table(language: String) -> [String: Int] {
        if let table = tables.withLock({ $0[language] }) { return table }
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: language)
        formatter.numberStyle = .spellOut
        var table: [String: Int] = [:]
        for n in 0...1000 {
            guard let text = formatter.string(from: NSNumber(value: n)) else { continue }
            let key = Token.fold(text)
            if table[key] == nil { table[key] = n }
        }
        tables.withLock { $0[language] = table }
        return table
    }
}
