import Foundation

/// The language knowledge Kroniek runs on: data files in a language folder
/// (`nl/`) with a shared `base/` folder beside it.
///
/// The engine is language-neutral; every word, pattern and name it matches
/// comes from these files. A file is looked up in the language folder first,
/// then in `base/`. Stages parse the rows of the files they own.
public struct LanguagePack: Sendable {
    /// ISO 639-1 code of the language folder, e.g. `nl`.
    public let language: String
    /// The `version` of the language's `pack.json`; stored with extracted data.
    public let version: String
    /// The language folder, then `base/`.
    public let folders: [URL]

    /// Loads the pack for `language` from `root`, a folder that holds one
    /// folder per language and `base/`.
    public init(language: String, root: URL) throws(PackError) {
        let folder = root.appendingPathComponent(language, isDirectory: true)
        let manifest = folder.appendingPathComponent("pack.json")
        guard FileManager.default.fileExists(atPath: manifest.path) else {
            throw PackError(.missingLanguage(language: language, root: root.path))
        }
        struct Manifest: Decodable { var version: String }
        do {
            let data = try Data(contentsOf: manifest)
            version = try JSONDecoder().decode(Manifest.self, from: data).version
        } catch {
            throw PackError(.malformed(file: "\(language)/pack.json", line: 0, reason: "\(error)"))
        }
        self.language = language
        self.folders = [folder, root.appendingPathComponent("base", isDirectory: true)]
    }

    /// The packs shipped inside the binary's resource bundle.
    public static func bundled(language: String) throws(PackError) -> LanguagePack {
        guard let root = Bundle.module.url(forResource: "Packs", withExtension: nil) else {
            throw PackError(.missingLanguage(language: language, root: "bundled resources"))
        }
        return try LanguagePack(language: language, root: root)
    }

    /// Languages with a folder of their own under `root`.
    public static func languages(root: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { name in
            FileManager.default.fileExists(atPath: root.appendingPathComponent(name).appendingPathComponent("pack.json").path)
        }.sorted()
    }

    /// Whether the pack has a file of this name in either folder.
    public func has(_ name: String) -> Bool {
        folders.contains { FileManager.default.fileExists(atPath: $0.appendingPathComponent(name).path) }
    }

    /// The rows of every file called `name`, language folder first, then
    /// `base/`. Lines starting with `#` and blank lines are skipped; fields are
    /// tab-separated and trimmed.
    public func rows(_ name: String) throws(PackError) -> [PackRow] {
        var rows: [PackRow] = []
        var found = false
        for folder in folders {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            found = true
            let label = "\(folder.lastPathComponent)/\(name)"
            guard let data = try? Data(contentsOf: url), let parsed = PackRow.parse(data, file: label) else {
                throw PackError(.malformed(file: label, line: 0, reason: "not readable as UTF-8"))
            }
            rows += parsed
        }
        guard found else { throw PackError(.missingFile(name)) }
        return rows
    }

    /// The raw text of a file (language folder first), for files that are
    /// not tables, e.g. GeoJSON.
    public func data(_ name: String) throws(PackError) -> Data {
        for folder in folders {
            let url = folder.appendingPathComponent(name)
            if let data = try? Data(contentsOf: url) { return data }
        }
        throw PackError(.missingFile(name))
    }
}

/// One line of a pack table.
public struct PackRow: Sendable, Hashable {
    public let fields: [String]
    /// `nl/events.tsv`: where the row comes from, for error messages.
    public let file: String
    public let line: Int

    public init(fields: [String], file: String, line: Int) {
        self.fields = fields
        self.file = file
        self.line = line
    }

    /// The field at `index`, or "" when the row is shorter.
    public subscript(index: Int) -> String {
        index < fields.count ? fields[index] : ""
    }

    /// The field at `index`, or nil when it is missing or empty.
    public func optional(_ index: Int) -> String? {
        let value = self[index]
        return value.isEmpty ? nil : value
    }

    /// An error that names this row.
    public func error(_ reason: String) -> PackError {
        PackError(.malformed(file: file, line: line, reason: reason))
    }

    /// Fails unless the row has at least `count` fields.
    public func require(_ count: Int) throws(PackError) {
        if fields.count < count {
            throw error("expected \(count) tab-separated fields, found \(fields.count)")
        }
    }
}

/// A pack that cannot be loaded; the message names the file and line.
public struct PackError: Error, Sendable, CustomStringConvertible {
    enum Reason: Sendable {
        case missingLanguage(language: String, root: String)
        case missingFile(String)
        case malformed(file: String, line: Int, reason: String)
    }

    let reason: Reason

    init(_ reason: Reason) { self.reason = reason }

    public var description: String {
        switch reason {
        case .missingLanguage(let language, let root):
            return "no language pack '\(language)' in \(root) (a folder '\(language)' with a pack.json)"
        case .missingFile(let name):
            return "the language pack has no file '\(name)'"
        case .malformed(let file, let line, let reason):
            return line > 0 ? "pack file \(file) line \(line): \(reason)" : "pack file \(file): \(reason)"
        }
    }
}
