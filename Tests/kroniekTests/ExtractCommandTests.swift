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

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
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

    @Test func missingFileIsReportedAndOthersStillRun() throws {
        let result = try Self.run(["extract", "--format", "json", "/no/such/file.txt", "-"], stdin: Data("Titel\n\nEen zin.".utf8))
        #expect(result.status == 1)
        #expect(result.err == "kroniek: /no/such/file.txt: cannot be read (no such file)\n")
        #expect(result.out.split(separator: "\n").count == 1)
    }
}
