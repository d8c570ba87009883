import Foundation
import Testing

/// `kroniek serve` as a user runs it: option errors, the printed URL, and a
/// clean stop on Ctrl-C (SIGINT).
@Suite struct ServeCommandTests {
    /// Options the command refuses, each with the one line the user sees.
    @Test(arguments: [
        (["--port", "70000"], "'--port 70000' is not a port; use 0 to 65535."),
        (["--token", "kort"], "'--token' is too short (4 characters); use at least 16."),
        (["--max-body", "10"], "'--max-body 10' is out of range; use 1024 to 67108864 bytes."),
    ])
    func refusedOptions(arguments: [String], message: String) throws {
        let folder = try ExtractCommandTests.folder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("serve.sqlite").path
        let result = try ExtractCommandTests.run(["serve", "--db", db] + arguments)
        #expect(result.status != 0)
        #expect(result.err.contains(message), "\(result.err)")
    }

    @Test func printsURLAndStopsOnInterrupt() throws {
        let folder = try ExtractCommandTests.folder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("serve.sqlite").path
        let process = Process()
        process.executableURL = ExtractCommandTests.binary
        process.arguments = ["serve", "--db", db, "--port", "0"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = ""
        let deadline = Date().addingTimeInterval(60)
        while !printed.contains("\n"), Date() < deadline, process.isRunning {
            printed += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        }
        let line = printed.split(separator: "\n").first.map(String.init) ?? ""
        #expect(line.hasPrefix("kroniek serving \(db) at http://127.0.0.1:"), "\(line)")
        #expect(line.hasSuffix("/ (Ctrl-C stops)"))
        let port = line.split(separator: ":").last?.split(separator: "/").first.flatMap { Int($0) }
        #expect((port ?? 0) > 0)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }
}
