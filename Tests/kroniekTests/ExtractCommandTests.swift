import Foundation
import Testing

/// Runs the built `kroniek` binary as a user would.
@Suite struct ExtractCommandTests {
    static var binary: URL {
        // The test bundle sits beside the executable in the build folder.
        var url = Bundle.main.bundleURL
        while url.pathComponents.count > 1, !FileManager.default.fileExists(atPath: url.appendingPathComponent("kroniek").path) {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("kroniek")
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// A folder of inputs written for one test, removed afterwards.
    static func folder(_ files: [String: Data]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kroniek-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, data) in files { try data.write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test func missingFileIsReportedAndOthersStillRun() throws {
        let result = try Self.run(["extract", "--format", "json", "/no/such/file.txt", "-"], stdin: Data("Titel\n\nEen zin.".utf8))
        #expect(result.status == 1)
        #expect(result.err == "kroniek: /no/such/file.txt: cannot be read (no such file)\n")
        #expect(result.out.split(separator: "\n").count == 1)
    }

    /// The README's first command: a readable report of the example article.
    @Test func readmeExampleReadsAsText() throws {
        let result = try Self.run(["extract", "examples/nl-grensoverleg.txt"])
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.first == "Noorwegen en Finland overleggen volgende week over grensbewaking")
        #expect(lines.contains { $0.contains("published 2024-05-13T10:05:00+02:00") && $0.contains("sources ANP, Reuters") })
        #expect(lines.contains { $0.contains("NORGOV → FIN") && $0.contains("042 Make a visit") && $0.contains("planned") })
    }

    @Test func jsonFollowsTheContract() throws {
        let result = try Self.run(["extract", "--format", "json", "examples/nl-grensoverleg.txt"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["article", "sentences", "timexes", "mentions", "events", "quotes", "relations"])
        let events = try #require(object["events"] as? [[String: Any]])
        let visit = try #require(events.first { $0["cameo"] as? String == "042" })
        for key in [
            "id", "sentence", "text", "trigger", "cameo", "plover", "quadClass", "goldstein", "source", "target", "date",
            "modality", "negated", "attribution", "location", "casualties", "quantities", "confidence",
        ] {
            #expect(visit.keys.contains(key), "event lacks \(key)")
        }
        let date = try #require(visit["date"] as? [String: Any])
        #expect(date["value"] as? String == "2024-05-16")
        #expect(date["basis"] as? String == "text")
    }

    @Test(arguments: [
        ("leeg.txt", Data(), "empty input, no article to read"),
        ("latin1.txt", Data([0x54, 0x69, 0x74, 0x65, 0x6C, 0x0A, 0x0A, 0x43, 0x61, 0x66, 0xE9, 0x20, 0xE0]), "not UTF-8 text; convert it to UTF-8 first"),
        ("beeld.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00]), "binary data, not a text article"),
    ])
    func badInputIsOneLineAndTheRestIsRead(name: String, data: Data, reason: String) throws {
        let good = Data("Rusland valt Oekraïne aan\n\nRusland viel zondag Oekraïne aan.".utf8)
        let dir = try Self.folder([name: data, "goed.txt": good])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Self.run(["extract", "--format", "json", "--published", "2024-05-13", dir.path])
        #expect(result.status == 1)
        #expect(result.err == "kroniek: \(dir.path)/\(name): \(reason)\n")
        #expect(result.out.split(separator: "\n").count == 1)
    }

    @Test func publishedMustBeADate() throws {
        let result = try Self.run(["extract", "--published", "maart", "-"], stdin: Data("x".utf8))
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("Error: '--published maart' is not a date; write it as YYYY-MM-DD."))
    }
}
